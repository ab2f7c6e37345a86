import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  addItem,
  conclusionAsProposed,
  conclusionNoted,
  conclusionWithOutcome,
  moveItem,
  postponeItem,
  removeItem,
  setCurrentItem,
  setOutcome,
  updateItem,
  updateItemWith,
  type NumberingContext,
} from './agendaEditing';
import { renumberItems } from './caseNumbering';
import { ConventionsSchema } from './conventions';
import { committeePreset } from './committeePresets';
import { DomainError } from './errors';
import { CaseNumberSchema, type Meeting, type MeetingStatus } from './model';
import { aClosingRow, aCommittee, aMeeting, anAttachment, anItem, idsOf, numbersOf } from './testing/builders';

const committee = aCommittee();
const ctx: NumberingContext = { committee, otherMeetings: [] };

function draftWith(...ids: string[]): Meeting {
  return renumberItems(aMeeting({ items: [...ids.map((id) => anItem(id)), aClosingRow()] }), committee, []);
}

/** A meeting as sent: numbered in the draft, then the notice snapshot taken and the status moved on. */
function sentWith(status: MeetingStatus, ...ids: string[]): Meeting {
  const draft = draftWith(...ids);
  return {
    ...draft,
    status,
    notice: { eventId: 'e', transactionId: 't', sentAt: '2026-05-20T08:00:00Z', version: 1, items: draft.items, attachmentIds: [] },
  };
}

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return undefined;
}

describe('addItem', () => {
  it('adds before the closing row and numbers the new item in a draft', () => {
    const meeting = addItem(draftWith('a', 'b'), anItem('new'), ctx);
    expect(idsOf(meeting)).toEqual(['a', 'b', 'new', 'closing']);
    expect(numbersOf(meeting)).toEqual(['2026.01', '2026.02', '2026.03', null]);
  });

  it('inserts at a position and renumbers the items after it', () => {
    const meeting = addItem(draftWith('a', 'b'), anItem('new'), ctx, 1);
    expect(idsOf(meeting)).toEqual(['a', 'new', 'b', 'closing']);
    expect(numbersOf(meeting)).toEqual(['2026.01', '2026.02', '2026.03', null]);
  });

  it('never places an item after the closing row, whatever index is asked for', () => {
    expect(idsOf(addItem(draftWith('a'), anItem('new'), ctx, 99))).toEqual(['a', 'new', 'closing']);
    expect(idsOf(addItem(draftWith('a'), anItem('new'), ctx, -3))).toEqual(['new', 'a', 'closing']);
  });

  it('ignores a case number the caller put on the new item', () => {
    const meeting = addItem(draftWith('a'), anItem('new', { caseNumber: v.parse(CaseNumberSchema, '2026.07') }), ctx);
    expect(numbersOf(meeting)).toEqual(['2026.01', '2026.02', null]);
  });

  it('gives an item added after the notice the next free number without touching the sent ones', () => {
    const meeting = addItem(sentWith('noticeSent', 'a', 'b'), anItem('late'), ctx, 0);
    expect(idsOf(meeting)).toEqual(['late', 'a', 'b', 'closing']);
    expect(numbersOf(meeting)).toEqual(['2026.03', '2026.01', '2026.02', null]);
  });

  it('lets an item be added while the meeting is in progress', () => {
    expect(numbersOf(addItem(sentWith('inProgress', 'a'), anItem('eventuelt'), ctx))).toEqual(['2026.01', '2026.02', null]);
  });

  it('refuses changes to the agenda after the meeting is held', () => {
    expect(codeOf(() => addItem(sentWith('held', 'a'), anItem('x'), ctx))).toBe('agendaLocked');
    expect(codeOf(() => addItem(sentWith('minutesApproved', 'a'), anItem('x'), ctx))).toBe('agendaLocked');
  });

  it('refuses a second closing row, a duplicate id and an empty title', () => {
    expect(codeOf(() => addItem(draftWith('a'), aClosingRow('another'), ctx))).toBe('duplicateClosingRow');
    expect(codeOf(() => addItem(draftWith('a'), anItem('a'), ctx))).toBe('duplicateItemId');
    expect(codeOf(() => addItem(draftWith('a'), anItem('x', { title: '   ' }), ctx))).toBe('emptyTitle');
  });

  it('adds a closing row last when there is none', () => {
    const meeting = addItem(renumberItems(aMeeting({ items: [anItem('a')] }), committee, []), aClosingRow('end'), ctx, 0);
    expect(idsOf(meeting)).toEqual(['a', 'end']);
    expect(numbersOf(meeting)).toEqual(['2026.01', null]);
  });

  it('continues after the numbers the committee used earlier in the year', () => {
    const spring = renumberItems(aMeeting({ id: 'spring', date: '2026-02-01', status: 'held', items: [anItem('s1'), anItem('s2')] }), committee, []);
    const draft = renumberItems(aMeeting({ items: [aClosingRow()] }), committee, [spring]);
    const meeting = addItem(draft, anItem('new'), { committee, otherMeetings: [spring, draft] });
    expect(numbersOf(meeting)).toEqual(['2026.03', null]);
  });
});

