import { exemptFolderPath } from '../domain/attachments';
import { caseLabel } from '../domain/caseNumbering';
import { carriedExemptFiles, carriedFrom, type CarriedExemptFile } from '../domain/carriedExemptFiles';
import { attachmentExemption, publicTitleOf, publicVersion } from '../domain/confidentiality';
import { formatClockTime, formatDateLong, formatDeadline, utcToOslo } from '../domain/dates';
import { DomainError, isDomainError } from '../domain/errors';
import type { AgendaItem, Committee, Meeting, MeetingFile } from '../domain/model';
import type { MeetingRepository, Versioned } from '../domain/ports';
import { withWrittenSendStarted, withWrittenSent, withoutWrittenSendStarted, writtenExemptSaker, writtenExemptWords, writtenRecipients, writtenSendState } from '../domain/writtenTreatment';
import { writtenTreatmentWords } from '../domain/writtenTreatmentWords';
import { GraphRequestError } from './graphError';
import type { MailSender } from './mailGateway';
import { assertNoExemptContentLeaves, checkExemptPermissions, sendExemptLinks, type ExemptLink } from './confidentialNotice';
import type { SharePointMeetingRepository } from './sharePointMeetingRepository';

// The body is the innkalling's (documents/html/agendaHtml.ts), loaded when the saker are sent, not with every page's Graph side.
const loadDocuments = () => import(/* webpackChunkName: "documents" */ '../documents');

/** Where the send is: recording that it begins, sending the mail, recording that it went. Worded by the screen. */
export type WrittenSendProgress = 'recording' | 'sending' | 'saved';

/** Where the saker's content unntatt offentlighet lies in the library (`sharePointExemptPlaces`). */
export interface ExemptPlaces {
  /** Refuses when anyone not entitled can open a sak's exempt content (confidentialNotice.ts `checkExemptPermissions`). */
  check(file: MeetingFile, laterBodyReaders?: ReadonlyMap<string, ReadonlySet<string>>): Promise<void>;
  /** The https address of the folder at `path`, or undefined when it does not exist (or the library has no https address). */
  folderUrl(path: string): Promise<string | undefined>;
}

export interface WrittenSendDeps {
  repository: Pick<MeetingRepository, 'saveMeeting'>;
  /** Built on first use, so Mail.Send consent is asked for only when the saker are sent. */
  mail: () => MailSender;
  now?: () => Date;
  /**
   * Moves each exempt saksframlegg and vedlegg into its sak's closed folder and gives it the sak's permissions, as the
   * innkalling's send does (exemptFilePermissions.ts `protectExempt`), a carried sak's files opened to the members entitled
   * to it, their ids added to `builtInRead` when through the built-in Read; returns the meeting with their new addresses.
   */
  protectExempt?: (file: MeetingFile, laterBodyReaders?: Map<string, Set<string>>, builtInRead?: Set<string>) => Promise<Meeting>;
  /** Without it a sak unntatt offentlighet cannot be linked, so it is refused (`written.exemptUnreadable`). */
  exemptPlaces?: ExemptPlaces;
}

/** The library's closed folders as `ExemptPlaces`: permissions read through Graph, the folder's address from its path. */
export function sharePointExemptPlaces(repository: Pick<SharePointMeetingRepository, 'storageClient' | 'files'>): ExemptPlaces {
  return {
    check: (file, laterBodyReaders) => checkExemptPermissions(repository, file, [], laterBodyReaders),
    folderUrl: async (path) => {
      if ((await repository.files.findFolder(path)) === undefined) return undefined;
      const at = path.lastIndexOf('/');
      return repository.files.webUrlOf(path.slice(0, at), path.slice(at + 1));
    },
  };
}

/**
 * Each sak with content unntatt offentlighet linked to its closed folder (domain/writtenTreatment.ts `writtenExemptSaker`:
 * why the folder and not the text), after the files are closed and their permissions read back; refused, naming the sak,
 * when an exempt sak has no saksframlegg or no folder to link, or, naming the vedlegg too, when an exempt vedlegg was never
 * stored (so is not in that folder), as the members could not read it. A sak taken from an earlier body has its exempt
 * files where that body keeps them: `protectExempt` grants the members entitled to it Read there, as the innkalling's send
 * does (carriedExemptGrants.ts), and `carried` lists them for the mail of links to those members (`sendExemptLinks`); the
 * sak's own folder is linked only when it holds an exempt file of this meeting's (`ownFiles`).
 */
