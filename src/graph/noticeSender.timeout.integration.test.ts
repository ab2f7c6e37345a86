import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OfflineError } from '../domain/ports';
import { noticeTransactionId, sendNotice } from './noticeSender';
import { startHarness, type Harness } from './testing/localTenant';
import { MB, noticeWorld, type NoticeWorld } from './testing/noticeWorld';

/**
 * Exactly once when Graph never answers: the local tenant swallows a request after carrying it out
 * (`swallow: 'answer'`), the app's time limit (shortened here to 8 s: long enough for a request that is answered on
 * a loaded CI machine, which 2 s once was not) gives up on it as offline, and
 * sending again with what the caller had leaves one event with each file once and one invitation each —
 * the timed-out POST or PATCH is never repeated blindly (noticeSender.faults covers a dropped answer).
 */
const scenarios = [
  { name: 'creating the event', match: '^POST /v1\\.0/me/events$' },
  { name: 'a chunk of the large attachment', match: '^PUT /_tenant/attachment-upload/' },
  { name: 'setting the attendees', match: '^PATCH /v1\\.0/me/events/' },
];

describe('Sending the innkalling when Graph never answers', () => {
  let harness: Harness;
  let world: NoticeWorld;

  beforeAll(async () => {
    harness = await startHarness({ timeLimit: { answerMs: 8_000, bytesPerSecond: 1e9 } });
    world = await noticeWorld(harness, 4 * 327_680);
  }, 120_000);
  afterAll(async () => harness?.close());

  scenarios.forEach((scenario, index) => {
    it(`gives up as offline when the answer to ${scenario.name} never comes, and a second send leaves one event and no duplicate`, async () => {
      const id = `timeout-${index + 1}`;
      const draft = await world.draftWithNineVedlegg(id, `2026-06-${String(10 + index).padStart(2, '0')}`, 3.5 * MB);
      await harness.control('POST', '/_tenant/faults', { match: scenario.match, swallow: 'answer', count: 1 });

      await expect(sendNotice(world.deps, world.committee, draft)).rejects.toBeInstanceOf(OfflineError);
      const sent = await sendNotice(world.deps, world.committee, draft);
      expect(sent.value.status).toBe('noticeSent');

      const events = await world.organizerEvents(noticeTransactionId(id));
      expect(events).toHaveLength(1);
      const expected = world.expectedAttachmentNames(draft.value);
      expect((await world.attachmentsOf(world.secretary, events[0]?.id ?? '')).map((a) => a.name).sort()).toEqual(expected);
      for (const attendee of world.internalAttendees(draft.value)) {
        const copies = await world.calendarCopies(attendee, `Partnerskapsmøtet ${id} `);
        expect(copies, attendee.userPrincipalName).toHaveLength(1);
      }
    }, 120_000);
  });
});
