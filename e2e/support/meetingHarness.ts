// Harness for the meeting browser tests: the app harness (tenant, build, HTTPS, Chromium, Graph as
// any user) with the side panel and the stage, and the people of the meeting.
import type { BrowserContext } from 'playwright-core';
import type { MeetingFile } from '../../src/domain/model';
import { fixture, startAppHarness, type AppHarness } from './appHarness';

export { assertChromiumInstalled, CHROMIUM_PATH, fixture, signInPopups } from './appHarness';

export const PEOPLE = {
  referent: 'hilde.kari.maugesten@siv.example.no',
  chair: 'per.christian.voss@siv.example.no',
  participant: 'kristin.liset@siv.example.no',
} as const;

export interface MeetingHarness extends AppHarness {
  /** A fresh browser profile (own cookies and sessionStorage): one per person in the meeting. */
  newContext(): Promise<BrowserContext>;
}

export async function startMeetingHarness(): Promise<MeetingHarness> {
  const app = await startAppHarness('motebok-meeting-e2e-');
  return {
    ...app,
    newContext: () => app.browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1400, height: 900 }, locale: 'nb-NO' }),
  };
}

export function simulatorUrl(harness: MeetingHarness, options: { user: 'referent' | 'chair' | 'participant'; meeting?: string; theme?: string; locale?: string; panel?: 'open' | 'closed'; nestedAppAuth?: boolean }): string {
  const url = new URL('/_tenant/meeting/', harness.tenant.url);
  url.searchParams.set('app', harness.appUrl);
  url.searchParams.set('user', options.user);
  if (options.meeting) url.searchParams.set('meeting', options.meeting);
  if (options.theme) url.searchParams.set('theme', options.theme);
  if (options.locale) url.searchParams.set('locale', options.locale);
  if (options.panel) url.searchParams.set('panel', options.panel);
  if (options.nestedAppAuth) url.searchParams.set('naa', '1');
  return url.href;
}

/**
 * Stores the 2026 seed meeting as the secretariat leaves it after sending the innkalling: status
 * noticeSent, planned minutes per item (the stage shows time against them).
 */
export async function seedNoticeSentMeeting(harness: MeetingHarness): Promise<MeetingFile> {
  const file = fixture('pm-2026');
  const repository = harness.repositoryAs(PEOPLE.referent);
  await repository.ensureProvisioned();
  await repository.saveCommittee(file.committee);
  const meeting = { ...file.meeting, status: 'noticeSent' as const, items: file.meeting.items.map((item) => ({ ...item, plannedMinutes: item.plannedMinutes ?? 10 })) };
  await repository.saveMeeting(meeting);
  return { committee: file.committee, meeting };
}