describe('updateItem', () => {
  it('changes only the given fields of the given item', () => {
    const before = draftWith('a', 'b');
    const after = updateItem(before, 'b', { title: 'Handlingsplan 2026', proposedConclusion: ['Tas til orientering.'] });
    expect(after.items[1]).toMatchObject({ id: 'b', caseNumber: '2026.02', title: 'Handlingsplan 2026', proposedConclusion: ['Tas til orientering.'] });
    expect(after.items[0]).toBe(before.items[0]);
    expect(before.items[1]!.title).toBe('Sak b');
  });

  it('refuses an empty title and an unknown item', () => {
    expect(codeOf(() => updateItem(draftWith('a'), 'a', { title: '' }))).toBe('emptyTitle');
    expect(codeOf(() => updateItem(draftWith('a'), 'gone', { title: 'x' }))).toBe('itemNotFound');
  });

  it('turns a sak of a draft into an unnumbered row or a heading, and refuses it once the number was sent', () => {
    const draft = updateItem(draftWith('a', 'b', 'c'), 'a', { row: 'unnumbered' });
    expect(numbersOf(renumberItems(updateItem(draft, 'b', { row: 'heading' }), committee, []))).toEqual([null, null, '2026.01', null]);
    expect(codeOf(() => updateItem(sentWith('noticeSent', 'a', 'b'), 'a', { row: 'unnumbered' }))).toBe('agendaLocked');
  });

  it('lets the referent correct the record after the meeting but not the agenda', () => {
    const held = sentWith('held', 'a');
    expect(updateItem(held, 'a', { conclusion: ['Vedtatt.'], proceedings: [] }).items[0]!.conclusion).toEqual(['Vedtatt.']);
    expect(codeOf(() => updateItem(held, 'a', { presenters: [{ name: 'Ny' }] }))).toBe('agendaLocked');
  });

  it('lets the referent correct the proposals, votes and protokolltilførsler after the meeting, as the rest of the record', () => {
    const voting = { proposals: [], votes: [{ id: 'v', on: 'Innstillingen', adopted: true, for: 25, against: 10 }], statements: [] };
    expect(updateItem(sentWith('held', 'a'), 'a', { voting }).items[0]!.voting).toEqual(voting);
    expect(codeOf(() => updateItem(sentWith('minutesApproved', 'a'), 'a', { voting }))).toBe('agendaLocked');
  });

  it('applies the outcome rules to an outcome changed through updateItem too', () => {
    expect(codeOf(() => updateItem(draftWith('a'), 'a', { outcome: 'treated' }))).toBe('outcomeNotAllowed');
    expect(updateItem(sentWith('inProgress', 'a'), 'a', { outcome: 'treated' }).items[0]!.outcome).toBe('treated');
  });

  it('changes nothing once the minutes are approved', () => {
    expect(codeOf(() => updateItem(sentWith('minutesApproved', 'a'), 'a', { conclusion: ['x'] }))).toBe('agendaLocked');
  });
});

