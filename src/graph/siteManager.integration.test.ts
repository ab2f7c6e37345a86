// Whether the signed-in user may manage the site's permissions (`sitePermissions.ts`
// `mayManagePermissions`): what lets the workspace show a site owner outside every secretariat the
// permission check's differences (local tenant, each user with their own SharePoint token).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphServices } from './graphServices';
import { startHarness, type Harness } from './testing/localTenant';

describe('whether the signed-in user may manage the site’s permissions (local tenant)', () => {
  let harness: Harness;
  /** The SharePoint REST requests sent (the Graph client's `onRequest` sees only Graph's). */
  const restUrls: string[] = [];
  const mayManage = (upnStart: string) => {
    const info = harness.tenant.info;
    const fetch: typeof harness.fetch = (input, init) => {
      if (String(input).includes('/_api/')) restUrls.push(String(input));
      return harness.fetch(input, init);
    };
    const site = { graphBaseUrl: info.graphBaseUrl, siteId: info.siteId, sharedMailbox: undefined };
    return createGraphServices(site, harness.tokenFor(harness.user(upnStart)), { fetch }).sitePermissions.mayManage();
  };

  beforeAll(async () => {
    harness = await startHarness();
  }, 60_000);
  afterAll(async () => harness?.close());

  it('says yes for a site owner and no for a site member, a committee member and a guest, in one request each', async () => {
    expect(await mayManage('kristin.liset')).toBe(true);
    expect(await mayManage('annen.ansatt')).toBe(false);
    expect(await mayManage('andreas.aass-engstrom')).toBe(false);
    expect(await mayManage('tobias.solli.iveland')).toBe(false);
    expect(restUrls.map((url) => new URL(url).pathname.replace(/^.*\/_api\//, ''))).toEqual(Array(4).fill('web/EffectiveBasePermissions'));
  });
});
