import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OfflineError } from '../domain/ports';
import { fixture } from './testing/noticeWorld';
import { seededHarness, type Harness } from './testing/localTenant';
import type { SharePointMeetingRepository } from './sharePointMeetingRepository';

/**
 * A connection that stalls halfway through an answer (the local tenant's fault `swallow: 'body'`: status,
 * headers and half the body, then nothing): the read fails as offline once no byte has come for the time
 * limit (shortened here to 6 s, still above what a loaded CI machine takes to answer), as a request with no answer
 * at all does, and the next read succeeds. The meeting
 * is read in one `$batch` (meetingReads.integration.test.ts): it is that answer that stalls.
 */
describe('an answer that stops arriving halfway', () => {
  let harness: Harness;
  let secretary: SharePointMeetingRepository;
  const pm2026 = fixture('pm-2026');

  beforeAll(async () => {
    ({ harness, secretary } = await seededHarness(pm2026.committee, { timeLimit: { answerMs: 6_000, bytesPerSecond: 1e9 } }));
    await secretary.saveMeeting(pm2026.meeting);
  }, 60_000);
  afterAll(async () => harness?.close());

  it('fails the meeting read as offline after the limit without a byte, and reads it whole the next time', async () => {
    await harness.control('POST', '/_tenant/faults', { match: '^POST /v1\\.0/\\$batch$', swallow: 'body', count: 1 });
    const started = Date.now();
    await expect(secretary.getMeeting(pm2026.meeting.id)).rejects.toBeInstanceOf(OfflineError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(5_900);
    expect((await secretary.getMeeting(pm2026.meeting.id))?.value.items.map((item) => item.id)).toEqual(pm2026.meeting.items.map((item) => item.id));
  }, 30_000);
});
