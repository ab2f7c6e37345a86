// Issue 13 §1: after «Klargjør SharePoint-området», who may read and who may write each Møtebok list,
// the meeting folder and a file in it — each kind of user with their own token, straight against
// Graph (the app's UI plays no part). The matrix is printed and asserted.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingFolderPath } from '../domain/attachments';
import { parseMeetingFile } from '../domain/meetingFile';
import { reopenApprovedMinutes } from '../domain/minutesApproval';
import { StorageError } from '../domain/ports';
import type { Committee, MeetingFile } from '../domain/model';
import { createGraphServices, type GraphServices } from './graphServices';
import { LISTS } from './listDefinitions';
import { checkPermissions } from './sitePermissions';
import { createSharePointRest } from './sharePointRest';
import { SECRETARY, startHarness, type Harness, type TenantUserInfo } from './testing/localTenant';

function fixture(name: string): MeetingFile {
  return parseMeetingFile(JSON.parse(readFileSync(new URL(`../../fixtures/meetings/${name}.json`, import.meta.url), 'utf8')));
}

const KINDS = {
  guest: 'tobias.solli.iveland', // committee member from a municipality (guest account)
  member: 'andreas.aass-engstrom', // committee member employed by the hospital
  observer: 'observator', // follows the site as a visitor, not a committee member
  employee: 'annen.ansatt', // hospital employee and site member (Edit), no role in the committee
  referent: 'hilde.kari.maugesten',
  secretariat: SECRETARY,
} as const;
type Kind = keyof typeof KINDS;
const TARGETS = [...LISTS.map((l) => l.name), 'møtemappe', 'fil'] as const;
type Target = (typeof TARGETS)[number];
type Cell = 'skriv' | 'les' | '–';

const EXPECTED: Record<Kind, Cell> = { guest: 'les', member: 'les', observer: '–', employee: '–', referent: 'skriv', secretariat: 'skriv' };
/** The committees' settings rows only the secretariat writes (`committeeAccess.ts` `settingsAccess`): the referent reads them. */
const expectedOn = (kind: Kind, target: Target): Cell => (target === 'MotebokCommittees' && kind === 'referent' ? 'les' : EXPECTED[kind]);

