import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { innkallingFileName } from '../domain/attachments';
import { docxParagraphs } from '../documents/testing/docxText';
import { noticeTransactionId, sendNotice, sendUpdatedNotice } from './noticeSender';
import { contractProblems } from './testing/contract';
import { startHarness, type ClientFault, type Harness } from './testing/localTenant';
import { MB, noticeWorld, type NoticeWorld } from './testing/noticeWorld';

/**
 * Exactly once: a failure at any step of sending, then a retry with what the caller had, leaves
 * one event, each file attached once, and each attendee with one invitation.
 * Server faults (/_tenant/faults) fail a request before the server acts; client faults either
 * never send it or lose the answer after the server acted — the case that creates duplicates in
 * naive code.
 */
type Scenario = { name: string; server?: { match: string; status: 500 }; client?: ClientFault };

const on = (method: string, pattern: RegExp) => (m: string, url: string) => m === method && pattern.test(url);
// The first $batch of a send creates the sharing links, the second adds the small attachments.
const BATCH = /\/v1\.0\/\$batch$/;

const scenarios: Scenario[] = [
  { name: 'storing the innkalling .docx fails', server: { match: 'PUT /v1\\.0/sites/.*/drive/root:/.*/content', status: 500 } },
  { name: 'creating the sharing links fails', server: { match: 'POST /v1\\.0/\\$batch', status: 500 } },
  { name: 'creating the event fails', server: { match: 'POST /v1\\.0/me/events$', status: 500 } },
  { name: 'the answer to creating the event is lost', client: { match: on('POST', /\/v1\.0\/me\/events$/), nth: 1, mode: 'lostResponse' } },
  // The innkalling and the 8 small vedlegg go in one $batch, chained with dependsOn.
  { name: 'the first small attachment in the batch fails (the rest are not run)', server: { match: 'POST /v1\\.0/me/events/[^/]+/attachments$', status: 500 } },
  { name: 'the batch of small attachments is never sent', client: { match: on('POST', BATCH), nth: 2, mode: 'before' } },
  { name: 'the answer to the batch of small attachments is lost', client: { match: on('POST', BATCH), nth: 2, mode: 'lostResponse' } },
  { name: 'opening the attachment upload session fails', server: { match: 'POST /v1\\.0/me/events/.*/attachments/.*createUploadSession', status: 500 } },
  { name: 'a chunk of the large attachment fails', server: { match: 'PUT /_tenant/attachment-upload/', status: 500 } },
  { name: 'the answer to the last chunk of the large attachment is lost', client: { match: on('PUT', /\/_tenant\/attachment-upload\//), nth: 3, mode: 'lostResponse' } },
  { name: 'setting the attendees fails', server: { match: 'PATCH /v1\\.0/me/events/', status: 500 } },
  { name: 'the answer to setting the attendees is lost', client: { match: on('PATCH', /\/v1\.0\/me\/events\//), nth: 1, mode: 'lostResponse' } },
  { name: 'the answer to recording the notice is lost', client: { match: on('PATCH', /\/v1\.0\/sites\/.*\/items\//), nth: 1, mode: 'lostResponse' } },
];

describe('Sending the innkalling is resumable and exactly once', () => {
  let harness: Harness;
  let world: NoticeWorld;

  beforeAll(async () => {
    harness = await startHarness();
    world = await noticeWorld(harness, 4 * 327_680);
  }, 120_000);
  afterAll(async () => harness?.close());

  scenarios.forEach((scenario, index) => {
    it(`leaves one event and no duplicate attachment when ${scenario.name}, then retried`, async () => {
      const id = `fault-${index + 1}`;
      const subject = `Partnerskapsmøtet ${id} `;
      // 3.5 MB: over the 3 MB inline limit, so the upload session is exercised (3 chunks of 1.25 MB).
      const draft = await world.draftWithNineVedlegg(id, `2026-03-${String(10 + index).padStart(2, '0')}`, 3.5 * MB);
      if (scenario.server) await harness.control('POST', '/_tenant/faults', { ...scenario.server, count: 1 });
      if (scenario.client) harness.failOnce(scenario.client);

      await expect(sendNotice(world.deps, world.committee, draft)).rejects.toThrow();
      await harness.control('DELETE', '/_tenant/faults');
      // Retry with what the caller had before the failure.
      const sent = await sendNotice(world.deps, world.committee, draft);
      expect(sent.value.status).toBe('noticeSent');

      const events = await world.organizerEvents(noticeTransactionId(id));
      expect(events).toHaveLength(1);
      const eventId = events[0]?.id ?? '';
      expect(sent.value.notice?.eventId).toBe(eventId);
      const expected = world.expectedAttachmentNames(draft.value);
      expect((await world.attachmentsOf(world.secretary, eventId)).map((a) => a.name).sort()).toEqual(expected);
      for (const attendee of world.internalAttendees(draft.value)) {
        const copies = await world.calendarCopies(attendee, subject);
        expect(copies, attendee.userPrincipalName).toHaveLength(1);
        expect((await world.attachmentsOf(attendee, copies[0]?.id ?? '')).map((a) => a.name).sort()).toEqual(expected);
      }
    }, 120_000);
  });

  // "Send oppdatert innkalling" after the meeting moved: the innkalling on the event is replaced.
  const updateScenarios: Scenario[] = [
    { name: 'taking the old innkalling off the event fails', server: { match: 'DELETE /v1\\.0/me/events/[^/]+/attachments/', status: 500 } },
    { name: 'attaching the new innkalling fails', server: { match: 'POST /v1\\.0/me/events/[^/]+/attachments$', status: 500 } },
    { name: 'the answer to attaching the new innkalling is lost', client: { match: on('POST', /\/v1\.0\/me\/events\/[^/]+\/attachments$/), nth: 1, mode: 'lostResponse' } },
    { name: 'the answer to the update of the event is lost', client: { match: on('PATCH', /\/v1\.0\/me\/events\//), nth: 1, mode: 'lostResponse' } },
    { name: 'the answer to recording the updated notice is lost', client: { match: on('PATCH', /\/v1\.0\/sites\/.*\/items\//), nth: 1, mode: 'lostResponse' } },
  ];

  updateScenarios.forEach((scenario, index) => {
    it(`an update carries exactly one innkalling, the current one, when ${scenario.name}, then retried`, async () => {
      const id = `update-fault-${index + 1}`;
      const draft = await world.draftWithNineVedlegg(id, `2026-04-${String(10 + index).padStart(2, '0')}`, 20_000);
      const sent = await sendNotice(world.deps, world.committee, draft);
      const moved = await world.repository.saveMeeting({ ...sent.value, place: 'Quality Hotel Tønsberg' }, sent.version);
      if (scenario.server) await harness.control('POST', '/_tenant/faults', { ...scenario.server, count: 1 });
      if (scenario.client) harness.failOnce(scenario.client);

      await expect(sendUpdatedNotice(world.deps, world.committee, moved)).rejects.toThrow();
      await harness.control('DELETE', '/_tenant/faults');
      const updated = await sendUpdatedNotice(world.deps, world.committee, moved);
      expect(updated.value.notice?.version).toBe(2);

      const eventId = updated.value.notice?.eventId ?? '';
      const names = (await world.attachmentsOf(world.secretary, eventId)).map((a) => a.name).sort();
      expect(names).toEqual(world.expectedAttachmentNames(moved.value));
      for (const attendee of world.internalAttendees(moved.value)) {
        const [copy] = await world.calendarCopies(attendee, `Partnerskapsmøtet ${id} `);
        const innkalling = await docxParagraphs(await world.attachmentBytes(attendee, copy?.id ?? '', innkallingFileName(world.committee, moved.value)));
        expect(innkalling.join('\n'), attendee.userPrincipalName).toContain('Quality Hotel Tønsberg');
      }
    }, 120_000);
  });

  it('sent only request bodies that are valid against the Graph v1.0 OpenAPI description', () => {
    expect(harness.records.length).toBeGreaterThan(0);
    expect(contractProblems(harness.records)).toEqual([]);
  });
});
