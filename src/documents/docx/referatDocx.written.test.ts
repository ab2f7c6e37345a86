import { describe, expect, it } from 'vitest';
import { committeePreset } from '../../domain/committeePresets';
import * as v from 'valibot';
import { CaseNumberSchema, type MeetingFile } from '../../domain/model';
import { aCommittee, aMeeting, anItem } from '../../domain/testing/builders';
import { docxParagraphs, positionsInOrder } from '../testing/docxText';
import { renderReferatDocx } from './referatDocx';
import { publicVersion } from '../../domain/confidentiality';

const member = (name: string) => ({ name, email: `${name.toLowerCase()}@as.no` });
const preset = committeePreset('aksjeselskap');

function writtenFile(languageForm: 'nb' | 'nn' = 'nb'): MeetingFile {
  const committee = aCommittee({
    name: 'Styret i Vekst AS',
    languageForm,
    conventions: preset.conventions,
    members: [member('Anne'), member('Bjørn'), member('Cecilie')],
  });
  const meeting = aMeeting({
    date: '2026-03-12',
    start: '12:00',
    end: undefined,
    place: '',
    online: false,
    chair: { name: 'Anne', email: 'anne@as.no' },
    items: [
      anItem('s1', { caseNumber: v.parse(CaseNumberSchema, 'Sak 4/26'), kinds: ['Beslutning'], title: 'Kjøp av tomt', proposedConclusion: ['Styret godkjenner kjøpet av gnr. 12 bnr. 4.'] }),
      anItem('s2', { caseNumber: v.parse(CaseNumberSchema, 'Sak 5/26'), kinds: ['Beslutning'], title: 'Låneopptak', proposedConclusion: ['Styret godkjenner lånet.'] }),
    ],
    written: {
      answers: [
        { itemId: 's1', member: 'anne@as.no', answer: 'agree' },
        { itemId: 's1', member: 'bjørn@as.no', answer: 'disagree', comment: 'For dyrt.' },
        { itemId: 's1', member: 'cecilie@as.no', answer: 'agree' },
        { itemId: 's2', member: 'anne@as.no', answer: 'agree' },
        { itemId: 's2', member: 'cecilie@as.no', answer: 'meeting' },
      ],
    },
  });
  return { committee, meeting };
}

