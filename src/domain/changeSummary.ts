import { formatDateLong, formatTimeRange } from './dates';
import { siteVisitLine } from './siteVisit';
import { caseLabel } from './caseNumbering';
import { wordingOf, type Wording } from './conventions';
import type { AgendaItem, Attachment, Committee, DocumentRef, LanguageForm, Meeting, Person } from './model';
import { plainTextOf } from './richText';
import { agendaHeadingOf } from './agendaHeading';
import { domainTexts, type DomainTexts } from './texts';

/**
 * Short lines for the "Send oppdatert innkalling" dialog and the update's e-mail body, so
 * invitees see what changed since the last notice without comparing two agendas themselves.
 * Items are matched by id (titles and numbers may change); attachments by id, a new eTag counts
 * as an updated file. Lines come in agenda order of the current agenda, removals last.
 */

/**
 * How a line refers to an item: "Sak 2026.03" (or "sak 2026.03" inside a sentence); an unnumbered
 * row such as the closing row by its title as sent, «Oppsummering og avslutning».
 */
function label(item: AgendaItem, inSentence = false): string {
  if (item.caseNumber === null) return `«${item.title}»`;
  return caseLabel(item.caseNumber, inSentence);
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((value, i) => value === b[i]);

const personKey = (person: Person): string => person.email?.toLowerCase() ?? person.name;

function documentChanged(before: DocumentRef, after: DocumentRef): boolean {
  if (before.driveItemId !== after.driveItemId) return true;
  if (before.eTag !== undefined || after.eTag !== undefined) return before.eTag !== after.eTag;
  return before.fileName !== after.fileName || before.size !== after.size;
}

function itemChanges(before: AgendaItem, after: AgendaItem, t: DomainTexts['changes'], words: Wording): string[] {
  const l = label({ ...after, title: before.title });
  const inSentence = label({ ...after, title: before.title }, true);
  const lines: string[] = [];
  if (after.outcome === 'postponed' && before.outcome !== 'postponed') lines.push(t.postponed(l));
  if (before.title.trim() !== after.title.trim()) lines.push(t.title(l, after.title.trim()));
  if (!sameList(before.kinds, after.kinds)) lines.push(t.kinds(l, after.kinds.map(words.kindLabel).join(', ') || t.nobody));
  if (plainTextOf(before.summary) !== plainTextOf(after.summary)) lines.push(t.summary(l));
  if (!sameList(before.proposedConclusion.map((p) => p.trim()), after.proposedConclusion.map((p) => p.trim()))) lines.push(t.proposal(l, words.proposal));
  if (!sameList(before.presenters.map(personKey), after.presenters.map(personKey))) {
    lines.push(t.presenters(l, after.presenters.map((p) => p.name).join(', ') || t.nobody));
  }
  if (before.plannedMinutes !== after.plannedMinutes) lines.push(t.time(l, after.plannedMinutes));
  if (after.caseMemo && !before.caseMemo) lines.push(t.caseMemoNew(l));
  else if (after.caseMemo && before.caseMemo && documentChanged(before.caseMemo, after.caseMemo)) lines.push(t.caseMemoUpdated(l));
  const beforeAttachments = new Map(before.attachments.map((a) => [a.id, a]));
  const afterIds = new Set(after.attachments.map((a) => a.id));
  for (const attachment of after.attachments) {
    const old: Attachment | undefined = beforeAttachments.get(attachment.id);
    if (!old) lines.push(t.attachmentNew(inSentence, attachment.title));
    else if (documentChanged(old, attachment)) lines.push(t.attachmentUpdated(inSentence, attachment.title));
  }
  for (const attachment of before.attachments) {
    if (!afterIds.has(attachment.id)) lines.push(t.attachmentRemoved(inSentence, attachment.title));
  }
  return lines;
}

/** In the committee's målform and words (its sakstyper, "innstilling" for the proposal). */
export function summariseAgendaChanges(sent: readonly AgendaItem[], current: readonly AgendaItem[], committee: Pick<Committee, 'languageForm' | 'conventions'>): string[] {
  const t = domainTexts(committee.languageForm).changes;
  const words = wordingOf(committee.conventions, committee.languageForm);
  const theAgenda = agendaHeadingOf(committee.conventions, committee.languageForm).definite;
  const sentById = new Map(sent.map((item) => [item.id, item]));
  const currentIds = new Set(current.map((item) => item.id));
  const lines: string[] = [];

  for (const item of current) {
    const before = sentById.get(item.id);
    if (!before) lines.push(t.newItem(item.caseNumber, item.title, theAgenda));
    else lines.push(...itemChanges(before, item, t, words));
  }
  for (const item of sent) {
    if (!currentIds.has(item.id)) lines.push(t.removed(label(item)));
  }
  const keptInSentOrder = sent.filter((item) => currentIds.has(item.id)).map((item) => item.id);
  const keptInCurrentOrder = current.filter((item) => sentById.has(item.id)).map((item) => item.id);
  if (!sameList(keptInSentOrder, keptInCurrentOrder)) lines.push(t.order);
  return lines;
}

/** The meeting facts an update can change besides the agenda. */
export type MeetingDetails = Pick<Meeting, 'date' | 'start' | 'end' | 'place' | 'online' | 'siteVisit'>;

/** Lines for changed date, time, place or Teams: what an invitee must re-plan for, so they come first in the update. */
export function summariseMeetingChanges(sent: MeetingDetails, current: MeetingDetails, form: LanguageForm): string[] {
  const t = domainTexts(form).meetingChanges;
  const lines: string[] = [];
  if (sent.date !== current.date) lines.push(t.date(formatDateLong(current.date)));
  if ((sent.start !== current.start || sent.end !== current.end) && current.start !== undefined && current.end !== undefined) {
    lines.push(t.time(formatTimeRange(current.start, current.end)));
  }
  if (sent.place.trim() !== current.place.trim()) lines.push(t.place(current.place.trim()));
  if (sent.online !== current.online) lines.push(t.online(current.online));
  // A befaring moved, added, dropped or about something else: told in the line the innkalling prints, every field in it.
  const visit = (details: MeetingDetails) => (details.siteVisit === undefined ? '' : siteVisitLine(details.siteVisit));
  if (visit(sent) !== visit(current)) lines.push(t.siteVisit(visit(current)));
  return lines;
}
