import { useState } from 'react';
import { Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, Field, Input, Text, makeStyles } from '@fluentui/react-components';
import type { Committee, Meeting, MeetingHeader } from '../../domain/model';
import type { Versioned } from '../../domain/ports';
import { previousHeldMeeting, previousMinutesState, type PreviousMinutesState } from '../../domain/agendaTemplate';
import { formatMeetingWhen } from '../../domain/dates';
import { ErrorMessageBar } from '../shared/ErrorMessageBar';
import { useServices } from '../shared/ServicesContext';
import { useWorkspaceText } from './text';
import { createNewMeeting } from './newMeeting';

// A chunk of its own (`new-meeting`, `MeetingList.tsx`): the dialog, its form and the template code
// behind it are not needed to show the meeting list and the saksliste (issue 14: cold load).

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: '12px' },
  row: { display: 'flex', gap: '12px', flexWrap: 'wrap' },
});

const PREVIOUS_TEXT = {
  approved: 'newMeeting.previous',
  notApproved: 'newMeeting.previousNotApproved',
  missing: 'newMeeting.previousNoMinutes',
} as const satisfies Record<PreviousMinutesState, string>;

export interface NewMeetingDialogProps {
  committee: Committee;
  meetings: readonly MeetingHeader[];
  /** Shown or hidden by the meeting list's «Nytt møte», which keeps it mounted once opened: what was typed stays when it is closed and opened again. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (meeting: Versioned<Meeting>) => void;
}

/** «Nytt møte»: date, time, place and Teams; says which held meeting the Referatsak takes up. */
export function NewMeetingDialog({ committee, meetings, open, onOpenChange, onCreated }: NewMeetingDialogProps) {
  const t = useWorkspaceText();
  const styles = useStyles();
  const { repository, followUps } = useServices();
  const [date, setDate] = useState('');
  const [start, setStart] = useState('13:00');
  const [end, setEnd] = useState('15:00');
  const [place, setPlace] = useState(committee.defaultPlace ?? '');
  const [online, setOnline] = useState(true);
  const [error, setError] = useState<unknown>(undefined);
  const [saving, setSaving] = useState(false);
  // The Referatsak takes up the last meeting that was held, never a newer draft.
  const previous = /^\d{4}-\d{2}-\d{2}$/.test(date) ? previousHeldMeeting(meetings, { date, start }) : undefined;

  const create = async () => {
    setSaving(true);
    setError(undefined);
    try {
      const saved = await createNewMeeting(repository, committee, meetings, { date, start, end, place, online }, undefined, followUps ? { tasks: followUps, today: new Date().toISOString().slice(0, 10) } : undefined);
      onCreated(saved);
      onOpenChange(false);
    } catch (caught) {
      // The form keeps everything typed; the message says what to change.
      setError(caught);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open={open} onOpenChange={(_, data) => onOpenChange(data.open)}>
      <DialogSurface>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void create();
          }}
        >
          <DialogBody>
            <DialogTitle>{t('newMeeting.title', { committee: committee.name })}</DialogTitle>
            <DialogContent className={styles.form}>
              {error !== undefined ? <ErrorMessageBar error={error} onDismiss={() => setError(undefined)} /> : null}
              <Field label={t('newMeeting.date')} required>
                <Input type="date" value={date} onChange={(_, data) => setDate(data.value)} />
              </Field>
              <div className={styles.row}>
                <Field label={t('newMeeting.start')} required>
                  <Input type="time" value={start} onChange={(_, data) => setStart(data.value)} />
                </Field>
                <Field label={t('newMeeting.end')} required>
                  <Input type="time" value={end} onChange={(_, data) => setEnd(data.value)} />
                </Field>
              </div>
              <Field label={t('newMeeting.place')}>
                <Input value={place} onChange={(_, data) => setPlace(data.value)} />
              </Field>
              <Checkbox label={t('newMeeting.online')} checked={online} onChange={(_, data) => setOnline(data.checked === true)} />
              {date ? (
                <Text size={200} role="status">
                  {previous ? t(PREVIOUS_TEXT[previousMinutesState(previous)], { date: formatMeetingWhen(previous) }) : t('newMeeting.noPrevious')}
                </Text>
              ) : null}
            </DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button>{t('newMeeting.cancel')}</Button>
              </DialogTrigger>
              <Button type="submit" appearance="primary" disabled={saving || date === ''}>
                {t('newMeeting.create')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
