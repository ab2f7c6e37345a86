import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { AgendaItem, Attendance, MeetingFile } from '../../domain/model';
import { wordingOf } from '../../domain/conventions';
import { plainTextOf } from '../../domain/richText';
import { formatDateLong, formatDeadline } from '../../domain/dates';
import { recordTitle } from '../../domain/attachments';
import { pointLines } from '../../domain/conclusionPoints';
import { disqualificationSentences, disqualificationsOf, signatureLine, signersOf, type AttendanceTexts } from '../../domain/attendance';
import {
  absentAttendees,
  archiveRefTexts,
  attachmentReferences,
  attendeeLine,
  chairFact,
  committeeFact,
  chairOf,
  dirigentElected,
  documentAttendanceTexts,
  electsDirigent,
  kindLabels,
  letterFacts,
  metAndNotMetGroups,
  minuteTakerFact,
  presentGroups,
  proposalLabel,
  sharesRepresentedFact,
  subItemHeading,
  siteVisitFact,
  whenAndPlaceFacts,
} from '../meetingFacts';
import { documentTexts, type DocumentTexts } from '../texts';
import { caseRangeFacts, headCountLine } from '../headCount';
import { conclusionNoun } from '../../domain/caseRoute';
import { earlierTreatmentBlocks, earlierTreatmentTexts } from './earlierTreatmentDocx';
import { votingLines, type VotingLine } from '../../domain/voting';
import { isWritten, writtenAttendance, writtenDeadlinePassed, writtenOutcome, writtenProvisional } from '../../domain/writtenTreatment';
import { writtenTreatmentWords, type WrittenTreatmentWords } from '../../domain/writtenTreatmentWords';
import { writtenAnswerLines } from '../../domain/writtenCoreWords';
import { buildDocument, packDocument } from './documentShell';
import { ListInstances } from './numbering';
import { conclusionPoints, richTextToDocx, type BodyElement, type ParagraphKeep } from './richTextDocx';
import { estimatedLines } from './measure';
import { minutesContents } from './minutesContents';
import { CONTENT_WIDTH } from './page';
import { attendanceAsTable, attendanceTable, attendeeRow, substituteRows } from './attendanceTableDocx';
import { caseCell, caseColumnWidth, factsTable, gridTable, keepWithLastRow, underlinedLabel, type CellContent, type FactsRow } from './tables';

/**
 * The referat (minutes), laid out as the 2024 minutes bound into the 2025 seed: meeting facts and
 * attendance, then "Saksnr." | "Møtebehandling og konklusjon" with, per item, the title, what was
 * said (proceedings), a political body's proposals and votes (`votingBlocks`), "Konklusjon:" with its points and the
 * protokolltilførsler.
 */

