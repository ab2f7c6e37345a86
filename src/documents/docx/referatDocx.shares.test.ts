import { describe, expect, it } from 'vitest';
import { committeePreset } from '../../domain/committeePresets';
import type { MeetingFile } from '../../domain/model';
import { aCommittee, aMeeting, anItem } from '../../domain/testing/builders';
import { docxParagraphs } from '../testing/docxText';
import { renderReferatDocx } from './referatDocx';

const preset = committeePreset('generalforsamling');

function generalforsamling(shareCount: number | undefined, perPresent = true, languageForm: 'nb' | 'nn' = 'nb'): MeetingFile {
  const committee = aCommittee({
    name: 'Generalforsamlingen i Nordfjell Havn AS',
    languageForm,
    conventions: { ...preset.conventions, ...(shareCount === undefined ? {} : { shareCount }) },
    members: [
      { name: 'Kari Nordmann', email: 'kari@nordfjell.no', organisation: 'Nordfjell kommune' },
      { name: 'Per Hansen', email: 'per@sorvik.no', organisation: 'Sørvik kommune' },
    ],
  });
  const meeting = aMeeting({
    chair: { name: 'Kari Nordmann', email: 'kari@nordfjell.no' },
    items: [anItem('s1', { title: 'Godkjenning av årsregnskap' })],
    attendance: [
      { person: { name: 'Kari Nordmann', email: 'kari@nordfjell.no', organisation: 'Nordfjell kommune' }, status: 'present', holding: { owner: 'Nordfjell kommune', shares: 600, proxy: true } },
      { person: { name: 'Per Hansen', email: 'per@sorvik.no', organisation: 'Sørvik kommune' }, status: perPresent ? 'present' : 'absent', holding: { owner: 'Sørvik kommune', shares: 400 } },
      { person: { name: 'Randi Revisor' }, status: 'present', role: 'invited' },
    ],
  });
  return { committee, meeting };
}

describe('a generalforsamling\'s protokoll counts attendance in shares', () => {
  it('says for each owner its shares and who met for it, by fullmakt or as its representative, and that all the company\'s shares were represented', async () => {
    const paragraphs = await docxParagraphs(await renderReferatDocx(generalforsamling(1000)));
    const text = paragraphs.join('\n');
    expect(text).toContain('Nordfjell kommune, 600 aksjer, ved fullmektig Kari Nordmann');
    expect(text).toContain('Sørvik kommune, 400 aksjer, representert ved Per Hansen');
    expect(text).toContain('Randi Revisor');
    expect(text).toMatch(/Aksjer representert\s*Samtlige aksjer var representert \(1\u00a0000 aksjer\)\./);
  });

  it('says how many of the company\'s shares were represented when an owner had forfall, in nynorsk too', async () => {
    const nb = (await docxParagraphs(await renderReferatDocx(generalforsamling(1000, false)))).join('\n');
    expect(nb).toContain('600 av totalt 1\u00a0000 aksjer var representert.');
    expect(nb).toContain('Sørvik kommune, 400 aksjer');
    const nn = (await docxParagraphs(await renderReferatDocx(generalforsamling(1000, false, 'nn')))).join('\n');
    expect(nn).toContain('600 av totalt 1\u00a0000 aksjar var representerte.');
    expect(nn).toContain('Nordfjell kommune, 600 aksjar, ved fullmektig Kari Nordmann');
  });

  it('prints no shares for a committee that does not count in them', async () => {
    const file = generalforsamling(1000);
    const { attendanceByShares: _byShares, ...conventions } = preset.conventions;
    const plain: MeetingFile = { ...file, committee: { ...file.committee, conventions: { ...conventions, shareCount: 1000 } } };
    const text = (await docxParagraphs(await renderReferatDocx(plain))).join('\n');
    expect(text).not.toMatch(/aksjer/);
  });
});
