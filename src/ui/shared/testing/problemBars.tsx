// What lateProblemBars.test.tsx and lateProblemBars.offline.test.tsx render: the bars as the stage
// shows them. The module is passed in, since the offline tests import it fresh for each test.
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import type { HostContext } from '../../../hosts/hostContext';
import { MotebokProvider } from '../MotebokProvider';
import type { LateErrorBar, LateNoticeBar } from '../lateProblemBars';

const host: HostContext = { host: 'teams', frameContext: 'meetingStage', locale: 'nb-NO', theme: 'default', onThemeChange: () => () => undefined };

/** `children` in the app's provider, on the meeting stage. */
export function onStage(children: ReactNode) {
  return <MotebokProvider host={host}>{children}</MotebokProvider>;
}

/** An error bar («Graph svarte ikke», with a reload) and a warning («Uten forbindelse», test id `notice`). */
export function renderProblemBars(bars: { LateErrorBar: typeof LateErrorBar; LateNoticeBar: typeof LateNoticeBar }) {
  const reload = vi.fn();
  render(
    onStage(
      <>
        <bars.LateErrorBar error={new Error('Graph svarte ikke')} onReload={reload} />
        <bars.LateNoticeBar intent="warning" testId="notice">
          Uten forbindelse
        </bars.LateNoticeBar>
      </>,
    ),
  );
  return { reload };
}