function factsBlock(file: MeetingFile, t: DocumentTexts): BodyElement[] {
  if (isWritten(file.meeting)) return [factsTable(writtenFacts(file, t))];
  // «Møteorgan», or «Utvalg: …» where the committee heads its innkalling so (`noticeCommittee`): one row for both heads.
  const committee = committeeFact(file, t, true);
  const rows: FactsRow[] = [...(committee === undefined ? [] : [committee]), ...letterFacts(file, t).slice(0, 1), ...whenAndPlaceFacts(file, t)];
  const visit = siteVisitFact(file, t);
  if (visit !== undefined) rows.push(visit);
  // How the board dealt with its saker (aksjeloven § 6-29), when the committee states it: on Teams, or followed there too.
  if (file.committee.conventions?.recordOnline === true && file.meeting.online) rows.push([t.teamsMeeting, t.heldOnTeams(file.meeting.place.trim() !== '')]);
  // «Fra saknr.», «Til saknr.», as a kommune's protokoll gives them after when and where (`headCount`).
  rows.push(...caseRangeFacts(file));
  const chair = chairFact(file, t, true);
  if (chair !== undefined) rows.push(chair);
  const minuteTaker = minuteTakerFact(file, t, true);
  if (minuteTaker !== undefined) rows.push(minuteTaker);
  // «Av utvalgets medlemmer/varamedlemmer møtte 9 av 9.», a sentence across the facts before who met and who sent forfall
  // (in the facts' «Til stede» and «Forfall», or under them), as Aurskog-Høland's protokoll prints it before «Faste medlemmer».
  const headCount = headCountLine(file);
  if (headCount !== undefined) rows.push({ sentence: headCount });
  const facts = (): BodyElement[] => [factsTable(rows)];
  // The kommunal protokoll's headings under the facts, each over its names («Faste medlemmer som møtte», …, the forfall among them).
  const met = metAndNotMetGroups(file);
  const shares = sharesRepresentedFact(file);
  if (met !== undefined) {
    if (shares !== undefined) rows.push(shares);
    return [...facts(), ...met.flatMap((group) => [attendanceHeading(group.heading ?? ''), ...attendanceUnder(file, group.entries, group.heading)])];
  }
  const groups = presentGroups(file);
  if (attendanceAsTable(file)) {
    // «Til stede» and «Forfall» over their tables, not in the facts' label column: a table in a table's cell crowds its columns.
    const absentees = absentAttendees(file);
    return [
      ...facts(),
      ...(groups.length === 0 ? [] : [attendanceHeading(t.present)]),
      ...groups.flatMap((group) => [
        ...(group.heading === undefined ? [] : [groupHeading(group.heading, true)]),
        ...attendanceUnder(file, group.entries, group.heading),
      ]),
      ...(absentees.length === 0 ? [] : [attendanceHeading(t.absent), ...attendanceUnder(file, absentees)]),
    ];
  }
  // One list as before roles existed; with roles or role groups, each group under its own heading.
  const [only] = groups;
  if (groups.length === 1 && only !== undefined && only.heading === undefined) rows.push([t.present, only.entries.map((a) => attendeeLine(a, file))]);
  else if (groups.length > 0) {
    rows.push([
      t.present,
      groups.flatMap((group) => [
        ...(group.heading === undefined ? [] : [groupHeading(group.heading)]),
        ...group.entries.map((a) => new Paragraph({ children: [new TextRun(attendeeLine(a, file, group.heading))] })),
      ]),
    ]);
  }
  const absent = absentAttendees(file).map((a) => attendeeLine(a, file));
  if (absent.length > 0) rows.push([t.absent, absent]);
  if (shares !== undefined) rows.push(shares);
  return facts();
}

/** A heading of the attendance under the facts: «Faste medlemmer som møtte», «Til stede», «Forfall». */
function attendanceHeading(text: string): Paragraph {
  return new Paragraph({ keepNext: true, spacing: { before: 160 }, children: [new TextRun({ text, bold: true })] });
}

/** A role group's heading under «Til stede»: «Arbeidstakersiden», «Varamedlemmer»; `spaced` off the table above it. */
function groupHeading(text: string, spaced = false): Paragraph {
  return new Paragraph({ keepNext: true, ...(spaced ? { spacing: { before: 80 } } : {}), children: [new TextRun({ text, italics: true })] });
}

/**
 * Who met under one heading: a line each, kept together, or the committee's «Navn | Funksjon | Representerer» table
 * (`conventions.attendanceTable`, meetingFacts.ts `attendeeRow`), the vara under «Møtende varamedlemmer» in «Navn | Møtte
 * for | Representerer» (`substituteRows`). `under`: the heading (its organisation not said again).
 */
function attendanceUnder(file: MeetingFile, entries: readonly Attendance[], under?: string): BodyElement[] {
  if (!attendanceAsTable(file)) {
    return entries.map((a, index) => new Paragraph({ keepNext: index < entries.length - 1, children: [new TextRun(attendeeLine(a, file, under))] }));
  }
  const substitutes = substituteRows(entries, file, under);
  if (substitutes !== undefined) return [attendanceTable(file, substitutes, true)];
  return [attendanceTable(file, entries.map((a) => attendeeRow(a, file, under)))];
}

/**
 * A written treatment's facts: the committee, the answer deadline instead of time and place (there was no meeting), and
 * the chair who put the saker to the board; who answered how is said per sak.
 */
