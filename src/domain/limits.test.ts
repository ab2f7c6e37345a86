import { describe, expect, it } from 'vitest';
import {
  DEFAULT_UPLOAD_CHUNK_BYTES,
  EVENT_ATTACHMENT_UPLOAD_SESSION_MAX_BYTES,
  formatFileSize,
  formatMegabytes,
  INLINE_ATTACHMENT_MAX_BYTES,
  UPLOAD_CHUNK_MAX_BYTES,
  UPLOAD_CHUNK_MULTIPLE_BYTES,
  validateAttachmentSize,
  validateInviteTotalSize,
} from './limits';

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
      message: 'Filen er 212,4 MB. Vedlegg til innkallingen kan være høyst 150,0 MB. Del filen som lenke i stedet.',
    });
  });

  it('says so in nynorsk for a nynorsk committee', () => {
    const check = validateAttachmentSize(200 * MB, 'nn');
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toBe('Fila er 200,0 MB. Vedlegg til innkallinga kan vere høgst 150,0 MB. Del fila som lenkje i staden.');
  });

  it('refuses empty files and nonsense sizes', () => {
    expect(validateAttachmentSize(0)).toMatchObject({ ok: false, code: 'emptyFile' });
    expect(validateAttachmentSize(-1)).toMatchObject({ ok: false, code: 'invalidSize' });
    expect(validateAttachmentSize(Number.NaN)).toMatchObject({ ok: false, code: 'invalidSize' });
    expect(validateAttachmentSize(1.5)).toMatchObject({ ok: false, code: 'invalidSize' });
  });
});

describe('upload chunks', () => {
  it('uses a default chunk that Graph accepts: a multiple of 320 KiB under 60 MiB', () => {
    expect(UPLOAD_CHUNK_MULTIPLE_BYTES).toBe(320 * 1024);
    expect(DEFAULT_UPLOAD_CHUNK_BYTES % UPLOAD_CHUNK_MULTIPLE_BYTES).toBe(0);
    expect(DEFAULT_UPLOAD_CHUNK_BYTES).toBeLessThan(UPLOAD_CHUNK_MAX_BYTES);
  });
});

describe('formatMegabytes', () => {
  it('uses a decimal comma', () => {
    expect(formatMegabytes(3 * MB)).toBe('3,0 MB');
    expect(formatMegabytes(1.25 * MB)).toMatch(/^1,[23] MB$/);
  });
});

describe('formatFileSize', () => {
  it('shows files under a megabyte in kilobytes, never as 0,0 MB', () => {
    expect(formatFileSize(850 * 1024)).toBe('850 kB');
    expect(formatFileSize(40_000)).toBe('39 kB');
    expect(formatFileSize(200)).toBe('1 kB');
    expect(formatFileSize(0)).toBe('0 kB');
  });
  it('shows a megabyte and more with one decimal and a decimal comma', () => {
    expect(formatFileSize(1.2 * MB)).toBe('1,2 MB');
    expect(formatFileSize(MB - 100)).toBe('1,0 MB');
    expect(formatFileSize(10 * MB)).toBe('10,0 MB');
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
      message: 'Vedleggene er til sammen 30,0 MB. E-post kan som standard være høyst 35,0 MB, så innkallingen kan bli avvist. Del store vedlegg som lenker.',
    });
    expect(validateInviteTotalSize(30 * MB, 'nb', 150 * MB)).toEqual({ ok: true });
    const nn = validateInviteTotalSize(30 * MB, 'nn');
    expect(nn.ok).toBe(false);
    if (!nn.ok) expect(nn.message).toContain('Vedlegga er til saman 30,0 MB');
  });
});
