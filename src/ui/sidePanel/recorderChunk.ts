import type { Committee } from '../../domain/model';
import type { ReadMeeting } from '../../domain/ports';
import { loadableView } from '../shared/loadableView';

export interface RecorderViewProps {
  committee: Committee;
  meeting: ReadMeeting;
}

/**
 * The referent's (and the chair's) part of the side panel: `RecorderView` and what only it needs —
 * the session, its drafts and autosave, the live publisher, Fluent's TabList (and tabster), the
 * konklusjon editor — a chunk of its own, `side-panel-recorder`, which members never download
 * (issue 14: start-up JavaScript). Asked for the moment the panel knows the signed-in person records
 * (`useSidePanelRole`). The rich-text editor (ProseMirror, the chunk `richTextEditor` the workspace
 * uses too) is asked for beside it, so both download side by side; nothing waits for it, and a sak's
 * møtebehandling shows it when it is here (`LazyRichTextEditor`). A fetch that fails is tried once
 * more (the network was away a moment), then the panel says so with «Prøv igjen».
 * `npm run size` counts the referent's start-up with both (`referentChunks` in webpack.config.js).
 */
export const recorderChunk = loadableView<RecorderViewProps>(() => {
  const load = () => {
    void import(/* webpackChunkName: "richTextEditor" */ '../shared/RichTextEditor').catch(() => undefined); // fetched again when a sak opens
    return import(/* webpackChunkName: "side-panel-recorder" */ './RecorderView');
  };
  return load()
    .catch(() => load())
    .then((module) => module.RecorderView);
});
