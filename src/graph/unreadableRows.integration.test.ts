import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMeetingFile } from '../domain/meetingFile';
import type { MeetingFile } from '../domain/model';
import { UnreadableRowError, type UnreadableRow } from '../domain/ports';
import { seededHarness, type Harness } from './testing/localTenant';
import type { ListName } from './listsGateway';
import { SharePointMeetingRepository } from './sharePointMeetingRepository';

function fixture(name: string): MeetingFile {
  return parseMeetingFile(JSON.parse(readFileSync(new URL(`../../fixtures/meetings/${name}.json`, import.meta.url), 'utf8')));
}

/**
 * A committee with five corrupt rows, written straight to the lists with Graph (as a person editing
 * the list in SharePoint, or another tool, could): every intact meeting still opens, identical to
 * what was stored, and each bad row is named in Norwegian with where to repair it.
 */
describe('rows that cannot be read, against the local tenant', () => {
  let harness: Harness;
  let secretary: SharePointMeetingRepository;
  const pm2025 = fixture('pm-2025');
  const pm2026 = fixture('pm-2026');
  const bad: Record<string, string> = {};

  /** POST …/lists/{list}/items with raw fields, bypassing Møtebok's own writing. */
  async function writeRaw(list: ListName, fields: Record<string, unknown>): Promise<string> {
    const itemsUrl = (await secretary.lists.queryUrl(list, 'Title', 'x')).split('?')[0] ?? '';
    const created = (await secretary.storageClient.api(itemsUrl).post({ fields })) as { id: string };
    return created.id;
  }

  beforeAll(async () => {
    ({ harness, secretary } = await seededHarness(pm2026.committee));
    await secretary.saveMeeting(pm2025.meeting);
    await secretary.saveMeeting(pm2026.meeting);
    const item = pm2026.meeting.items[0];
    if (!item) throw new Error('no items');
    const itemRow = (extra: Record<string, unknown>, json: string) => ({ MeetingId: pm2026.meeting.id, SortOrder: 50, ...extra, MotebokJson: json });
    bad.invalidJson = await writeRaw('MotebokAgendaItems', itemRow({ Title: 'Ødelagt sak', ItemId: 'broken-json' }, '{"id": "broken-json", "title": '));
    bad.wrongType = await writeRaw('MotebokAgendaItems', itemRow({ Title: 'Feil type', ItemId: 'wrong-type' }, JSON.stringify({ ...item, id: 'wrong-type', caseNumber: null, title: 'Feil type', plannedMinutes: 'ti' })));
    bad.unknownEnum = await writeRaw('MotebokAgendaItems', itemRow({ Title: 'Ukjent utfall', ItemId: 'unknown-enum' }, JSON.stringify({ ...item, id: 'unknown-enum', caseNumber: null, title: 'Ukjent utfall', outcome: 'vedtatt' })));
    const { items: _items, date: _date, ...header } = pm2026.meeting;
    bad.missingDate = await writeRaw('MotebokMeetings', {
      Title: 'Møte uten dato',
      MeetingId: 'no-date',
      CommitteeId: pm2026.committee.id,
      MeetingDate: '2026-09-10T00:00:00Z',
      MotebokJson: JSON.stringify({ ...header, id: 'no-date' }),
    });
    bad.committee = await writeRaw('MotebokCommittees', { Title: 'Styret', CommitteeId: 'styret', ShortName: 'ST', MotebokJson: JSON.stringify({ ...pm2026.committee, id: 'styret', name: 'Styret', shortName: 42 }) });
  });
  afterAll(async () => harness?.close());

  // Which row and what is wrong, as data: the screens word it in the user's language (ui/shared/unreadableText.ts).
  const named = (rows: readonly UnreadableRow[] | undefined) => (rows ?? []).map((row) => ({ rowId: row.rowId, label: row.label, problem: row.problem, repair: row.webUrl?.startsWith('https://') }));
  const sak = (title: string) => ({ kind: 'item', title, meetingDate: pm2026.meeting.date });

  it('lists the intact committee and names the bad committee row, with its SharePoint address', async () => {
    const committees = await secretary.listCommittees();
    expect(committees.map((entry) => entry.value)).toEqual([pm2026.committee]);
    expect(named(committees.unreadable)).toEqual([{ rowId: bad.committee, label: { kind: 'committee', name: 'Styret' }, problem: { code: 'wrongType', field: 'shortName', expected: 'string' }, repair: true }]);
  });

  it('lists every intact meeting identical to what was stored, and names the bad meeting row and each bad item row', async () => {
    const meetings = await secretary.listMeetings(pm2026.committee.id);
    expect(meetings.map((entry) => entry.value)).toEqual([pm2025.meeting, pm2026.meeting]);
    expect(named(meetings.unreadable)).toEqual([{ rowId: bad.missingDate, label: { kind: 'meeting', date: '2026-09-10T00:00:00Z' }, problem: { code: 'missing', field: 'date' }, repair: true }]);
    const in2026 = meetings.find((entry) => entry.value.id === pm2026.meeting.id)?.unreadable;
    expect(named(in2026)).toEqual([
      { rowId: bad.invalidJson, label: sak('Ødelagt sak'), problem: { code: 'notJson', field: 'MotebokJson' }, repair: true },
      { rowId: bad.wrongType, label: sak('Feil type'), problem: { code: 'wrongType', field: 'plannedMinutes', expected: 'number' }, repair: true },
      { rowId: bad.unknownEnum, label: sak('Ukjent utfall'), problem: { code: 'unknownValue', field: 'outcome', value: 'vedtatt', allowed: ['pending', 'treated', 'postponed'] }, repair: true },
    ]);
    expect(meetings.find((entry) => entry.value.id === pm2025.meeting.id)?.unreadable).toBeUndefined();
  });

  it('opens the meeting with bad item rows (getMeeting and openMeeting), and a save leaves the bad rows alone', async () => {
    const read = await secretary.getMeeting(pm2026.meeting.id);
    expect(read?.value).toEqual(pm2026.meeting);
    expect(read?.unreadable).toHaveLength(3);
    const opened = await secretary.openMeeting(pm2026.committee, pm2026.meeting);
    expect(opened?.meeting.value).toEqual(pm2026.meeting);
    if (!read) throw new Error('meeting missing');
    await secretary.saveMeeting({ ...read.value, place: 'Tønsberg' }, read.version);
    expect((await secretary.getMeeting(pm2026.meeting.id))?.unreadable).toHaveLength(3);
  });

  it('refuses to open the meeting whose own row is bad with an error naming it, not a raw schema error', async () => {
    const error = await secretary.getMeeting('no-date').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnreadableRowError);
    expect((error as UnreadableRowError).row).toMatchObject({ rowId: bad.missingDate, label: { kind: 'meeting' }, problem: { code: 'missing', field: 'date' } });
  });
});