describe('updateItemWith', () => {
  it('applies an item function such as conclusionAsProposed to one item', () => {
    const meeting = updateItem(sentWith('inProgress', 'a', 'b'), 'b', { proposedConclusion: ['Tas til orientering.'] });
    expect(updateItemWith(meeting, 'b', conclusionAsProposed).items[1]!.conclusion).toEqual(['Tas til orientering.']);
  });

  it('cannot change the id, number or closing flag of an item', () => {
    const meeting = updateItemWith(draftWith('a'), 'a', (item) => ({ ...item, id: 'z', caseNumber: null, closing: true, title: 'Ny' }));
    expect(meeting.items[0]).toMatchObject({ id: 'a', caseNumber: '2026.01', closing: false, title: 'Ny' });
  });

  it('lets the record be corrected after the meeting when only record fields change', () => {
    const held = sentWith('held', 'a');
    expect(updateItemWith(held, 'a', (item) => conclusionNoted(item, committee)).items[0]!.conclusion).toEqual(['Tatt til orientering.']);
    expect(codeOf(() => updateItemWith(held, 'a', (item) => ({ ...item, plannedMinutes: 5 })))).toBe('agendaLocked');
  });
});

describe('vedlegg numbers while editing', () => {
  const withAttachments = (status: MeetingStatus): Meeting => {
    const draft = renumberItems(
      aMeeting({ items: [anItem('a', { attachments: [anAttachment('v1', { number: 1 })] }), anItem('b', { attachments: [anAttachment('v2', { number: 2 })] }), aClosingRow()] }),
      committee,
      [],
    );
    return { ...draft, status };
  };
  const attachmentNumbers = (meeting: Meeting) => meeting.items.flatMap((item) => item.attachments.map((a) => `${a.id}:${a.number}`));

  it('renumbers vedlegg in agenda order when an item is moved in a draft', () => {
    expect(attachmentNumbers(moveItem(withAttachments('draft'), 'b', 0, ctx))).toEqual(['v2:1', 'v1:2']);
  });

  it('numbers a vedlegg added to an item, and closes the gap when one is removed in a draft', () => {
    const added = updateItem(withAttachments('draft'), 'a', { attachments: [anAttachment('v1', { number: 1 }), anAttachment('new')] });
    expect(attachmentNumbers(added)).toEqual(['v1:1', 'new:2', 'v2:3']);
    expect(attachmentNumbers(removeItem(added, 'a', ctx))).toEqual(['v2:1']);
  });

  it('keeps the sent vedlegg numbers after the notice and gives a new vedlegg the next number', () => {
    const sent = withAttachments('noticeSent');
    expect(attachmentNumbers(moveItem(sent, 'b', 0, ctx))).toEqual(['v2:2', 'v1:1']);
    const added = updateItem(sent, 'a', { attachments: [anAttachment('v1', { number: 1 }), anAttachment('new')] });
    expect(attachmentNumbers(added)).toEqual(['v1:1', 'new:3', 'v2:2']);
  });
});

describe('removeItem', () => {
  it('removes an item from a draft and closes the gap in the numbering', () => {
    const meeting = removeItem(draftWith('a', 'b', 'c'), 'a', ctx);
    expect(idsOf(meeting)).toEqual(['b', 'c', 'closing']);
    expect(numbersOf(meeting)).toEqual(['2026.01', '2026.02', null]);
  });

  it('refuses to delete an item that went out with the notice and says to postpone it instead', () => {
    const sent = sentWith('noticeSent', 'a', 'b');
    expect(() => removeItem(sent, 'b', ctx)).toThrow('sentItemNotRemovable item=2026.02');
    expect(codeOf(() => removeItem(sent, 'b', ctx))).toBe('itemAlreadySent');
  });

  it('names the sent sak once when its number says «sak» itself («Sak {item}» with «AMU-sak 2/26» → «Sak 2/26»)', () => {
    const amu: NumberingContext = { committee: aCommittee({ caseNumberFormat: 'AMU-sak {N}/{YY}' }), otherMeetings: [] };
    const draft = renumberItems(aMeeting({ items: [anItem('a'), anItem('b'), aClosingRow()] }), amu.committee, []);
    const sent: Meeting = { ...draft, status: 'noticeSent', notice: { eventId: 'e', transactionId: 't', sentAt: '2026-05-20T08:00:00Z', version: 1, items: draft.items, attachmentIds: [] } };
    expect(() => removeItem(sent, 'b', amu)).toThrow('sentItemNotRemovable item=2/26');
  });

  it('lets an item added after the notice, and not yet sent, be removed again', () => {
    const sent = sentWith('noticeSent', 'a', 'b');
    const withLate = addItem(sent, anItem('late'), ctx);
    const removed = removeItem(withLate, 'late', ctx);
    expect(idsOf(removed)).toEqual(['a', 'b', 'closing']);
    expect(numbersOf(removed)).toEqual(['2026.01', '2026.02', null]);
  });

  it('keeps every item of a sent meeting when no snapshot of the notice was stored', () => {
    const { notice: _notice, ...withoutSnapshot } = sentWith('noticeSent', 'a', 'b');
    expect(codeOf(() => removeItem(withoutSnapshot, 'a', ctx))).toBe('itemAlreadySent');
  });

  it('lets the closing row be removed', () => {
    expect(idsOf(removeItem(sentWith('noticeSent', 'a'), 'closing', ctx))).toEqual(['a']);
  });
});

