import { describe, expect, it } from 'vitest';
import { extractBlock, replaceBlock } from './agendaBlock';

const markers = { start: '<!--S-->', end: '<!--E-->' };

describe('replaceBlock', () => {
  it('puts the block at the top of <body> when the body has none, keeping the organiser text after it', () => {
    const out = replaceBlock('<html><body class="x"><p>Hei alle</p></body></html>', '<!--S-->A<!--E-->', markers);
    expect(out).toBe('<html><body class="x"><!--S-->A<!--E--><p>Hei alle</p></body></html>');
  });

  it('replaces only the block on the second insert, leaving text before and after byte for byte', () => {
    const body = '<p>Før</p><!--S-->gammel<!--E--><p>Etter &amp; mer</p>';
    expect(replaceBlock(body, '<!--S-->ny<!--E-->', markers)).toBe('<p>Før</p><!--S-->ny<!--E--><p>Etter &amp; mer</p>');
  });

  it('treats a start marker without its end as no block, so nothing the organiser wrote is cut away', () => {
    const body = '<p>Før</p><!--S--><p>Etter</p>';
    expect(extractBlock(body, markers)).toBeUndefined();
    expect(replaceBlock(body, '<!--S-->ny<!--E-->', markers)).toBe('<!--S-->ny<!--E--><p>Før</p><!--S--><p>Etter</p>');
  });

  it('refuses a block without its markers', () => {
    expect(() => replaceBlock('<p/>', '<p>x</p>', markers)).toThrow();
  });
});
