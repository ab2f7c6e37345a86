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
});
