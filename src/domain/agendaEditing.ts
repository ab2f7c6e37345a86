import { numberAttachments } from './attachments';
import { fixedRowsInPlace, renumberItems, type NumberedMeeting } from './caseNumbering';
import { DomainError } from './errors';
import { fieldRuleLine, type FieldRule } from './fieldRules';
import { afterSakWord } from './sakWord';
import { domainTexts } from './texts';
import { isAgendaFrozen, isMeetingLocked } from './meetingStatus';
import type { AgendaItem, Committee, ItemOutcome, Meeting } from './model';

/**
 * Pure agenda operations: each takes a meeting and returns a new one (never mutates), renumbering
 * through caseNumbering where the rules allow it.
 *
 * Decisions:
 * - Items can be added, edited, moved while the meeting is draft, noticeSent or inProgress
 *   (an extra sak can come up in the meeting). After it is held only the record (title, texts,
 *   proceedings, conclusion, outcome) may still be corrected; after the minutes are approved
 *   nothing changes.
 * - removeItem: in a draft anything goes. After the notice is sent an item that went out with the
 *   notice keeps its number and cannot be deleted — invitees have read "sak 2026.05" — it is
 *   postponed instead (`postponeItem`, outcome 'postponed', shown as "utsatt"). Items added after
 *   the notice and not yet sent out may still be removed.
 * - moveItem after the notice: allowed (the chair may change the order of treatment), numbers
 *   stay as sent. The closing rows («Eventuelt», «Oppsummering og avslutning»: the committee's `closingRows`)
 *   never move and nothing is placed after them; the opening rows
 *   («Godkjenning av innkalling og dagsorden») never move and nothing is placed before them: a
 *   member expects the meeting to open and close the same way whatever was added or moved.
 */

/** What renumbering needs besides the meeting: the committee and its other meetings. */
export interface NumberingContext {
  committee: Committee;
  /** The committee's other meetings of the year, or all of them (this one may be included; it is ignored by id). */
  otherMeetings: readonly NumberedMeeting[];
}

/** Fields the agenda editor may change; id, number, the fixed rows' flags and the election's mark are the rules' business. */
export type AgendaItemPatch = Partial<Omit<AgendaItem, 'id' | 'caseNumber' | 'closing' | 'opening' | 'numberedClosing' | 'elects'>>;

// Confidentiality may be marked after the meeting too: before the referat or a public version goes out.
// Oppfølgingspunkter too: a konklusjon is often followed up the day after (followUp.ts). The proposals, votes and
// protokolltilførsler are what was recorded, corrected as the møtebehandling is.
const RECORD_FIELDS: ReadonlySet<keyof AgendaItemPatch> = new Set(['proceedings', 'conclusion', 'outcome', 'title', 'summary', 'proposedConclusion', 'confidentiality', 'followUps', 'voting']);

/** A sak without a title: the model's rule of the field (`required itemTitle`), worded by the screens as the schema's is. */
function emptyTitle(): DomainError {
  const rule: FieldRule = { code: 'required', field: 'itemTitle' };
  return new DomainError('emptyTitle', fieldRuleLine(rule), rule);
}

function assertNotLocked(meeting: Meeting): void {
  if (isMeetingLocked(meeting)) {
    throw new DomainError('agendaLocked', { key: 'agendaApproved' });
  }
}

function assertAgendaOpen(meeting: Meeting): void {
  assertNotLocked(meeting);
  if (meeting.status === 'held') {
    throw new DomainError('agendaLocked', { key: 'agendaHeld' });
  }
}

function indexOf(meeting: Meeting, itemId: string): number {
  const index = meeting.items.findIndex((item) => item.id === itemId);
  if (index < 0) throw new DomainError('itemNotFound', { key: 'itemNotFoundReload' });
  return index;
}

function findItem(meeting: Meeting, itemId: string): AgendaItem {
  const item = meeting.items[indexOf(meeting, itemId)];
  if (!item) throw new DomainError('itemNotFound', { key: 'itemNotFound' });
  return item;
}

/** Case numbers and vedlegg numbers, both following agenda order until the notice is sent. */
function renumber(meeting: Meeting, ctx: NumberingContext): Meeting {
  const numbered = renumberItems(meeting, ctx.committee, ctx.otherMeetings);
  return { ...numbered, items: numberAttachments(numbered.items, isAgendaFrozen(meeting)) };
}

/**
 * Was this item part of the notice that went out (so invitees know its number)? Without a stored
 * snapshot of the notice (older data, imports) every item of a sent meeting counts as sent: when
 * unsure, keep the number rather than let a public sak disappear.
 */
export function wasSentWithNotice(meeting: Meeting, itemId: string): boolean {
  if (!isAgendaFrozen(meeting)) return false;
  if (!meeting.notice) return true;
  return meeting.notice.items.some((item) => item.id === itemId);
}

/** How many rows open the agenda (`opening`): they stand first, so they are the first of `items`. */
function openingCount(items: readonly AgendaItem[]): number {
  return items.filter((item) => item.opening && !item.closing).length;
}

