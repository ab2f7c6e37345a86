// @vitest-environment jsdom
// The bars without their chunk are tested in lateProblemBars.offline.test.tsx: a module registry of
// its own (one per test file), so this test's fetch of the real chunk cannot meet their mocks.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { HostContext } from '../../hosts/hostContext';
import { MotebokProvider } from './MotebokProvider';
import { LateErrorBar, LateNoticeBar } from './lateProblemBars';

afterEach(cleanup);

const host: HostContext = { host: 'teams', frameContext: 'meetingStage', locale: 'nb-NO', theme: 'default', onThemeChange: () => () => undefined };

describe('the problem bars, fetched when first shown (lateProblemBars.tsx)', () => {
  it("become Fluent's MessageBar with its Button once their chunk is here, the reload still working", async () => {
    const reload = vi.fn();
    render(
      <MotebokProvider host={host}>
        <LateErrorBar error={new Error('Graph svarte ikke')} onReload={reload} />
        <LateNoticeBar intent="warning" testId="notice">
          Uten forbindelse
        </LateNoticeBar>
      </MotebokProvider>,
    );
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
