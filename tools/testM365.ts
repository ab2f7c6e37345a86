/**
 * `npm run test:m365`: Møtebok's checks against your own Microsoft 365 tenant, before the first real
 * meeting. Configured like the build (MOTEBOK_* in the environment or `.env`) plus a test site
 * (MOTEBOK_M365_TEST_SITE_ID); signs in by device code with Møtebok's own app registration, creates
 * a test committee on the test site, runs one probe per behaviour the local tenant imitates
 * (tenant/behaviours.ts), removes what it made and writes m365-report.html. Exit code 0 when the
 * real tenant behaved as the local tenant everywhere it was probed. Not part of `npm test`.
 *
 * Mode-aware: it asks for the scopes of the build's MOTEBOK_SITE_ACCESS. With `selected` it first signs
 * in a second time as a SharePoint administrator (MOTEBOK_ADMIN_CLIENT_ID, as `npm run doctor`) to read
 * Møtebok's roles on the test site and the committee's site (m365/siteAccess.ts), says what is missing
 * in bokmål and English, and stops before the probes when the test site is out of the app's reach.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FetchLike } from '../src/graph/middleware/fetchMiddleware';
import { M365ConfigError, loadDotEnv, m365Config } from './m365/config';
import { reportHtml, type LocalOnlyPart } from './m365/report';
import { deviceCodeTokenProvider, type M365ToolRun } from './m365/signIn';
import { graphGetter } from './m365/graphGet';
import { READ_GRANTS_SCOPES, checkSiteAccess, formatSiteAccess, type SiteAccessFinding, type SiteToCheck } from './m365/siteAccess';
import { runSuite, suiteScopes, type ProbeReport } from './m365/suite';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Variables that must be set explicitly: the defaults point at the local tenant on port 4000. */
export const REQUIRED = {
  MOTEBOK_AUTHORITY: 'https://login.microsoftonline.com/<tenant-ID>',
  MOTEBOK_GRAPH_BASE_URL: 'https://graph.microsoft.com/v1.0',
  MOTEBOK_CLIENT_ID: 'klient-ID-en til Møtebok-registreringen',
  MOTEBOK_M365_TEST_SITE_ID: 'et SharePoint-område bare for test (vert,område-ID,web-ID); testen lager og sletter et testmøteorgan der',
} as const;

export interface TestM365Run extends M365ToolRun {
  /** Default: m365-report.html in the working directory (MOTEBOK_M365_REPORT overrides). */
  reportPath?: string;
}

