import { lazy, Suspense } from 'react';
import { LoadingEditor } from './LazyRichTextEditor';
import type { NumberedPointsEditorProps } from './NumberedPointsEditor';

/*
 * The side panel's konklusjon editor (with its remaining-characters countdown) loads with the
 * rich-text editor when a sak is opened, in the same chunk, not with the page: the side panel's
 * first load has no room for it (`.size-limit.js`). The workspace imports `NumberedPointsEditor` directly.
 */
const Editor = lazy(() => import(/* webpackChunkName: "richTextEditor" */ './NumberedPointsEditor').then((module) => ({ default: module.NumberedPointsEditor })));

/** The numbered points editor, loaded on first use; the same props as `NumberedPointsEditor.tsx`. */
export function NumberedPointsEditor(props: NumberedPointsEditorProps) {
  return (
    <Suspense fallback={<LoadingEditor label={props.label} />}>
      <Editor {...props} />
    </Suspense>
  );
}
