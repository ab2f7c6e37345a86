import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { newMeetingFromTemplate } from './agendaTemplate';
import { ConventionsSchema, type Conventions } from './conventions';
import { afterOpeningRows } from './openingOrder';
import { aCommittee, aMeeting, anItem, sequentialIds } from './testing/builders';
import { renumberItems } from './caseNumbering';

const base = aCommittee();
const previous = renumberItems(aMeeting({ id: 'pm-2025', date: '2025-06-05', status: 'minutesApproved', items: [anItem('a')] }), base, []);

/** The row a new meeting made by the template has right after the committee's opening rows. */
function firstAfterOpeningRows(conventions: Conventions, withPrevious: boolean) {
  const committee = { ...base, conventions };
  const meeting = newMeetingFromTemplate({
    committee,
    date: '2026-06-11',
    start: '13:30',
    end: '15:00',
    online: true,
    ...(withPrevious ? { previousMeeting: previous, existingMeetings: [previous] } : { existingMeetings: [] }),
    idFactory: sequentialIds(),
  });
  return meeting.items.find((item) => item.title !== 'Åpning');
}

describe('afterOpeningRows: what a new meeting opens with when the committee has no opening rows', () => {
  const cases: Array<[string, Record<string, unknown>, ReturnType<typeof afterOpeningRows>]> = [
    ['the approval of the innkalling, as the seeds', {}, 'approval'],
    ['the election of who leads and signs, for a record signed in the meeting', { minutesApproval: 'signedInMeeting', dirigent: true, chairOwnSak: true }, 'election'],
    ['the approval still, for a record signed by those chosen after it', { minutesApproval: 'signedByChosen' }, 'approval'],
    ['the choice of co-signers when the committee approves no innkalling', { minutesApproval: 'signedByChosen', approvalRow: false }, 'coSigners'],
    ['the last record when the committee approves no innkalling (a styringsgruppe)', { approvalRow: false }, 'minutes'],
    ['the first sak when nothing is fixed', { approvalRow: false, minutesApproval: 'circulated' }, 'item'],
  ];
  it.each(cases)('says %s, as the template makes it', (_, input, expected) => {
    const conventions = v.parse(ConventionsSchema, { ...input, openingRows: [{ title: 'Åpning' }] });
    expect(afterOpeningRows(conventions)).toBe(expected);
    const row = firstAfterOpeningRows(conventions, true);
    const made = row?.elects === 'coSigners' ? 'coSigners' : row?.elects !== undefined ? 'election' : row?.kinds.includes('Godkjenning') ? 'approval' : row?.kinds.includes('Referatsak') ? 'minutes' : 'item';
    expect(made).toBe(expected);
  });
});
