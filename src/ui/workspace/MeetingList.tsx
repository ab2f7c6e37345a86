import { Suspense, useEffect, useState } from 'react';
import { Button, Spinner, Text, Title3, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import type { Committee, Meeting, MeetingHeader } from '../../domain/model';
import type { Versioned } from '../../domain/ports';
import { formatDateLong } from '../../domain/dates';
import { MeetingStatusBadge } from '../shared/MeetingStatusBadge';
import { ErrorMessageBar } from '../shared/ErrorMessageBar';
import { loadableView } from '../shared/loadableView';
import { whenIdle } from '../../hosts/teams/liveChannelLoader';
import { useWorkspaceText } from './text';
import { osloToday, splitMeetings, type LoadState } from './useWorkspaceData';

// «Nytt møte»'s dialog (its form, the template and numbering code behind it) is a chunk of its own,
// fetched when the page is idle after the list is shown, so neither its code nor its render stands
// between the link and the saksliste (issue 14: cold load); it renders without suspending once here.
const { View: NewMeetingDialog, preload: preloadNewMeetingDialog } = loadableView(() => import(/* webpackChunkName: "new-meeting" */ './NewMeetingDialog').then((module) => module.NewMeetingDialog));

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
  const styles = useStyles();
  // 'closed' once opened: the dialog stays mounted, so what was typed is there when it is opened again.
  const [dialog, setDialog] = useState<'never' | 'open' | 'closed'>('never');
  useEffect(() => {
    void whenIdle().then(preloadNewMeetingDialog);
  }, []);
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
                <MeetingStatusBadge status={meeting.status} />
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <div className={styles.root}>
      <Button appearance="primary" icon={<AddRegular />} onClick={() => setDialog('open')}>
        {t('meetings.new')}
      </Button>
      {dialog === 'never' ? null : (
        <Suspense fallback={<Spinner size="tiny" label={t('newMeeting.loading')} />}>
          <NewMeetingDialog committee={committee} meetings={meetings.value} open={dialog === 'open'} onOpenChange={(open) => setDialog(open ? 'open' : 'closed')} onCreated={onCreated} />
        </Suspense>
      )}
      {section(t('meetings.upcoming'), upcoming)}
      {section(t('meetings.earlier'), earlier)}
    </div>
  );
}
