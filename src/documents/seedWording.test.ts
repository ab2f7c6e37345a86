import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ConventionsSchema } from '../domain/conventions';
import type { MeetingFile } from '../domain/model';
import { renderAgendaHtml } from './html/agendaHtml';
import { renderInnkallingDocx } from './docx/innkallingDocx';
import { renderReferatDocx } from './docx/referatDocx';
import { docxParagraphs } from './testing/docxText';
import { inNynorsk, loadSeedMeeting } from './testing/fixtures';

/** The Vestfold seeds with a committee's own wording: the words change, nothing else does. */
function withWording(file: MeetingFile): MeetingFile {
  const conventions = v.parse(ConventionsSchema, { minutes: 'protokoll', conclusion: 'vedtak', proposal: 'forslagTilVedtak', itemKinds: [
    { id: 'Godkjenning', nb: 'Godkjenning', nn: 'Godkjenning' },
    { id: 'Referatsak', nb: 'Referatsak', nn: 'Referatsak' },
    { id: 'Orientering', nb: 'Orienteringssak', nn: 'Orienteringssak' },
    { id: 'Dialog', nb: 'Drøftingssak', nn: 'Drøftingssak' },
    { id: 'Beslutning', nb: 'Vedtakssak', nn: 'Vedtakssak' },
  ] });
  return { ...file, committee: { ...file.committee, conventions } };
}

describe('the seeds in the committee\'s own wording, both målformer', () => {
  for (const [form, adapt] of [['nb', (file: MeetingFile) => file], ['nn', inNynorsk]] as const) {
    it(`prints "Forslag til vedtak" and the committee's sakstyper in the innkalling and invite (${form})`, async () => {
      const file = withWording(adapt(loadSeedMeeting('pm-2026.json')));
      const text = (await docxParagraphs(await renderInnkallingDocx(file))).join('\n');
      expect(text).toContain('Forslag til vedtak:');
      expect(text).not.toContain('Forslag til konklusjon:');
      expect(text).toContain('Orienteringssak');
      const html = renderAgendaHtml(file);
      expect(html).toContain('Forslag til vedtak:');
      expect(html).toContain('Drøftingssak');
    });

    it(`prints "Protokoll" and "Vedtak:" in the record (${form})`, async () => {
      const file = withWording(adapt(loadSeedMeeting('pm-2025.json')));
      const paragraphs = await docxParagraphs(await renderReferatDocx({ ...file, meeting: { ...file.meeting, items: file.meeting.items.map((item) => ({ ...item, conclusion: ['Tatt til orientering.'] })) } }));
      expect(paragraphs[0]).toMatch(/^Protokoll Partnerskapsmøtet /);
      expect(paragraphs).toContain(form === 'nn' ? 'Møtehandsaming og vedtak' : 'Møtebehandling og vedtak');
      expect(paragraphs).toContain('Vedtak:');
      expect(paragraphs).not.toContain('Konklusjon:');
    });
  }
});
