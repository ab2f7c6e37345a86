import { useEffect, useState } from 'react';
import { Button, Card, MessageBar, MessageBarBody, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import type { Committee, Meeting } from '../../domain/model';
import type { Versioned } from '../../domain/ports';
import { formatMeetingWhen } from '../../domain/dates';
import { isAgendaFrozen } from '../../domain/meetingStatus';
import { meetingChangesSinceNotice } from '../../domain/meetingFacts';
import { MeetingStatusBadge } from '../shared/MeetingStatusBadge';
import { SaveStateIndicator } from '../shared/SaveStateIndicator';
import { ErrorMessageBar } from '../shared/ErrorMessageBar';
import { useServices } from '../shared/ServicesContext';
import { useWorkspaceText } from './text';
import { useAgendaEditor } from './useAgendaEditor';
import { AgendaList } from './AgendaList';
import { NoticePanel } from './NoticePanel';
import { MeetingFactsForm } from './MeetingFactsForm';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '16px' },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: '12px',
    padding: '8px 0',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: '16px', rowGap: '4px', margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0 },
  card: { padding: '16px' },
  cardHeader: { display: 'flex', justifyContent: 'flex-end' },
});

export interface MeetingEditorProps {
  committee: Committee;
  stored: Versioned<Meeting>;
  otherMeetings: readonly Meeting[];
  /** Told about every save, so the meeting list stays current. */
  onSaved: (meeting: Versioned<Meeting>) => void;
}

/** One meeting being prepared: facts, status and save state always visible, the agenda, the notice. */
export function MeetingEditor({ committee, stored, otherMeetings, onSaved }: MeetingEditorProps) {
  const t = useWorkspaceText();
  const styles = useStyles();
  const { repository } = useServices();
  const { editor, state } = useAgendaEditor(stored, committee, otherMeetings, repository);
  const { meeting } = state;
  const [editingFacts, setEditingFacts] = useState(false);
  const factsChangedSinceNotice = meeting.status === 'noticeSent' && meetingChangesSinceNotice(meeting, committee.languageForm).length > 0;

  useEffect(() => {
    if (state.saveState === 'saved' && state.version !== undefined && state.version !== stored.version) onSaved({ value: state.meeting, version: state.version });
    // Only a new stored version is news for the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.version, state.saveState]);

  const heading = t('meeting.heading', { committee: committee.name, date: formatMeetingWhen(meeting) });
  return (
    <article className={styles.root} aria-label={heading}>
      <div className={styles.header}>
        <Title2 as="h2">{heading}</Title2>
        <MeetingStatusBadge status={meeting.status} />
        <SaveStateIndicator state={state.saveState} />
      </div>
      {state.error !== undefined ? (
        <ErrorMessageBar
          error={state.error}
          onDismiss={state.saveState === 'conflict' ? undefined : () => editor.dismissError()}
          onReload={state.saveState === 'conflict' ? () => void editor.reload() : undefined}
          onKeepMine={state.saveState === 'conflict' ? () => void editor.keepMine() : undefined}
        />
      ) : null}
      {factsChangedSinceNotice ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('facts.updateNeeded')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Card className={styles.card}>
        {editingFacts ? (
          <MeetingFactsForm meeting={meeting} editor={editor} onDone={() => setEditingFacts(false)} />
        ) : (
          <>
            <div className={styles.cardHeader}>
              <Button icon={<EditRegular />} onClick={() => setEditingFacts(true)} disabled={meeting.status === 'held' || meeting.status === 'minutesApproved'}>
                {t('facts.edit')}
              </Button>
            </div>
            <dl className={styles.facts}>
              <dt className={styles.term}>{t('meeting.when')}</dt>
              <dd className={styles.definition}>{formatMeetingWhen(meeting)}</dd>
              <dt className={styles.term}>{t('meeting.place')}</dt>
              <dd className={styles.definition}>
                {meeting.place}
                {meeting.online ? ` · ${t('meeting.online')}` : ''}
              </dd>
              {meeting.chair ? (
                <>
                  <dt className={styles.term}>{t('meeting.chair')}</dt>
                  <dd className={styles.definition}>{meeting.chair.name}</dd>
                </>
              ) : null}
              {meeting.minuteTaker ? (
                <>
                  <dt className={styles.term}>{t('meeting.minuteTaker')}</dt>
                  <dd className={styles.definition}>{meeting.minuteTaker.name}</dd>
                </>
              ) : null}
              <dt className={styles.term}>{t('facts.recipients')}</dt>
              <dd className={styles.definition}>{meeting.recipients ?? committee.recipientsLine ?? ''}</dd>
              {meeting.theme ? (
                <>
                  <dt className={styles.term}>{t('facts.theme')}</dt>
                  <dd className={styles.definition}>{meeting.theme}</dd>
                </>
              ) : null}
            </dl>
          </>
        )}
        {isAgendaFrozen(meeting) ? <Text size={200}>{t('meeting.frozen')}</Text> : null}
      </Card>
      <section aria-labelledby="agenda-heading">
        <Title2 as="h3" id="agenda-heading">
          {t('agenda.heading')}
        </Title2>
        <AgendaList committee={committee} editor={editor} meeting={meeting} />
      </section>
      <NoticePanel committee={committee} editor={editor} state={state} />
    </article>
  );
}
