import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ConventionsSchema } from '../domain/conventions';
import { AgendaItemSchema, type LanguageForm, type MeetingFile } from '../domain/model';
import { richTextFromPlain } from '../domain/richText';
import { renderInnkallingDocx } from './docx/innkallingDocx';
import { renderAgendaHtml } from './html/agendaHtml';
import { renderReferatDocx } from './docx/referatDocx';
import { renderSaksframleggDocx } from './docx/saksframleggDocx';
import { docxPart, docxParagraphs } from './testing/docxText';
import { loadSeedMeeting } from './testing/fixtures';

/** A described kommunestyre (not a real one) with a sak it took from the planutvalg, whose name carries markup to escape. */
export function kommunestyret(languageForm: LanguageForm = 'nb'): MeetingFile {
  const seed = loadSeedMeeting('pm-2026.json');
  return {
    committee: { ...seed.committee, name: 'Kommunestyret', languageForm, conventions: v.parse(ConventionsSchema, { minutes: 'protokoll', conclusion: 'vedtak', proposal: 'forslagTilVedtak' }) },
    meeting: {
      ...seed.meeting,
      items: [
        v.parse(AgendaItemSchema, {
          id: 'carried',
          caseNumber: 'PS 40/26',
          kinds: [],
          title: 'Detaljregulering Nordre kai',
          summary: [],
          proposedConclusion: ['Planen vedtas.'],
          presenters: [],
          attachments: [],
          caseRoute: [{ body: 'Plan <&> utvalget' }, { body: 'Kommunestyret' }],
          earlierTreatments: [
            {
              body: 'Plan <&> utvalget',
              date: '2026-11-12',
              caseNumber: 'PS 14/26',
              proceedings: richTextFromPlain('Ap fremmet forslag om rekkefølgekrav.'),
              recommendation: ['Planen vedtas.', 'Rekkefølgekrav for gang- og sykkelvei.'],
            },
          ],
          outcome: 'treated',
          conclusion: ['Kommunestyret vedtar planen.'],
        }),
        v.parse(AgendaItemSchema, { id: 'own', caseNumber: 'PS 41/26', kinds: [], title: 'Valg av meddommere', summary: [], proposedConclusion: ['Disse velges.'], presenters: [], attachments: [] }),
      ],
    },
  };
}

const EXPECTED_NB = /Tidligere behandling\nPlan <&> utvalget behandlet saken i møte 12\.11\.2026, sak PS 14\/26\.\nBehandling:\nAp fremmet forslag om rekkefølgekrav\.\nInnstilling:\n(1\. )?Planen vedtas\.\n(2\. )?Rekkefølgekrav for gang- og sykkelvei\./;

describe('a sak taken from an earlier body in its saksgang prints that body\'s treatment under the sak', () => {
  it('the innkalling: heading, body, date and sak number, its behandling and its innstilling, before the proposal', async () => {
    const text = (await docxParagraphs(await renderInnkallingDocx(kommunestyret()))).join('\n');
    expect(text).toMatch(EXPECTED_NB);
    expect(text).toMatch(/Rekkefølgekrav for gang- og sykkelvei\.\nInnstilling fra Plan <&> utvalget:\n/);
    // Only the carried sak has one.
    expect(text.match(/Tidligere behandling/g)).toHaveLength(1);
  });

  it('the saksframlegg and the protokoll print it too', async () => {
    const memo = (await docxParagraphs(await renderSaksframleggDocx(kommunestyret(), 'carried'))).join('\n');
    expect(memo).toMatch(EXPECTED_NB);
    const record = (await docxParagraphs(await renderReferatDocx(kommunestyret()))).join('\n');
    expect(record).toMatch(EXPECTED_NB);
    expect(record).toMatch(/sykkelvei\.\nVedtak:\nKommunestyret vedtar planen\./);
  });

  it('in nynorsk', async () => {
    const text = (await docxParagraphs(await renderReferatDocx(kommunestyret('nn')))).join('\n');
    expect(text).toContain('Tidlegare handsaming\nPlan <&> utvalget handsama saka i møte 12.11.2026, sak PS 14/26.\nHandsaming:');
  });

  it('the invite body says which body treated it, when and as which sak, escaped, under that sak only', () => {
    const html = renderAgendaHtml(kommunestyret());
    expect(html).toContain('Plan &lt;&amp;&gt; utvalget behandlet saken i møte 12.11.2026, sak PS 14/26.');
    expect(html).not.toContain('Plan <&> utvalget');
    expect(html.match(/behandlet saken i møte/g)).toHaveLength(1);
  });

  it('a råd\'s uttalelse (a statement) is printed «Uttalelse:», and the proposal under it is the committee\'s own, not «Innstilling fra Eldrerådet»', async () => {
    const file = kommunestyret();
    const [carried, ...rest] = file.meeting.items;
    const fromRad = {
      ...carried!,
      caseRoute: [{ body: 'Eldrerådet' }, { body: 'Kommunestyret' }],
      earlierTreatments: [{ body: 'Eldrerådet', date: '2026-11-12', proceedings: [], recommendation: ['Rådet støtter planen.'], statement: true }],
    };
    const text = (await docxParagraphs(await renderInnkallingDocx({ ...file, meeting: { ...file.meeting, items: [fromRad, ...rest] } }))).join('\n');
    expect(text).toContain('Eldrerådet behandlet saken i møte 12.11.2026.\nUttalelse:\nRådet støtter planen.\nForslag til vedtak:\nPlanen vedtas.');
    expect(text).not.toContain('Innstilling fra Eldrerådet');
  });

  it('the råd\'s own protokoll heads its conclusion in a sak going on «Uttalelse», nynorsk «Fråsegn» (advisory)', async () => {
    const seed = loadSeedMeeting('pm-2026.json');
    const rad = (languageForm: LanguageForm): MeetingFile => ({
      committee: { ...seed.committee, name: 'Eldrerådet', languageForm, conventions: v.parse(ConventionsSchema, { minutes: 'moteprotokoll', conclusion: 'vedtak', advisory: true }) },
      meeting: {
        ...seed.meeting,
        items: [
          v.parse(AgendaItemSchema, {
            id: 'uttale',
            caseNumber: 'PS 8/26',
            kinds: [],
            title: 'Budsjett 2027',
            summary: [],
            proposedConclusion: [],
            presenters: [],
            attachments: [],
            caseRoute: [{ body: 'Eldrerådet' }, { body: 'Kommunestyret' }],
            outcome: 'treated',
            conclusion: ['Eldrerådet ber om at dagsenteret videreføres.'],
          }),
        ],
      },
    });
    expect((await docxParagraphs(await renderReferatDocx(rad('nb')))).join('\n')).toContain('Uttalelse:\nEldrerådet ber om at dagsenteret videreføres.');
    const nynorsk = (await docxParagraphs(await renderReferatDocx(rad('nn')))).join('\n');
    expect(nynorsk).toContain('Fråsegn:\nEldrerådet ber om at dagsenteret videreføres.');
    expect(nynorsk).not.toContain('Innstilling til Kommunestyret');
  });

  it('the body\'s name is escaped in the document\'s XML', async () => {
    const xml = await docxPart(await renderInnkallingDocx(kommunestyret()), 'word/document.xml');
    expect(xml).toContain('Plan &lt;&amp;&gt; utvalget behandlet saken');
    expect(xml).not.toContain('Plan <&> utvalget');
  });
});
