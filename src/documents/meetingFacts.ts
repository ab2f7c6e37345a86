import { attachmentLabel } from '../domain/attachments';
import { subItemMark } from '../domain/subItems';
import { proposalNoun } from '../domain/caseRoute';
import { formatClockTime, formatDateLong, formatDateShort, formatMeetingWhen } from '../domain/dates';
import { siteVisitLine } from '../domain/siteVisit';
import { standingChair } from '../domain/standingChair';
import { hasPublicMeetings } from '../domain/meetingPublicity';
import { afterSakWord } from '../domain/sakWord';
import { noticeHeading } from '../domain/noticeWord';
import { chairWord, electsDirigent } from './chairWord';
import { formatDateWritten } from '../domain/writtenDates';
import { attendanceLine, attendanceSections, attendanceTexts, personLine, type AttendanceGroup, type AttendanceTexts } from '../domain/attendance';
import { committeeLabelOf, type Conventions } from '../domain/conventions';
import type { AgendaItem, Attachment, Attendance, LanguageForm, MeetingFile, Person, PersonDetails, SubItem } from '../domain/model';
import type { DocumentTexts } from './texts';
import { holdingLine, representedShares, sharesRepresentedLine, sharesWords } from '../domain/shareholding';

/**
 * The facts every document states the same way (innkalling, saksframlegg, referat, invite body),
 * worked out once so the Word documents and the HTML cannot disagree.
 */

/** "11.06.2026 kl. 13.30–15.00, Våle samfunnshus"; «torsdag 11. juni 2026 kl. …» for a committee that writes its dates out (`datesWritten`). */
export function whenAndPlace(file: MeetingFile): string {
  const form = file.committee.languageForm;
  const when = formatMeetingWhen(file.meeting, file.committee.conventions?.datesWritten === true ? (date) => formatDateWritten(date, form) : undefined);
  const place = file.meeting.place.trim();
  return place === '' ? when : `${when}, ${place}`;
}

/**
 * Where and when as the facts print them: one «Dato/sted» row, or, for a committee that states them apart
 * (`conventions.factsApart`), «Møtested», «Møtedato» and «Tid» («09.30–13.50»), each only when it has a value. The same
 * rows in the innkalling, the invite body and the protokoll.
 */
export function whenAndPlaceFacts(file: MeetingFile, t: DocumentTexts): [string, string][] {
  const conventions = file.committee.conventions;
  if (conventions?.factsApart !== true) return [[t.dateAndPlace, whenAndPlace(file)]];
  const { date, start, end } = file.meeting;
  const place = file.meeting.place.trim();
  const rows: [string, string][] = place === '' ? [] : [[t.meetingPlace, place]];
  rows.push([t.meetingDate, conventions.datesWritten === true ? formatDateWritten(date, file.committee.languageForm) : formatDateLong(date)]);
  if (start !== undefined && end !== undefined) rows.push([t.meetingTime, `${formatClockTime(start)}–${formatClockTime(end)}`]);
  return rows;
}

/**
 * The befaring's row under «Dato/sted» (`Meeting.siteVisit`), the same in the innkalling, the invite body and the protokoll:
 * ['Befaring', 'kl. 09.00, Leines skole – Gang- og sykkelsti (sak PS 3/26)']; none when the meeting has none.
 */
export function siteVisitFact(file: MeetingFile, t: DocumentTexts): [string, string] | undefined {
  const visit = file.meeting.siteVisit;
  if (visit === undefined || visit.place.trim() === '') return undefined;
  return [t.siteVisit, siteVisitLine(visit)];
}

/**
 * «Møtet er åpent for publikum.» under the innkalling's and the invite's facts, with the saker to be treated in lukket møte
 * («Sak PS 5/26 behandles i lukket møte.»), when the committee says so (`conventions.publicMeetingLine`) and its meetings
 * are public; none for a written treatment, which has no meeting.
 */