/**
 * Adds an item at `index` (default: before the closing rows), never before the opening rows nor after
 * the closing rows. A closing item goes last, only where there is none (the template makes the committee's). An opening item goes after the opening rows there
 * are. The item's own caseNumber is ignored: numbers come from the rules.
 */
export function addItem(meeting: Meeting, item: AgendaItem, ctx: NumberingContext, index?: number): Meeting {
  assertAgendaOpen(meeting);
  if (meeting.items.some((existing) => existing.id === item.id)) {
    throw new DomainError('duplicateItemId', { key: 'duplicateItemId' });
  }
  if (item.title.trim() === '') throw emptyTitle();
  if (item.closing && meeting.items.some((existing) => existing.closing)) {
    throw new DomainError('duplicateClosingRow', { key: 'duplicateClosingRow' });
  }
  const fresh: AgendaItem = { ...item, caseNumber: null };
  const open = meeting.items.filter((existing) => !existing.closing);
  const first = openingCount(open);
  const at = item.opening ? first : index === undefined ? open.length : Math.max(first, Math.min(index, open.length));
  const items = item.closing
    ? [...meeting.items, fresh]
    : [...open.slice(0, at), fresh, ...open.slice(at), ...meeting.items.filter((existing) => existing.closing)];
  return renumber({ ...meeting, items: fixedRowsInPlace(items) }, ctx);
}

/**
 * Changes fields of one item. After the meeting is held only the record fields (title, summary,
 * proposedConclusion, proceedings, conclusion, outcome) may change; approved minutes are final.
 */
export function updateItem(meeting: Meeting, itemId: string, patch: AgendaItemPatch): Meeting {
  assertNotLocked(meeting);
  const index = indexOf(meeting, itemId);
  // The type already forbids these; callers spreading a whole item must not sneak them past the rules.
  const { id: _id, caseNumber: _caseNumber, closing: _closing, opening: _opening, numberedClosing: _numberedClosing, elects: _elects, ...changes } =
    patch as AgendaItemPatch & Partial<Pick<AgendaItem, 'id' | 'caseNumber' | 'closing' | 'opening' | 'numberedClosing' | 'elects'>>;
  if (meeting.status === 'held') {
    const blocked = (Object.keys(changes) as (keyof AgendaItemPatch)[]).filter((key) => !RECORD_FIELDS.has(key));
    if (blocked.length > 0) {
      throw new DomainError('agendaLocked', { key: 'heldRecordOnly' });
    }
  }
  if (changes.title !== undefined && changes.title.trim() === '') {
    throw emptyTitle();
  }
  const current = meeting.items[index];
  // A sent sak's number is public: it cannot become an unnumbered row or a heading (nor a sent heading a sak).
  if (current && changes.row !== undefined && changes.row !== current.row && wasSentWithNotice(meeting, itemId)) {
    throw new DomainError('agendaLocked', { key: 'sentRowKindFixed', values: { item: current.caseNumber ?? current.title } });
  }
  if (current && changes.outcome !== undefined && changes.outcome !== current.outcome) assertOutcomeAllowed(meeting, current, changes.outcome);
  const items = meeting.items.map((item, i) => (i === index ? { ...item, ...changes } : item));
  return { ...meeting, items: changes.attachments ? numberAttachments(items, isAgendaFrozen(meeting)) : items };
}

/**
 * Applies a function to one item (e.g. `conclusionAsProposed`) under the same rules as
 * updateItem: id, number and closing flag cannot change this way.
 */
export function updateItemWith(meeting: Meeting, itemId: string, change: (item: AgendaItem) => AgendaItem): Meeting {
  const { id: _id, caseNumber: _caseNumber, closing: _closing, opening: _opening, numberedClosing: _numberedClosing, elects: _elects, ...patch } = change(
    findItem(meeting, itemId),
  );
  const before = findItem(meeting, itemId);
  const changedKeys = (Object.keys(patch) as (keyof AgendaItemPatch)[]).filter((key) => patch[key] !== before[key]);
  return updateItem(meeting, itemId, Object.fromEntries(changedKeys.map((key) => [key, patch[key]])) as AgendaItemPatch);
}

/** Deletes an item (see the rules at the top); a sent item must be postponed instead. */
export function removeItem(meeting: Meeting, itemId: string, ctx: NumberingContext): Meeting {
  assertAgendaOpen(meeting);
  const item = findItem(meeting, itemId);
  if (!item.closing && wasSentWithNotice(meeting, itemId)) {
    throw new DomainError('itemAlreadySent', { key: 'sentItemNotRemovable', values: { item: item.caseNumber === null ? item.title : afterSakWord(item.caseNumber) } });
  }
  const items = meeting.items.filter((existing) => existing.id !== itemId);
  return renumber({ ...meeting, items }, ctx);
}

/**
 * Moves an item to `toIndex` among the rows before the closing row; the closing row stays last and the
 * opening rows first: moving one of them, or a row above them, is refused saying which row stands first.
 */
