import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { LOCAL_TENANT } from '../config/appConfig';
import { SCOPES } from '../auth/scopes';
import { graphCall } from './graphCall';
import { LATER_COLUMNS, LISTS } from './listDefinitions';
import { fixture } from './testing/noticeWorld';
import { contractProblems } from './testing/contract';
import { SECRETARY, startHarness, type Harness } from './testing/localTenant';
import { SharePointDecisionRegister } from './decisionRegister';
import { checkPermissions } from './sitePermissions';
import { createSharePointRest } from './sharePointRest';
import { createGraphServices } from './graphServices';

const LogSchema = v.object({ value: v.array(v.looseObject({ method: v.string(), path: v.string(), status: v.optional(v.number()) })) });

/** The lists as the first sites were set up: without the columns added since (LATER_COLUMNS). */
async function setUpOldSite(harness: Harness): Promise<void> {
  const client = harness.clientsFor(harness.user(SECRETARY))([...SCOPES.storage, ...SCOPES.provisioning]);
  for (const list of LISTS) {
    const later = LATER_COLUMNS[list.name] ?? [];
    const columns = list.columns.filter((column) => !later.includes(column.name ?? ''));
    await graphCall(v.looseObject({ id: v.string() }), () =>
      client.api(`/sites/${LOCAL_TENANT.siteId}/lists`).post({ displayName: list.name, description: list.description, columns, list: { template: 'genericList' } }),
    );
  }
}

