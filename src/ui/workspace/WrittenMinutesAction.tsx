import { useRef, useState } from 'react';
import { Button, Link, MessageBar, MessageBarBody, Text, Title3 } from '@fluentui/react-components';
import { LoadingSpinner } from '../shared/LoadingSpinner';
import { DocumentCheckmarkRegular, DocumentRegular } from '@fluentui/react-icons';
import type { Committee, Meeting } from '../../domain/model';
import { safeLinkUrl } from '../../domain/safeUrl';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { ErrorMessageBar } from '../shared/ErrorMessageBar';
import { useMinutesApprovalText } from '../shared/minutesApprovalText';
import { useWordingValues } from '../shared/wordingValues';
import type { AgendaEditor } from './agendaEditor';
import { useWrittenMinutes } from './useWrittenMinutes';
import { useWrittenText } from './WrittenSendAction';

export interface WrittenMinutesActionProps {
  committee: Committee;
  meeting: Meeting;
  editor: AgendaEditor;
  now: () => Date;
}

/**
 * A written treatment's protokoll (`useWrittenMinutes`): «Lag og lagre protokollen», where it lies, whether the treatment is
 * concluded or the protokoll still says «Foreløpig resultat», and «Marker protokollen som godkjent» once it is concluded, as
 * the committee approves its record: at once, or, when the next meeting approves it (`inNextMeeting`), after asking whether
 * that meeting has.
 */
export function WrittenMinutesAction({ committee, meeting, editor, now }: WrittenMinutesActionProps) {
  const t = useWrittenText();
  // Approval in the next meeting is said as the side panel's «Etter møtet» says it for a held meeting.
  const approval = useMinutesApprovalText();
  const words = useWordingValues(committee);
  const minutes = useWrittenMinutes({ committee, meeting, editor, now });
  const stored = meeting.minutes;
  const href = safeLinkUrl(stored?.webUrl);
  const approved = meeting.status === 'minutesApproved';
  const [confirming, setConfirming] = useState(false);
  const approveButton = useRef<HTMLButtonElement>(null);
  return (
    <section aria-labelledby="written-minutes-heading">
      <Title3 as="h4" id="written-minutes-heading">
        {t('minutes.heading', words)}
      </Title3>
      <Text as="p">{t('minutes.intro', words)}</Text>
      {stored !== undefined ? (
        <Text as="p">
          {t('minutes.stored', words)} {href === undefined ? stored.fileName : <Link href={href} target="_blank" rel="noopener noreferrer">{stored.fileName}</Link>}
        </Text>
      ) : null}
      {approved ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t('minutes.approved', words)}</MessageBarBody>
        </MessageBar>
      ) : meeting.status === 'held' ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{minutes.inNextMeeting ? `${t('minutes.held')} ${approval('nextMeeting.goes', words)}` : t('minutes.held')}</MessageBarBody>
        </MessageBar>
      ) : stored !== undefined && !minutes.settled ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('minutes.provisional', words)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {minutes.error !== undefined ? <ErrorMessageBar error={minutes.error} onDismiss={minutes.dismissError} /> : null}
      {minutes.busy !== undefined ? <LoadingSpinner size="small" label={minutes.busy === 'storing' ? t('minutes.storing', words) : t('minutes.approving')} /> : null}
      {approved ? null : (
        <div>
          <Button icon={<DocumentRegular />} disabled={!minutes.canStore} onClick={() => void minutes.store()}>
            {stored === undefined ? t('minutes.store', words) : t('minutes.storeAgain', words)}
          </Button>{' '}
          {meeting.status === 'held' ? (
            <Button
              ref={approveButton}
              icon={<DocumentCheckmarkRegular />}
              disabled={!minutes.canApprove}
              onClick={() => (minutes.inNextMeeting ? setConfirming(true) : void minutes.approve())}
            >
              {t('minutes.approve', words)}
            </Button>
          ) : null}
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title={approval('nextMeeting.confirmTitle', words)}
        confirmLabel={approval('nextMeeting.confirm', words)}
        cancelLabel={t('send.cancel')}
        onConfirm={() => (setConfirming(false), void minutes.approve())}
        onCancel={() => setConfirming(false)}
        testId="written-approve-dialog"
        returnFocusTo={approveButton}
      >
        <Text as="p">{approval('nextMeeting.confirmBody', { ...words, of: 'written' })}</Text>
      </ConfirmDialog>
    </section>
  );
}
