import { parseHostTheme, type HostContext, type HostTheme } from '../hostContext';
import { withTimeout } from '../withTimeout';
import { officeGlobal, type AppointmentItemLike, type OfficeLike, type OfficeThemeLike } from './officeApi';
import { OutlookHostError } from './outlookErrors';
import { REQUIREMENT } from './outlookLimits';
import { ComposeAppointment, ReadAppointment, type Appointment } from './appointment';

/** Office.EventType.OfficeThemeChanged */
const THEME_EVENT = 'officeThemeChanged';

export type ItemType = 'appointment' | 'message' | 'none';

export interface OutlookRequirements {
  /** Mailbox 1.3: body read/write, saveAsync. */
  compose: boolean;
  /** Mailbox 1.8: getItemIdAsync (linking) and file attachments. */
  itemIdAndAttachments: boolean;
}

/** What the Outlook pane knows after start-up. Screens get this and never touch office.js. */
export type OutlookHost =
  | { host: 'notOutlook'; hostContext: HostContext }
  | {
      host: 'outlook';
      hostContext: HostContext;
      mode: 'compose' | 'read';
      itemType: ItemType;
      requirements: OutlookRequirements;
      /** Present only when the item is an appointment. */
      appointment: Appointment | undefined;
      userEmail: string | undefined;
    };

export interface InitializeOptions {
  timeoutMs?: number;
  /** Injected in tests; the office.js global otherwise. */
  office?: OfficeLike;
  /** Windows high contrast / forced colours, which office.js does not report. */
  forcedColors?: () => boolean;
}

/** Relative luminance of a #rrggbb colour (WCAG formula), to tell Office's dark themes from light. */
function luminance(hex: string): number | undefined {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return undefined;
  const [r, g, b] = match.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

export function themeFromOffice(theme: OfficeThemeLike | undefined, forcedColors: boolean): HostTheme {
  if (forcedColors) return 'contrast';
  if (theme?.isDarkTheme === true) return 'dark';
  const lum = theme?.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : undefined;
  return parseHostTheme(lum !== undefined && lum < 0.2 ? 'dark' : 'default');
}

function itemTypeOf(item: AppointmentItemLike | null | undefined): ItemType {
  if (!item) return 'none';
  return item.itemType === 'appointment' ? 'appointment' : 'message';
}

/** Compose items expose subject as an object with getAsync/setAsync; read items as a string. */
function modeOf(item: AppointmentItemLike | null | undefined): 'compose' | 'read' {
  return item && typeof item.subject === 'object' && item.subject !== null ? 'compose' : 'read';
}

function defaultForcedColors(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(forced-colors: active)').matches;
}

/**
 * Waits for Office.onReady once and describes the host. Outside Outlook (a plain browser, Word,
 * a page opened directly) it answers 'notOutlook' so the pane can say so instead of failing.
 */
export async function initializeOutlookHost(options: InitializeOptions = {}): Promise<OutlookHost> {
  const office = options.office ?? officeGlobal();
  const forced = (options.forcedColors ?? defaultForcedColors)();
  const browserLocale = typeof navigator !== 'undefined' ? navigator.language : 'nb-NO';
  const context = (host: HostContext['host'], locale: string, theme: HostTheme, onThemeChange: HostContext['onThemeChange'] = () => () => undefined): HostContext => ({
    host,
    frameContext: 'task',
    locale,
    theme,
    onThemeChange,
  });
  if (!office) return { host: 'notOutlook', hostContext: context('browser', browserLocale, forced ? 'contrast' : 'default') };

  const timeoutMs = options.timeoutMs ?? 10_000;
  const info = await withTimeout(office.onReady(), timeoutMs, () => new OutlookHostError('timeout', `Office.onReady after ${timeoutMs} ms`));
  const locale = office.context.displayLanguage || browserLocale;
  const theme = themeFromOffice(office.context.officeTheme, forced);
  const mailbox = office.context.mailbox;
  if (info.host !== 'Outlook' || !mailbox) return { host: 'notOutlook', hostContext: context('browser', locale, theme) };

  const isSet = (version: string): boolean => office.context.requirements?.isSetSupported('Mailbox', version) ?? false;
  const requirements: OutlookRequirements = { compose: isSet(REQUIREMENT.compose), itemIdAndAttachments: isSet(REQUIREMENT.itemIdAndAttachments) };
  const item = mailbox.item;
  const itemType = itemTypeOf(item);
  const mode = modeOf(item);
  const appointment =
    item && itemType === 'appointment'
      ? mode === 'compose'
        ? new ComposeAppointment(office, item, requirements.itemIdAndAttachments)
        : new ReadAppointment(office, item)
      : undefined;
  const hostContext = context('outlook', locale, theme, (callback) => {
    // Outlook tells an open pane when the user switches Office theme (where it supports the event).
    if (!mailbox.addHandlerAsync) return () => undefined;
    mailbox.addHandlerAsync(THEME_EVENT, (args) => callback(themeFromOffice(args.officeTheme, forced)));
    return () => mailbox.removeHandlerAsync?.(THEME_EVENT);
  });
  const email = mailbox.userProfile?.emailAddress;
  if (email) hostContext.user = { upn: email, displayName: mailbox.userProfile?.displayName };
  return { host: 'outlook', hostContext, mode, itemType, requirements, appointment, userEmail: email };
}
