// The Vestfold 2026 variant with content unntatt offentlighet (fixtures/meetings/pm-2026-unntatt.json: a § 13 sak,
// a § 14 vedlegg, a sak in lukket møte), its vedlegg uploaded and the innkalling sent by the secretariat with
// Møtebok's own sender: exempt vedlegg moved to their sak's closed folder, the rows closed, the referat folder made.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { calendarScopes } from '../../src/auth/scopes';
import { parseMeetingFile } from '../../src/domain/meetingFile';
import type { AgendaItem, Committee, Meeting } from '../../src/domain/model';
import type { Versioned } from '../../src/domain/ports';
import { CalendarGateway } from '../../src/graph/calendarGateway';
import { protectExempt } from '../../src/graph/exemptFilePermissions';
import { MailGateway } from '../../src/graph/mailGateway';
import { sendNotice } from '../../src/graph/noticeSender';
import { createSharePointRest, type SharePointRest } from '../../src/graph/sharePointRest';
import { fetchTrusting, passwordTokenProvider } from '../../src/graph/testing/nodeTenantAccess';
import { ROOT, type AppHarness } from './appHarness';

const bytes = (seed: number): Uint8Array => Uint8Array.from({ length: 20_000 }, (_, i) => (i * 31 + seed * 17) % 256);

/** SharePoint REST on the site as one of the tenant's users (what the permission steps use). */
export function sharePointRestAs(harness: AppHarness, upn: string): SharePointRest {
  const { authority, clientId, certificatePath, graphBaseUrl, users } = harness.tenant.info;
  const password = users.find((user) => user.userPrincipalName === upn)?.password ?? '';
  const fetchImpl = fetchTrusting(certificatePath);
  const tokens = passwordTokenProvider({ authority, clientId, certificatePath, username: upn, password }, fetchImpl);
  return createSharePointRest(async () => `${new URL(graphBaseUrl).origin}/sites/helsefellesskapet`, tokens, fetchImpl);
}

/** Stores the variant as `id` (with `changes` per sak, e.g. a grant) for `committee`, stored already, and sends it as `secretary`. */
export async function sendExemptVariant(
  harness: AppHarness,
  secretary: string,
  committee: Committee,
  meeting: { id: string; theme?: string; changes?: (item: AgendaItem) => Partial<AgendaItem> },
): Promise<Versioned<Meeting>> {
  const repository = harness.repositoryAs(secretary);
  const variant = parseMeetingFile(JSON.parse(readFileSync(path.join(ROOT, 'fixtures/meetings/pm-2026-unntatt.json'), 'utf8'))).meeting;
  const items: AgendaItem[] = [];
  for (const [index, item] of variant.items.entries()) {
    const attachments = [];
    for (const attachment of item.attachments) {
      const ref = await repository.uploadDocument(committee, variant, attachment.fileName, bytes(index));
      attachments.push({ ...attachment, ...ref, fileName: attachment.fileName, contentType: 'application/pdf' });
    }
    items.push({ ...item, attachments, ...meeting.changes?.(item) });
  }
  const draft = await repository.saveMeeting({ ...variant, id: meeting.id, ...(meeting.theme ? { theme: meeting.theme } : {}), items });
  const rest = sharePointRestAs(harness, secretary);
  const clients = harness.graphAs(secretary);
  return sendNotice(
    {
      repository,
      calendar: new CalendarGateway(clients(calendarScopes(undefined)), undefined),
      mail: () => new MailGateway(clients(['Mail.Send'])),
      protectExempt: (file) => protectExempt({ rest, graph: repository.storageClient, siteId: harness.tenant.info.siteId }, file),
    },
    committee,
    draft,
  );
}