function writtenFacts(file: MeetingFile, t: DocumentTexts): [string, CellContent][] {
  const w = writtenTreatmentWords(file.committee.languageForm);
  const deadline = formatDeadline(file.meeting);
  const committee = committeeFact(file, t, true);
  const rows: [string, CellContent][] = [...(committee === undefined ? [] : [committee]), ...letterFacts(file, t).slice(0, 1), [w.deadline, deadline]];
  const chair = chairOf(file);
  if (chair !== undefined) rows.push([t.chair, chair.name]);
  return rows;
}

/**
 * A sak treated in writing: the proposal put to the board, who agreed, did not, demanded a meeting or did not answer,
 * their comments, and the result (domain/writtenTreatment.ts `writtenOutcome`): «Foreløpig resultat» when made at `now`
 * before the Svarfrist while a member has not answered (`writtenProvisional`).
 */
function writtenLines(file: MeetingFile, item: AgendaItem, now: Date | undefined): VotingLine[] {
  if (!isWritten(file.meeting) || item.row !== 'sak') return [];
  const w = writtenTreatmentWords(file.committee.languageForm);
  // An exempt sak in a view without access (confidentiality.ts `viewFor`): no names, no comments; the result only when public.
  const withheld = file.meeting.written?.withheld?.find((entry) => entry.itemId === item.id);
  // Who has not answered is withheld too: before the Svarfrist its result is said to be provisional (a judgement: cautious).
  if (withheld !== undefined) {
    const label = now !== undefined && !writtenDeadlinePassed(file.meeting, now) ? w.provisionalLabel : w.resultLabel;
    return withheld.result === undefined ? [] : [{ text: `${label}:`, as: 'label' }, { text: w.result[withheld.result], as: 'text' }];
  }
  const outcome = writtenOutcome(file.meeting, file.committee, item.id);
  const proposal = wordingOf(file.committee.conventions, file.committee.languageForm).proposal.word;
  return [
    ...(item.proposedConclusion.length === 0 ? [] : [{ text: `${proposal}:`, as: 'label' as const }, ...pointLines(item.proposedConclusion, file.committee.conventions).map((text): VotingLine => ({ text, as: 'text' }))]),
    ...writtenAnswerLines(outcome, w.answers).map((text): VotingLine => ({ text, as: 'text' })),
    ...outcome.comments.map(({ member, comment }): VotingLine => ({ text: `${w.comment} ${member.name}: ${comment}`, as: 'text' })),
    { text: `${now !== undefined && writtenProvisional(file.meeting, outcome, now) ? w.provisionalLabel : w.resultLabel}:`, as: 'label' },
    { text: w.result[outcome.result], as: 'text' },
  ];
}

/** Its answers are left out of this view (an exempt sak): its proceedings say so, not «Ingen vedtak registrert». */
const isWithheld = (file: MeetingFile, item: AgendaItem): boolean => file.meeting.written?.withheld?.some((entry) => entry.itemId === item.id) === true;

/** Inhabilitet in the sak, said before what was treated: who stepped out is part of the decision. */
function disqualificationParagraphs(file: MeetingFile, item: AgendaItem, a: AttendanceTexts, keep: ParagraphKeep): Paragraph[] {
  const entries = disqualificationsOf(file.meeting.disqualifications, item.id);
  if (entries.length === 0) return [];
  return [
    underlinedLabel(a.disqualification),
    ...entries.flatMap((entry) => disqualificationSentences(entry, a)).map((text) => new Paragraph({ ...keep, children: [new TextRun(text)] })),
  ];
}

/**
 * The end of a protokoll that is not approved as a sak: the signatures of one that is signed (before anyone is
 * recorded, the møteleder by office, or everyone present with a vote when all sign), or the sentence saying it is
 * approved by e-mail after the meeting.
 */
