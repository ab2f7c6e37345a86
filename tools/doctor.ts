/**
 * `npm run doctor`: is this tenant ready for Møtebok? Reads the same configuration as the build
 * (MOTEBOK_* in the environment or `.env`, see src/config/README.md), signs in by device code, runs
 * the checks of doctor/checks.ts and prints each as OK, FEIL or IKKE KONTROLLERT, in bokmål. Exit
 * code 0 only when everything is OK. Changes nothing in the tenant.
 */
import type { FetchLike } from '../src/graph/middleware/fetchMiddleware';
import { adminScopes, exitCode, formatReport, runDoctor, type CheckResult, type GraphGet, type SharePointInspection } from './doctor/checks';
import { M365ConfigError, loadDotEnv, m365Config } from './m365/config';
import { graphGetter } from './m365/graphGet';
import { deviceCodeTokenProvider, type M365ToolRun } from './m365/signIn';
import { sharePointInspection } from './doctor/sharePointChecks';
import { READ_GRANTS_SCOPES } from './m365/siteAccess';

export interface DoctorRun extends M365ToolRun {
  /** Default: the app's SharePoint REST drift check (doctor/sharePointChecks.ts). */
  sharePoint?: SharePointInspection;
  /** An already signed-in provider (tests run several checks with one sign-in). */
  tokens?: ReturnType<typeof deviceCodeTokenProvider>;
}

export async function doctor(run: DoctorRun): Promise<{ code: number; results: CheckResult[] }> {
  const out = run.out ?? ((text: string) => process.stdout.write(text));
  let config;
  try {
    config = m365Config(run.env);
  } catch (error) {
    if (!(error instanceof M365ConfigError)) throw error;
    out(`Konfigurasjonen er ikke gyldig: ${error.message}\nSe src/config/README.md og docs/drift.md.\n`);
    return { code: 1, results: [] };
  }
  const fetchImpl = run.fetch ?? (fetch as FetchLike);
  out(`Kontrollerer tenanten for Møtebok\n  autoritet: ${config.app.authority}\n  Graph: ${config.app.graphBaseUrl}\n  område: ${config.app.siteId}\n  app: ${config.app.clientId} på ${config.appUrl}\n\n`);
  const tokens = run.tokens ?? deviceCodeTokenProvider({
    authority: config.app.authority,
    clientId: config.adminClientId,
    knownAuthorities: config.app.knownAuthorities,
    fetch: fetchImpl,
    onPrompt: run.onPrompt ?? ((prompt) => out(`Logg på: åpne ${prompt.verificationUri} og skriv inn koden ${prompt.userCode}\n\n`)),
  });
  const scopes = adminScopes(config);
  let signIn: { ok: true; user: string } | { ok: false; problem: string };
  try {
    await tokens.getToken(scopes);
    signIn = { ok: true, user: tokens.account() ?? '' };
  } catch (error) {
    signIn = { ok: false, problem: `Påloggingen mislyktes: ${error instanceof Error ? error.message : String(error)}` };
  }
  // A Sites.Selected build: the app's role on the site is read with Sites.FullControl.All, asked for only then.
  let siteGrants: { siteGrants: GraphGet } | { siteGrantsProblem: string } | undefined;
  if (config.app.siteAccess === 'selected' && signIn.ok) {
    try {
      await tokens.getToken(READ_GRANTS_SCOPES);
      siteGrants = { siteGrants: graphGetter(config.app.graphBaseUrl, tokens, READ_GRANTS_SCOPES, fetchImpl) };
    } catch (error) {
      siteGrants = { siteGrantsProblem: `påloggingen med ${READ_GRANTS_SCOPES.join(', ')} mislyktes: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  const results = await runDoctor({
    config,
    graph: graphGetter(config.app.graphBaseUrl, tokens, scopes, fetchImpl),
    signIn,
    ...siteGrants,
    sharePoint: run.sharePoint ?? sharePointInspection({ graphBaseUrl: config.app.graphBaseUrl, siteId: config.app.siteId, tokens, fetch: fetchImpl }),
  });
  out(formatReport(results));
  return { code: exitCode(results), results };
}

if (process.argv[1]?.endsWith('doctor.ts')) {
  loadDotEnv();
  doctor({ env: process.env }).then(
    ({ code }) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`doctor stoppet: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
