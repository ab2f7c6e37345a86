import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, ArrowSyncRegular, CloudOffRegular, WarningRegular, ErrorCircleRegular } from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { useCommonText } from './commonText';
import type { CommonKey } from './messages';
import type { SaveState } from './autosave/meetingAutosave';

const LABELS: Record<SaveState, CommonKey> = {
  saved: 'save.saved',
  saving: 'save.saving',
  offline: 'save.offline',
  waiting: 'save.waiting',
  conflict: 'save.conflict',
  error: 'save.error',
};

const ICONS: Record<SaveState, ReactElement> = {
  saved: <CheckmarkCircleRegular />,
  saving: <ArrowSyncRegular />,
  offline: <CloudOffRegular />,
  waiting: <ArrowSyncRegular />,
  conflict: <WarningRegular />,
  error: <ErrorCircleRegular />,
};

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: '4px', color: tokens.colorNeutralForeground2 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  danger: { color: tokens.colorPaletteRedForeground1 },
});

/** Where the user's edits are: a polite live region, so screen readers hear "Lagret" without focus moving. */
export function SaveStateIndicator({ state }: { state: SaveState }) {
  const t = useCommonText();
  const styles = useStyles();
  const tone = state === 'conflict' || state === 'offline' || state === 'waiting' ? styles.warning : state === 'error' ? styles.danger : undefined;
  return (
    <span className={mergeClasses(styles.root, tone)} role="status" aria-live="polite" aria-label={t('save.label')} data-save-state={state}>
      <span aria-hidden="true">{ICONS[state]}</span>
      <Text size={200}>{t(LABELS[state])}</Text>
    </span>
  );
}
