import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ConventionsSchema } from '../domain/conventions';
import { AgendaItemSchema, type MeetingFile } from '../domain/model';
import { renderAgendaHtml } from './html/agendaHtml';
import { renderInnkallingDocx } from './docx/innkallingDocx';
import { renderReferatDocx } from './docx/referatDocx';
import { renderSaksframleggDocx } from './docx/saksframleggDocx';
import { renderMinutesMail } from './html/minutesMailHtml';
import { docxPart, docxParagraphs } from './testing/docxText';
import { loadSeedMeeting } from './testing/fixtures';

/** A described council (not a real one): faste saker without numbers, headings, bundled orienteringer, Eventuelt, letter texts. */
function shapedCouncil(languageForm: 'nb' | 'nn'): MeetingFile {
  const seed = loadSeedMeeting('pm-2026.json');
  const item = (fields: Record<string, unknown>) =>
    v.parse(AgendaItemSchema, { kinds: [], summary: [], proposedConclusion: [], presenters: [], attachments: [], ...fields });
  return {
    committee: {
      ...seed.committee,
      name: 'Eldrerådet',
      languageForm,
      letterhead: { organisationLine: 'Eksempel kommune', footer: 'Postboks 1, 0001 Eksempel' },
      conventions: v.parse(ConventionsSchema, { minutes: 'protokoll', conclusion: 'vedtak', proposal: 'innstilling', background: 'saksutredning', itemKinds: [{ id: 'Vedtakssak', nb: 'Vedtakssak', nn: 'Vedtakssak' }, { id: 'Informasjon', nb: 'Informasjon', nn: 'Informasjon' }] }),
    },
    meeting: {
      ...seed.meeting,
      status: 'held',
      meetingNumber: '6/2014',
      absenceNotice: 'Forfall meldes til sekretariatet på telefon 00 00 00 00.',
      letter: { ourRef: '2014/77', yourRef: 'Brev 3. mars', ingress: [{ type: 'paragraph', content: [{ text: 'Det blir med dette kalla inn til møte.' }] }], greeting: 'Med vennleg helsing', signature: 'Kari Leiar (sign.)\nleiar' },
      items: [
        item({ id: 'approval', caseNumber: null, row: 'unnumbered', title: 'Godkjenning av innkalling' }),
        item({ id: 'h1', caseNumber: null, row: 'heading', title: 'Saker til behandling' }),
        item({ id: 'a', caseNumber: '2014.47', kinds: ['Vedtakssak'], title: 'Budsjett for rådet', archiveRef: '2014/1234-5', proposedConclusion: ['Budsjettet vert vedteke.'], conclusion: ['Budsjettet er vedteke.'] }),
        item({ id: 'h2', caseNumber: null, row: 'heading', title: 'Orienteringssaker' }),
        item({
          id: 'b',
          caseNumber: '2014.48',
          kinds: ['Informasjon'],
          title: 'Orienteringar',
          attachments: [{ id: 'v1', number: 1, title: 'Plan for bygget', fileName: 'plan.pdf' }],
          subItems: [
            { id: 's1', title: 'Nytt sjukeheim', presenters: [{ name: 'Per Rådgjevar' }], attachmentIds: ['v1'] },
            { id: 's2', title: 'Dagsenter', presenters: [{ name: 'Lise Leiar' }] },
          ],
        }),
        item({ id: 'e', caseNumber: null, row: 'unnumbered', title: 'Eventuelt', proceedings: [{ type: 'paragraph', content: [{ text: 'Det vart teke opp at bussen går sjeldan.' }] }] }),
      ],
    },
  };
}

