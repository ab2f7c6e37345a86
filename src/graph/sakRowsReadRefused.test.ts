// A STUB, not SharePoint: the read of one meeting's sak rows (a list query inside the `$batch` of `withItemRows`)
// answered 403. The local tenant never answers a read of rows so (what a user may not read is left out of the answer,
// a list they may not open is 404), so this path of 7eab3a16 cannot be met through it; the refused WRITE is met there
// (exemptPartsRefused.integration.test.ts). Here the `$batch` is a stub Graph client that answers the one meeting's
// query 403 and the other's with its rows, and the gateway's own query and writes are stubbed; the rows are the app's
// own (listRows.ts). Before 7eab3a16 that 403 threw out of `withItemRows`: «Rett tilgangene» moved no meeting at all,
// and a settings save's re-access of closed rows gave no row its access.
import type { Client } from '@microsoft/microsoft-graph-client';
import { describe, expect, it, vi } from 'vitest';
import { hasClosedRow } from '../domain/exemptRowAccess';
import { StorageError } from '../domain/ports';
import type { AgendaItem, Committee, Meeting } from '../domain/model';
import { parseMeetingFile } from '../domain/meetingFile';
import { readFileSync } from 'node:fs';
import { meetingFields, meetingItemFields } from './listRows';
import { ListsGateway, type ListRow, type RowWrite } from './listsGateway';
import { partsInRow } from './exemptPartsHeld';
import { moveExemptParts, saveCommittee, type WriteContext } from './meetingWrites';
import { encodeVersion } from './rowVersion';

const file = parseMeetingFile(JSON.parse(readFileSync(new URL('../../fixtures/meetings/pm-2026-unntatt.json', import.meta.url), 'utf8')));
const EXEMPT = '2026-04';
const GROUND = 'forvaltningsloven § 6 første ledd bokstav b: svoger av Hansen';

/** The fixture meeting as `id`, Christian Reissig inhabil in the exempt sak on `GROUND`. */
const meetingAs = (id: string, date: string): Meeting => ({
  ...file.meeting,
  id,
  date,
  items: file.meeting.items.map((item: AgendaItem) => ({ ...item, attachments: [] })),
  disqualifications: [{ itemId: EXEMPT, person: 'Christian Reissig', ground: GROUND, decision: 'disqualified' }],
});

/** The meeting's rows as the code before h/trust52 wrote them: the ground in the meeting row, counted; the sak rows without it. */
function oldRows(meeting: Meeting, firstId: number): { meetingRow: ListRow; itemRows: ListRow[] } {
  const fields = meetingFields(meeting);
  const data = JSON.parse(String(fields['MotebokJson'])) as Record<string, unknown>;
  data['disqualifications'] = meeting.disqualifications;
  const rowFields = { ...fields, MotebokJson: JSON.stringify(data) };
  const itemRows = meeting.items.map((item, index): ListRow => {
    const { meetingParts: _parts, ...old } = JSON.parse(String(meetingItemFields(meeting, item, index)['MotebokJson'])) as Record<string, unknown>;
    return { id: String(firstId + 1 + index), eTag: `"e${firstId + 1 + index}"`, fields: { ...meetingItemFields(meeting, item, index), MotebokJson: JSON.stringify(old) } };
  });
  return { meetingRow: { id: String(firstId), eTag: `"e${firstId}"`, fields: { ...rowFields, PartsInRow: partsInRow(rowFields) } }, itemRows };
}

const refusedMeeting = meetingAs('pm-nektet', '2026-06-11');
const readMeeting = meetingAs('pm-lest', '2026-05-14');
const refused = oldRows(refusedMeeting, 100);
const read = oldRows(readMeeting, 200);

/** A Graph client whose `$batch` answers each sak-row query: 403 for the refused meeting, its rows for the other. */
function stubClient(): Client {
  const api = (path: string) => ({
    post: async (payload: { requests: { id: string; url: string }[] }) => {
      if (path !== '/$batch') throw new Error(`unexpected POST ${path}`);
      return {
        responses: payload.requests.map((request) => {
          const url = decodeURIComponent(request.url);
          if (url.includes(`MeetingId eq '${refusedMeeting.id}'`)) return { id: request.id, status: 403, headers: {}, body: { error: { code: 'accessDenied', message: 'Access denied.' } } };
          if (url.includes(`MeetingId eq '${readMeeting.id}'`)) return { id: request.id, status: 200, headers: {}, body: { value: read.itemRows } };
          throw new Error(`unexpected step ${url}`);
        }),
      };
    },
  });
  return { api } as unknown as Client;
}

