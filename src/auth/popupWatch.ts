import { BrowserAuthError, BrowserAuthErrorCodes, PublicClientApplication, type Configuration } from '@azure/msal-browser';

/*
 * MSAL 5 takes a popup's answer from the redirect bridge (the answer page posts it on a
 * BroadcastChannel, see redirectBridge.ts) and, unlike MSAL 4's polling, never looks at the popup
 * itself: a sign-in window the user closes is reported only when `popupBridgeTimeout` (60 s) runs
 * out, as `timed_out`. Møtebok watches the window and reports a closed one as MSAL 4 did, with
 * `user_cancelled`, within about a second.
 */

/** How often the popup is looked at. */
export const POPUP_POLL_MS = 200;
/**
 * The answer page posts the answer and then closes the popup itself; a popup seen closed gets this
 * long for that answer to arrive before it counts as closed by the user.
 */
export const POPUP_ANSWER_GRACE_MS = 800;

export interface Timers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const browserTimers: Timers = {
  setInterval: (callback, ms) => globalThis.setInterval(callback, ms),
  clearInterval: (handle) => globalThis.clearInterval(handle as ReturnType<typeof globalThis.setInterval>),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** The popup's answer, or MSAL's `user_cancelled` as soon as the popup is closed without one. */
export function answerOrClosed(answer: Promise<string>, popup: Pick<Window, 'closed'>, correlationId: string, timers: Timers = browserTimers): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    let settled = false;
    let grace: unknown;
    const settle = () => {
      settled = true;
      timers.clearInterval(poll);
      if (grace !== undefined) timers.clearTimeout(grace);
    };
    const poll = timers.setInterval(() => {
      if (settled || grace !== undefined || !popup.closed) return;
      grace = timers.setTimeout(() => {
        if (settled) return;
        settle();
        reject(new BrowserAuthError(BrowserAuthErrorCodes.userCancelled, correlationId));
      }, POPUP_ANSWER_GRACE_MS);
    }, POPUP_POLL_MS);
    // Handled even after the window was reported closed: the bridge's own time-out comes later.
    answer.then(
      (value) => {
        if (settled) return;
        settle();
        resolve(value);
      },
      (error: unknown) => {
        if (settled) return;
        settle();
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * Whether `popup.closed` can be trusted. Only a top-level page with no cross-origin opener gets
 * `pocd=1` from MSAL, which tells Entra to leave out Cross-Origin-Opener-Policy; with COOP the
 * opener loses the popup and `closed` reads true while the sign-in page is still open.
 */
export function popupClosedIsReliable(parent: Window): boolean {
  try {
    if (parent.top !== parent) return false;
    const opener: unknown = parent.opener;
    if (opener === null || opener === undefined || opener === parent) return true;
    // Throws for a cross-origin opener.
    void (opener as Window).location.href;
    return true;
  } catch {
    return false;
  }
}

/** MSAL's browser application, reporting a closed sign-in popup at once. */
export class PopupWatchingClientApplication extends PublicClientApplication {
  protected override waitForPopupResponse(...args: Parameters<PublicClientApplication['waitForPopupResponse']>): Promise<string> {
    const [request, popupWindow, popupWindowParent] = args;
    const answer = super.waitForPopupResponse(request, popupWindow, popupWindowParent);
    return popupClosedIsReliable(popupWindowParent) ? answerOrClosed(answer, popupWindow, request.correlationId) : answer;
  }
}

export async function createPopupWatchingApplication(configuration: Configuration): Promise<PopupWatchingClientApplication> {
  const app = new PopupWatchingClientApplication(configuration);
  await app.initialize();
  return app;
}
