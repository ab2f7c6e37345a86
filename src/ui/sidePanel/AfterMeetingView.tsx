import { useEffect, useRef, useState } from 'react';
import { safeLinkUrl } from '../../domain/safeUrl';
import { referatClosedFolder } from '../../domain/referatAccess';
import { Button, Divider, Field, Link, MessageBar, MessageBarBody, MessageBarTitle, Text, Textarea, makeStyles, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import { LoadingSpinner } from '../shared/LoadingSpinner';
import { ArrowUndoRegular, DocumentRegular, MailRegular, CheckmarkCircleRegular } from '@fluentui/react-icons';
import { ErrorMessageBar } from '../shared/ErrorMessageBar';
import { itemHeading } from './AgendaList';
import { ConfirmDialog } from './ConfirmDialog';
import { RecordingFields } from './RecordingFields';
import { useMinutes, type AfterMeetingProps } from './useMinutes';
import { useSidePanelText } from './recorderText';
import { useAfterMeetingLockText } from './afterMeetingLockText';
import { useAfterMeetingText } from './afterMeetingText';
import { useMinutesApprovalText } from '../shared/minutesApprovalText';
import { useCommitteeWording } from '../shared/useCommitteeWording';
import { wordingValues } from '../shared/wordingValues';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  itemHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  review: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  recipients: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/**
 * "Etter møtet": review and correct what was recorded, generate the referat into the meeting
 * folder, send it to the members for comments, and mark it approved. The work is in `useMinutes`;
 * sending asks first, and so does approving when the next meeting approves the record (`inNextMeeting`).
 */
export function AfterMeetingView({ committee, session, snapshot, onChangeStatus }: AfterMeetingProps) {
  const t = useAfterMeetingText();
  const sidePanelText = useSidePanelText();
  const lockText = useAfterMeetingLockText();
  // Approval in the next meeting is said and asked as a written treatment's (WrittenMinutesAction.tsx).
  const approval = useMinutesApprovalText();
  const words = useCommitteeWording(committee);
  // The committee's own words in the texts: «Lag protokoll», «Saker uten vedtak».
  const w = wordingValues(words);
  const styles = useStyles();
  const minutes = useMinutes({ committee, session, snapshot, onChangeStatus });
  const [confirming, setConfirming] = useState<'send' | 'approve' | 'reopen' | undefined>(undefined);
  const [reason, setReason] = useState('');
  const restoreFocus = useRestoreFocusTarget();
  const meeting = snapshot.meeting;
  const { to, withoutAddress } = minutes.recipients;
  // A meeting with exempt content keeps its referat in the closed folder under the meeting folder: said where it is.
  const closedFolder = referatClosedFolder(committee, meeting);
  // Approving removes the buttons; focus goes to the message saying it is done, not to the page.
  const approvedRef = useRef<HTMLDivElement>(null);
  const approvedHere = useRef(false);
  const approve = () => {
    approvedHere.current = true;
    void minutes.approve();
  };
  // As the committee approves its record: asked first whether the next meeting has, when that meeting approves it; at once
  // otherwise (approved in the same meeting, signed, circulated), as a written treatment's protokoll.
  const approveClicked = () => (minutes.inNextMeeting ? setConfirming('approve') : approve());
  useEffect(() => {
    if (meeting.status === 'minutesApproved' && approvedHere.current) {
      approvedHere.current = false;
      approvedRef.current?.focus();
    }
  }, [meeting.status]);

  return (
    <section className={styles.root} aria-labelledby="after-heading" data-testid="after-meeting">
      <h2 id="after-heading" className={styles.heading}>
        {sidePanelText('tabs.after')}
      </h2>
      <Text>{minutes.inNextMeeting ? `${t('after.intro', w)} ${approval('nextMeeting.goes', w)}` : t('after.intro', w)}</Text>
      {!minutes.held ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('after.mustEnd', w)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {minutes.error ? <ErrorMessageBar error={minutes.error} onDismiss={minutes.dismissError} words={words} /> : null}
      {minutes.missing.length > 0 && minutes.held ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('after.missing', { ...w, list: minutes.missing.join(', ') })}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button appearance="primary" icon={<DocumentRegular />} disabled={!minutes.canGenerate} onClick={() => void minutes.generate()} data-testid="generate-referat">
          {meeting.minutes ? t('after.regenerate', w) : t('after.generate', w)}
        </Button>
        {minutes.busy === 'generating' ? <LoadingSpinner size="tiny" label={t('after.generating', w)} /> : null}
        {meeting.minutes ? (
          <MessageBar intent="success" layout="multiline" data-testid="referat-stored">
            <MessageBarBody>
              {closedFolder === undefined
                ? t('after.generated', { ...w, fileName: meeting.minutes.fileName })
                : t('after.generatedClosed', { ...w, fileName: meeting.minutes.fileName, folder: closedFolder })}{' '}
              {safeLinkUrl(meeting.minutes.webUrl) ? (
                <Link href={safeLinkUrl(meeting.minutes.webUrl)} target="_blank" rel="noopener noreferrer">
                  {t('after.open', w)}
                </Link>
              ) : null}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {meeting.status !== 'minutesApproved' && minutes.guest ? (
          <MessageBar intent="warning" layout="multiline" id="referat-guest" data-testid="referat-guest">
            <MessageBarBody>
              <MessageBarTitle>{t('after.guestTitle', w)}</MessageBarTitle>
              {t('after.guestBody', { ...w, committee: committee.name })}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {meeting.status !== 'minutesApproved' ? (
          <Button
            {...restoreFocus}
            icon={<MailRegular />}
            // A guest keeps the button in the tab order, described by the notice above saying why it is off.
            disabled={!minutes.canSend && !minutes.guest}
            disabledFocusable={minutes.guest}
            onClick={() => setConfirming('send')}
            {...(minutes.guest ? { 'aria-describedby': 'referat-guest' } : {})}
            data-testid="send-referat"
          >
            {t('after.send', w)}
          </Button>
        ) : null}
        {minutes.busy === 'sending' ? <LoadingSpinner size="tiny" label={t('after.sending')} /> : null}
        {minutes.sentTo !== undefined ? (
          <MessageBar intent="success" layout="multiline" data-testid="referat-sent">
            <MessageBarBody>{t('after.sent', { ...w, count: minutes.sentTo.length })}</MessageBarBody>
          </MessageBar>
        ) : null}
        {meeting.status !== 'minutesApproved' ? (
          <Button {...restoreFocus} icon={<CheckmarkCircleRegular />} disabled={!minutes.canApprove} onClick={approveClicked} data-testid="approve-referat">
            {t('after.approve', w)}
          </Button>
        ) : null}
        {meeting.status === 'held' && !meeting.minutes ? <Text size={200}>{t('after.needsMinutes', w)}</Text> : null}
        {meeting.status === 'minutesApproved' ? (
          <MessageBar intent="success" layout="multiline" ref={approvedRef} tabIndex={-1} data-testid="referat-approved">
            <MessageBarBody>
              {minutes.inNextMeeting ? `${t('after.approved', w)} ${t('after.approvedFollows', w)}` : t('after.approved', w)}
              {minutes.lock === 'locked' ? ` ${lockText('lockedInSharePoint', w)}` : ''}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {meeting.status === 'minutesApproved' && minutes.lock === 'pending' ? (
          <MessageBar intent="info" layout="multiline" data-testid="referat-lock-pending">
            <MessageBarBody>{lockText('lockPending', w)}</MessageBarBody>
          </MessageBar>
        ) : null}
        {minutes.busy === 'approving' || minutes.busy === 'reopening' ? <LoadingSpinner size="tiny" label={lockText('saving')} /> : null}
        {meeting.status === 'minutesApproved' ? (
          <Button {...restoreFocus} icon={<ArrowUndoRegular />} disabled={!minutes.canReopen} onClick={() => setConfirming('reopen')} aria-describedby="reopen-who" data-testid="reopen-referat">
            {t('after.reopen', w)}
          </Button>
        ) : null}
        {meeting.status === 'minutesApproved' ? (
          <Text size={200} id="reopen-who" data-testid="reopen-secretariat-only">
            {minutes.secretariat ? lockText('reopenSecretariatOnly', w) : lockText('reopenNotSecretariat', w)}
          </Text>
        ) : null}
      </div>
      <ConfirmDialog
        open={confirming === 'reopen'}
        title={t('after.reopenConfirmTitle', w)}
        confirmLabel={t('after.reopenConfirm')}
        confirmDisabled={reason.trim() === ''}
        onCancel={() => setConfirming(undefined)}
        onConfirm={() => {
          setConfirming(undefined);
          void minutes.reopen(reason).then(() => setReason(''));
        }}
        testId="confirm-reopen-referat"
      >
        <Text>{t('after.reopenConfirmBody', w)}</Text>
        <Field label={t('after.reopenReason', w)} required>
          <Textarea value={reason} onChange={(_, data) => setReason(data.value)} resize="vertical" data-testid="reopen-reason" />
        </Field>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'send'}
        title={t('after.sendConfirmTitle', { ...w, count: to.length })}
        confirmLabel={t('after.sendConfirm', w)}
        confirmDisabled={to.length === 0}
        onCancel={() => setConfirming(undefined)}
        onConfirm={() => {
          setConfirming(undefined);
          void minutes.send();
        }}
        testId="confirm-send-referat"
      >
        {to.length === 0 ? (
          <Text>{t('after.noRecipients')}</Text>
        ) : (
          <>
            <Text>{t('after.sendConfirmBody', w)}</Text>
            <ul className={styles.recipients} aria-label={t('after.recipientsLabel', w)} data-testid="referat-recipients">
              {to.map((person) => (
                <li key={person.email}>{person.name}</li>
              ))}
            </ul>
          </>
        )}
        {withoutAddress.length > 0 ? <Text>{t('after.withoutAddress', { names: withoutAddress.map((p) => p.name).join(', ') })}</Text> : null}
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming === 'approve'}
        title={approval('nextMeeting.confirmTitle', w)}
        confirmLabel={approval('nextMeeting.confirm', w)}
        onCancel={() => setConfirming(undefined)}
        onConfirm={() => {
          setConfirming(undefined);
          approve();
        }}
        testId="confirm-approve-referat"
      >
        <Text>{approval('nextMeeting.confirmBody', { ...w, of: 'meeting' })}</Text>
      </ConfirmDialog>
      <Divider />
      <h3 className={styles.heading}>{t('after.review')}</h3>
      <ol className={styles.review}>
        {meeting.items
          .filter((item) => !item.closing)
          .map((item) => (
            <li key={item.id}>
              <h4 className={styles.itemHeading}>{itemHeading(item)}</h4>
              <RecordingFields
                committee={committee}
                item={item}
                words={words}
                readOnly={!minutes.editable || item.restricted === true}
                onEdit={(patch) => session.editItem(item.id, patch)}
                attendance={meeting.attendance}
              />
            </li>
          ))}
      </ol>
    </section>
  );
}
