import { describe, expect, it } from 'vitest';
import { aClosingRow, aMeeting, anItem } from '../../../domain/testing/builders';
import type { Meeting } from '../../../domain/model';
import { applyDrafts, changesBetween, conflictingFields, MEETING_DRAFT_KEY, type Draft, type DraftChange } from './meetingDrafts';

const stored: Meeting = aMeeting({ chair: { name: 'Per Christian Voss' }, items: [anItem('a'), anItem('b', { plannedMinutes: 15 }), aClosingRow()] });

const stamp = (change: DraftChange, base?: Record<string, unknown>): Draft => ({ ...change, meetingId: stored.id, updatedAt: '2026-05-01T10:00:00.000Z', ...(base ? { base } : {}) });

describe('meeting drafts', () => {
  it('turn any edit of the whole meeting into per-item and meeting patches that give back the same meeting', () => {
    const [a, b, closing] = stored.items;
    if (!a || !b || !closing) throw new Error('seed');
    const { chair: _removed, ...withoutChair } = stored;
    const { plannedMinutes: _cleared, ...bWithoutPlan } = b;
    const local: Meeting = { ...withoutChair, place: 'Larvik', items: [bWithoutPlan, anItem('new', { title: 'Ny sak' }), { ...a, title: 'Endret', plannedMinutes: 5 }, closing] };
    const changes = changesBetween(stored, local);
    expect(changes.map((change) => change.key).sort()).toEqual([MEETING_DRAFT_KEY, 'a', 'b', 'new']);
    expect(changes.find((change) => change.key === 'a')?.patch).toEqual({ title: 'Endret', plannedMinutes: 5 });
    expect(changes.find((change) => change.key === 'b')?.patch).toEqual({ plannedMinutes: null });
    expect(changes.find((change) => change.key === MEETING_DRAFT_KEY)?.patch).toEqual({ place: 'Larvik', chair: null, itemOrder: ['b', 'new', 'a', 'closing'] });
    expect(applyDrafts(stored, changes.map((change) => stamp(change)))).toEqual(local);
    expect(changesBetween(stored, stored)).toEqual([]);
  });

  it('clears every optional field a user empties, including the ones added since (archive reference, meeting number, letter, forfall line)', () => {
    const [a, b, closing] = stored.items;
    if (!a || !b || !closing) throw new Error('seed');
    const filled: Meeting = {
      ...stored,
      meetingNumber: '6/2026',
      absenceNotice: 'Forfall meldes til sekretariatet.',
      letter: { ourRef: '26/123', ingress: [] },
      items: [{ ...a, archiveRef: '2026/1234-5' }, b, closing],
    };
    const { meetingNumber: _n, absenceNotice: _f, letter: _l, ...emptied } = filled;
    const { archiveRef: _r, ...aEmptied } = filled.items[0] ?? a;
    const local: Meeting = { ...emptied, items: [aEmptied, b, closing] };
    const changes = changesBetween(filled, local);
    expect(applyDrafts(filled, changes.map((change) => stamp(change)))).toEqual(local);
  });

  it('carry a meeting\'s befaring through a draft and clear it when emptied: the patch schema knows the field', () => {
    const visited: Meeting = { ...stored, siteVisit: { start: '09:00', place: 'Leines skole', about: 'Gang- og sykkelsti' } };
    const added = changesBetween(stored, visited);
    expect(added.find((change) => change.key === MEETING_DRAFT_KEY)?.patch).toEqual({ siteVisit: { start: '09:00', place: 'Leines skole', about: 'Gang- og sykkelsti' } });
    expect(applyDrafts(stored, added.map((change) => stamp(change)))).toEqual(visited);
    expect(applyDrafts(visited, changesBetween(visited, stored).map((change) => stamp(change)))).toEqual(stored);
  });

  it('carry a sak\'s saksgang through a draft and clear it when emptied: the patch schema knows the field', () => {
    const [a, b, closing] = stored.items;
    if (!a || !b || !closing) throw new Error('seed');
    const routed: Meeting = { ...stored, items: [{ ...a, caseRoute: [{ body: 'Kommunestyret', date: '2026-12-17' }] }, b, closing] };
    const added = changesBetween(stored, routed);
    expect(added.find((change) => change.key === 'a')?.patch).toEqual({ caseRoute: [{ body: 'Kommunestyret', date: '2026-12-17' }] });
    expect(applyDrafts(stored, added.map((change) => stamp(change)))).toEqual(routed);
    const cleared = changesBetween(routed, stored);
    expect(applyDrafts(routed, cleared.map((change) => stamp(change)))).toEqual(stored);
  });

  it('carry a written treatment\'s answers through a draft and clear them when it is made a meeting again: the patch schema knows the field', () => {
    const written: Meeting = { ...stored, written: { answers: [{ itemId: 'a', member: 'kari@as.no', answer: 'meeting', comment: 'Vil drøfte' }] } };
    const added = changesBetween(stored, written);
    expect(added.find((change) => change.key === MEETING_DRAFT_KEY)?.patch).toEqual({ written: written.written });
    expect(applyDrafts(stored, added.map((change) => stamp(change)))).toEqual(written);
    expect(applyDrafts(written, changesBetween(written, stored).map((change) => stamp(change)))).toEqual(stored);
  });

  it('give back a new sak as the user has it when a save in flight stored it with a field the user cleared since (a mark taken off)', () => {
    const marked = anItem('n', { confidentiality: { closedMeeting: { basis: 'koml. § 11-5' } } });
    const local: Meeting = { ...stored, items: [...stored.items.slice(0, 2), anItem('n'), aClosingRow()] };
    // The drafts as made against the meeting before the new sak was stored: the sak whole, with no mark.
    // The engine's draft remembers what the save in flight sent (`Draft.sent`), the mark among it.
    const drafts = changesBetween(stored, local).map((change) => ({ ...stamp(change), sent: { confidentiality: [marked.confidentiality] } }));
    // The save in flight landed the sak as it was a moment before: still in a lukket møte.
    const landed: Meeting = { ...stored, items: [...stored.items.slice(0, 2), marked, aClosingRow()] };
    expect(applyDrafts(landed, drafts).items.find((item) => item.id === 'n')?.confidentiality).toBeUndefined();
  });

  it('keep what someone else added to a new sak after its first save while this user\'s later change waits (offline, throttled, or a closed tab)', () => {
    const marked = anItem('n', { confidentiality: { closedMeeting: { basis: 'koml. § 11-5' } } });
    const local: Meeting = { ...stored, items: [...stored.items.slice(0, 2), anItem('n'), aClosingRow()] };
    const drafts = changesBetween(stored, local).map((change) => ({ ...stamp(change), sent: { confidentiality: [marked.confidentiality] } }));
    // A co-secretary saw the stored sak and gave it a saksbehandler before this user's draft was saved.
    const officer = { name: 'Eva Lunde', email: 'eva.lunde@larvik.kommune.no' };
    const theirs: Meeting = { ...stored, items: [...stored.items.slice(0, 2), { ...marked, caseOfficer: officer }, aClosingRow()] };
    const shown = applyDrafts(theirs, drafts).items.find((item) => item.id === 'n');
    expect(shown?.caseOfficer).toEqual(officer);
    expect(shown?.confidentiality).toBeUndefined();
  });

  it('tell a clash (someone else changed the same field to something else) from a stale version', () => {
    const draft = stamp({ kind: 'item', key: 'a', patch: { title: 'Mitt' } }, { title: stored.items[0]?.title });
    const theirs = (title: string, place = stored.place): Meeting => ({ ...stored, place, items: stored.items.map((item) => (item.id === 'a' ? { ...item, title } : item)) });
    expect(conflictingFields(draft, theirs(stored.items[0]?.title ?? '', 'Tønsberg'), stored)).toEqual([]);
    expect(conflictingFields(draft, theirs('Deres'), stored)).toEqual(['title']);
    expect(conflictingFields(draft, theirs('Mitt'), stored)).toEqual([]);
    // Judged by what the draft was based on, not by what happens to be stored when it is restored.
    expect(conflictingFields(draft, theirs('Deres'), theirs('Deres'))).toEqual(['title']);
  });

  it('see an item deleted by someone else as a clash, and a reordering by someone else as a clash with ours', () => {
    const edit = stamp({ kind: 'item', key: 'b', patch: { title: 'Mitt' } });
    const withoutB: Meeting = { ...stored, items: stored.items.filter((item) => item.id !== 'b') };
    expect(conflictingFields(edit, withoutB, stored)).toEqual(['title']);
    const order = stamp({ kind: 'meeting', key: MEETING_DRAFT_KEY, patch: { itemOrder: ['b', 'a', 'closing'] } });
    const theirOrder: Meeting = { ...stored, items: [...stored.items].reverse() };
    expect(conflictingFields(order, theirOrder, stored)).toEqual(['itemOrder']);
  });
});
