import * as v from 'valibot';
import { exemptionLine, publicTitleOf } from './confidentiality';
import { formatDateLong } from './dates';
import { DomainError } from './errors';
import { fieldError } from './fieldRules';
import { FollowUpSchema, type AgendaItem, type Committee, type FollowUp, type Meeting, type Person } from './model';
import { richTextFromPlain, type RichText } from './richText';
import { domainTexts } from './texts';

/**
 * Oppfølgingspunkter: a konklusjon point turned into a task in someone's task list (Planner in the
 * committee's plan, else To Do). The meeting keeps what, who, by when and the task's reference;
 * whether the task is done is Planner's or To Do's business and is read from Graph each time
 * (`FollowUpStatus`), never stored here. Pure.
 */

/** The Oppfølgingsliste is an Orientering (when the committee's sakstyper have it). */
export const NOTED_KIND = 'Orientering';

/** What Graph says about a task right now (graph/tasksGateway.ts reads it). */
export type FollowUpStatus =
  | { state: 'open'; percentComplete: number }
  | { state: 'completed'; completedAt?: string }
  /** The task could not be read: deleted, or in someone else's To Do list, or no access. */
  | { state: 'unknown' };

/** What the referent fills in before the task is made. */
export interface FollowUpDraft {
  what: string;
  who: Person | undefined;
  due: string | undefined;
}

/** A draft checked as the schema would check the stored point; its refusals name the field, as data (`DomainError`'s `reason` or `rule`). */
export function checkFollowUpDraft(draft: FollowUpDraft): { what: string; who: Person; due?: string } {
  const what = draft.what.trim();
  if (!draft.who) throw new DomainError('followUpWho', { key: 'followUpWho' });
  const candidate = { id: 'check', what, who: draft.who, ...(draft.due ? { due: draft.due } : {}), task: { kind: 'planner' as const, taskId: 'check', planId: 'check' } };
  const result = v.safeParse(FollowUpSchema, candidate);
  if (!result.success) throw fieldError('followUpInvalid', result.issues[0]?.message, { key: 'followUpInvalid' });
  return { what, who: draft.who, ...(draft.due ? { due: draft.due } : {}) };
}

/** The item with one more oppfølgingspunkt (the task already exists in Graph). */
export function withFollowUp(item: AgendaItem, followUp: FollowUp): AgendaItem {
  return { ...item, followUps: [...(item.followUps ?? []), v.parse(FollowUpSchema, followUp)] };
}

/** A point as listed across meetings: the sak it came from, and the meeting's date. */
export interface FollowUpSource {
  followUp: FollowUp;
  meetingDate: string;
  /** "2026.03 Samhandlingsavtalen" (the case number, or the title alone for an unnumbered row). */
  source: string;
}

/**
 * Every oppfølgingspunkt recorded in these meetings, oldest meeting first, in agenda order. The list goes into the next
 * innkalling, which everyone gets: a point of a sak unntatt offentlighet is listed under the sak's public title with
 * «Unntatt offentlighet, <hjemmel>» for what it says (as the public protokoll leaves its points out, `viewFor`); who
 * answers for it, by when and whether it is done stay, so the committee still follows it up (a judgement: they say
 * nothing of the sak).
 */
export function followUpsOf(meetings: readonly Pick<Meeting, 'date' | 'items'>[], committee: Pick<Committee, 'languageForm'>): FollowUpSource[] {
  const form = committee.languageForm;
  return [...meetings]
    .sort((a, b) => a.date.localeCompare(b.date))
    .flatMap((meeting) =>
      meeting.items.flatMap((item) => {
        const exempt = item.confidentiality?.exempt;
        const title = exempt ? publicTitleOf(exempt, form) : item.title;
        const source = item.caseNumber ? `${item.caseNumber} ${title}` : title;
        const shown = (followUp: FollowUp): FollowUp => (exempt ? { ...followUp, what: exemptionLine(exempt, form) } : followUp);
        return (item.followUps ?? []).map((followUp) => ({ followUp: shown(followUp), meetingDate: meeting.date, source }));
      }),
    );
}

/** One line of the Oppfølgingsliste: a point with its status as Graph gave it. */
export interface FollowUpListEntry extends FollowUpSource {
  status: FollowUpStatus;
}

/**
 * The points the next meeting's Oppfølgingsliste shows: every open one (and those whose status is
 * unknown, so nothing silently drops off), and those completed on or after `since` — the date of
 * the meeting that last saw the list. Completed before that: already reported, left out.
 */
export function followUpListEntries(
  sources: readonly FollowUpSource[],
  statusOf: (followUp: FollowUp) => FollowUpStatus,
  since: string | undefined,
): FollowUpListEntry[] {
  return sources
    .map((source) => ({ ...source, status: statusOf(source.followUp) }))
    .filter(({ status }) => status.state !== 'completed' || !since || !status.completedAt || status.completedAt.slice(0, 10) >= since);
}

/** The status as the list words it, in the committee's målform. */
export function followUpStatusText(committee: Pick<Committee, 'languageForm'>, entry: Pick<FollowUpListEntry, 'status' | 'followUp'>, today: string): string {
  const texts = domainTexts(committee.languageForm).followUpList;
  const { status, followUp } = entry;
  if (status.state === 'completed') return texts.completed(status.completedAt ? formatDateLong(status.completedAt.slice(0, 10)) : undefined);
  if (status.state === 'unknown') return texts.unknown;
  return followUp.due && followUp.due < today ? texts.overdue : texts.open;
}

/** The Oppfølgingsliste's summary: a bullet per point and the date the status was read. */
export function followUpListSummary(committee: Pick<Committee, 'languageForm'>, entries: readonly FollowUpListEntry[], today: string): RichText {
  const texts = domainTexts(committee.languageForm).followUpList;
  const lines = entries.map((entry) =>
    texts.line(
      entry.source,
      entry.followUp.what,
      entry.followUp.who.name,
      entry.followUp.due ? formatDateLong(entry.followUp.due) : undefined,
      followUpStatusText(committee, entry, today),
    ),
  );
  return [{ type: 'bulletList', items: lines.map((line) => [{ text: line }]) }, ...richTextFromPlain(texts.asOf(formatDateLong(today)))];
}
