import { describe, expect, it } from 'vitest';
import { EVENT_ATTACHMENT_UPLOAD_SESSION_MAX_BYTES, INLINE_ATTACHMENT_MAX_BYTES } from './limits';
import { validateAttachmentSize, validateInviteTotalSize } from './attachmentSize';

const MB = 1024 * 1024;

describe('validateAttachmentSize', () => {
  it('attaches small files in one request and larger ones through an upload session', () => {
    expect(validateAttachmentSize(1)).toEqual({ ok: true, upload: 'inline' });
    expect(validateAttachmentSize(INLINE_ATTACHMENT_MAX_BYTES - 1)).toEqual({ ok: true, upload: 'inline' });
    expect(validateAttachmentSize(INLINE_ATTACHMENT_MAX_BYTES)).toEqual({ ok: true, upload: 'uploadSession' });
    expect(validateAttachmentSize(EVENT_ATTACHMENT_UPLOAD_SESSION_MAX_BYTES)).toEqual({ ok: true, upload: 'uploadSession' });
  });

  it('refuses a file over 150 MB, saying its size and suggesting a link', () => {
    expect(validateAttachmentSize(EVENT_ATTACHMENT_UPLOAD_SESSION_MAX_BYTES + 1)).toMatchObject({ ok: false, code: 'tooLargeForInvite' });
    const check = validateAttachmentSize(Math.round(212.4 * MB));
    expect(check).toEqual({
      ok: false,
      code: 'tooLargeForInvite',
      reason: { key: 'size.tooLarge', values: { size: 212.4, max: 150 } },
    });
  });

  it('refuses empty files and nonsense sizes', () => {
    expect(validateAttachmentSize(0)).toMatchObject({ ok: false, code: 'emptyFile' });
    expect(validateAttachmentSize(-1)).toMatchObject({ ok: false, code: 'invalidSize' });
    expect(validateAttachmentSize(Number.NaN)).toMatchObject({ ok: false, code: 'invalidSize' });
    expect(validateAttachmentSize(1.5)).toMatchObject({ ok: false, code: 'invalidSize' });
  });
});

describe('validateInviteTotalSize', () => {
  it('accepts vedlegg that fit in a default Exchange message after encoding', () => {
    expect(validateInviteTotalSize(20 * MB)).toEqual({ ok: true });
    expect(validateInviteTotalSize(26.25 * MB)).toEqual({ ok: true });
  });

  it('warns when the encoded invitation would pass 35 MB, and respects a raised limit', () => {
    expect(validateInviteTotalSize(30 * MB)).toEqual({
      ok: false,
      code: 'inviteTooLarge',
      reason: { key: 'size.totalTooLarge', values: { size: 30, encoded: 40, max: 35 } },
    });
    expect(validateInviteTotalSize(30 * MB, 150 * MB)).toEqual({ ok: true });
  });
});
