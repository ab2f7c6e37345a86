import { useState } from 'react';
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ShareScreenStartRegular } from '@fluentui/react-icons';
import { shareToStage, type ShareToStageResult } from '../../hosts/teams/stageSharing';
import { useSidePanelText } from './sidePanelText';

/** The stage page for this meeting, next to the side panel's own page. */
export function stageUrlFor(meetingId: string, pageUrl: string): string {
  const url = new URL('stage.html', pageUrl);
  url.searchParams.set('meeting', meetingId);
  return url.href;
}

/** "Del på skjermen": puts the stage view on the Teams meeting stage for everyone. */
export function ShareToStageButton({ meetingId }: { meetingId: string }) {
  const t = useSidePanelText();
  const [result, setResult] = useState<ShareToStageResult | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const share = async () => {
    setBusy(true);
    setResult(await shareToStage(stageUrlFor(meetingId, window.location.href)));
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
