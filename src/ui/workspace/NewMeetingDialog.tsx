import { useState, type RefObject } from 'react';
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  Text,
  makeStyles,
} from '@fluentui/react-components';
import type { Committee, Meeting, MeetingHeader } from '../../domain/model';
import type { Versioned } from '../../domain/ports';
import { previousHeldMeeting, previousMinutesState, type PreviousMinutesState } from '../../domain/agendaTemplate';
import { formatMeetingWhen } from '../../domain/dates';
import { ErrorMessageBar } from '../shared/ErrorMessageBar';
import { ReturnFocusWhenGone } from '../shared/ReturnFocusWhenGone';
import { useServices } from '../shared/ServicesContext';
import { useWorkspaceText } from './panelText';
import { createNewMeeting } from './newMeeting';
import { useWordingValues } from '../shared/wordingValues';

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
  onCreated: (meeting: Versioned<Meeting>) => void;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** «Nytt møte», which opens the dialog from outside it (`MeetingList.tsx`): the focus goes back to it on close. */
  returnFocusTo: RefObject<HTMLElement | null>;
}

/** «Nytt møte»'s dialog: the date, time and place of a new meeting from the committee's template (`newMeeting.ts`). */
export function NewMeetingDialog({ committee, meetings, onCreated, open, onOpenChange, returnFocusTo }: NewMeetingDialogProps) {
  const t = useWorkspaceText();
  const words = useWordingValues(committee);
  const styles = useStyles();
  const { repository, followUps } = useServices();
  const [date, setDate] = useState('');
  const [start, setStart] = useState('13:00');
  const [end, setEnd] = useState('15:00');
  const [place, setPlace] = useState(committee.defaultPlace ?? '');
  const [online, setOnline] = useState(true);
  // A written treatment (a board deciding in writing, aksjeloven § 6-19): the date and time are the answer deadline.
  const [written, setWritten] = useState(false);
  // The one reading of conventions.writtenTreatment: here, so domain/writtenTreatment.ts stays out of the page's start-up.
  const offersWritten = committee.conventions?.writtenTreatment === true;
  const [error, setError] = useState<unknown>(undefined);
  const [saving, setSaving] = useState(false);
  // The Referatsak takes up the last meeting that was held, never a newer draft.
  const previous = /^\d{4}-\d{2}-\d{2}$/.test(date) ? previousHeldMeeting(meetings, { date, start }) : undefined;

  const create = async () => {
    setSaving(true);
    setError(undefined);
    try {
      const carried = followUps ? { tasks: followUps, today: new Date().toISOString().slice(0, 10) } : undefined;
      const form = { date, start, end, place, online, written: offersWritten && written };
      const saved = await createNewMeeting(repository, committee, meetings, form, undefined, carried);
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
        <ReturnFocusWhenGone to={returnFocusTo} />
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
              {offersWritten ? (
                <Checkbox label={t('newMeeting.formWritten')} checked={written} onChange={(_, data) => setWritten(data.checked === true)} />
              ) : null}
              {offersWritten && written ? (
                <>
                  <Text size={200}>{t('newMeeting.writtenHint')}</Text>
                  <div className={styles.row}>
                    <Field label={t('newMeeting.deadline')} required>
                      <Input type="date" value={date} onChange={(_, data) => setDate(data.value)} />
                    </Field>
                    <Field label={t('newMeeting.deadlineTime')}>
                      <Input type="time" value={start} onChange={(_, data) => setStart(data.value)} />
                    </Field>
                  </div>
                </>
              ) : (
                <>
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
                      {previous ? t(PREVIOUS_TEXT[previousMinutesState(previous)], { ...words, date: formatMeetingWhen(previous) }) : t('newMeeting.noPrevious', { agendaHeading: committee.conventions?.agendaHeading ?? '' })}
                    </Text>
                  ) : null}
                </>
              )}
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
