import type { app as appTypes } from '@microsoft/teams-js';
import { HostInitError, parseHostTheme, type HostContext, type HostTheme, type OnHostInitialized, type OnHostStarting } from '../hostContext';
import { withTimeout } from '../withTimeout';
import { browserHostContext, parseFrameContext } from '../browserHostContext';
import { openLiveChannelLazily } from './liveChannelLoader';
import { isTeamsPage, loadTeamsJs } from './loadTeamsJs';

// Kept importable from here for the Teams surfaces; the function itself has no teams-js in it.
export { browserHostContext, parseFrameContext };

export interface InitializeTeamsHostOptions {
  /** How long to wait for Teams to answer before showing a message instead of a blank page. */
  timeoutMs?: number;
  /**
   * Extra origins allowed to talk teams-js to us. Teams' own origins are built in; the local
   * tenant's meeting simulator (another origin in development) must be listed.
   */
  validMessageOrigins?: string[];
  /** The window to inspect (tests pass jsdom's). */
  win?: Window;
  /**
   * Called with 'teams' once `app.initialize()` has resolved, before `app.getContext()` answers
   * (`OnHostInitialized`); never in a plain browser. The surfaces start MSAL's nested app auth here.
   */
  onInitialized?: OnHostInitialized;
  /**
   * Called once teams-js has sent `app.initialize`, before Teams has answered it
   * (`OnHostStarting`); never in a plain browser. The surfaces fetch MSAL's nested part here, so it is
   * evaluated while Teams answers.
   */
  onStarting?: OnHostStarting | undefined;
}

const DEFAULT_TIMEOUT_MS = 8_000;

/**
 * Builds the HostContext for a Teams surface. Inside Teams (the page is framed or opened by Teams)
 * it runs `app.initialize()` and reads `app.getContext()`; in a plain browser (`npm start`) it
 * builds the same object from the URL: `?theme=dark&locale=nn-NO&meetingId=…&frameContext=…`.
 * `?host=browser` forces the browser path, e.g. when a test frames the page itself.
 */
export async function initializeTeamsHost(options: InitializeTeamsHostOptions = {}): Promise<HostContext> {
  const win = options.win ?? window;
  if (!isTeamsPage(win)) return browserHostContext(win);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return withTimeout(teamsHostContext(options.validMessageOrigins ?? [], options.onInitialized, options.onStarting), timeoutMs, () => new HostInitError('timeout', `Teams did not answer within ${Math.round(timeoutMs / 1000)} s`));
}

async function teamsHostContext(
  validMessageOrigins: string[],
  onInitialized: OnHostInitialized | undefined,
  onStarting: OnHostStarting | undefined,
): Promise<HostContext> {
  try {
    const { app, liveShare } = await loadTeamsJs();
    const initialized = app.initialize(validMessageOrigins.length > 0 ? validMessageOrigins : undefined);
    // The handshake's first message is out: what the start needs after it is evaluated while Teams answers,
    // not before teams-js (whose evaluation sends that message) and not after the answer.
    onStarting?.();
    await initialized;
    // The handshake is done (and with it teams-js's nested-app-auth bridge is on the window): what
    // needs no more than that starts now, beside the context's round trip.
    onInitialized?.('teams');
    const context = await app.getContext();
    const themeListeners = themeChangeFanOut(app);
    return {
      host: 'teams',
      frameContext: parseFrameContext(context.page.frameContext ?? 'content'),
      locale: context.app.locale,
      theme: parseHostTheme(context.app.theme),
      meetingId: context.meeting?.id,
      chatId: context.chat?.id,
      user: context.user
        ? { id: context.user.id, upn: context.user.userPrincipalName, loginHint: context.user.loginHint, displayName: context.user.displayName }
        : undefined,
      onThemeChange: themeListeners.add,
      // Live Share is there for a meeting's side panel and stage when the host says it supports it.
      ...(context.meeting?.id && liveShare.isSupported() ? { openLiveChannel: openLiveChannelLazily } : {}),
    };
  } catch (error) {
    if (error instanceof HostInitError) throw error;
    throw new HostInitError('failed', `Teams could not be initialised: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * teams-js keeps one theme handler; surfaces may have several listeners (provider, stage, …), so we
 * register once and fan out. Removing a listener really removes it, so unmounted screens are not called.
 */
function themeChangeFanOut(app: Pick<typeof appTypes, 'registerOnThemeChangeHandler'>): { add: (callback: (theme: HostTheme) => void) => () => void } {
  const listeners = new Set<(theme: HostTheme) => void>();
  const handler: appTypes.themeHandler = (theme) => listeners.forEach((listener) => listener(parseHostTheme(theme)));
  app.registerOnThemeChangeHandler(handler);
  return {
    add(callback) {
      listeners.add(callback);
      return () => {
        listeners.delete(callback);
      };
    },
  };
}

