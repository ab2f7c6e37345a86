import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTempTenant, type TempTenant } from '../tenant/testing/fixture';
import { graph, passwordToken, send } from '../tenant/testing/tenantClient';
import { IMITATED_BEHAVIOURS } from '../tenant/behaviours';
import { SCOPES } from '../src/auth/scopes';
import { parseMeetingFile } from '../src/domain/meetingFile';
import { createGraphClientFactory } from '../src/graph/graphClient';
import { SharePointMeetingRepository } from '../src/graph/sharePointMeetingRepository';
import { createSharePointRest } from '../src/graph/sharePointRest';
import { repairPermissions } from '../src/graph/sitePermissions';
import { fetchTrusting, passwordTokenProvider } from '../src/graph/testing/nodeTenantAccess';
import { testM365 } from './testM365';

const ROOT = path.resolve(import.meta.dirname, '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

/**
 * Runs a tool as IT would (`npm run …` is `tsx tools/…`), in an empty working directory, with only
 * the configuration given here and the tenant's certificate trusted through NODE_EXTRA_CA_CERTS.
 * When the tool shows a device code, `signInAs` opens the tenant's /devicelogin and signs in.
 */
function runTool(
  script: string,
  env: Record<string, string>,
  cwd: string,
  signIn?: (code: string, url: string) => Promise<void>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('MOTEBOK_') && key !== 'TENANT_PORT'));
  const child = spawn(TSX, [path.join(ROOT, 'tools', script)], { cwd, env: { ...clean, ...env } });
  let stdout = '';
  let stderr = '';
  let prompted = false;
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    const match = /åpne (\S+) og skriv inn koden (\w+)/.exec(stdout);
    if (match && !prompted && signIn) {
      prompted = true;
      void signIn(match[2] ?? '', match[1] ?? '');
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('npm run test:m365 and npm run doctor, run as IT runs them, against the local tenant through the real configuration path', () => {
  let t: TempTenant;
  let work: string;
  let env: Record<string, string>;
  const signInAsSecretary = async (code: string, url: string): Promise<void> => {
    const kristin = t.tenant.info.users.find((u) => u.userPrincipalName.startsWith('kristin.liset'));
    await send(t.tenant, url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ code, user: kristin?.id ?? '' }).toString() });
  };

  beforeAll(async () => {
    t = await startTempTenant();
    work = mkdtempSync(path.join(tmpdir(), 'motebok-m365-'));
    const info = t.tenant.info;
    env = {
      NODE_EXTRA_CA_CERTS: info.certificatePath,
      MOTEBOK_AUTHORITY: info.authority,
      MOTEBOK_GRAPH_BASE_URL: info.graphBaseUrl,
      MOTEBOK_CLIENT_ID: info.clientId,
      MOTEBOK_SITE_ID: info.siteId,
      MOTEBOK_M365_TEST_SITE_ID: info.siteId,
    };
  });
  afterAll(async () => {
    await t?.dispose();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('without configuration says what to set and exits 1', async () => {
    const result = await runTool('testM365.ts', {}, work);
    expect(result.code).toBe(1);
    for (const name of ['MOTEBOK_AUTHORITY', 'MOTEBOK_GRAPH_BASE_URL', 'MOTEBOK_CLIENT_ID', 'MOTEBOK_M365_TEST_SITE_ID']) expect(result.stdout).toContain(name);
  });

  it('needs no MOTEBOK_SITE_ID of its own: the test site stands in for it, so the build\'s all-four rule does not refuse it', async () => {
    let printed = '';
    const signInRefused = new Error('ingen pålogging i denne testen');
    const run = testM365({
      env: {
        MOTEBOK_AUTHORITY: 'https://login.microsoftonline.com/aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
        MOTEBOK_GRAPH_BASE_URL: 'https://graph.microsoft.com/v1.0',
        MOTEBOK_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
        MOTEBOK_M365_TEST_SITE_ID: 'sivhf.sharepoint.com,5c1e7f3a-2b4d-4e6f-8a9c-0b1d2e3f4a5b,9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b',
      },
      fetch: () => Promise.reject(signInRefused),
      out: (text) => (printed += text),
    });
    // It gets as far as signing in (refused here), past the configuration.
    await expect(run).rejects.toThrow();
    expect(printed).not.toContain('Konfigurasjonen er ikke gyldig');
  });

  it('passes, writes an escaped m365-report.html with every imitated behaviour, and removes its test committee', async () => {
    const result = await runTool('testM365.ts', env, work, signInAsSecretary);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Logget på som kristin.liset@siv.example.no');
    expect(result.code).toBe(0);
    const html = readFileSync(path.join(work, 'm365-report.html'), 'utf8');
    for (const behaviour of IMITATED_BEHAVIOURS) expect(html).toContain(`<code>${behaviour.id}</code>`);
    expect(html).not.toContain('<strong>Annerledes</strong>');
    // Every behaviour not run says why.
    expect((html.match(/<strong>Ikke kjørt<\/strong><\/td><td>[^<]+<\/td>/g) ?? []).length).toBe(IMITATED_BEHAVIOURS.filter((b) => b.notOnRealTenant).length);
    expect(html).toContain('src/graph/provisioning.integration.test.ts');
    expect(html).toContain('Ikke kjørt');
    expect(html).toContain('&#39;'); // the behaviour texts' quotes are escaped
    // Nothing of the test committee is left on the site: no rows, no folders.
    const token = await passwordToken(t.tenant, 'kristin.liset@siv.example.no', ['Sites.ReadWrite.All']);
    for (const list of ['MotebokCommittees', 'MotebokMeetings', 'MotebokAgendaItems']) {
      const rows = await graph(t.tenant, token, `/sites/${t.tenant.info.siteId}/lists/${list}/items`);
      expect(rows.status).toBe(200);
      expect((rows.json() as { value: unknown[] }).value).toEqual([]);
    }
    const library = await graph(t.tenant, token, `/sites/${t.tenant.info.siteId}/drive/root/children`);
    expect((library.json() as { value: unknown[] }).value).toEqual([]);
  }, 120_000);

  it('npm run doctor signs in by device code and reports every check OK once the site is set up («Klargjør SharePoint-området»)', async () => {
    const info = t.tenant.info;
    const kristin = info.users.find((u) => u.userPrincipalName.startsWith('kristin.liset'));
    if (!kristin) throw new Error('no secretary in the tenant');
    const fetchImpl = fetchTrusting(info.certificatePath);
    const tokens = passwordTokenProvider(
      {
        authority: info.authority,
        clientId: info.clientId,
        certificatePath: info.certificatePath,
        username: kristin.userPrincipalName,
        password: kristin.password,
      },
      fetchImpl,
    );
    const clients = createGraphClientFactory({ config: { graphBaseUrl: info.graphBaseUrl }, tokenProvider: tokens, fetch: fetchImpl });
    const repository = new SharePointMeetingRepository({ clients, siteId: info.siteId });
    await repository.provision();
    const file = parseMeetingFile(JSON.parse(readFileSync(path.join(ROOT, 'fixtures', 'meetings', 'pm-2026.json'), 'utf8')));
    const committee = { ...file.committee, secretariat: [{ name: kristin.displayName, email: kristin.mail }] };
    await repository.saveCommittee(committee);
    const rest = createSharePointRest(async () => `${t.tenant.url}/sites/helsefellesskapet`, tokens, fetchImpl);
    await repairPermissions({ rest, graph: clients(SCOPES.storage), siteId: info.siteId }, [committee]);

    const result = await runTool('doctor.ts', { ...env, MOTEBOK_SHARED_MAILBOX: 'sekretariat@siv.example.no' }, work, signInAsSecretary);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n').filter((line) => /^\[/.test(line));
    // Eleven checks: the site role is a twelfth only for a Sites.Selected build (docs/drift.md §8).
    expect(lines).toHaveLength(11);
    expect(lines.some((line) => line.startsWith('[OK] App-registreringens SharePoint-tillatelse'))).toBe(true);
    expect(lines.filter((line) => !line.startsWith('[OK]'))).toEqual([]);
    expect(result.stdout).toContain('Alt er i orden');
    expect(result.code).toBe(0);
  }, 120_000);
});
