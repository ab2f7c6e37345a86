import { describe, expect, it } from 'vitest';
import { aMeeting, anItem, anAttachment } from '../../domain/testing/builders';
import { checkUpload, titleFromFileName, withAttachment, withoutAttachment } from './attachmentUpload';

describe('checkUpload', () => {
  it('accepts an ordinary file name and size', () => {
    expect(checkUpload('Handlingsplan 2026.pdf', 200_000, 'fileAndLink')).toEqual({ ok: true, fileName: 'Handlingsplan 2026.pdf' });
  });

  it('explains a name SharePoint refuses and suggests a safe one', () => {
    const check = checkUpload('Referat: PM 05.06.25?.pdf', 1000, 'file');
    expect(check.ok).toBe(false);
    if (check.ok || check.reason !== 'name') throw new Error('expected a name problem');
    expect(check.problems.map((problem) => problem.code)).toContain('forbiddenCharacter');
    expect(check.problems[0]?.reason).toMatchObject({ key: 'fileName.forbiddenCharacter', values: { character: ':' } });
    expect(check.suggestion).not.toMatch(/[:?]/);
    expect(checkUpload(check.suggestion, 1000, 'file').ok).toBe(true);
  });

  it('refuses a file too large for the invite when vedlegg go as files, saying its size and the limit', () => {
    const check = checkUpload('Film.mp4', 200 * 1024 * 1024, 'fileAndLink');
    expect(check).toMatchObject({ ok: false, reason: 'size' });
    if (check.ok || check.reason !== 'size') throw new Error('expected a size problem');
    expect(check.size).toEqual({ key: 'size.tooLarge', values: { size: 200, max: 150 } });
  });

  it('lets a large file through when vedlegg are shared only as links', () => {
    expect(checkUpload('Film.mp4', 200 * 1024 * 1024, 'link').ok).toBe(true);
  });

  it('refuses an empty file', () => {
    expect(checkUpload('tom.pdf', 0, 'file')).toMatchObject({ ok: false, reason: 'size' });
  });
});

describe('attachments on items', () => {
  it('numbers vedlegg across the agenda in order', () => {
    const meeting = aMeeting({ items: [anItem('a', { attachments: [anAttachment('x')] }), anItem('b')] });
    const withB = withAttachment(meeting, 'b', { fileName: 'Budsjett.xlsx', driveItemId: 'd1', size: 10 }, 'y');
    const withA = withAttachment(withB, 'a', { fileName: 'Notat.pdf', driveItemId: 'd2', size: 10 }, 'z');
    expect(withA.items.flatMap((item) => item.attachments.map((a) => [a.id, a.number, a.title]))).toEqual([
      ['x', 1, 'Vedlegg x'],
      ['z', 2, 'Notat'],
      ['y', 3, 'Budsjett'],
    ]);
    expect(withoutAttachment(withA, 'a', 'x').items.flatMap((item) => item.attachments.map((a) => a.number))).toEqual([1, 2]);
  });

  it('keeps numbers that went out with the notice', () => {
    const meeting = aMeeting({ status: 'noticeSent', items: [anItem('a', { attachments: [anAttachment('x', { number: 1 }), anAttachment('w', { number: 2 })] })] });
    const removed = withoutAttachment(meeting, 'a', 'x');
    expect(removed.items[0]?.attachments.map((a) => a.number)).toEqual([2]);
    expect(withAttachment(removed, 'a', { fileName: 'Ny.pdf' }, 'n').items[0]?.attachments.map((a) => a.number)).toEqual([2, 3]);
  });

  it('takes the title from the file name without its extension', () => {
    expect(titleFromFileName('Referat PM 05.06.25.pdf')).toBe('Referat PM 05.06.25');
    expect(titleFromFileName('.pdf')).toBe('.pdf');
  });
});