describe('a site set up before the register and follow-up columns existed', () => {
  let harness: Harness;
  const { committee, meeting } = fixture('pm-2026');

  beforeAll(async () => {
    harness = await startHarness();
    await setUpOldSite(harness);
  }, 120_000);
  afterAll(async () => harness?.close());

  /** Requests the tenant refused with 400 while `act` ran. */
  async function refused(act: () => Promise<unknown>): Promise<number> {
    await harness.control('DELETE', '/_tenant/requests');
    await act();
    const log = v.parse(LogSchema, await harness.control('GET', '/_tenant/requests'));
    return log.value.filter((entry) => entry.status === 400).length;
  }

  it('saves a meeting and a referent’s konklusjon with what the site has columns for, learning the missing columns once per session', async () => {
    const secretary = harness.repositoryFor(harness.user(SECRETARY));
    const told: number[] = [];
    secretary.onSetUpDue(() => told.push(told.length));
    await secretary.saveCommittee(committee);
    let stored!: Awaited<ReturnType<typeof secretary.saveMeeting>>;
    // The meeting's row (its ClosedRows) and each new sak's row are refused once (one $batch), each list's
    // columns read once, the rows written again once: not a refusal per missing column.
    expect(await refused(async () => (stored = await secretary.saveMeeting(meeting)))).toBe(meeting.items.length + 1);
    // Told once per list that lacks columns (the meeting row is written before the saker's rows).
    expect(told).toEqual([0, 1]);
    expect(secretary.lists.missingColumns().sort()).toEqual(Object.entries(LATER_COLUMNS).flatMap(([list, columns]) => columns.map((column) => `${list}.${column}`)).sort());
    expect((await secretary.getMeeting(meeting.id))?.value).toEqual(stored.value);

    // Known now: the next save sends nothing the site refuses, and says nothing new.
    const toldBefore = told.length;
    const changed = { ...stored.value, items: stored.value.items.map((item, index) => (index === 0 ? { ...item, conclusion: ['Endret av sekretariatet.'] } : item)) };
    expect(await refused(async () => (stored = await secretary.saveMeeting(changed, stored.version)))).toBe(0);
    expect(told.length).toBe(toldBefore);

    // The referent (another session, nothing learnt yet) never loses the save; she is not the one told.
    const referent = harness.repositoryFor(harness.user(SECRETARY));
    const read = await referent.getMeeting(meeting.id);
    if (!read) throw new Error('møtet mangler');
    const recorded = { ...read.value, items: read.value.items.map((item, index) => (index === 1 ? { ...item, conclusion: ['Referenten skrev dette.'] } : item)) };
    await referent.saveMeeting(recorded, read.version);
    expect((await secretary.getMeeting(meeting.id))?.value.items[1]?.conclusion).toEqual(['Referenten skrev dette.']);
  }, 60_000);

  it('a secretariat opening the workspace learns it at start-up with one request, before any save is refused', async () => {
    // A new session: nothing learnt from saves yet.
    const secretary = harness.repositoryFor(harness.user(SECRETARY));
    const told: string[][] = [];
    secretary.lists.onMissingColumns((columns) => told.push([...columns]));
    await harness.control('DELETE', '/_tenant/requests');
    await secretary.checkSetUp();
    const graph = v.parse(LogSchema, await harness.control('GET', '/_tenant/requests')).value.filter((entry) => entry.path.startsWith('/v1.0/'));
    // On the wire: one $batch (the column names of the two lists with later columns).
    expect(graph.filter((entry) => entry['batch'] === undefined).map((entry) => entry.path)).toEqual(['/v1.0/$batch']);
    const laterColumns = Object.entries(LATER_COLUMNS).flatMap(([list, columns]) => columns.map((column) => `${list}.${column}`)).sort();
    expect(told.map((columns) => [...columns].sort())).toEqual([laterColumns]);
    expect(secretary.lists.missingColumns().sort()).toEqual(laterColumns);

    // Asked once per session: a second check sends nothing and tells nothing new.
    expect(await refused(() => secretary.checkSetUp())).toBe(0);
    const again = v.parse(LogSchema, await harness.control('GET', '/_tenant/requests')).value.filter((entry) => entry.path.startsWith('/v1.0/'));
    expect(again).toEqual([]);
    expect(told.length).toBe(1);

    // The first save of the session leaves the missing columns out from the start: nothing refused.
    const read = await secretary.getMeeting(meeting.id);
    if (!read) throw new Error('møtet mangler');
    expect(await refused(() => secretary.saveMeeting({ ...read.value, place: 'Larvik' }, read.version))).toBe(0);
    expect(told.length).toBe(1);
  }, 60_000);

  it('the permission check answers for a member too while the lists inherit the site’s permissions, so the workspace also asks who is signed in', async () => {
    // The workspace asks `checkSetUp` once the permission check it runs anyway has answered
    // (`checked`), and only for the secretariat (SetUpDueBar matches GET /me to the committees):
    // on this site the check alone would not keep a member out.
    const restFor = (upn: string) => createSharePointRest(async () => `${new URL(harness.tenant.info.graphBaseUrl).origin}/sites/helsefellesskapet`, harness.tokenFor(harness.user(upn)), harness.fetch);
    const deps = { graph: harness.repositoryFor(harness.user(SECRETARY)).storageClient, siteId: harness.tenant.info.siteId };
    // Its question for meeting rows still holding an exempt sak's parts names columns this site lacks: SharePoint answers
    // 400 for `PartsInRow`, then for `ClosedRows` asked instead, and the check names nothing for it (set-up is due, and moves them).
    await harness.control('DELETE', '/_tenant/requests');
    const secretariat = await checkPermissions({ ...deps, rest: restFor(SECRETARY) }, [committee]);
    expect(secretariat.checked).toBe(true);
    expect(secretariat.findings.filter((finding) => finding.problem === 'exemptPartsInMeetingRow')).toEqual([]);
    const asked = v.parse(LogSchema, await harness.control('GET', '/_tenant/requests')).value.filter((entry) => /PartsInRow|ClosedRows/.test(entry.path));
    expect(asked.map((entry) => [decodeURIComponent(entry.path).match(/(\w+) gt 0/)?.[1], entry.status])).toEqual([['PartsInRow', 400], ['ClosedRows', 400]]);
    const member = await checkPermissions({ ...deps, rest: restFor('andreas.aass-engstrom') }, [committee]);
    expect(member.checked).toBe(true);
    expect(member.findings.some((finding) => finding.problem === 'inherits')).toBe(true);
  }, 60_000);

  it('a settings save that changes who is entitled still finds the closed rows by reading the committee’s meeting rows, as before ClosedRows', async () => {
    const rest: string[] = [];
    const site = { graphBaseUrl: harness.tenant.info.graphBaseUrl, siteId: harness.tenant.info.siteId, sharedMailbox: undefined };
    const app = createGraphServices(site, harness.tokenFor(harness.user(SECRETARY)), {
      fetch: (input, init) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        if (url.includes('/_api/')) rest.push(`${(init?.method ?? 'GET').toUpperCase()} ${decodeURIComponent(url)}`);
        return harness.fetch(input, init);
      },
      onRequest: (record) => harness.records.push(record),
    });
    const listed = (await app.repository.listCommittees()).find((entry) => entry.value.id === committee.id);
    if (!listed) throw new Error('møteorganet mangler');
    // The secretariat keeps Full Control on the rows it closes (a committee without one would lock its saver out).
    const secretary = harness.user(SECRETARY);
    const found = await app.repository.saveCommittee(
      { ...listed.value, secretariat: [{ name: secretary.displayName, email: secretary.mail }] },
      listed.version,
    );
    const failed: unknown[] = [];
    app.repository.onRowAccessFailed?.((failure) => failed.push(failure));
    await app.repository.saveMeeting({ ...fixture('pm-2026-unntatt').meeting, id: 'pm-gammel-lukket' });
    expect(failed).toEqual([]);
    const member = 'christian.reissig@siv.example.no';
    const rowOf = async () => (await app.repository.lists.query('MotebokAgendaItems', 'MeetingId', 'pm-gammel-lukket')).find((row) => row.fields['ItemId'] === '2026-04')?.id ?? '';
    const rowId = await rowOf();
    const readers = async () => JSON.stringify(await createSharePointRest(async () => `${new URL(harness.tenant.info.graphBaseUrl).origin}/sites/helsefellesskapet`, harness.tokenFor(harness.user(SECRETARY)), harness.fetch).get(`web/lists/getbytitle('MotebokAgendaItems')/items(${rowId})/roleassignments?$expand=Member,RoleDefinitionBindings`, v.unknown()));
    expect(await readers()).toContain(member);
    const before = harness.records.length;
    const withoutMember = { ...found.value, members: found.value.members.filter((entry) => entry.email !== member) };
    expect(await refused(() => app.repository.saveCommittee(withoutMember, found.version))).toBe(0);
    expect(harness.records.slice(before).some((record) => decodeURIComponent(record.url).includes('ClosedRows'))).toBe(false);
    expect(rest.some((request) => request.includes('removeroleassignment'))).toBe(true);
    expect(await readers()).not.toContain(member);
  }, 120_000);

  it('after «Klargjør SharePoint-området» has the columns, writes them and finds the saker in the register', async () => {
    const secretary = harness.repositoryFor(harness.user(SECRETARY));
    const told: number[] = [];
    secretary.onSetUpDue(() => told.push(1));
    const report = await secretary.provision();
    // Provisioning fills ClosedRows in on the meeting rows written before it existed: the meeting with closed rows is found by it.
    expect((await secretary.lists.query('MotebokMeetings', 'CommitteeId', committee.id, 'fields/ClosedRows gt 0')).map((row) => row.fields['MeetingId'])).toEqual(['pm-gammel-lukket']);
    expect(report.createdColumns).toEqual(expect.arrayContaining(['MotebokAgendaItems.FollowUpCount', 'MotebokAgendaItems.FollowUpTasks', 'MotebokMeetings.TeamsMeetingId']));
    const read = await secretary.getMeeting(meeting.id);
    if (!read) throw new Error('møtet mangler');
    expect(await refused(() => secretary.saveMeeting({ ...read.value, place: 'Tønsberg' }, read.version))).toBe(0);
    expect(told).toEqual([]);
    // The start-up check of a session on the set-up site finds nothing to say.
    const next = harness.repositoryFor(harness.user(SECRETARY));
    next.onSetUpDue(() => told.push(1));
    await next.checkSetUp();
    expect(told).toEqual([]);
    expect(next.lists.missingColumns()).toEqual([]);
    const register = new SharePointDecisionRegister(secretary.storageClient, secretary.lists);
    const page = await register.search({ text: 'Referenten skrev dette' }).nextPage();
    expect(page.hits.map((hit) => hit.meetingId)).toEqual([meeting.id]);
    expect(contractProblems(harness.records)).toEqual([]);
  }, 60_000);
});