function signatureBlock(file: MeetingFile, a: AttendanceTexts): Paragraph[] {
  const approval = file.committee.conventions?.minutesApproval ?? 'nextMeeting';
  if (approval === 'circulated') {
    const minutes = wordingOf(file.committee.conventions, file.committee.languageForm).minutes;
    return [new Paragraph({ spacing: { before: 240 }, children: [new TextRun(a.circulated(minutes.definite, minutes.neuter))] })];
  }
  // A written treatment has no attendance: the members who answered took part (writtenTreatment.ts).
  const entries = isWritten(file.meeting) ? writtenAttendance(file.meeting, file.committee) : file.meeting.attendance;
  // An årsmøte's dirigent signs once elected (`chairFact`): before that nobody signs by office, the leder only opened it.
  const byOffice = electsDirigent(file) && !dirigentElected(file) ? undefined : chairOf(file);
  const signatures = signersOf(approval, file.meeting.signatures ?? [], byOffice, entries, file.committee);
  if (signatures.length === 0) return [];
  const statement = file.committee.conventions?.signatureStatement?.trim() ?? '';
  return [
    // Heading 2 has no space before (the titles in the table's cells): the signatures stand apart from the saksliste's last row.
    new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, spacing: { before: 240 }, children: [new TextRun(a.signatures)] }),
    // The committee's own sentence over the signatures («Rett utskrift bekreftes»), kept with them.
    ...(statement === '' ? [] : [new Paragraph({ keepNext: true, keepLines: true, spacing: { after: 120 }, children: [new TextRun(statement)] })]),
    ...signatures.map(
      (signature, index) => new Paragraph({ keepNext: index < signatures.length - 1, children: [new TextRun(signatureLine(signature, a))] }),
    ),
  ];
}

function treatment(file: MeetingFile, item: AgendaItem, t: DocumentTexts, lists: ListInstances, keep: ParagraphKeep, now: Date | undefined): BodyElement[] {
  const elements: BodyElement[] = [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(item.title)] })];
  // A section heading ("Orienteringssaker") only groups the rows under it: nothing is concluded on it.
  if (item.row === 'heading') return elements;
  elements.push(...disqualificationParagraphs(file, item, documentAttendanceTexts(file.committee.languageForm, file.committee.conventions), keep));
  elements.push(
    ...item.subItems.map((sub, index) => new Paragraph({ ...keep, children: [new TextRun({ text: subItemHeading(sub, index, item, t), bold: true })] })),
  );
  elements.push(...earlierTreatmentBlocks(item, t, file.committee, lists, keep));
  if (proposalInRecord(file, item)) {
    elements.push(underlinedLabel(proposalLabel(file, item, t)));
    elements.push(...conclusionPoints(item.proposedConclusion, lists, file.committee.conventions, keep));
    if (item.proceedings.length > 0) elements.push(underlinedLabel(t.treatmentLabel));
  }
  elements.push(...richTextToDocx(item.proceedings, lists, keep));
  const voting = votingBlocks(file, item);
  elements.push(...voting.beforeConclusion.map((line) => votingParagraph(line, keep)));
  const written = writtenLines(file, item, now);
  elements.push(...written.map((line) => votingParagraph(line, keep)));
  if (item.outcome === 'postponed') elements.push(new Paragraph({ ...keep, children: [new TextRun({ text: t.postponed, italics: true })] }));
  if (item.conclusion.length > 0) {
    elements.push(underlinedLabel(conclusionLabel(file, item, t)));
    elements.push(...conclusionPoints(item.conclusion, lists, file.committee.conventions, keep));
  } else if (item.outcome !== 'postponed' && written.length === 0 && !isWithheld(file, item) && !recordedAsSaid(item, voting)) {
    // Said outright, so a reader does not take a bare heading for a lost conclusion.
    elements.push(new Paragraph({ ...keep, children: [new TextRun({ text: t.noConclusion, italics: true })] }));
  }
  elements.push(...voting.afterConclusion.map((line) => votingParagraph(line, keep)));
  const followUps = followUpLines(item, t);
  if (followUps.length > 0) {
    elements.push(underlinedLabel(t.followUps));
    elements.push(...richTextToDocx([{ type: 'bulletList', items: followUps.map((line) => [{ text: line }]) }], lists, keep));
  }
  return elements;
}

