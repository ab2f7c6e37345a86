// The committee's settings row (MotebokCommittees) says who is the secretariat, the referents and the members, and
// who may see exempt saker: every later send, freeze and «Rett tilgangene» gives SharePoint permissions from it. A
// referent (Contribute on the meetings and saker, to record) who could write that row through Graph with their own
// token could make themselves the secretariat, or add anyone as a member (and so to the exempt saker), and the
// secretariat's next send or repair would grant it. Only the secretariat writes it; the referent keeps writing saker.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMeetingFile } from '../domain/meetingFile';
import type { Committee, MeetingFile } from '../domain/model';
import { createGraphServices, type GraphServices } from './graphServices';
import { createSharePointRest } from './sharePointRest';
import { SECRETARY, startHarness, type Harness, type TenantUserInfo } from './testing/localTenant';

const fixture = (name: string): MeetingFile => parseMeetingFile(JSON.parse(readFileSync(new URL(`../../fixtures/meetings/${name}.json`, import.meta.url), 'utf8')));
const REFERENT = 'hilde.kari.maugesten';
const MEMBER = 'andreas.aass-engstrom';
const CONTRIBUTE = 1073741827;

describe('the committee’s settings row, written straight through Graph with each person’s own token', () => {
  let harness: Harness;
  let secretariat: GraphServices;
  let committee: Committee;
  let meetingFile: MeetingFile;
  const base = (): string => harness.tenant.info.graphBaseUrl;
  const site = (): string => encodeURIComponent(harness.tenant.info.siteId);

  async function call(user: TenantUserInfo, method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    const token = await harness.tokenFor(user).getToken(['Sites.ReadWrite.All']);
    const response = await harness.fetch(`${base()}${path}`, { method, headers: { Authorization: `Bearer ${token}`, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    const text = await response.text();
    return { status: response.status, json: text ? (JSON.parse(text) as unknown) : undefined };
  }

  const servicesOf = (user: TenantUserInfo): GraphServices => {
    const config = { graphBaseUrl: base(), siteId: harness.tenant.info.siteId, sharedMailbox: undefined };
    return createGraphServices(config, harness.tokenFor(user), { fetch: harness.fetch });
  };

  /** The committee row as the secretariat reads it: its id and stored JSON. */
  async function committeeRow(): Promise<{ id: string; json: string }> {
    const filter = encodeURIComponent(`fields/CommitteeId eq '${committee.id}'`);
    const { json } = await call(harness.user(SECRETARY), 'GET', `/sites/${site()}/lists/MotebokCommittees/items?$filter=${filter}&$expand=fields`);
    const row = (json as { value: Array<{ id: string; fields: { MotebokJson: string } }> }).value[0];
    if (!row) throw new Error('møteorganet mangler');
    return { id: row.id, json: row.fields.MotebokJson };
  }

  /** The referent puts themselves in the secretariat and an outside address among the members, as a forged save would. */
  async function forge(user: TenantUserInfo): Promise<number> {
    const row = await committeeRow();
    const stored = JSON.parse(row.json) as { secretariat?: unknown[]; members: unknown[] };
    const forged = {
      ...stored,
      secretariat: [...(stored.secretariat ?? []), { name: user.displayName, email: user.mail }],
      members: [...stored.members, { name: 'Utenforstående', email: 'utenfor@example.org' }],
    };
    return (await call(user, 'PATCH', `/sites/${site()}/lists/MotebokCommittees/items/${row.id}/fields`, { MotebokJson: JSON.stringify(forged) })).status;
  }

  beforeAll(async () => {
    harness = await startHarness();
    meetingFile = fixture('pm-2026');
    const kristin = harness.user(SECRETARY);
    const hilde = harness.user(REFERENT);
    committee = {
      ...meetingFile.committee,
      secretariat: [{ name: kristin.displayName, email: kristin.mail }],
      referents: [{ name: hilde.displayName, email: hilde.mail }],
    };
    secretariat = servicesOf(kristin);
    await secretariat.repository.ensureProvisioned();
    await secretariat.repository.saveCommittee(committee);
    await secretariat.repository.saveMeeting(meetingFile.meeting);
    expect((await secretariat.sitePermissions.repair([committee])).findings).toEqual([]);
  }, 120_000);
  afterAll(async () => harness?.close());

  it('refuses the referent and a member (403) and leaves the settings as the secretariat saved them; the referent still writes a sak', async () => {
    const before = (await committeeRow()).json;
    expect(await forge(harness.user(REFERENT))).toBe(403);
    expect(await forge(harness.user(MEMBER))).toBe(403);
    expect((await committeeRow()).json).toBe(before);
    // Creating a committee row of one's own is refused too (it would name them secretariat of a new committee).
    expect((await call(harness.user(REFERENT), 'POST', `/sites/${site()}/lists/MotebokCommittees/items`, { fields: { Title: 'Eget organ', CommitteeId: 'eget' } })).status).toBe(403);
    // Reading the committee stays: the side panel and the workspace need it.
    expect((await call(harness.user(REFERENT), 'GET', `/sites/${site()}/lists/MotebokCommittees/items?$top=1`)).status).toBe(200);
    // Recording is unchanged: the referent writes a sak's row.
    const filter = encodeURIComponent(`fields/MeetingId eq '${meetingFile.meeting.id}'`);
    const items = (await call(harness.user(SECRETARY), 'GET', `/sites/${site()}/lists/MotebokAgendaItems/items?$filter=${filter}&$select=id`)).json as { value: Array<{ id: string }> };
    expect((await call(harness.user(REFERENT), 'PATCH', `/sites/${site()}/lists/MotebokAgendaItems/items/${items.value[0]?.id}/fields`, { Outcome: 'treated' })).status).toBe(200);
    // The app's own save by the referent is refused as a StorageError the settings panel words (`settingsRefused.forbidden`).
    const referent = servicesOf(harness.user(REFERENT)).repository;
    const seen = (await referent.listCommittees()).find((entry) => entry.value.id === committee.id);
    if (!seen) throw new Error('referenten ser ikke møteorganet');
    const forged = { ...seen.value, secretariat: [...(seen.value.secretariat ?? []), { name: 'Hilde', email: harness.user(REFERENT).mail }] };
    await expect(referent.saveCommittee(forged, seen.version)).rejects.toMatchObject({ kind: 'forbidden' });
    expect((await committeeRow()).json).toBe(before);
    // The secretariat still saves the settings.
    const stored = (await secretariat.repository.listCommittees()).find((entry) => entry.value.id === committee.id);
    if (!stored) throw new Error('møteorganet mangler');
    await secretariat.repository.saveCommittee({ ...stored.value, name: `${stored.value.name}` }, stored.version);
  }, 120_000);

  it('names a referent who can still write the settings (a site set up before) as too much, and «Rett tilgangene» takes it back', async () => {
    // As an earlier «Klargjør» left it: the referent with Contribute on the committees' list.
    const rest = createSharePointRest(async () => `${new URL(base()).origin}/sites/helsefellesskapet`, harness.tokenFor(harness.user(SECRETARY)), harness.fetch);
    const referent = harness.user(REFERENT);
    const ensured = (await rest.post('web/ensureuser', { logonName: referent.mail })) as { Id: number };
    await rest.post(`web/lists/getbytitle('MotebokCommittees')/roleassignments/removeroleassignment(principalid=${ensured.Id},roledefid=1073741826)`);
    await rest.post(`web/lists/getbytitle('MotebokCommittees')/roleassignments/addroleassignment(principalid=${ensured.Id},roledefid=${CONTRIBUTE})`);
    expect((await committeeRow()).id).not.toBe('');
    const report = await secretariat.sitePermissions.check([committee]);
    expect(report.findings).toEqual([{ target: { kind: 'list', name: 'MotebokCommittees' }, problem: 'tooMuch', who: referent.mail.toLowerCase() }]);
    await secretariat.sitePermissions.repair([committee]);
    expect(await forge(referent)).toBe(403);
    expect((await secretariat.sitePermissions.check([committee])).findings).toEqual([]);
  }, 120_000);
});
