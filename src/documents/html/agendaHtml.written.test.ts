import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { committeePreset } from '../../domain/committeePresets';
import { CaseNumberSchema, type MeetingFile } from '../../domain/model';
import { aCommittee, aMeeting, anItem } from '../../domain/testing/builders';
import { renderAgendaHtml } from './agendaHtml';

const vedlegg = (id: string, title: string, webUrl: string) => ({ id, title, fileName: `${title}.pdf`, webUrl });

function writtenFile(languageForm: 'nb' | 'nn' = 'nb'): MeetingFile {
  const committee = aCommittee({ name: 'Styret i Vekst AS', languageForm, conventions: committeePreset('aksjeselskap').conventions, attachmentMode: 'fileAndLink' });
  const meeting = aMeeting({
    date: '2026-03-12',
    start: '12:00',
    end: undefined,
    place: '',
    online: false,
    items: [
      anItem('s1', {
        caseNumber: v.parse(CaseNumberSchema, 'Sak 4/26'),
        title: 'Kjøp av <tomt>',
        proposedConclusion: ['Styret godkjenner kjøpet.'],
        attachments: [vedlegg('a1', 'Takst', 'https://vekst.sharepoint.com/sites/styret/Takst.pdf'), vedlegg('a2', 'Skjult', 'javascript:alert(1)')],
      }),
    ],
    written: { answers: [] },
  });
  return { committee, meeting } as MeetingFile;
}

describe('the mail putting a written treatment\'s saker to the board', () => {
  it('is headed as a written treatment, gives the Svarfrist (no time and place, no Teams), lists the saker with their forslag, and asks for an answer per sak by it', () => {
    const html = renderAgendaHtml(writtenFile());
    expect(html).toContain('Skriftlig styrebehandling i Styret i Vekst AS');
    expect(html).not.toContain('Innkalling');
    expect(html).toContain('Svarfrist');
    expect(html).toContain('12.03.2026 kl. 12.00');
    expect(html).not.toContain('Dato og sted');
    expect(html).not.toMatch(/Teams/i);
    expect(html).toContain('Kjøp av &lt;tomt&gt;');
    expect(html).toContain('Styret godkjenner kjøpet.');
    expect(html).toContain('Svar per sak «Enig», «Ikke enig» eller «Krever møtebehandling» innen 12.03.2026 kl. 12.00.');
  });

  it('links the vedlegg (https only), never attaches them', () => {
    const html = renderAgendaHtml(writtenFile());
    expect(html).toContain('<a href="https://vekst.sharepoint.com/sites/styret/Takst.pdf"');
    expect(html).not.toContain('javascript:');
    expect(html).not.toMatch(/vedlagt som fil|som fil/i);
  });

  it('is written in nynorsk for a nynorsk board', () => {
    const html = renderAgendaHtml(writtenFile('nn'));
    expect(html).toContain('Skriftleg styrehandsaming i Styret i Vekst AS');
    expect(html).toContain('Svar per sak «Samd», «Ikkje samd» eller «Krev møtehandsaming» innan 12.03.2026 kl. 12.00.');
  });
});
