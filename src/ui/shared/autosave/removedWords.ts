import type { Meeting } from '../../../domain/model';
import type { Versioned } from '../../../domain/ports';
import { plainTextOf, type RichText } from '../../../domain/richText';
import { sameValue } from './fieldClashes';
import type { RemovedText } from './meetingAutosave';
import type { Draft } from './meetingDrafts';

/**
 * The one rule for "someone else's save took out what I wrote" (the autosave engine tells the user, `RemovedText`).
 *
 * A field is read as units: a konklusjon's points, a møtebehandling's lines (its plain text), with white space
 * collapsed to single spaces. His words in a unit he saved are what he added to the stored unit he started from
 * (`base`): the part between what the two have in common at the start and at the end, widened to whole words
 * where it cuts a word. A unit he left as it was (it stands in `base` too) holds no words of his. His words are
 * kept while they still stand, word for word, in one unit of the newer text (`now`): kept when another adds to
 * them, moves them, or writes around them; taken out when they are deleted or changed. Judgement: a change inside
 * his own sentence (a typo fixed) counts as taken out; he is told, politely, and may dismiss it.
 *
 * Returns the units he saved whose words no longer stand, as he saved them, so he can put them back whole.
 * A chunk of its own (`removed-words`), fetched by the autosave engine once the page has saved such a text.
 */
export function removedUnits(field: string, base: unknown, mine: unknown, now: unknown): string[] {
  const before = unitsOf(field, base).map(normalised);
  const after = unitsOf(field, now).map(normalised).join('\n');
  return unitsOf(field, mine).filter((unit) => {
    const words = wordsAdded(before, normalised(unit));
    return words !== '' && !after.includes(words);
  });
}

/** What this page saved in a field this session, and the stored value its writing started from. */
export interface SavedHere {
  base: unknown;
  mine: unknown;
}

/**
 * What a newer stored version took out of what this page saved (`saved`, per sak and field), for the engine's
 * `removedTexts`: not for a field with anything unsaved here (his draft is what counts there; a clash is the
 * ConflictBar's). A notice is kept while his words are still missing, and goes when they are back.
 */
export function removedTexts(
  saved: ReadonlyMap<string, ReadonlyMap<string, SavedHere>>,
  fresh: Versioned<Meeting>,
  pending: ReadonlyMap<string, Draft>,
  earlier: readonly RemovedText[],
  editorOf: (key: string) => { by?: string },
): RemovedText[] {
  const told: RemovedText[] = [];
  for (const [key, fields] of saved) {
    const item = fresh.value.items.find((candidate) => candidate.id === key);
    const draft = pending.get(key);
    for (const [field, { base, mine }] of fields) {
      const before = earlier.find((notice) => notice.key === key && notice.field === field);
      if (!item || (draft && field in draft.patch)) {
        if (before) told.push(before);
        continue;
      }
      const removed = removedUnits(field, base, mine, (item as unknown as Record<string, unknown>)[field]);
      if (removed.length === 0) continue;
      // The same words still missing: the notice he has in front of him stays as it is.
      told.push(before && sameValue(before.removed, removed) ? before : { key, field, removed, ...editorOf(key), version: fresh.version });
    }
  }
  return told;
}

function unitsOf(field: string, value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  if (field === 'proceedings') return plainTextOf(value as RichText).split('\n');
  return value.filter((point): point is string => typeof point === 'string');
}

function normalised(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** What `unit` adds to the unit of `base` it shares most with at its ends ('' when it only took away). */
function wordsAdded(base: readonly string[], unit: string): string {
  if (unit === '' || base.includes(unit)) return '';
  let best = { start: 0, end: unit.length, shared: -1 };
  for (const from of base) {
    const room = Math.min(from.length, unit.length);
    let start = 0;
    while (start < room && from[start] === unit[start]) start += 1;
    let tail = 0;
    while (tail < room - start && from[from.length - 1 - tail] === unit[unit.length - 1 - tail]) tail += 1;
    if (start + tail > best.shared) best = { start, end: unit.length - tail, shared: start + tail };
  }
  let { start, end } = best;
  if (start >= end) return '';
  // A cut inside a word takes the whole word: "fullt" added in "fullt mandat", not "ullt".
  while (start > 0 && unit[start - 1] !== ' ' && start < unit.length && unit[start] !== ' ') start -= 1;
  while (end < unit.length && end > 0 && unit[end] !== ' ' && unit[end - 1] !== ' ') end += 1;
  return unit.slice(start, end).trim();
}
