import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MISCONFIGURATIONS, type Misconfiguration } from '../../tenant/http/misconfig';
import { SECRETARY, startHarness, type Harness } from '../../src/graph/testing/localTenant';
import { readFileSync } from 'node:fs';
import { parseMeetingFile } from '../../src/domain/meetingFile';
import { doctor } from '../doctor';
import { SCOPES } from '../../src/auth/scopes';
import { createSharePointRest } from '../../src/graph/sharePointRest';
import { repairPermissions } from '../../src/graph/sitePermissions';
import { deviceCodeTokenProvider, type DeviceCodePrompt } from '../m365/signIn';
import { m365Config } from '../m365/config';
import { adminScopes, type CheckId, type CheckResult } from './checks';
import { rightsText } from './sharePointChecks';

const MAILBOX = 'sekretariat@siv.example.no';
/** The committee's secretariat runs doctor: she manages its lists and is a delegate of the shared mailbox. */
const SECRETARIAT = SECRETARY;

/** The fault each misconfiguration must produce, and words its message must contain. */
const EXPECTED: Record<Misconfiguration, { check: CheckId; says: RegExp }> = {
  redirectUriMissing: { check: 'redirectUris', says: /brk-multihub:\/\/localhost:3000/ },
  permissionMissing: { check: 'permissions', says: /Mail\.Send/ },
  permissionExtra: { check: 'permissions', says: /mer enn Møtebok bruker: Files\.ReadWrite\.All/ },
  consentMissing: { check: 'consent', says: /administratorsamtykke/i },
  sharePointPermissionMissing: { check: 'sharePointPermission', says: /Mangler den delegerte SharePoint-tillatelsen AllSites\.FullControl/ },
  sharePointConsentMissing: { check: 'consent', says: /Administratorsamtykket mangler AllSites\.FullControl \(SharePoint\)/ },
  siteAccessDenied: { check: 'site', says: /ikke tilgang/ },
  listMissing: { check: 'lists', says: /listen MotebokMeetings finnes ikke/i },
  columnMissing: { check: 'lists', says: /MotebokAgendaItems mangler kolonnen CaseNumber/ },
  indexMissing: { check: 'lists', says: /kolonnen Status i MotebokMeetings er ikke indeksert/i },
  permissionsWrong: { check: 'listPermissions', says: /MotebokAgendaItems arver tillatelsene fra området/ },
  versioningOff: { check: 'versioning', says: /MotebokMeetings/ },
  mailboxCannotSend: { check: 'sharedMailbox', says: /ikke tilgang til kalenderen til sekretariat@/ },
  appNotInCatalogue: { check: 'teamsApp', says: /ikke i organisasjonens appkatalog/ },
};

/** The checks that go through the SharePoint REST drift check, and so need the site. */
const NEEDS_SHAREPOINT_REST: CheckId[] = ['listPermissions', 'versioning'];

