import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ConventionsSchema } from '../domain/conventions';
import { AgendaItemSchema, type MeetingFile } from '../domain/model';
import { renderAgendaHtml } from './html/agendaHtml';
import { renderInnkallingDocx } from './docx/innkallingDocx';
import { renderSaksframleggDocx } from './docx/saksframleggDocx';
import { docxParagraphs } from './testing/docxText';
import { loadSeedMeeting } from './testing/fixtures';

/** A described fylkesting (not a real one): a sak that came through a hovudutval and the fylkesutval, and one that starts here. */
function fylkesting(): MeetingFile {
  const seed = loadSeedMeeting('pm-2026.json');
  const item = (fields: Record<string, unknown>) => v.parse(AgendaItemSchema, { kinds: [], summary: [], presenters: [], attachments: [], ...fields });
  return {
    committee: {
      ...seed.committee,
      name: 'Fylkestinget',
      languageForm: 'nn',
      conventions: v.parse(ConventionsSchema, { minutes: 'moteprotokoll', conclusion: 'vedtak', proposal: 'innstilling', memoProposal: 'innstilling', proposalBy: 'Fylkesdirektøren si' }),
    },
    meeting: {
      ...seed.meeting,
      items: [
        item({
          id: 'routed',
          caseNumber: 'PS 12/26',
          title: 'Skulebruksplan 2027–2035',
          proposedConclusion: ['Fylkestinget vedtek skulebruksplanen.'],
          caseRoute: [{ body: 'Hovudutval for opplæring og kompetanse', caseNumber: 'PS 4/26' }, { body: 'Fylkesutvalet', caseNumber: 'PS 31/26' }, { body: 'Fylkestinget' }],
        }),
        item({ id: 'own', caseNumber: 'PS 13/26', title: 'Val av meddommarar', proposedConclusion: ['Desse vert valde.'] }),
      ],
    },
  };
}

describe('the proposal of a sak that comes from another body in its saksgang', () => {
  it('the innkalling heads it «Innstilling frå Fylkesutvalet», a sak that starts here the committee\'s own «Fylkesdirektøren si innstilling»', async () => {
    const text = (await docxParagraphs(await renderInnkallingDocx(fylkesting()))).join('\n');
    expect(text).toMatch(/Skulebruksplan[\s\S]*Innstilling frå Fylkesutvalet:\nFylkestinget vedtek[\s\S]*Val av meddommarar[\s\S]*Fylkesdirektøren si innstilling:\nDesse vert valde/);
  });

  it('the invite\'s saksliste says the same, escaped', () => {
    const html = renderAgendaHtml(fylkesting());
    expect(html).toMatch(/<u>Innstilling frå Fylkesutvalet:<\/u>[\s\S]*<u>Fylkesdirektøren si innstilling:<\/u>/);
  });

  it('the saksframlegg heads the same text the same way (the sak has one proposal, the body\'s it comes from); a sak that starts here keeps the saksframlegg\'s word', async () => {
    const routed = (await docxParagraphs(await renderSaksframleggDocx(fylkesting(), 'routed'))).join('\n');
    expect(routed).toContain('Innstilling frå Fylkesutvalet:\nFylkestinget vedtek skulebruksplanen.');
    const own = (await docxParagraphs(await renderSaksframleggDocx(fylkesting(), 'own'))).join('\n');
    expect(own).toContain('Fylkesdirektøren si innstilling:\nDesse vert valde.');
  });
});
