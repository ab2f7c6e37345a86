import { Suspense, useEffect, useRef, useState } from 'react';
import { Button, Text, Title3, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { LoadingSpinner } from '../shared/LoadingSpinner';
import { AddRegular } from '@fluentui/react-icons';
import type { Committee, Meeting, MeetingHeader } from '../../domain/model';
import type { Versioned } from '../../domain/ports';
import { formatDateLong, osloToday } from '../../domain/dates';
import { MeetingStatusBadge } from '../shared/MeetingStatusBadge';
import { ErrorMessageBar } from '../shared/ErrorMessageBar';
import { useWorkspaceText } from './text';
import { splitMeetings, type LoadState } from './useWorkspaceData';
import { useCommitteeWording } from '../shared/useCommitteeWording';
import { loadableView } from '../shared/loadableView';
import { whenIdle } from '../../hosts/whenIdle';
import type { NewMeetingDialogProps } from './NewMeetingDialog';

/*
 * «Nytt møte»'s dialog (Fluent's Dialog with tabster, the form's Input, Field and Checkbox) is not needed to
 * show the saksliste: a chunk of its own, fetched when the page is idle after its start. The button is here
 * from the first render; pressed before the chunk, it opens the dialog once the chunk is here (issue 14:
 * start-up JavaScript).
 */
const newMeetingDialog = loadableView<NewMeetingDialogProps>(() => import(/* webpackChunkName: "new-meeting" */ './NewMeetingDialog').then((module) => module.NewMeetingDialog));

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
  heading: { display: 'block', margin: '8px 0 4px 0' },
});

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
  if (meetings.status === 'loading') return <LoadingSpinner size="small" label={t('meetings.loading')} />;
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
      <NewMeeting committee={committee} meetings={meetings.value} onCreated={onCreated} />
      {section(t('meetings.upcoming'), upcoming)}
      {section(t('meetings.earlier'), earlier)}
    </div>
  );
}

/**
 * «Nytt møte» and its dialog, mounted once first asked for and kept (what was typed stays when it is closed
 * and opened again, as before); the focus goes back to the button when it closes (`ReturnFocusWhenGone`).
 */
function NewMeeting({ committee, meetings, onCreated }: Omit<NewMeetingDialogProps, 'open' | 'onOpenChange' | 'returnFocusTo'>) {
  const t = useWorkspaceText();
  const [open, setOpen] = useState(false);
  const [asked, setAsked] = useState(newMeetingDialog.loaded);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    void whenIdle().then(() => newMeetingDialog.preload());
  }, []);
  return (
    <>
      <Button
        ref={button}
        appearance="primary"
        icon={<AddRegular />}
        onClick={() => {
          setAsked(true);
          setOpen(true);
        }}
      >
        {t('meetings.new')}
      </Button>
      {asked ? (
        <Suspense fallback={null}>
          <newMeetingDialog.View committee={committee} meetings={meetings} onCreated={onCreated} open={open} onOpenChange={setOpen} returnFocusTo={button} />
        </Suspense>
      ) : null}
    </>
  );
}
