import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TokenProvider } from '../auth/tokenProvider';
import type { Meeting } from '../domain/model';
import type { PersonIdentity } from '../domain/personIdentity';
import type { MeetingWithCommittee } from '../domain/ports';
import { createGraphServices } from './graphServices';
import { fixture } from './testing/noticeWorld';
import { seededHarness, type Harness } from './testing/localTenant';
import { loggedRequests } from './testing/tenantRequestLog';

/**
 * The side panel's opening (issue 14): who is signed in rides in the meeting's first `$batch`, with
 * one token for both, so the page sends one request, not `GET /me` and the `$batch` side by side
 * with a token each. Counted on the tenant's own request log.
 */
describe('the side panel opens with one request: /me inside the meeting\'s $batch (local tenant)', () => {
  let harness: Harness;
  const pm2026 = fixture('pm-2026');
  const thread = '19:meeting_Y2FycmllZE1l@thread.v2';
  const sent: Meeting = { ...pm2026.meeting, teamsMeetingId: 'carried-teams-meeting-id', onlineMeetingJoinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(thread)}/0` };

  /** A page's Graph side as the referent, and the token requests it makes (the scope sets it asks for: one token each). */
  const pageOf = (siteAccess: 'tenant' | 'selected' = 'tenant') => {
    const user = harness.user('hilde.kari.maugesten');
    const info = harness.tenant.info;
    const inner = harness.tokenFor(user);
    const tokens = new Set<string>();
    const counting: TokenProvider = {
      getToken: (scopes, options) => (tokens.add([...scopes].sort().join(' ')), inner.getToken(scopes, options)),
    };
    const config = { graphBaseUrl: info.graphBaseUrl, siteId: info.siteId, sharedMailbox: undefined, siteAccess };
    const services = createGraphServices(config, counting, { fetch: harness.fetch });
    return { user, services, tokens };
  };

  beforeAll(async () => {
    const seeded = await seededHarness(pm2026.committee);
    harness = seeded.harness;
    await seeded.secretary.saveMeeting(sent);
  }, 60_000);
  afterAll(async () => harness?.close());

  it('by its Møtebok id: one request, its /me answered from it, one token for the meeting and the person', async () => {
    const { user, services, tokens } = pageOf();
    let found: MeetingWithCommittee | undefined;
    let signedIn: PersonIdentity | undefined;
    const log = await loggedRequests(harness, async () => {
      const opened = services.repository.getMeetingWithCommittee({ motebokMeetingId: sent.id }, { withSignedInUser: true });
      [found, signedIn] = await Promise.all([opened, services.signedInUser()]);
    });
    expect(found?.meeting.value).toEqual(sent);
    expect(signedIn?.directoryId).toBe(user.id);
    expect(signedIn?.addresses).toContain(user.userPrincipalName);
    expect(log.requests).toEqual(['POST /v1.0/$batch']);
    expect(log.inner.filter((request) => request.startsWith('GET /v1.0/me?'))).toHaveLength(1);
    expect(tokens).toEqual(new Set(['Sites.ReadWrite.All User.Read']));
    // Asked again, the page keeps its answer: no second request.
    const again = await loggedRequests(harness, () => services.signedInUser());
    expect(again.requests).toEqual([]);
  });

  it('by the meeting chat\'s id: /me goes in the first of its two requests', async () => {
    const { services } = pageOf();
    const log = await loggedRequests(harness, async () => {
      const opened = services.repository.getMeetingWithCommittee({ teamsMeetingId: 'unknown-to-motebok', chatId: thread }, { withSignedInUser: true });
      await Promise.all([opened, services.signedInUser()]);
    });
    expect(log.requests).toEqual(['POST /v1.0/$batch', 'POST /v1.0/$batch']);
    // The tenant's log, raw: which $batch each inner request came in.
    const raw = (await harness.control('GET', '/_tenant/requests')) as { value: { method: string; path: string; batch?: string }[] };
    const batches = [...new Set(raw.value.filter((entry) => entry.batch !== undefined).map((entry) => entry.batch))];
    expect(batches).toHaveLength(2);
    const me = raw.value.filter((entry) => entry.batch !== undefined && new URL(entry.path, 'https://x').pathname === '/v1.0/me');
    expect(me.map((entry) => entry.batch)).toEqual([batches[0]]);
  });

  it('with Sites.Selected: the one token is Sites.Selected and User.Read', async () => {
    const { services, tokens } = pageOf('selected');
    const opened = services.repository.getMeetingWithCommittee({ motebokMeetingId: sent.id }, { withSignedInUser: true });
    await Promise.all([opened, services.signedInUser()]).catch(() => undefined);
    expect(tokens).toEqual(new Set(['Sites.Selected User.Read']));
  });

  it('a failed /me inside the batch fails the ask only: the meeting opens, and the next ask sends GET /me alone', async () => {
    const { user, services } = pageOf();
    await harness.control('POST', '/_tenant/faults', { match: '/v1.0/me', status: 500, count: 1 });
    try {
      let found: MeetingWithCommittee | undefined;
      const log = await loggedRequests(harness, async () => {
        const opened = services.repository.getMeetingWithCommittee({ motebokMeetingId: sent.id }, { withSignedInUser: true });
        const asked = services.signedInUser();
        found = await opened;
        await expect(asked).rejects.toThrow();
      });
      expect(found?.meeting.value).toEqual(sent);
      expect(log.requests).toEqual(['POST /v1.0/$batch']);
      const again = await loggedRequests(harness, async () => expect((await services.signedInUser()).directoryId).toBe(user.id));
      expect(again.requests.map((request) => request.split('?')[0])).toEqual(['GET /v1.0/me']);
    } finally {
      await harness.control('DELETE', '/_tenant/faults');
    }
  });

  it('without the ask (the stage) the meeting\'s $batch carries no /me', async () => {
    const { services } = pageOf();
    const log = await loggedRequests(harness, () => services.repository.getMeetingWithCommittee({ motebokMeetingId: sent.id }));
    expect(log.requests).toEqual(['POST /v1.0/$batch']);
    expect(log.inner.some((request) => request.includes('/me'))).toBe(false);
  });
});
