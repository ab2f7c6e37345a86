/**
 * HTTP requests Møtebok makes against the local tenant (counted from the tenant's own request log:
 * Graph requests, upload-session chunks and downloads from pre-authenticated addresses; sign-in
 * excluded, as tokens are cached) for the three
 * operations that matter, each beside the smallest number Graph allows for it. Not timed: figures
 * for people. `npm run bench -- requests`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { startTenant } from '../../tenant/server';
import { calendarScopes } from '../../src/auth/scopes';
import { attachmentFileName } from '../../src/domain/attachments';
import { parseMeetingFile } from '../../src/domain/meetingFile';
import type { Attachment, Meeting, MeetingFile } from '../../src/domain/model';
import { CalendarGateway } from '../../src/graph/calendarGateway';
import { createGraphClientFactory } from '../../src/graph/graphClient';
import { sendNotice } from '../../src/graph/noticeSender';
import { SharePointMeetingRepository } from '../../src/graph/sharePointMeetingRepository';
import { readWorkspaceStart } from '../../src/graph/workspaceStart';
import { startWorkspaceReads } from '../../src/ui/workspace/startupReads';
import { fetchTrusting, passwordTokenProvider } from '../../src/graph/testing/nodeTenantAccess';
import { readFileSync } from 'node:fs';
import { defineSuite } from './harness';

const MB = 1024 * 1024;
const LogSchema = z.object({ value: z.array(z.object({ method: z.string(), path: z.string(), status: z.number(), batch: z.string().optional() }).loose()) });

function fixture(name: string): MeetingFile {
  return parseMeetingFile(JSON.parse(readFileSync(new URL(`../../fixtures/meetings/${name}.json`, import.meta.url), 'utf8')));
}

interface Row {
  operation: string;
  measured: number;
  minimum: number;
  why: string;
}

async function countRequests(): Promise<Row[]> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'motebok-bench-'));
  const tenant = await startTenant({ port: 0, dataDir, quiet: true });
  try {
    const certificatePath = path.join(dataDir, 'localhost-cert.pem');
    const fetchImpl = fetchTrusting(certificatePath);
    const control = async (method: string, pathname: string) => (await fetchImpl(`${tenant.url}${pathname}`, { method })).text();
    const graphRequests = async () => {
      const log = LogSchema.parse(JSON.parse(await control('GET', '/_tenant/requests')));
      // HTTP requests on the wire: the log also lists each request inside a $batch (marked `batch`).
      return log.value.filter((entry) => entry.batch === undefined && (entry.path.startsWith('/v1.0/') || /^\/_tenant\/(upload|download|attachment-upload)\//.test(entry.path))).length;
    };
    const secretary = tenant.info.users.find((u) => u.userPrincipalName.startsWith('kristin.liset@'));
    if (!secretary) throw new Error('secretary missing');
    const tokenProvider = passwordTokenProvider(
      {
        authority: tenant.info.authority,
        clientId: tenant.info.clientId,
        certificatePath,
        username: secretary.userPrincipalName,
        password: secretary.password,
      },
      fetchImpl,
    );
    const clients = createGraphClientFactory({ config: tenant.info, tokenProvider, fetch: fetchImpl });
    const chunk = 12 * 327_680; // 3.75 MiB: under Outlook's 4 MB per attachment chunk
    const repository = new SharePointMeetingRepository({ clients, siteId: tenant.info.siteId, chunkBytes: chunk });
    const calendar = new CalendarGateway(clients(calendarScopes(undefined)), undefined, chunk);
    await repository.ensureProvisioned();
    const { committee, meeting: base } = fixture('pm-2026');
    await repository.saveCommittee(committee);

    // The 2026 meeting with nine vedlegg, one of them 10 MB.
    const meeting: Meeting = { ...base, items: base.items.map((item) => ({ ...item, attachments: [] })) };
    const targets = meeting.items.filter((item) => item.caseNumber !== null);
    for (let index = 0; index < 9; index++) {
      const item = targets[index % targets.length];
      if (!item) throw new Error('no items');
      const draft: Attachment = { id: `att-${index + 1}`, number: index + 1, title: `Vedlegg nummer ${index + 1}`, fileName: `Vedlegg nummer ${index + 1}.pdf` };
      const name = attachmentFileName(draft, item);
      const ref = await repository.uploadDocument(committee, meeting, name, new Uint8Array(index === 8 ? 10 * MB : 50_000).fill(index));
      item.attachments.push({ ...draft, ...ref, fileName: name, contentType: 'application/pdf' });
    }
    const draft = await repository.saveMeeting(meeting);
    const rows: Row[] = [];

    // 1. Opening a meeting: a fresh session (list ids unknown) and then again.
    const fresh = new SharePointMeetingRepository({ clients, siteId: tenant.info.siteId });
    let before = await graphRequests();
    await fresh.openMeeting(committee, meeting);
    rows.push({
      operation: 'åpne møte med saker og dokumenter (ny økt)',
      measured: (await graphRequests()) - before,
      minimum: 1,
      why: 'one $batch: meeting row, item rows, folder children by path. Lists are addressed by title (GET /sites/{site-id}/lists/{list-title}), so nothing is looked up first.',
    });
    before = await graphRequests();
    await fresh.openMeeting(committee, meeting);
    rows.push({ operation: 'åpne møte med saker og dokumenter (samme økt)', measured: (await graphRequests()) - before, minimum: 1, why: 'one $batch of three GETs; nothing smaller returns three resources.' });

    // 2. Sending the innkalling with 9 vedlegg (8 × 50 kB, 1 × 10 MB) in file-and-link mode.
    before = await graphRequests();
    const sent = await sendNotice({ repository, calendar }, committee, draft);
    const large = Math.ceil((10 * MB) / chunk);
    rows.push({
      operation: 'sende innkalling med 9 vedlegg (ett på 10 MB)',
      measured: (await graphRequests()) - before,
      // $batch: 9 vedlegg as stored now with their download addresses + createLink ×9 (1) + PUT
      // innkalling by path (1) + POST event (1) + 9 downloads from those addresses (9; event
      // attachments need the bytes, there is no reference attachment in v1.0)
      // + 9 small files as fileAttachment (the innkalling and 8 vedlegg) sharing one $batch while
      // their base64 stays under the 4 MB request limit (1) + 1 upload session + its chunks
      // + PATCH attendees (1) + record the notice on the meeting row (1).
      minimum: 1 + 1 + 1 + 9 + 1 + 1 + large + 1 + 1,
      why: `$batch vedlegg + download addresses + links, PUT docx by path, POST event, 9 downloads, 1 $batch of small attachments, session + ${large} chunks, PATCH attendees, record the notice. Møtebok also lists the event's attachments once (+1) so a retry never duplicates one. No drive, folder or list id is looked up.`,
    });

    // 3. Saving one conclusion (the referent, during the meeting).
    const current = sent;
    const first = current.value.items[0];
    if (!first) throw new Error('no items');
    before = await graphRequests();
    await repository.saveMeeting({ ...current.value, items: current.value.items.map((item) => (item.id === first.id ? { ...item, conclusion: ['Godkjent.'] } : item)) }, sent.version);
    rows.push({ operation: 'lagre én konklusjon', measured: (await graphRequests()) - before, minimum: 1, why: 'one PATCH of the item row with If-Match; the version carries row id and eTag, so nothing is read first.' });

    // 4. The workspace's start on a committee's meeting (`?committee=…#meeting=…`), a fresh session: what its entry reads
    // before the first render (ui/workspace/startupReads.ts, with graph/workspaceStart.ts as the page wires it), with a
    // second meeting that year, so numbering the open one reads its case numbers.
    await repository.saveMeeting({ ...meeting, id: `${meeting.id}-autumn`, date: `${meeting.date.slice(0, 4)}-11-20`, items: [] });
    const workspace = new SharePointMeetingRepository({ clients, siteId: tenant.info.siteId });
    before = await graphRequests();
    await startWorkspaceReads(workspace, { committeeId: committee.id, meetingId: meeting.id }, (named) => readWorkspaceStart(workspace, named)).settled;
    rows.push({
      operation: 'arbeidsflaten starter (utvalg, møterader, møtet, saksnumre)',
      measured: (await graphRequests()) - before,
      minimum: 2,
      why: "one $batch: the committees, the committee's meeting rows, the meeting's row and its item rows; then one $batch of the year's other meetings' case numbers, which only those answers name (the meeting's date, the committee's numbering). Before h/work59: 4.",
    });
    return rows;
  } finally {
    await tenant.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function table(rows: readonly Row[]): string {
  const width = Math.max(...rows.map((r) => r.operation.length));
  const lines = rows.map((r) => `${r.operation.padEnd(width)}  ${String(r.measured).padStart(4)} forespørsler  (minst mulig: ${r.minimum})\n${' '.repeat(width + 2)}${r.why}`);
  return [`${'operasjon'.padEnd(width)}  målt / minst mulig`, ...lines].join('\n');
}

const rows = await countRequests();

export default defineSuite({
  name: 'HTTP-forespørsler mot Graph (lokal tenant)',
  input: `\n${table(rows)}`,
  cases: [],
});
