import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Committee } from '../domain/model';
import { attachmentFileName, innkallingFileName } from '../domain/attachments';
import { AGENDA_BLOCK_START } from '../documents';
import { recipientReach } from '../domain/recipientReach';
import { sendNotice, sendUpdatedNotice } from './noticeSender';
import { startHarness, type Harness } from './testing/localTenant';
import { MB, noticeWorld, type NoticeWorld } from './testing/noticeWorld';

/**
 * The walk for a member from another organisation, in the local tenant: what leaves the tenant for
 * an address nobody invited as a guest (the outbound log: Exchange mails the invitation) when the
 * committee shares vedlegg by link, and what the send dialog's offer («legg ved vedleggene») changes.
 */
describe('An innkalling to a member with no account in the tenant', () => {
  let harness: Harness;
  let world: NoticeWorld;
  const outsider = { name: 'Ola Utenfor', email: 'ola.utenfor@brukerorg.example.no' };
  let committee: Committee;

  beforeAll(async () => {
    harness = await startHarness();
    world = await noticeWorld(harness);
    committee = { ...world.committee, attachmentMode: 'link', members: [...world.committee.members, outsider] };
  }, 120_000);
  afterAll(async () => harness?.close());

  it('gets a body that stands alone (agenda, time, place, Teams) and the innkalling, but the vedlegg only as organisation links', async () => {
    const id = 'pm-2026-09-10';
    const draft = await world.draftWithNineVedlegg(id, '2026-09-10', 4 * MB);
    const sent = await sendNotice(world.deps, committee, draft);
    const [mail, ...more] = await world.mailedTo(outsider.email, id);
    expect(more).toEqual([]);
    expect(mail?.kind).toBe('meetingRequest');
    expect(mail?.bodyHtml).toContain(AGENDA_BLOCK_START);
    expect(mail?.bodyHtml).toContain('2026.01');
    expect(mail?.bodyHtml).toContain('Våle samfunnshus');
    expect(mail?.bodyHtml).toContain(`href="${sent.value.onlineMeetingJoinUrl ?? ''}"`);
    // Only the innkalling comes as a file: every vedlegg is a link that needs an account in the tenant.
    expect(mail?.attachments.map((a) => a.name)).toEqual([innkallingFileName(committee, draft.value)]);
    // …and the body says what those links need and whom to ask.
    expect(mail?.bodyHtml).toContain('Lenkene til møtemappen krever innlogging med en konto hos organisasjonen som eier den (også som gjest).');
    expect(recipientReach(committee, draft.value, { noAccount: [outsider.email], notGranted: [] }).canAttachLinked).toBe(true);
  });

  it('gets every vedlegg as a file too when the secretary accepts the offer for this send, the committee’s setting unchanged', async () => {
    const id = 'pm-2026-09-24';
    const draft = await world.draftWithNineVedlegg(id, '2026-09-24', 4 * MB);
    await sendNotice(world.deps, committee, draft, undefined, { attachLinked: true });
    const [mail] = await world.mailedTo(outsider.email, id);
    const vedlegg = draft.value.items.flatMap((item) => item.attachments.map((a) => attachmentFileName(a, item)));
    expect(vedlegg).toHaveLength(9);
    expect(mail?.attachments.map((a) => a.name).sort()).toEqual([innkallingFileName(committee, draft.value), ...vedlegg].sort());
    // The body says what is true for this send: each vedlegg attached and linked.
    expect(mail?.bodyHtml).toContain('vedlagt og lenke');
    expect(committee.attachmentMode).toBe('link');
  });

  it('has the notice remember that the send attached the linked vedlegg, for as long as each update does', async () => {
    const id = 'pm-2026-10-08';
    const draft = await world.draftWithNineVedlegg(id, '2026-10-08', MB);
    const sent = await sendNotice(world.deps, committee, draft, undefined, { attachLinked: true });
    expect(sent.value.notice?.attachedLinked).toBe(true);
    const kept = await sendUpdatedNotice(world.deps, committee, sent, undefined, { attachLinked: true });
    expect(kept.value.notice?.version).toBe(2);
    expect(kept.value.notice?.attachedLinked).toBe(true);
    const dropped = await sendUpdatedNotice(world.deps, committee, kept);
    expect(dropped.value.notice?.version).toBe(3);
    expect(dropped.value.notice).not.toHaveProperty('attachedLinked');
    // A committee that attaches files anyway has nothing to remember.
    const other = await world.draftWithNineVedlegg('pm-2026-10-22', '2026-10-22', MB);
    const plain = await sendNotice(world.deps, { ...committee, attachmentMode: 'fileAndLink' }, other, undefined, { attachLinked: true });
    expect(plain.value.notice).not.toHaveProperty('attachedLinked');
  });
});
