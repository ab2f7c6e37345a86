// `npm run test:m365` with MOTEBOK_SITE_ACCESS=selected, against the local tenant (which imitates
// Sites.Selected: tenant/sharepoint/siteGrants.ts): it asks for the mode's scopes, reads Møtebok's
// roles on the test site and the committee's site as an administrator, and says what is missing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempTenant, type TempTenant } from '../../tenant/testing/fixture';
import { send } from '../../tenant/testing/tenantClient';
import { OTHER_SITE_ID } from '../../tenant/seed';
import { fetchTrusting, passwordTokenProvider } from '../../src/graph/testing/nodeTenantAccess';
import { testM365 } from '../testM365';
import { GRAPH_CLI_CLIENT_ID } from './config';
import { graphGetter } from './graphGet';
import { READ_GRANTS_SCOPES, checkSiteAccess, type SiteToCheck } from './siteAccess';

/** The committee's site in the last test: the tenant's other site, where nobody gave Møtebok a role. */
const OTHER_SITE = OTHER_SITE_ID;
const MISSING_SITE = 'localhost,00000000-1111-4222-8333-444444444444,55555555-6666-4777-8888-999999999999';

describe('npm run test:m365 with Sites.Selected (MOTEBOK_SITE_ACCESS=selected), against the local tenant', () => {
  let t: TempTenant;
  let fetchImpl: ReturnType<typeof fetchTrusting>;
  let kristin: { userPrincipalName: string; password: string; id: string };
  const grantIds = new Map<string, string>();

  const tokensFor = (clientId: string) =>
    passwordTokenProvider(
      { authority: t.tenant.info.authority, clientId, certificatePath: t.tenant.info.certificatePath, username: kristin.userPrincipalName,
        password: kristin.password },
      fetchImpl,
    );

  /** What IT does: POST (or PATCH) /sites/{id}/permissions with Sites.FullControl.All. */
  async function grant(siteId: string, role: 'write' | 'fullcontrol'): Promise<void> {
    const token = await tokensFor(GRAPH_CLI_CLIENT_ID).getToken(READ_GRANTS_SCOPES);
    const base = `${t.tenant.info.graphBaseUrl}/sites/${encodeURIComponent(siteId)}/permissions`;
    const existing = grantIds.get(siteId);
    const body = existing ? { roles: [role] } : { roles: [role], grantedToIdentities: [{ application: { id: t.tenant.info.clientId, displayName: 'Møtebok' } }] };
    const response = await fetchImpl(existing ? `${base}/${encodeURIComponent(existing)}` : base, {
      method: existing ? 'PATCH' : 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(existing ? 200 : 201);
    grantIds.set(siteId, ((await response.json()) as { id: string }).id);
  }

  const check = (sites: SiteToCheck[], withAdmin = true) =>
    checkSiteAccess({
      sites,
      clientId: t.tenant.info.clientId,
      app: graphGetter(t.tenant.info.graphBaseUrl, tokensFor(t.tenant.info.clientId), ['Sites.Selected'], fetchImpl),
      ...(withAdmin ? { admin: graphGetter(t.tenant.info.graphBaseUrl, tokensFor(GRAPH_CLI_CLIENT_ID), READ_GRANTS_SCOPES, fetchImpl) } : { adminProblem: 'administratorpåloggingen mislyktes: AADSTS50105' }),
    });

  /** The tool in-process, as IT runs it with the build's configuration; each device code is answered by Kristin on the tenant's page. */
  const run = async (env: Record<string, string>) => {
    let printed = '';
    const prompts: string[] = [];
    const result = await testM365({
      env: { MOTEBOK_AUTHORITY: t.tenant.info.authority, MOTEBOK_GRAPH_BASE_URL: t.tenant.info.graphBaseUrl, MOTEBOK_CLIENT_ID: t.tenant.info.clientId, MOTEBOK_M365_TEST_SITE_ID: t.tenant.info.siteId, MOTEBOK_SITE_ACCESS: 'selected', MOTEBOK_M365_REPORT: `${t.dataDir}/m365-report.html`, ...env },
      fetch: fetchImpl,
      out: (text) => (printed += text),
      onPrompt: (prompt) => {
        prompts.push(prompt.userCode);
        void send(t.tenant, prompt.verificationUri, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ code: prompt.userCode, user: kristin.id }).toString() });
      },
    });
    return { ...result, printed, prompts };
  };

  beforeAll(async () => {
    t = await startTempTenant();
    fetchImpl = fetchTrusting(t.tenant.info.certificatePath);
    const user = t.tenant.info.users.find((u) => u.userPrincipalName.startsWith('kristin.liset'));
    if (!user) throw new Error('no secretary in the tenant');
    kristin = user;
  }, 60_000);
  afterAll(async () => t?.dispose());

  it('names a site where Møtebok has no role, the role it needs and the grant, in bokmål and English', async () => {
    const [finding] = await check([{ label: { nb: 'testområdet', en: 'test site' }, id: t.tenant.info.siteId }]);
    expect(finding?.status).toBe('mangler');
    expect(finding?.roles).toEqual([]);
    expect(finding?.nb).toContain('har ingen rolle på testområdet');
    expect(finding?.nb).toContain(`"roles": ["fullcontrol"]`);
    expect(finding?.nb).toContain(t.tenant.info.clientId);
    expect(finding?.en).toContain('has no role on the test site');
  }, 60_000);

  it('says from the app\'s own 403 that the role is missing when the roles cannot be read (no administrator)', async () => {
    const [finding] = await check([{ label: { nb: 'testområdet', en: 'test site' }, id: t.tenant.info.siteId }], false);
    expect(finding?.status).toBe('mangler');
    expect(finding?.nb).toContain('når ikke testområdet');
    expect(finding?.nb).toContain('AADSTS50105');
    expect(finding?.en).toMatch(/cannot reach the test site \(.+\) \(403\)/);
  }, 60_000);

  it('refuses to run the probes without the role on the test site: exit 1, the mode\'s scopes asked, what is missing named', async () => {
    const result = await run({});
    expect(result.code).toBe(1);
    expect(result.probes).toEqual([]);
    expect(result.prompts).toHaveLength(2); // Møtebok's sign-in, then the administrator's
    expect(result.printed).toContain('områdetilgang Sites.Selected');
    expect(result.printed).toContain('[MANGLER] Møtebok');
    expect(result.printed).toContain('has no role on the test site');
    expect(result.printed).toContain('Testene kjøres ikke');
  }, 120_000);

  it('says a site that does not exist is not found and names the setting to check', async () => {
    const [finding] = await check([{ label: { nb: 'møteorganets område (MOTEBOK_SITE_ID)', en: "committee's site (MOTEBOK_SITE_ID)" }, id: MISSING_SITE }]);
    expect(finding?.status).toBe('finnes ikke');
    expect(finding?.nb).toContain('finnes ikke');
    expect(finding?.nb).toContain('MOTEBOK_SITE_ID');
    expect(finding?.en).toContain('was not found');
  }, 60_000);

  it('says the role is too small when IT granted only write', async () => {
    await grant(t.tenant.info.siteId, 'write');
    const [finding] = await check([{ label: { nb: 'testområdet', en: 'test site' }, id: t.tenant.info.siteId }]);
    expect(finding?.status).toBe('for liten');
    expect(finding?.roles).toEqual(['write']);
    expect(finding?.nb).toContain('har bare rollen write');
    expect(finding?.en).toContain('needs fullcontrol');
  }, 60_000);

  it('with fullcontrol on the test site runs every probe with Sites.Selected alone, and still fails naming the committee\'s site without a role', async () => {
    await grant(t.tenant.info.siteId, 'fullcontrol');
    const result = await run({ MOTEBOK_SITE_ID: OTHER_SITE });
    expect(result.siteAccess?.map((f) => [f.siteId, f.status])).toEqual([[t.tenant.info.siteId, 'ok'], [OTHER_SITE, 'mangler']]);
    expect(result.printed).toContain("has no role on the committee's site (MOTEBOK_SITE_ID)");
    const different = result.probes.filter((p) => p.outcome.result === 'annerledes');
    expect(different).toEqual([]);
    expect(result.probes.find((p) => p.id === 'signin.tokenScopes')?.outcome.detail).toContain('Sites.Selected');
    expect(result.probes.find((p) => p.id === 'signin.tokenScopes')?.outcome.detail).not.toContain('Sites.ReadWrite.All');
    expect(result.code).toBe(1);
  }, 180_000);
});
