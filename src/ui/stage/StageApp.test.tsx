// @vitest-environment jsdom
import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { CommitteeSchema, type AgendaItem, type Committee, type Meeting, type Voting } from '../../domain/model';
import { ConventionsSchema } from '../../domain/conventions';
import type { MeetingRepository, UnreadableRow } from '../../domain/ports';
import type { HostContext } from '../../hosts/hostContext';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { MotebokProvider } from '../shared/MotebokProvider';
import { ServicesProvider } from '../shared/ServicesContext';
import { testServices } from '../shared/testing/testServices';
import { testMeeting } from '../meeting/testing/testMeeting';
import { votingRecordChunk } from '../shared/votingRecordChunk';
import { StageApp } from './StageApp';
import * as progress from './stageProgress';

// Passed through, counted: each call is one render of the stage's view.
vi.mock('./stageProgress', async (original) => {
  const actual = await original<typeof import('./stageProgress')>();
  return { ...actual, stageProgress: vi.fn(actual.stageProgress) };
});

const committee = v.parse(CommitteeSchema, { id: 'partnerskapsmotet', name: 'Partnerskapsmøtet', shortName: 'PM', languageForm: 'nb', caseNumberFormat: '{YYYY}.{NN}', members: [] });

const badItemRow: UnreadableRow = {
  label: { kind: 'item', caseNumber: '2026.04', title: 'Budsjett', meetingDate: '2026-06-11' },
  rowId: '31',
  webUrl: 'https://contoso.sharepoint.com/sites/helse/Lists/MotebokAgendaItems/DispForm.aspx?ID=31',
  problem: { code: 'unknownValue', field: 'outcome', value: 'vedtatt', allowed: ['pending', 'treated'] },
};

/** The meeting under way at its second sak, the first treated. */
function underWay(): Meeting {
  const meeting = testMeeting();
  return { ...meeting, status: 'inProgress', currentItemId: 'item-2', items: meeting.items.map((item) => (item.id === 'item-1' ? { ...item, outcome: 'treated' } : item)) };
}

