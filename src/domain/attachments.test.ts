import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  attachmentFileName,
  attachmentLabel,
  caseMemoFileName,
  GENERATED_NAME_MAX_LENGTH,
  innkallingFileName,
  meetingFolderPath,
  numberAttachments,
  recordTitle,
  referatFileName,
} from './attachments';
import { validateFileName, validateFolderPath } from './fileNames';
import { CaseNumberSchema } from './model';
import { defaultConventions } from './conventions';
import { aClosingRow, aCommittee, aMeeting, anAttachment, anItem } from './testing/builders';

const committee = aCommittee();
const meeting2026 = aMeeting({ date: '2026-06-11' });
const meeting2025 = aMeeting({ date: '2025-06-05' });
const cn = (text: string) => v.parse(CaseNumberSchema, text);

describe('numberAttachments', () => {
  it('numbers vedlegg 1, 2, 3 … across the whole meeting in agenda order', () => {
    const items = numberAttachments([
      anItem('a', { attachments: [] }),
      anItem('b', { attachments: [anAttachment('x')] }),
      anItem('c', { attachments: [anAttachment('y'), anAttachment('z')] }),
      aClosingRow(),
    ]);
    expect(items.flatMap((item) => item.attachments.map((a) => [item.id, a.id, a.number]))).toEqual([
      ['b', 'x', 1],
      ['c', 'y', 2],
      ['c', 'z', 3],
    ]);
  });

  it('follows a new agenda order after an item is moved', () => {
    const b = anItem('b', { attachments: [anAttachment('x', { number: 1 })] });
    const c = anItem('c', { attachments: [anAttachment('y', { number: 2 })] });
    expect(numberAttachments([c, b]).map((item) => item.attachments[0]!.number)).toEqual([1, 2]);
  });
});

describe('numberAttachments after the notice', () => {
  it('keeps given numbers and continues after the highest', () => {
    const items = numberAttachments(
      [anItem('b', { attachments: [anAttachment('x', { number: 2 }), anAttachment('new')] }), anItem('c', { attachments: [anAttachment('y', { number: 1 })] })],
      true,
    );
    expect(items.flatMap((item) => item.attachments.map((a) => [a.id, a.number]))).toEqual([
      ['x', 2],
      ['new', 3],
      ['y', 1],
    ]);
  });
});

describe('attachmentLabel', () => {
  it('writes the label as in the 2026 innkalling', () => {
    const item = anItem('b', { caseNumber: cn('2026.02') });
    const attachment = anAttachment('x', { number: 1, title: 'Referat fra partnerskapsmøtet 05.06.25' });
    expect(attachmentLabel(attachment, item)).toBe('Vedlegg 1 - Sak 2026.02 Referat fra partnerskapsmøtet 05.06.25');
  });

  it('leaves out what is not known yet', () => {
    expect(attachmentLabel(anAttachment('x', { title: 'Oversikt' }), anItem('b'))).toBe('Vedlegg - Oversikt');
  });

  it('does not write "Sak" twice when the case number format already starts with a word', () => {
    const attachment = anAttachment('x', { number: 1, title: 'Budsjett' });
    expect(attachmentLabel(attachment, anItem('b', { caseNumber: cn('Sak 03-26') }))).toBe('Vedlegg 1 - Sak 03-26 Budsjett');
    expect(attachmentLabel(attachment, anItem('b', { caseNumber: cn('PS 12/24') }))).toBe('Vedlegg 1 - PS 12/24 Budsjett');
    expect(attachmentLabel(attachment, anItem('b', { caseNumber: cn('33/09') }))).toBe('Vedlegg 1 - Sak 33/09 Budsjett');
  });
});

