// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { HostContext } from '../../hosts/hostContext';
import { MotebokProvider } from './MotebokProvider';

afterEach(async () => {
  cleanup();
  // A bar that failed asks for its chunk again: let those fetches settle against this test's mock,
  // not load the real chunk into the next test's fresh modules.
  await new Promise((resolve) => setTimeout(resolve, 100));
  vi.doUnmock('./problemBarViews');
  vi.resetModules();
  vi.restoreAllMocks();
});

const host: HostContext = { host: 'teams', frameContext: 'meetingStage', locale: 'nb-NO', theme: 'default', onThemeChange: () => () => undefined };

/** The module fresh, so each test fetches the bars' chunk (or fails to) anew. */
async function renderBars() {
  const { LateErrorBar, LateNoticeBar } = await import('./lateProblemBars');
  const reload = vi.fn();
  render(
    <MotebokProvider host={host}>
      <LateErrorBar error={new Error('Graph svarte ikke')} onReload={reload} />
      <LateNoticeBar intent="warning" testId="notice">
        Uten forbindelse
      </LateNoticeBar>
    </MotebokProvider>,
  );
  return { reload };
}

describe('the problem bars, fetched when first shown (lateProblemBars.tsx)', () => {
  it("become Fluent's MessageBar with its Button once their chunk is here, the reload still working", async () => {
    const { reload } = await renderBars();
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
