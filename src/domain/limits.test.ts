import { describe, expect, it } from 'vitest';
import {
  DEFAULT_UPLOAD_CHUNK_BYTES,
  formatFileSize,
  formatMegabytes,
  UPLOAD_CHUNK_MAX_BYTES,
  UPLOAD_CHUNK_MULTIPLE_BYTES,
} from './limits';

const MB = 1024 * 1024;

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

