import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { committeePreset } from '../../domain/committeePresets';
import { CaseNumberSchema, type MeetingFile } from '../../domain/model';
import { aCommittee, aMeeting, anItem } from '../../domain/testing/builders';
import { docxParagraphs } from '../testing/docxText';
import { renderReferatDocx } from './referatDocx';
import { renderInnkallingDocx } from './innkallingDocx';

const preset = committeePreset('arsmote');
const cn = (text: string) => v.parse(CaseNumberSchema, text);

/** An idrettslag's årsmøte as NIF's lovnorm lists it (committeePresets.ts `arsmote`): names and saker made up for the test. */
function arsmote(languageForm: 'nb' | 'nn' = 'nb'): MeetingFile {
  const committee = aCommittee({ name: 'Årsmøtet i Nordfjell idrettslag', languageForm, caseNumberFormat: preset.caseNumberFormat, caseNumberSerial: preset.caseNumberSerial, conventions: preset.conventions });
  const kari = { name: 'Kari Nordmann', email: 'kari@nordfjell-il.no' };
  const meeting = aMeeting({
    chair: kari,
    minuteTaker: { name: 'Hilde Lie' },
    items: [
      anItem('s1', { caseNumber: cn('Sak 1'), opening: true, title: 'Godkjenning av de stemmeberettigede', conclusion: ['23 stemmeberettigede medlemmer ble godkjent.'] }),
      anItem('s2', { caseNumber: cn('Sak 2'), opening: true, title: 'Valg av dirigent', conclusion: ['Kari Nordmann ble valgt som dirigent.'] }),
      anItem('s3', { caseNumber: cn('Sak 3'), opening: true, title: 'Valg av referent', conclusion: ['Hilde Lie ble valgt som referent.'] }),
      anItem('s4', { caseNumber: cn('Sak 4'), opening: true, title: 'Valg av to til å underskrive protokollen', conclusion: ['Per Hansen og Ola Berg ble valgt til å underskrive protokollen.'] }),
      anItem('s5', { caseNumber: cn('Sak 5'), opening: true, title: 'Godkjenning av innkalling og saksliste', conclusion: ['Innkalling og saksliste ble godkjent.'] }),
      anItem('s6', { caseNumber: cn('Sak 6'), title: 'Årsberetning 2026', conclusion: ['Årsberetningen ble godkjent.'] }),
    ],
    attendance: [
      { person: kari, status: 'present' },
      { person: { name: 'Per Hansen' }, status: 'present' },
      { person: { name: 'Ola Berg' }, status: 'present' },
    ],
    signatures: [
      { person: kari, capacity: 'chair' },
      { person: { name: 'Per Hansen' }, capacity: 'chosen' },
      { person: { name: 'Ola Berg' }, capacity: 'chosen' },
    ],
  });
  return { committee, meeting };
}

describe('an årsmøte\'s protokoll names the dirigent it elected', () => {
  it('heads the elected møteleder «Dirigent» and signs as dirigent beside the two chosen, in nynorsk too', async () => {
    for (const form of ['nb', 'nn'] as const) {
      const text = (await docxParagraphs(await renderReferatDocx(arsmote(form)))).join('\n');
      expect(text).toMatch(/Dirigent\s*Kari Nordmann/);
      expect(text).not.toMatch(/Møtelei?d?e?a?r\s*Kari Nordmann/);
      expect(text).toContain('Kari Nordmann, dirigent');
      expect(text).toContain('Per Hansen');
      expect(text).toContain('Ola Berg');
    }
  });

  it('lists a dirigent elected from outside the members as «dirigent» among those present, not «møteleder», nb and nn', async () => {
    for (const form of ['nb', 'nn'] as const) {
      const file = arsmote(form);
      const ola = { name: 'Ola Dirigent' };
      const meeting = {
        ...file.meeting,
        chair: ola,
        attendance: [...file.meeting.attendance, { person: ola, status: 'present' as const, role: 'invited' as const, chairRole: 'chair' as const }],
        signatures: [{ person: ola, capacity: 'chair' as const }, ...(file.meeting.signatures ?? []).slice(1)],
      };
      const text = (await docxParagraphs(await renderReferatDocx({ ...file, meeting }))).join('\n');
      expect(text).toContain('Ola Dirigent (dirigent)');
      expect(text).toContain('Ola Dirigent, dirigent');
      expect(text).not.toMatch(/møtelei?d?e?a?r\)/);
    }
  });

  it('keeps «Møteleder» for a generalforsamling, whose election has the same sak', async () => {
    const file = arsmote();
    const { dirigent: _dirigent, ...conventions } = file.committee.conventions!;
    const text = (await docxParagraphs(await renderReferatDocx({ ...file, committee: { ...file.committee, conventions } }))).join('\n');
    expect(text).toMatch(/Møteleder\s*Kari Nordmann/);
    expect(text).toContain('Kari Nordmann, møteleder');
    expect(text).not.toMatch(/Dirigent\s*Kari Nordmann|, dirigent/);
  });
});

