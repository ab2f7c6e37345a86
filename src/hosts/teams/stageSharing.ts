import { app, FrameContexts, meeting } from '@microsoft/teams-js';

/** Why sharing to the stage did not happen; the UI maps each reason to a message. */
export type ShareToStageResult =
  | { shared: true }
  | { shared: false; reason: 'notInTeams' | 'notSupported' | 'noPermission' | 'failed'; detail?: string };

/**
 * Shares a Møtebok page (the stage view) to the Teams meeting stage. Only the side panel and the
 * stage may ask (teams-js throws elsewhere); that is checked
 * first so the button can say why it cannot share instead of failing silently.
 */
export async function shareToStage(appContentUrl: string): Promise<ShareToStageResult> {
  if (!app.isInitialized()) return { shared: false, reason: 'notInTeams' };
  if (!isStageSharingAvailable()) return { shared: false, reason: 'notSupported' };
  const canShare = await new Promise<boolean | undefined>((resolve) => {
    try {
      meeting.getAppContentStageSharingCapabilities((error, capabilities) =>
        resolve(error ? undefined : (capabilities?.doesAppHaveSharePermission ?? false)),
      );
    } catch {
      resolve(undefined);
    }
  });
  if (canShare === false) return { shared: false, reason: 'noPermission' };
  return new Promise<ShareToStageResult>((resolve) => {
    try {
      meeting.shareAppContentToStage((error, result) => {
        if (error || result !== true) resolve({ shared: false, reason: 'failed', detail: error?.message ?? String(error?.errorCode ?? '') });
        else resolve({ shared: true });
      }, appContentUrl);
    } catch (error) {
      resolve({ shared: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  });
}

/** True when this surface could offer "Del på skjermen" at all (inside a Teams meeting). */
export function isStageSharingAvailable(): boolean {
  if (!app.isInitialized()) return false;
  // teams-js refuses stage sharing outside these frame contexts; meeting has no isSupported() to ask.
  const frameContext = app.getFrameContext();
  return frameContext === FrameContexts.sidePanel || frameContext === FrameContexts.meetingStage;
}
