import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addItem } from './agendaEditing';
import { newMeetingFromTemplate } from './agendaTemplate';
import { attachmentFileName, attachmentLabel, innkallingFileName, meetingFolderPath, numberAttachments } from './attachments';
import { nextCaseNumber, renumberItems } from './caseNumbering';
import { formatMeetingWhen } from './dates';
import { parseMeetingFileText } from './meetingFile';
import type { MeetingFile } from './model';
import { anItem, numbersOf, sequentialIds } from './testing/builders';

/** The rules applied to the real meetings of the seeds (fixtures/meetings), not to made-up data. */
function seed(name: string): MeetingFile {
  return parseMeetingFileText(readFileSync(fileURLToPath(new URL(`../../fixtures/meetings/${name}.json`, import.meta.url)), 'utf8'));
}

const pm2024 = seed('pm-2024');
const pm2025 = seed('pm-2025');
const pm2026 = seed('pm-2026');

describe('the rules reproduce the seed documents', () => {
  it('numbers the 2026 draft agenda 2026.01–2026.07 with the closing row unnumbered', () => {
    const renumbered = renumberItems(pm2026.meeting, pm2026.committee, [pm2024.meeting, pm2025.meeting]);
    expect(numbersOf(renumbered)).toEqual(numbersOf(pm2026.meeting));
    expect(numbersOf(renumbered)).toEqual(['2026.01', '2026.02', '2026.03', '2026.04', '2026.05', '2026.06', '2026.07', null]);
  });

  it('keeps the unpadded 2024 numbering (2024.1 …) of a committee without padding', () => {
    const renumbered = renumberItems({ ...pm2024.meeting, status: 'draft' }, pm2024.committee, []);
    expect(numbersOf(renumbered)).toEqual(['2024.1', '2024.2', '2024.3', '2024.4']);
  });

  it('numbers the vedlegg of each seed meeting as the documents do', () => {
    for (const file of [pm2024, pm2025, pm2026]) {
      const renumbered = numberAttachments(file.meeting.items);
      const numbers = (items: typeof renumbered) => items.flatMap((item) => item.attachments.map((a) => a.number));
      expect(numbers(renumbered)).toEqual(numbers(file.meeting.items));
    }
  });

  it('labels the 2026 vedlegg exactly as the "Vedlegg" line of the innkalling', () => {
    const labels = pm2026.meeting.items.flatMap((item) => item.attachments.map((attachment) => attachmentLabel(attachment, item)));
    expect(labels).toEqual([
      'Vedlegg 1 - Sak 2026.02 Referat fra partnerskapsmøtet 05.06.25',
      'Vedlegg 2 - Sak 2026.03 Oversikt status handlingsplan 2026 og tildelt rekrutterings- og samhandlingstilskudd',
    ]);
  });

  it('names the stored vedlegg files as the fixtures have them', () => {
    for (const item of pm2026.meeting.items) {
      for (const attachment of item.attachments) expect(attachmentFileName(attachment, item)).toBe(attachment.fileName);
    }
  });

  it('writes the innkalling file name, folder and time of the 2026 meeting', () => {
    expect(innkallingFileName(pm2026.committee, pm2026.meeting)).toBe('Innkalling Partnerskapsmøtet 11.06.26.docx');
    expect(meetingFolderPath(pm2026.committee, pm2026.meeting)).toBe('Partnerskapsmøtet/2026-06-11 PM');
    expect(formatMeetingWhen(pm2026.meeting)).toBe('11.06.2026 kl. 13.30–15.00');
  });

  it('starts the 2026 meeting from the 2025 one with the same opening rows as the real innkalling', () => {
    const previous = { ...pm2025.meeting, status: 'minutesApproved' as const, minutes: { fileName: 'Referat Partnerskapsmøtet 05.06.25.pdf' } };
    const created = newMeetingFromTemplate({
      committee: pm2026.committee,
      date: '2026-06-11',
      start: '13:30',
      end: '15:00',
      online: true,
      previousMeeting: previous,
      existingMeetings: [pm2024.meeting, previous],
      idFactory: sequentialIds(),
    });
    const real = pm2026.meeting.items;
    const opening = (items: typeof real) =>
      items.slice(0, 2).map((item) => [item.caseNumber, item.title, item.proposedConclusion, item.presenters.map((p) => p.name)]);
    expect(opening(created.items)).toEqual(opening(real));
    expect(created.items[1]!.attachments[0]!.title).toBe(real[1]!.attachments[0]!.title);
    expect(created.items.at(-1)).toMatchObject({ caseNumber: null, title: 'Oppsummering og avslutning', closing: true });
    expect(created.place).toBe(pm2026.meeting.place);
  });

  it('continues 2025 at 2025.09 for an item added after the notice went out', () => {
    expect(nextCaseNumber(pm2025.committee, 2025, [pm2025.meeting])).toBe('2025.09');
    const added = addItem(pm2025.meeting, anItem('extra', { title: 'Eventuelt' }), { committee: pm2025.committee, otherMeetings: [pm2024.meeting] });
    expect(added.items.find((item) => item.id === 'extra')!.caseNumber).toBe('2025.09');
    expect(added.items.at(-1)!.closing).toBe(true);
  });
});