describe('moveItem', () => {
  it('renumbers open items when one is moved before the notice is sent', () => {
    const meeting = moveItem(draftWith('a', 'b', 'c'), 'c', 0, ctx);
    expect(idsOf(meeting)).toEqual(['c', 'a', 'b', 'closing']);
    expect(numbersOf(meeting)).toEqual(['2026.01', '2026.02', '2026.03', null]);
  });

  it('keeps the closing row last when an item is moved to the end', () => {
    expect(idsOf(moveItem(draftWith('a', 'b', 'c'), 'a', 10, ctx))).toEqual(['b', 'c', 'a', 'closing']);
  });

  it('refuses to move the closing row', () => {
    expect(codeOf(() => moveItem(draftWith('a'), 'closing', 0, ctx))).toBe('closingRowFixed');
  });

  describe('the opening row («Godkjenning av innkalling og dagsorden») stays first', () => {
    const withOpening = (status: MeetingStatus = 'draft') => {
      const draft = draftWith('a', 'b');
      const opening = anItem('open', { title: 'Godkjenning av innkalling og dagsorden', opening: true });
      return renumberItems({ ...draft, status, items: [opening, ...draft.items] }, committee, []);
    };
    const refusal = (action: () => unknown) => {
      try {
        action();
      } catch (error) {
        return error instanceof DomainError ? [error.code, error.reason] : error;
      }
      return undefined;
    };

    it('refuses to move a sak above it, saying which row stands first, before and after the notice', () => {
      for (const status of ['draft', 'noticeSent', 'inProgress'] as const) {
        expect(refusal(() => moveItem(withOpening(status), 'b', 0, ctx))).toEqual([
          'openingRowFixed',
          { key: 'openingRowFirst', values: { item: 'Godkjenning av innkalling og dagsorden' } },
        ]);
      }
      expect(idsOf(moveItem(withOpening(), 'b', 1, ctx))).toEqual(['open', 'b', 'a', 'closing']);
    });

    it('refuses to move it', () => {
      expect(refusal(() => moveItem(withOpening(), 'open', 2, ctx))).toEqual([
        'openingRowFixed',
        { key: 'openingRowFixed', values: { item: 'Godkjenning av innkalling og dagsorden' } },
      ]);
    });

    it('puts a sak added at the top after it, and numbers it after it', () => {
      const meeting = addItem(withOpening(), anItem('new'), ctx, 0);
      expect(idsOf(meeting)).toEqual(['open', 'new', 'a', 'b', 'closing']);
      expect(numbersOf(meeting)).toEqual(['2026.01', '2026.02', '2026.03', '2026.04', null]);
    });

    it('keeps its flag when a whole item is spread into a change', () => {
      const meeting = withOpening();
      const changed = updateItemWith(meeting, 'open', (item) => ({ ...item, opening: undefined, title: 'Godkjenning av innkalling og saksliste' }));
      expect(changed.items[0]).toMatchObject({ id: 'open', opening: true, title: 'Godkjenning av innkalling og saksliste' });
    });
  });

  describe('the closing rows («Eventuelt», «Oppsummering og avslutning») stay last', () => {
    const withEventuelt = (status: MeetingStatus = 'draft') => {
      const draft = draftWith('a', 'b');
      const eventuelt = anItem('eventuelt', { title: 'Eventuelt', closing: true });
      return renumberItems({ ...draft, status, items: [...draft.items.slice(0, -1), eventuelt, ...draft.items.slice(-1)] }, committee, []);
    };

    it('puts a sak added at the end, or at any place after them, before «Eventuelt», before and after the notice', () => {
      expect(idsOf(addItem(withEventuelt(), anItem('new'), ctx))).toEqual(['a', 'b', 'new', 'eventuelt', 'closing']);
      expect(idsOf(addItem(withEventuelt(), anItem('new'), ctx, 3))).toEqual(['a', 'b', 'new', 'eventuelt', 'closing']);
      expect(idsOf(addItem(withEventuelt('noticeSent'), anItem('new'), ctx))).toEqual(['a', 'b', 'new', 'eventuelt', 'closing']);
    });

    it('keeps them last when a sak is moved to the end, and gives them no number', () => {
      const meeting = moveItem(withEventuelt(), 'a', 5, ctx);
      expect(idsOf(meeting)).toEqual(['b', 'a', 'eventuelt', 'closing']);
      expect(numbersOf(meeting)).toEqual(['2026.01', '2026.02', null, null]);
      expect(codeOf(() => moveItem(withEventuelt(), 'eventuelt', 0, ctx))).toBe('closingRowFixed');
    });
  });

  it('changes the order but keeps the sent numbers after the notice', () => {
    const meeting = moveItem(sentWith('noticeSent', 'a', 'b', 'c'), 'c', 0, ctx);
    expect(idsOf(meeting)).toEqual(['c', 'a', 'b', 'closing']);
    expect(numbersOf(meeting)).toEqual(['2026.03', '2026.01', '2026.02', null]);
  });
});

