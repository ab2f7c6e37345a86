import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular, CloudOffRegular, ArrowSyncRegular, WarningRegular } from '@fluentui/react-icons';
import { useCommonText } from '../shared/commonText';
import type { SaveState } from '../meeting/meetingSession';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

/** "Lagret" / "Lagrer …" / "Frakoblet – lagret på denne maskinen" / "Venter på Microsoft 365 – prøver igjen …", announced politely to screen readers. */
export function SaveStateBadge({ state }: { state: SaveState }) {
  const t = useCommonText();
  const styles = useStyles();
  const view = {
    saved: { color: 'success', icon: <CheckmarkCircleRegular />, text: t('save.saved') },
    saving: { color: 'informative', icon: <ArrowSyncRegular />, text: t('save.saving') },
    offline: { color: 'warning', icon: <CloudOffRegular />, text: t('save.offline') },
    // Microsoft 365 asked us to wait (Retry-After): nothing is wrong yet, so not red.
    waiting: { color: 'warning', icon: <ArrowSyncRegular />, text: t('save.waiting') },
    conflict: { color: 'danger', icon: <WarningRegular />, text: t('save.conflict') },
    error: { color: 'danger', icon: <WarningRegular />, text: t('save.error') },
  } as const;
  const current = view[state];
  return (
    <span className={styles.root} role="status" aria-live="polite" aria-label={`${t('save.label')}: ${current.text}`} data-testid="save-state" data-state={state}>
      <Badge appearance="tint" color={current.color} icon={current.icon} shape="rounded">
        <Text size={200}>{current.text}</Text>
      </Badge>
    </span>
  );
}