describe('an årsmøte\'s facts before its dirigent is elected, and its referent (NIF\'s lovnorm: «Årsmøtet ledes av valgt(e) dirigent(er)»)', () => {
  const unelected = (form: 'nb' | 'nn'): MeetingFile => {
    const file = arsmote(form);
    const { signatures: _signatures, ...meeting } = file.meeting;
    return { ...file, meeting };
  };

  it('names the committee\'s leder as the one who opens it, not «Møteleder» or «Dirigent», in the protokoll and the innkalling, nb and nn', async () => {
    const record = (await docxParagraphs(await renderReferatDocx(unelected('nb')))).join('\n');
    expect(record).toMatch(/Åpnet av\s*Kari Nordmann/);
    expect(record).not.toMatch(/(?:Dirigent|Møteleder)\s*Kari Nordmann/);
    // Nobody signs as dirigent before one is elected.
    expect(record).not.toContain('Kari Nordmann, dirigent');
    expect((await docxParagraphs(await renderReferatDocx(unelected('nn')))).join('\n')).toMatch(/Opna av\s*Kari Nordmann/);
    const notice = (await docxParagraphs(await renderInnkallingDocx(unelected('nb')))).join('\n');
    expect(notice).toMatch(/Åpnes av\s*Kari Nordmann/);
    expect(notice).not.toMatch(/Møteleder\s*Kari Nordmann/);
    expect((await docxParagraphs(await renderInnkallingDocx(unelected('nn')))).join('\n')).toMatch(/Vert opna av\s*Kari Nordmann/);
  });

  it('names the elected referent where it names the referent: «Referent», in nynorsk the lovnorm\'s «Protokollførar»', async () => {
    expect((await docxParagraphs(await renderReferatDocx(arsmote('nb')))).join('\n')).toMatch(/Referent\s*Hilde Lie/);
    const nn = (await docxParagraphs(await renderReferatDocx(arsmote('nn')))).join('\n');
    expect(nn).toMatch(/Protokollførar\s*Hilde Lie/);
    expect(nn).not.toMatch(/Referent\s*Hilde Lie/);
  });

  it('names no referent in the innkalling, the meeting elects him («Velges i møtet», nn «Vert vald i møtet»), neither the committee\'s fixed one nor one put on the meeting', async () => {
    const file = unelected('nb');
    const fixed = { ...file, committee: { ...file.committee, defaultMinuteTaker: { name: 'Fast Referent' } } };
    const notice = (await docxParagraphs(await renderInnkallingDocx(fixed))).join('\n');
    expect(notice).toMatch(/Referent\s*Velges i møtet/);
    expect(notice).not.toContain('Hilde Lie');
    expect(notice).not.toContain('Fast Referent');
    const { minuteTaker: _minuteTaker, ...noneNamed } = fixed.meeting;
    expect((await docxParagraphs(await renderInnkallingDocx({ ...fixed, meeting: noneNamed }))).join('\n')).toMatch(/Referent\s*Velges i møtet/);
    const nn = (await docxParagraphs(await renderInnkallingDocx(unelected('nn')))).join('\n');
    expect(nn).toMatch(/Protokollførar\s*Vert vald i møtet/);
    // The protokoll names the one elected.
    expect((await docxParagraphs(await renderReferatDocx(fixed))).join('\n')).toMatch(/Referent\s*Hilde Lie/);
    // A generalforsamling elects no referent: its innkalling names the meeting's.
    const { dirigent: _dirigent, ...conventions } = file.committee.conventions!;
    expect((await docxParagraphs(await renderInnkallingDocx({ ...file, committee: { ...file.committee, conventions } }))).join('\n')).toMatch(/Referent\s*Hilde Lie/);
  });

  it('keeps «Møteleder» and «Referent» for a generalforsamling, whose leder opening it is not told apart', async () => {
    const file = unelected('nn');
    const { dirigent: _dirigent, ...conventions } = file.committee.conventions!;
    const text = (await docxParagraphs(await renderReferatDocx({ ...file, committee: { ...file.committee, conventions } }))).join('\n');
    expect(text).toMatch(/Møteleiar\s*Kari Nordmann/);
    expect(text).toMatch(/Referent\s*Hilde Lie/);
  });
});