export function publicMeetingLine(file: MeetingFile, t: DocumentTexts): string | undefined {
  if (file.committee.conventions?.publicMeetingLine !== true || !hasPublicMeetings(file.committee) || file.meeting.written !== undefined) return undefined;
  const closed = file.meeting.items.filter((item) => item.confidentiality?.closedMeeting !== undefined).map((item) => (item.caseNumber === null ? `«${item.title.trim()}»` : afterSakWord(item.caseNumber)));
  return t.publicMeeting(closed);
}

/**
 * The fact naming the committee, «Utvalg: Formannskapet» (nynorsk «Utval», or the committee's own `committeeLabel`), when its
 * papers print it (`conventions.noticeCommittee`): first in the innkalling and the invite body, and in the protokoll's and the
 * saksframlegg's head (`record`) in place of their «Møteorgan», as the sak/arkiv systems head them («Møteprotokoll Utval:
 * Fylkesutvalet»). The protokoll and the saksframlegg name their committee either way; the innkalling of a committee without the flag does not (its heading does), as the seeds.
 */
export function committeeFact(file: MeetingFile, t: DocumentTexts, record = false): [string, string] | undefined {
  const { conventions, languageForm, name } = file.committee;
  if (conventions?.noticeCommittee === true) return [committeeLabelOf(conventions, languageForm), name];
  return record ? [t.committee, name] : undefined;
}

/**
 * The heading the innkalling prints over its saksliste, in the committee's word for the list («Saksliste», nynorsk «Sakliste»,
 * «Sakskart», `conventions.agendaHeading`), when its papers print one (`conventions.noticeAgendaHeading`); none as the seeds.
 */
export function noticeAgendaHeading(file: MeetingFile, t: DocumentTexts): string | undefined {
  return file.committee.conventions?.noticeAgendaHeading === true ? t.agenda : undefined;
}

/** The innkalling's heading, dated: "Innkalling Partnerskapsmøtet 11.06.26", "Innkalling til årsmøte i Nordfjell IL 10.03.27" (domain `noticeHeading`). */
export function documentHeading(file: MeetingFile): string {
  return `${noticeTitle(file)} ${formatDateShort(file.meeting.date)}`;
}

/** The notice word and the committee's name as one phrase (domain/noticeWord.ts `noticeHeading`). */
function noticeTitle(file: MeetingFile): string {
  return noticeHeading(file.committee.conventions, file.committee.languageForm, file.committee.name);
}

export function recipientsOf(file: MeetingFile): string | undefined {
  return file.meeting.recipients ?? file.committee.recipientsLine;
}

export function themeOf(file: MeetingFile): string {
  return file.meeting.theme ?? noticeTitle(file);
}

export function chairOf(file: MeetingFile): Person | undefined {
  return file.meeting.chair ?? standingChair(file.committee);
}

export function minuteTakerOf(file: MeetingFile): Person | undefined {
  return file.meeting.minuteTaker ?? file.committee.defaultMinuteTaker;
}



// Whether an årsmøte elects its dirigent and has elected him: chairWord.ts, which the workspace's screens start with.
export { dirigentElected, electsDirigent } from './chairWord';

/** «Dirigent», the same word in both målformer. */
export const DIRIGENT = { title: 'Dirigent', lower: 'dirigent' } as const;

/**
 * The attendance's words as the documents print them: an årsmøte's møteleder is its dirigent (conventions.ts `dirigent`)
 * among those present and over the signatures, «Ola Berg (dirigent)», «Ola Berg, dirigent». Here, not in the domain's
 * wording, so the words stay out of the screens' start-up (only the documents print them; the side panel's Oppmøte tab
 * has its own, in the attendance chunk).
 */
export function documentAttendanceTexts(form: LanguageForm, conventions?: Conventions): AttendanceTexts {
  const texts = attendanceTexts(form, conventions);
  return conventions?.dirigent === true ? { ...texts, chairRoles: { ...texts.chairRoles, chair: DIRIGENT.lower } } : texts;
}