/** The stage in a Teams meeting without a live channel (it polls), its meeting read with `unreadable` rows. */
function renderStage(unreadable: UnreadableRow[], meeting: Meeting = underWay(), ofCommittee: Committee = committee): void {
  const stored = createInMemoryMeetingRepository({ committees: [ofCommittee], meetings: [meeting] });
  const repository: MeetingRepository = Object.assign(Object.create(stored) as MeetingRepository, {
    getMeetingWithCommittee: async (link: Parameters<MeetingRepository['getMeetingWithCommittee']>[0]) => {
      const found = await stored.getMeetingWithCommittee(link);
      return found && unreadable.length > 0 ? { ...found, meeting: { ...found.meeting, unreadable } } : found;
    },
  });
  const hostContext: HostContext = { host: 'teams', frameContext: 'meetingStage', locale: 'nb-NO', theme: 'default', meetingId: 'pm-2026-06-11', onThemeChange: () => () => undefined };
  window.history.replaceState(null, '', '/stage.html?meeting=pm-2026-06-11');
  render(
    <MotebokProvider host={hostContext}>
      <ServicesProvider services={testServices(hostContext, repository)}>
        <StageApp />
      </ServicesProvider>
    </MotebokProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const voting: Voting = {
  proposals: [{ id: 'p1', by: 'Ola Nordmann (Ap)', kind: 'change', text: 'Punkt 2 strykes.' }],
  votes: [
    { id: 'v1', on: 'Endringsforslaget fra Ola Nordmann (Ap)', adopted: false, for: 10, against: 25 },
    { id: 'v2', on: 'Innstillingen', adopted: true, for: 25, against: 10 },
  ],
  statements: [{ id: 's1', by: 'Kari Nordmann (H)', text: 'H mener saken var for dårlig utredet.' }],
};

/** The meeting under way, its current sak (item-2) changed by `changes`. */
function withCurrent(changes: Partial<AgendaItem>, meeting: Meeting = underWay()): Meeting {
  return { ...meeting, items: meeting.items.map((item) => (item.id === 'item-2' ? { ...item, ...changes } : item)) };
}

describe('the stage', () => {
  it('sets a long sak title smaller, so the forslag and the konklusjon stay in view, and a short one at full size', async () => {
    const long = 'Økonomisk langtidsplan 2027–2030 – «Bærekraftig drift» for Nordfjell sjukehus, Ålesund og Kristiansund (behandling etter høring i brukerutvalget)';
    const meeting = underWay();
    renderStage([], { ...meeting, items: meeting.items.map((item) => (item.id === 'item-2' ? { ...item, title: long } : item)) });
    const title = await screen.findByTestId('stage-title');
    expect(title.textContent).toBe(long);
    const longClasses = title.className.split(' ');
    cleanup();
    renderStage([]);
    const shortClasses = (await screen.findByTestId('stage-title')).className.split(' ');
    // The long title carries the smaller size's class on top of the title's own.
    expect(longClasses.filter((name) => !shortClasses.includes(name)).length).toBeGreaterThan(0);
  });

  it('says the conclusion is being written in the committee\'s word: «Vedtaket» for a committee that makes vedtak', async () => {
    renderStage([]);
    await screen.findByText('Her føres konklusjonen i møtet …');
    cleanup();
    renderStage([], underWay(), { ...committee, conventions: v.parse(ConventionsSchema, { conclusion: 'vedtak' }) });
    await screen.findByText('Her føres vedtaket i møtet …');
  });

  it('heads the conclusion of a sak that goes on to another body as the protokoll does: «Innstilling til Kommunestyret», not «Vedtak»', async () => {
    const meeting = underWay();
    const routed = { ...meeting, items: meeting.items.map((item) => (item.id === 'item-2' ? { ...item, caseRoute: [{ body: 'Kommunestyret' }] } : item)) };
    renderStage([], routed, { ...committee, conventions: v.parse(ConventionsSchema, { conclusion: 'vedtak' }) });
    const card = await screen.findByRole('region', { name: 'Innstilling til Kommunestyret' });
    expect(within(card).getByText('Her føres innstillingen til Kommunestyret i møtet …')).toBeTruthy();
  });

  it('heads the proposal of a sak that comes from another body by that body\'s innstilling, as the innkalling does: «Innstilling fra Eldrerådet»', async () => {
    const meeting = underWay();
    const routed = { ...meeting, items: meeting.items.map((item) => (item.id === 'item-2' ? { ...item, proposedConclusion: ['Planen vedtas.'], caseRoute: [{ body: 'Eldrerådet' }, { body: committee.name }, { body: 'Kommunestyret' }] } : item)) };
    renderStage([], routed, { ...committee, conventions: v.parse(ConventionsSchema, { conclusion: 'vedtak', proposal: 'innstilling' }) });
    const card = await screen.findByRole('region', { name: 'Innstilling fra Eldrerådet' });
    expect(within(card).getByText('Planen vedtas.')).toBeTruthy();
  });

  it('shows one point of the proposal and the konklusjon as its text and several as a numbered list, or as paragraphs for a committee that writes running text', async () => {
    const meeting = underWay();
    const withPoints = (proposal: string[], conclusion: string[]): Meeting => ({
      ...meeting,
      items: meeting.items.map((item) => (item.id === 'item-2' ? { ...item, proposedConclusion: proposal, conclusion } : item)),
    });
    const card = (name: string) => screen.findByRole('region', { name });
    renderStage([], withPoints(['Referatet godkjennes.'], ['Klagen tas ikke til følge.']));
    expect(within(await card('Forslag til konklusjon')).queryByRole('list')).toBeNull();
    expect(within(await card('Konklusjon')).queryByRole('list')).toBeNull();
    expect(within(await card('Konklusjon')).getByText('Klagen tas ikke til følge.').tagName).toBe('P');
    cleanup();
    renderStage([], withPoints(['Planen vedtas.', 'Saken sendes på høring.'], ['Klagen tas ikke til følge.', 'Vedtaket er endelig.']));
    expect(within(within(await card('Forslag til konklusjon')).getByRole('list')).getAllByRole('listitem')).toHaveLength(2);
    expect(within(within(await card('Konklusjon')).getByRole('list')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Klagen tas ikke til følge.', 'Vedtaket er endelig.']);
    cleanup();
    renderStage([], withPoints(['Planen vedtas.', 'Saken sendes på høring.'], ['Klagen tas ikke til følge.', 'Vedtaket er endelig.']), { ...committee, conventions: v.parse(ConventionsSchema, { runningText: true }) });
    expect(within(await card('Konklusjon')).queryByRole('list')).toBeNull();
    expect(within(await card('Konklusjon')).getByText('Vedtaket er endelig.').tagName).toBe('P');
    expect(within(await card('Forslag til konklusjon')).queryByRole('list')).toBeNull();
  });

  it('names the list beside the sak by the committee\'s word for it: «Saksliste», or «Dagsorden» for a committee that calls it so', async () => {
    renderStage([]);
    expect((await screen.findByRole('complementary')).getAttribute('aria-label')).toBe('Saksliste');
    cleanup();
    renderStage([], underWay(), { ...committee, conventions: v.parse(ConventionsSchema, { agendaHeading: 'dagsorden' }) });
    expect((await screen.findByRole('complementary')).getAttribute('aria-label')).toBe('Dagsorden');
  });

  it('renders the view of the sak once when it opens: the follower starting with the meeting just read has nothing new to show', async () => {
    const rendered = vi.mocked(progress.stageProgress);
    rendered.mockClear();
    renderStage([]);
    await screen.findByTestId('stage-title');
    // The follower is made in an effect after that render, and publishes the same meeting (polling, here, without a channel).
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByTestId('stage-polling')).toBeTruthy();
    expect(rendered.mock.calls.map(([meeting]) => meeting.currentItemId)).toEqual(['item-2']);
  });

  it('shows the sak being treated, the agenda with outcomes, and no warning when every row was read', async () => {
    renderStage([]);
    expect((await screen.findByTestId('stage-title')).textContent).toBe('Referat fra Partnerskapsmøte 05.06.2025');
    expect(screen.getByTestId('stage-number').textContent).toBe('2026.02');
    const agenda = screen.getByRole('complementary');
    expect(within(agenda).getByText('Godkjenning av innkalling og dagsorden').closest('li')?.textContent).toContain('Behandlet');
    expect(screen.queryByTestId('unreadable-rows')).toBeNull();
  });

  it('names a row that could not be read, with its link for repair, beside the sak being treated', async () => {
    renderStage([badItemRow]);
    await screen.findByTestId('stage-title');
    // The bar's code is fetched when there are such rows (not with every stage).
    const bar = await screen.findByTestId('unreadable-rows');
    expect(within(bar).getByRole('listitem').textContent).toBe("Sak 2026.04 «Budsjett» i møtet 11.06.2026 kunne ikke leses: feltet 'outcome' har en ukjent verdi («vedtatt»). Tillatt: pending, treated. Åpne for retting");
    expect(within(bar).getByRole('link', { name: 'Åpne for retting' }).getAttribute('href')).toBe(badItemRow.webUrl);
  });
});

describe('the stage shows how the sak being treated was voted', () => {
  it('shows the proposals, each vote\'s line and the protokolltilførsler as the members\' view does, around the konklusjon', async () => {
    renderStage([], withCurrent({ voting, conclusion: ['Handlingsplanen vedtas.'] }));
    await screen.findByTestId('stage-voting-statements');
    expect(screen.getAllByTestId('stage-vote-line').map((line) => line.textContent)).toEqual([
      'Endringsforslaget fra Ola Nordmann (Ap): Falt med 10 mot 25 stemmer.',
      'Innstillingen: Vedtatt med 25 mot 10 stemmer.',
    ]);
    // The protokoll's order: the proposals and votes, the konklusjon, the protokolltilførsler.
    const current = screen.getByTestId('stage-current');
    const lines = [...current.querySelectorAll('h3, p, li')].map((el) => el.textContent ?? '');
    expect(lines.slice(lines.indexOf('Forslag fremmet i møtet:'))).toEqual([
      'Forslag fremmet i møtet:',
      'Endringsforslag fra Ola Nordmann (Ap):',
      'Punkt 2 strykes.',
      'Votering:',
      'Endringsforslaget fra Ola Nordmann (Ap): Falt med 10 mot 25 stemmer.',
      'Innstillingen: Vedtatt med 25 mot 10 stemmer.',
      'Konklusjon',
      'Handlingsplanen vedtas.',
      'Protokolltilførsel fra Kari Nordmann (H):',
      'H mener saken var for dårlig utredet.',
    ]);
  });

  it('fetches the votes\' chunk only for a sak that has votes', async () => {
    const preload = vi.spyOn(votingRecordChunk, 'preload');
    renderStage([]);
    await screen.findByTestId('stage-title');
    expect(screen.queryByTestId('stage-voting-motions')).toBeNull();
    expect(preload).not.toHaveBeenCalled();
  });

  it('shows none of an exempt sak\'s votes, not even when the referent shows the sak on screen, and does not fetch their chunk', async () => {
    const preload = vi.spyOn(votingRecordChunk, 'preload');
    const entitled = { name: 'Mona Medlem', email: 'mona@siv.example.no' };
    const exempt = { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1', publicTitle: 'Personalsak' };
    const closed = { exempt, closedMeeting: { basis: 'koml. § 11-5 andre ledd bokstav a' }, grants: [entitled.email] };
    renderStage([], withCurrent({ voting, confidentiality: closed }));
    expect((await screen.findByTestId('stage-title')).textContent).toBe('Personalsak');
    cleanup();
    // «Vis på skjerm» in a closed meeting where everyone present may see the sak: its title and text, still no votes.
    const revealed = withCurrent({ voting, confidentiality: closed }, { ...underWay(), stageRevealItemId: 'item-2', attendance: [{ person: entitled, status: 'present' }] });
    renderStage([], revealed);
    expect((await screen.findByTestId('stage-title')).textContent).toBe('Referat fra Partnerskapsmøte 05.06.2025');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.body.textContent).not.toContain('Ola Nordmann');
    expect(document.body.textContent).not.toContain('Kari Nordmann');
    expect(screen.queryByTestId('stage-vote-line')).toBeNull();
    expect(preload).not.toHaveBeenCalled();
  });
});
