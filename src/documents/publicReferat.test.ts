import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { publicVersion } from '../domain/confidentiality';
import { ConventionsSchema } from '../domain/conventions';
import type { MeetingFile } from '../domain/model';
import { renderReferatDocx } from './docx/referatDocx';
import { docxParagraphs } from './testing/docxText';
import { inNynorsk, loadSeedMeeting } from './testing/fixtures';

/**
 * The public referat/protokoll of a meeting whose exempt sak (2026.04 in pm-2026-unntatt.json) was
 * decided: the decision is said to be exempt, with its hjemmel, and never reported as missing.
 */

const BASIS = 'offl. § 13 jf. fvl. § 13 første ledd nr. 1';

function decided(file: MeetingFile, conclusion: string[]): MeetingFile {
  const items = file.meeting.items.map((item) => (item.caseNumber === '2026.04' ? { ...item, conclusion, outcome: 'treated' as const } : item));
  return { ...file, meeting: { ...file.meeting, status: 'held', items } };
}

const protokoll = (file: MeetingFile): MeetingFile => ({
  ...file,
  committee: { ...file.committee, conventions: v.parse(ConventionsSchema, { minutes: 'protokoll', conclusion: 'vedtak' }) },
});

/** The paragraphs of the exempt sak's treatment: from its public title to the next sak. */
async function exemptTreatment(file: MeetingFile, title: string): Promise<string[]> {
  const paragraphs = await docxParagraphs(await renderReferatDocx(publicVersion(file)));
  const start = paragraphs.indexOf(title);
  expect(start).toBeGreaterThan(-1);
  const next = paragraphs.findIndex((text, index) => index > start && /^2026\.05$/.test(text));
  return paragraphs.slice(start, next === -1 ? undefined : next);
}

describe('the public referat of an exempt sak that was decided', () => {
  const cases = [
    { form: 'nb', file: () => decided(loadSeedMeeting('pm-2026-unntatt.json'), ['Vedtak som ikke er offentlig.']), title: 'Unntatt offentlighet', label: 'Konklusjon:', none: 'Ingen konklusjon registrert.' },
    { form: 'nn', file: () => decided(inNynorsk(loadSeedMeeting('pm-2026-unntatt.json')), ['Vedtak som ikkje er offentleg.']), title: 'Unnateke offentlegheit', label: 'Konklusjon:', none: 'Ingen konklusjon registrert.' },
    { form: 'nb protokoll', file: () => protokoll(decided(loadSeedMeeting('pm-2026-unntatt.json'), ['Vedtak som ikke er offentlig.'])), title: 'Unntatt offentlighet', label: 'Vedtak:', none: 'Ingen vedtak registrert.' },
    { form: 'nn protokoll', file: () => protokoll(decided(inNynorsk(loadSeedMeeting('pm-2026-unntatt.json')), ['Vedtak som ikkje er offentleg.'])), title: 'Unnateke offentlegheit', label: 'Vedtak:', none: 'Ingen vedtak registrert.' },
  ] as const;

  it.each(cases)('says the decision is exempt with its hjemmel, not that none was recorded ($form)', async ({ file, title, label, none }) => {
    const treatment = await exemptTreatment(file(), title);
    expect(treatment).not.toContain(none);
    const at = treatment.indexOf(label);
    expect(at, treatment.join(' | ')).toBeGreaterThan(-1);
    expect(treatment[at + 1]).toBe(`${title}, ${BASIS}`);
    expect(treatment.join('\n')).not.toMatch(/ikkje er offentleg|ikke er offentlig/);
  });

  it('still says no decision was recorded for an exempt sak that has none', async () => {
    const file = decided(loadSeedMeeting('pm-2026-unntatt.json'), []);
    expect(await exemptTreatment(file, 'Unntatt offentlighet')).toContain('Ingen konklusjon registrert.');
  });
});

