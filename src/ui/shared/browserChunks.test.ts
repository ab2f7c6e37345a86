// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { preloadBrowserChunks } from './browserChunks';
import { BROWSER_CHUNKS_META } from './browserChunksMeta.mjs';

const preloads = () => [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((link) => ({ as: link.getAttribute('as'), href: link.href }));

afterEach(() => {
  document.head.innerHTML = '';
});

describe('preloadBrowserChunks', () => {
  it('preloads the chunks the build named for a plain browser, once each, and only from the page’s own origin', () => {
    document.head.innerHTML = `<meta name="${BROWSER_CHUNKS_META}" content="/sign-in.1a.js /9976.2b.js https://elsewhere.example/evil.js //elsewhere.example/x.js">`;
    preloadBrowserChunks();
    preloadBrowserChunks();
    const origin = window.location.origin;
    expect(preloads()).toEqual([
      { as: 'script', href: `${origin}/sign-in.1a.js` },
      { as: 'script', href: `${origin}/9976.2b.js` },
    ]);
  });

  it('does nothing on a page whose build named no such chunk', () => {
    preloadBrowserChunks();
    expect(preloads()).toEqual([]);
  });
});
