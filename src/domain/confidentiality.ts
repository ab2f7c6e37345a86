import type { Exemption } from './confidentialitySchemas';
import type { CommitteeRole } from './confidentialitySchemas';
import type { AgendaItem, Attachment, AttendanceRole, Committee, LanguageForm, Meeting, MeetingFile, WrittenTreatment } from './model';
import { attendanceFor, onlyForHidden } from './exemptAttendance';
import { writtenOutcome } from './writtenOutcome';
import { writtenAnswerLines, writtenAnswerWords } from './writtenCoreWords';
import { plainTextOf, type RichText } from './richText';
import { hasAddress, identityOf, isPerson, listedIdentity, type ListedPerson, type PersonIdentity } from './personIdentity';

/**
 * Unntatt offentlighet and lukket møte: the ONE rule for what a person may see of a meeting.
 * Every channel — the invitation body and its files, the public documents, the Outlook block, the
 * side panel, the stage, the referat mail — renders `viewFor(file, viewer)` instead of the meeting
 * itself, so none of them decides on its own what to leave out.
 *
 * In a view for someone without access, an exempt sak keeps its number and shows its public title
 * and "Unntatt offentlighet, <hjemmel>"; its body, proposal, konklusjon, saksframlegg and vedlegg
 * are left out (or replaced by the public wording the secretariat wrote) — a recorded konklusjon
 * becomes that line, so no record says a decided sak has none, unless the sak says «Vedtaket er
 * offentlig» (`Exemption.decisionPublic`): then the konklusjon itself, and nothing else of the sak. An exempt vedlegg in an
 * open sak becomes a line without a file or link; an exempt saksframlegg loses its background and
 * document.
 */

export type Viewer =
  /** The public version (offentlig versjon): what may be published or sent to anyone. */
  | { kind: 'public' }
  /** A person by their directory id and addresses: sees exempt content of a sak when `maySeeExempt`. */
  | { kind: 'person'; identity: PersonIdentity }
  /** The secretariat and the referent: everything. */
  | { kind: 'full' }
  /**
   * A reader whose access is what SharePoint lets them open: the saker whose folder for exempt
   * content their own token could read (the Outlook read pane, which has no committee roles to go by).
   */
  | { kind: 'readable'; itemIds: ReadonlySet<string> };

export const PUBLIC_VIEWER: Viewer = { kind: 'public' };
export const FULL_VIEWER: Viewer = { kind: 'full' };
export const personViewer = (who: string | PersonIdentity | undefined): Viewer => ({ kind: 'person', identity: identityOf(who) });

const TEXTS = {
  // `closed` before the meeting (innkalling, saksframlegg), `closedHeld` in the protokoll, written after it.
  // `noBasis` stands where a hjemmel not yet chosen would (nothing is sent then, but previews render it).
  nb: { exempt: 'Unntatt offentlighet', caseMemoExempt: 'Saksframlegget er unntatt offentlighet', closed: 'Behandles i lukket møte', closedHeld: 'Behandlet i lukket møte', noBasis: 'hjemmel mangler' },
  nn: { exempt: 'Unnateke offentlegheit', caseMemoExempt: 'Saksframlegget er unnateke offentlegheit', closed: 'Blir handsama i lukka møte', closedHeld: 'Handsama i lukka møte', noBasis: 'heimel manglar' },
} as const;

/**
 * The hjemmel as printed: the one chosen, or «hjemmel mangler» while none is — never an empty or
 * made-up one (the innkalling is not sent until it is chosen: `noticeChecks.ts`).
 */
export function basisText(exemption: Pick<Exemption, 'basis'>, form: LanguageForm): string {
  return exemption.basis ?? TEXTS[form].noBasis;
}

/** "Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 1" in the committee's målform. */
export function exemptionLine(exemption: Pick<Exemption, 'basis'>, form: LanguageForm): string {
  return `${TEXTS[form].exempt}, ${basisText(exemption, form)}`;
}

/** The title shown where the real one may not appear. */
export function publicTitleOf(exemption: Exemption, form: LanguageForm): string {
  const title = exemption.publicTitle?.trim();
  return title === undefined || title === '' ? TEXTS[form].exempt : title;
}

