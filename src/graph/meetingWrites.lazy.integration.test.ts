import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { SIMPLE_DRIVE_UPLOAD_MAX_BYTES } from '../domain/limits';
import { OfflineError } from '../domain/ports';
import { fixture } from './testing/noticeWorld';
import { SECRETARY, seededHarness, type Harness } from './testing/localTenant';

// Counts the times the repository's writing half (meetingWrites.ts, listWrites.ts) and the upload session's chunk are loaded: a page
// that only reads (the stage) must never fetch them (issue 14: start-up JavaScript); the first save,
// and the first upload too big for one request, do, once.
const writes = { loads: 0 };
const uploads = { loads: 0 };
const listWrites = { loads: 0 };

let harness: Harness;
const pm2026 = fixture('pm-2026');

beforeAll(async () => {
  const seeded = await seededHarness(pm2026.committee);
  harness = seeded.harness;
  await seeded.secretary.saveMeeting(pm2026.meeting);
  // A page of its own: a fresh module graph, as a browser tab starts with, in which each load is counted.
  vi.resetModules();
  vi.doMock('./meetingWrites', async (importOriginal) => {
    writes.loads += 1;
    return importOriginal();
  });
  vi.doMock('./listWrites', async (importOriginal) => {
    listWrites.loads += 1;
    return importOriginal();
  });
  vi.doMock('./uploadSession', async (importOriginal) => {
    uploads.loads += 1;
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
  expect(listWrites.loads).toBe(0);

  const saved = await repository.saveMeeting({ ...read.value, place: 'Møterom 2' }, read.version);
  await repository.saveMeeting({ ...saved.value, place: 'Møterom 3' }, saved.version);
  expect(writes.loads).toBe(1);
  expect(listWrites.loads).toBe(1);
  expect((await repository.getMeeting(pm2026.meeting.id))?.value.place).toBe('Møterom 3');
});

it("uploads a file in one request without loading the upload session's chunk (the Graph client's LargeFileUploadTask); a file over 4 MB loads it once", async () => {
  const { SharePointMeetingRepository } = await import('./sharePointMeetingRepository');
  const repository = new SharePointMeetingRepository({
    clients: harness.clientsFor(harness.user(SECRETARY)),
    siteId: harness.tenant.info.siteId,
    chunkBytes: 327_680,
  });
  await repository.uploadDocument(pm2026.committee, pm2026.meeting, 'Liten.pdf', new Uint8Array(1_000));
  expect(uploads.loads).toBe(0);
  const big = await repository.uploadDocument(pm2026.committee, pm2026.meeting, 'Stor.pdf', new Uint8Array(SIMPLE_DRIVE_UPLOAD_MAX_BYTES + 1));
  expect(big.size).toBe(SIMPLE_DRIVE_UPLOAD_MAX_BYTES + 1);
  expect(uploads.loads).toBe(1);
}, 60_000);

it('a save whose writing half cannot be fetched (the network is away) fails as offline, and the next save fetches it', async () => {
  vi.resetModules();
  let reachable = false;
  vi.doMock('./meetingWrites', async (importOriginal) => {
    if (!reachable) throw new Error('Loading chunk repository-writes failed.');
    return importOriginal();
  });
  const { SharePointMeetingRepository } = await import('./sharePointMeetingRepository');
  const repository = new SharePointMeetingRepository({ clients: harness.clientsFor(harness.user(SECRETARY)), siteId: harness.tenant.info.siteId });
  const read = await repository.getMeeting(pm2026.meeting.id);
  if (!read) throw new Error('meeting missing');
  // OfflineError of this fresh module graph (its own domain/ports), so by name.
  await expect(repository.saveMeeting({ ...read.value, place: 'Møterom 4' }, read.version)).rejects.toMatchObject({ name: new OfflineError('').name });
  reachable = true;
  vi.resetModules();
  const again = await import('./sharePointMeetingRepository');
  const online = new again.SharePointMeetingRepository({ clients: harness.clientsFor(harness.user(SECRETARY)), siteId: harness.tenant.info.siteId });
  expect((await online.saveMeeting({ ...read.value, place: 'Møterom 4' }, read.version)).value.place).toBe('Møterom 4');
});
