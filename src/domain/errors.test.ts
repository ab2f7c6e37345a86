import { describe, expect, it } from 'vitest';
import { DomainError, isDomainError } from './errors';

describe('DomainError', () => {
  it('carries a code and a Norwegian message the UI can show as it is', () => {
    const error = new DomainError('itemNotFound', 'Fant ikke saken.');
    expect(error.code).toBe('itemNotFound');
    expect(error.message).toBe('Fant ikke saken.');
    expect(error.name).toBe('DomainError');
    expect(error).toBeInstanceOf(Error);
  });

  it('tells expected failures apart from bugs', () => {
    expect(isDomainError(new DomainError('emptyTitle', 'Saken må ha en tittel.'))).toBe(true);
    expect(isDomainError(new TypeError('undefined is not a function'))).toBe(false);
    expect(isDomainError('a string')).toBe(false);
  });
});
