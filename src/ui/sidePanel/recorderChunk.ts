import type { Committee } from '../../domain/model';
import type { MeetingRepository, ReadMeeting } from '../../domain/ports';
import { preloadChunksNamedIn } from '../shared/browserChunks';
import { REFERENT_CHUNKS_META } from '../shared/browserChunksMeta.mjs';
import { loadableView } from '../shared/loadableView';

export interface RecorderViewProps {
  committee: Committee;
  meeting: ReadMeeting;
}

/**
 * The referent's (and the chair's) part of the side panel: `RecorderView` and what only it needs —
 * the session, its drafts and autosave, the live publisher, its tabs (`RecorderTabs`, a roving tabindex of
 * their own: no tabster), the konklusjon editor — a chunk of its own, `side-panel-recorder`, whose modules members never
 * evaluate (everyone downloads its files at idle priority from the start, `prefetchChunksNamedIn` in main.tsx, and runs
 * them while the meeting's read is in flight, `runChunksNamedIn`, so she has them compiled and registered)
 * (issue 14: start-up JavaScript). Asked for the moment the panel knows the signed-in person records
 * (`useSidePanelRole`). The møtebehandling's rich-text editor (ProseMirror, the chunk `richTextEditor`
 * the workspace uses too) is not on her way to ready: until it is here each sak shows its text in the
 * editor's box, where she can already type (`LazyRichTextEditor.tsx`), and the recorder fetches it once
 * the panel is idle after its first paint. An `import()` of it here would make the screens' chunk a
 * parent of the editor's, and the modules it lacks (those moved to the recorder) would be cut from the
 * editor into a shared file the workspace fetches too. A fetch that fails is tried once more (the
 * network was away a moment), then the panel says so with «Prøv igjen»; when the connection comes back
 * the chunk is fetched again on its own (`loadableView`), and the recorder shows once it is here.
 * Her texts are in the chunk too (`recorder/messages.ts`, bokmål; nynorsk and English a file each, fetched as the
 * chunk is evaluated on such a page, and waited for here, so she never sees bokmål first).
 * `npm run size` counts the referent's start-up with it (`referentChunks` in webpack.config.js).
 */
export const recorderChunk = loadableView<RecorderViewProps>(() => {
  const load = () => import(/* webpackChunkName: "side-panel-recorder" */ './RecorderView');
  // A nynorsk or English page shows her recorder once its texts are here in that language (`recorderText.ts`), and
  // once her session is open when the entry handed her meeting over (`preloadRecorder`).
  return load()
    .catch(() => load())
    .then((module) => module.recorderShown(early).then(() => module.RecorderView));
});

let early: [MeetingRepository, ReadMeeting] | undefined;

/**
 * `recorderChunk.preload()` with her meeting as the page read it (`fetchRecorderEarly`): the chunk counts as here once
 * her session is open on it too (her drafts read: `openSessionEarly`), so the recorder's first render is her meeting,
 * not a «Laster …» rendered, laid out and painted while her drafts are read, then a second render (issue 14: cold load).
 */
export function preloadRecorder(...meeting: [MeetingRepository, ReadMeeting]): Promise<void> {
  early = meeting;
  return recorderChunk.preload();
}

/**
 * Downloads every file of the referent's chunks at once — the recorder's and the files it is split
 * into (`referentChunks` in webpack.config.js), which the build names in the page's HTML without
 * preloading them (tools/startupPreloadPlugin.mjs) — as soon as the panel knows she records, before
 * the recorder's `import()` asks for them. Nothing is evaluated before it asks. Called by
 * `useSidePanelRole` only for the person who records, never for a member.
 */
export function preloadReferentChunks(doc: Document = document): void {
  preloadChunksNamedIn(REFERENT_CHUNKS_META, doc);
}
