// MOTEBOK_SITE_ACCESS=selected: Møtebok with Sites.Selected against the local tenant, which imitates it
// (tenant/sharepoint/siteGrants.ts). Without a role on the committee's site the first read and the
// set-up say so (the role needed, how IT grants it) instead of a bare 403; with `write` the set-up says
// the role is too small; with `fullcontrol` the set-up, the permission check and a send with an exempt
// vedlegg work; another site stays out of reach, and no token ever carries a tenant-wide site scope.
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../domain/errors';
import type { Committee, Meeting, MeetingFile } from '../domain/model';
import type { TokenProvider } from '../auth/tokenProvider';
import { graphCall } from './graphCall';
import { createGraphServices, type GraphServices } from './graphServices';
import { SECRETARY, startHarness, type Harness, type TenantUserInfo } from './testing/localTenant';
import { bytes, fixture } from './testing/noticeWorld';

const GUEST = 'tobias.solli.iveland@sandefjord.kommune.example.no';

describe('Møtebok with Sites.Selected (local tenant)', () => {
  let harness: Harness;
  let kristin: TenantUserInfo;
  let services: GraphServices;
  const asked: string[] = [];
  let grantId: string | undefined;

  /** What IT does with an administrator's tool: POST (or PATCH) /sites/{id}/permissions with Sites.FullControl.All. */
  async function grant(role: 'write' | 'fullcontrol'): Promise<void> {
    const token = await harness.tokenFor(kristin).getToken(['Sites.FullControl.All']);
    const base = `${harness.tenant.info.graphBaseUrl}/sites/${encodeURIComponent(harness.tenant.info.siteId)}/permissions`;
    const body = grantId ? { roles: [role] } : { roles: [role], grantedToIdentities: [{ application: { id: harness.tenant.info.clientId, displayName: 'Møtebok' } }] };
    const response = await harness.fetch(grantId ? `${base}/${encodeURIComponent(grantId)}` : base, {
      method: grantId ? 'PATCH' : 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(grantId ? 200 : 201);
    grantId = ((await response.json()) as { id: string }).id;
  }

  /** What a user's own (tenant-wide, as before) token gets for a file: 200, or 404 when SharePoint hides it. */
  async function open(upn: string, itemId: string): Promise<number> {
    const token = await harness.tokenFor(harness.user(upn)).getToken(['Sites.ReadWrite.All']);
    const response = await harness.fetch(`${harness.tenant.info.graphBaseUrl}/sites/${encodeURIComponent(harness.tenant.info.siteId)}/drive/items/${itemId}`, { headers: { Authorization: `Bearer ${token}` } });
    await response.arrayBuffer();
    return response.status;
  }

  const refusal = async (call: () => Promise<unknown>) => {
    const error = await call().then(() => undefined, (failure: unknown) => failure);
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).reason;
  };

  beforeAll(async () => {
    harness = await startHarness();
    kristin = harness.user(SECRETARY);
    const signedIn = harness.tokenFor(kristin);
    const recording: TokenProvider = { getToken: (scopes, options) => (asked.push(...scopes), signedIn.getToken(scopes, options)) };
    const config = { graphBaseUrl: harness.tenant.info.graphBaseUrl, siteId: harness.tenant.info.siteId, sharedMailbox: undefined, siteAccess: 'selected' as const, clientId: harness.tenant.info.clientId };
    services = createGraphServices(config, recording, { fetch: harness.fetch });
  }, 60_000);
  afterAll(async () => harness?.close());

  it('says the app has not been given the site, the role it needs and how, where a bare 403 used to stand', async () => {
    const notGranted = { key: 'siteAccess.notGranted', values: { role: 'fullcontrol', appId: harness.tenant.info.clientId, siteId: harness.tenant.info.siteId } };
    expect(await refusal(() => services.repository.listCommittees())).toEqual(notGranted);
    expect(await refusal(() => services.repository.ensureProvisioned())).toEqual(notGranted);
  }, 60_000);

  it('says the role is too small when IT granted only write (creating lists and setting permissions need more)', async () => {
    await grant('write');
    expect(await refusal(() => services.repository.ensureProvisioned())).toEqual({ key: 'siteAccess.tooSmall', values: { role: 'fullcontrol', appId: harness.tenant.info.clientId, siteId: harness.tenant.info.siteId } });
  }, 60_000);

  it('sets the site up, checks it and sends an innkalling with an exempt vedlegg once the app has fullcontrol', async () => {
    await grant('fullcontrol');
    const variant = fixture('pm-2026-unntatt');
    const committee: Committee = { ...variant.committee, secretariat: [{ name: kristin.displayName, email: kristin.mail }], confidentiality: { substitutesMaySee: false, roles: [{ email: GUEST, role: 'guest' }] } };
    await services.repository.ensureProvisioned();
    await services.repository.saveCommittee(committee);
    expect((await services.sitePermissions.repair([committee])).checked).toBe(true);
    const base: Meeting = { ...variant.meeting, id: 'pm-sites-selected' };
    const items = [];
    for (const [index, item] of base.items.entries()) {
      const attachments = [];
      for (const attachment of item.attachments) {
        const ref = await services.repository.uploadDocument(committee, base, attachment.fileName, bytes(2_000, index));
        attachments.push({ ...attachment, ...ref, fileName: attachment.fileName, contentType: 'application/pdf' });
      }
      items.push({ ...item, attachments });
    }
    const draft = await services.repository.saveMeeting({ ...base, items });
    const sent = await services.sendNotice(committee, draft);
    expect(sent.value.notice?.eventId).toBeDefined();
    const file: MeetingFile = { committee, meeting: sent.value };
    const exempt = file.meeting.items.flatMap((item) => item.attachments).find((a) => a.exemption !== undefined);
    expect(exempt?.driveItemId).toBeDefined();
    // The send closed the exempt vedlegg: the guest may not open it, a member may.
    expect(await open('tobias.solli.iveland', exempt?.driveItemId ?? '')).toBe(404);
    expect(await open('andreas.aass-engstrom', exempt?.driveItemId ?? '')).toBe(200);
    // The meeting folder made by the upload gets its own permissions from «Rett tilgangene», and the check finds nothing after.
    expect((await services.sitePermissions.repair([committee])).findings).toEqual([]);
    expect(await services.sitePermissions.check([committee])).toEqual({ checked: true, findings: [] });
  }, 180_000);

  it('reaches no other site, and never asked for a tenant-wide site scope', async () => {
    const other = await graphCall(v.unknown(), () => services.repository.storageClient.api(`/sites/${encodeURIComponent('localhost:/sites/intranett:')}`).get()).then(
      () => 'reached',
      (error: unknown) => (error as { kind?: string }).kind,
    );
    expect(other).toBe('forbidden');
    const sharePoint = new URL(harness.tenant.info.graphBaseUrl).origin;
    expect(asked.filter((scope) => /Sites\.|AllSites\./.test(scope)).every((scope) => scope === 'Sites.Selected' || scope === `${sharePoint}/Sites.Selected`)).toBe(true);
    expect(asked).toContain(`${sharePoint}/Sites.Selected`);
  });
});
