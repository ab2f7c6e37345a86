import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mayRecordMinutes } from '../domain/committeeAccess';
import { roleOf } from '../domain/confidentiality';
import { createGraphServices } from './graphServices';
import { fixture } from './testing/noticeWorld';
import { startHarness, type Harness } from './testing/localTenant';

describe('who is signed in, from Graph (local tenant)', () => {
  let harness: Harness;
  const { committee, meeting } = fixture('pm-2026');
  const servicesFor = (upnStart: string) => {
    const user = harness.user(upnStart);
    const info = harness.tenant.info;
    const records = harness.records;
    const services = createGraphServices({ graphBaseUrl: info.graphBaseUrl, siteId: info.siteId, sharedMailbox: undefined }, harness.tokenFor(user), {
      fetch: harness.fetch,
      onRequest: (record) => records.push(record),
    });
    return { user, services };
  };
  const meRequests = () => harness.records.filter((record) => new URL(record.url).pathname.endsWith('/me'));

  beforeAll(async () => {
    harness = await startHarness();
  }, 60_000);
  afterAll(async () => harness?.close());

  it('knows a B2B guest by their home address, which the committee lists, though their UPN is #EXT#', async () => {
    const { user, services } = servicesFor('tobias.solli.iveland');
    expect(user.userPrincipalName).toContain('#EXT#');
    const identity = await services.signedInUser();
    expect(identity.directoryId).toBe(user.id);
    expect(identity.addresses).toContain('tobias.solli.iveland@sandefjord.kommune.example.no');
    // By the UPN alone (what a host without a login hint gives) the member would be a stranger.
    expect(roleOf(committee, user.userPrincipalName)).toBeUndefined();
    expect(roleOf(committee, identity)).toBe('member');
    expect(mayRecordMinutes(meeting, committee, identity)).toBe(false);
  });

  it('knows the referent, a member of the tenant, so she records; asks Graph once per page', async () => {
    const before = meRequests().length;
    const { services } = servicesFor('hilde.kari.maugesten');
    const [first, second] = await Promise.all([services.signedInUser(), services.signedInUser()]);
    expect(second).toBe(first);
    expect(mayRecordMinutes(meeting, committee, first)).toBe(true);
    const asked = meRequests().slice(before);
    expect(asked.map((record) => `${record.method} ${decodeURIComponent(new URL(record.url).search)} ${record.status}`)).toEqual(['GET ?$select=id,mail,userPrincipalName,otherMails 200']);
  });
});
