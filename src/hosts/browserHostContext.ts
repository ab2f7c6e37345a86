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
  const optional = (name: string) => params.get(name) ?? undefined;
  const upn = optional('upn');
  return {
    host: 'browser',
    frameContext: parseFrameContext(params.get('frameContext') ?? 'content'),
    locale: params.get('locale') ?? win.navigator.language ?? 'nb-NO',
    theme: parseHostTheme(params.get('theme')),
    meetingId: optional('meetingId'),
    chatId: optional('chatId'),
    user: upn ? { upn } : undefined,
    // A plain browser has no host theme to follow; the URL decides once.
    onThemeChange: () => () => undefined,
  };
}
