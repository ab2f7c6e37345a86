import { afterEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
vi.mock('../shared/autosave/draftsDatabase', () => ({
  pageDraftsDatabase: () => {
    calls.push('drafts database');
    return Promise.resolve({});
  },
}));
vi.mock('../meeting/startMeetingSurface', () => ({
  startMeetingSurface: () => calls.push('start'),
}));

afterEach(() => vi.resetModules());

describe('the side panel entry', () => {
  it('starts opening the drafts database as it starts the page, before any screen is fetched', async () => {
    await import('./main');
    expect(calls).toEqual(['drafts database', 'start']);
  });
});
