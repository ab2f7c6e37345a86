// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { app } from '@microsoft/teams-js';
import type { HostContext } from '../hostContext';
import { installFakeTeamsParent } from './testing/fakeTeamsParent';
import { initializeTeamsHost } from './initializeTeamsHost';
import { redirectForFrameContext } from './routing';

// teams-js keeps its state in module globals: one Teams initialisation per file, tests in order.
// The workspace in Teams is the personal app's static tab (manifest staticTabs: motebok-workspace).
describe('initializeTeamsHost in a personal app static tab', () => {
  installFakeTeamsParent({ frameContext: 'content', personalTab: 'motebok-workspace', locale: 'nb-no' });
  let host: HostContext;
  beforeAll(async () => {
    host = await initializeTeamsHost({ timeoutMs: 2000 });
  });

  it('teams-js reads the tab as content with its entityId as page.id, in no meeting and no chat', async () => {
    const context = await app.getContext();
    expect(context.page).toMatchObject({ frameContext: 'content', id: 'motebok-workspace' });
    expect(context.meeting).toBeUndefined();
    expect(context.chat).toBeUndefined();
    expect(context.channel).toBeUndefined();
    expect(context.user?.userPrincipalName).toBe('sekretar@vestfold.test');
  });

  it('is a Teams host in the content frame, with no meeting and so no live channel, and the workspace stays', () => {
    expect(host).toMatchObject({ host: 'teams', frameContext: 'content', locale: 'nb-no', user: { upn: 'sekretar@vestfold.test' } });
    expect(host.meetingId).toBeUndefined();
    expect(host.chatId).toBeUndefined();
    expect(host.openLiveChannel).toBeUndefined();
    expect(redirectForFrameContext('https://app.example/workspace.html', 'workspace', host.frameContext)).toBeUndefined();
  });
});
