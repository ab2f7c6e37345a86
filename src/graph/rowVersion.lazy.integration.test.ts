import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConflictError } from '../domain/ports';
import { fixture } from './testing/noticeWorld';
import { seededHarness, type Harness } from './testing/localTenant';
import type { SharePointMeetingRepository } from './sharePointMeetingRepository';

// Counts the rows' field hashes (the version's `h`, an exempt row's access key) a read computes.
const hashes = vi.hoisted(() => ({ count: 0 }));
vi.mock('./rowVersion', async (importOriginal) => {
  const original = await importOriginal<typeof import('./rowVersion')>();
  return {
    ...original,
    hashFields: (fields: Record<string, unknown>) => {
      hashes.count++;
      return original.hashFields(fields);
    },
  };
});

describe("a meeting read hashes its rows only when its version is asked for (issue 14: a read-only surface's way to ready)", () => {
  let harness: Harness;
  let secretary: SharePointMeetingRepository;
  let member: SharePointMeetingRepository;
  const pm2026 = fixture('pm-2026');

  beforeAll(async () => {
    ({ harness, secretary } = await seededHarness(pm2026.committee));
    member = harness.repositoryFor(harness.user('hilde.kari.maugesten'));
    await secretary.saveMeeting(pm2026.meeting);
  }, 60_000);
  afterAll(async () => harness?.close());

  it('opening the meeting (the stage) computes no row hash; the version, asked for later, is the one the save gave, made once', async () => {
    const savedVersion = (await secretary.getMeeting(pm2026.meeting.id))?.version;
    hashes.count = 0;
    const found = await member.getMeetingWithCommittee({ motebokMeetingId: pm2026.meeting.id, committeeId: pm2026.committee.id });
    expect(found?.meeting.value).toEqual(pm2026.meeting);
    expect(hashes.count).toBe(0);
    expect(found?.meeting.version).toBe(savedVersion);
    const counted = hashes.count;
    expect(counted).toBeGreaterThan(0);
    expect(found?.meeting.version).toBe(savedVersion);
    expect(hashes.count).toBe(counted);
  });

  it('an edit is still checked against the rows as read, though their hashes are made after another writer saved', async () => {
    const opened = await member.getMeeting(pm2026.meeting.id);
    if (!opened) throw new Error('meeting missing');
    const itemId = opened.value.items[0]?.id ?? '';
    const edit = (value: typeof opened.value, text: string) => ({
      ...value,
      items: value.items.map((item) => (item.id === itemId ? { ...item, conclusion: [text] } : item)),
    });
    const other = await secretary.getMeeting(pm2026.meeting.id);
    if (!other) throw new Error('meeting missing');
    await secretary.saveMeeting(edit(other.value, 'Sekretærens tekst'), other.version);
    // The first reader's version is first asked for now, after the secretary's save: it must still be its read's.
    await expect(member.saveMeeting(edit(opened.value, 'Referentens tekst'), opened.version)).rejects.toBeInstanceOf(ConflictError);
    expect((await member.getMeeting(pm2026.meeting.id))?.value.items[0]?.conclusion).toEqual(['Sekretærens tekst']);
  });
});
