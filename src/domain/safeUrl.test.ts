import { describe, expect, it } from 'vitest';
import { isSafeUrl, safeLinkUrl } from './safeUrl';

describe('the one safe-URL rule', () => {
  it('accepts https addresses, and mailto only for links', () => {
    expect(isSafeUrl('https://contoso.sharepoint.com/sites/helse/Delte%20dokumenter/Referat.docx')).toBe(true);
    expect(isSafeUrl('mailto:utviklingsplan@siv.no')).toBe(false);
    expect(isSafeUrl('mailto:utviklingsplan@siv.no', { allowMailto: true })).toBe(true);
    expect(safeLinkUrl('mailto:utviklingsplan@siv.no')).toBe('mailto:utviklingsplan@siv.no');
  });

  it('refuses data, vbscript, file, javascript and plain http addresses', () => {
    for (const url of ['data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///C:/Windows/system32/calc.exe', 'javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'http://example.no/', 'https:///x', '//example.no', '/relative']) {
      expect(isSafeUrl(url, { allowMailto: true }), url).toBe(false);
      expect(safeLinkUrl(url), url).toBeUndefined();
    }
  });

  it('refuses addresses with spaces or control characters anywhere, rather than trimming them', () => {
    for (const url of [' https://example.no', 'https://example.no ', 'java\tscript:alert(1)', 'https://exa\u0000mple.no', 'https://exa mple.no']) {
      expect(isSafeUrl(url), JSON.stringify(url)).toBe(false);
    }
  });

  it('accepts plain http only on the loopback address, where the local tenant serves SharePoint', () => {
    expect(isSafeUrl('http://127.0.0.1:4100/sites/helse/Delte%20dokumenter/a.docx')).toBe(true);
    expect(isSafeUrl('http://localhost:4100/x')).toBe(true);
    expect(isSafeUrl('http://localhost.evil.example/x')).toBe(false);
    expect(isSafeUrl('http://127.0.0.1.evil.example/x')).toBe(false);
  });
});
