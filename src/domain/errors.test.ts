import { describe, expect, it } from 'vitest';
import { DomainError, isDomainError } from './errors';

describe('DomainError', () => {
  it('carries a code and its reason as data, with a language-free line for logs', () => {
    const error = new DomainError('itemAlreadySent', { key: 'sentItemNotRemovable', values: { item: '2026.03' } });
    expect(error.code).toBe('itemAlreadySent');
    expect(error.reason).toEqual({ key: 'sentItemNotRemovable', values: { item: '2026.03' } });
    expect(error.message).toBe('sentItemNotRemovable item=2026.03');
    expect(new DomainError('invalidFileName', { key: 'fileName.problems', values: { problems: [{ key: 'fileName.empty' }, { key: 'fileName.tooLong', values: { length: 256, max: 255 } }] } }).message).toBe(
      'fileName.problems problems=fileName.empty; fileName.tooLong length=256 max=255',
    );
    expect(error.name).toBe('DomainError');
    expect(error).toBeInstanceOf(Error);
  });

  it('tells expected failures apart from bugs', () => {
    expect(isDomainError(new DomainError('itemNotFound', { key: 'itemNotFound' }))).toBe(true);
    expect(isDomainError(new TypeError('undefined is not a function'))).toBe(false);
    expect(isDomainError('a string')).toBe(false);
  });
});
