import type { Client } from '@microsoft/microsoft-graph-client';
import * as v from 'valibot';
import { MeetingStatusSchema } from '../domain/model';
import type { SakGoingNext, SakerGoingNext } from '../domain/ports';
import { bodyKey } from '../domain/registerColumns';
import { runBatch } from './batch';
import { parseItemRow } from './listRows';
import type { ListRow, ListsGateway } from './listsGateway';

/*
 * «Hent sak fra et annet utvalg»'s read (`SharePointMeetingRepository.listSakerGoingNextTo`): a chunk of its own
 * (`saker-going-next`), fetched when the dialog first asks, so no page carries it at start.
 */

/** What `listSakerGoingNextTo` reads of a meeting's row: its visible columns, written from `MotebokJson` with every save (listRows.ts `meetingFields`). */
const MEETING_HEADER_COLUMNS = ['MeetingId', 'CommitteeId', 'MeetingDate', 'Status'] as const;

/** A meeting's id, committee, date and status from those columns; undefined when one is missing or not what Møtebok writes. */
function meetingHeaderOf(row: ListRow): SakGoingNext['meeting'] | undefined {
  const { MeetingId: id, CommitteeId: committeeId, MeetingDate: date } = row.fields;
  const status = v.safeParse(MeetingStatusSchema, row.fields['Status']);
  if (typeof id !== 'string' || typeof committeeId !== 'string' || typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(date) || !status.success) return undefined;
  return { id, committeeId, date: date.slice(0, 10), status: status.output };
}

/**
 * One request at any number of committees and meetings: a `$batch` of two queries, (1) the item rows whose indexed
 * `NextBody` is the body (nextBodyColumn.ts; the clause first keeps the query below the list view threshold) in the
 * window of the indexed `MeetingDate`, and (2) the meeting rows of that window, only the columns that say whose, when
 * and how far (no `MotebokJson`). More only when an answer runs over a page (200 saker, 1,000 meetings). On a site
 * whose rows are not filled yet (before «Klargjør SharePoint-området»), the column is missing: the site is said to need set-up.
 */
export async function readSakerGoingNextTo(client: Client, lists: ListsGateway, body: string, from: string, to: string): Promise<SakerGoingNext> {
  const window = `fields/MeetingDate ge '${from}T00:00:00Z' and fields/MeetingDate le '${to}T00:00:00Z'`;
  const meetingsUrl = `${lists.listPath('MotebokMeetings')}/items?$select=id&$expand=fields($select=${MEETING_HEADER_COLUMNS.join(',')})&$filter=${encodeURIComponent(window)}&$top=1000`;
  const answers = await runBatch(client, [
    { id: 'saker', method: 'GET', url: lists.queryUrl('MotebokAgendaItems', 'NextBody', bodyKey(body), ['MeetingId', 'SortOrder', 'MotebokJson'], window) },
    { id: 'meetings', method: 'GET', url: meetingsUrl },
  ]);
  const meetings = new Map<string, SakGoingNext['meeting']>();
  for (const row of await lists.rowsAnswer(answers, 'meetings', 'MotebokMeetings')) {
    const meeting = meetingHeaderOf(row);
    if (meeting) meetings.set(meeting.id, meeting);
  }
  let unread = 0;
  const unplaced = new Set<string>();
  const saker: (SakGoingNext & { sortOrder: number })[] = [];
  for (const row of await lists.rowsAnswer(answers, 'saker', 'MotebokAgendaItems')) {
    const item = parseItemRow(row.fields);
    const meetingId = String(row.fields['MeetingId'] ?? '');
    const meeting = meetings.get(meetingId);
    if (!('value' in item)) unread += 1;
    // Its meeting's row not there (no access to it, or its columns not what Møtebok writes): the sak cannot be placed.
    else if (meeting === undefined) unplaced.add(meetingId);
    else saker.push({ meeting, item: item.value, sortOrder: Number(row.fields['SortOrder'] ?? 0) });
  }
  saker.sort((a, b) => a.meeting.date.localeCompare(b.meeting.date) || a.meeting.id.localeCompare(b.meeting.id) || a.sortOrder - b.sortOrder);
  return { saker: saker.map(({ meeting, item }) => ({ meeting, item })), unread: unread + unplaced.size };
}
