import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { fixture } from './testing/noticeWorld';
import { SECRETARY, startHarness, type Harness } from './testing/localTenant';

// Counts the times the repository's writing half is loaded: a page that only reads (the stage) must
// never fetch it (issue 14: start-up JavaScript); the first save does, once.
const writes = { loads: 0 };

let harness: Harness;
const pm2026 = fixture('pm-2026');

beforeAll(async () => {
  harness = await startHarness();
  const secretary = harness.repositoryFor(harness.user(SECRETARY));
  await secretary.ensureProvisioned();
  await secretary.saveCommittee(pm2026.committee);
  await secretary.saveMeeting(pm2026.meeting);
  // A page of its own: a fresh module graph, as a browser tab starts with, in which each load is counted.
  vi.resetModules();
  vi.doMock('./meetingWrites', async (importOriginal) => {
    writes.loads += 1;
    return importOriginal();
  });
}, 60_000);
afterAll(async () => harness?.close());

it("opens, follows and checks a meeting without loading the repository's writing half; the first save loads it once", async () => {
  const { SharePointMeetingRepository } = await import('./sharePointMeetingRepository');
  const repository = new SharePointMeetingRepository({ clients: harness.clientsFor(harness.user('hilde.kari.maugesten')), siteId: harness.tenant.info.siteId });
  const found = await repository.getMeetingWithCommittee({ motebokMeetingId: pm2026.meeting.id, committeeId: pm2026.committee.id });
  expect(found?.meeting.value.id).toBe(pm2026.meeting.id);
  const read = await repository.getMeeting(pm2026.meeting.id);
  if (!read) throw new Error('meeting missing');
  expect(await repository.getMeetingIfChanged(pm2026.meeting.id, read.version, read.value)).toBe('unchanged');
  expect(writes.loads).toBe(0);

  const saved = await repository.saveMeeting({ ...read.value, place: 'Møterom 2' }, read.version);
  await repository.saveMeeting({ ...saved.value, place: 'Møterom 3' }, saved.version);
  expect(writes.loads).toBe(1);
  expect((await repository.getMeeting(pm2026.meeting.id))?.value.place).toBe('Møterom 3');
});