/** The gateway over the stub, its committee query answering both meeting rows and its writes recorded (each written). */
function gateway(client: Client): { lists: ListsGateway; writes: RowWrite[] } {
  const lists = new ListsGateway(client, 'site');
  const writes: RowWrite[] = [];
  vi.spyOn(lists, 'checkLaterColumns').mockResolvedValue([]);
  vi.spyOn(lists, 'query').mockImplementation(async (list) => (list === 'MotebokMeetings' ? [refused.meetingRow, read.meetingRow] : []));
  vi.spyOn(lists, 'writeRows').mockImplementation(async (batch) => {
    writes.push(...batch);
    return new Map(batch.map((write) => [write.key, { rowId: write.kind === 'create' ? 'new' : write.rowId, eTag: '"w"' }]));
  });
  return { lists, writes };
}

const rowsWritten = (writes: readonly RowWrite[]) => writes.map((write) => (write.kind === 'create' ? `${write.list}:new` : `${write.list}:${write.rowId}`));

describe('a 403 to the read of one meeting’s sak rows (stub Graph client: the local tenant never answers a read so)', () => {
  it('«Rett tilgangene» moves the other meeting and names the refused one with its sak, its row counted as it was', async () => {
    const client = stubClient();
    const { lists, writes } = gateway(client);
    const left = await moveExemptParts({ lists, storageClient: client }, [file.committee.id]);

    expect(left).toEqual([{ row: refused.meetingRow, saker: ['2026.04'], error: expect.any(StorageError) }]);
    expect((left[0]?.error as StorageError).kind).toBe('forbidden');
    // Only the other meeting's rows are written: its sak's row (with the ground), then its meeting row (without it, counted 0).
    expect(rowsWritten(writes)).toEqual([`MotebokAgendaItems:${read.itemRows[3]?.id}`, `MotebokMeetings:${read.meetingRow.id}`]);
    const fields = writes.map((write) => (write.kind === 'delete' ? {} : write.fields));
    expect(String(fields[0]?.['MotebokJson'])).toContain(GROUND);
    expect(String(fields[1]?.['MotebokJson'])).not.toContain(GROUND);
    expect(fields[1]?.['PartsInRow']).toBe(0);
    // The refused meeting's row already counts what it holds (1): nothing to write to it.
    expect(refused.meetingRow.fields['PartsInRow']).toBe(1);
  });

  it('a settings save gives the other meeting’s closed rows their access and tells which saker of the refused one were left', async () => {
    const client = stubClient();
    const { lists } = gateway(client);
    const rowAccess = vi.fn(async () => undefined);
    const tellRowAccessFailed = vi.fn();
    const committee: Committee = { ...file.committee };
    const ctx = { lists, storageClient: client, rowAccess, tellRowAccessFailed, committees: new Map<string, Committee>() } as unknown as WriteContext;
    // Not read this session (no previous settings): every closed row is due.
    await saveCommittee(ctx, committee, encodeVersion({ r: '1', e: '"c"', h: 'h' }));

    const closedIds = (rows: ListRow[], meeting: Meeting) => meeting.items.flatMap((item, index) => (hasClosedRow(item) ? [rows[index]?.id] : []));
    // The exempt sak's row (the fixture's one closed row).
    expect(closedIds(read.itemRows, readMeeting)).toEqual([read.itemRows[3]?.id]);
    expect(rowAccess).toHaveBeenCalledTimes(1);
    const ofReadMeeting = expect.objectContaining({ meeting: expect.objectContaining({ id: readMeeting.id }) });
    expect(rowAccess).toHaveBeenCalledWith(ofReadMeeting, closedIds(read.itemRows, readMeeting));
    expect(tellRowAccessFailed).toHaveBeenCalledTimes(1);
    const failure = tellRowAccessFailed.mock.calls[0]?.[0] as { committeeId: string; saker: { itemId: string; caseNumber?: string }[]; error: unknown };
    expect(failure.committeeId).toBe(committee.id);
    expect(failure.saker.map((sak) => sak.caseNumber)).toEqual(refusedMeeting.items.filter(hasClosedRow).map((item) => item.caseNumber));
    expect(failure.saker.map((sak) => sak.caseNumber)).toContain('2026.04');
    expect((failure.error as StorageError).kind).toBe('forbidden');
  });
});
