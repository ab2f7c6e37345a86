import { readFileSync } from 'node:fs';
import { parseMeetingFile } from '../src/domain/meetingFile';
import { meetingFields, meetingItemFields, readMeetingRows, parseItemRow } from '../src/graph/listRows';
import { canonicalJson } from '../src/graph/rowVersion';
'Å'.toLocaleLowerCase('nb'); 'a'.localeCompare('b', 'nb'); new Intl.Collator('nb').compare('a','b'); 'é'.normalize('NFC');
const file = parseMeetingFile(JSON.parse(readFileSync('fixtures/meetings/pm-2026.json', 'utf8')));
const mf = JSON.parse(JSON.stringify(meetingFields(file.meeting)));
const items = JSON.parse(JSON.stringify(file.meeting.items.map((item, i) => ({ id: String(10 + i), fields: meetingItemFields(file.meeting, item, i) }))));
const order = process.argv[2] ?? 'hij';
const t: [string, number][] = []; let last = performance.now();
const lap = (n: string) => { const now = performance.now(); t.push([n, now - last]); last = now; };
for (const step of order) {
  if (step === 'h') { readMeetingRows({ id: '1', fields: mf }, []); lap('header: MeetingRowSchema (+ joined, no items)'); }
  if (step === 'i') { for (const r of items) parseItemRow(r.fields); lap('items: ItemRowSchema ×8'); }
  if (step === 'j') { const json = items.map((r: any) => JSON.parse(r.fields.MotebokJson)); lap('items: JSON.parse ×8'); canonicalJson(json); lap('canonicalJson of the 8 items'); }
  if (step === 'a') { readMeetingRows({ id: '1', fields: mf }, items); lap('readMeetingRows all (warm schemas)'); }
}
console.log(JSON.stringify(t.map(([n, v]) => [n, +v.toFixed(2)])));
