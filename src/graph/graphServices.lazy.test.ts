import { expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseMeetingFile } from '../domain/meetingFile';

// Counts the times the calendar gateway (invites, attachments) is loaded: every page evaluates the
// Graph side at start, and only sending an innkalling needs the calendar (issue 14: start-up JavaScript).
const calendar = vi.hoisted(() => ({ loads: 0 }));
vi.mock('./calendarGateway', async (importOriginal) => {
  calendar.loads += 1;
  return importOriginal();
});

const { createGraphServices } = await import('./graphServices');

it('builds the Graph side without the calendar gateway, and loads it when an innkalling is sent', async () => {
  const refused = () => Promise.reject(new Error('ingen nettforbindelse i testen'));
  const services = createGraphServices({ graphBaseUrl: 'https://graph.example.test/v1.0', siteId: 'site', sharedMailbox: undefined }, { getToken: refused }, { fetch: refused });
  expect(calendar.loads).toBe(0);
  const { committee, meeting } = parseMeetingFile(JSON.parse(readFileSync('fixtures/meetings/pm-2026.json', 'utf8')));
  // The send itself fails here (no network); the calendar it would send through is loaded first.
  await services.sendNotice(committee, { value: meeting, version: '' }).catch(() => undefined);
  expect(calendar.loads).toBe(1);
});
