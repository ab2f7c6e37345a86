import { describe, expect, it } from 'vitest';
import { escapeHtml, safeHref } from './escapeHtml';

describe('escapeHtml', () => {
  it('escapes the five characters that can open markup or leave an attribute', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });

  it('escapes an ampersand once, so an already-escaped entity stays visible as typed', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });

  it('leaves Norwegian letters and typographic quotes alone', () => {
    expect(escapeHtml('Prosjekt X – “Én vei inn” æøå ÆØÅ «sitat»')).toBe('Prosjekt X – “Én vei inn” æøå ÆØÅ «sitat»');
  });
});

describe('safeHref', () => {
  it('accepts https and mailto addresses, escaped for an attribute', () => {
    expect(safeHref('https://example.no/a?b=1&c="2"')).toBe('https://example.no/a?b=1&amp;c=&quot;2&quot;');
    expect(safeHref('mailto:utviklingsplan@siv.no')).toBe('mailto:utviklingsplan@siv.no');
  });

  it('refuses script, data and relative addresses and addresses with hidden whitespace', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', '/relative', ' https://example.no', 'java\tscript:alert(1)', 'https://exa mple.no', 'https:///x', 'http://example.no/', 'file:///C:/x', 'FILE://server/share']) {
      expect(safeHref(url), url).toBeUndefined();
    }
  });
});