/**
 * Until the årsmøte has elected its dirigent (`electsDirigent`), the committee's leder named in the facts only opens it: the
 * lovnorm has the årsmøte «ledes av valgt(e) dirigent(er)» and elect the dirigent as one of its first saker, so he is no
 * møteleder (as aksjeloven § 5-12 has a generalforsamling «åpnes» by the styreleder before it elects its møteleder; Reknehuset:
 * «Den som åpner møtet, evt møteleder»). The words are a judgement: the innkalling «Åpnes av», the protokoll «Åpnet av»;
 * nynorsk «Vert opna av», «Opna av».
 */
const OPENER: Record<'nb' | 'nn', { notice: string; record: string }> = {
  nb: { notice: 'Åpnes av', record: 'Åpnet av' },
  nn: { notice: 'Vert opna av', record: 'Opna av' },
};

/** The protokollførar the nynorsk lovnorm has an årsmøte elect («velje protokollførar(ar)»); bokmål's «referent» as the facts' own. */
const RECORDER_NN = 'Protokollførar';

/**
 * The facts' row naming who leads the meeting: «Møteleder», or for an årsmøte (`electsDirigent`) «Dirigent» once the meeting
 * has elected him (the protokoll, `record`: his signature by office, ui/meeting/attendance.ts `electChair`), before that the
 * one who opens it (`OPENER`). Undefined with nobody to name.
 */
export function chairFact(file: MeetingFile, t: DocumentTexts, record: boolean): [string, string] | undefined {
  const chair = chairOf(file);
  if (chair === undefined) return undefined;
  const word = chairWord(file, record);
  const opener = OPENER[file.committee.languageForm];
  return [word === 'chair' ? t.chair : word === 'dirigent' ? DIRIGENT.title : word === 'opened' ? opener.record : opener.notice, chair.name];
}


/**
 * What the innkalling says of a referent the meeting elects (`electsReferent`: an årsmøte, the lovnorm's «Velge dirigent,
 * referent, …» as one of its first saker): that he is elected there, not the committee's fixed referent or one put on the
 * meeting beforehand, who would read as settled. The words are a judgement, as `OPENER`'s: «Velges i møtet», nn «Vert vald
 * i møtet» (the lovnorm's «velge», nn «velje»; «i møtet» holds for any body that so elects).
 */
const ELECTED_THERE: Record<'nb' | 'nn', string> = { nb: 'Velges i møtet', nn: 'Vert vald i møtet' };

/**
 * The facts' row naming the referent: for an årsmøte in nynorsk the lovnorm's «Protokollførar» (`electsDirigent`). The
 * innkalling (`record` false) of a meeting that elects its referent (`electsReferent`) names nobody: `ELECTED_THERE`; the
 * protokoll names the one elected (`Meeting.minuteTaker`, the side panel's election). Undefined with nobody named.
 */
export function minuteTakerFact(file: MeetingFile, t: DocumentTexts, record: boolean): [string, string] | undefined {
  const label = electsDirigent(file) && file.committee.languageForm === 'nn' ? RECORDER_NN : t.minuteTaker;
  // `electsDirigent`: the rule of the domain's `electsReferent` (signersElection.ts, not in the Outlook pane's start-up).
  if (!record && electsDirigent(file)) return [label, ELECTED_THERE[file.committee.languageForm]];
  const minuteTaker = minuteTakerOf(file);
  return minuteTaker === undefined ? undefined : [label, minuteTaker.name];
}

/** Whether a title begins with a label as a word of its own («Godkjenning av …» with «Godkjenning»; not «Godkjenningsrutiner»). */
function titleSays(title: string, label: string): boolean {
  const start = title.trimStart().slice(0, label.length);
  const next = title.trimStart().charAt(label.length);
  return label !== '' && start.toLocaleLowerCase('nb') === label.toLocaleLowerCase('nb') && !/[\p{L}\p{N}]/u.test(next);
}

/**
 * The sakstyper printed under a sak's number in the innkalling, the invite and the protokoll: none when the committee
 * says so (`kindsUnderNumber`), and none the sak's title already begins with, so the rules' first sak reads «2026.01 |
 * Godkjenning av innkalling og dagsorden», not «Godkjenning» over it again (the saksframlegg's «Type» column keeps it).
 */
