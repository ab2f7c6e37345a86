import { describe, expect, it } from 'vitest';
import { earlyRedirect, frameContextInUrl, redirectForFrameContext, surfaceForFrameContext } from './routing';
import { legacyContext, substituteUrlPlaceholders } from './testing/teamsHostProtocol';

describe('frame context routing', () => {
  it('maps Teams frame contexts to surfaces', () => {
    expect(surfaceForFrameContext('content')).toBe('workspace');
    expect(surfaceForFrameContext('sidePanel')).toBe('sidePanel');
    expect(surfaceForFrameContext('meetingStage')).toBe('stage');
    expect(surfaceForFrameContext('settings')).toBe('tabConfig');
    expect(surfaceForFrameContext('task')).toBeUndefined();
  });

  it('sends a page opened in another surface context to that surface, keeping folder and query', () => {
    expect(redirectForFrameContext('https://app.example.no/motebok/workspace.html?committee=pm', 'workspace', 'sidePanel')).toBe(
      'https://app.example.no/motebok/sidepanel.html?committee=pm',
    );
    expect(redirectForFrameContext('https://app.example.no/stage.html', 'stage', 'meetingStage')).toBeUndefined();
    expect(redirectForFrameContext('https://app.example.no/workspace.html', 'workspace', 'other')).toBeUndefined();
  });

  it('names the frame context in the address on the page it sends the person to, so that page does not send her back', () => {
    expect(redirectForFrameContext('https://app.example.no/workspace.html?committee=pm&frameContext=sidePanel', 'workspace', 'sidePanel')).toBe(
      'https://app.example.no/sidepanel.html?committee=pm&frameContext=sidePanel',
    );
    // The address said side panel, the context says content: back to the workspace, now named content (no redirect from there).
    const back = redirectForFrameContext('https://app.example.no/sidepanel.html?committee=pm&frameContext=sidePanel', 'sidePanel', 'content');
    expect(back).toBe('https://app.example.no/workspace.html?committee=pm&frameContext=content');
    expect(earlyRedirect(back ?? '')).toBeUndefined();
  });

  it("sends the meeting tab's content URL, as Teams opens it in the side panel, to the side panel's page before anything loads", () => {
    const user = { objectId: 'o', upn: 'kari@example.no', displayName: 'Kari' };
    const context = (frameContext: string) => legacyContext({ frameContext, locale: 'nn-NO', theme: 'dark', sessionId: 's', entityId: 'motebok-pm', meetingId: 'm', chatId: 'c', user });
    const tabUrl = 'https://app.example.no/workspace.html?committee=pm&frameContext={page.frameContext}&locale={app.locale}&theme={app.theme}';
    expect(earlyRedirect(substituteUrlPlaceholders(tabUrl, context('sidePanel')))).toBe('https://app.example.no/sidepanel.html?committee=pm&frameContext=sidePanel&locale=nn-NO&theme=dark');
    expect(earlyRedirect(substituteUrlPlaceholders(tabUrl, context('content')))).toBeUndefined();
    // Teams left it as it was, or empty: the page waits for the context, as before.
    expect(frameContextInUrl(tabUrl)).toBeUndefined();
    expect(earlyRedirect('https://app.example.no/workspace.html?committee=pm&frameContext=')).toBeUndefined();
    expect(earlyRedirect('https://app.example.no/workspace.html?committee=pm')).toBeUndefined();
  });
});
