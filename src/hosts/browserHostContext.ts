import { parseHostTheme, type FrameContext, type HostContext } from './hostContext';

/*
 * The HostContext of a plain browser tab, read from the URL. Host-neutral on purpose: every
 * surface shows its "Laster …" with it before its host answers, and the Outlook pane must be able
 * to do so without pulling in teams-js (which fetches its origin list from a CDN when loaded).
 */

const FRAME_CONTEXTS: readonly FrameContext[] = ['content', 'sidePanel', 'meetingStage', 'settings', 'task', 'remove'];

export function parseFrameContext(value: string): FrameContext {
  return FRAME_CONTEXTS.find((known) => known === value) ?? 'other';
}

export function browserHostContext(win: Window = window): HostContext {
  const params = new URL(win.location.href).searchParams;
  // A tab's URL may carry Teams' context placeholders (`?locale={locale}`): Teams replaces them, and a
  // value it left empty or did not replace is none (hosts/teams/testing/teamsHostProtocol.ts).
  const optional = (name: string) => {
    const value = params.get(name);
    return value === null || value === '' || /^\{[A-Za-z.]+\}$/.test(value) ? undefined : value;
  };
  const upn = optional('upn');
  return {
    host: 'browser',
    frameContext: parseFrameContext(optional('frameContext') ?? 'content'),
    locale: optional('locale') ?? win.navigator.language ?? 'nb-NO',
    theme: parseHostTheme(optional('theme')),
    meetingId: optional('meetingId'),
    chatId: optional('chatId'),
    user: upn ? { upn } : undefined,
    // A plain browser has no host theme to follow; the URL decides once.
    onThemeChange: () => () => undefined,
  };
}
