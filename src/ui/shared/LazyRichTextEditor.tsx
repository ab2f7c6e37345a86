import { lazy, Suspense } from 'react';
import { Label, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEditingText } from './editing/editingText';
import type { RichTextEditorProps } from './RichTextEditor';

/*
 * The rich-text editor loads ProseMirror (about 68 kB gzip) only when an editor is first
 * shown — when a sak is opened — not with the page. Screens import `RichTextEditor` from here;
 * `RichTextEditor.tsx` stays the editor itself (README: Performance).
 */
// The side panel downloads this chunk's files beside the recorder's (ui/sidePanel/recorderChunk.ts).
const loadEditor = () => import(/* webpackChunkName: "richTextEditor" */ './RichTextEditor');
const Editor = lazy(() => loadEditor().then((module) => ({ default: module.RichTextEditor })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '4px' },
  // The editor's height, so nothing below jumps when it arrives.
  placeholder: {
    minHeight: '96px',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** What an editor loaded on first use shows meanwhile: its label at once and an announced spinner. */
export function LoadingEditor({ label }: { label: string }) {
  const t = useEditingText();
  const styles = useStyles();
  // The label is shown at once; the spinner's text is read out (role="progressbar" with a label).
  return (
    <div className={styles.root}>
      <Label weight="semibold">{label}</Label>
      <div className={styles.placeholder}>
        <Spinner size="tiny" label={t('richText.loading')} />
      </div>
    </div>
  );
}

export type { RichTextEditorProps };

/** The rich-text editor, loaded on first use; the same props as `RichTextEditor.tsx`. */
export function RichTextEditor(props: RichTextEditorProps) {
  return (
    <Suspense fallback={<LoadingEditor label={props.label} />}>
      <Editor {...props} />
    </Suspense>
  );
}