describe('the saksliste\'s shape and the meeting\'s own texts reach the documents', () => {
  it('prints meeting number, references, opening, forfall line, headings, archive reference, bundled orienteringer and the closing in the innkalling', async () => {
    const paragraphs = await docxParagraphs(await renderInnkallingDocx(shapedCouncil('nn')));
    const text = paragraphs.join('\n');
    for (const expected of ['Møte', '6/2014', 'Vår ref.', '2014/77', 'Dykkar ref.', 'Brev 3. mars', 'Det blir med dette kalla inn til møte.', 'Forfall meldes til sekretariatet på telefon 00 00 00 00.', 'Godkjenning av innkalling', 'Saker til behandling', 'Orienteringssaker', 'Arkivsak 2014/1234-5', 'Vedtakssak', 'Innstilling:', 'a) Nytt sjukeheim – Per Rådgjevar (Vedlegg 1)', 'b) Dagsenter – Lise Leiar', 'Eventuelt', 'Med vennleg helsing', 'Kari Leiar (sign.)', 'leiar']) {
      expect(text, expected).toContain(expected);
    }
    const header = await docxPart(await renderInnkallingDocx(shapedCouncil('nn')), 'word/header1.xml');
    expect(header).toContain('Eksempel kommune');
  });

  it('says "Deres ref." in bokmål and puts the footer line on every page', async () => {
    const bytes = await renderInnkallingDocx(shapedCouncil('nb'));
    expect((await docxParagraphs(bytes)).join('\n')).toContain('Deres ref.');
    expect(await docxPart(bytes, 'word/footer1.xml')).toContain('Postboks 1, 0001 Eksempel');
  });

  it('prints the committee\'s words, the headings without a conclusion, and what was raised under Eventuelt in the protokoll', async () => {
    const paragraphs = await docxParagraphs(await renderReferatDocx(shapedCouncil('nn')));
    const text = paragraphs.join('\n');
    for (const expected of ['Protokoll Eldrerådet', 'Møtehandsaming og vedtak', 'Vedtak:', 'Budsjettet er vedteke.', 'a) Nytt sjukeheim', 'Det vart teke opp at bussen går sjeldan.', '6/2014']) expect(text, expected).toContain(expected);
    const headingIndex = paragraphs.indexOf('Orienteringssaker');
    expect(paragraphs[headingIndex + 1]).not.toBe('Ingen vedtak registrert.');
  });

  it('writes the invite body with headings, sub-items, archive reference and letter texts, escaped', () => {
    const file = shapedCouncil('nb');
    const html = renderAgendaHtml({ ...file, meeting: { ...file.meeting, absenceNotice: 'Forfall til <b>oss</b>' } });
    for (const expected of ['Orienteringssaker', 'a) Nytt sjukeheim – Per Rådgjevar (Vedlegg 1)', 'Arkivsak 2014/1234-5', 'Innstilling:', 'Møte</th>', '6/2014', 'Med vennleg helsing<br>Kari Leiar (sign.)<br>leiar', 'Forfall til &lt;b&gt;oss&lt;/b&gt;']) {
      expect(html, expected).toContain(expected);
    }
  });

  it('prints the arkivsak in a column «Arkivsaksnr.» after the number, not under it, in the innkalling and the invite when the committee says so, as Os\'s and Kvalsund\'s sakslister do; no column when no sak has one', async () => {
    const withColumn = (form: 'nb' | 'nn', refs = true): MeetingFile => {
      const file = shapedCouncil(form);
      const items = refs ? file.meeting.items : file.meeting.items.map(({ archiveRef: _ref, ...item }) => item);
      const conventions = v.parse(ConventionsSchema, { ...file.committee.conventions, archiveColumn: true });
      return { committee: { ...file.committee, conventions }, meeting: { ...file.meeting, items } };
    };
    const paragraphs = await docxParagraphs(await renderInnkallingDocx(withColumn('nn')));
    const header = paragraphs.indexOf('Saks nr.');
    expect(paragraphs.slice(header, header + 4)).toEqual(['Saks nr.', 'Arkivsaksnr.', 'Sak', 'Ansvar']);
    const row = paragraphs.indexOf('2014.47');
    expect(paragraphs.slice(row, row + 4)).toEqual(['2014.47', 'Vedtakssak', '2014/1234-5', 'Budsjett for rådet']);
    expect(paragraphs).not.toContain('Arkivsak 2014/1234-5');
    const html = renderAgendaHtml(withColumn('nb'));
    expect(html).toMatch(/>Saks nr\.<\/th><th [^>]*>Arkivsaksnr\.<\/th><th [^>]*>Sak<\/th>/);
    expect(html).toMatch(/<td [^>]*>2014\/1234-5<\/td><td [^>]*><p [^>]*><b>Budsjett for rådet<\/b>/);
    expect(html).not.toContain('Arkivsak 2014/1234-5');
    // No sak with an arkivsak: three columns, as before.
    expect(await docxParagraphs(await renderInnkallingDocx(withColumn('nb', false)))).not.toContain('Arkivsaksnr.');
    expect(renderAgendaHtml(withColumn('nb', false))).not.toContain('Arkivsaksnr.');
  });

  it('states a befaring\'s time, meeting point and what it looks at under «Dato/sted» in the innkalling, the invite body and the protokoll (nynorsk «Synfaring»), escaped', async () => {
    const withVisit = (form: 'nb' | 'nn') => {
      const file = shapedCouncil(form);
      return { ...file, meeting: { ...file.meeting, siteVisit: { start: '09:00', place: 'Leines skule', about: 'Gang- og sykkelveg <sak 2014.47>' } } };
    };
    const innkalling = await docxParagraphs(await renderInnkallingDocx(withVisit('nb')));
    expect(innkalling[innkalling.indexOf('Befaring') + 1]).toBe('kl. 09.00, Leines skule – Gang- og sykkelveg <sak 2014.47>');
    const protokoll = await docxParagraphs(await renderReferatDocx(withVisit('nn')));
    expect(protokoll[protokoll.indexOf('Synfaring') + 1]).toBe('kl. 09.00, Leines skule – Gang- og sykkelveg <sak 2014.47>');
    expect(renderAgendaHtml(withVisit('nb'))).toMatch(/>Befaring<\/th><td [^>]*>kl\. 09\.00, Leines skule/);
    expect(renderAgendaHtml(withVisit('nb'))).toContain('kl. 09.00, Leines skule – Gang- og sykkelveg &lt;sak 2014.47&gt;');
    // A meeting without one prints no such row.
    expect(await docxParagraphs(await renderInnkallingDocx(shapedCouncil('nb')))).not.toContain('Befaring');
  });

  it('says the meeting is open to the public under the innkalling\'s and the invite\'s facts when the committee says so, naming the saker for lukket møte; nothing when the meetings are not public', async () => {
    const open = (form: 'nb' | 'nn', closedOn: readonly number[] = [], publicMeetings = true): MeetingFile => {
      const file = shapedCouncil(form);
      const numbered = file.meeting.items.filter((item) => item.caseNumber !== null);
      const closed = new Set(closedOn.map((index) => numbered[index]?.id));
      return {
        committee: {
          ...file.committee,
          conventions: { ...v.parse(ConventionsSchema, file.committee.conventions), publicMeetingLine: true },
          ...(publicMeetings ? {} : { confidentiality: { publicMeetings: false } }),
        },
        meeting: { ...file.meeting, items: file.meeting.items.map((item) => (closed.has(item.id) ? { ...item, confidentiality: { closedMeeting: { basis: 'koml. § 11-5 andre ledd bokstav a' } } } : item)) },
      };
    };
    const file = open('nb');
    const numbers = file.meeting.items.flatMap((item) => (item.caseNumber === null ? [] : [item.caseNumber]));
    expect(numbers.length).toBeGreaterThanOrEqual(2);
    expect(await docxParagraphs(await renderInnkallingDocx(file))).toContain('Møtet er åpent for publikum.');
    expect(renderAgendaHtml(file)).toContain('>Møtet er åpent for publikum.</p>');
    expect(await docxParagraphs(await renderInnkallingDocx(open('nb', [1])))).toContain(`Møtet er åpent for publikum. Sak ${numbers[1] ?? ''} behandles i lukket møte.`);
    expect(renderAgendaHtml(open('nn', [0, 1]))).toContain(`Møtet er ope for publikum. Sakene ${numbers[0] ?? ''} og ${numbers[1] ?? ''} blir handsama i lukka møte.`);
    // Not said unless the committee ticks it, nor for a committee whose meetings are not public.
    expect(await docxParagraphs(await renderInnkallingDocx(shapedCouncil('nb')))).not.toContain('Møtet er åpent for publikum.');
    expect(renderAgendaHtml(open('nb', [], false))).not.toContain('publikum');
  });

  it('numbers the bundled orienteringer 1., 2. in the innkalling, the preview and the protokoll when the committee says so, as a brukerutvalg\'s «Orienteringssaker» list them', async () => {
    const file = shapedCouncil('nb');
    const conventions = v.parse(ConventionsSchema, { ...file.committee.conventions, subItemsNumbered: true });
    const numbered = { ...file, committee: { ...file.committee, conventions } };
    const innkalling = await docxParagraphs(await renderInnkallingDocx(numbered));
    expect(innkalling).toContain('1. Nytt sjukeheim – Per Rådgjevar (Vedlegg 1)');
    expect(innkalling).toContain('2. Dagsenter – Lise Leiar');
    expect(renderAgendaHtml(numbered)).toContain('1. Nytt sjukeheim – Per Rådgjevar (Vedlegg 1)');
    const protokoll = await docxParagraphs(await renderReferatDocx(numbered));
    expect(protokoll).toContain('1. Nytt sjukeheim – Per Rådgjevar (Vedlegg 1)');
    expect(protokoll.some((line) => line.startsWith('a) '))).toBe(false);
  });

  it('names the saksframlegg\'s background and proposal and the mail\'s record in the committee\'s words', async () => {
    const file = shapedCouncil('nn');
    const withBackground = { ...file, meeting: { ...file.meeting, items: file.meeting.items.map((item) => (item.id === 'a' ? { ...item, background: [{ type: 'paragraph' as const, content: [{ text: 'Rådet har fått midlar.' }] }] } : item)) } };
    const memo = (await docxParagraphs(await renderSaksframleggDocx(withBackground, 'a'))).join('\n');
    expect(memo).toContain('Saksutgreiing:');
    expect(memo).toContain('Forslag til vedtak:');
    expect(renderMinutesMail(file, { fileName: 'Protokoll.docx' }, true).subject).toBe('Protokoll frå Eldrerådet 11.06.26 – til kommentar');
  });
});
