import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { addItem, moveItem } from './agendaEditing';
import { ConventionsSchema } from './conventions';
import { openingRows, openingRowTitles, withTemplateRowFlags } from './fixedRows';
import { newMeetingFromTemplate } from './agendaTemplate';
import { renumberItems } from './caseNumbering';
import { DomainError } from './errors';
import { aClosingRow, aCommittee, aMeeting, anItem, idsOf, sequentialIds } from './testing/builders';

const committee = aCommittee();
const eventueltCommittee = aCommittee({ conventions: v.parse(ConventionsSchema, { closingRows: 'eventueltOgAvslutning' }) });

/** A meeting as stored before the opening row had its flag: the template's first row, no `opening`. */
function storedBeforeTheFlag(title = 'Godkjenning av innkalling og dagsorden') {
  const approval = anItem('approval', { title, kinds: ['Godkjenning'] });
  return renumberItems(aMeeting({ items: [approval, anItem('a'), anItem('b'), aClosingRow()] }), committee, []);
}

describe('a meeting stored before the fixed rows had flags, read as the template made it', () => {
  it('reads its first row titled as the template\'s opening row as the opening row, whichever word for the saksliste', () => {
    expect(withTemplateRowFlags(storedBeforeTheFlag(), committee).items.map((item) => item.opening === true)).toEqual([true, false, false, false]);
    expect(withTemplateRowFlags(storedBeforeTheFlag('Godkjenning av innkalling og saksliste'), committee).items[0]?.opening).toBe(true);
  });

  it('reads a first row titled «Godkjenning av dagsorden og habilitet», as a university styre\'s template writes it, as the opening row', () => {
    expect(withTemplateRowFlags(storedBeforeTheFlag('Godkjenning av dagsorden og habilitet'), committee).items[0]?.opening).toBe(true);
  });

  it('reads a nynorsk committee\'s first row stored as «… og saksliste», as its template wrote it before «sakliste», as the opening row', () => {
    const nynorsk = aCommittee({ languageForm: 'nn' });
    expect(withTemplateRowFlags(storedBeforeTheFlag('Godkjenning av innkalling og saksliste'), nynorsk).items[0]?.opening).toBe(true);
    expect(withTemplateRowFlags(storedBeforeTheFlag('Godkjenning av innkalling og sakliste'), nynorsk).items[0]?.opening).toBe(true);
  });

  it('then keeps a sak added at the top after it and refuses a move above it, as for a meeting made today', () => {
    const read = withTemplateRowFlags(storedBeforeTheFlag(), committee);
    expect(idsOf(addItem(read, anItem('new'), { committee, otherMeetings: [] }, 0))).toEqual(['approval', 'new', 'a', 'b', 'closing']);
    expect(() => moveItem(read, 'b', 0, { committee, otherMeetings: [] })).toThrow(DomainError);
  });

  it('leaves a row titled so elsewhere, a first row titled otherwise, and a meeting that has its opening row as they are', () => {
    const moved = storedBeforeTheFlag();
    const elsewhere = { ...moved, items: [moved.items[1]!, moved.items[0]!, ...moved.items.slice(2)] };
    expect(withTemplateRowFlags(elsewhere, committee)).toBe(elsewhere);
    const other = storedBeforeTheFlag('Valg av møteleder');
    expect(withTemplateRowFlags(other, committee)).toBe(other);
    const flagged = withTemplateRowFlags(storedBeforeTheFlag(), committee);
    expect(withTemplateRowFlags(flagged, committee)).toBe(flagged);
  });

  it('reads an unnumbered «Eventuelt» typed at the end as a closing row when the committee closes with it, never a numbered one', () => {
    const stored = storedBeforeTheFlag();
    const eventuelt = anItem('eventuelt', { title: 'Eventuelt', row: 'unnumbered' });
    const meeting = renumberItems({ ...stored, items: [...stored.items.slice(0, -1), eventuelt, ...stored.items.slice(-1)] }, committee, []);
    expect(withTemplateRowFlags(meeting, eventueltCommittee).items.map((item) => item.closing)).toEqual([false, false, false, true, true]);
    expect(withTemplateRowFlags(meeting, committee).items.map((item) => item.closing)).toEqual([false, false, false, false, true]);
    const numbered = renumberItems({ ...meeting, items: meeting.items.map((item) => (item.id === 'eventuelt' ? { ...item, row: 'sak' as const } : item)) }, committee, []);
    expect(withTemplateRowFlags(numbered, eventueltCommittee).items.map((item) => item.closing)).toEqual([false, false, false, false, true]);
  });
});