describe('outcome', () => {
  it('postpones a sent item instead of deleting it', () => {
    const meeting = postponeItem(sentWith('noticeSent', 'a', 'b'), 'b');
    expect(meeting.items[1]).toMatchObject({ id: 'b', caseNumber: '2026.02', outcome: 'postponed' });
  });

  it('does not postpone an item that was never sent: a draft item is simply removed', () => {
    expect(codeOf(() => postponeItem(draftWith('a'), 'a'))).toBe('outcomeNotAllowed');
  });

  it('marks an item treated only once the meeting has started', () => {
    expect(codeOf(() => setOutcome(sentWith('noticeSent', 'a'), 'a', 'treated'))).toBe('outcomeNotAllowed');
    expect(setOutcome(sentWith('inProgress', 'a'), 'a', 'treated').items[0]!.outcome).toBe('treated');
    expect(setOutcome(sentWith('held', 'a'), 'a', 'treated').items[0]!.outcome).toBe('treated');
  });

  it('can undo an outcome', () => {
    const postponed = postponeItem(sentWith('inProgress', 'a'), 'a');
    expect(setOutcome(postponed, 'a', 'pending').items[0]!.outcome).toBe('pending');
  });

  it('does not treat or postpone the closing row', () => {
    expect(codeOf(() => setOutcome(sentWith('inProgress', 'a'), 'closing', 'treated'))).toBe('outcomeNotAllowed');
  });
});

