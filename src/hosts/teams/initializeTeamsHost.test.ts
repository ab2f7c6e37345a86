// @vitest-environment jsdom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { HostContext } from '../hostContext';
import { installFakeTeamsParent } from './testing/fakeTeamsParent';
import { initializeTeamsHost } from './initializeTeamsHost';
import { isStageSharingAvailable, shareToStage } from './stageSharing';

// teams-js keeps its state in module globals: one Teams initialisation per file, tests in order.
describe('initializeTeamsHost inside a Teams meeting side panel', () => {
  const fake = installFakeTeamsParent({ frameContext: 'sidePanel', theme: 'dark', locale: 'nn-no' });
  let host: HostContext;
  beforeAll(async () => {
    host = await initializeTeamsHost({ timeoutMs: 2000 });
  });

  it('reads frame context, locale, theme, meeting and user from the Teams context', () => {
    expect(host).toMatchObject({
      host: 'teams',
      frameContext: 'sidePanel',
      locale: 'nn-no',
      theme: 'dark',
      meetingId: 'meeting-42',
      chatId: '19:meeting_abc@thread.v2',
      user: { id: 'user-1', upn: 'sekretar@vestfold.test' },
    });
    expect(fake.posted.map((message) => message.func)).toEqual(expect.arrayContaining(['initialize', 'getContext']));
  });

  it('passes live theme changes to listeners until they unregister', async () => {
    const seen: string[] = [];
    const unregister = host.onThemeChange((theme) => seen.push(theme));
    fake.deliver({ func: 'themeChange', args: ['contrast'] });
    await vi.waitFor(() => expect(seen).toEqual(['contrast']));
    unregister();
    fake.deliver({ func: 'themeChange', args: ['dark'] });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(seen).toEqual(['contrast']);
  });

  it('shares the stage URL from the side panel', async () => {
    expect(isStageSharingAvailable()).toBe(true);
    await expect(shareToStage('http://localhost:3000/stage.html?meetingId=m')).resolves.toEqual({ shared: true });
    const shared = fake.posted.find((message) => message.func === 'meeting.shareAppContentToStage');
    expect(shared?.args[0]).toBe('http://localhost:3000/stage.html?meetingId=m');
  });
});
