/**
 * `npm run seed:tenant`: fills a running local tenant with the Partnerskapsmøtet seed data through
 * the app's own Graph layer, so `npm start` opens on a realistic site:
 * - "Klargjør SharePoint-området" (lists and columns);
 * - the committee, the 2025 meeting (held, minutes approved, with referat) and the 2026 meeting (draft);
 * - their documents in the meeting folders: innkalling, saksframlegg, referat (2025), and
 *   placeholder PDFs for vedlegg whose originals are not in the seeds;
 * - the committee's access, as «Opprett møteorganet» grants it (`repairPermissions`, what «Rett
 *   tilgangene» does): without it the workspace opened on a site Møtebok itself had left half-set and
 *   warned «Tilgangen til møtene er ikke satt opp riktig» until someone pressed «Rett tilgangene».
 * Signs in as the secretary (Kristin Liset) with the password grant. Idempotent: what exists is
 * left alone. TENANT_URL (default https://localhost:$TENANT_PORT, port 4000 unless set), TENANT_DATA (default .local-tenant/).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseMeetingFile } from '../src/domain/meetingFile';
import type { AgendaItem, Committee, DocumentRef, Meeting, MeetingFile } from '../src/domain/model';
import { innkallingFileName, referatFileName } from '../src/domain/attachments';
import { DOCX_CONTENT_TYPE, renderInnkallingDocx, renderReferatDocx, renderSaksframleggDocx } from '../src/documents';
import { createGraphClientFactory } from '../src/graph/graphClient';
import { SharePointMeetingRepository } from '../src/graph/sharePointMeetingRepository';
import { createSharePointRest } from '../src/graph/sharePointRest';
import { siteWebUrlOnce } from '../src/graph/siteWebUrl';
import { repairPermissions, type SitePermissionDeps } from '../src/graph/sitePermissions';
import { committeeAccess, personKey } from '../src/domain/committeeAccess';
import { fetchTrusting, passwordTokenProvider } from '../src/graph/testing/nodeTenantAccess';

const SECRETARY_UPN_PREFIX = 'kristin.liset@';

const TenantInfoSchema = z.object({
  authority: z.string(),
  graphBaseUrl: z.string(),
  clientId: z.string(),
  siteId: z.string(),
  users: z.array(z.object({ userPrincipalName: z.string(), password: z.string() }).loose()),
});

function fixture(name: string): MeetingFile {
  return parseMeetingFile(JSON.parse(readFileSync(new URL(`../fixtures/meetings/${name}.json`, import.meta.url), 'utf8')));
}

async function waitForTenant(url: string, certificatePath: string): Promise<z.infer<typeof TenantInfoSchema>> {
  const deadline = Date.now() + 60_000;
  let lastProblem = '';
  while (Date.now() < deadline) {
    if (existsSync(certificatePath)) {
      try {
        const response = await fetchTrusting(certificatePath)(`${url}/_tenant/info`);
        if (response.ok) return TenantInfoSchema.parse(await response.json());
        lastProblem = `HTTP ${response.status}`;
      } catch (error) {
        lastProblem = error instanceof Error ? error.message : String(error);
      }
    } else {
      lastProblem = `sertifikatet ${certificatePath} finnes ikke ennå`;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Fant ingen lokal tenant på ${url} (${lastProblem}). Start den med «npm run tenant».`);
}

/** A one-page PDF saying what the real file would be: the seeds do not include the originals. */
function placeholderPdf(title: string): Uint8Array {
  const text = `Eksempelvedlegg (lokal tenant): ${title}`.replace(/[()\\]/g, '').replace(/[^\x20-\x7e]/g, '?');
  const stream = `BT /F1 12 Tf 50 780 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

async function withDocuments(repository: SharePointMeetingRepository, file: MeetingFile, log: (line: string) => void): Promise<Meeting> {
  const { committee } = file;
  let meeting = file.meeting;
  const upload = async (name: string, content: Uint8Array): Promise<DocumentRef> => {
    const ref = await repository.uploadDocument(committee, meeting, name, content);
    log(`  lastet opp ${name}`);
    return ref;
  };
  const items: AgendaItem[] = [];
  for (const item of meeting.items) {
    let next = item;
    if (item.caseMemo) {
      const memo = await upload(item.caseMemo.fileName, await renderSaksframleggDocx(file, item.id));
      const caseMemo = { ...item.caseMemo, ...memo, contentType: DOCX_CONTENT_TYPE };
      next = { ...next, caseMemo, attachments: next.attachments.map((a) => (a.fileName === item.caseMemo?.fileName ? { ...a, ...caseMemo } : a)) };
    }
    const attachments = [];
    for (const attachment of next.attachments) {
      if (attachment.driveItemId || !attachment.fileName.toLowerCase().endsWith('.pdf')) {
        attachments.push(attachment);
        continue;
      }
      attachments.push({ ...attachment, ...(await upload(attachment.fileName, placeholderPdf(attachment.title))), contentType: 'application/pdf' });
    }
    items.push({ ...next, attachments });
  }
  meeting = { ...meeting, items };
  const innkalling = await upload(innkallingFileName(committee, meeting), await renderInnkallingDocx({ committee, meeting }));
  meeting = { ...meeting, innkalling: { ...innkalling, contentType: DOCX_CONTENT_TYPE } };
  if (meeting.status === 'held' || meeting.status === 'minutesApproved') {
    const minutes = await upload(referatFileName(committee, meeting), await renderReferatDocx({ committee, meeting }));
    meeting = { ...meeting, minutes: { ...minutes, contentType: DOCX_CONTENT_TYPE } };
  }
  return meeting;
}

/** SharePoint REST on the site as the seed's secretary, with the repository's Graph side: what «Rett tilgangene» uses. */
export function sitePermissionDeps(
  repository: SharePointMeetingRepository,
  tokenProvider: Parameters<typeof createSharePointRest>[1],
  fetchImpl: Parameters<typeof createSharePointRest>[2],
  siteId: string,
): SitePermissionDeps {
  return { rest: createSharePointRest(siteWebUrlOnce(repository.storageClient, siteId), tokenProvider, fetchImpl), graph: repository.storageClient, siteId };
}

export async function seedTenant(options: { url?: string; dataDir?: string; log?: (line: string) => void } = {}): Promise<void> {
  const url = options.url ?? process.env.TENANT_URL ?? `https://localhost:${process.env.TENANT_PORT ?? '4000'}`;
  const dataDir = path.resolve(options.dataDir ?? process.env.TENANT_DATA ?? '.local-tenant');
  const log = options.log ?? ((line: string) => console.log(`[seed] ${line}`));
  const certificatePath = path.join(dataDir, 'localhost-cert.pem');
  const info = await waitForTenant(url, certificatePath);
  const secretary = info.users.find((u) => u.userPrincipalName.startsWith(SECRETARY_UPN_PREFIX));
  if (!secretary) throw new Error('Fant ikke sekretæren (kristin.liset) i den lokale tenanten.');
  const fetchImpl = fetchTrusting(certificatePath);
  const tokenProvider = passwordTokenProvider(
    { authority: info.authority, clientId: info.clientId, certificatePath, username: secretary.userPrincipalName, password: secretary.password },
    fetchImpl,
  );
  const clients = createGraphClientFactory({ config: { graphBaseUrl: info.graphBaseUrl }, tokenProvider, fetch: fetchImpl });
  const repository = new SharePointMeetingRepository({ clients, siteId: info.siteId });

  const report = await repository.provision();
  log(report.createdLists.length + report.createdColumns.length === 0 ? 'SharePoint-området var klargjort fra før' : `klargjorde SharePoint-området: ${[...report.createdLists, ...report.createdColumns].join(', ')}`);

  const pm2025 = fixture('pm-2025');
  const pm2026 = fixture('pm-2026');
  const committee: Committee = pm2026.committee;
  const existing = (await repository.listCommittees()).find((c) => c.value.id === committee.id);
  if (existing) log(`møteorganet ${committee.name} finnes fra før`);
  else {
    await repository.saveCommittee(committee);
    log(`lagret møteorganet ${committee.name}`);
  }

  const held: MeetingFile = {
    committee,
    meeting: { ...pm2025.meeting, status: 'minutesApproved', minutesApprovedAt: `${pm2026.meeting.date}T12:00:00.000Z` },
  };
  for (const file of [held, pm2026]) {
    if (await repository.getMeeting(file.meeting.id)) {
      log(`møtet ${file.meeting.date} finnes fra før`);
      continue;
    }
    const meeting = await withDocuments(repository, file, log);
    await repository.saveMeeting(meeting);
    log(`lagret møtet ${meeting.date} (${meeting.status}, ${meeting.items.length} saker)`);
  }
  // As someone of the committee's secretariat, as «Rett tilgangene» must be (the seed's secretary writes the rows only).
  const managers = committeeAccess(committee).filter((entry) => entry.level === 'manage').map((entry) => personKey(entry.person));
  const manager = info.users.find((u) => managers.includes(u.userPrincipalName.toLowerCase()));
  if (!manager) throw new Error(`Fant ingen i sekretariatet til ${committee.name} i den lokale tenanten.`);
  const managerTokens = passwordTokenProvider(
    { authority: info.authority, clientId: info.clientId, certificatePath, username: manager.userPrincipalName, password: manager.password },
    fetchImpl,
  );
  const access = await repairPermissions(sitePermissionDeps(repository, managerTokens, fetchImpl, info.siteId), [committee]);
  log(access.findings.length === 0 ? 'satte tilgangene til møteorganet' : `tilgangene: ${access.findings.length} funn igjen`);
  log('ferdig');
}

if (import.meta.url === `file://${process.argv[1] ?? ''}` || process.argv[1]?.endsWith('seedTenant.ts')) {
  seedTenant().catch((error: unknown) => {
    console.error(`[seed] ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
