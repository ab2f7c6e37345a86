// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { preloadBrowserChunks } from './browserChunks';
import { BROWSER_CHUNKS_META, BROWSER_PRECONNECT_META } from './browserChunksMeta.mjs';

const preconnects = () => [...document.querySelectorAll<HTMLLinkElement>('link[rel="preconnect"]')].map((link) => ({ href: link.href, crossOrigin: link.crossOrigin }));
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

  it('preconnects, anonymously and once, to the https origins the build named for a plain browser (the sign-in authority)', () => {
    document.head.innerHTML = `<link rel="preconnect" href="https://graph.example" crossorigin><meta name="${BROWSER_PRECONNECT_META}" content="https://login.example https://graph.example http://plain.example nonsense">`;
    preloadBrowserChunks();
    preloadBrowserChunks();
    expect(preconnects()).toEqual([
      { href: 'https://graph.example/', crossOrigin: '' },
      { href: 'https://login.example/', crossOrigin: 'anonymous' },
    ]);
  });

  it('preconnects to nothing on a page whose build named no origin', () => {
    document.head.innerHTML = `<meta name="${BROWSER_CHUNKS_META}" content="/sign-in.1a.js">`;
    preloadBrowserChunks();
    expect(preconnects()).toEqual([]);
  });
});
