import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BODY_ALLOWANCE_BYTES, inviteCarriedBytes, inviteMailFit, LINK_ALLOWANCE_BYTES, unreachableByLinks, withSizes } from './inviteSize';
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

  it('counts what the message carries besides (the innkalling and the body) with the vedlegg: at the edge, they tip it', () => {
    // 26.25 MB stored is 35 MB encoded: the vedlegg alone fit exactly, and 30 kB more do not.
    const edge = meetingWith([26.25 * MB - 30 * 1024]);
    expect(inviteMailFit(committeeWith('file'), edge).fits).toBe(true);
    const fit = inviteMailFit(committeeWith('file'), edge, 'file', undefined, 31 * 1024);
    expect(fit).toMatchObject({ fits: false, attachedBytes: 26.25 * MB - 30 * 1024, carriedBytes: 31 * 1024, reason: { key: 'size.totalTooLarge' } });
    expect(fit.encodedBytes).toBe(Math.ceil((26.25 * MB + 1024) * (4 / 3)));
    expect(inviteMailFit(committeeWith('file'), edge, 'file', undefined, 30 * 1024).fits).toBe(true);
  });

  it('plans by the limit the build sets (an administrator raised MaxSendSize)', () => {
    expect(inviteMailFit(committeeWith('file'), meetingWith([30 * MB]), 'file', 50 * MB, 64 * 1024)).toMatchObject({ fits: true, limitBytes: 50 * MB });
    expect(inviteMailFit(committeeWith('file'), meetingWith([38 * MB]), 'file', 50 * MB)).toMatchObject({ fits: false, reason: { values: { max: 50 } } });
  });
});

describe('inviteCarriedBytes', () => {
  it('is the .docx as made, the body in UTF-8 bytes (ø is two), room for the Teams block, and one allowance per link not yet made', () => {
    expect(inviteCarriedBytes(20_000, '<p>Møte</p>', 3)).toBe(20_000 + 12 + BODY_ALLOWANCE_BYTES + 3 * LINK_ALLOWANCE_BYTES);
    expect(inviteCarriedBytes(0, '')).toBe(BODY_ALLOWANCE_BYTES);
  });
});

describe('withSizes', () => {
  it('gives each vedlegg the size the library has now, and leaves the others as they were', () => {
    const meeting = meetingWith([2 * MB, 3 * MB]);
    const sized = withSizes(meeting, { v0: 30 * MB });
    expect(sized.items[0]?.attachments.map((a) => a.size)).toEqual([30 * MB, 3 * MB]);
    expect(meeting.items[0]?.attachments[0]?.size).toBe(2 * MB);
    expect(inviteMailFit(committeeWith('file'), sized).fits).toBe(false);
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
