import { makeStyles, tokens } from '@fluentui/react-components';

/** One column that stays usable at 320 px: no fixed widths, long names wrap. */
export const usePaneStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: '100%',
    boxSizing: 'border-box',
    overflowWrap: 'anywhere',
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: '20px', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  /** The agenda: case numbers are the numbering, so no list markers of its own. */
  agenda: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  docs: { margin: `${tokens.spacingVerticalXS} 0 0 0`, paddingLeft: '16px' },
  caseNumber: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  muted: { color: tokens.colorNeutralForeground2 },
});