/** The integration and browser tests that need the local tenant's controls, each with the reason. */
export function localOnlyParts(): LocalOnlyPart[] {
  const found: LocalOnlyPart[] = [];
  for (const dir of ['src', 'tools']) {
    for (const entry of readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.integration.test.ts')) continue;
      found.push({ name: path.relative(ROOT, path.join(entry.parentPath, entry.name)), reason: 'starter en egen lokal tenant og styrer den med kontrollendepunktene (feilbrytere, forespørselsloggen, nullstilling), som en ekte tenant ikke har. Graph-oppførselen den bygger på, prøves i tabellen over.' });
    }
  }
  found.push({ name: 'e2e/', reason: 'nettlesertestene driver appen i den lokale tenantens Teams- og Outlook-simulatorer med brukere som logger på uten passord; i en ekte tenant prøves appen av folk i Teams og Outlook.' });
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

export async function testM365(run: TestM365Run): Promise<{ code: number; probes: ProbeReport[]; siteAccess?: SiteAccessFinding[]; reportPath?: string }> {
  const out = run.out ?? ((text: string) => process.stdout.write(text));
  const missing = Object.keys(REQUIRED).filter((name) => !run.env[name]?.trim());
  if (missing.length > 0) {
    out(`npm run test:m365 trenger en tenant å teste mot. Sett disse variablene (i miljøet eller i .env):\n${missing.map((name) => `  ${name}=${REQUIRED[name as keyof typeof REQUIRED]}`).join('\n')}\nValgfritt: MOTEBOK_M365_REPORT (hvor rapporten skrives). Se docs/drift.md.\n`);
    return { code: 1, probes: [] };
  }
  let config;
  try {
    // The tests use only the test site; the app's own site id may be left out (configFromEnv wants all four tenant settings).
    config = m365Config({ ...run.env, MOTEBOK_SITE_ID: run.env.MOTEBOK_SITE_ID?.trim() || run.env.MOTEBOK_M365_TEST_SITE_ID });
  } catch (error) {
    if (!(error instanceof M365ConfigError)) throw error;
    out(`Konfigurasjonen er ikke gyldig: ${error.message}\n`);
    return { code: 1, probes: [] };
  }
  const siteId = run.env.MOTEBOK_M365_TEST_SITE_ID?.trim() ?? '';
  const fetchImpl = run.fetch ?? (fetch as FetchLike);
  const startedAt = new Date();
  const tokens = deviceCodeTokenProvider({
    authority: config.app.authority,
    clientId: config.app.clientId,
    knownAuthorities: config.app.knownAuthorities,
    fetch: fetchImpl,
    onPrompt: run.onPrompt ?? ((prompt) => out(`Logg på: åpne ${prompt.verificationUri} og skriv inn koden ${prompt.userCode}\n`)),
  });
  const siteAccess = config.app.siteAccess ?? 'tenant';
  const scopes = suiteScopes(siteAccess);
  await tokens.getToken(scopes);
  const user = tokens.account() ?? '';
  out(`Logget på som ${user}. Tester mot ${config.app.graphBaseUrl}, testområde ${siteId}, områdetilgang ${siteAccess === 'selected' ? 'Sites.Selected (MOTEBOK_SITE_ACCESS=selected)' : 'tenantomfattende'}.\n`);
  let findings: SiteAccessFinding[] | undefined;
  if (siteAccess === 'selected') {
    findings = await siteAccessFindings(run, config, siteId, tokens, scopes, fetchImpl, out);
    const testSite = findings.find((f) => f.siteId === siteId);
    if (testSite?.status === 'mangler' || testSite?.status === 'for liten' || testSite?.status === 'finnes ikke') {
      out('\nTestene kjøres ikke før Møtebok har rollen på testområdet. / The tests are not run until Møtebok has the role on the test site.\n');
      return { code: 1, probes: [], siteAccess: findings };
    }
  }
  const probes = await runSuite({ graphBaseUrl: config.app.graphBaseUrl, siteId, tokens, fetch: fetchImpl, user, siteAccess, log: (line) => out(`  ${line}\n`) });
  const reportPath = path.resolve(run.reportPath ?? run.env.MOTEBOK_M365_REPORT ?? 'm365-report.html');
  const report = reportHtml({
    tenant: { authority: config.app.authority, graphBaseUrl: config.app.graphBaseUrl, siteId, user },
    startedAt,
    probes,
    localOnly: localOnlyParts(),
  });
  writeFileSync(reportPath, report);
  const different = probes.filter((p) => p.outcome.result === 'annerledes');
  const notRun = probes.filter((p) => p.outcome.result === 'ikke kjørt');
  out(`\n${probes.length - different.length - notRun.length} som i den lokale tenanten, ${different.length} annerledes${different.length ? ` (${different.map((p) => p.id).join(', ')})` : ''}, ${notRun.length} ikke kjørt:\n${notRun.map((p) => `  ${p.id}: ${p.outcome.detail}`).join('\n')}\nRapport: ${reportPath}\n`);
  const siteAccessMissing = (findings ?? []).filter((f) => f.status !== 'ok' && f.status !== 'ikke kontrollert');
  if (siteAccessMissing.length > 0) out(`Områdetilgangen mangler på ${siteAccessMissing.map((f) => f.siteId).join(', ')} (se over). / Site access is missing on ${siteAccessMissing.map((f) => f.siteId).join(', ')} (see above).\n`);
  return { code: different.length === 0 && siteAccessMissing.length === 0 ? 0 : 1, probes, ...(findings ? { siteAccess: findings } : {}), reportPath };
}

/** Sites.Selected: Møtebok's roles on the test site and the committee's site, read as an administrator. */
async function siteAccessFindings(
  run: TestM365Run,
  config: ReturnType<typeof m365Config>,
  testSiteId: string,
  tokens: ReturnType<typeof deviceCodeTokenProvider>,
  scopes: readonly string[],
  fetchImpl: FetchLike,
  out: (text: string) => void,
): Promise<SiteAccessFinding[]> {
  const sites: SiteToCheck[] = [{ label: { nb: 'testområdet (MOTEBOK_M365_TEST_SITE_ID)', en: 'test site (MOTEBOK_M365_TEST_SITE_ID)' }, id: testSiteId }];
  const committeeSite = run.env.MOTEBOK_SITE_ID?.trim();
  if (committeeSite && committeeSite !== testSiteId) sites.push({ label: { nb: 'møteorganets område (MOTEBOK_SITE_ID)', en: "committee's site (MOTEBOK_SITE_ID)" }, id: committeeSite });
  out(`\nSites.Selected: Møteboks roller på områdene leses med Sites.Selected-rollelisten (GET /sites/{id}/permissions), som krever en SharePoint-administrator. Logg på som administrator (klient ${config.adminClientId}). / Møtebok's roles on the sites are read by a SharePoint administrator: sign in as one.\n`);
  const admin = deviceCodeTokenProvider({
    authority: config.app.authority,
    clientId: config.adminClientId,
    knownAuthorities: config.app.knownAuthorities,
    fetch: fetchImpl,
    onPrompt: run.onPrompt ?? ((prompt) => out(`Logg på: åpne ${prompt.verificationUri} og skriv inn koden ${prompt.userCode}\n`)),
  });
  let adminProblem: string | undefined;
  try {
    await admin.getToken(READ_GRANTS_SCOPES);
  } catch (error) {
    adminProblem = `administratorpåloggingen mislyktes: ${error instanceof Error ? error.message : String(error)}`;
  }
  const findings = await checkSiteAccess({
    sites,
    clientId: config.app.clientId,
    app: graphGetter(config.app.graphBaseUrl, tokens, scopes, fetchImpl),
    ...(adminProblem ? { adminProblem } : { admin: graphGetter(config.app.graphBaseUrl, admin, READ_GRANTS_SCOPES, fetchImpl) }),
  });
  out(`${formatSiteAccess(findings)}\n`);
  return findings;
}

if (process.argv[1]?.endsWith('testM365.ts')) {
  loadDotEnv();
  testM365({ env: process.env }).then(
    ({ code }) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`test:m365 stoppet: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
