import { describe, expect, it } from 'vitest';
import { redirectForFrameContext, surfaceForFrameContext } from './routing';

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

  it('sends a page Teams opened in its content context to the workspace\'s Teams page, which preloads teams-js (the manifest\'s static tab)', () => {
    expect(redirectForFrameContext('https://app.example.no/motebok/sidepanel.html?committee=pm', 'sidePanel', 'content')).toBe(
      'https://app.example.no/motebok/workspace-teams.html?committee=pm',
    );
  });
});
