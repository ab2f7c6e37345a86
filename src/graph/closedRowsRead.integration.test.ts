// Issue 11, a known limit: a save of the committee's settings that changes who is entitled read every meeting
// row of the committee (all pages, each with its MotebokJson) to find the meetings with closed exempt rows, so
// the read grew with the committee's history. The meeting rows now carry `ClosedRows` (indexed, the count of
// saker with a closed row), and the save asks for `CommitteeId eq … and ClosedRows gt 0` only
// (meetingWrites.ts `meetingsWithClosedRows`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Committee } from '../domain/model';
import type { RowAccessFailure, Versioned } from '../domain/ports';
import { createGraphServices, type GraphServices } from './graphServices';
import { seedBigSite } from './testing/bigSite';
import { contractProblems } from './testing/contract';
import { exemptRowWorld, type ExemptRowWorld } from './testing/exemptRowWorld';
import { startHarness, type Harness } from './testing/localTenant';
import { fixture } from './testing/noticeWorld';

describe('a committee settings save finds the meetings with closed rows in one indexed request, however long the history (local tenant)', () => {
  let harness: Harness;
  let rows: ExemptRowWorld;
  let app: GraphServices;
  let stored: Versioned<Committee>;
  const failures: RowAccessFailure[] = [];

  /** The Graph requests of one settings save that takes the member off or puts them back, and whether their row access followed. */
  const swapMember = async () => {
    const medlem = rows.people.medlem;
    const on = stored.value.members.some((member) => member.email === medlem.mail);
    const members = on
      ? stored.value.members.filter((member) => member.email !== medlem.mail)
      : [...stored.value.members, { name: medlem.displayName, email: medlem.mail }];
    const before = harness.records.length;
    stored = await app.repository.saveCommittee({ ...stored.value, members }, stored.version);
    const sent = harness.records.slice(before).map((record) => `${record.method} ${decodeURIComponent(new URL(record.url).pathname).replace(/^\/v1\.0\/sites\/[^/]+/, '')}`);
    const rowId = (await rows.world.repository.lists.query('MotebokAgendaItems', 'MeetingId', 'pm-lukket')).find((row) => row.fields['ItemId'] === '2026-04')?.id ?? '';
    return { sent, status: (await rows.openRow(medlem, rowId)).status };
  };

  beforeAll(async () => {
    harness = await startHarness();
    rows = await exemptRowWorld(harness);
    const site = { graphBaseUrl: harness.tenant.info.graphBaseUrl, siteId: harness.tenant.info.siteId, sharedMailbox: undefined };
    app = createGraphServices(site, harness.tokenFor(rows.world.secretary), {
      fetch: harness.fetch,
      onRequest: (record) => harness.records.push(record),
    });
    app.repository.onRowAccessFailed?.((failure) => failures.push(failure));
    const found = (await app.repository.listCommittees()).find((entry) => entry.value.id === rows.committee.id);
    if (!found) throw new Error('møteorganet mangler');
    stored = found;
    await app.repository.saveMeeting({ ...fixture('pm-2026-unntatt').meeting, id: 'pm-lukket', theme: 'Partnerskapsmøtet lukket' });
    await app.sitePermissions.repair([stored.value]);
    // The workspace asks this once per session at start-up (SetUpDueBar); the save then knows the site has ClosedRows.
    await app.repository.checkSetUp();
  }, 240_000);
  afterAll(async () => harness?.close());

  it('sends the same requests with 5 and with 450 other meetings (more than two pages of 200), and the member’s access follows each time', async () => {
    const model = { ...fixture('pm-2026').meeting, committeeId: rows.committee.id };
    seedBigSite(harness.tenant, model, 50, 'kort');
    const short = await swapMember();
    expect(short.status).toBe(404);
    seedBigSite(harness.tenant, model, 4450, 'lang');
    const long = await swapMember();
    expect(long.status).toBe(200);
    expect(failures).toEqual([]);
    // The committee row, the meeting rows with closed rows (one indexed query), the $batch of their item rows.
    const expected = [expect.stringMatching(/^PATCH \/lists\/MotebokCommittees\/items\/\d+\/fields$/), 'GET /lists/MotebokMeetings/items', 'POST /v1.0/$batch'];
    expect(short.sent).toEqual(expected);
    expect(long.sent).toEqual(expected);
  }, 180_000);

  it('asks SharePoint only what the OpenAPI description allows, with an indexed filter', () => {
    expect(contractProblems(harness.records)).toEqual([]);
    const query = harness.records.map((record) => decodeURIComponent(record.url)).find((url) => url.includes('ClosedRows gt 0'));
    expect(query).toContain("fields/CommitteeId eq 'partnerskapsmotet' and fields/ClosedRows gt 0");
  });
});
