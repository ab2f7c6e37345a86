// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { browserHostContext, initializeTeamsHost } from './initializeTeamsHost';
import { shareToStage } from './stageSharing';

afterEach(() => window.history.replaceState(null, '', '/'));

it('builds the context from the URL in a plain browser', async () => {
  window.history.replaceState(null, '', '/workspace.html?theme=contrast&locale=en-GB&meetingId=m-7&frameContext=meetingStage&upn=ola@x.test');
  const host = await initializeTeamsHost({ timeoutMs: 100 });
  expect(host).toMatchObject({ host: 'browser', theme: 'contrast', locale: 'en-GB', meetingId: 'm-7', frameContext: 'meetingStage', user: { upn: 'ola@x.test' } });
});

it('treats unknown themes and frame contexts as the defaults', () => {
  window.history.replaceState(null, '', '/stage.html?theme=neon&frameContext=banana');
  expect(browserHostContext(window)).toMatchObject({ theme: 'default', frameContext: 'other' });
});

it("takes a placeholder Teams left empty or did not replace for none: the browser's language, no meeting, no user", () => {
  window.history.replaceState(null, '', '/sidepanel.html?locale=%7Bapp.locale%7D&theme={theme}&meetingId=&chatId={chat.id}&upn=');
  expect(browserHostContext(window)).toMatchObject({ locale: window.navigator.language, theme: 'default', meetingId: undefined, chatId: undefined, user: undefined });
});

it('says it is not in Teams when asked to share to the stage in a plain browser', async () => {
  await expect(shareToStage('http://localhost:3000/stage.html')).resolves.toMatchObject({ shared: false, reason: 'notInTeams' });
});
