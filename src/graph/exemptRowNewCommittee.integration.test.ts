// Tester's report (Styret i Sykehuset Nordfjell HF, made in the settings, «Rett tilgangene» never run): the
// committee as the settings stored it had no secretariat, `referents: []` and no standing referent, and one
// member typed by address who is in no directory. Marking a sak exempt broke the row's inheritance and gave
// it `exemptRowAccess` with nobody managing: the Owners group was removed first (the caller's only Full
// Control), the next removal was refused (403), and the row was left readable by the site's visitors where
// no site owner could reset it (403) and the start-up check was refused (checked: false). The row's access
// now refuses a row nobody could manage (meetingFreeze.ts `applyRowAccess`). The send still stops on the 404
// from `ensureuser` for the member outside the directory, but says so (exemptFilePermissions.ts `permissionWriter`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../domain/errors';
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
    const config = { graphBaseUrl: harness.tenant.info.graphBaseUrl, siteId: harness.tenant.info.siteId, sharedMailbox: undefined };
    app = createGraphServices(config, harness.tokenFor(hilde), { fetch: logging });
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

  it('symptom 1: the save refuses to give the row permissions nobody could manage, before touching it, and says why', () => {
    const row = `web/lists/getbytitle('MotebokAgendaItems')/items(${rowId})`;
    // Before the fix: breakroleinheritance 200, removeroleassignment of the Owners group 200, then 403 on the next removal.
    expect(calls.filter((call) => call.includes(row) && call.includes('POST'))).toEqual([]);
    expect(failures).toHaveLength(1);
    expect(failures[0]?.error).toBeInstanceOf(DomainError);
    expect((failures[0]?.error as DomainError | undefined)?.reason).toEqual({ key: 'exempt.noManager', values: { committee: 'Styret i Sykehuset Nordfjell HF' } });
  });

  it('symptom 3: the row still inherits, so the other site owner still manages it', async () => {
    const kristinRest = createSharePointRest(async () => site(), harness.tokenFor(harness.user('kristin.liset')), harness.fetch);
    const assignments = await kristinRest.get(`web/lists/getbytitle('MotebokAgendaItems')/items(${rowId})/roleassignments?$expand=${EXPAND_ASSIGNMENTS}`, RoleAssignmentsSchema());
    expect(assignments.value.map((assignment) => assignment.Member.Title)).toContain('Helsefellesskapet i Vestfold Owners');
  });

  it('symptom 4: the start-up check can read it and names the open row (the warning and «Rett tilgangene» stay)', async () => {
    const report = await app.sitePermissions.check([committee]);
    expect(report.checked).toBe(true);
    expect(report.findings.map((finding) => finding.problem)).toContain('exemptRowOpen');
  });

  it('symptom 2: the send’s protectExempt stops on ensureuser 404 for the member outside the directory, naming the address', async () => {
    calls.length = 0;
    const deps = { rest: hildeRest(), graph: app.repository.storageClient, siteId: harness.tenant.info.siteId };
    const error = await protectExempt(deps, { committee, meeting }).then(() => undefined, (e: unknown) => e);
    // Before: a StorageError «SharePoint svarte 404 på POST web/ensureuser», worded «Fant ikke det du ba om».
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).reason).toEqual({ key: 'exempt.unknownUser', values: { email: 'ase.odegard@nordfjell-kommune.example.no' } });
    expect(calls.filter((call) => !call.startsWith('2'))).toEqual(['404 POST web/ensureuser']);
  });
});
