// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { installFakeTeamsParent } from './testing/fakeTeamsParent';
import { initializeTeamsHost } from './initializeTeamsHost';
import { isStageSharingAvailable, shareToStage } from './stageSharing';

it('refuses to share from a content tab without asking Teams', async () => {
  const fake = installFakeTeamsParent({ frameContext: 'content' });
  await initializeTeamsHost({ timeoutMs: 2000 });
  expect(isStageSharingAvailable()).toBe(false);
  await expect(shareToStage('http://localhost:3000/stage.html')).resolves.toMatchObject({ shared: false, reason: 'notSupported' });
  expect(fake.posted.some((message) => message.func.startsWith('meeting.'))).toBe(false);
});
