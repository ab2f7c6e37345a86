import { useState } from 'react';
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
  Spinner,
  Text,
  Title3,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import type { Committee, Meeting, MeetingHeader } from '../../domain/model';
import type { Versioned } from '../../domain/ports';
import { previousHeldMeeting, previousMinutesState, type PreviousMinutesState } from '../../domain/agendaTemplate';
import { formatDateLong, formatMeetingWhen, osloToday } from '../../domain/dates';
import { MeetingStatusBadge } from '../shared/MeetingStatusBadge';
import { ErrorMessageBar } from '../shared/ErrorMessageBar';
import { useServices } from '../shared/ServicesContext';
import { useWorkspaceText } from './text';
import { createNewMeeting } from './newMeeting';
import { splitMeetings, type LoadState } from './useWorkspaceData';
import { useCommitteeWording } from '../shared/useCommitteeWording';
import { useWordingValues } from '../shared/wordingValues';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  meeting: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'left',
    padding: '8px 12px',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: '4px',
    height: 'auto',
  },
  // The open meeting: a bar and aria-current, not a fill (a fill breaks contrast in high contrast).
  selected: { borderLeft: `4px solid ${tokens.colorBrandStroke1}` },
  form: { display: 'flex', flexDirection: 'column', gap: '12px' },
  row: { display: 'flex', gap: '12px', flexWrap: 'wrap' },
  heading: { display: 'block', margin: '8px 0 4px 0' },
});

const PREVIOUS_TEXT = {
  approved: 'newMeeting.previous',
  notApproved: 'newMeeting.previousNotApproved',
  missing: 'newMeeting.previousNoMinutes',
} as const satisfies Record<PreviousMinutesState, string>;

export interface MeetingListProps {
  committee: Committee;
  meetings: LoadState<MeetingHeader[]>;
  selectedId: string | undefined;
  onSelect: (meetingId: string) => void;
  onCreated: (meeting: Versioned<Meeting>) => void;
  onRetry: () => void;
}

export function MeetingList({ committee, meetings, selectedId, onSelect, onCreated, onRetry }: MeetingListProps) {
  const t = useWorkspaceText();
  const words = useCommitteeWording(committee);
  const styles = useStyles();
  if (meetings.status === 'loading') return <Spinner size="small" label={t('meetings.loading')} />;
  if (meetings.status === 'failed') return <ErrorMessageBar error={meetings.error} onReload={onRetry} />;
  const { upcoming, earlier } = splitMeetings(meetings.value, osloToday());
  const section = (heading: string, entries: MeetingHeader[]) => (
    <section aria-label={heading}>
      <Title3 as="h2" className={styles.heading}>
        {heading}
      </Title3>
      {entries.length === 0 ? (
        <Text size={200}>{t('meetings.none')}</Text>
      ) : (
        <ul className={styles.list}>
          {entries.map((meeting) => (
            <li key={meeting.id}>
              <Button
                appearance="subtle"
                className={mergeClasses(styles.meeting, meeting.id === selectedId && styles.selected)}
                aria-current={meeting.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(meeting.id)}
              >
                <Text weight="semibold">{formatDateLong(meeting.date)}</Text>
                <MeetingStatusBadge status={meeting.status} words={words} />
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <div className={styles.root}>
      <NewMeetingDialog committee={committee} meetings={meetings.value} onCreated={onCreated} />
      {section(t('meetings.upcoming'), upcoming)}
      {section(t('meetings.earlier'), earlier)}
    </div>
  );
}

function NewMeetingDialog({ committee, meetings, onCreated }: {
  committee: Committee;
  meetings: readonly MeetingHeader[];
  onCreated: (meeting: Versioned<Meeting>) => void;
}) {
  const t = useWorkspaceText();
  const words = useWordingValues(committee);
  const styles = useStyles();
  const { repository, followUps } = useServices();
  const [open, setOpen] = useState(false);
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
      setOpen(false);
    } catch (caught) {
      // The form keeps everything typed; the message says what to change.
      setError(caught);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button appearance="primary" icon={<AddRegular />}>
          {t('meetings.new')}
        </Button>
      </DialogTrigger>
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
