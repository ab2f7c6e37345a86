import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { SCOPES } from '../auth/scopes';
import { referatFileName } from '../domain/attachments';
import type { Committee, Meeting } from '../domain/model';
import { graphCall } from './graphCall';
import { collectionOf } from './graphSchemas';
import { MailGateway } from './mailGateway';
import { createMinutesService, type MinutesService } from './minutesService';
import type { SharePointMeetingRepository } from './sharePointMeetingRepository';
import { contractProblems } from './testing/contract';
import { SECRETARY, startHarness, type Harness, type TenantUserInfo } from './testing/localTenant';
import { fixture } from './testing/noticeWorld';

const MessageSchema = v.looseObject({
  id: v.string(),
  subject: v.string(),
  body: v.looseObject({ content: v.string() }),
  toRecipients: v.array(v.looseObject({ emailAddress: v.looseObject({ address: v.string() }) })),
});
const AttachmentSchema = v.looseObject({ name: v.string(), size: v.number() });

describe('The referat after the meeting, against the local tenant', () => {
  let harness: Harness;
  let secretary: TenantUserInfo;
  let repository: SharePointMeetingRepository;
  let service: MinutesService;
  let committee: Committee;
  let held: Meeting;

  const inbox = async (user: TenantUserInfo) =>
    (await graphCall(collectionOf(MessageSchema), () => harness.clientsFor(user)(['Mail.Read']).api('/me/messages').top(100).get())).value;
  const attachmentsOf = async (user: TenantUserInfo, messageId: string) =>
    (await graphCall(collectionOf(AttachmentSchema), () => harness.clientsFor(user)(['Mail.Read']).api(`/me/messages/${messageId}/attachments`).get())).value;

  beforeAll(async () => {
    harness = await startHarness();
    secretary = harness.user(SECRETARY);
    repository = harness.repositoryFor(secretary);
    await repository.ensureProvisioned();
    const seed = fixture('pm-2025');
    committee = seed.committee;
    await repository.saveCommittee(committee);
    held = { ...seed.meeting, status: 'held' };
    service = createMinutesService({ repository, mail: () => new MailGateway(harness.clientsFor(secretary)(SCOPES.sendMail)) });
  }, 120_000);
  afterAll(async () => harness?.close());

  it('stores the referat in the meeting folder under its rule name, and making it again replaces it', async () => {
    const first = await service.store(committee, held);
    expect(first.minutes.fileName).toBe(referatFileName(committee, held));
    expect(first.minutes.webUrl).toMatch(/^https:\/\//);
    expect(await repository.downloadDocument(first.minutes)).toEqual(first.bytes);
    const again = await service.store(committee, held);
    expect(again.minutes.driveItemId).toBeDefined();
    expect(again.minutes.driveItemId).toBe(first.minutes.driveItemId);
  }, 60_000);

  it('mails the referat to every member and the chair with an address, attached and linked, in the committee’s bokmål', async () => {
    const stored = await service.store(committee, held);
    const meeting: Meeting = { ...held, minutes: stored.minutes };
    const sentTo = await service.send(committee, meeting);
    const expected = service.recipients(committee, meeting).to.map((p) => p.email?.toLowerCase());
    expect(sentTo.map((p) => p.email?.toLowerCase())).toEqual(expected);
    expect(expected.length).toBeGreaterThan(1);

    // Members of this tenant get it in their inbox; the others' addresses go out of the tenant.
    const internal = harness.users.filter((u) => u.userType === 'Member' && u.id !== secretary.id && expected.includes(u.mail.toLowerCase()));
    expect(internal.length).toBeGreaterThan(0);
    for (const user of internal) {
      const mails = (await inbox(user)).filter((m) => m.subject === 'Referat fra Partnerskapsmøtet 05.06.25 – til kommentar');
      expect(mails, user.userPrincipalName).toHaveLength(1);
      const mail = mails[0];
      if (!mail) continue;
      expect(mail.body.content).toContain('Send eventuelle kommentarer til referenten');
      expect(mail.body.content).toContain(`href="${stored.minutes.webUrl ?? ''}"`);
      expect(mail.toRecipients.map((r) => r.emailAddress.address.toLowerCase())).toEqual(expected);
      const attached = await attachmentsOf(user, mail.id);
      expect(attached.map((a) => [a.name, a.size])).toEqual([[stored.minutes.fileName, stored.bytes.byteLength]]);
    }
  }, 60_000);

  it('writes the mail in nynorsk for a nynorsk committee, whatever language the referent uses', async () => {
    const nynorsk: Committee = { ...committee, languageForm: 'nn' };
    const stored = await service.store(nynorsk, held);
    await service.send(nynorsk, { ...held, minutes: stored.minutes }, stored.bytes);
    const addresses = service.recipients(nynorsk, held).to.map((p) => p.email?.toLowerCase());
    const reader = harness.users.find((u) => u.userType === 'Member' && u.id !== secretary.id && addresses.includes(u.mail.toLowerCase()));
    if (!reader) throw new Error('ingen intern mottaker');
    const mail = (await inbox(reader)).find((m) => m.subject === 'Referat frå Partnerskapsmøtet 05.06.25 – til kommentar');
    expect(mail?.body.content).toContain('lang="nn-NO"');
    expect(mail?.body.content).toMatch(/Send eventuelle kommentarar til referenten, [^<]+ \([^<@]+@[^<)]+\), innan éi veke\./);
  }, 60_000);

  it('sends a referat too large for an inline attachment as a link only', async () => {
    const large = createMinutesService({
      repository,
      mail: () => new MailGateway(harness.clientsFor(secretary)(SCOPES.sendMail)),
      // A referat with many scanned pages: over the inline limit, so Graph would refuse it attached.
      renderReferatDocx: async () => new Uint8Array(3 * 1024 * 1024 + 1),
    });
    const stored = await large.store({ ...committee, name: 'Stort referat' }, held);
    await large.send({ ...committee, name: 'Stort referat' }, { ...held, minutes: stored.minutes });
    const sent = (await graphCall(collectionOf(MessageSchema), () => harness.clientsFor(secretary)(['Mail.Read']).api('/me/mailFolders/sentitems/messages').top(100).get())).value.find((m) =>
      m.subject.startsWith('Referat fra Stort referat'),
    );
    if (!sent) throw new Error('ikke sendt');
    expect(sent.body.content).toContain('Referatet ligger i møtemappen:');
    expect(sent.body.content).toContain(`href="${stored.minutes.webUrl ?? ''}"`);
    expect(await attachmentsOf(secretary, sent.id)).toEqual([]);
  }, 60_000);

  it('sent only request bodies that are valid against the Graph v1.0 OpenAPI description', () => {
    expect(harness.records.some((r) => r.url.endsWith('/me/sendMail'))).toBe(true);
    expect(contractProblems(harness.records)).toEqual([]);
  });
});