/** "Behandles i lukket møte, koml. § 11-5 …" ahead of the meeting; "Behandlet i lukket møte, …" in the protokoll (`held`). */
export function closedMeetingLine(basis: string, form: LanguageForm, held = false): string {
  return `${held ? TEXTS[form].closedHeld : TEXTS[form].closed}, ${basis}`;
}

/**
 * The person's role in the committee: the committee's role list first, else a member when among
 * the members; undefined for anyone else (they see only the public version).
 */
export function roleOf(committee: Pick<Committee, 'members' | 'confidentiality'>, who: string | PersonIdentity | undefined): CommitteeRole | undefined {
  const identity = identityOf(who);
  const listed = committee.confidentiality?.roles?.find((entry) => hasAddress(identity, entry.email));
  if (listed) return listed.role;
  // Otherwise the role the committee already records for its standing members (its settings' Roller):
  // an observatør listed among the members is an observer here too, never a member by default.
  const member = committee.members.find((candidate) => isPerson(identity, candidate));
  return member ? ACCESS_ROLE_OF_MEMBER_ROLE[member.role ?? 'member'] : undefined;
}

/** What a standing member's attendance role means for exempt content. */
const ACCESS_ROLE_OF_MEMBER_ROLE: Record<AttendanceRole, CommitteeRole> = {
  member: 'member',
  deputy: 'substitute',
  observer: 'observer',
  // Secretariat and administration prepare and follow up the saker: they see what members see.
  secretariat: 'member',
  administration: 'member',
  invited: 'guest',
};

/** The whole sak is exempt. */
export const isItemExempt = (item: AgendaItem): boolean => item.confidentiality?.exempt !== undefined;

/** Anything of the sak is exempt: the sak, its saksframlegg or a vedlegg. */
export function hasExemptContent(item: AgendaItem): boolean {
  return isItemExempt(item) || item.confidentiality?.caseMemo !== undefined || item.attachments.some((attachment) => attachment.exemption !== undefined);
}

export const meetingHasExemptContent = (meeting: Pick<Meeting, 'items'>): boolean => meeting.items.some(hasExemptContent);

/** The exemption that covers a vedlegg: its own, else the sak's. */
export function attachmentExemption(item: AgendaItem, attachment: Attachment): Exemption | undefined {
  const sak = item.confidentiality?.exempt;
  // A vedlegg marked before its sak was, still without a hjemmel, takes the sak's (its own box is gone).
  return attachment.exemption?.basis === undefined && sak ? sak : (attachment.exemption ?? sak);
}

/**
 * May this person see the exempt content of this sak? Chair and referent always; members always;
 * vara when the committee says so; observers, guests and anyone outside the committee only when the
 * secretariat granted them this sak.
 */
export function maySeeExempt(file: MeetingFile, item: AgendaItem, who: string | PersonIdentity | undefined): boolean {
  const identity = identityOf(who);
  const { committee, meeting } = file;
  if (isPerson(identity, meeting.chair) || isPerson(identity, meeting.minuteTaker)) return true;
  // A grant names an address: it counts for the person who has that address, nobody else.
  if ((item.confidentiality?.grants ?? []).some((grant) => hasAddress(identity, grant))) return true;
  switch (roleOf(committee, identity)) {
    case 'member':
      return true;
    case 'substitute':
      return committee.confidentiality?.substitutesMaySee === true;
    default:
      return false;
  }
}

function mayView(file: MeetingFile, item: AgendaItem, viewer: Viewer): boolean {
  if (viewer.kind === 'full') return true;
  if (viewer.kind === 'public') return false;
  if (viewer.kind === 'readable') return viewer.itemIds.has(item.id);
  return maySeeExempt(file, item, viewer.identity);
}

/** The exempt saker this viewer may not see. */
function hiddenItemIds(file: MeetingFile, viewer: Viewer): Set<string> {
  return new Set(file.meeting.items.filter((item) => item.confidentiality?.exempt && !mayView(file, item, viewer)).map((item) => item.id));
}