describe('permissions on the committee’s SharePoint site, per kind of user', () => {
  let harness: Harness;
  let secretariat: GraphServices;
  let committee: Committee;
  let folder: string;
  const base = (): string => harness.tenant.info.graphBaseUrl;
  const site = (): string => encodeURIComponent(harness.tenant.info.siteId);

  async function call(user: TenantUserInfo, method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<number> {
    const token = await harness.tokenFor(user).getToken(['Sites.ReadWrite.All']);
    const response = await harness.fetch(`${base()}${path}`, { method, headers: { Authorization: `Bearer ${token}`, ...(body !== undefined ? { 'Content-Type': contentType } : {}) }, ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}), redirect: 'manual' });
    await response.arrayBuffer();
    return response.status;
  }

  /** What the user can do with the target: write (and so read), only read, or nothing. */
  async function probe(kind: Kind, target: Target): Promise<Cell> {
    const user = harness.user(KINDS[kind]);
    const drive = `/sites/${site()}/drive`;
    const path = (p: string) => `${drive}/root:/${p.split('/').map(encodeURIComponent).join('/')}:`;
    let read: number;
    let write: number;
    if (target === 'møtemappe') {
      read = await call(user, 'GET', `${path(folder)}/children`);
      write = await call(user, 'PUT', `${path(`${folder}/probe-${kind}.txt`)}/content`, 'x', 'text/plain');
    } else if (target === 'fil') {
      read = await call(user, 'GET', `${path(`${folder}/Saksframlegg.txt`)}/content`);
      write = await call(user, 'PUT', `${path(`${folder}/Saksframlegg.txt`)}/content`, `endret av ${kind}`, 'text/plain');
    } else {
      const lists = `/sites/${site()}/lists/${target}`;
      read = await call(user, 'GET', `${lists}/items?$top=1`);
      // A row no kind of user may read or write without the list's permissions: a fresh one.
      write = await call(user, 'POST', `${lists}/items`, { fields: { Title: `probe ${kind}` } });
    }
    expect([200, 302, 404]).toContain(read);
    expect([200, 201, 403, 404]).toContain(write);
    return write === 200 || write === 201 ? 'skriv' : read === 200 || read === 302 ? 'les' : '–';
  }

  beforeAll(async () => {
    harness = await startHarness();
    const file = fixture('pm-2026');
    const kristin = harness.user(SECRETARY);
    const hilde = harness.user(KINDS.referent);
    committee = {
      ...file.committee,
      secretariat: [{ name: kristin.displayName, email: kristin.mail }],
      referents: [{ name: hilde.displayName, email: hilde.mail }],
    };
    secretariat = createGraphServices(
      { graphBaseUrl: base(), siteId: harness.tenant.info.siteId, sharedMailbox: undefined },
      harness.tokenFor(kristin),
      { fetch: harness.fetch },
    );
    await secretariat.repository.ensureProvisioned();
    await secretariat.repository.saveCommittee(committee);
    await secretariat.repository.saveMeeting(file.meeting);
    folder = meetingFolderPath(committee, file.meeting);
    expect(await call(kristin, 'PUT', `/sites/${site()}/drive/root:/${folder.split('/').map(encodeURIComponent).join('/')}/Saksframlegg.txt:/content`, 'saksframlegg', 'text/plain')).toBe(201);
  }, 120_000);
  afterAll(async () => harness?.close());

  it('before «Klargjør»: the site’s own permissions let every employee write and the check says what is wrong', async () => {
    expect(await probe('employee', 'MotebokAgendaItems')).toBe('skriv');
    expect(await probe('observer', 'fil')).toBe('les');
    const report = await secretariat.sitePermissions.check([committee]);
    expect(report.checked).toBe(true);
    expect(report.findings.map((f) => f.problem).sort()).toEqual(['inherits', 'inherits', 'inherits', 'inherits', 'inherits', 'versioningOff', 'versioningOff', 'versioningOff']);
    expect(report.findings).toContainEqual({ target: { kind: 'list', name: 'MotebokAgendaItems' }, problem: 'inherits' });
  });

  it('after «Klargjør»: the secretariat and the referent write (the referent not the committees’ settings), members read, observers and other employees get nothing', async () => {
    const report = await secretariat.sitePermissions.repair([committee]);
    expect(report.findings).toEqual([]);
    const matrix: Record<string, Record<string, Cell>> = {};
    for (const kind of Object.keys(KINDS) as Kind[]) {
      matrix[kind] = {};
      for (const target of TARGETS) matrix[kind][target] = await probe(kind, target);
    }
    console.log('Tilgang etter «Klargjør SharePoint-området» (skriv ⊃ les):');
    console.table(matrix);
    for (const kind of Object.keys(KINDS) as Kind[]) {
      expect(matrix[kind], kind).toEqual(Object.fromEntries(TARGETS.map((t) => [t, expectedOn(kind, t)])));
    }
  }, 120_000);

  it('finds drift on the next start, names it and repairs it', async () => {
    // A site owner gives another employee Edit on the agenda items list in SharePoint's own UI.
    const rest = createSharePointRest(async () => `${new URL(base()).origin}/sites/helsefellesskapet`, harness.tokenFor(harness.user(SECRETARY)), harness.fetch);
    const employee = harness.user(KINDS.employee);
    const ensured = (await rest.post('web/ensureuser', { logonName: employee.mail })) as { Id: number };
    await rest.post(`web/lists/getbytitle('MotebokAgendaItems')/roleassignments/addroleassignment(principalid=${ensured.Id},roledefid=1073741830)`);
    expect(await probe('employee', 'MotebokAgendaItems')).toBe('skriv');
    const deps = { rest, graph: secretariat.repository.storageClient, siteId: harness.tenant.info.siteId };
    const drift = await checkPermissions(deps, [committee]);
    expect(drift.findings).toEqual([{ target: { kind: 'list', name: 'MotebokAgendaItems' }, problem: 'extra', who: 'annen.ansatt@siv.example.no' }]);
    // Someone who may not read permissions cannot check: nothing to report, nothing claimed.
    const memberRest = createSharePointRest(async () => `${new URL(base()).origin}/sites/helsefellesskapet`, harness.tokenFor(harness.user(KINDS.member)), harness.fetch);
    expect(await checkPermissions({ ...deps, rest: memberRest }, [committee])).toEqual({ checked: false, findings: [] });
    await secretariat.sitePermissions.repair([committee]);
    expect(await probe('employee', 'MotebokAgendaItems')).toBe('–');
  }, 120_000);

  it('refuses to repair for someone outside every secretariat, who would lock themselves out', async () => {
    const referent = createGraphServices(
      { graphBaseUrl: base(), siteId: harness.tenant.info.siteId, sharedMailbox: undefined },
      harness.tokenFor(harness.user(KINDS.referent)),
      { fetch: harness.fetch },
    );
    // A refusal as data, worded by the screens in the user's language (`repair.notInSecretariat`).
    await expect(referent.sitePermissions.repair([committee])).rejects.toMatchObject({ code: 'notInSecretariat', reason: { key: 'repair.notInSecretariat' } });
    expect(await probe('referent', 'MotebokMeetings')).toBe('skriv');
  });

  describe('the freeze after the referat is approved, enforced by SharePoint', () => {
    const rows = async (list: string): Promise<string[]> => {
      const token = await harness.tokenFor(harness.user(SECRETARY)).getToken(['Sites.ReadWrite.All']);
      const filter = encodeURIComponent(`fields/MeetingId eq '${fixture('pm-2026').meeting.id}'`);
      const response = await harness.fetch(`${base()}/sites/${site()}/lists/${list}/items?$filter=${filter}&$select=id`, { headers: { Authorization: `Bearer ${token}` } });
      return ((await response.json()) as { value: Array<{ id: string }> }).value.map((row) => row.id);
    };
    /** A konklusjon written straight through Graph with the user's own token, as a referent with Contribute could. */
    const writeConclusion = async (kind: Kind, rowId: string): Promise<number> => call(harness.user(KINDS[kind]), 'PATCH', `/sites/${site()}/lists/MotebokAgendaItems/items/${rowId}/fields`, { Outcome: 'treated' });
    const readRow = async (kind: Kind, rowId: string): Promise<number> => call(harness.user(KINDS[kind]), 'GET', `/sites/${site()}/lists/MotebokAgendaItems/items/${rowId}`);
    let itemRows: string[];
    let meetingRow: string;

    beforeAll(async () => {
      itemRows = await rows('MotebokAgendaItems');
      meetingRow = (await rows('MotebokMeetings'))[0] ?? '';
      expect(itemRows.length).toBeGreaterThan(5);
      expect(await writeConclusion('referent', itemRows[0] ?? '')).toBe(200);
      const stored = await secretariat.repository.getMeeting(fixture('pm-2026').meeting.id);
      if (!stored) throw new Error('møtet mangler');
      await secretariat.repository.saveMeeting({ ...stored.value, status: 'minutesApproved', minutesApprovedAt: '2026-06-11T11:40:00.000Z' }, stored.version);
      await secretariat.sitePermissions.freeze(committee, stored.value.id);
    }, 120_000);

    it('after approval the referent’s own token gets 403 writing a konklusjon or the meeting through Graph, $batch included; members still read; the check finds nothing wrong', async () => {
      for (const rowId of itemRows) expect(await writeConclusion('referent', rowId)).toBe(403);
      expect(await call(harness.user(KINDS.referent), 'PATCH', `/sites/${site()}/lists/MotebokMeetings/items/${meetingRow}/fields`, { Place: 'Tønsberg' })).toBe(403);
      const token = await harness.tokenFor(harness.user(KINDS.referent)).getToken(['Sites.ReadWrite.All']);
      const batch = await harness.fetch(`${base()}/$batch`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ requests: [{ id: '1', method: 'PATCH', url: `/sites/${site()}/lists/MotebokAgendaItems/items/${itemRows[1] ?? ''}/fields`, headers: { 'Content-Type': 'application/json' }, body: { Outcome: 'treated' } }] }),
      });
      expect(((await batch.json()) as { responses: Array<{ status: number }> }).responses.map((r) => r.status)).toEqual([403]);
      expect(await readRow('referent', itemRows[0] ?? '')).toBe(200);
      expect(await readRow('guest', itemRows[0] ?? '')).toBe(200);
      expect(await writeConclusion('guest', itemRows[0] ?? '')).toBe(403);
      expect(await readRow('employee', itemRows[0] ?? '')).toBe(404);
      expect(await writeConclusion('secretariat', itemRows[0] ?? '')).toBe(200);
      expect((await secretariat.sitePermissions.check([committee])).findings).toEqual([]);
    });

    it('a repair keeps the freeze, and a row unlocked by hand is named on the next start and locked again by «Rett tilgangene»', async () => {
      await secretariat.sitePermissions.repair([committee]);
      expect(await writeConclusion('referent', itemRows[0] ?? '')).toBe(403);
      const rest = createSharePointRest(async () => `${new URL(base()).origin}/sites/helsefellesskapet`, harness.tokenFor(harness.user(SECRETARY)), harness.fetch);
      await rest.post(`web/lists/getbytitle('MotebokAgendaItems')/items(${itemRows[2] ?? ''})/resetroleinheritance`);
      expect(await writeConclusion('referent', itemRows[2] ?? '')).toBe(200);
      const drift = await secretariat.sitePermissions.check([committee]);
      expect(drift.findings).toEqual([{ target: { kind: 'meeting', committeeId: committee.id, committee: 'Partnerskapsmøtet', date: '2026-06-11' }, problem: 'notFrozen', rows: 1, approved: true }]);
      expect((await secretariat.sitePermissions.repair([committee])).findings).toEqual([]);
      expect(await writeConclusion('referent', itemRows[2] ?? '')).toBe(403);
    }, 120_000);

    it('only the secretariat can reopen: SharePoint refuses the referent; after the secretariat reopens, the referent writes again', async () => {
      const referent = createGraphServices(
        { graphBaseUrl: base(), siteId: harness.tenant.info.siteId, sharedMailbox: undefined },
        harness.tokenFor(harness.user(KINDS.referent)),
        { fetch: harness.fetch },
      );
      const refused = await referent.sitePermissions.unfreeze(committee, fixture('pm-2026').meeting.id).then(() => undefined, (error: unknown) => error);
      expect(refused).toBeInstanceOf(StorageError);
      expect((refused as StorageError).kind).toBe('forbidden');
      expect(await writeConclusion('referent', itemRows[0] ?? '')).toBe(403);

      const stored = await secretariat.repository.getMeeting(fixture('pm-2026').meeting.id);
      if (!stored) throw new Error('møtet mangler');
      await secretariat.repository.saveMeeting(reopenApprovedMinutes(stored.value, { by: 'Kristin Liset', at: '2026-06-20T08:00:00.000Z', reason: 'Feil i konklusjonen' }), stored.version);
      await secretariat.sitePermissions.unfreeze(committee, stored.value.id);
      for (const rowId of itemRows) expect(await writeConclusion('referent', rowId)).toBe(200);
      expect(await call(harness.user(KINDS.referent), 'PATCH', `/sites/${site()}/lists/MotebokMeetings/items/${meetingRow}/fields`, { Place: 'Tønsberg' })).toBe(200);
      expect(await writeConclusion('employee', itemRows[0] ?? '')).toBe(404);
      expect((await secretariat.sitePermissions.check([committee])).findings).toEqual([]);
    }, 120_000);
  });
});
