// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { STARTUP_CHUNKS_META } from './browserChunksMeta.mjs';

describe('startupChunksEarly', () => {
  it('preloads, at low priority, the start-up chunks the HTML names for the entry, the moment it is evaluated', async () => {
    document.head.innerHTML = `<meta name="${STARTUP_CHUNKS_META}" content="/graph.1a.js /stage-app.2b.js">`;
    await import('./startupChunksEarly');
    const origin = window.location.origin;
    expect([...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((link) => [link.getAttribute('as'), link.getAttribute('fetchpriority'), link.href])).toEqual([
      ['script', 'low', `${origin}/graph.1a.js`],
      ['script', 'low', `${origin}/stage-app.2b.js`],
    ]);
  });
});
