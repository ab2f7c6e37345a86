import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '@microsoft/microsoft-graph-client';
import { SCOPES } from '../../../src/auth/scopes';
import { meetingFields } from '../../../src/graph/listRows';
import { ListsGateway } from '../../../src/graph/listsGateway';
import { fixture } from '../../../src/graph/testing/noticeWorld';
import { seededHarness, type Harness } from '../../../src/graph/testing/localTenant';
import { SITE_ID } from '../../../tenant/seed';
import { meetingRowPath, readMeetingTitle } from './meetingRow';

describe("the floor page's one Graph request", () => {
  let harness: Harness;
  let storage: Client;
  const pm2026 = fixture('pm-2026');

  beforeAll(async () => {
    const seeded = await seededHarness(pm2026.committee);
    harness = seeded.harness;
    await seeded.secretary.saveMeeting(pm2026.meeting);
    storage = harness.clientsFor(harness.user('hilde.kari.maugesten'))(SCOPES.storage);
  }, 60_000);
  afterAll(async () => harness?.close());

  it("is the stage's meeting-row query by the indexed MeetingId, written without the gateway", () => {
    const gateway = new ListsGateway(storage, SITE_ID);
    expect(meetingRowPath(SITE_ID, pm2026.meeting.id)).toBe(gateway.queryUrl('MotebokMeetings', 'MeetingId', pm2026.meeting.id));
    expect(meetingRowPath(SITE_ID, "o'brien")).toBe(gateway.queryUrl('MotebokMeetings', 'MeetingId', "o'brien"));
  });

  it("reads the meeting's title as its row holds it, in one GET", async () => {
    harness.records.length = 0;
    expect(await readMeetingTitle(storage, SITE_ID, pm2026.meeting.id)).toBe(meetingFields(pm2026.meeting).Title);
    expect(harness.records.map((record) => `${record.method} ${record.status}`)).toEqual(['GET 200']);
    expect(decodeURIComponent(harness.records[0]?.url ?? '')).toContain(`fields/MeetingId eq '${pm2026.meeting.id}'`);
  });

  it('names the meeting when it has no row', async () => {
    await expect(readMeetingTitle(storage, SITE_ID, 'finnes-ikke')).rejects.toThrow(/finnes-ikke/);
  });
});
