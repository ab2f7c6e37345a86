// @vitest-environment jsdom
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MotebokProvider } from '../shared/MotebokProvider';
import { initializeOutlookHost, type OutlookHost } from '../../hosts/outlook/initializeOutlookHost';
import { mockOutlook } from '../../hosts/outlook/testing/officeMock';
import type { FakeMailboxOptions } from '../../hosts/outlook/testing/fakeMailbox';
import type { MeetingFile } from '../../domain/model';
import { ConventionsSchema } from '../../domain/conventions';
import { OutlookApp } from './OutlookApp';
import { AGENDA_MARKERS, composeBlock, planAttachments } from './insertAgenda';
import { createInMemoryMeetingRepository, type InMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { loadSeed } from './testing/loadSeed';
import { withStoredDocuments } from './testing/seed2026';

afterEach(() => cleanup());

const APP_URL = 'https://motebok.example.no/';

async function renderPane(mailbox: FakeMailboxOptions, file: MeetingFile = withStoredDocuments(loadSeed('pm-2026.json'))) {
  const fake = mockOutlook(mailbox);
  const outlook: OutlookHost = await initializeOutlookHost({ office: fake.office, forcedColors: () => false });
  const repository: InMemoryMeetingRepository = createInMemoryMeetingRepository({ committees: [file.committee], meetings: [file.meeting] });
  for (const item of file.meeting.items) for (const a of item.attachments) if (a.driveItemId) repository.addDocument(a.driveItemId, new Uint8Array([1, 2, 3]));
  const view = () => (
    <MotebokProvider host={outlook.hostContext}>
      <OutlookApp outlook={outlook} repository={repository} appUrl={APP_URL} />
    </MotebokProvider>
  );
  const utils = render(view());
  return { fake, repository, file, rerenderFresh: () => (cleanup(), render(view())), ...utils };
}

describe('Outlook pane outside an appointment', () => {
  it('says it is not in Outlook when opened in a plain browser page', async () => {
    const outlook = await initializeOutlookHost({ forcedColors: () => false });
    const repository = createInMemoryMeetingRepository({ committees: [], meetings: [] });
    render(
      <MotebokProvider host={outlook.hostContext}>
        <OutlookApp outlook={outlook} repository={repository} appUrl={APP_URL} />
      </MotebokProvider>,
    );
    // A plain page has no Outlook display language; jsdom's browser language (en-US) decides.
    expect(await screen.findByText('Not opened in Outlook')).toBeTruthy();
  });

  it('says it works on appointments only when opened on an e-mail', async () => {
    await renderPane({ itemType: 'message' });
    expect(await screen.findByText(/virker på møteinnkallinger i kalenderen, ikke på e-post/)).toBeTruthy();
  });
});

describe('compose pane (organiser)', () => {
  it('preselects the only committee and its open meeting, and inserts the agenda into the body', async () => {
    const { fake } = await renderPane({ mode: 'compose' });
    const button = await screen.findByRole('button', { name: 'Sett inn saksliste' });
    expect(screen.getByText('Sakslisten er ikke satt inn i denne innkallingen ennå.')).toBeTruthy();
    await act(async () => fireEvent.click(button));
    expect(await screen.findByText(/Sakslisten med 7 saker er satt inn/)).toBeTruthy();
    expect(screen.getByText('Innkallingen og møtet i Møtebok er koblet sammen.')).toBeTruthy();
    for (const n of ['2026.01', '2026.04', '2026.07']) expect(fake.state.bodyHtml).toContain(n);
    expect(await screen.findByRole('button', { name: 'Oppdater saksliste' })).toBeTruthy();
  });

  it('names an approved record in the meeting list in the committee\'s words («Protokoll godkjent»)', async () => {
    const seed = withStoredDocuments(loadSeed('pm-2026.json'));
    const file: MeetingFile = {
      ...seed,
      committee: { ...seed.committee, conventions: v.parse(ConventionsSchema, { minutes: 'protokoll', conclusion: 'vedtak' }) },
      meeting: { ...seed.meeting, status: 'minutesApproved' },
    };
    await renderPane({ mode: 'compose' }, file);
    const option = await screen.findByRole('option', { name: /Protokoll godkjent$/ });
    expect(option.textContent).toMatch(/ – Protokoll godkjent$/);
  });

  it('names the list by the committee\'s word for it: «Sett inn sakskart», «Sakskartet med 7 saker er satt inn»', async () => {
    const seed = withStoredDocuments(loadSeed('pm-2026.json'));
    const file: MeetingFile = { ...seed, committee: { ...seed.committee, conventions: v.parse(ConventionsSchema, { agendaHeading: 'sakskart' }) } };
    await renderPane({ mode: 'compose' }, file);
    const button = await screen.findByRole('button', { name: 'Sett inn sakskart' });
    expect(screen.getByRole('heading', { level: 1, name: 'Sakskart til innkallingen' })).toBeTruthy();
    expect(screen.getByText('Sakskartet er ikke satt inn i denne innkallingen ennå.')).toBeTruthy();
    await act(async () => fireEvent.click(button));
    expect(await screen.findByText(/Sakskartet med 7 saker er satt inn/)).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Oppdater sakskart' })).toBeTruthy();
    expect(screen.queryByText(/saksliste/i)).toBeNull();
  });

  it('shows that the invite is out of date after the agenda changed in Møtebok, and offers the update', async () => {
    const first = await renderPane({ mode: 'compose' });
    const button = await screen.findByRole('button', { name: 'Sett inn saksliste' });
    await act(async () => fireEvent.click(button));
    await screen.findByText(/Sakslisten med 7 saker er satt inn/);
    const stored = await first.repository.getMeeting(first.file.meeting.id);
    if (!stored) throw new Error('meeting missing');
    const items = stored.value.items.map((item, n) => (n === 3 ? { ...item, title: 'Prosjekt X – endret tittel' } : item));
    await first.repository.saveMeeting({ ...stored.value, items }, stored.version);
    first.rerenderFresh();
    expect(await screen.findByText(/Sakslisten er endret i Møtebok etter at den ble satt inn/)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Oppdater saksliste' })));
    await screen.findByText(/Sakslisten med 7 saker er satt inn/);
    expect(first.fake.state.bodyHtml).toContain('Prosjekt X – endret tittel');
  });

  it('explains a body that would be too large, and leaves the appointment untouched', async () => {
    const { fake } = await renderPane({ mode: 'compose', bodyHtml: `<p>${'x'.repeat(999_500)}</p>` });
    const button = await screen.findByRole('button', { name: 'Sett inn saksliste' });
    await act(async () => fireEvent.click(button));
    expect(await screen.findByText(/blir for lang for Outlook/)).toBeTruthy();
    expect(fake.state.bodyHtml).not.toContain(AGENDA_MARKERS.start);
    expect(fake.state.subject).toBe('');
  });

  it('says Outlook is offline instead of failing silently', async () => {
    const { fake } = await renderPane({ mode: 'compose' });
    await screen.findByRole('button', { name: 'Sett inn saksliste' });
    fake.state.offline = true;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Sett inn saksliste' })));
    expect(await screen.findByText(/Outlook har ikke forbindelse med serveren/)).toBeTruthy();
  });

  it('with an old Outlook (no Mailbox 1.8) inserts the agenda but says the meeting could not be linked', async () => {
    const { fake } = await renderPane({ mode: 'compose', mailboxVersion: '1.5' });
    const button = await screen.findByRole('button', { name: 'Sett inn saksliste' });
    await act(async () => fireEvent.click(button));
    expect(await screen.findByText(/denne Outlook-versjonen gir ikke avtalens ID/)).toBeTruthy();
    expect(fake.state.bodyHtml).toContain('2026.07');
  });

  it('starts a new meeting from the appointment’s date and time with the template’s standing items', async () => {
    const seed = loadSeed('pm-2026.json');
    const { repository } = await renderPane(
      { mode: 'compose', start: new Date('2026-09-10T08:00:00Z'), end: new Date('2026-09-10T10:00:00Z'), location: 'Tønsberg rådhus' },
      withStoredDocuments(seed),
    );
    const button = await screen.findByRole('button', { name: 'Nytt møte fra denne avtalen' });
    await act(async () => fireEvent.click(button));
    expect(await screen.findByText('Nytt møte opprettet for 10.09.2026 med faste saker.')).toBeTruthy();
    const created = repository.saved.at(-1);
    expect(created).toMatchObject({ date: '2026-09-10', start: '10:00', end: '12:00', place: 'Tønsberg rådhus', status: 'draft' });
    expect(created?.items.at(-1)?.title).toBe('Oppsummering og avslutning');
  });
});

describe('read pane (attendee)', () => {
  function invite(file: MeetingFile): string {
    return `<html><body>${composeBlock(file, planAttachments(file.committee, file.meeting, true), APP_URL)}<p>Teams-lenke</p></body></html>`;
  }

  it('lists the agenda with links to the vedlegg in SharePoint', async () => {
    const file = withStoredDocuments(loadSeed('pm-2026.json'));
    await renderPane({ mode: 'read', bodyHtml: invite(file) }, file);
    const link = await screen.findByRole('link', { name: /Åpne Vedlegg 1 - Sak 2026\.02 .* i SharePoint/ });
    expect(link.getAttribute('href')).toMatch(/^https:\/\/siv\.sharepoint\.com\//);
    expect(screen.getByText('2026.07')).toBeTruthy();
  });

  it('heads the agenda by the committee\'s word for its list: «Sakskart» for a committee that calls it so', async () => {
    const seed = withStoredDocuments(loadSeed('pm-2026.json'));
    const file = { ...seed, committee: { ...seed.committee, conventions: v.parse(ConventionsSchema, { agendaHeading: 'sakskart' }) } };
    await renderPane({ mode: 'read', bodyHtml: invite(file) }, file);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sakskart' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Sakskart' })).toBeTruthy();
  });

  it('shows a member from another organisation the files attached to the invite and a clear message, not an error', async () => {
    const file = withStoredDocuments(loadSeed('pm-2026.json'));
    const fake = mockOutlook({
      mode: 'read',
      bodyHtml: invite(file),
      attachments: [{ id: 'a1', name: 'Vedlegg 1 - Sak 2026.02 Referat.pdf', size: 100, attachmentType: 'file', isInline: false }],
    });
    const outlook = await initializeOutlookHost({ office: fake.office, forcedColors: () => false });
    const repository = createInMemoryMeetingRepository({ committees: [file.committee], meetings: [file.meeting] });
    repository.access = 'forbidden';
    render(
      <MotebokProvider host={outlook.hostContext}>
        <OutlookApp outlook={outlook} repository={repository} appUrl={APP_URL} />
      </MotebokProvider>,
    );
    expect(await screen.findByText('Dokumentene ligger hos arrangøren')).toBeTruthy();
    expect(screen.getByText('Vedlegg 1 - Sak 2026.02 Referat.pdf')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows exempt content only to a reader whose own token opens the sak\'s folder for it; others see the public view', async () => {
    const file = withStoredDocuments(loadSeed('pm-2026-unntatt.json'));
    const exemptVedlegg = file.meeting.items.flatMap((item) => item.attachments).find((attachment) => attachment.exemption);
    // A member: SharePoint lets her open both folders.
    const member = await renderPane({ mode: 'read', bodyHtml: invite(file) }, file);
    expect(await screen.findByText(/Én vei inn/)).toBeTruthy();
    expect(screen.getByRole('link', { name: new RegExp(`Åpne .*${exemptVedlegg?.title ?? '-'}`) })).toBeTruthy();
    // An observer or a vara: the same meeting rows, but both folders answer 404.
    member.repository.openFolders = new Set();
    const fresh = member.rerenderFresh();
    expect((await screen.findAllByText('Unntatt offentlighet', { exact: false })).length).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getByText('2026.07')).toBeTruthy());
    expect(fresh.container.textContent).not.toContain('Én vei inn');
    expect(fresh.container.textContent).not.toContain(exemptVedlegg?.title ?? '-');
    expect(screen.queryByRole('link', { name: new RegExp(`Åpne .*${exemptVedlegg?.title ?? '-'}`) })).toBeNull();
  });

  it('says so when the invite was not made with Møtebok', async () => {
    await renderPane({ mode: 'read', bodyHtml: '<p>Vanlig møte</p>' });
    expect(await screen.findByText(/ikke laget med Møtebok/)).toBeTruthy();
  });

  it('keeps working offline: says the documents cannot be fetched and lists the invite’s files', async () => {
    const file = withStoredDocuments(loadSeed('pm-2026.json'));
    const fake = mockOutlook({ mode: 'read', bodyHtml: invite(file) });
    const outlook = await initializeOutlookHost({ office: fake.office, forcedColors: () => false });
    const repository = createInMemoryMeetingRepository({ committees: [file.committee], meetings: [file.meeting] });
    repository.access = 'offline';
    render(
      <MotebokProvider host={outlook.hostContext}>
        <OutlookApp outlook={outlook} repository={repository} appUrl={APP_URL} />
      </MotebokProvider>,
    );
    expect(await screen.findByText(/Ingen nettforbindelse/)).toBeTruthy();
    await waitFor(() => expect(screen.getByText(/ingen vedlagte filer/)).toBeTruthy());
  });
});
