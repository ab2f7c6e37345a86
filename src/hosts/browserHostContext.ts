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

/**
 * A value of the page's address, or undefined. A Teams tab's address may carry Teams' context
 * placeholders (`?locale={app.locale}`): Teams replaces them as it opens the tab, and one it left empty
 * or did not replace is no value (hosts/teams/testing/teamsHostProtocol.ts imitates it).
 */
export function urlValue(href: string, name: string): string | undefined {
  const value = new URL(href).searchParams.get(name) ?? '';
  return /^(\{.*\})?$/.test(value) ? undefined : value;
}

export function browserHostContext(win: Window = window): HostContext {
  const optional = (name: string) => urlValue(win.location.href, name);
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
