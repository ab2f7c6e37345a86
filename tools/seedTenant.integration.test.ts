import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTenant, type RunningTenant } from '../tenant/server';
import { seedTenant, sitePermissionDeps } from './seedTenant';
import { checkPermissions } from '../src/graph/sitePermissions';
import { createGraphClientFactory } from '../src/graph/graphClient';
import { SharePointMeetingRepository } from '../src/graph/sharePointMeetingRepository';
import { fetchTrusting, passwordTokenProvider } from '../src/graph/testing/nodeTenantAccess';

describe('npm run seed:tenant', () => {
  let tenant: RunningTenant;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'motebok-seed-'));
    tenant = await startTenant({ port: 0, dataDir, quiet: true });
  });
  afterAll(async () => {
    await tenant?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('seeds the committee, the approved 2025 meeting with its referat and the 2026 draft with documents, and a second run changes nothing', async () => {
    const first: string[] = [];
    await seedTenant({ url: tenant.url, dataDir, log: (line) => first.push(line) });
    expect(first.some((line) => line.includes('Referat Partnerskapsmøtet 05.06.25'))).toBe(true);

    const certificatePath = path.join(dataDir, 'localhost-cert.pem');
    const fetchImpl = fetchTrusting(certificatePath);
    const reader = tenant.info.users.find((u) => u.userPrincipalName.startsWith('hilde.kari.maugesten@'));
    if (!reader) throw new Error('reader missing');
    const tokenProvider = passwordTokenProvider(
      { authority: tenant.info.authority, clientId: tenant.info.clientId, certificatePath, username: reader.userPrincipalName, password: reader.password },
      fetchImpl,
    );
    const repository = new SharePointMeetingRepository({
      clients: createGraphClientFactory({ config: tenant.info, tokenProvider, fetch: fetchImpl }),
      siteId: tenant.info.siteId,
    });
    const meetings = await repository.listMeetings('partnerskapsmotet');
    expect(meetings.map((m) => [m.value.date, m.value.status])).toEqual([
      ['2025-06-05', 'minutesApproved'],
      ['2026-06-11', 'draft'],
    ]);
    const [held, draft] = meetings.map((m) => m.value);
    expect(held?.minutes?.driveItemId).toBeDefined();
    expect(held?.items.filter((item) => item.caseMemo?.driveItemId).length).toBe(6);
    expect(draft?.innkalling?.driveItemId).toBeDefined();
    expect(draft?.items.flatMap((item) => item.attachments).every((a) => a.driveItemId)).toBe(true);
    const referat = await repository.downloadDocument(held?.minutes ?? { fileName: '' });
    expect(new TextDecoder().decode(referat.subarray(0, 2))).toBe('PK'); // a .docx is a zip

    // The site as Møtebok leaves it after «Opprett møteorganet»: the start-up check finds nothing to warn about.
    const committees = (await repository.listCommittees()).map((c) => c.value);
    const report = await checkPermissions(sitePermissionDeps(repository, tokenProvider, fetchImpl, tenant.info.siteId), committees);
    expect(report.checked).toBe(true);
    expect(report.findings).toEqual([]);

    const second: string[] = [];
    await seedTenant({ url: tenant.url, dataDir, log: (line) => second.push(line) });
    expect(second.filter((line) => line.includes('lastet opp') || line.startsWith('lagret'))).toEqual([]);
    expect((await repository.listMeetings('partnerskapsmotet')).map((m) => m.version)).toEqual(meetings.map((m) => m.version));
  }, 120_000);
});