describe('file names Møtebok builds', () => {
  it('names the saksframlegg as in the 2025 pack', () => {
    const item = anItem('d', { caseNumber: cn('2025.04'), title: 'Status handlingsplan 2025' });
    expect(caseMemoFileName(item, committee, meeting2025)).toBe('2025.04 Saksgrunnlag Status handlingsplan 2025 PM 05.06.25.docx');
  });

  it('names the innkalling and the referat after the committee and the short date', () => {
    expect(innkallingFileName(committee, meeting2026)).toBe('Innkalling Partnerskapsmøtet 11.06.26.docx');
    expect(referatFileName(committee, meeting2026)).toBe('Referat Partnerskapsmøtet 11.06.26.docx');
    expect(referatFileName(committee, meeting2026, 'pdf')).toBe('Referat Partnerskapsmøtet 11.06.26.pdf');
  });

  it('names the record file by the committee\'s own word for it (a board\'s «Protokoll», a kommunestyre\'s «Møteprotokoll»)', () => {
    const board = { ...committee, name: 'Styret i Sykehuset Nordfjell HF', conventions: { ...defaultConventions(), minutes: 'protokoll' as const } };
    expect(referatFileName(board, meeting2026)).toBe('Protokoll Styret i Sykehuset Nordfjell HF 11.06.26.docx');
    const council = { ...committee, languageForm: 'nn' as const, conventions: { ...defaultConventions(), minutes: 'moteprotokoll' as const } };
    expect(referatFileName(council, meeting2026, 'pdf')).toBe('Møteprotokoll Partnerskapsmøtet 11.06.26.pdf');
  });

  it('heads the record «Protokoll fra møte i …» when the committee says so, as a brukerutvalg\'s protokoll reads (nynorsk «frå møte i»), and names its file alike', () => {
    const council = { ...committee, name: 'Brukerutvalget i Helse Nordfjell HF', conventions: { ...defaultConventions(), minutes: 'protokoll' as const, recordFromMeeting: true } };
    expect(recordTitle(council, meeting2026)).toBe('Protokoll fra møte i Brukerutvalget i Helse Nordfjell HF 11.06.26');
    expect(referatFileName(council, meeting2026)).toBe('Protokoll fra møte i Brukerutvalget i Helse Nordfjell HF 11.06.26.docx');
    const brukarutval = { ...council, name: 'Brukarutvalet i Helse Nordfjell HF', languageForm: 'nn' as const };
    expect(recordTitle(brukarutval, meeting2026)).toBe('Protokoll frå møte i Brukarutvalet i Helse Nordfjell HF 11.06.26');
    expect(recordTitle({ ...council, conventions: { ...council.conventions, recordFromMeeting: undefined } }, meeting2026)).toBe('Protokoll Brukerutvalget i Helse Nordfjell HF 11.06.26');
  });

  it('stores an uploaded vedlegg under its label, keeping the uploaded file\'s extension', () => {
    const item = anItem('c', { caseNumber: cn('2026.03') });
    const attachment = anAttachment('y', { number: 2, fileName: 'status.xlsx', title: 'Oversikt status handlingsplan 2026' });
    expect(attachmentFileName(attachment, item)).toBe('Vedlegg 2 - Sak 2026.03 Oversikt status handlingsplan 2026.xlsx');
  });

  it('does not double the extension when the title already ends with it', () => {
    const attachment = anAttachment('y', { number: 1, fileName: 'plan.pdf', title: 'Utviklingsplan.pdf' });
    expect(attachmentFileName(attachment, anItem('c', { caseNumber: cn('2026.06') }))).toBe('Vedlegg 1 - Sak 2026.06 Utviklingsplan.pdf');
  });

  it('makes item titles with colons and slashes safe instead of failing, because these names are ours', () => {
    const item = anItem('x', { caseNumber: cn('2026.05'), title: 'Riksrevisjonen: samhandling om eldre 2025/2026?' });
    const name = caseMemoFileName(item, committee, meeting2026);
    expect(name).toBe('2026.05 Saksgrunnlag Riksrevisjonen - samhandling om eldre 2025-2026- PM 11.06.26.docx');
    expect(validateFileName(name).ok).toBe(true);
  });

  it('shortens a very long title so the whole path stays within SharePoint\'s limit', () => {
    const item = anItem('x', { caseNumber: cn('2026.05'), title: 'Lang tittel '.repeat(40) });
    const name = caseMemoFileName(item, committee, meeting2026);
    expect([...name].length).toBeLessThanOrEqual(GENERATED_NAME_MAX_LENGTH);
    expect(name.startsWith('2026.05 Saksgrunnlag Lang tittel')).toBe(true);
    expect(name.endsWith('… PM 11.06.26.docx')).toBe(true);
    expect(validateFileName(name).ok).toBe(true);
  });

  it('puts each meeting in a dated folder under its committee', () => {
    expect(meetingFolderPath(committee, meeting2026)).toBe('Partnerskapsmøtet/2026-06-11 PM');
  });

  it('makes a committee name with a slash into one valid folder', () => {
    const odd = aCommittee({ name: 'Helse/omsorg: fagutvalg', shortName: 'HO' });
    const path = meetingFolderPath(odd, meeting2026);
    expect(path).toBe('Helse-omsorg - fagutvalg/2026-06-11 HO');
    expect(validateFolderPath(path).ok).toBe(true);
  });
});
