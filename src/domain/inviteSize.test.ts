import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { inviteMailFit, unreachableByLinks } from './inviteSize';
import { sentAttachmentMode } from './invitation';
import { CaseNumberSchema, type Committee, type Meeting } from './model';
import { aCommittee, aMeeting, anAttachment, anItem } from './testing/builders';

const MB = 1024 * 1024;
const own = { name: 'Per Christian Voss', email: 'per.christian.voss@siv.example.no' };
const outside = { name: 'Ola Bruker', email: 'ola@brukerorg.example.no' };

function committeeWith(mode: Committee['attachmentMode']): Committee {
  return aCommittee({ attachmentMode: mode, members: [own, outside] });
}

function meetingWith(sizes: number[], exempt: number[] = []): Meeting {
  return aMeeting({
    items: [
      anItem('a', {
        caseNumber: v.parse(CaseNumberSchema, '2026.12'),
        attachments: sizes.map((size, index) =>
          anAttachment(`v${index}`, { number: index + 1, title: `Saksframlegg del ${index + 1}`, driveItemId: `d${index}`, size, ...(exempt.includes(index) ? { exemption: { basis: 'offl. § 14' } } : {}) }),
        ),
      }),
    ],
  });
}

describe('inviteMailFit', () => {
  it('refuses a 43 MB pack: counted as mail encodes it (× 4/3), against 35 MB of 1,048,576 bytes', () => {
    const fit = inviteMailFit(committeeWith('file'), meetingWith([20 * MB, 23 * MB]));
    expect(fit).toMatchObject({ fits: false, attachedBytes: 43 * MB, limitBytes: 35 * 1_048_576, tooLargeFiles: [] });
    expect(fit.encodedBytes).toBe(Math.ceil((43 * MB * 4) / 3));
    expect(fit.reason).toEqual({ key: 'size.totalTooLarge', values: { size: 43, encoded: 57.3, max: 35 } });
  });

  it('lets 26.25 MB through (35 MB once encoded) and refuses one byte more', () => {
    expect(inviteMailFit(committeeWith('file'), meetingWith([26.25 * MB])).fits).toBe(true);
    expect(inviteMailFit(committeeWith('file'), meetingWith([26.25 * MB + 1])).fits).toBe(false);
  });

  it('fits once the send links the vedlegg instead, and for a committee that links, and with a raised limit', () => {
    const meeting = meetingWith([20 * MB, 23 * MB]);
    expect(inviteMailFit(committeeWith('fileAndLink'), meeting, sentAttachmentMode('fileAndLink', false, true))).toMatchObject({ fits: true, attachedBytes: 0 });
    expect(inviteMailFit(committeeWith('link'), meeting).fits).toBe(true);
    expect(inviteMailFit(committeeWith('file'), meeting, 'file', 150 * MB).fits).toBe(true);
  });

  it('names a vedlegg over 150 MB, which no message may carry', () => {
    const fit = inviteMailFit(committeeWith('file'), meetingWith([151 * MB]));
    expect(fit.tooLargeFiles).toEqual(['Vedlegg 1 - Sak 2026.12 Saksframlegg del 1']);
    expect(fit.reason).toMatchObject({ key: 'attachmentRefused', values: { attachment: 'Vedlegg 1 - Sak 2026.12 Saksframlegg del 1' } });
  });

  it('does not count an exempt vedlegg, which the invite never carries', () => {
    expect(inviteMailFit(committeeWith('file'), meetingWith([20 * MB, 23 * MB], [1]))).toMatchObject({ fits: true, attachedBytes: 20 * MB });
  });
});

describe('unreachableByLinks', () => {
  const known = { noAccount: [outside.email.toUpperCase()], notGranted: [] };

  it('names the invitee with no account, who got the files and cannot open the links', () => {
    expect(unreachableByLinks(committeeWith('file'), meetingWith([20 * MB, 23 * MB]), known)).toEqual([{ address: outside.email, name: outside.name }]);
    expect(unreachableByLinks(committeeWith('fileAndLink'), meetingWith([20 * MB]), known)).toEqual([{ address: outside.email, name: outside.name }]);
  });

  it('names nobody when everyone has an account, when the committee links anyway, or when only exempt vedlegg were stored', () => {
    expect(unreachableByLinks(committeeWith('file'), meetingWith([20 * MB]), { noAccount: [], notGranted: [outside.email] })).toEqual([]);
    expect(unreachableByLinks(committeeWith('link'), meetingWith([20 * MB]), known)).toEqual([]);
    expect(unreachableByLinks(committeeWith('file'), meetingWith([20 * MB], [0]), known)).toEqual([]);
  });
});
