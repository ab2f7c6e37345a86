import { plainTextOf, type RichText } from '../../../domain/richText';

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
 */
export function removedUnits(field: string, base: unknown, mine: unknown, now: unknown): string[] {
  const before = unitsOf(field, base).map(normalised);
  const after = unitsOf(field, now).map(normalised).join('\n');
  return unitsOf(field, mine).filter((unit) => {
    const words = wordsAdded(before, normalised(unit));
    return words !== '' && !after.includes(words);
  });
}

/** The fields whose text the user is told about when someone else's save takes it out: what a referent writes in a sak. */
export const TOLD_FIELDS: readonly string[] = ['proceedings', 'conclusion'];

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