describe('the public protokoll of an exempt sak whose vedtak is public («Vedtaket er offentlig»)', () => {
  const vedtak = 'Kari Nordmann tilsettes som prosjektleder.';
  function withPublicDecision(file: MeetingFile): MeetingFile {
    const items = file.meeting.items.map((item) => {
      if (item.caseNumber !== '2026.04' || item.confidentiality?.exempt === undefined) return item;
      return {
        ...item,
        proceedings: [{ type: 'paragraph' as const, content: [{ text: 'Søkerne ble drøftet i testen.' }] }],
        confidentiality: { ...item.confidentiality, exempt: { ...item.confidentiality.exempt, decisionPublic: true } },
      };
    });
    return { ...file, meeting: { ...file.meeting, items } };
  }

  it.each([
    { form: 'nb', file: () => protokoll(withPublicDecision(decided(loadSeedMeeting('pm-2026-unntatt.json'), [vedtak]))), title: 'Unntatt offentlighet' },
    { form: 'nn', file: () => protokoll(withPublicDecision(decided(inNynorsk(loadSeedMeeting('pm-2026-unntatt.json')), [vedtak]))), title: 'Unnateke offentlegheit' },
  ])('prints the recorded vedtak under «Vedtak:», and the møtebehandling still as exempt ($form)', async ({ file, title }) => {
    const treatment = await exemptTreatment(file(), title);
    const at = treatment.indexOf('Vedtak:');
    expect(at, treatment.join(' | ')).toBeGreaterThan(-1);
    expect(treatment[at + 1]).toBe(vedtak);
    expect(treatment).toContain(`${title}, ${BASIS}`);
    expect(treatment.join('\n')).not.toContain('Søkerne ble drøftet i testen.');
    expect(treatment.join('\n')).not.toContain('Prosjekt X');
  });

  it('leaves out the sak’s oppfølgingspunkter, which the full protokoll lists under the vedtak', async () => {
    const full = protokoll(withPublicDecision(decided(loadSeedMeeting('pm-2026-unntatt.json'), [vedtak])));
    const who = { name: 'Per Christian Voss', email: 'per.christian.voss@siv.example.no' };
    const followUps = [{ id: 'f1', what: 'Send tilbud om stillingen til Kari Nordmann', who, due: '2026-07-01', task: { kind: 'planner' as const, taskId: 't1', planId: 'p1' } }];
    const file = { ...full, meeting: { ...full.meeting, items: full.meeting.items.map((item) => (item.caseNumber === '2026.04' ? { ...item, followUps } : item)) } };
    expect((await docxParagraphs(await renderReferatDocx(file))).join('\n')).toContain('Send tilbud om stillingen');
    const treatment = await exemptTreatment(file, 'Unntatt offentlighet');
    expect(treatment[treatment.indexOf('Vedtak:') + 1]).toBe(vedtak);
    expect(treatment.join('\n')).not.toMatch(/Send tilbud|Oppfølging/);
  });
});

describe('the public protokoll of a sak treated in a lukket møte that is not exempt', () => {
  it('prints the sak with its møtebehandling and vedtak, saying the lukket møte and its hjemmel', async () => {
    const base = loadSeedMeeting('pm-2026-unntatt.json');
    const items = base.meeting.items.map((item) =>
      item.caseNumber === '2026.06' ? { ...item, proceedings: [{ type: 'paragraph' as const, content: [{ text: 'Planen ble drøftet.' }] }], conclusion: ['Utviklingsplanen tas til orientering.'], outcome: 'treated' as const } : item,
    );
    const paragraphs = await docxParagraphs(await renderReferatDocx(publicVersion(protokoll({ ...base, meeting: { ...base.meeting, status: 'held', items } }))));
    const start = paragraphs.indexOf('Utviklingsplan for Sykehuset i Vestfold, SiV');
    expect(start, paragraphs.join(' | ')).toBeGreaterThan(-1);
    const treatment = paragraphs.slice(start, paragraphs.findIndex((text, index) => index > start && /^2026\.07$/.test(text)));
    expect(treatment).toEqual(expect.arrayContaining(['Behandlet i lukket møte, koml. § 11-5 andre ledd bokstav a', 'Planen ble drøftet.', 'Utviklingsplanen tas til orientering.']));
  });
});
