// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, screen } from '@testing-library/react';
import { aCommittee, aMeeting, anItem } from '../../domain/testing/builders';
import { MeetingEditor } from './MeetingEditor';
import { renderWithServices } from './testing/renderWithServices';
import { storedEditor } from './testing/storedEditor';

// When the innkalling's module is asked for: `import()` of a mocked module runs its factory then.
const asked: string[] = [];
vi.mock('./NoticePanel', () => {
  asked.push('notice-panel');
  return { NoticePanel: () => <section aria-label="Innkalling">innkallingen</section> };
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the innkalling below the saksliste', () => {
  it('is not asked for by the render that shows the saksliste, only once its frame is painted, and is shown when it is here', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    const committee = aCommittee();
    const { repository, editor } = await storedEditor(committee, aMeeting({ items: [anItem('budget', { title: 'Budsjett 2027' })] }));
    renderWithServices(<MeetingEditor committee={committee} editor={editor} state={editor.getState()} />, repository);
    // The saksliste is there, and nothing has asked for the innkalling's chunk: its fetch was part of the saksliste's first render.
    expect(screen.getByText('Budsjett 2027', { exact: false })).toBeTruthy();
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(asked).toEqual([]);
    expect(screen.queryByRole('region', { name: 'Innkalling' })).toBeNull();
    // The frame is painted: the chunk is asked for once and shown.
    await act(async () => {
      for (const frame of frames.splice(0)) frame(performance.now());
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(asked).toEqual(['notice-panel']);
    expect(await screen.findByRole('region', { name: 'Innkalling' })).toBeTruthy();
  });
});
