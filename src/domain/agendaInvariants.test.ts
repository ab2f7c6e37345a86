import { describe, expect, it } from 'vitest';
import { addItem, moveItem, removeItem, type NumberingContext } from './agendaEditing';
import { renumberItems } from './caseNumbering';
import { DomainError } from './errors';
import type { Meeting } from './model';
import { aClosingRow, aCommittee, aMeeting, anAttachment, anItem } from './testing/builders';

/**
 * Long random edit sequences (seeded, so a failure reproduces) checked against the invariants
 * the documents and invitees rely on, rather than against hand-picked cases.
 */

/** Small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const committee = aCommittee();
const earlier = renumberItems(aMeeting({ id: 'spring', date: '2026-02-01', status: 'held', items: [anItem('s1'), anItem('s2')] }), committee, []);
const ctx: NumberingContext = { committee, otherMeetings: [earlier] };

function randomEdit(meeting: Meeting, next: () => number, counter: { n: number }): Meeting {
  const open = meeting.items.filter((item) => !item.closing);
  const pick = () => open[Math.floor(next() * open.length)];
  const choice = next();
  try {
    if (choice < 0.45 || open.length === 0) {
      const id = `n${counter.n++}`;
      const attachments = next() < 0.5 ? [anAttachment(`${id}-v`)] : [];
      return addItem(meeting, anItem(id, { attachments }), ctx, Math.floor(next() * (open.length + 2)) - 1);
    }
    if (choice < 0.75) return moveItem(meeting, pick()!.id, Math.floor(next() * open.length), ctx);
    return removeItem(meeting, pick()!.id, ctx);
  } catch (error) {
    // Refusals (e.g. deleting a sent item) are part of the rules; anything else is a bug.
    if (error instanceof DomainError) return meeting;
    throw error;
  }
}

describe('agenda invariants under random editing', () => {
  it('keeps a draft numbered 2026.03, 2026.04 … in agenda order, vedlegg 1, 2 … in order, closing row last', () => {
    for (const seed of [1, 2, 3, 42, 2026]) {
      const next = random(seed);
      const counter = { n: 0 };
      let meeting = renumberItems(aMeeting({ items: [aClosingRow()] }), committee, [earlier]);
      for (let step = 0; step < 150; step += 1) {
        meeting = randomEdit(meeting, next, counter);
        const open = meeting.items.filter((item) => !item.closing);
        expect(open.map((item) => item.caseNumber), `seed ${seed} step ${step}`).toEqual(open.map((_, i) => `2026.${String(i + 3).padStart(2, '0')}`));
        expect(meeting.items.at(-1)?.closing).toBe(true);
        const attachmentNumbers = meeting.items.flatMap((item) => item.attachments.map((a) => a.number));
        expect(attachmentNumbers).toEqual(attachmentNumbers.map((_, i) => i + 1));
      }
    }
  });

  it('never renumbers an item or hands out a sent number after the notice, whatever is edited; the opening row stays first', () => {
    for (const seed of [7, 8, 9]) {
      const next = random(seed);
      const counter = { n: 0 };
      let meeting = renumberItems(aMeeting({ items: [anItem('a', { opening: true }), anItem('b'), anItem('c'), aClosingRow()] }), committee, [earlier]);
      meeting = { ...meeting, status: 'noticeSent', notice: { eventId: 'e', transactionId: 't', sentAt: '2026-05-01T08:00:00Z', version: 1, items: meeting.items, attachmentIds: [] } };
      const sentNumbers = new Set(meeting.items.flatMap((item) => (item.caseNumber === null ? [] : [item.caseNumber])));
      const numberOf = new Map<string, string | null>();
      for (let step = 0; step < 150; step += 1) {
        const before = new Set(meeting.items.map((item) => item.id));
        meeting = randomEdit(meeting, next, counter);
        for (const item of meeting.items) {
          if (before.has(item.id)) {
            expect(item.caseNumber, `seed ${seed} step ${step}: ${item.id} renumbered`).toBe(numberOf.get(item.id) ?? item.caseNumber);
          } else if (item.caseNumber !== null) {
            expect(sentNumbers.has(item.caseNumber), `seed ${seed} step ${step}: sent number ${item.caseNumber} handed out again`).toBe(false);
          }
          numberOf.set(item.id, item.caseNumber);
        }
        const numbers = meeting.items.flatMap((item) => (item.caseNumber === null ? [] : [item.caseNumber]));
        expect(new Set(numbers).size, `seed ${seed} step ${step}: duplicate numbers`).toBe(numbers.length);
        // Items that went out with the notice can be postponed but never disappear.
        for (const id of ['a', 'b', 'c']) expect(meeting.items.some((item) => item.id === id)).toBe(true);
        expect(meeting.items[0]?.id, `seed ${seed} step ${step}: opening row moved`).toBe('a');
        expect(meeting.items.at(-1)?.closing).toBe(true);
      }
    }
  });
});