export function kindLabels(item: AgendaItem, t: DocumentTexts): string[] {
  return t.kindsUnderNumber ? item.kinds.map((kind) => t.kindLabel(kind)).filter((label) => !titleSays(item.title, label)) : [];
}

/** «Innstilling:», or «Innstilling frå Fylkesutvalet:» over the proposal of a sak that comes from another body in its saksgang (domain/caseRoute.ts). */
export function proposalLabel(file: MeetingFile, item: AgendaItem, t: DocumentTexts): string {
  return `${proposalNoun(item, file.committee, t.words, file.committee.languageForm).word}:`;
}

/** The sak's arkivsak as typed, trimmed; '' when it has none. */
export function archiveRefOf(item: AgendaItem): string {
  return item.archiveRef?.trim() ?? '';
}

/**
 * The heading of the saksliste's column of arkivsaker, the same in both målformer, as Os's nynorsk and Kvalsund's bokmål
 * sakslister head it. Here, not in texts.ts: only the innkalling and the invite print it, and texts.ts is in the pages' start-up.
 */
export const ARCHIVE_REF_COLUMN = 'Arkivsaksnr.';

/**
 * Whether the saksliste prints the arkivsaker in a column of their own (`conventions.archiveColumn`), as Os's and Kvalsund's
 * sakslister do: only when the committee says so and some sak has one, so no empty column takes the title's room.
 */
export function archiveColumnShown(file: MeetingFile): boolean {
  return file.committee.conventions?.archiveColumn === true && file.meeting.items.some((item) => archiveRefOf(item) !== '');
}

/** "Arkivsak 2014/1234-5" under the case number, when the sak has a reference in the case system and no column of its own. */
export function archiveRefTexts(item: AgendaItem, t: DocumentTexts, inColumn = false): string[] {
  return inColumn || archiveRefOf(item) === '' ? [] : [`${t.archiveRef} ${archiveRefOf(item)}`];
}

/** The facts above the saksliste that only some committees state: "Møte 6/2014", "Vår ref.", "Deres ref.". */
export function letterFacts(file: MeetingFile, t: DocumentTexts): [string, string][] {
  const rows: [string, string][] = [];
  const { meetingNumber, letter } = file.meeting;
  if (meetingNumber !== undefined && meetingNumber.trim() !== '') rows.push([t.meetingNumber, meetingNumber.trim()]);
  if (letter?.ourRef !== undefined && letter.ourRef.trim() !== '') rows.push([t.ourRef, letter.ourRef.trim()]);
  if (letter?.yourRef !== undefined && letter.yourRef.trim() !== '') rows.push([t.yourRef, letter.yourRef.trim()]);
  return rows;
}

/** "a) Status i prosjektet – Kari Nordmann (Vedlegg 3)": one bundled orientering as the saksliste prints it. */
export function subItemHeading(subItem: SubItem, index: number, item: AgendaItem, t: DocumentTexts): string {
  const presenters = subItem.presenters.map((person) => person.name).join(', ');
  const vedlegg = item.attachments
    .filter((attachment) => subItem.attachmentIds.includes(attachment.id))
    .map((attachment) => (attachment.number === undefined ? attachment.title : t.attachmentNumber(attachment.number)));
  return `${subItemMark(index, { subItemsNumbered: t.subItemsNumbered })} ${subItem.title.trim()}${presenters === '' ? '' : ` – ${presenters}`}${vedlegg.length === 0 ? '' : ` (${vedlegg.join(', ')})`}`;
}

/** The closing of a letter-style innkalling: the greeting and the signature lines. */
export function letterClosingLines(file: MeetingFile): string[] {
  const letter = file.meeting.letter;
  const greeting = letter?.greeting?.trim() ?? '';
  const signature = (letter?.signature ?? '').split('\n').map((line) => line.trim()).filter((line) => line !== '');
  return [...(greeting === '' ? [] : [greeting]), ...signature];
}

export interface LabelledAttachment {
  item: AgendaItem;
  attachment: Attachment;
  /** "Vedlegg 1 - Sak 2026.02 Referat fra partnerskapsmøtet 05.06.25" */
  label: string;
}