describe('the protokoll of a written treatment', () => {
  it('is headed as one, gives the answer deadline instead of time and place, and per sak the proposal, who answered how and the result', async () => {
    const paragraphs = await docxParagraphs(await renderReferatDocx(writtenFile()));
    expect(paragraphs[0]).toBe('Protokoll fra skriftlig styrebehandling i Styret i Vekst AS');
    expect(paragraphs).toContain('Svarfrist');
    expect(paragraphs).toContain('12.03.2026 kl. 12.00');
    expect(paragraphs.some((p) => p.startsWith('Dato og sted'))).toBe(false);
    const found = positionsInOrder(paragraphs, [
      'Kjøp av tomt', 'Forslag til vedtak:', 'Styret godkjenner kjøpet av gnr. 12 bnr. 4.',
      'Enig i forslaget: Anne, Cecilie', 'Ikke enig: Bjørn', 'Merknad fra Bjørn: For dyrt.', 'Resultat:', 'Forslaget er vedtatt.',
      'Låneopptak', 'Forslag til vedtak:', 'Styret godkjenner lånet.',
      'Enig i forslaget: Anne', 'Krever møtebehandling: Cecilie', 'Ikke svart: Bjørn', 'Resultat:', 'Ikke vedtatt: møtebehandling er krevd. Saken behandles i møte.',
    ]);
    expect(found.filter((entry) => !entry.found)).toEqual([]);
  });

  it('names the board «Møteorgan» first, or by the word its innkalling uses where it heads it so (noticeCommittee, committeeLabel)', async () => {
    const file = writtenFile();
    expect((await docxParagraphs(await renderReferatDocx(file))).slice(1, 3)).toEqual(['Møteorgan', 'Styret i Vekst AS']);
    const organ = { ...file, committee: { ...file.committee, conventions: { ...preset.conventions, noticeCommittee: true, committeeLabel: 'Organ' } } };
    expect((await docxParagraphs(await renderReferatDocx(organ))).slice(1, 3)).toEqual(['Organ', 'Styret i Vekst AS']);
  });

  it('is signed as the committee says: every member who took part, for a board whose members all sign', async () => {
    const paragraphs = await docxParagraphs(await renderReferatDocx(writtenFile()));
    const signatures = paragraphs.slice(paragraphs.indexOf('Underskrifter'));
    expect(signatures.join('\n')).toContain('Anne');
    expect(signatures.join('\n')).toContain('Bjørn');
    expect(signatures.join('\n')).toContain('Cecilie');
  });

  it('says the result is provisional when made before the Svarfrist while a member has not answered, and final after it', async () => {
    // Svarfrist 12.03.2026 kl. 12.00 (11.00 UTC); Bjørn has not answered sak 5/26.
    const before = await docxParagraphs(await renderReferatDocx(writtenFile(), { now: new Date('2026-03-12T09:00:00Z') }));
    const saker = before.slice(before.indexOf('Låneopptak'));
    expect(saker).toContain('Foreløpig resultat:');
    expect(before.slice(before.indexOf('Kjøp av tomt'), before.indexOf('Låneopptak'))).toContain('Resultat:');
    const after = await docxParagraphs(await renderReferatDocx(writtenFile(), { now: new Date('2026-03-12T11:00:00Z') }));
    expect(after).not.toContain('Foreløpig resultat:');
    const nn = await docxParagraphs(await renderReferatDocx(writtenFile('nn'), { now: new Date('2026-03-12T09:00:00Z') }));
    expect(nn).toContain('Førebels resultat:');
  });

  it('is written in nynorsk for a nynorsk board', async () => {
    const paragraphs = await docxParagraphs(await renderReferatDocx(writtenFile('nn')));
    expect(paragraphs[0]).toBe('Protokoll frå skriftleg styrehandsaming i Styret i Vekst AS');
    expect(paragraphs).toContain('Samd i framlegget: Anne, Cecilie');
    expect(paragraphs).toContain('Krev møtehandsaming: Cecilie');
  });

  describe('unntatt offentlighet', () => {
    function exemptFile(decisionPublic: boolean): MeetingFile {
      const file = writtenFile();
      const exempt = { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1', publicTitle: 'Eiendomssak', ...(decisionPublic ? { decisionPublic: true as const } : {}) };
      const items = file.meeting.items.map((item) => (item.id === 's1' ? { ...item, confidentiality: { exempt } } : item));
      return { ...file, meeting: { ...file.meeting, items } };
    }
    const section = (paragraphs: string[]) => paragraphs.slice(paragraphs.indexOf('Eiendomssak'), paragraphs.indexOf('Låneopptak'));

    it('prints in the public version no one’s answer to an exempt sak and no comment, and its result only when its vedtak is public', async () => {
      for (const decisionPublic of [true, false]) {
        const paragraphs = await docxParagraphs(await renderReferatDocx(publicVersion(exemptFile(decisionPublic))));
        const sak = section(paragraphs);
        expect(sak).toContain('Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 1');
        expect(sak.join('\n')).not.toMatch(/Enig i forslaget|Ikke enig|Ikke svart|For dyrt|Anne|Bjørn|Cecilie/);
        expect(sak.includes('Forslaget er vedtatt.')).toBe(decisionPublic);
        expect(sak).not.toContain('Ingen vedtak registrert.');
        // The open sak is printed as before.
        expect(paragraphs).toContain('Krever møtebehandling: Cecilie');
      }
    });

    it('lists and has sign in the public version every member who answered, one whose only answer was to the exempt sak too', async () => {
      // Bjørn answered only sak 4/26, the exempt one: who took part is not exempt, only what the sak is.
      const file = exemptFile(false);
      const signers = async (version: MeetingFile) => {
        const paragraphs = await docxParagraphs(await renderReferatDocx(version));
        return paragraphs.slice(paragraphs.indexOf('Underskrifter'));
      };
      const full = await signers(file);
      const open = await signers(publicVersion(file));
      expect(open).toEqual(full);
      expect(open.join('\n')).toContain('Bjørn');
    });

    it('prints everything in the full protokoll, as before', async () => {
      const paragraphs = await docxParagraphs(await renderReferatDocx(exemptFile(false)));
      expect(paragraphs).toContain('Enig i forslaget: Anne, Cecilie');
      expect(paragraphs).toContain('Merknad fra Bjørn: For dyrt.');
    });
  });
});
