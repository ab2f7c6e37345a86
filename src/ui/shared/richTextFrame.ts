import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * The rich-text field's box, shared by the editor (`RichTextEditor.tsx`) and the stand-in that takes
 * its place until the editor's chunk is here (`LazyRichTextEditor.tsx`): the same label, frame,
 * toolbar row and text area, so nothing moves when one replaces the other. `text` is the look of the
 * text itself (ProseMirror's root element in the editor, the rendered text in the stand-in).
 */
export const useRichTextFrameStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '4px' },
  frame: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-within': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  // The editor's toolbar (Fluent's Toolbar with its 32 px buttons, and the line under it: 33 px, measured
  // in e2e/meetingSurfaces.test.ts) and the stand-in's row in its place, as high.
  toolbar: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, minHeight: '33px', boxSizing: 'border-box' },
  // The stand-in's toolbar row: a line of text where the editor's buttons will be.
  standInRow: { display: 'flex', alignItems: 'center', padding: '0 8px', color: tokens.colorNeutralForeground2 },
  content: {
    minHeight: '96px',
    padding: '8px 12px',
    color: tokens.colorNeutralForeground1,
    '& p': { margin: '0 0 6px 0' },
    '& li': { position: 'relative' },
    '& a': { color: tokens.colorBrandForegroundLink },
  },
  text: {
    outline: 'none',
    minHeight: '80px',
    position: 'relative',
    wordWrap: 'break-word',
    whiteSpace: 'break-spaces',
    fontVariantLigatures: 'none',
    fontFeatureSettings: '"liga" 0',
  },
});
