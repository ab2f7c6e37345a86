// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { prefetchChunksNamedIn, preloadBrowserChunks, preloadChunksNamedIn, runChunksNamedIn } from './browserChunks';
import { BROWSER_CHUNKS_META } from './browserChunksMeta.mjs';

const linked = (rel: string) => [...document.querySelectorAll<HTMLLinkElement>(`link[rel="${rel}"]`)].map((link) => ({ as: link.getAttribute('as'), href: link.href }));
const preloads = () => linked('preload');

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

describe('prefetchChunksNamedIn', () => {
  it('prefetches the chunks a page may need soon, once each, only from its own origin, without preloading them', () => {
    document.head.innerHTML = '<meta name="motebok-referent-chunks" content="/side-panel-recorder.1a.js /editor-shared.2b.js https://elsewhere.example/evil.js">';
    prefetchChunksNamedIn('motebok-referent-chunks');
    prefetchChunksNamedIn('motebok-referent-chunks');
    const origin = window.location.origin;
    expect(linked('prefetch')).toEqual([
      { as: 'script', href: `${origin}/side-panel-recorder.1a.js` },
      { as: 'script', href: `${origin}/editor-shared.2b.js` },
    ]);
    expect(preloads()).toEqual([]);
  });

  it('leaves a later preload of the same chunks to be made, when the page needs them after all', () => {
    document.head.innerHTML = '<meta name="motebok-referent-chunks" content="/side-panel-recorder.1a.js">';
    prefetchChunksNamedIn('motebok-referent-chunks');
    preloadChunksNamedIn('motebok-referent-chunks');
    expect(linked('prefetch')).toHaveLength(1);
    expect(preloads()).toEqual([{ as: 'script', href: `${window.location.origin}/side-panel-recorder.1a.js` }]);
  });
});

describe('runChunksNamedIn', () => {
  const scripts = () => [...document.querySelectorAll<HTMLScriptElement>('script')].map((script) => script.getAttribute('src'));

  it('runs the files the build named (a script each, inserted: async), in their order, each at the address webpack’s loader looks for, so an import() made meanwhile takes the element for its own', () => {
    document.head.innerHTML = '<meta name="motebok-referent-chunks" content=" /side-panel-recorder.1a.js  /editor-shared.2b.js ">';
    runChunksNamedIn('motebok-referent-chunks');
    expect(scripts()).toEqual(['/side-panel-recorder.1a.js', '/editor-shared.2b.js']);
  });

  it('takes out the element of a file that failed, so a later import() fetches it itself rather than wait on it', () => {
    document.head.innerHTML = '<meta name="motebok-referent-chunks" content="/side-panel-recorder.1a.js /editor-shared.2b.js">';
    runChunksNamedIn('motebok-referent-chunks');
    document.querySelector('script[src="/editor-shared.2b.js"]')?.dispatchEvent(new Event('error'));
    expect(scripts()).toEqual(['/side-panel-recorder.1a.js']);
  });

  it('leaves the files’ prefetch links as they were and preloads nothing; without the meta it runs nothing', () => {
    document.head.innerHTML = '<meta name="motebok-referent-chunks" content="/side-panel-recorder.1a.js /editor-shared.2b.js">';
    prefetchChunksNamedIn('motebok-referent-chunks');
    runChunksNamedIn('motebok-referent-chunks');
    expect(linked('prefetch')).toHaveLength(2);
    expect(preloads()).toEqual([]);
    document.head.innerHTML = '';
    runChunksNamedIn('motebok-referent-chunks');
    expect(scripts()).toEqual([]);
  });
});
