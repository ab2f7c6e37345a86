import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMeetingFile } from '../domain/meetingFile';
import { ConflictError } from '../domain/ports';
import type { Meeting, MeetingFile } from '../domain/model';
import { seededHarness, type Harness } from './testing/localTenant';
import { KEEPALIVE_QUOTA_BYTES } from './middleware/fetchMiddleware';
import type { SharePointMeetingRepository } from './sharePointMeetingRepository';

function fixture(name: string): MeetingFile {
  return parseMeetingFile(JSON.parse(readFileSync(new URL(`../../fixtures/meetings/${name}.json`, import.meta.url), 'utf8')));
}

const withConclusion = (meeting: Meeting, itemId: string, conclusion: string[]): Meeting => ({
  ...meeting,
  items: meeting.items.map((item) => (item.id === itemId ? { ...item, conclusion } : item)),
});

// The referent's save as her side panel hides or closes (`SaveOptions.keepalive`): the same writes through the one
// Graph path, each request asking to outlive the page, with the same If-Match, against the local tenant.
describe('a save sent as the page goes (keepalive)', () => {
  let harness: Harness;
  let secretary: SharePointMeetingRepository;
  let referent: SharePointMeetingRepository;
  const pm2026 = fixture('pm-2026');

  beforeAll(async () => {
    ({ harness, secretary } = await seededHarness(pm2026.committee));
    referent = harness.repositoryFor(harness.user('hilde.kari.maugesten'));
    await secretary.saveMeeting(pm2026.meeting);
  });
  afterAll(async () => harness?.close());

  it('sends the konklusjon with keepalive, its body within the browser’s 64 KiB, and SharePoint holds it', async () => {
    const opened = await referent.getMeeting(pm2026.meeting.id);
    const item = opened?.value.items[0];
    if (!opened || !item) throw new Error('meeting missing');
    const before = harness.records.length;
    await referent.saveMeeting(withConclusion(opened.value, item.id, ['Saksliste og innkalling godkjent.']), opened.version, { keepalive: true });
    const sent = harness.records.slice(before);
    expect(sent.map((record) => [record.method, record.keepalive])).toEqual([['PATCH', true]]);
    expect(new TextEncoder().encode(JSON.stringify(sent[0]?.body)).byteLength).toBeLessThanOrEqual(KEEPALIVE_QUOTA_BYTES);
    const read = await secretary.getMeeting(pm2026.meeting.id);
    expect(read?.value.items[0]?.conclusion).toEqual(['Saksliste og innkalling godkjent.']);
  });

  it('sends an ordinary save without keepalive', async () => {
    const opened = await referent.getMeeting(pm2026.meeting.id);
    const item = opened?.value.items[1];
    if (!opened || !item) throw new Error('meeting missing');
    const before = harness.records.length;
    await referent.saveMeeting(withConclusion(opened.value, item.id, ['Tatt til orientering.']), opened.version);
    expect(harness.records.slice(before).map((record) => [record.method, record.keepalive])).toEqual([['PATCH', undefined]]);
  });

  it('keeps If-Match: the same save sent again after its keepalive landed is refused, and someone else’s change after it stands', async () => {
    const opened = await referent.getMeeting(pm2026.meeting.id);
    const item = opened?.value.items[2];
    if (!opened || !item) throw new Error('meeting missing');
    const hers = withConclusion(opened.value, item.id, ['Rådet slutter seg til forslaget.']);
    // The page hid: the save went with keepalive and landed; its answer never came back to her page.
    await referent.saveMeeting(hers, opened.version, { keepalive: true });
    // The secretary corrects the konklusjon afterwards.
    const bySecretary = await secretary.getMeeting(pm2026.meeting.id);
    if (!bySecretary) throw new Error('meeting missing');
    await secretary.saveMeeting(withConclusion(bySecretary.value, item.id, ['Rådet slutter seg til forslaget, med endringen i punkt 2.']), bySecretary.version);
    // Her page's normal retry of the same save, with the version it had: refused, nothing applied twice or overwritten.
    await expect(referent.saveMeeting(hers, opened.version)).rejects.toBeInstanceOf(ConflictError);
    const read = await secretary.getMeeting(pm2026.meeting.id);
    expect(read?.value.items[2]?.conclusion).toEqual(['Rådet slutter seg til forslaget, med endringen i punkt 2.']);
  });
});
