// @vitest-environment jsdom
// The bars without their chunk are tested in lateProblemBars.offline.test.tsx: a module registry of
// its own (one per test file), so this test's fetch of the real chunk cannot meet their mocks.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import * as bars from './lateProblemBars';
import { renderProblemBars } from './testing/problemBars';

afterEach(cleanup);

describe('the problem bars, fetched when first shown (lateProblemBars.tsx)', () => {
  it("become Fluent's MessageBar with its Button once their chunk is here, the reload still working", async () => {
    const { reload } = renderProblemBars(bars);
    await waitFor(() => expect(document.querySelectorAll('.fui-MessageBar')).toHaveLength(2), { timeout: 10_000 });
    expect(screen.getByRole('alert').classList.contains('fui-MessageBar')).toBe(true);
    expect(screen.getByText(/Graph svarte ikke/)).toBeTruthy();
    expect(screen.getByTestId('notice').textContent).toContain('Uten forbindelse');
    const button = screen.getByRole('button', { name: 'Last inn på nytt' });
    expect(button.classList.contains('fui-Button')).toBe(true);
    fireEvent.click(button);
    expect(reload).toHaveBeenCalledOnce();
  });
});
