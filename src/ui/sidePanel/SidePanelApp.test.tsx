// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { CommitteeSchema } from '../../domain/model';
import type { HostContext } from '../../hosts/hostContext';
import { configFromEnv } from '../../config/configFromEnv';
import { MotebokProvider } from '../shared/MotebokProvider';
import { ServicesProvider } from '../shared/ServicesContext';
import type { Services } from '../shared/services';
import { createInMemoryMeetingRepository, type InMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { testMeeting } from '../meeting/testMeeting';
import { SidePanelApp } from './SidePanelApp';

const committee = CommitteeSchema.parse({
  id: 'partnerskapsmotet',
  name: 'Partnerskapsmøtet',
  shortName: 'PM',
  languageForm: 'nn',
  caseNumberPadding: 2,
  members: [{ name: 'Kristin Liset', email: 'kristin.liset@horten.kommune.example.no' }],
});

function renderSidePanel(upn: string): InMemoryMeetingRepository {
  const repository = createInMemoryMeetingRepository({ committees: [committee], meetings: [testMeeting()] });
  const hostContext: HostContext = {
    host: 'teams',
    frameContext: 'sidePanel',
    locale: 'nb-NO',
    theme: 'default',
    meetingId: 'pm-2026-06-11',
    user: { upn },
    onThemeChange: () => () => undefined,
  };
  const unavailable = async (): Promise<never> => {
    throw new Error('ikke i denne testen');
  };
  const services: Services = {
    hostContext,
    config: configFromEnv({}),
    auth: { getToken: unavailable, restore: unavailable, signIn: unavailable, signOut: unavailable },
    repository,
    notices: { send: unavailable, sendUpdate: unavailable },
    graph: () => {
      throw new Error('ingen Graph i denne testen');
    },
  };
  render(
    <MotebokProvider host={hostContext}>
      <ServicesProvider services={services}>
        <SidePanelApp />
      </ServicesProvider>
    </MotebokProvider>,
  );
  return repository;
}

const storedItem = async (repository: InMemoryMeetingRepository, id: string) => (await repository.getMeeting('pm-2026-06-11'))?.value.items.find((i) => i.id === id);

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

describe('SidePanelApp', () => {
  it('lets the referent start the meeting and record "tatt til orientering" in the committee\'s nynorsk', async () => {
    const repository = renderSidePanel('hilde.kari.maugesten@siv.example');
    fireEvent.click(await screen.findByRole('button', { name: 'Start møtet' }));
    await screen.findByRole('button', { name: 'Avslutt møtet' });
    fireEvent.click(screen.getByRole('button', { name: 'Åpne sak 2026.02 Referat fra Partnerskapsmøte 05.06.2025' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Tatt til orientering' }));
    expect((screen.getByRole('textbox', { name: 'Punkt 1' }) as HTMLTextAreaElement).value).toBe('Teke til orientering.');
    fireEvent.click(screen.getByRole('button', { name: 'Marker som behandlet' }));
    await waitFor(async () => expect(await storedItem(repository, 'item-2')).toMatchObject({ conclusion: ['Teke til orientering.'], outcome: 'treated' }));
    await waitFor(async () => expect((await repository.getMeeting('pm-2026-06-11'))?.value.status).toBe('inProgress'));
  });

  it('fills the conclusion from the proposal with one click and makes the item current for the stage', async () => {
    const repository = renderSidePanel('hilde.kari.maugesten@siv.example');
    fireEvent.click(await screen.findByRole('button', { name: 'Start møtet' }));
    await screen.findByRole('button', { name: 'Avslutt møtet' });
    fireEvent.click(screen.getByRole('button', { name: 'Åpne sak 2026.03 Handlingsplan 2026' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Gjør til aktiv sak' }));
    fireEvent.click(screen.getByRole('button', { name: 'Som forslag' }));
    expect((screen.getByRole('textbox', { name: 'Punkt 2' }) as HTMLTextAreaElement).value).toBe('Gjenstående tilskuddsmidler prioriteres.');
    await waitFor(async () => expect((await repository.getMeeting('pm-2026-06-11'))?.value.currentItemId).toBe('item-3'));
    await waitFor(async () => expect((await storedItem(repository, 'item-3'))?.conclusion).toHaveLength(2));
  });

  it('shows other participants the agenda read-only, without recording controls', async () => {
    renderSidePanel('kristin.liset@horten.kommune.example.no');
    await screen.findByText('Du ser sakslisten. Bare referent og møteleder kan skrive i referatet.');
    expect(screen.queryByRole('button', { name: 'Start møtet' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Åpne sak 2026.01 Godkjenning av innkalling og dagsorden' }));
    await screen.findByText('Innkalling og dagsorden godkjennes.');
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