describe('a numbered «Eventuelt» (`numberedClosing`): the last sak, numbered like any', () => {
  const numbered = aCommittee({ conventions: v.parse(ConventionsSchema, { closingRows: 'eventueltOgAvslutning', closingNumbered: true }) });
  const ctx = { committee: numbered, otherMeetings: [] };
  const eventuelt = anItem('eventuelt', { title: 'Eventuelt', numberedClosing: true });
  const draft = renumberItems(aMeeting({ items: [anItem('a'), eventuelt, aClosingRow()] }), numbered, []);

  it('stays the last sak when a sak is added, and takes the number after it', () => {
    const added = addItem(draft, anItem('new'), ctx);
    expect(idsOf(added)).toEqual(['a', 'new', 'eventuelt', 'closing']);
    expect(added.items.map((item) => item.caseNumber)).toEqual(['2026.01', '2026.02', '2026.03', null]);
  });

  it('cannot be moved, nor a sak moved past it', () => {
    expect(() => moveItem(draft, 'eventuelt', 0, ctx)).toThrow(DomainError);
    expect(idsOf(moveItem(draft, 'a', 5, ctx))).toEqual(['a', 'eventuelt', 'closing']);
  });

  it('is read so from a meeting stored before the flag: its last sak titled «Eventuelt», numbered, when the committee numbers it', () => {
    const stored = renumberItems(aMeeting({ items: [anItem('a'), anItem('eventuelt', { title: 'Eventuelt' }), aClosingRow()] }), numbered, []);
    expect(withTemplateRowFlags(stored, numbered).items.map((item) => item.numberedClosing === true)).toEqual([false, true, false]);
    // A committee that does not number it leaves a numbered «Eventuelt» a sak as it was.
    expect(withTemplateRowFlags(stored, eventueltCommittee).items.map((item) => item.numberedClosing === true)).toEqual([false, false, false]);
  });
});

describe('an unnumbered opening row before sak 1 («Åpning», «Ord for dagen»)', () => {
  const opening = aCommittee({ conventions: v.parse(ConventionsSchema, { openingRow: 'Ord for dagen' }) });
  const made = () =>
    newMeetingFromTemplate({ committee: opening, date: '2026-06-11', start: '18:00', end: '20:00', online: false, existingMeetings: [], idFactory: sequentialIds() });

  it('reads the list in place of the old single row, in its order, numbered where it says, rows without a title left out', () => {
    const listed = aCommittee({ conventions: v.parse(ConventionsSchema, { openingRow: 'Ord for dagen', openingRows: [{ title: 'Åpning' }, { title: 'Valg av møteleder', numbered: true }] }) });
    expect(openingRows(listed)).toEqual([{ title: 'Åpning', numbered: false }, { title: 'Valg av møteleder', numbered: true }]);
    expect(openingRows(opening)).toEqual([{ title: 'Ord for dagen', numbered: false }]);
  });

  it('reads a meeting stored before the flags as before when the committee has several opening rows: only a first approval row is flagged', () => {
    const several = aCommittee({ conventions: v.parse(ConventionsSchema, { openingRows: [{ title: 'Åpning' }, { title: 'Valg av møteleder', numbered: true }] }) });
    const stored = storedBeforeTheFlag();
    const flags = (read: ReturnType<typeof withTemplateRowFlags>) => read.items.map((item) => item.opening === true);
    expect(flags(withTemplateRowFlags(stored, several))).toEqual([true, false, false, false]);
    expect(flags(withTemplateRowFlags(stored, several))).toEqual(flags(withTemplateRowFlags(stored, committee)));
  });

  it('names the committee\'s row in its own words, none when it has written none', () => {
    expect(openingRowTitles(opening)).toEqual(['Ord for dagen']);
    expect(openingRowTitles(aCommittee({ conventions: v.parse(ConventionsSchema, { openingRow: ' ' }) }))).toEqual([]);
    expect(openingRowTitles(committee)).toEqual([]);
  });

  it('stays first: a sak added at the top goes after the opening rows, a move above them is refused, and numbers start after it', () => {
    const meeting = made();
    const [first, approval] = meeting.items;
    const ctx = { committee: opening, otherMeetings: [] };
    const added = addItem(meeting, anItem('new'), ctx, 0);
    expect(idsOf(added).slice(0, 3)).toEqual([first!.id, approval!.id, 'new']);
    expect(added.items.map((item) => item.caseNumber).slice(0, 3)).toEqual([null, '2026.01', '2026.02']);
    expect(() => moveItem(added, 'new', 0, ctx)).toThrow(DomainError);
    expect(() => moveItem(added, first!.id, 2, ctx)).toThrow(DomainError);
  });

  it('keeps several opening rows first in their order, numbered and not, a sak added at the top after them and numbered after theirs', () => {
    const several = aCommittee({ conventions: v.parse(ConventionsSchema, { openingRows: [{ title: 'Åpning' }, { title: 'Konstituering', numbered: true }, { title: 'Valg av møteleder', numbered: true }] }) });
    const meeting = newMeetingFromTemplate({ committee: several, date: '2026-06-11', start: '18:00', end: '20:00', online: false, existingMeetings: [], idFactory: sequentialIds() });
    const ctx = { committee: several, otherMeetings: [] };
    const added = addItem(meeting, anItem('new'), ctx, 1);
    expect(added.items.slice(0, 5).map((item) => [item.caseNumber, item.title])).toEqual([
      [null, 'Åpning'],
      ['2026.01', 'Konstituering'],
      ['2026.02', 'Valg av møteleder'],
      ['2026.03', 'Godkjenning av innkalling og dagsorden'],
      ['2026.04', anItem('new').title],
    ]);
    expect(() => moveItem(added, 'new', 2, ctx)).toThrow(DomainError);
    expect(() => moveItem(added, added.items[1]!.id, 4, ctx)).toThrow(DomainError);
  });
});
