import { moveItem, type NumberingContext } from '../../src/domain/agendaEditing';
import { summariseAgendaChanges } from '../../src/domain/changeSummary';
import { renumberItems } from '../../src/domain/caseNumbering';
import { suggestSafeFileName, validateFileName } from '../../src/domain/fileNames';
import { parseMeetingFile } from '../../src/domain/meetingFile';
import type { AgendaItem, Committee, Meeting } from '../../src/domain/model';
import { aCommittee, aMeeting, anItem } from '../../src/domain/testing/builders';
import { defineSuite } from './harness';

/**
 * The meeting rules on the largest agenda we expect: 60 saker with 3 vedlegg each, in a committee
 * with 20 earlier meetings of the year. Target: a drag in the agenda editor (moveItem, which
 * renumbers and renumbers vedlegg) well under one frame (16 ms), so dragging stays smooth.
 */
const ITEMS = 60;
const OTHER_MEETINGS = 20;

const committee: Committee = aCommittee();

function item(id: string): AgendaItem {
  return anItem(id, {
    title: `Sak ${id}: Handlingsplan 2026/2027`,
    summary: [{ type: 'paragraph', content: [{ text: 'Tiltakene i handlingsplan 2026 er delvis en videreføring av tiltak fra 2025.' }] }],
    proposedConclusion: ['Saken tas til orientering.'],
    presenters: [{ name: 'Kristin Liset' }],
    attachments: [1, 2, 3].map((n) => ({ id: `${id}-v${n}`, fileName: `${id}-${n}.pdf`, title: `Vedlegg ${n} til ${id}` })),
  });
}

function meeting(id: string, date: string, itemCount: number): Meeting {
  return aMeeting({ id, committeeId: committee.id, date, items: Array.from({ length: itemCount }, (_, i) => item(`${id}-${i + 1}`)) });
}

let others: Meeting[] = [];
for (let i = 0; i < OTHER_MEETINGS; i += 1) {
  const day = String(1 + (i % 28)).padStart(2, '0');
  others = [...others, { ...renumberItems(meeting(`m${i}`, `2026-01-${day}`, 5), committee, others), status: 'held' }];
}
const ctx: NumberingContext = { committee, otherMeetings: others };
const big = renumberItems(meeting('big', '2026-06-11', ITEMS), committee, others);
const moved = moveItem(big, 'big-60', 0, ctx);
const json: unknown = JSON.parse(JSON.stringify({ committee, meeting: big }));

export default defineSuite({
  name: 'Møtereglene (src/domain)',
  input: `${ITEMS} saker à 3 vedlegg, ${OTHER_MEETINGS} tidligere møter samme år`,
  cases: [
    { name: 'moveItem (flytt sist → først, nummerer saker og vedlegg)', run: () => moveItem(big, 'big-60', 0, ctx), iterations: 200 },
    { name: 'renumberItems (utkast)', run: () => renumberItems(big, committee, others), iterations: 200 },
    { name: 'summariseAgendaChanges (alle saker flyttet)', run: () => summariseAgendaChanges(big.items, moved.items, { languageForm: 'nb' }), iterations: 200 },
    { name: 'parseMeetingFile (valibot, hele møtet)', run: () => parseMeetingFile(json), iterations: 50 },
    {
      name: 'validateFileName + suggestSafeFileName × 180 vedlegg',
      run: () => big.items.flatMap((i) => i.attachments).map((a) => validateFileName(suggestSafeFileName(`${a.title}: ${a.fileName}`))),
      iterations: 200,
    },
  ],
});
