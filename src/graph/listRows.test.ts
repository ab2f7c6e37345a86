import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMeetingFile } from '../domain/meetingFile';
import { committeeFields, committeeFromRow, itemFields, meetingFields, meetingFromRows } from './listRows';

const { committee, meeting } = parseMeetingFile(JSON.parse(readFileSync(new URL('../../fixtures/meetings/pm-2026.json', import.meta.url), 'utf8')));

describe('list rows', () => {
  it('stores a meeting as a header row and one row per item, and reads it back identical in agenda order', () => {
    const header = { id: '1', fields: meetingFields(meeting) };
    const items = meeting.items.map((item, index) => ({ id: String(10 + index), fields: itemFields(meeting.id, item, index) })).reverse();
    expect(meetingFromRows(header, items)).toEqual(meeting);
  });

  it('keeps the items out of the meeting row and fills the columns people filter on', () => {
    const fields = meetingFields(meeting);
    expect(JSON.parse(String(fields.MotebokJson))).not.toHaveProperty('items');
    expect(fields).toMatchObject({ MeetingId: meeting.id, CommitteeId: committee.id, MeetingDate: `${meeting.date}T00:00:00Z`, Status: 'draft' });
    const first = meeting.items[0];
    if (!first) throw new Error('no items');
    expect(itemFields(meeting.id, first, 0)).toMatchObject({ ItemId: first.id, MeetingId: meeting.id, CaseNumber: first.caseNumber ?? '', SortOrder: 0 });
  });

  it('cuts visible text columns to SharePoint’s 255 characters but keeps the full text in the data column', () => {
    const first = meeting.items[0];
    if (!first) throw new Error('no items');
    const long = { ...first, title: 'Å'.repeat(400) };
    const fields = itemFields(meeting.id, long, 0);
    expect([...String(fields.Title)].length).toBe(255);
    expect(JSON.parse(String(fields.MotebokJson)).title).toBe('Å'.repeat(400));
  });

  it('reads a committee back from its row and refuses a row without data', () => {
    expect(committeeFromRow({ id: '1', fields: committeeFields(committee) })).toEqual(committee);
    expect(() => committeeFromRow({ id: '2', fields: { Title: 'x' } })).toThrow(/MotebokJson/);
  });

  it('refuses a stored row with a field this version does not know (written by a newer one) rather than dropping it', () => {
    const committeeRow = { id: '3', fields: { ...committeeFields(committee), MotebokJson: JSON.stringify({ ...committee, meetingRoom: 'Styrerommet' }) } };
    expect(() => committeeFromRow(committeeRow)).toThrow(/meetingRoom/);
    const first = meeting.items[0];
    if (!first) throw new Error('no items');
    const itemRow = { id: '4', fields: { ...itemFields(meeting.id, first, 0), MotebokJson: JSON.stringify({ ...first, signedBy: 'Per' }) } };
    expect(() => meetingFromRows({ id: '1', fields: meetingFields(meeting) }, [itemRow])).toThrow(/signedBy/);
    const headerRow = { id: '5', fields: { ...meetingFields(meeting), MotebokJson: JSON.stringify({ ...meeting, items: undefined, meetingNumber: '6/2026' }) } };
    expect(() => meetingFromRows(headerRow, [])).toThrow(/meetingNumber/);
  });

  it('reads a committee row written before case number formats with the padding as a format, numbers unchanged', () => {
    const { caseNumberFormat: _format, caseNumberSerial: _serial, ...older } = committee;
    const row = { id: '6', fields: { ...committeeFields(committee), MotebokJson: JSON.stringify({ ...older, caseNumberPadding: 2 }) } };
    expect(committeeFromRow(row)).toEqual({ ...committee, caseNumberFormat: '{YYYY}.{NN}', caseNumberSerial: 'perYear' });
  });
});