/**
 * Whether a row that is no sak (no number: «Åpen halvtime», «Eventuelt», «Informasjon») is recorded by what was said in it,
 * its møtebehandling written and no vedtak or vote on it: then that text is its record, with no «Ingen vedtak registrert.»
 * under it, as Oslo's bydelsutvalg print theirs (Grünerløkka's protokoll 7/10: «Åpen halvtime Det var møtt 12 personer til
 * åpen halvtime. …», http://docplayer.me/43501078; St. Hanshaugen's protokoll 5/13: «Åpen halvtime Ingen saker.», «Eventuelt 1
 * sak (SV).», http://docplayer.me/61149079). A sak with a number keeps the line: a sak without a vedtak is said to have none.
 */
function recordedAsSaid(item: AgendaItem, voting: { beforeConclusion: VotingLine[]; afterConclusion: VotingLine[] }): boolean {
  return item.caseNumber === null && plainTextOf(item.proceedings).trim() !== '' && voting.beforeConclusion.length === 0 && voting.afterConclusion.length === 0;
}

/**
 * Whether the protokoll prints the sak's proposal before its treatment, as a political body's protokoll does, so its votes
 * («Innstillinga: Samrøystes vedteke») say what they were on: Askvoll sokneråd's «INNSTILLING», «MØTEHANDSAMING», «VEDTAK»
 * (https://docplayer.me/158880633-Moteprotokoll-for-askvoll-soknerad.html), Gloppen's valstyre's «TILRÅDING: … VEDTAK:»
 * (http://docplayer.me/40884383-Motebok-desse-medlemmene-motte-ola-tarjei-kroken-kristin-sandal-gunnvor-sunde-arnfinn-brekke.html),
 * Sogn og Fjordane's fylkesutval's «låg det føre slik tilråding til vedtak» (http://docplayer.me/40399513). For a committee
 * that records votes (`conventions.voting`), or one that prints it so without votes (`conventions.proposalFirst`: Askvoll
 * sokneråd's «SAMRØYSTES VEDTAK» under no recorded vote); the proceedings, when written, then under «Behandling:» (nn per `treatment`).
 */
function proposalInRecord(file: MeetingFile, item: AgendaItem): boolean {
  const conventions = file.committee.conventions;
  return (conventions?.voting === true || conventions?.proposalFirst === true) && item.proposedConclusion.length > 0 && !isWritten(file.meeting);
}

/** A political body's møtebehandling as the protokoll prints it (domain/voting.ts `votingLines`), in the committee's målform. */
function votingBlocks(file: MeetingFile, item: AgendaItem): { beforeConclusion: VotingLine[]; afterConclusion: VotingLine[] } {
  return votingLines(item.voting, file.committee.languageForm);
}

function votingParagraph(line: VotingLine, keep: ParagraphKeep): Paragraph {
  if (line.as === 'label') return underlinedLabel(line.text);
  if (line.as === 'heading') return new Paragraph({ keepNext: true, keepLines: true, spacing: { before: 80 }, children: [new TextRun({ text: line.text, bold: true })] });
  return new Paragraph({ ...keep, children: [new TextRun(line.text)] });
}

/** «Vedtak:», or «Innstilling til Kommunestyret:» over a sak that goes on to another body (its saksgang, domain/caseRoute.ts). */
function conclusionLabel(file: MeetingFile, item: AgendaItem, t: DocumentTexts): string {
  return `${conclusionNoun(item, file.committee, t.words, file.committee.languageForm).word}:`;
}

/** The sak's oppfølgingspunkter as the referat prints them: what, who, by when (their status is Planner's, not the record's). */
function followUpLines(item: AgendaItem, t: DocumentTexts): string[] {
  return (item.followUps ?? []).map((f) => t.followUpLine(f.what, f.who.name, f.due ? formatDateLong(f.due) : undefined));
}

/** Case number, kinds and vedlegg: the texts of the first column. */
function firstColumnTexts(item: AgendaItem, t: DocumentTexts): string[] {
  return item.caseNumber === null ? archiveRefTexts(item, t) : [...kindLabels(item, t), ...attachmentReferences(item, t), ...archiveRefTexts(item, t)];
}

