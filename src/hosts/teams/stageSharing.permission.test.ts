// @vitest-environment jsdom
import { expect, it } from 'vitest';
import { installFakeTeamsParent } from './testing/fakeTeamsParent';
import { initializeTeamsHost } from './initializeTeamsHost';
import { shareToStage } from './stageSharing';

it('reports a missing permission instead of sharing', async () => {
  const fake = installFakeTeamsParent({ frameContext: 'sidePanel', canShare: false });
  await initializeTeamsHost({ timeoutMs: 2000 });
  await expect(shareToStage('http://localhost:3000/stage.html')).resolves.toMatchObject({ shared: false, reason: 'noPermission' });
  expect(fake.posted.some((message) => message.func === 'meeting.shareAppContentToStage')).toBe(false);
});