async function exemptLinks(
  deps: WrittenSendDeps,
  file: MeetingFile,
): Promise<{ meeting: Meeting; links: Record<string, string>; carried: ExemptLink[]; builtInRead: string[] }> {
  const nameOf = (item: AgendaItem) => {
    const exempt = item.confidentiality?.exempt;
    return item.caseNumber !== null ? caseLabel(item.caseNumber) : `«${exempt === undefined ? item.title : publicTitleOf(exempt, file.committee.languageForm)}»`;
  };
  const refuse = (item: AgendaItem) => {
    const body = carriedFrom(item);
    // A sak taken from an earlier body that made no saksframlegg: said so, not as one this body forgot to make.
    return body === undefined
      ? new DomainError('writtenSend', { key: 'written.exemptUnreadable', values: { item: nameOf(item) } })
      : new DomainError('writtenSend', { key: 'written.carriedNoCaseMemo', values: { item: nameOf(item), body } });
  };
  const { linked, unreadable, unstored, ownFiles } = writtenExemptSaker(file.meeting);
  if (linked.length === 0) return { meeting: file.meeting, links: {}, carried: [], builtInRead: [] };
  const first = unreadable[0];
  if (first !== undefined) throw refuse(first);
  // Before anything is moved or sent: the sender (the secretariat, who may read it) is told which vedlegg to upload.
  const missing = unstored[0];
  if (missing !== undefined) {
    throw new DomainError('writtenSend', { key: 'written.exemptAttachmentUnstored', values: { item: nameOf(missing.item), attachment: missing.attachment.title } });
  }
  // Who reads a stored exempt file through a later body's grant (a sak taken into its meeting), left alone by protectExempt.
  const laterBodyReaders = new Map<string, Set<string>>();
  // The carried saker whose exempt files got the built-in Read (the committee's own level lacking): kept on the send's record.
  const builtInRead = new Set<string>();
  const meeting = deps.protectExempt === undefined ? file.meeting : await deps.protectExempt(file, laterBodyReaders, builtInRead).catch(writtenRefusal);
  const own = new Set(ownFiles.map((item) => item.id));
  const links: Record<string, string> = {};
  for (const item of linked.filter((sak) => own.has(sak.id))) {
    const url = await deps.exemptPlaces?.folderUrl(exemptFolderPath(file.committee, meeting, item));
    if (url !== undefined) links[item.id] = url;
    else if (unreadableWithout(item)) throw refuse(item);
  }
  await deps.exemptPlaces?.check({ committee: file.committee, meeting }, laterBodyReaders);
  return { meeting, links, carried: carriedExemptFiles({ committee: file.committee, meeting }).map(carriedLink), builtInRead: [...builtInRead] };
}

/** A carried sak's exempt vedlegg or saksframlegg as a line of the mail of links (`sendExemptLinks`), with its hjemmel. */
function carriedLink(entry: CarriedExemptFile): ExemptLink {
  const { item, ref } = entry;
  const vedlegg = item.attachments.find((attachment) => attachment === ref);
  const own = vedlegg === undefined ? undefined : attachmentExemption(item, vedlegg);
  const exemption = own ?? item.confidentiality?.exempt ?? item.confidentiality?.caseMemo ?? {};
  return { item, title: vedlegg?.title ?? CASE_MEMO, webUrl: ref.webUrl, exemption, allowed: entry.allowed };
}

// The word is the same in bokmål and nynorsk.
const CASE_MEMO = 'Saksframlegg';

/**
 * The innkalling's refusal to grant on a carried sak's files said as the written treatment's (its saker are not sent), the
 * same files and body: `exempt.carriedNotGranted` speaks of the innkalling.
 */
function writtenRefusal(error: unknown): never {
  if (isDomainError(error) && error.reason?.key === 'exempt.carriedNotGranted') {
    throw new DomainError('writtenSend', { key: 'written.carriedNotGranted', values: error.reason.values });
  }
  throw error;
}

/**
 * The sent record with the carried saker whose exempt files the send opened through the built-in Read (carriedExemptGrants.ts),
 * so the panel says so after the send (`written.carriedBuiltInRead`).
 */
function withCarriedRead(meeting: Meeting, builtInRead: readonly string[]): Meeting {
  if (builtInRead.length === 0 || meeting.written === undefined) return meeting;
  return { ...meeting, written: { ...meeting.written, carriedBuiltInRead: [...builtInRead] } };
}

