import { describe, expect, it } from 'vitest';
import { canonicalJson, decodeMeetingVersion, encodeVersion, hashFields } from './rowVersion';

describe('row versions', () => {
  it('hashes equal field sets equally whatever their key order', () => {
    expect(hashFields({ a: 1, b: { c: [1, 2], d: 'x' } })).toBe(hashFields({ b: { d: 'x', c: [1, 2] }, a: 1 }));
    expect(canonicalJson({ b: 1, a: { d: 2, c: undefined } })).toBe('{"a":{"d":2},"b":1}');
  });

  it('changes the hash when any value changes', () => {
    const base = { Title: 'Sak', MotebokJson: '{"conclusion":[]}' };
    expect(hashFields(base)).not.toBe(hashFields({ ...base, MotebokJson: '{"conclusion":["Godkjent."]}' }));
    expect(hashFields({ SortOrder: 1 })).not.toBe(hashFields({ SortOrder: 2 }));
  });

  it('round-trips a meeting version and rejects a malformed one', () => {
    const version = { m: { r: '1', e: '"a,1"', h: 'x' }, i: { item1: { r: '2', h: 'y' } } };
    expect(decodeMeetingVersion(encodeVersion(version))).toEqual(version);
    expect(() => decodeMeetingVersion('{"m":{}}')).toThrow();
  });
});
