import { describe, expect, it } from 'vitest';
import { configFromEnv } from './configFromEnv';
import { connectionHints } from './connectionHints';
import { contentSecurityPolicy } from './securityHeaders';

const realTenant = configFromEnv({
  MOTEBOK_CLIENT_ID: '11111111-2222-4333-8444-555555555555',
  MOTEBOK_AUTHORITY: 'https://login.microsoftonline.com/aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
  MOTEBOK_GRAPH_BASE_URL: 'https://graph.microsoft.com/v1.0',
  MOTEBOK_SITE_ID: 'larvik.sharepoint.com,5c1e7f3a-2b4d-4e6f-8a9c-0b1d2e3f4a5b,9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b',
});
const localTenant = configFromEnv({});

const connectSources = (policy: string): string[] =>
  policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === 'connect-src')
    ?.slice(1) ?? [];

describe('connectionHints', () => {
  it('hints Graph’s origin on every page, and the authority only on the page that signs in with MSAL in a plain browser', () => {
    expect(connectionHints(realTenant, { browserSignIn: true })).toEqual(['https://graph.microsoft.com', 'https://login.microsoftonline.com']);
    expect(connectionHints(realTenant, { browserSignIn: false })).toEqual(['https://graph.microsoft.com']);
  });

  it('hints an origin once: the local tenant serves Graph and the sign-in from one', () => {
    expect(connectionHints(localTenant, { browserSignIn: true })).toEqual(['https://localhost:4000']);
  });

  it('hints no origin that is not https', () => {
    expect(connectionHints({ graphBaseUrl: 'http://graph.example/v1.0', authority: 'not an address' }, { browserSignIn: true })).toEqual([]);
  });

  it('hints only origins the production security policy lets the page connect to (header and meta tag, every page)', () => {
    for (const config of [realTenant, localTenant]) {
      const hinted = connectionHints(config, { browserSignIn: true });
      for (const options of [{ forHeader: true, officeJs: false }, { forHeader: false, officeJs: false }, { forHeader: true, officeJs: true }]) {
        const allowed = connectSources(contentSecurityPolicy(config, options));
        for (const origin of hinted) expect(allowed).toContain(origin);
      }
    }
  });
});
