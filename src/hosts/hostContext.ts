/**
 * What a surface knows about the app that hosts it (Teams, Outlook or a plain browser). Each
 * surface's entry builds one at start-up in `src/hosts/<host>` and passes it down; screens read it
 * and never call teams-js or office.js themselves. Shared by both hosts, so it lives above them.
 */
import type { OpenLiveChannel } from './liveChannel';

export type HostKind = 'teams' | 'outlook' | 'browser';

/** Teams' frame contexts that Møtebok has a surface for; anything else is reported as 'other'. */
export type FrameContext = 'content' | 'sidePanel' | 'meetingStage' | 'settings' | 'task' | 'remove' | 'other';

export type HostTheme = 'default' | 'dark' | 'contrast';

export interface HostUser {
  /** Entra object id. */
  id?: string;
  /** User principal name, usually the e-mail address; a B2B guest's is `…#EXT#@tenant`. */
  upn?: string;
  /** Teams' login hint: for a guest, the address they sign in with (their own e-mail), not the #EXT# UPN. */
  loginHint?: string;
  displayName?: string;
}

export interface HostContext {
  host: HostKind;
  frameContext: FrameContext;
  /** BCP 47 locale as the host gives it ("nb-NO", "nn-no", "en-US"). */
  locale: string;
  theme: HostTheme;
  /** Teams meeting id (context.meeting.id), linking a Teams meeting to a Møtebok meeting. */
  meetingId?: string;
  chatId?: string;
  user?: HostUser;
  /** Called with the new theme when the host changes it; returns the function that unregisters. */
  onThemeChange(callback: (theme: HostTheme) => void): () => void;
  /**
   * The meeting's real-time channel (Live Share in a Teams meeting's side panel and stage);
   * absent where the host has none (a plain browser, Outlook, a Teams tab outside a meeting).
   */
  openLiveChannel?: OpenLiveChannel;
}

/**
 * Called by a host's start-up the moment its SDK's handshake is done (teams-js `app.initialize`),
 * before its context (`app.getContext`) has answered: from then on the host is known, and what needs
 * only the handshake — MSAL's nested app auth talks to the bridge teams-js sets up in it — can start
 * beside the context's round trip instead of after it (issue 14: cold load). Hosts that answer in one
 * step (a plain browser, Outlook's `Office.onReady`) do not call it.
 */
export type OnHostInitialized = (host: HostKind) => void;

/**
 * Called by a host's start-up the moment its SDK has sent the handshake's first message, before the
 * host has answered it (Teams: `app.initialize` called): what the start will need once the handshake
 * is done can be fetched and evaluated while the host answers (MSAL's nested part: its modules
 * evaluated then, so its own handshake with the host's bridge goes out with `app.getContext`; not
 * earlier, where its evaluation could hold back teams-js's and so that first message; issue 14: cold
 * load). Only a host whose handshake sets up nested app auth's bridge calls it (Teams); hosts that answer
 * in one step (a plain browser, Outlook's `Office.onReady`) do not.
 */
export type OnHostStarting = () => void;

/** Host start-up failed; the UI shows a localised message per reason, never a blank page. */
export class HostInitError extends Error {
  override readonly name = 'HostInitError';

  constructor(
    readonly reason: 'timeout' | 'failed',
    message: string,
  ) {
    super(message);
  }
}

export function parseHostTheme(value: string | null | undefined): HostTheme {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}