const paragraph = (text: string): RichText[number] => ({ type: 'paragraph', content: [{ text }] });
const publicWording = (exemption: Exemption): RichText =>
  (exemption.publicText ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map(paragraph);

/** The vedlegg as someone without access sees it: a numbered line, no file, no link, no real title. */
function hiddenAttachment(attachment: Attachment, exemption: Exemption, form: LanguageForm): Attachment {
  const title = attachment.exemption?.publicTitle?.trim() ? publicTitleOf(attachment.exemption, form) : TEXTS[form].exempt;
  const extension = /\.[A-Za-z0-9]{1,8}$/.exec(attachment.fileName)?.[0] ?? '';
  return {
    id: attachment.id,
    ...(attachment.number !== undefined ? { number: attachment.number } : {}),
    title,
    fileName: `${title}${extension}`,
    exemption: { ...(exemption.basis === undefined ? {} : { basis: exemption.basis }), publicTitle: title },
  };
}

/** The confidentiality as others may read it: the hjemler, never the grants (who was given access is personal data). */
function publicConfidentiality(item: AgendaItem): AgendaItem['confidentiality'] {
  const c = item.confidentiality;
  if (c === undefined) return undefined;
  const { grants: _grants, ...rest } = c;
  return rest;
}

/** The sak's recorded konklusjon is public («Vedtaket er offentlig»), and this item holds it (not a row's public stub). */
const publicDecision = (item: AgendaItem, exempt: Exemption): boolean => exempt.decisionPublic === true && item.restricted !== true;

function itemFor(file: MeetingFile, item: AgendaItem, viewer: Viewer, live: boolean): AgendaItem {
  if (viewer.kind === 'full') return item;
  const form = file.committee.languageForm;
  const closed = item.confidentiality?.closedMeeting;
  const closedNote = closed ? [paragraph(closedMeetingLine(closed.basis, form))] : [];
  // The protokoll's column (møtebehandling) is written after the meeting: "Behandlet i lukket møte".
  const closedHeldNote = closed ? [paragraph(closedMeetingLine(closed.basis, form, true))] : [];
  const confidentiality = publicConfidentiality(item);
  const withConfidentiality = (value: AgendaItem): AgendaItem => {
    const { confidentiality: _c, ...rest } = value;
    return confidentiality === undefined ? rest : { ...rest, confidentiality };
  };
  // A restricted item is the public stub of a row the reader could not read: there is nothing more to show.
  if (mayView(file, item, viewer) && item.restricted !== true) {
    return withConfidentiality({ ...item, summary: [...closedNote, ...item.summary], proceedings: [...closedHeldNote, ...item.proceedings] });
  }
  const exempt = item.confidentiality?.exempt;
  if (exempt) {
    // The proposals, votes and protokolltilførsler of an exempt sak are its treatment: none of it is public. Nor are its
    // oppfølgingspunkter (what is to be done, by whom, by when: the protokoll lists them under the vedtak), not even when
    // the vedtak itself is public («Vedtaket er offentlig» makes the vedtak public, nothing else of the sak).
    // Nor who presents it: the physician or the leader who brings a sak about a patient or an employee points to them (a judgement).
    // Nor how an earlier body in its saksgang treated it (carriedCase.ts): that is the same sak's treatment and innstilling.
    const { caseMemo: _memo, caseOfficer: _officer, plannedMinutes, voting: _voting, followUps: _followUps, presenters: _presenters, ...kept } = item;
    const { earlierTreatments: _earlier, ...rest } = kept;
    return withConfidentiality({
      ...rest,
      ...(plannedMinutes !== undefined ? { plannedMinutes } : {}),
      title: publicTitleOf(exempt, form),
      presenters: [],
      // The hjemmel stands where the body would (innkalling, saksframlegg) and where the treatment would (referat).
      summary: [...closedNote, paragraph(exemptionLine(exempt, form)), ...publicWording(exempt)],
      proposedConclusion: [],
      background: [],
      references: [],
      proceedings: [...closedHeldNote, paragraph(exemptionLine(exempt, form)), ...publicWording(exempt)],
      // A decision that was made is said to be exempt, never left out: an empty konklusjon reads as
      // «Ingen vedtak registrert.», untrue in a public record. (A row's public stub keeps a placeholder point for this.)
      // «Vedtaket er offentlig»: the recorded konklusjon itself — never a stub's placeholder, never on the stage (`stageView`).
      conclusion: item.conclusion.length === 0 ? [] : !live && publicDecision(item, exempt) ? item.conclusion : [exemptionLine(exempt, form)],
      // Bundled orienteringer are the sak's content too: titles, presenters and vedlegg links go with it.
      subItems: [],
      attachments: item.attachments.map((attachment) => hiddenAttachment(attachment, attachmentExemption(item, attachment) ?? exempt, form)),
    });
  }
  const memoExemption = item.confidentiality?.caseMemo;
  const { caseMemo, ...rest } = item;
  return withConfidentiality({
    ...rest,
    ...(memoExemption === undefined && caseMemo !== undefined ? { caseMemo } : {}),
    proceedings: [...closedHeldNote, ...item.proceedings],
    summary: [...closedNote, ...item.summary, ...(memoExemption ? [paragraph(`${TEXTS[form].caseMemoExempt}, ${basisText(memoExemption, form)}`), ...publicWording(memoExemption)] : [])],
    background: memoExemption ? [] : item.background,
    attachments: item.attachments.map((attachment) => (attachment.exemption ? hiddenAttachment(attachment, attachment.exemption, form) : attachment)),
  });
}

/**
 * What this viewer may see of the meeting: the same shape, with exempt content replaced (see the module comment).
 * `live`: the stage, where a konklusjon is still being written, so a public vedtak is not shown yet.
 */
export function viewFor(file: MeetingFile, viewer: Viewer, live = false): MeetingFile {
  if (viewer.kind === 'full') return file;
  const { meeting } = file;
  const items = meeting.items.map((item) => itemFor(file, item, viewer, live));
  const notice = meeting.notice && { ...meeting.notice, items: meeting.notice.items.map((item) => itemFor(file, item, viewer, live)) };
  const { notice: _notice, stageRevealItemId: _reveal, ...rest } = meeting;
  const shown: Meeting = { ...rest, items, ...(notice ? { notice } : {}) };
  const hidden = hiddenItemIds(file, viewer);
  // Of an exempt sak this viewer may not see: its answers in a written treatment (`writtenFor`), and the ground of an inhabilitet (written «in the person's own words» it may say who the party is; who stepped
  // out, the decision and who took the seat stay — a judgement: the ground is the treatment's, as the møtebehandling is).
  if (shown.written) shown.written = writtenFor(file, shown.written, hidden, live);
  if (shown.disqualifications) shown.disqualifications = withoutOnHidden(shown.disqualifications, hidden, 'ground');
  // Someone from outside the committee who came only for such a sak (its party, a relative) is left out of the attendance.
  shown.attendance = attendanceFor(file, hidden);
  return { committee: file.committee, meeting: shown };
}

/**
 * A written treatment as this viewer sees it: the answers to an exempt sak she may not see are left out, as the votes in a
 * meeting on such a sak are (`voting`): who agreed, disagreed or demanded a meeting, and a member's comment (what she asked
 * the protokoll to say, a protokolltilførsel). The sak is listed as `withheld`, with its result only where the vedtak is
 * public («Vedtaket er offentlig») and not `live` — the result is the vedtak of a written treatment.
 */
function writtenFor(file: MeetingFile, written: WrittenTreatment, hidden: ReadonlySet<string>, live: boolean): WrittenTreatment {
  const items = file.meeting.items.filter((item) => hidden.has(item.id));
  if (items.length === 0) return written;
  const withheld = items.map((item) => {
    const exempt = item.confidentiality?.exempt;
    const counted = !live && exempt !== undefined && publicDecision(item, exempt);
    return { itemId: item.id, ...(counted ? { result: writtenOutcome(file.meeting, file.committee, item.id).result } : {}) };
  });
  // Who answered stays known (`tookPart`), once each: taking part is not exempt, only what was answered to the sak.
  const tookPart = [...new Set(written.answers.map((answer) => answer.member))];
  return { ...written, answers: written.answers.filter((answer) => !hidden.has(answer.itemId)), withheld, tookPart };
}

/** `entries` with their optional `key` taken off those of the saker in `hidden`. */
function withoutOnHidden<T extends { itemId: string }>(entries: readonly T[], hidden: ReadonlySet<string>, key: keyof T): T[] {
  return entries.map((entry) => {
    if (!hidden.has(entry.itemId)) return entry;
    const { [key]: _dropped, ...rest } = entry;
    return rest as T;
  });
}

/**
 * The whole meeting as the secretariat sees it, with what is exempt said where a reader meets it: an
 * exempt sak opens with "Unntatt offentlighet, <hjemmel>", an exempt saksframlegg and a closed meeting are said as in the public version. For the secretariat's own
 * previews and the innkalling it downloads, so full content never looks like what every invitee gets; for the full protokoll, whose møtebehandling
 * says «Behandlet i lukket møte, <hjemmel>» and the exempt line as the public one does (`graph/minutesService.ts`); and for
 * the full saksframlegg the entitled read in the sak's closed folder, whose saksutredning opens with the line, as a
 * helseforetak's saksframlegg heads it «Unntatt off.» (Helse Finnmark's styresaker of 19 February 2004,
 * http://docplayer.me/2595426-Saksliste-til-styremote-19-februar-i-kirkenes.html): a reader passing it on sees it may not go further.
 */
export function withExemptMarked(file: MeetingFile): MeetingFile {
  const form = file.committee.languageForm;
  const items = file.meeting.items.map((item): AgendaItem => {
    const c = item.confidentiality;
    if (c === undefined) return item;
    const closed = c.closedMeeting ? [paragraph(closedMeetingLine(c.closedMeeting.basis, form))] : [];
    const exempt = c.exempt ? [paragraph(exemptionLine(c.exempt, form))] : [];
    const memo = c.caseMemo && !c.exempt ? [paragraph(`${TEXTS[form].caseMemoExempt}, ${basisText(c.caseMemo, form)}`)] : [];
    // The protokoll's møtebehandling, written after the meeting, says the lukket møte and its hjemmel as the public one does.
    const closedHeld = c.closedMeeting ? [paragraph(closedMeetingLine(c.closedMeeting.basis, form, true))] : [];
    // The saksframlegg prints the saksutredning (the summary only when there is none, already marked above).
    const memoFirst = c.caseMemo && !c.exempt ? [paragraph(`${TEXTS[form].caseMemoExempt}, ${basisText(c.caseMemo, form)}`)] : [];
    const background = item.background.length === 0 ? [] : [...exempt, ...memoFirst, ...item.background];
    return { ...item, summary: [...closed, ...exempt, ...item.summary, ...memo], background, proceedings: [...closedHeld, ...exempt, ...item.proceedings] };
  });
  return { ...file, meeting: { ...file.meeting, items } };
}

/** The offentlig versjon of the meeting: what the documents' public versions are rendered from. */
export const publicVersion = (file: MeetingFile): MeetingFile => viewFor(file, PUBLIC_VIEWER);

/**
 * Items of the meeting (or of a notice's snapshot) in the public view, with the marking as it is
 * NOW: a change summary must not name a sak marked exempt since the snapshot was taken.
 */
export function publicItems(file: MeetingFile, items: readonly AgendaItem[]): AgendaItem[] {
  const now = new Map(file.meeting.items.map((item) => [item.id, item]));
  const marked = items.map((item): AgendaItem => {
    const current = now.get(item.id);
    const exemptNow = new Map((current?.attachments ?? []).map((attachment) => [attachment.id, attachment.exemption]));
    const attachments = item.attachments.map((attachment) => {
      const exemption = exemptNow.get(attachment.id);
      return exemption ? { ...attachment, exemption } : attachment;
    });
    return { ...item, ...(current?.confidentiality ? { confidentiality: current.confidentiality } : {}), attachments };
  });
  return publicVersion({ committee: file.committee, meeting: { ...file.meeting, items: marked } }).meeting.items;
}

/**
 * The texts a viewer must not meet anywhere: real titles, bodies, proposals, konklusjoner and file
 * names of what is exempt for them. Used before sending (refuse when one is in what goes out) and
 * by the tests that look for leaks in every channel. Strings shorter than 4 characters are left
 * out: they would match by chance.
 */
export function hiddenTexts(file: MeetingFile, viewer: Viewer): string[] {
  if (viewer.kind === 'full') return [];
  const texts: string[] = [];
  const rich = (value: RichText): string[] => plainTextOf(value).split('\n');
  // Who answered an exempt sak how in a written treatment, unless a sak the viewer sees had the very same answers.
  const seen = file.meeting.items.filter((item) => !isItemExempt(item) || mayView(file, item, viewer));
  const shownAnswers = new Set(seen.flatMap((item) => writtenAnswersOf(file, item.id)));
  for (const item of file.meeting.items) {
    if (mayView(file, item, viewer)) continue;
    const exempt = item.confidentiality?.exempt;
    if (exempt) {
      const shown = publicTitleOf(exempt, file.committee.languageForm);
      if (item.title !== shown) texts.push(item.title);
      texts.push(...rich(item.summary), ...rich(item.background), ...rich(item.proceedings), ...item.proposedConclusion);
      // «Vedtaket er offentlig»: the konklusjon is no secret (the public version prints it).
      if (!publicDecision(item, exempt)) texts.push(...item.conclusion);
      // The proposals, votes (who voted how among them) and protokolltilførsler (`AgendaItem.voting`): who and what, each line.
      const voting = item.voting;
      if (voting) texts.push(...[...voting.proposals, ...voting.statements].flatMap((entry) => [entry.by, ...entry.text.split('\n')]), ...voting.votes.flatMap((vote) => [vote.on, vote.result ?? '', vote.forBy ?? '', vote.againstBy ?? '']));
      texts.push(...item.subItems.flatMap((sub) => [sub.title, ...rich(sub.summary)]));
      texts.push(...(item.earlierTreatments ?? []).flatMap((treatment) => [...rich(treatment.proceedings), ...treatment.recommendation]));
      // Its oppfølgingspunkter, the members' comments on it in a written treatment, the ground of an inhabilitet in it.
      texts.push(...(item.followUps ?? []).map((followUp) => followUp.what));
      texts.push(...(file.meeting.written?.answers ?? []).flatMap((answer) => (answer.itemId === item.id && answer.comment !== undefined ? answer.comment.split('\n') : [])));
      texts.push(...writtenAnswersOf(file, item.id).filter((line) => !shownAnswers.has(line)));
      texts.push(...(file.meeting.disqualifications ?? []).flatMap((entry) => (entry.itemId === item.id && entry.ground !== undefined ? [entry.ground] : [])));
      if (item.caseMemo) texts.push(item.caseMemo.fileName);
      texts.push(...item.presenters.map((person) => person.name));
    }
    if (item.confidentiality?.caseMemo) {
      texts.push(...rich(item.background));
      if (item.caseMemo) texts.push(item.caseMemo.fileName);
    }
    for (const attachment of item.attachments) {
      if (attachmentExemption(item, attachment) === undefined) continue;
      texts.push(attachment.title, attachment.fileName);
      if (attachment.webUrl) texts.push(attachment.webUrl);
    }
  }
  // Who came from outside the committee only for saker the viewer may not see (`onlyForHidden`).
  const hiddenItems = hiddenItemIds(file, viewer);
  texts.push(...file.meeting.attendance.filter((entry) => onlyForHidden(file, entry, hiddenItems)).map((entry) => entry.person.name));
  // A text that the viewer's own view also shows (a standard proposal such as "Informasjon i møtet tas til
  // orientering.", a title another sak repeats) is not a secret.
  const visible = JSON.stringify(viewFor(file, viewer)).toLowerCase();
  const hidden = (text: string) => text.length >= 4 && !visible.includes(JSON.stringify(text).slice(1, -1).toLowerCase());
  return [...new Set(texts.map((text) => text.trim()).filter(hidden))];
}

/** A written treatment's lines saying who answered the sak how («Enig i forslaget: Anne, Cecilie»); none for a meeting. */
function writtenAnswersOf(file: MeetingFile, itemId: string): string[] {
  if (file.meeting.written === undefined) return [];
  return writtenAnswerLines(writtenOutcome(file.meeting, file.committee, itemId), writtenAnswerWords(file.committee.languageForm));
}

/** The hidden texts found in `text` (whitespace-insensitive), or an empty list. */
export function leaksIn(text: string, hidden: readonly string[]): string[] {
  const squash = (value: string): string => value.replace(/\s+/g, ' ').toLowerCase();
  const haystack = squash(text);
  return hidden.filter((secret) => haystack.includes(squash(secret)));
}

/** Why the referent may not show an exempt sak on the stage, or undefined when she may. */
export type RevealRefusal = 'notClosedMeeting' | 'noAttendance' | 'participantWithoutAccess';

/**
 * "Vis på skjerm": the stage is seen by every participant, so an exempt sak may be shown in full
 * only in a closed meeting (koml. § 11-5) where everyone registered present may see it. A committee whose
 * meetings are never public (`publicMeetings: false`: a klinisk etikkomité, an arbeidsmiljøutvalg) marks no sak
 * «lukket møte» — each of its meetings is closed — so there the sak needs no such mark.
 */
export function revealRefusal(file: MeetingFile, item: AgendaItem): RevealRefusal | undefined {
  // `meetingPublicity.ts` `hasPublicMeetings`, read here without that module (its settings code), which every page's start-up would load.
  if (!item.confidentiality?.closedMeeting && file.committee.confidentiality?.publicMeetings !== false) return 'notClosedMeeting';
  const present = file.meeting.attendance.filter((entry) => entry.status !== 'absent');
  if (present.length === 0) return 'noAttendance';
  return present.every((entry) => maySeeExempt(file, item, listedIdentity(entry.person))) ? undefined : 'participantWithoutAccess';
}

/**
 * What the stage shows: the public view while an exempt sak is active, unless the referent chose
 * "Vis på skjerm" for it and the reveal is allowed (revealRefusal). Saker with no exempt content
 * are the same in both views.
 */
export function stageView(file: MeetingFile): MeetingFile {
  const { meeting } = file;
  const current = meeting.items.find((item) => item.id === meeting.currentItemId);
  const revealed = current !== undefined && meeting.stageRevealItemId === current.id && revealRefusal(file, current) === undefined;
  // A public vedtak is public once made: the stage shows the sak while it is being written, so not there.
  const view = viewFor(file, PUBLIC_VIEWER, true);
  if (!revealed) return view;
  return { ...view, meeting: { ...view.meeting, items: view.meeting.items.map((item) => (item.id === current.id ? current : item)) } };
}

const PUBLIC_SUFFIX = { nb: 'offentlig versjon', nn: 'offentleg versjon' } as const;

/** "Innkalling Partnerskapsmøtet 11.06.26 - offentlig versjon.docx": the public version beside the full one, never in its place. */
export function publicFileName(fileName: string, form: LanguageForm): string {
  const dot = fileName.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot)] : [fileName, ''];
  return `${stem} - ${PUBLIC_SUFFIX[form]}${extension}`;
}

/** People who see the same of a meeting, and the viewer that renders what they see. */
export interface Audience<P extends ListedPerson> {
  viewer: Viewer;
  people: P[];
  /** They see everything: the full documents and links may go to them. */
  full: boolean;
}

/**
 * Recipients grouped by what they may see (the saker with exempt content they may not open), so a
 * mail to many is sent once per group and each gets only their own view (the referat mail).
 */
export function audiencesOf<P extends ListedPerson>(file: MeetingFile, people: readonly P[]): Audience<P>[] {
  const exempt = file.meeting.items.filter(hasExemptContent);
  const groups = new Map<string, Audience<P>>();
  for (const person of people) {
    const hidden = exempt.filter((item) => !maySeeExempt(file, item, listedIdentity(person))).map((item) => item.id);
    const key = hidden.join('\n');
    const group = groups.get(key) ?? {
      viewer: hidden.length === 0 ? FULL_VIEWER : personViewer(listedIdentity(person)),
      people: [],
      full: hidden.length === 0,
    };
    group.people.push(person);
    groups.set(key, group);
  }
  return [...groups.values()];
}
