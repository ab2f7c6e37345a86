import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64';

describe('base64', () => {
  it('encodes bytes as standard base64 with padding', () => {
    expect(bytesToBase64(new TextEncoder().encode('ny versjon'))).toBe('bnkgdmVyc2pvbg==');
  });

  it('encodes files larger than one chunk without losing or reordering bytes', () => {
    const bytes = new Uint8Array(0x8000 * 2 + 17).map((_, index) => (index * 31) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });

  it('decodes every byte value back to itself', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, index) => index);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });
});
