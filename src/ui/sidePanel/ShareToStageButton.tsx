import { useState } from 'react';
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ShareScreenStartRegular } from '@fluentui/react-icons';
import { shareToStage, type ShareToStageResult } from '../../hosts/teams/stageSharing';
import { useSidePanelText } from './recorderText';

/**
 * The stage page for this meeting, next to the side panel's own page. It names the committee too,
 * so the stage reads the meeting and its committee in one request (`getMeetingWithCommittee`).
 */
export function stageUrlFor(meetingId: string, committeeId: string, pageUrl: string): string {
  const url = new URL('stage.html', pageUrl);
  url.searchParams.set('meeting', meetingId);
  url.searchParams.set('committee', committeeId);
  return url.href;
}

/** "Del på skjermen": puts the stage view on the Teams meeting stage for everyone. */
export function ShareToStageButton({ meetingId, committeeId }: { meetingId: string; committeeId: string }) {
  const t = useSidePanelText();
  const [result, setResult] = useState<ShareToStageResult | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const share = async () => {
    setBusy(true);
    setResult(await shareToStage(stageUrlFor(meetingId, committeeId, window.location.href)));
    setBusy(false);
  };
  const message = !result
    ? undefined
    : result.shared
      ? t('share.done')
      : result.reason === 'failed'
        ? t('share.failed', { detail: result.detail ?? '' })
        : t(`share.${result.reason}`);
  return (
    <>
      <Button icon={<ShareScreenStartRegular />} onClick={() => void share()} disabled={busy} data-testid="share-to-stage">
        {t('share')}
      </Button>
      {message ? (
        <MessageBar intent={result?.shared ? 'success' : 'warning'} layout="multiline">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
