// Tester's report (Styret i Sykehuset Nordfjell HF, made in the settings, «Rett tilgangene» never run): the
// committee as the settings stored it had no secretariat, `referents: []` and no standing referent, and one
// member typed by address who is in no directory. Marking a sak exempt then stripped the site Owners group
// from the row and left it readable by the site's visitors, with nobody but a site collection admin able to
// change it; the send stopped on a 404 from `ensureuser`. Reproduced here with the same committee, as the
// secretary Hilde (a site owner) with her own token (AllSites.FullControl asked, as the app does).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Committee, Meeting } from '../domain/model';
import type { RowAccessFailure } from '../domain/ports';
import type { FetchLike } from './middleware/fetchMiddleware';
import { createGraphServices, type GraphServices } from './graphServices';
import { createSharePointRest } from './sharePointRest';
import { protectExempt } from './exemptFilePermissions';
import { EXPAND_ASSIGNMENTS, RoleAssignmentsSchema } from './sharePointRoles';
import { startHarness, type Harness, type TenantUserInfo } from './testing/localTenant';
import { fixture, noticeWorld } from './testing/noticeWorld';

const EXEMPT = { exempt: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1', publicTitle: 'Personalsak' } };

describe('a committee with nobody in its secretariat: marking a sak exempt as a site owner (local tenant, the lists still inheriting)', () => {
  let harness: Harness;
  let hilde: TenantUserInfo;
  let app: GraphServices;
  const calls: string[] = [];
  const failures: RowAccessFailure[] = [];
  let committee: Committee;
  let meeting: Meeting;
  let rowId = 0;
  const site = () => `${new URL(harness.tenant.info.graphBaseUrl).origin}/sites/helsefellesskapet`;
  const logging: FetchLike = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const response = await harness.fetch(input, init);
    if (url.includes('/_api/')) calls.push(`${response.status} ${(init?.method ?? 'GET').toUpperCase()} ${decodeURIComponent(new URL(url).pathname).replace(/^.*\/_api\//, '')}`);
    return response;
  };

  beforeAll(async () => {
    harness = await startHarness();
    const world = await noticeWorld(harness);
    hilde = harness.user('hilde.kari.maugesten');
    app = createGraphServices({ graphBaseUrl: harness.tenant.info.graphBaseUrl, siteId: harness.tenant.info.siteId, sharedMailbox: undefined }, harness.tokenFor(hilde), { fetch: logging });
    app.repository.onRowAccessFailed?.((failure) => failures.push(failure));
    // As the tester's settings stored it (MotebokCommittees version 12:01): no secretariat, no referents.
    const { secretariat: _s, defaultMinuteTaker: _m, ...rest } = world.committee;
    committee = {
      ...rest,
      defaultMinuteTaker: undefined,
      referents: [],
      id: 'styret-nordfjell',
      name: 'Styret i Sykehuset Nordfjell HF',
      shortName: 'SN',
      members: [...world.committee.members, { name: 'Åse Ødegård-Bjørnstad', email: 'ase.odegard@nordfjell-kommune.example.no' }],
    } as Committee;
    await app.repository.saveCommittee(committee);
    const base = fixture('pm-2026').meeting;
    const saved = await app.repository.saveMeeting({ ...base, id: 'sn-2026-12-17', committeeId: committee.id, theme: 'Styremøte', items: base.items.map((item) => ({ ...item, attachments: [] })) });
    meeting = saved.value;
    calls.length = 0;
    const marked = { ...meeting, items: meeting.items.map((item) => (item.id === '2026-04' ? { ...item, confidentiality: EXEMPT } : item)) };
    meeting = (await app.repository.saveMeeting(marked, saved.version)).value;
    const rows = await world.repository.lists.query('MotebokAgendaItems', 'MeetingId', meeting.id);
    rowId = Number(rows.find((row) => row.fields['ItemId'] === '2026-04')?.id);
  }, 240_000);
  afterAll(async () => {
    await harness?.close();
  });

  const hildeRest = () => createSharePointRest(async () => site(), harness.tokenFor(hilde), logging);

  it('symptom 1: the save breaks the row, removes the Owners group first and is refused the next removal (403), not breakroleinheritance', () => {
    const row = `web/lists/getbytitle('MotebokAgendaItems')/items(${rowId})`;
    expect(calls).toContain(`200 POST ${row}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`);
    expect(calls).toContain(`200 POST ${row}/roleassignments/removeroleassignment(principalid=3,roledefid=1073741829)`);
    expect(calls.at(-1)).toMatch(/^403 POST .*removeroleassignment\(principalid=4,/);
    expect(failures.map((failure) => String(failure.error))).toEqual([expect.stringContaining('403')]);
  });

  it('leaves the exempt row readable by the site’s visitors and editable by its members, with the secretary reading only', async () => {
    const kristinRest = createSharePointRest(async () => site(), harness.tokenFor(harness.user('kristin.liset')), harness.fetch);
    // Kristin, the other site owner, cannot even read who has access: Owners no longer reach the row.
    await expect(kristinRest.get(`web/lists/getbytitle('MotebokAgendaItems')/items(${rowId})/roleassignments?$expand=${EXPAND_ASSIGNMENTS}`, RoleAssignmentsSchema())).rejects.toThrow(/403/);
    // A visitor of the site (no member of the committee) reads the exempt sak's row through Graph.
    const visitor = harness.users.find((user) => user.id === 'b2c3d4e5-0099-4b00-8000-00000000b099');
    if (!visitor) throw new Error('besøkende mangler');
    const token = await harness.tokenFor(visitor).getToken(['Sites.ReadWrite.All']);
    const read = await harness.fetch(`${harness.tenant.info.graphBaseUrl}/sites/${encodeURIComponent(harness.tenant.info.siteId)}/lists/MotebokAgendaItems/items/${rowId}?$expand=fields`, { headers: { Authorization: `Bearer ${token}` } });
    expect(read.status).toBe(200);
  });

  it('symptom 3: unticking the sak cannot reset the row: resetroleinheritance is 403 for the site owner', async () => {
    calls.length = 0;
    failures.length = 0;
    await expect(hildeRest().post(`web/lists/getbytitle('MotebokAgendaItems')/items(${rowId})/resetroleinheritance`)).rejects.toThrow(/403/);
  });

  it('symptom 4: the start-up check reads the row’s assignments, gets 403 and reports checked: false (the warning goes)', async () => {
    calls.length = 0;
    const report = await app.sitePermissions.check([committee]);
    expect(report).toEqual({ checked: false, findings: [] });
    expect(calls.filter((call) => call.startsWith('403'))).not.toEqual([]);
  });

  it('symptom 2: the send’s protectExempt stops on ensureuser 404 for the member outside the directory', async () => {
    calls.length = 0;
    const error = await protectExempt({ rest: hildeRest(), graph: app.repository.storageClient, siteId: harness.tenant.info.siteId }, { committee, meeting }).then(() => undefined, (e: unknown) => e);
    expect(String(error)).toMatch(/404 på POST web\/ensureuser/);
    expect(calls.filter((call) => !call.startsWith('2'))).toEqual(['404 POST web/ensureuser']);
  });
});