export function moveItem(meeting: Meeting, itemId: string, toIndex: number, ctx: NumberingContext): Meeting {
  assertAgendaOpen(meeting);
  const item = findItem(meeting, itemId);
  if (item.closing || item.numberedClosing) throw new DomainError('closingRowFixed', { key: 'closingRowFixed' });
  if (item.opening) throw new DomainError('openingRowFixed', { key: 'openingRowFixed', values: { item: item.title } });
  const open = meeting.items.filter((existing) => !existing.closing && existing.id !== itemId);
  const at = Math.max(0, Math.min(Math.trunc(toIndex), open.length));
  const opening = open[openingCount(open) - 1];
  if (opening && at < openingCount(open)) throw new DomainError('openingRowFixed', { key: 'openingRowFirst', values: { item: opening.title } });
  const items = fixedRowsInPlace([...open.slice(0, at), item, ...open.slice(at), ...meeting.items.filter((existing) => existing.closing)]);
  return renumber({ ...meeting, items }, ctx);
}

/**
 * Records how an item ended: 'treated' (behandlet) once the meeting has started, 'postponed'
 * (utsatt) from the moment the notice is sent, 'pending' to undo. In a draft an item is simply
 * removed rather than postponed.
 */
export function setOutcome(meeting: Meeting, itemId: string, outcome: ItemOutcome): Meeting {
  assertNotLocked(meeting);
  assertOutcomeAllowed(meeting, findItem(meeting, itemId), outcome);
  return { ...meeting, items: meeting.items.map((existing) => (existing.id === itemId ? { ...existing, outcome } : existing)) };
}

function assertOutcomeAllowed(meeting: Meeting, item: AgendaItem, outcome: ItemOutcome): void {
  if (item.closing && outcome !== 'pending') {
    throw new DomainError('outcomeNotAllowed', { key: 'closingRowNoOutcome' });
  }
  const allowed = outcome === 'pending' || (outcome === 'postponed' ? meeting.status !== 'draft' : meeting.status === 'inProgress' || meeting.status === 'held');
  if (!allowed) {
    throw new DomainError('outcomeNotAllowed', outcome === 'postponed' ? { key: 'postponeUnsent' } : { key: 'treatedNotAllowed', values: { status: meeting.status } });
  }
}

/** Postpones an item that was sent out (the alternative to deleting it). */
export function postponeItem(meeting: Meeting, itemId: string): Meeting {
  return setOutcome(meeting, itemId, 'postponed');
}

/** The referent's one-click conclusion: the proposal as written. */
export function conclusionAsProposed(item: AgendaItem): AgendaItem {
  return { ...item, conclusion: [...item.proposedConclusion] };
}

/** The referent's «Tatt til orientering»: the committee's own words (`conventions.notedConclusion`) or its målform's. */
export function notedConclusionOf(committee: Pick<Committee, 'conventions' | 'languageForm'>): string {
  const own = committee.conventions?.notedConclusion;
  return own !== undefined && own !== '' ? own : domainTexts(committee.languageForm).notedConclusion;
}

export function conclusionNoted(item: AgendaItem, committee: Pick<Committee, 'conventions' | 'languageForm'>): AgendaItem {
  return { ...item, conclusion: [notedConclusionOf(committee)] };
}

/**
 * The referent's outcome button (`conventions.outcomes`: a klagenemnd's «Klagen tas ikke til følge.»): the outcome as the
 * conclusion's first point, in place of a first point that is already one of the committee's outcomes (a press that changes
 * the outcome), every other point kept, so nothing typed (the begrunnelse, «Vedtaket er endelig …») is lost.
 */
export function conclusionWithOutcome(item: AgendaItem, outcome: string, committee: Pick<Committee, 'conventions'>): AgendaItem {
  const [first, ...rest] = item.conclusion;
  const kept = first !== undefined && (committee.conventions?.outcomes ?? []).includes(first) ? rest : item.conclusion;
  return { ...item, conclusion: [outcome, ...kept] };
}

/**
 * Marks the item being treated now (side panel → stage), only while the meeting is in progress.
 * `at` (ISO instant, injected) is recorded the first time an item becomes current, so the stage
 * can show time used against plannedMinutes; coming back to an item keeps its first start.
 * `undefined` clears the current item (a pause).
 */
export function setCurrentItem(meeting: Meeting, itemId: string | undefined, at?: string): Meeting {
  if (meeting.status !== 'inProgress') {
    throw new DomainError('meetingNotInProgress', { key: 'notInProgress' });
  }
  if (itemId === undefined) {
    const next = { ...meeting };
    delete next.currentItemId;
    return next;
  }
  indexOf(meeting, itemId);
  const itemStartedAt = at !== undefined && meeting.itemStartedAt[itemId] === undefined ? { ...meeting.itemStartedAt, [itemId]: at } : meeting.itemStartedAt;
  return { ...meeting, currentItemId: itemId, itemStartedAt };
}
