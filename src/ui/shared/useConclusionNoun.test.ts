// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { defaultConventions, wordingOf } from '../../domain/conventions';
import { useConclusionNoun } from './useConclusionNoun';

// The saksgang's chunk cannot be fetched (a new deployment removed it, the network dropped): the import rejects.
vi.mock('../../domain/caseRoute', () => {
  throw new Error('Loading chunk case-route-words failed');
});

afterEach(() => cleanup());

describe('the conclusion’s word on a screen', () => {
  it('stays the committee’s own word when the saksgang’s code cannot be fetched, without an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const words = wordingOf({ ...defaultConventions(), conclusion: 'vedtak' }, 'nb');
      const item = { caseNumber: { year: 2026, serial: 3 }, caseRoute: [{ body: 'Kommunestyret' }] } as unknown as Parameters<typeof useConclusionNoun>[0];
      const { result } = renderHook(() => useConclusionNoun(item, { name: 'Formannskapet' }, words));
      // Let the failed import settle (a rejection is reported unhandled once the microtasks after it have run).
      await new Promise((resolve) => setTimeout(resolve, 50));
      await waitFor(() => expect(result.current.word).toBe('Vedtak'));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