/** Every vedlegg of the meeting in agenda order, with the label the documents print. */
export function labelledAttachments(file: MeetingFile): LabelledAttachment[] {
  return file.meeting.items.flatMap((item) => item.attachments.map((attachment) => ({ item, attachment, label: attachmentLabel(attachment, item) })));
}

/** "Vedlegg 1", or the count "1 vedlegg" when the vedlegg are not numbered yet. */
export function attachmentReferences(item: AgendaItem, t: DocumentTexts): string[] {
  const numbers = item.attachments.map((a) => a.number).filter((n): n is number => n !== undefined);
  if (numbers.length === item.attachments.length) return numbers.map((n) => t.attachmentNumber(n));
  return item.attachments.length === 0 ? [] : [t.attachmentCount(item.attachments.length)];
}

/** How the attendance list prints people: the committee's setting, or the organisation as before the setting existed. */
export function attendanceDetails(file: MeetingFile): PersonDetails {
  return file.committee.personDetails ?? 'organisation';
}

/** How the Ansvar column prints presenters: the committee's setting, or the name alone as in the seeds. */
export function responsibleLine(person: Person, file: MeetingFile): string {
  return personLine(person, file.committee.personDetails ?? 'none');
}

/**
 * "Kari Nordmann (Larvik kommune) for Ola Nordmann" for a substitute, the name otherwise, and
 * "(kom under sak 2024.3)" / "(gikk etter sak 2024.4)" / "(møtte for sak PS 12/24)": the minutes
 * must show who took part in which conclusion. The wording is the domain's (attendance.ts). `under`: the heading the
 * line is printed under (an organisation that is that heading is not said again after the name).
 */
export function attendeeLine(attendance: Attendance, file: MeetingFile, under?: string): string {
  const texts = documentAttendanceTexts(file.committee.languageForm, file.committee.conventions);
  // In shares (a generalforsamling's fortegnelse, shareholding.ts): the owner and its shares first, the person after; the owner not said again in the bracket.
  if (file.committee.conventions?.attendanceByShares === true && attendance.holding !== undefined) {
    const owner = attendance.holding.owner ?? under;
    const named = attendanceLine(attendance, file.committee, file.meeting.items, texts, attendanceDetails(file), file.meeting.chair, owner);
    return holdingLine(attendance, named, file.committee.languageForm);
  }
  return attendanceLine(attendance, file.committee, file.meeting.items, texts, attendanceDetails(file), file.meeting.chair, under);
}

/** The protokoll's «Aksjer representert» row when the committee counts attendance in shares (shareholding.ts); undefined otherwise. */
export function sharesRepresentedFact(file: MeetingFile): [string, string] | undefined {
  const conventions = file.committee.conventions;
  if (conventions?.attendanceByShares !== true) return undefined;
  const represented = representedShares(file.meeting.attendance);
  if (represented === 0 && conventions.shareCount === undefined) return undefined;
  const form = file.committee.languageForm;
  return [sharesWords(form).represented, sharesRepresentedLine(represented, conventions.shareCount, form)];
}

/** Those present (substitutes included), in the committee's role groups. */
export function presentGroups(file: MeetingFile): AttendanceGroup[] {
  const present = file.meeting.attendance.filter((a) => a.status === 'present' || a.status === 'substitute');
  return attendanceSections(present, file.committee, documentAttendanceTexts(file.committee.languageForm, file.committee.conventions));
}

/** Everyone under the kommunal protokoll's headings when the committee heads its attendance so (`attendanceHeadings: 'metOrNot'`); undefined otherwise. */
export function metAndNotMetGroups(file: MeetingFile): AttendanceGroup[] | undefined {
  if (file.committee.conventions?.attendanceHeadings !== 'metOrNot') return undefined;
  return attendanceSections(file.meeting.attendance, file.committee, documentAttendanceTexts(file.committee.languageForm, file.committee.conventions));
}

export function absentAttendees(file: MeetingFile): Attendance[] {
  return file.meeting.attendance.filter((a) => a.status === 'absent');
}