// An exempt sak is read only through its folder; a sak whose saksframlegg or a vedlegg alone is exempt has its text in the mail.
const unreadableWithout = (item: AgendaItem): boolean => item.confidentiality?.exempt !== undefined;

export interface WrittenSendOptions {
  onProgress?: (step: WrittenSendProgress) => void;
  /** The sender has looked in Sent Items after a send that may have gone (`written.sendUncertain`) and sends again. */
  resend?: boolean;
}

/**
 * A written treatment's saker to the members with a vote (domain/writtenTreatment.ts), by one mail from the signed-in user
 * (`MailGateway`, Mail.Send): the innkalling's body (`renderAgendaHtml`) in the public view, with the saker, their forslag,
 * the Svarfrist and «Enig / Ikke enig / Krever møtebehandling», the vedlegg as links to the meeting folder Møtebok sets the
 * permissions of; a sak unntatt offentlighet by its public title and hjemmel with a link to its closed folder (`exemptLinks`);
 * no calendar invite, no Teams. Exactly once, as the innkalling: Graph's sendMail has no transaction id, so
 * the send is recorded on the meeting (eTag) BEFORE the mail goes (`sendStartedAt`) and when it went (`sentAt`). Already sent:
 * nothing is sent. Begun and not known to have gone (a fault after the request left): refused with `written.sendUncertain`
 * until the sender says, having looked in Sent Items, to send again (`resend`). Graph refused the mail (4xx: it did not go):
 * the begun send is taken back, so a retry sends.
 */
export async function sendWrittenTreatment(
  deps: WrittenSendDeps,
  committee: Committee,
  stored: Versioned<Meeting>,
  options: WrittenSendOptions = {},
): Promise<Versioned<Meeting>> {
  const state = writtenSendState(stored.value);
  if (state.state === 'sent') return stored; // already done: exactly once
  if (state.state === 'uncertain' && options.resend !== true) {
    const { date, time } = utcToOslo(state.startedAt);
    throw new DomainError('writtenSend', { key: 'written.sendUncertain', values: { at: `${formatDateLong(date)} ${formatClockTime(time)}` } });
  }
  const { to } = writtenRecipients(committee);
  if (to.length === 0) throw new DomainError('writtenSend', { key: 'written.noRecipients' });
  const { meeting, links, carried, builtInRead } = await exemptLinks(deps, { committee, meeting: stored.value });
  const { renderAgendaHtml } = await loadDocuments();
  const words = writtenTreatmentWords(committee.languageForm);
  const separately = [...new Set(carried.map((entry) => entry.item.id))];
  const exemptWords = writtenExemptWords(committee.languageForm);
  const html = renderAgendaHtml(publicVersion({ committee, meeting }), { exemptLinks: { urls: links, separately, words: exemptWords } });
  // The last look, as the innkalling's: nothing exempt for anyone invited is in the body.
  assertNoExemptContentLeaves({ committee, meeting }, { bodyHtml: html, fileNames: [] });
  const subject = `${words.putTitle} ${words.in} ${committee.name} – ${words.deadline.toLowerCase()} ${formatDeadline(meeting)}`;
  const now = () => (deps.now?.() ?? new Date()).toISOString();

  options.onProgress?.('recording');
  // With the new addresses of the exempt files moved into their closed folders.
  const begun = await deps.repository.saveMeeting(withWrittenSendStarted(meeting, now()), stored.version);
  options.onProgress?.('sending');
  try {
    await deps.mail().send({ subject, html, to });
  } catch (error) {
    // Graph answered with a refusal: the mail did not go. Anything else (no answer, a server error) may have sent it.
    if (error instanceof GraphRequestError && error.status >= 400 && error.status < 500 && error.status !== 408) {
      await deps.repository.saveMeeting(withoutWrittenSendStarted(begun.value), begun.version);
    }
    throw error;
  }
  // A carried sak's exempt files by their own addresses, to those entitled only (as the innkalling's send). The saker went:
  // a fault here leaves the send begun, not taken back, so a retry asks first (`written.sendUncertain`).
  if (carried.length > 0) await sendExemptLinks(deps.mail(), { committee, meeting }, carried);
  const sent = await deps.repository.saveMeeting(withCarriedRead(withWrittenSent(begun.value, now()), builtInRead), begun.version);
  options.onProgress?.('saved');
  return sent;
}
