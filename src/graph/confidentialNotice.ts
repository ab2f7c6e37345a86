import * as v from 'valibot';
import { exemptFolderPath } from '../domain/attachments';
import { caseLabel } from '../domain/caseNumbering';
import { basisText, hasExemptContent, hiddenTexts, leaksIn, personViewer } from '../domain/confidentiality';
import { exemptFiles, inviteesWithAccess, isCaseMemoExempt } from '../domain/confidentialityAudience';
import type { Exemption } from '../domain/confidentialitySchemas';
import type { Invitee } from '../domain/invitation';
import { formatDateShort } from '../domain/dates';
import { DomainError, type DomainReason } from '../domain/errors';
import { invitees } from '../domain/invitation';
import type { AgendaItem, MeetingFile } from '../domain/model';
import { normaliseAddress } from '../domain/personIdentity';
import { documentTexts, escapeHtml, safeHref } from '../documents';
import { graphCall } from './graphCall';
import type { MailSender } from './mailGateway';
import type { SharePointMeetingRepository } from './sharePointMeetingRepository';
import { lazySchema } from '../domain/lazySchema';

/**
 * The innkalling's side of unntatt offentlighet (domain/confidentiality.ts decides what is exempt
 * and who may see it). The event is one for everyone and carries the public view; here:
 *
 * - before each send, the permissions of each sak's exempt folder, every exempt vedlegg and saksframlegg are read through Graph
 *   (`GET /drives/{id}/items/{id}/permissions`): a sharing link for the organisation or anyone, a
 *   permission inherited from the library, or a person not entitled refuses the send;
 * - the last look at what goes out: no invitee may receive a text that is exempt for them;
 * - entitled invitees get the exempt vedlegg as links in one mail per audience (nobody else gets
 *   the mail, the links open only for those with permission).
 */

const PermissionSchema = lazySchema(() => v.looseObject({
  id: v.string(),
  roles: v.optional(v.array(v.string()), []),
  link: v.optional(v.looseObject({ scope: v.optional(v.string()) })),
  inheritedFrom: v.optional(v.looseObject({})),
  grantedTo: v.optional(v.looseObject({ user: v.optional(v.looseObject({ email: v.optional(v.string()) })) })),
  grantedToV2: v.optional(v.looseObject({ user: v.optional(v.looseObject({ email: v.optional(v.string()) })) })),
  invitation: v.optional(v.looseObject({ email: v.optional(v.string()) })),
}));
const PermissionsSchema = lazySchema(() => v.looseObject({ value: v.array(PermissionSchema()) }));
type Permission = v.InferOutput<ReturnType<typeof PermissionSchema>>;

/** Why one permission lets someone see an exempt file they may not, or undefined when it is fine. */
export function permissionProblem(permission: Permission, allowed: ReadonlySet<string>): DomainReason | undefined {
  if (permission.roles.includes('owner')) return undefined; // the site owners: the secretariat
  if (permission.link) return { key: 'exempt.sharingLink', values: { scope: permission.link.scope === 'anonymous' ? 'anonymous' : 'organization' } };
  if (permission.inheritedFrom) return { key: 'exempt.inherited' };
  const email = normaliseAddress(permission.grantedToV2?.user?.email ?? permission.grantedTo?.user?.email ?? permission.invitation?.email);
  if (email !== '' && !allowed.has(email)) return { key: 'exempt.grantedTo', values: { email } };
  return undefined;
}

/**
 * Reads the permissions of each sak's folder for exempt content, of each stored exempt vedlegg and of
 * each exempt saksframlegg, and refuses the send when anyone not entitled can open one. `laterBodyReaders`
 * (exemptFilePermissions.ts `protectExempt` fills it) are, per stored file, those a later body's send lets read it
 * (a sak taken into its meeting, `carriedExemptGrants.ts`): allowed on that file, and only there.
 */
export async function checkExemptPermissions(
  repository: Pick<SharePointMeetingRepository, 'storageClient' | 'files'>,
  file: MeetingFile,
  owners: readonly string[] = [],
  laterBodyReaders: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): Promise<void> {
  const stored = exemptFiles(file).filter((entry) => entry.attachment.driveItemId !== undefined);
  const saker = file.meeting.items.filter(hasExemptContent);
  if (stored.length === 0 && saker.length === 0) return;
  const client = repository.storageClient;
  const driveId = await repository.files.driveId();
  const allowedFor = (item: AgendaItem) =>
    new Set([...inviteesWithAccess(file, item).map((invitee) => normaliseAddress(invitee.address)), ...owners.map(normaliseAddress)]);
  const check = async (itemId: string, allowed: ReadonlySet<string>, what: DomainReason) => {
    const { value } = await graphCall(PermissionsSchema(), () => client.api(`/drives/${driveId}/items/${itemId}/permissions`).get());
    for (const permission of value) {
      const problem = permissionProblem(permission, allowed);
      if (problem) {
        throw new DomainError('exemptContentExposed', { key: 'exempt.exposed', values: { what, problem } });
      }
    }
  };
  for (const item of saker) {
    // Made by protectExemptFiles; absent only when nothing was ever stored for the sak.
    const folderId = await repository.files.findFolder(exemptFolderPath(file.committee, file.meeting, item));
    if (folderId !== undefined) await check(folderId, allowedFor(item), item.caseNumber === null ? { key: 'exempt.folderOfSak' } : { key: 'exempt.folderOf', values: { caseNumber: item.caseNumber } });
  }
  const withLaterBody = (id: string, allowed: Set<string>) => new Set([...allowed, ...[...(laterBodyReaders.get(id) ?? [])].map(normaliseAddress)]);
  for (const entry of stored) {
    const id = entry.attachment.driveItemId ?? '';
    await check(id, withLaterBody(id, allowedFor(entry.item)), { key: 'exempt.attachment', values: { attachment: entry.attachment.title } });
  }
  for (const item of saker) {
    const memo = item.caseMemo;
    if (isCaseMemoExempt(item) && memo?.driveItemId !== undefined) await check(memo.driveItemId, withLaterBody(memo.driveItemId, allowedFor(item)), { key: 'exempt.caseMemo', values: { fileName: memo.fileName } });
  }
}

