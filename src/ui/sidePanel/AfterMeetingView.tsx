import { useState } from 'react';
import { Button, Divider, Link, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentRegular, MailRegular, CheckmarkCircleRegular } from '@fluentui/react-icons';
import type { Committee, MeetingStatus } from '../../domain/model';
import { referatFileName } from '../../domain/attachments';
import { renderReferatDocx, DOCX_CONTENT_TYPE } from '../../documents';
import { useServices } from '../shared/ServicesContext';
import { ErrorMessageBar } from '../shared/ErrorMessageBar';
import type { MeetingSession, SessionSnapshot } from '../meeting/meetingSession';
import { graphMinutesMailer, minutesRecipients, minutesSubject } from '../meeting/minutesMail';
import { itemHeading } from './AgendaList';
import { RecordingFields, withoutEmptyPoints } from './RecordingFields';
import { useSidePanelText } from './sidePanelText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  itemHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  review: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
});

type Busy = 'generating' | 'sending' | undefined;

/**
 * "Etter møtet": review and correct what was recorded, generate the referat into the meeting
 * folder, send it to the members for comments, and mark it approved.
 */
export function AfterMeetingView({
  committee,
  session,
  snapshot,
  onChangeStatus,
}: {
  committee: Committee;
  session: MeetingSession;
  snapshot: SessionSnapshot;
  onChangeStatus: (to: MeetingStatus) => void;
}) {
  const t = useSidePanelText();
  const styles = useStyles();
  const { repository, graph } = useServices();
  const [busy, setBusy] = useState<Busy>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [sentTo, setSentTo] = useState<number | undefined>(undefined);
  const [lastBytes, setLastBytes] = useState<Uint8Array | undefined>(undefined);
  const meeting = snapshot.meeting;
  const held = meeting.status === 'held' || meeting.status === 'minutesApproved';
  const editable = meeting.status === 'held';
  const missing = withoutEmptyPoints(meeting).items.filter((i) => !i.closing && i.outcome !== 'postponed' && i.conclusion.length === 0);

  const run = async (what: Busy, action: () => Promise<void>) => {
    setBusy(what);
    setError(undefined);
    try {
      await action();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(undefined);
    }
  };

  const generate = () =>
    run('generating', async () => {
      await session.flush();
      // A point added but left empty is not part of the conclusion.
      const current = withoutEmptyPoints(session.getSnapshot().meeting);
      const bytes = await renderReferatDocx({ committee, meeting: current });
      const ref = await repository.uploadDocument(committee, current, referatFileName(committee, current), bytes);
      setLastBytes(bytes);
      session.editMeeting({ minutes: { ...ref, contentType: ref.contentType ?? DOCX_CONTENT_TYPE } });
      await session.flush();
    });

  const send = () =>
    run('sending', async () => {
      const minutes = meeting.minutes;
      if (!minutes) return;
      const to = minutesRecipients(committee, meeting);
      if (to.length === 0) throw new Error(t('after.noRecipients'));
      const bytes = lastBytes ?? (await repository.downloadDocument(minutes));
      await graphMinutesMailer(graph).send({
        to,
        subject: minutesSubject((values) => t('after.mailSubject', values), committee, meeting),
        intro: minutesSubject((values) => t('after.mailIntro', values), committee, meeting),
        minutes,
        bytes,
      });
      setSentTo(to.length);
    });

  return (
    <section className={styles.root} aria-labelledby="after-heading" data-testid="after-meeting">
      <h2 id="after-heading" className={styles.heading}>
        {t('tabs.after')}
      </h2>
      <Text>{t('after.intro')}</Text>
      {!held ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('after.mustEnd')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {error ? <ErrorMessageBar error={error} onDismiss={() => setError(undefined)} /> : null}
      {missing.length > 0 && held ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('after.missing', { list: missing.map((i) => i.caseNumber ?? i.title).join(', ') })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button appearance="primary" icon={<DocumentRegular />} disabled={!editable || busy !== undefined} onClick={() => void generate()} data-testid="generate-referat">
          {meeting.minutes ? t('after.regenerate') : t('after.generate')}
        </Button>
        {busy === 'generating' ? <Spinner size="tiny" label={t('after.generating')} /> : null}
        {meeting.minutes ? (
          <MessageBar intent="success" layout="multiline" data-testid="referat-stored">
            <MessageBarBody>
              {t('after.generated', { fileName: meeting.minutes.fileName })}{' '}
              {meeting.minutes.webUrl ? (
                <Link href={meeting.minutes.webUrl} target="_blank" rel="noopener noreferrer">
                  {t('after.open')}
                </Link>
              ) : null}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        <Button icon={<MailRegular />} disabled={!meeting.minutes || busy !== undefined} onClick={() => void send()} data-testid="send-referat">
          {t('after.send')}
        </Button>
        {busy === 'sending' ? <Spinner size="tiny" label={t('after.sending')} /> : null}
        {sentTo !== undefined ? (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t('after.sent', { count: sentTo })}</MessageBarBody>
          </MessageBar>
        ) : null}
        <Button
          icon={<CheckmarkCircleRegular />}
          disabled={meeting.status !== 'held' || !meeting.minutes || busy !== undefined}
          onClick={() => onChangeStatus('minutesApproved')}
          data-testid="approve-referat"
        >
          {t('after.approve')}
        </Button>
        {meeting.status === 'held' && !meeting.minutes ? <Text size={200}>{t('after.needsMinutes')}</Text> : null}
        {meeting.status === 'minutesApproved' ? (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t('after.approved')}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      <Divider />
      <h3 className={styles.heading}>{t('after.review')}</h3>
      <ol className={styles.review}>
        {meeting.items
          .filter((item) => !item.closing)
          .map((item) => (
            <li key={item.id}>
              <h4 className={styles.itemHeading}>{itemHeading(item)}</h4>
              <RecordingFields item={item} readOnly={!editable} onEdit={(patch) => session.editItem(item.id, patch)} />
            </li>
          ))}
      </ol>
    </section>
  );
}
