import { afterEach, describe, expect, it, vi } from 'vitest';
import { initializeOutlookHost, themeFromOffice } from './initializeOutlookHost';
import { ComposeAppointment, ReadAppointment } from './appointment';
import { mockOutlook } from './testing/officeMock';
import { OutlookHostError } from './outlookErrors';
import type { OfficeLike } from './officeApi';

afterEach(() => {
  vi.useRealTimers();
});

describe('initializeOutlookHost', () => {
  it('says notOutlook on a plain page without office.js', async () => {
    const host = await initializeOutlookHost({ forcedColors: () => false });
    expect(host.host).toBe('notOutlook');
    expect(host.hostContext.host).toBe('browser');
  });

  it('says notOutlook when office.js runs outside Office or in another Office app', async () => {
    for (const hostName of [null, 'Word'] as const) {
      const { office } = mockOutlook({ host: hostName });
      expect((await initializeOutlookHost({ office, forcedColors: () => false })).host).toBe('notOutlook');
    }
  });

  it('describes an organiser appointment: compose mode, locale and requirement sets', async () => {
    const { office } = mockOutlook({ mode: 'compose', displayLanguage: 'nn-NO' });
    const host = await initializeOutlookHost({ office, forcedColors: () => false });
    if (host.host !== 'outlook') throw new Error('expected Outlook');
    expect(host.mode).toBe('compose');
    expect(host.itemType).toBe('appointment');
    expect(host.hostContext.locale).toBe('nn-NO');
    expect(host.requirements).toEqual({ compose: true, itemIdAndAttachments: true });
    expect(host.appointment).toBeInstanceOf(ComposeAppointment);
    expect(host.userEmail).toBe('sekretariat@siv.no');
  });

  it('describes an attendee invite in read mode', async () => {
    const { office } = mockOutlook({ mode: 'read', subject: 'Partnerskapsmøtet' });
    const host = await initializeOutlookHost({ office, forcedColors: () => false });
    if (host.host !== 'outlook') throw new Error('expected Outlook');
    expect(host.mode).toBe('read');
    expect(host.appointment).toBeInstanceOf(ReadAppointment);
    expect(host.appointment?.mode === 'read' && host.appointment.subject).toBe('Partnerskapsmøtet');
  });

  it('has no appointment when the item is an e-mail', async () => {
    const { office } = mockOutlook({ itemType: 'message' });
    const host = await initializeOutlookHost({ office, forcedColors: () => false });
    if (host.host !== 'outlook') throw new Error('expected Outlook');
    expect(host.itemType).toBe('message');
    expect(host.appointment).toBeUndefined();
  });

  it('reports a missing Mailbox 1.8 requirement set', async () => {
    const { office } = mockOutlook({ mailboxVersion: '1.5' });
    const host = await initializeOutlookHost({ office, forcedColors: () => false });
    if (host.host !== 'outlook') throw new Error('expected Outlook');
    expect(host.requirements).toEqual({ compose: true, itemIdAndAttachments: false });
  });

  it('times out, for the pane to word, when Office.onReady never answers', async () => {
    vi.useFakeTimers();
    const { office } = mockOutlook();
    const stuck: OfficeLike = { ...office, onReady: () => new Promise(() => undefined) };
    const pending = initializeOutlookHost({ office: stuck, timeoutMs: 5000, forcedColors: () => false });
    const assertion = expect(pending).rejects.toMatchObject({ code: 'timeout', message: 'Outlook timeout: Office.onReady after 5000 ms' });
    await vi.advanceTimersByTimeAsync(5000);
    await assertion;
    await expect(pending).rejects.toBeInstanceOf(OutlookHostError);
  });
});

describe('theme changes', () => {
  it('passes Outlook’s theme change to the pane and stops when unregistered', async () => {
    const fake = mockOutlook();
    const host = await initializeOutlookHost({ office: fake.office, forcedColors: () => false });
    const seen: string[] = [];
    const stop = host.hostContext.onThemeChange((theme) => seen.push(theme));
    fake.state.handlers.officeThemeChanged?.({ officeTheme: { bodyBackgroundColor: '#1f1f1f' } });
    stop();
    expect(seen).toEqual(['dark']);
    expect(fake.state.handlers.officeThemeChanged).toBeUndefined();
  });
});

describe('themeFromOffice', () => {
  it('maps Office themes to light, dark and contrast', () => {
    expect(themeFromOffice({ bodyBackgroundColor: '#ffffff' }, false)).toBe('default');
    expect(themeFromOffice({ bodyBackgroundColor: '#262626' }, false)).toBe('dark');
    expect(themeFromOffice({ isDarkTheme: true }, false)).toBe('dark');
    expect(themeFromOffice({ bodyBackgroundColor: '#ffffff' }, true)).toBe('contrast');
  });
});