describe('conclusions', () => {
  it('copies the proposed conclusion as the conclusion', () => {
    const item = anItem('a', { proposedConclusion: ['Status tas til orientering.', 'SSU gis mandat.'] });
    const concluded = conclusionAsProposed(item);
    expect(concluded.conclusion).toEqual(['Status tas til orientering.', 'SSU gis mandat.']);
    concluded.conclusion.push('extra');
    expect(item.proposedConclusion).toHaveLength(2);
  });

  it('records "Tatt til orientering." in bokmål and "Teke til orientering." in nynorsk', () => {
    expect(conclusionNoted(anItem('a', { conclusion: ['old'] }), committee).conclusion).toEqual(['Tatt til orientering.']);
    expect(conclusionNoted(anItem('a'), { ...committee, languageForm: 'nn' }).conclusion).toEqual(['Teke til orientering.']);
  });

  it('writes a klagenemnd\'s outcome as the vedtak\'s first point, keeps the begrunnelse typed after it, and swaps one outcome for another', () => {
    const conventions = v.parse(ConventionsSchema, { outcomes: ['Klagen tas til følge.', 'Klagen tas delvis til følge.', 'Klagen tas ikke til følge.'] });
    const typed = anItem('a', { conclusion: ['Nemnda finner at vilkårene ikke er oppfylt.'] });
    const rejected = conclusionWithOutcome(typed, 'Klagen tas ikke til følge.', { conventions });
    expect(rejected.conclusion).toEqual(['Klagen tas ikke til følge.', 'Nemnda finner at vilkårene ikke er oppfylt.']);
    expect(conclusionWithOutcome(rejected, 'Klagen tas delvis til følge.', { conventions }).conclusion).toEqual(['Klagen tas delvis til følge.', 'Nemnda finner at vilkårene ikke er oppfylt.']);
    expect(conclusionWithOutcome(anItem('a'), 'Klagen tas til følge.', { conventions }).conclusion).toEqual(['Klagen tas til følge.']);
  });

  it('refuses an outcome button\'s text longer than a conclusion point\'s setting (200 characters) or with a line break, naming the field', () => {
    const tooLong = v.safeParse(ConventionsSchema, { outcomes: ['x'.repeat(201)] });
    expect(tooLong.success).toBe(false);
    expect(v.safeParse(ConventionsSchema, { outcomes: ['Klagen tas\ntil følge.'] }).success).toBe(false);
    expect(v.parse(ConventionsSchema, { outcomes: ['  Klagen tas til følge. '] }).outcomes).toEqual(['Klagen tas til følge.']);
  });

  it('records the committee\'s own words when it has set them («Saka vart teken til orientering.»), and a styre\'s by its preset', () => {
    const conventions = v.parse(ConventionsSchema, { notedConclusion: '  Saka vart teken til orientering. ' });
    expect(conclusionNoted(anItem('a'), { ...committee, languageForm: 'nn', conventions }).conclusion).toEqual(['Saka vart teken til orientering.']);
    const styre = committeePreset('styre');
    expect(conclusionNoted(anItem('a'), { languageForm: styre.languageForm, conventions: styre.conventions }).conclusion).toEqual(['Styret tok saken til orientering.']);
  });

  it('refuses the committee\'s words when they are too long for a conclusion point\'s setting (200 characters)', () => {
    expect(v.safeParse(ConventionsSchema, { notedConclusion: 'x'.repeat(201) }).success).toBe(false);
  });
});

describe('setCurrentItem', () => {
  it('marks the item being treated and when it was first started', () => {
    const meeting = setCurrentItem(sentWith('inProgress', 'a', 'b'), 'b', '2026-06-11T11:40:00.000Z');
    expect(meeting.currentItemId).toBe('b');
    expect(meeting.itemStartedAt).toEqual({ b: '2026-06-11T11:40:00.000Z' });
  });

  it('keeps the first start time when the meeting comes back to an item', () => {
    let meeting = setCurrentItem(sentWith('inProgress', 'a', 'b'), 'a', '2026-06-11T11:30:00.000Z');
    meeting = setCurrentItem(meeting, 'b', '2026-06-11T11:45:00.000Z');
    meeting = setCurrentItem(meeting, 'a', '2026-06-11T12:10:00.000Z');
    expect(meeting.currentItemId).toBe('a');
    expect(meeting.itemStartedAt).toEqual({ a: '2026-06-11T11:30:00.000Z', b: '2026-06-11T11:45:00.000Z' });
  });

  it('clears the current item for a pause', () => {
    const meeting = setCurrentItem(setCurrentItem(sentWith('inProgress', 'a'), 'a'), undefined);
    expect(meeting.currentItemId).toBeUndefined();
  });

  it('only works while the meeting is in progress, and only for items on the agenda', () => {
    expect(codeOf(() => setCurrentItem(sentWith('noticeSent', 'a'), 'a'))).toBe('meetingNotInProgress');
    expect(codeOf(() => setCurrentItem(sentWith('inProgress', 'a'), 'nope'))).toBe('itemNotFound');
  });
});
