import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import devValidOriginsLoader, { CDN_URL, VALID_ORIGINS_PATH } from './devValidOriginsLoader.mjs';

const CONSTANTS = new URL('../../../node_modules/@microsoft/teams-js/dist/esm/packages/teams-js/src/internal/constants.js', import.meta.url);
const context = { resourcePath: CONSTANTS.pathname };

describe('teams-js valid-origins list in development builds', () => {
  it("points the installed teams-js at the app's own copy of the list instead of Microsoft's CDN", () => {
    const source = readFileSync(CONSTANTS, 'utf8');
    expect(source).toContain(CDN_URL);
    const loaded = devValidOriginsLoader.call(context, source);
    expect(loaded).not.toContain('res.cdn.office.net');
    expect(loaded).toContain(`new URL("${VALID_ORIGINS_PATH}", self.location.href)`);
    // Only the URL changes: the rest of the module (fallback list, timeout) is as shipped.
    expect(loaded.replace(`new URL("${VALID_ORIGINS_PATH}", self.location.href)`, `new URL("${CDN_URL}")`)).toBe(source);
  });

  it('fails the build when a teams-js upgrade moved the URL, rather than quietly using the CDN again', () => {
    expect(() => devValidOriginsLoader.call(context, 'const f = new URL("https://example.org/list.json");')).toThrow(/not found/);
  });
});