/** The treatment cell as plain paragraphs, to estimate the row's height. */
function treatmentTexts(file: MeetingFile, item: AgendaItem, t: DocumentTexts, now: Date | undefined): string[] {
  if (item.row === 'heading') return [item.title];
  const proceedings = plainTextOf(item.proceedings);
  const voting = votingBlocks(file, item);
  const outcome =
    item.conclusion.length > 0 ? [conclusionLabel(file, item, t), ...item.conclusion] : item.outcome === 'postponed' ? [t.postponed] : recordedAsSaid(item, voting) ? [] : [t.noConclusion];
  const a = documentAttendanceTexts(file.committee.languageForm, file.committee.conventions);
  const disqualifications = disqualificationsOf(file.meeting.disqualifications, item.id).flatMap((entry) => disqualificationSentences(entry, a));
  const followUps = followUpLines(item, t);
  const before = [...voting.beforeConclusion, ...writtenLines(file, item, now)].map((line) => line.text);
  const after = voting.afterConclusion.map((line) => line.text);
  const earlier = earlierTreatmentTexts(item, t, file.committee.languageForm);
  const proposal = proposalInRecord(file, item) ? [proposalLabel(file, item, t), ...item.proposedConclusion, ...(proceedings === '' ? [] : [t.treatmentLabel])] : [];
  return [item.title, ...(disqualifications.length === 0 ? [] : [a.disqualification, ...disqualifications]), ...earlier, ...proposal, ...(proceedings === '' ? [] : proceedings.split('\n')), ...before, ...outcome, ...after, ...(followUps.length === 0 ? [] : [t.followUps, ...followUps])];
}

/**
 * Every row of the saksliste, the unnumbered ones included: the referat accounts for all of it. `now`: when it is made, for a
 * written treatment's results made before the Svarfrist (provisional); without it, the results as they stand.
 */
export function referatBody(file: MeetingFile, now?: Date): BodyElement[] {
  const t = documentTexts(file.committee);
  const lists = new ListInstances();
  const items = file.meeting.items;
  const first = caseColumnWidth(t.caseNumberShort, items.map((item) => ({ caseNumber: item.caseNumber, facts: firstColumnTexts(item, t) })));
  const widths = [first, CONTENT_WIDTH - first];
  const rows = items.map((item, index) => {
    const lines = Math.max(estimatedLines(treatmentTexts(file, item, t, now), widths[1] ?? 0), 1 + firstColumnTexts(item, t).length);
    const keep = keepWithLastRow(index, items.length, lines);
    return { cells: [caseCell(item.caseNumber, firstColumnTexts(item, t), keep), treatment(file, item, t, lists, keep, now)], lines, keep };
  });
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(referatHeading(file))] }),
    ...factsBlock(file, t),
    new Paragraph({}),
    ...minutesContents(file, t),
    rows.length === 0 ? new Paragraph({ children: [new TextRun(t.noItems)] }) : gridTable([t.caseNumberShort, t.proceedingsAndConclusion], widths, rows),
    ...signatureBlock(file, documentAttendanceTexts(file.committee.languageForm, file.committee.conventions)),
  ];
}

/** «Protokoll Styret i … 12.03.26», or for a written treatment «Protokoll fra skriftlig styrebehandling i Styret i …». */
function referatHeading(file: MeetingFile): string {
  if (!isWritten(file.meeting)) return recordTitle(file.committee, file.meeting);
  const w: WrittenTreatmentWords = writtenTreatmentWords(file.committee.languageForm);
  return `${w.title} ${w.in} ${file.committee.name}`;
}

/** `now`: when the protokoll is made (a written treatment's results before its Svarfrist are provisional). */
export interface ReferatOptions {
  now?: Date;
}

export async function renderReferatDocx(file: MeetingFile, options: ReferatOptions = {}): Promise<Uint8Array> {
  const t = documentTexts(file.committee);
  const title = recordTitle(file.committee, file.meeting);
  return packDocument(buildDocument({ committee: file.committee, title, subject: t.referat, children: referatBody(file, options.now) }));
}
