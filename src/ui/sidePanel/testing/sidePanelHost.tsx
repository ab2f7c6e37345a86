// The side panel as its tests render it (SidePanelApp.test.tsx, useSidePanelRole.test.tsx): the app's
// providers, on Teams' side panel of the test meeting, with the services of tests over an in-memory
// repository. Each test file says what differs: the committee, the meeting, the signed-in user, the
// services it fakes further and the recorder's chunk.
import { render } from '@testing-library/react';
import type { Committee, Meeting } from '../../../domain/model';
import type { HostContext, HostUser } from '../../../hosts/hostContext';
import { createInMemoryMeetingRepository, type InMemoryMeetingRepository } from '../../../domain/testing/inMemoryMeetingRepository';
import { MotebokProvider } from '../../shared/MotebokProvider';
import { ServicesProvider } from '../../shared/ServicesContext';
import type { LoadableView } from '../../shared/loadableView';
import type { Services } from '../../shared/services';
import { testServices } from '../../shared/testing/testServices';
import { testMeeting } from '../../meeting/testing/testMeeting';
import type { RecorderViewProps } from '../recorderChunk';
import { SidePanelApp } from '../SidePanelApp';

export interface SidePanelHost {
  committee: Committee;
  /** The meeting the panel is linked to (`pm-2026-06-11`); `testMeeting()` unless said. */
  meeting?: Meeting;
  /** Who Teams says is signed in: an address (the upn) or the whole user. */
  user: string | HostUser;
  /** Services beside the defaults of `testServices`, made over the panel's repository. */
  services?: (repository: InMemoryMeetingRepository) => Partial<Services>;
  /** The recorder's chunk (a stand-in); the real `recorderChunk` unless said. */
  recorder?: LoadableView<RecorderViewProps>;
  /** Teams (whose context names the user; the default) or a plain browser (whose `?upn=` anyone can type). */
  host?: HostContext['host'];
  /** Teams' UI language (`nn-NO` shows nynorsk); bokmål unless said. */
  locale?: string;
}

/** Renders the side panel for `host`; returns its repository, to read what the panel saved. */
export function renderSidePanelHost({ committee, meeting = testMeeting(), user, services, recorder, host = 'teams', locale = 'nb-NO' }: SidePanelHost): InMemoryMeetingRepository {
  const repository = createInMemoryMeetingRepository({ committees: [committee], meetings: [meeting] });
  const hostContext: HostContext = {
    host,
    frameContext: 'sidePanel',
    locale,
    theme: 'default',
    meetingId: 'pm-2026-06-11',
    user: typeof user === 'string' ? { upn: user } : user,
    onThemeChange: () => () => undefined,
  };
  render(
    <MotebokProvider host={hostContext}>
      <ServicesProvider services={testServices(hostContext, repository, services?.(repository))}>
        <SidePanelApp {...(recorder ? { recorder } : {})} />
      </ServicesProvider>
    </MotebokProvider>,
  );
  return repository;
}
