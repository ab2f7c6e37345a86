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
