import * as v from 'valibot';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseMeetingFile } from '../../src/domain/meetingFile';
import { CaseNumberSchema, type AgendaItem, type MeetingFile } from '../../src/domain/model';
import { renderAgendaHtml, renderInnkallingDocx, renderReferatDocx, renderSaksframleggDocx } from '../../src/documents';
import { defineSuite } from './harness';

/**
 * Rendering time of each document for a generated 30-item meeting. The items are the 2025 seed's
 * rich items (backgrounds with bullet lists, the grant tables, links) repeated with new numbers,
 * and each gets proceedings and a conclusion so the referat has realistic length.
 */
const ITEM_COUNT = 30;

export function thirtyItemMeeting(): MeetingFile {
  const path = fileURLToPath(new URL('../../fixtures/meetings/pm-2025.json', import.meta.url));
  const seed = parseMeetingFile(JSON.parse(readFileSync(path, 'utf8')));
  const templates = seed.meeting.items.filter((item) => !item.closing);
  const closing = seed.meeting.items.find((item) => item.closing);
  let attachmentNumber = 1;
  const items: AgendaItem[] = Array.from({ length: ITEM_COUNT }, (_, index) => {
    const template = templates[index % templates.length];
    if (template === undefined) throw new Error('pm-2025.json har ingen saker');
    const caseNumber = v.parse(CaseNumberSchema, `2026.${String(index + 1).padStart(2, '0')}`);
    return {
      ...template,
      id: `bench-${index + 1}`,
      caseNumber,
      attachments: template.attachments.map((a) => ({ ...a, id: `${a.id}-${index}`, number: attachmentNumber++ })),
      proceedings: [...template.background, ...template.summary],
      conclusion: template.proposedConclusion,
      outcome: 'treated',
    };
  });
  return {
    committee: seed.committee,
    meeting: { ...seed.meeting, id: 'bench-2026', date: '2026-06-11', items: closing === undefined ? items : [...items, closing] },
  };
}

const file = thirtyItemMeeting();
const numbered = file.meeting.items.filter((item) => item.caseNumber !== null);

export default defineSuite({
  name: 'Dokumenter',
  input: `${ITEM_COUNT} saker fra 2025-frøet (bakgrunn, lister, tabeller, lenker), ${numbered.reduce((n, i) => n + i.attachments.length, 0)} vedlegg`,
  cases: [
    { name: 'innkalling (.docx)', run: () => renderInnkallingDocx(file) },
    { name: `saksframlegg ×${numbered.length} (.docx)`, iterations: 3, run: () => Promise.all(numbered.map((item) => renderSaksframleggDocx(file, item.id))) },
    { name: 'referat (.docx)', run: () => renderReferatDocx(file) },
    { name: 'saksliste til invitasjon (HTML)', iterations: 50, run: () => renderAgendaHtml(file) },
  ],
});