/**
 * The last look before Exchange sends: the body and the file names every invitee receives may not
 * hold anything exempt for them. With the public view this never finds anything; it guards against
 * a channel that forgot the view.
 */
export function assertNoExemptContentLeaves(file: MeetingFile, outgoing: { bodyHtml: string; fileNames: readonly string[] }): void {
  const text = `${outgoing.bodyHtml}\n${outgoing.fileNames.join('\n')}`;
  for (const invitee of invitees(file.committee, file.meeting)) {
    const leaks = leaksIn(text, hiddenTexts(file, personViewer(invitee.address)));
    if (leaks.length > 0) {
      throw new DomainError('exemptContentExposed', { key: 'exempt.wouldLeak', values: { invitee: invitee.name ?? invitee.address, leak: leaks[0] ?? '' } });
    }
  }
}

/** A document unntatt offentlighet, linked by its own address in a mail to those entitled to it (`sendExemptLinks`). */
export interface ExemptLink {
  item: AgendaItem;
  /** As those entitled know it (the real title: only they get the mail). */
  title: string;
  webUrl: string | undefined;
  exemption: Exemption;
  allowed: Invitee[];
}

/**
 * One mail per group of invitees with the same access, listing the exempt documents they may open as links: the
 * innkalling's exempt vedlegg by default (`exemptFiles`); a written treatment's carried saker's files
 * (writtenTreatmentSender.ts), which lie where the earlier body keeps them.
 */
export async function sendExemptLinks(mail: MailSender, file: MeetingFile, links: readonly ExemptLink[] = vedleggLinks(file)): Promise<number> {
  const groups = new Map<string, ExemptLink[]>();
  for (const entry of links) {
    if (entry.webUrl === undefined || entry.allowed.length === 0) continue;
    const key = entry.allowed.map((invitee) => normaliseAddress(invitee.address)).sort().join(',');
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const nn = file.committee.languageForm === 'nn';
  const heading = `${file.committee.name} ${formatDateShort(file.meeting.date)}`;
  for (const entries of groups.values()) {
    const lines = entries.map((entry) => {
      const href = safeHref(entry.webUrl ?? '');
      const label = escapeHtml(`${entry.item.caseNumber === null ? '' : `${caseLabel(entry.item.caseNumber)}: `}${entry.title}`);
      return `<li>${href === undefined ? label : `<a href="${href}">${label}</a>`} (${escapeHtml(basisText(entry.exemption, file.committee.languageForm))})</li>`;
    });
    const written = file.meeting.written !== undefined;
    const intro = nn
      ? `Desse dokumenta er unnatekne offentlegheit og ${written ? 'står ikkje i e-posten med sakene til skriftleg handsaming' : 'ligg ikkje ved innkallinga'}. Lenkjene opnar berre for deg og andre som har tilgang.`
      : `Disse dokumentene er unntatt offentlighet og ${written ? 'står ikke i e-posten med sakene til skriftlig behandling' : 'ligger ikke ved innkallingen'}. Lenkene åpnes bare for deg og andre som har tilgang.`;
    await mail.send({
      subject: `${nn ? 'Dokument unnatekne offentlegheit' : 'Dokumenter unntatt offentlighet'} – ${heading}`,
      // As the invite body says it (agendaHtml.ts): the links open the host's SharePoint, which a member from another
      // organisation reaches only by signing in with the guest account he was given there.
      html: `<p>${escapeHtml(intro)}</p><ul>${lines.join('')}</ul><p>${escapeHtml(documentTexts(file.committee).linksNeedAccount)}</p>`,
      to: entries[0]?.allowed ?? [],
    });
  }
  return groups.size;
}

const vedleggLinks = (file: MeetingFile): ExemptLink[] =>
  exemptFiles(file).map(({ item, attachment, exemption, allowed }) => ({ item, title: attachment.title, webUrl: attachment.webUrl, exemption, allowed }));
