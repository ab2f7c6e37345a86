import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import type { Attachment, Meeting } from '../domain/model';
import { attachmentFileName } from '../domain/attachments';
import { sendNotice } from './noticeSender';
import { CalendarGateway } from './calendarGateway';
import { calendarScopes } from '../auth/scopes';
import { SECRETARY, startHarness, type Harness } from './testing/localTenant';
import { bytes, fixture } from './testing/noticeWorld';

const LogSchema = v.object({ value: v.array(v.looseObject({ method: v.string(), path: v.string(), batch: v.optional(v.string()) })) });

/** HTTP requests on the wire, from the tenant's own log: Graph, and the storage's pre-authenticated download and upload addresses. */
async function wire(harness: Harness): Promise<string[]> {
  const log = v.parse(LogSchema, await harness.control('GET', '/_tenant/requests'));
  return log.value
    .filter((entry) => entry.batch === undefined && (entry.path.startsWith('/v1.0/') || /^\/_tenant\/(upload|download|attachment-upload)\//.test(entry.path)))
    .map((entry) => `${entry.method} ${decodeURIComponent(entry.path.split('?')[0] ?? '')}`);
}

describe('Sending the innkalling with two vedlegg makes the fewest requests Graph allows', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  }, 120_000);
  afterAll(async () => harness?.close());

  it('addresses the library by path, reads the vedlegg and their download addresses in one $batch, and looks up no ids', async () => {
    const { committee, meeting: base } = fixture('pm-2026');
    const secretary = harness.user(SECRETARY);
    const setup = harness.repositoryFor(secretary);
    await setup.ensureProvisioned();
    await setup.saveCommittee(committee);
    const meeting: Meeting = { ...base, items: base.items.map((item) => ({ ...item, attachments: [] })) };
    const [first, second] = meeting.items.filter((item) => item.caseNumber !== null);
    if (!first || !second) throw new Error('items missing');
    for (const [index, item] of [first, second].entries()) {
      const draft: Attachment = { id: `att-${index + 1}`, number: index + 1, title: `Vedlegg ${index + 1}`, fileName: `Vedlegg ${index + 1}.pdf` };
      const name = attachmentFileName(draft, item);
      const ref = await setup.uploadDocument(committee, meeting, name, bytes(30_000, index));
      item.attachments.push({ ...draft, ...ref, fileName: name, contentType: 'application/pdf' });
    }
    const draft = await setup.saveMeeting(meeting);

    // A new session, as the secretary opening the workspace to send: nothing cached.
    const repository = harness.repositoryFor(secretary);
    const calendar = new CalendarGateway(harness.clientsFor(secretary)(calendarScopes(undefined)));
    await harness.control('DELETE', '/_tenant/requests');
    await sendNotice({ repository, calendar }, committee, draft);
    const sent = await wire(harness);
    // The minimum: $batch (both vedlegg as stored now, with download address and sharing link) +
    // PUT innkalling by path + POST event + 2 downloads + $batch of the three small attachments
    // + PATCH attendees + record the notice = 8. Møtebok also lists the event's attachments once
    // (+1), so a retry never attaches a file twice.
    expect(sent).toHaveLength(8 + 1);
    expect(sent.filter((request) => /\/drive\/root:\/.+:\/content$/.test(request))).toHaveLength(1);
    expect(sent.filter((request) => request.startsWith('GET /_tenant/download/'))).toHaveLength(2);
    // Nothing only resolves an id: no drive, root, folder or list lookups.
    expect(sent.filter((request) => /\/drive$|\/root$|\/children$|\/lists$/.test(request))).toEqual([]);
  });
});
