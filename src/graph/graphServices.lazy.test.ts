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

// Likewise a sak's history (SharePoint's versions of its row), which the stage never opens.
const history = vi.hoisted(() => ({ loads: 0 }));
vi.mock('./historyGateway', async (importOriginal) => {
  history.loads += 1;
  return importOriginal();
});

// And the referat's use cases (make, send), which only «Etter møtet» and the written treatment use.
const minutes = vi.hoisted(() => ({ loads: 0 }));
vi.mock('./minutesService', async (importOriginal) => {
  minutes.loads += 1;
  return importOriginal();
});

const { createGraphServices, lazyMinutesService } = await import('./graphServices');

it('builds the Graph side without the calendar gateway, and loads it when an innkalling is sent', async () => {
  const refused = () => Promise.reject(new Error('ingen nettforbindelse i testen'));
  const services = createGraphServices({ graphBaseUrl: 'https://graph.example.test/v1.0', siteId: 'site', sharedMailbox: undefined }, { getToken: refused }, { fetch: refused });
  expect(calendar.loads).toBe(0);
  const { committee, meeting } = parseMeetingFile(JSON.parse(readFileSync('fixtures/meetings/pm-2026.json', 'utf8')));
  // The send itself fails here (no network); the calendar it would send through is loaded first.
  await services.sendNotice(committee, { value: meeting, version: '' }).catch(() => undefined);
  expect(calendar.loads).toBe(1);
});

it("builds the Graph side without a sak's history, and loads it when the history is first asked for", async () => {
  const refused = () => Promise.reject(new Error('ingen nettforbindelse i testen'));
  const services = createGraphServices({ graphBaseUrl: 'https://graph.example.test/v1.0', siteId: 'site', sharedMailbox: undefined }, { getToken: refused }, { fetch: refused });
  expect(history.loads).toBe(0);
  await services.repository.itemVersions('meeting-1', 'item-1').catch(() => undefined);
  expect(history.loads).toBe(1);
});

it("builds the Graph side without the referat's use cases: who gets it answered at once, the service loaded when one is made", async () => {
  const refused = () => Promise.reject(new Error('ingen nettforbindelse i testen'));
  const services = createGraphServices({ graphBaseUrl: 'https://graph.example.test/v1.0', siteId: 'site', sharedMailbox: undefined }, { getToken: refused }, { fetch: refused });
  const { committee, meeting } = parseMeetingFile(JSON.parse(readFileSync('fixtures/meetings/pm-2026.json', 'utf8')));
  expect(services.minutes.recipients(committee, meeting).to.length).toBeGreaterThan(0);
  expect(minutes.loads).toBe(0);
  // The store itself fails here (no network); the service it goes through is loaded first.
  await services.minutes.store(committee, meeting).catch(() => undefined);
  expect(minutes.loads).toBe(1);
});

it('loads the referat service once, and again on the next call after a failed load', async () => {
  const store = vi.fn(async () => ({ minutes: { fileName: 'Referat.docx', webUrl: '', driveItemId: 'x' }, bytes: new Uint8Array() }));
  const service = { store, recipients: () => ({ to: [], withoutAddress: [] }), send: async () => [] };
  const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(service);
  const lazy = lazyMinutesService(load);
  const { committee, meeting } = parseMeetingFile(JSON.parse(readFileSync('fixtures/meetings/pm-2026.json', 'utf8')));
  await expect(lazy.store(committee, meeting)).rejects.toThrow('offline');
  await lazy.store(committee, meeting);
  await lazy.send(committee, meeting);
  expect(load).toHaveBeenCalledTimes(2);
  expect(store).toHaveBeenCalledTimes(1);
});
