// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { READY_MARK } from '../../../src/ui/shared/readyMark';
import { Floor } from './FloorView';

// A .ts file (the unit project runs tools/**/*.test.ts): createElement instead of JSX.
beforeEach(() => performance.clearMarks());
afterEach(() => cleanup());

const readyMarks = () => performance.getEntriesByName(READY_MARK, 'mark').length;

describe('the floor page', () => {
  it("shows the meeting's title with the reference's Button and Textarea, and only then sets the ready mark", async () => {
    let resolve: (title: string) => void = () => undefined;
    const meeting = new Promise<string>((settle) => (resolve = settle));
    render(createElement(Floor, { meeting }));
    expect(screen.getByRole('textbox', { name: 'Konklusjon' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tøm' })).toBeTruthy();
    expect(readyMarks()).toBe(0);
    await act(async () => resolve('Møte i plan- og miljøutvalget'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Møte i plan- og miljøutvalget');
    await waitFor(() => expect(readyMarks()).toBe(1));
  });

  it('says why when the meeting could not be read, and never sets the ready mark', async () => {
    const original = console.error;
    console.error = () => undefined; // the page logs the failure for the bench; not this test's output
    try {
      const meeting = Promise.reject(new Error('No meeting x'));
      await act(async () => {
        render(createElement(Floor, { meeting }));
        await meeting.catch(() => undefined);
      });
      expect(screen.getByRole('alert').textContent).toContain('No meeting x');
      expect(readyMarks()).toBe(0);
    } finally {
      console.error = original;
    }
  });
});
