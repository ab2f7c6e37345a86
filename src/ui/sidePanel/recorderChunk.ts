import type { Committee } from '../../domain/model';
import type { ReadMeeting } from '../../domain/ports';
import { preloadChunksNamedIn } from '../shared/browserChunks';
import { REFERENT_CHUNKS_META } from '../shared/browserChunksMeta.mjs';
import { loadableView } from '../shared/loadableView';

export interface RecorderViewProps {
  committee: Committee;
  meeting: ReadMeeting;
}

/**
 * The referent's (and the chair's) part of the side panel: `RecorderView` and what only it needs —
 * the session, its drafts and autosave, the live publisher, its tabs (`RecorderTabs`) and tabster, the
 * konklusjon editor — a chunk of its own, `side-panel-recorder`, which members never download
 * (issue 14: start-up JavaScript). Asked for the moment the panel knows the signed-in person records
 * (`useSidePanelRole`). The møtebehandling's rich-text editor (ProseMirror, the chunk `richTextEditor`
 * the workspace uses too) is `import()`ed by the recorder when a sak first shows it (LazyRichTextEditor.tsx),
 * not from here: an `import()` of it in the screens' chunk would make that chunk a
 * parent of the editor's, and the modules it lacks (those moved to the recorder) would be cut from
 * the editor into a shared file the workspace fetches too. Its files are downloaded beside the
 * recorder's all the same (`preloadReferentChunks`). A fetch that fails is tried once more (the
 * network was away a moment), then the panel says so with «Prøv igjen»; when the connection comes back
 * the chunk is fetched again on its own (`loadableView`), and the recorder shows once it is here. `npm run size` counts the
 * referent's start-up with both (`referentChunks` in webpack.config.js).
 */
export const recorderChunk = loadableView<RecorderViewProps>(() => {
  const load = () => import(/* webpackChunkName: "side-panel-recorder" */ './RecorderView');
  return load()
    .catch(() => load())
    .then((module) => module.RecorderView);
});

/**
 * Downloads every file of the referent's chunks at once — the recorder's and the rich-text editor's
 * (`referentChunks` in webpack.config.js), which the build names in the page's HTML without
 * preloading them (tools/startupPreloadPlugin.mjs) — so the editor no longer waits for the recorder
 * to arrive and be evaluated before its own download starts (issue 14: the referent's cold load).
 * Their `import()`s then take the files preloaded here; nothing is evaluated before they ask. Called
 * by `useSidePanelRole` only for the person who records, never for a member.
 */
export function preloadReferentChunks(doc: Document = document): void {
  preloadChunksNamedIn(REFERENT_CHUNKS_META, doc);
}
