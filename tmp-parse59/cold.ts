// Throw-away (not committed): one cold pass of the meeting read's steps, in a fresh process, on pm-2026 as the bench seeds it.
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { parseMeetingFile } from '../src/domain/meetingFile';
import { committeeFields, meetingFields, meetingItemFields, readMeetingRows, committeeFromRow, closedRowKey } from '../src/graph/listRows';
import { hashFields } from '../src/graph/rowVersion';
import { ListRowSchema } from '../src/graph/listsGateway';
import { collectionOf } from '../src/graph/graphSchemas';
const file = parseMeetingFile(JSON.parse(readFileSync('fixtures/meetings/pm-2026.json', 'utf8')));
const sp = (i: number) => ({ '@odata.etag': `"e${i},1"`, id: String(i), ContentType: 'Item', Modified: '2026-12-07T10:00:00Z', Created: '2026-12-07T10:00:00Z', AuthorLookupId: '7', EditorLookupId: '7', _UIVersionString: '1.0', Attachments: false, Edit: '', LinkTitleNoMenu: 'x', LinkTitle: 'x', ItemChildCount: '0', FolderChildCount: '0', _ComplianceFlags: '', _ComplianceTag: '', _ComplianceTagWrittenTime: '', _ComplianceTagUserId: '', AppAuthorLookupId: '1', AppEditorLookupId: '1' });
const row = (i: number, fields: Record<string, unknown>) => ({ '@odata.etag': `"e${i},1"`, id: String(i), eTag: `"e${i},1"`, createdDateTime: '2026-12-07T10:00:00Z', lastModifiedDateTime: '2026-12-07T10:00:00Z', webUrl: `https://x/${i}`, lastModifiedBy: { user: { displayName: 'Kristin Liset', email: 'k@x' } }, parentReference: { id: 'p', siteId: 's' }, contentType: { id: '0x01', name: 'Item' }, fields: { ...sp(i), ...fields } });
// Round trip through JSON as the answer is.
const answers = JSON.parse(JSON.stringify({
  meeting: { value: [row(1, meetingFields(file.meeting))] },
  items: { value: file.meeting.items.map((item, index) => row(10 + index, meetingItemFields(file.meeting, item, index))) },
  committee: { value: [row(2, committeeFields(file.committee))] },
}));
'Å'.toLocaleLowerCase('nb'); 'a'.localeCompare('b', 'nb'); new Intl.Collator('nb').compare('a','b'); 'é'.normalize('NFC'); 'é'.normalize('NFKC'); new Intl.DateTimeFormat('nb').format(0); new Intl.NumberFormat('nb').format(1); /\p{L}/u.test('x'); new Intl.Segmenter('nb').segment('x');
const twice = process.argv.includes('--twice');
const t: [string, number][] = [];
let last = performance.now();
const lap = (name: string) => { const now = performance.now(); t.push([name, now - last]); last = now; };
const col = collectionOf(ListRowSchema);
const parsed: Record<string, { value: any[] }> = {};
for (const id of ['meeting', 'items', 'committee']) parsed[id] = v.parse(col, answers[id]);
lap('rows: collection parse (ListRowSchema)');
if (twice) { for (const id of ['meeting', 'items', 'committee']) parsed[id]!.value.map((r) => v.parse(ListRowSchema, r)); lap('rows: parsed again (allPagesFrom, base)'); }
const committee = committeeFromRow(parsed.committee!.value[0]);
lap('committee: CommitteeSchema');
const read = readMeetingRows(parsed.meeting!.value[0], parsed.items!.value);
lap('meeting: readMeetingRows (MeetingRowSchema, ItemRowSchema ×8, joined)');
if (!read.ok) throw new Error('bad');
const meeting = read.meeting;
const hashes = meeting.items.map((item, index) => [closedRowKey({ committee, meeting }, item), hashFields(meetingItemFields(meeting, item, index))]);
lap('version: item rows (closedRowKey, meetingItemFields, hashFields)');
hashes.push([hashFields(meetingFields(meeting))]);
lap('version: meeting row (meetingFields, hashFields)');
console.log(JSON.stringify(t));
