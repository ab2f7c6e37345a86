import { describe, expect, it } from 'vitest';
import { carriedExemptFiles } from './carriedExemptFiles';
import type { Attachment } from './model';
import { aCommittee, aMeeting, anItem } from './testing/builders';

const link = (id: string, fileName: string, more: Partial<Attachment> = {}): Attachment => ({ id, number: 1, title: fileName, fileName, webUrl: `https://example.sharepoint.com/sites/m/Shared%20Documents/${fileName}`, ...more });
const treatment = { body: 'Planutvalget', date: '2026-05-20', caseNumber: 'PS 14/26', proceedings: [], recommendation: [] };
const committee = aCommittee({ id: 'ks', name: 'Kommunestyret', members: [{ name: 'Erik Nordberg', email: 'erik.nordberg@example.no' }] });

describe('the exempt files of saker taken from an earlier body, for the send to open to this meeting\'s entitled invitees', () => {
  it('lists the exempt vedlegg and saksframlegg links of carried saker with the body and those entitled; not open files, own files or saker not carried', () => {
    const exemption = { basis: 'offl. § 14 første ledd' };
    const carried = anItem('carried', {
      earlierTreatments: [treatment],
      attachments: [link('a', 'Kart.pdf'), link('b', 'Notat.pdf', { exemption }), link('c', 'Lagret.pdf', { exemption, driveItemId: 'own' })],
      caseMemo: { fileName: 'Saksframlegg.docx', webUrl: 'https://example.sharepoint.com/sites/m/Shared%20Documents/Saksframlegg.docx' },
      confidentiality: { caseMemo: { basis: 'offl. § 13' } },
    });
    const notCarried = anItem('own', { attachments: [link('d', 'Eget.pdf', { exemption })] });
    const found = carriedExemptFiles({ committee, meeting: aMeeting({ committeeId: 'ks', items: [carried, notCarried] }) });
    expect(found.map((entry) => [entry.ref.fileName, entry.body, entry.allowed.map((invitee) => invitee.address)])).toEqual([
      ['Notat.pdf', 'Planutvalget', expect.arrayContaining(['erik.nordberg@example.no'])],
      ['Saksframlegg.docx', 'Planutvalget', expect.arrayContaining(['erik.nordberg@example.no'])],
    ]);
  });

  it('a carried sak exempt as a whole: every linked vedlegg', () => {
    const whole = anItem('whole', { earlierTreatments: [treatment], attachments: [link('a', 'Kart.pdf')], confidentiality: { exempt: { basis: 'offl. § 13' } } });
    expect(carriedExemptFiles({ committee, meeting: aMeeting({ committeeId: 'ks', items: [whole] }) }).map((entry) => entry.ref.fileName)).toEqual(['Kart.pdf']);
  });
});