describe('npm run doctor against the local tenant', () => {
  let harness: Harness;
  let env: Record<string, string>;
  let tokens: ReturnType<typeof deviceCodeTokenProvider>;
  const prompts: DeviceCodePrompt[] = [];

  /** The person running doctor (the committee's secretariat) opens the verification page, types the code and signs in. */
  async function approve(prompt: DeviceCodePrompt): Promise<void> {
    const secretary = harness.user(SECRETARIAT);
    const response = await harness.fetch(prompt.verificationUri, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ code: prompt.userCode, user: secretary.id }).toString() });
    expect(await response.text()).toContain('Du er logget på');
  }

  const run = async (): Promise<CheckResult[]> => (await doctor({ env, fetch: harness.fetch, tokens, out: () => undefined })).results;

  beforeAll(async () => {
    harness = await startHarness();
    // «Klargjør SharePoint-området»: lists and columns, then permissions and versioning.
    // The committee's secretariat then manages the lists and folders.
    const secretary = harness.user(SECRETARY);
    const repository = harness.repositoryFor(secretary);
    await repository.provision();
    const file = parseMeetingFile(JSON.parse(readFileSync(new URL('../../fixtures/meetings/pm-2026.json', import.meta.url), 'utf8')));
    const committee = { ...file.committee, secretariat: [{ name: secretary.displayName, email: secretary.mail }] };
    await repository.saveCommittee(committee);
    const rest = createSharePointRest(async () => `${harness.tenant.url}/sites/helsefellesskapet`, harness.tokenFor(secretary), harness.fetch);
    await repairPermissions({ rest, graph: harness.clientsFor(secretary)(SCOPES.storage), siteId: harness.tenant.info.siteId }, [committee]);
    const info = harness.tenant.info;
    env = {
      MOTEBOK_AUTHORITY: info.authority,
      MOTEBOK_GRAPH_BASE_URL: info.graphBaseUrl,
      MOTEBOK_SITE_ID: info.siteId,
      MOTEBOK_CLIENT_ID: info.clientId,
      MOTEBOK_SHARED_MAILBOX: MAILBOX,
    };
    const config = m365Config(env);
    tokens = deviceCodeTokenProvider({
      authority: config.app.authority,
      clientId: config.adminClientId,
      knownAuthorities: config.app.knownAuthorities,
      fetch: harness.fetch,
      onPrompt: (prompt) => {
        prompts.push(prompt);
        void approve(prompt);
      },
    });
    await tokens.getToken(adminScopes(config));
  }, 60_000);
  afterAll(async () => harness?.close());
  beforeEach(async () => {
    await harness.control('DELETE', '/_tenant/misconfig');
  });

  it('signs in by device code on the tenant’s verification page, as the administrator who typed the code', () => {
    expect(prompts).toHaveLength(1);
    expect(prompts[0]?.verificationUri).toBe(`${harness.tenant.url}/devicelogin`);
    expect(prompts[0]?.userCode).toMatch(/^[A-Z0-9]{9}$/);
    expect(tokens.account()).toBe(harness.user(SECRETARIAT).userPrincipalName);
  });

  it('reports every check OK on a correctly set up tenant', async () => {
    const results = await run();
    expect(results.map((r) => r.id)).toEqual(['signIn', 'redirectUris', 'permissions', 'sharePointPermission', 'consent', 'site', 'lists', 'listPermissions', 'versioning', 'sharedMailbox', 'teamsApp']);
    expect(results.filter((r) => r.status !== 'ok')).toEqual([]);
    expect(results.find((r) => r.id === 'signIn')?.message).toContain('kristin.liset@siv.example.no');
    // The committee's secretariat has Full Control on its lists, and her own rights on the site.
    expect(results.find((r) => r.id === 'site')?.message).toMatch(/Dine rettigheter: (kan redigere|kan opprette og endre lister|full kontroll)/);
  });

  it('names SharePoint base permissions in words', () => {
    expect(rightsText(0)).toBe('ingen');
    expect(rightsText(0x1)).toBe('kan bare lese');
    expect(rightsText(0x1 | 0x4)).toBe('kan redigere');
    expect(rightsText(0x1 | 0x4 | 0x1000)).toBe('kan opprette og endre lister');
    expect(rightsText(0x1 | 0x1000000)).toBe('full kontroll (kan også endre tillatelser)');
  });

  it('answers 0 only when every check is OK', async () => {
    const all = await doctor({ env, fetch: harness.fetch, tokens, out: () => undefined, sharePoint: { siteRights: async () => 'kan redigere', listPermissions: async () => ({ status: 'ok', message: 'ok' }), versioning: async () => ({ status: 'ok', message: 'ok' }) } });
    expect(all.code).toBe(0);
    await harness.control('POST', '/_tenant/misconfig', { mode: 'appNotInCatalogue' });
    const one = await doctor({ env, fetch: harness.fetch, tokens, out: () => undefined, sharePoint: { siteRights: async () => 'kan redigere', listPermissions: async () => ({ status: 'ok', message: 'ok' }), versioning: async () => ({ status: 'ok', message: 'ok' }) } });
    expect(one.code).toBe(1);
  });

  for (const mode of Object.keys(MISCONFIGURATIONS) as Misconfiguration[]) {
    it(`finds exactly the fault when the tenant is misconfigured: ${mode}`, async () => {
      await harness.control('POST', '/_tenant/misconfig', { mode });
      const results = await run();
      const failed = results.filter((r) => r.status === 'feil');
      expect(failed.map((r) => r.id)).toEqual([EXPECTED[mode].check]);
      expect(failed[0]?.message).toMatch(EXPECTED[mode].says);
      expect(failed[0]?.fix).toBeTruthy();
      // Nothing else is reported wrong; what depends on a missing site or list is "not checked", with the reason.
      const dependsOnSite: CheckId[] = mode === 'siteAccessDenied' ? ['lists', ...NEEDS_SHAREPOINT_REST] : mode === 'listMissing' ? NEEDS_SHAREPOINT_REST : [];
      expect(results.filter((r) => r.status === 'ikke kontrollert').map((r) => r.id)).toEqual(dependsOnSite);
    });
  }

  it('reads Møtebok’s role on the site for a Sites.Selected build, with Sites.FullControl.All asked for only then', async () => {
    const selected = { ...env, MOTEBOK_SITE_ACCESS: 'selected' };
    const siteRole = async () => (await doctor({ env: selected, fetch: harness.fetch, tokens, out: () => undefined })).results.find((r) => r.id === 'siteRole');
    expect((await run()).map((r) => r.id)).not.toContain('siteRole');
    expect(await siteRole()).toMatchObject({ status: 'feil', message: expect.stringContaining('ingen rolle på området') });
    // A SharePoint administrator gives the app its role, as docs/drift.md §3 says.
    const admin = harness.tokenFor(harness.user(SECRETARIAT));
    const grant = async (roles: string[]) => {
      const answer = await harness.fetch(`${harness.tenant.info.graphBaseUrl}/sites/${harness.tenant.info.siteId}/permissions`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${await admin.getToken(['Sites.FullControl.All'])}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ roles, grantedToIdentities: [{ application: { id: harness.tenant.info.clientId, displayName: 'Møtebok' } }] }),
      });
      expect(answer.status).toBe(201);
      return ((await answer.json()) as { id: string }).id;
    };
    const id = await grant(['write']);
    expect(await siteRole()).toMatchObject({ status: 'feil', message: expect.stringContaining('bare rollen write') });
    await harness.fetch(`${harness.tenant.info.graphBaseUrl}/sites/${harness.tenant.info.siteId}/permissions/${id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${await admin.getToken(['Sites.FullControl.All'])}` } });
    await grant(['fullcontrol']);
    expect(await siteRole()).toMatchObject({ status: 'ok', message: expect.stringContaining('rollen fullcontrol') });
  });

  it('prints the report in bokmål with OK / FEIL and how to fix it', async () => {
    await harness.control('POST', '/_tenant/misconfig', { mode: 'redirectUriMissing' });
    let printed = '';
    await doctor({ env, fetch: harness.fetch, tokens, out: (text) => (printed += text) });
    expect(printed).toContain('[OK] Pålogging: Logget på som kristin.liset@siv.example.no.');
    expect(printed).toMatch(/\[FEIL\] App-registreringens omdirigerings-URI-er: .*\n {6}Slik retter du det: .*Enkeltsideapplikasjon/);
    expect(printed).toContain('[OK] Versjonering');
  });

  it('says what is wrong with the configuration, naming the variable, and exits 1', async () => {
    let printed = '';
    const result = await doctor({ env: { ...env, MOTEBOK_SITE_ID: 'ikke-et-område' }, fetch: harness.fetch, out: (text) => (printed += text) });
    expect(result.code).toBe(1);
    expect(printed).toContain('MOTEBOK_SITE_ID');
  });
});
