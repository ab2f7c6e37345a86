import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { LoadingSpinner } from '../shared/LoadingSpinner';
import { formatDateLong } from '../../domain/dates';
import type { Committee, Meeting } from '../../domain/model';
import { defineNamespace } from '../shared/i18n';
import { ErrorMessageBar } from '../shared/ErrorMessageBar';
import type { AgendaEditor } from './agendaEditor';
import { carryCaseMessages } from './carryCaseMessages';
import { useCarryCase } from './useCarryCase';

export const useCarryCaseText = defineNamespace('carryCase', carryCaseMessages);

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: '8px 0', padding: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  sak: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: '8px',
    padding: '8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  text: { flex: '1 1 240px', display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0, overflowWrap: 'anywhere' },
});

export interface CarryCaseDialogProps {
  committees: readonly Committee[];
  committee: Committee;
  meeting: Meeting;
  editor: AgendaEditor;
  onClose: () => void;
}

/**
 * «Hent sak fra et annet utvalg» (domain/carriedCase.ts): the treated saker of other committees' held meetings whose saksgang
 * names this committee next, each with its body, meeting date and number, and «Hent saken», which adds it to the saksliste.
 * A chunk of its own (`carry-case`), fetched when the button is pressed.
 */
export function CarryCaseDialog({ committees, committee, meeting, editor, onClose }: CarryCaseDialogProps) {
  const t = useCarryCaseText();
  const styles = useStyles();
  const { step, take, added } = useCarryCase(committees, committee, meeting, editor);
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('title')}</DialogTitle>
          <DialogContent>
            <Text as="p">{t('intro', { committee: committee.name })}</Text>
            {step.kind === 'loading' ? <LoadingSpinner size="small" label={t('loading')} /> : null}
            {step.kind === 'failed' ? (
              <>
                <Text as="p" role="alert">
                  {t('failed')}
                </Text>
                <ErrorMessageBar error={step.error} />
              </>
            ) : null}
            {step.kind === 'ready' && step.found.unread > 0 ? (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{t('unread', { count: step.found.unread })}</MessageBarBody>
              </MessageBar>
            ) : null}
            {step.kind === 'ready' && step.found.saker.length === 0 ? <Text as="p">{t('none', { committee: committee.name })}</Text> : null}
            {step.kind === 'ready' && step.found.saker.length > 0 ? (
              <ul className={styles.list} aria-label={t('list')}>
                {step.found.saker.map((sak) => (
                  <li key={`${sak.meeting.id}/${sak.item.id}`} className={styles.sak}>
                    <span className={styles.text}>
                      <Text weight="semibold">{sak.item.caseNumber === null ? sak.item.title : `${sak.item.caseNumber} ${sak.item.title}`}</Text>
                      <Text size={200}>{t('from', { body: sak.committee.name, date: formatDateLong(sak.meeting.date) })}</Text>
                    </span>
                    <Button aria-label={t('take', { title: sak.item.title })} onClick={() => take(sak)}>
                      {t('takeShort')}
                    </Button>
                  </li>
                ))}
              </ul>
            ) : null}
            <div role="status">{added.length === 0 ? null : t('added', { title: added.at(-1) ?? '', agendaHeading: committee.conventions?.agendaHeading ?? '' })}</div>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {t('close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
