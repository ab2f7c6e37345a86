// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createElement, Fragment, useLayoutEffect } from 'react';
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterNextPaint, READY_MARK, useReadyMark, type FrameClock } from './readyMark';

/** A frame clock whose frames run only when the test says so. */
function heldFrames() {
  let callbacks: FrameRequestCallback[] = [];
  const clock: FrameClock = {
    requestAnimationFrame: (callback) => callbacks.push(callback),
  };
  const frame = () => {
    const due = callbacks;
    callbacks = [];
    for (const callback of due) callback(performance.now());
  };
  return { clock, frame };
}

/** Lets the tasks queued so far run (a MessageChannel message is one). */
const tasks = () => new Promise((resolve) => setTimeout(resolve, 0));

const readyMarks = () => performance.getEntriesByName(READY_MARK, 'mark').length;

afterEach(() => {
  cleanup();
  performance.clearMarks();
});

describe('afterNextPaint', () => {
  it('runs only after the next frame, in a task of its own after that frame', async () => {
    const { clock, frame } = heldFrames();
    const ran: string[] = [];
    afterNextPaint(() => ran.push('after paint'), clock);
    await tasks();
    expect(ran).toEqual([]);
    frame();
    ran.push('frame over');
    await tasks();
    expect(ran).toEqual(['frame over', 'after paint']);
  });

  it('never runs when cancelled before the frame or between the frame and its task', async () => {
    const { clock, frame } = heldFrames();
    const ran: string[] = [];
    afterNextPaint(() => ran.push('first'), clock)();
    const cancelSecond = afterNextPaint(() => ran.push('second'), clock);
    frame();
    cancelSecond();
    await tasks();
    expect(ran).toEqual([]);
  });

  it('runs at once where there are no frames', () => {
    const ran: string[] = [];
    afterNextPaint(() => ran.push('ran'), {});
    expect(ran).toEqual(['ran']);
  });
});

function Ready({ ready }: { ready: boolean }) {
  useReadyMark(ready);
  return createElement('p', null, ready ? 'Saksliste' : 'Laster …');
}

describe('useReadyMark', () => {
  it('marks ready after the frame that shows the ready view, not at its commit', async () => {
    const view = render(createElement(Ready, { ready: false }));
    view.rerender(createElement(Ready, { ready: true }));
    expect(readyMarks()).toBe(0);
    await waitFor(() => expect(readyMarks()).toBe(1));
  });

  it('asks for the frame in the commit that shows the ready view, before any frame can be painted', () => {
    // A frame asked for in the commit's passive effect, which React runs after that frame as often as
    // not, was the frame after it: the mark came a frame late (h/cold52). A later sibling's layout
    // effect runs in the same commit, before the browser may paint, and before any passive effect.
    const asked = vi.spyOn(globalThis, 'requestAnimationFrame');
    const seenInCommit: number[] = [];
    function AfterInCommit() {
      useLayoutEffect(() => {
        seenInCommit.push(asked.mock.calls.length);
      });
      return null;
    }
    try {
      render(createElement(Fragment, null, createElement(Ready, { ready: true }), createElement(AfterInCommit)));
      expect(seenInCommit).toEqual([1]);
    } finally {
      asked.mockRestore();
    }
  });

  it('sets no mark when the ready view is gone before it was painted', async () => {
    const view = render(createElement(Ready, { ready: true }));
    view.unmount();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(readyMarks()).toBe(0);
  });
});
