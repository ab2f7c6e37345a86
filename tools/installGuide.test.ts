import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../src/config/configFromEnv';
import { contentSecurityPolicy } from '../src/config/securityHeaders';

/*
 * What the IT guides promise the administrator, held to the code she deploys: the hosts the production
 * policy lets a page reach (docs/drift.md §6), and the settings the build reads (README's table).
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');

const realTenant = configFromEnv({
  MOTEBOK_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
  MOTEBOK_AUTHORITY: 'https://login.microsoftonline.com/aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
  MOTEBOK_GRAPH_BASE_URL: 'https://graph.microsoft.com/v1.0',
  MOTEBOK_SITE_ID: 'kommune.sharepoint.com,5c1e7f3a-2b4d-4e6f-8a9c-0b1d2e3f4a5b,9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b',
});

/** The fixed hosts (not the tenant's own Graph, authority and SharePoint) a page may connect to, load scripts or frames from. */
function fixedOrigins(officeJs: boolean): string[] {
  const tenantOwn = new Set(['https://graph.microsoft.com', 'https://login.microsoftonline.com', 'https://kommune.sharepoint.com']);
  const policy = contentSecurityPolicy(realTenant, { forHeader: true, officeJs });
  return policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter(([name]) => name === 'connect-src' || name === 'script-src' || name === 'frame-src')
    .flatMap(([, ...sources]) => sources)
    .filter((source) => /^(https|wss):/.test(source) && !tenantOwn.has(source));
}

describe('docs/drift.md §6 (hosting)', () => {
  it('names every outside host the production pages may reach, and the Outlook page\'s eval', () => {
    const guide = read('docs/drift.md');
    const hosting = guide.slice(guide.indexOf('## 6.'), guide.indexOf('## 7.'));
    const origins = [...new Set([...fixedOrigins(false), ...fixedOrigins(true)])];
    expect(origins.length).toBeGreaterThan(3);
    for (const origin of origins) expect(hosting, origin).toContain(`\`${origin}\``);
    expect(contentSecurityPolicy(realTenant, { forHeader: true, officeJs: true })).toContain("'unsafe-eval'");
    expect(hosting).toContain("`'unsafe-eval'`");
  });
});

describe('README, «Running against a real Microsoft 365 tenant»', () => {
  it('has a row in its table of variables for every MOTEBOK_* setting the build reads', () => {
    const source = read('src/config/configFromEnv.ts');
    const names = new Set([...source.matchAll(/value\('(MOTEBOK_[A-Z_]+)'\)/g)].map((match) => match[1]));
    for (const name of source.match(/TENANT_VARIABLES = \[([^\]]+)\]/)?.[1]?.match(/MOTEBOK_[A-Z_]+/g) ?? []) names.add(name);
    expect(names.size).toBeGreaterThan(5);
    const rows = new Set([...read('README.md').matchAll(/^\| `(MOTEBOK_[A-Z_]+)` \|/gm)].map((match) => match[1]));
    for (const name of names) expect(rows, `${name} mangler i README-tabellen`).toContain(name);
  });
});
