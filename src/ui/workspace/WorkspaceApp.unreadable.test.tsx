// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { formatDateLong } from '../../domain/dates';
import { aCommittee, aMeeting, anItem } from '../../domain/testing/builders';
import type { CaseNumber, Meeting } from '../../domain/model';
import type { MeetingRepository, MeetingRows, ReadMeeting, UnreadableRow } from '../../domain/ports';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { WorkspaceApp } from './WorkspaceApp';
import { renderWithServices } from './testing/renderWithServices';

const badMeetingRow: UnreadableRow = {
  label: { kind: 'meeting', date: '2026-03-12T00:00:00Z' },
  rowId: '7',
  webUrl: 'https://contoso.sharepoint.com/sites/helse/Lists/MotebokMeetings/DispForm.aspx?ID=7',
  problem: { code: 'missing', field: 'date' },
};
const badItemRow: UnreadableRow = {
  label: { kind: 'item', caseNumber: '2026.03', title: 'Budsjett', meetingDate: '2026-06-11' },
  rowId: '31',
  problem: { code: 'unknownValue', field: 'outcome', value: 'vedtatt', allowed: ['pending', 'treated', 'postponed'] },
};
const badCommitteeRow: UnreadableRow = { label: { kind: 'committee', name: 'Styret' }, rowId: '2', webUrl: 'javascript:alert(1)', problem: { code: 'wrongType', field: 'shortName', expected: 'string' } };

/** The in-memory repository, answering as SharePoint does when some rows cannot be read. */
function withUnreadableRows(repository: MeetingRepository): MeetingRepository {
  return Object.assign(Object.create(repository) as MeetingRepository, {
    listCommittees: async () => Object.assign(await repository.listCommittees(), { unreadable: [badCommitteeRow] }),
    listMeetingRows: async (committeeId: string): Promise<MeetingRows> =>
      Object.assign(await repository.listMeetingRows(committeeId), { unreadable: [badMeetingRow] }),
    getMeeting: async (meetingId: string): Promise<ReadMeeting | undefined> => {
      const read = await repository.getMeeting(meetingId);
      return read ? { ...read, unreadable: [badItemRow] } : undefined;
    },
  });
}


/** The workspace in a browser with `meeting` open (its link), reading from `repository`. */
function renderWorkspace(meeting: Meeting, repository: MeetingRepository): void {
  window.history.replaceState(null, '', `/workspace.html#meeting=${encodeURIComponent(meeting.id)}`);
  renderWithServices(<WorkspaceApp />, repository);
}

afterEach(() => cleanup());

describe('the workspace with rows that cannot be read', () => {
  it('names each unreadable row in a warning, offers to open it for repair, and still lists the intact meeting', async () => {
    const committee = aCommittee();
    const meeting = aMeeting({ committeeId: committee.id });
    // The meeting is open (its link), so its item rows have been read too.
    renderWorkspace(meeting, withUnreadableRows(createInMemoryMeetingRepository({ committees: [committee], meetings: [meeting] })));
    const bar = await screen.findByTestId('unreadable-rows');
    await within(bar).findByText(/Møtet 12\.03\.2026/);
    await within(bar).findByText(/Sak 2026\.03/);
    const rows = within(bar).getAllByRole('listitem').map((item) => item.textContent);
    expect(rows).toEqual([
      "Møteorganet «Styret» kunne ikke leses: feltet 'shortName' skal være tekst. (rad-ID 2)",
      "Møtet 12.03.2026 kunne ikke leses: feltet 'date' mangler. Åpne for retting",
      "Sak 2026.03 «Budsjett» i møtet 11.06.2026 kunne ikke leses: feltet 'outcome' har en ukjent verdi («vedtatt»). Tillatt: pending, treated, postponed. (rad-ID 31)",
    ]);
    expect(within(bar).getByRole('link', { name: 'Åpne for retting' }).getAttribute('href')).toBe(badMeetingRow.webUrl);
    expect(bar.textContent).not.toMatch(/Uventet feil|Expected|Invalid/);
    // Everything else works: the intact meeting is listed.
    const nav = await screen.findByRole('navigation');
    await within(nav).findByText(new RegExp(formatDateLong(meeting.date).slice(0, 5)));
  });
});

describe('the workspace with a draft on this machine that this version cannot read', () => {
  it('names the draft and its unknown field in the warning, and leaves the draft where it was', async () => {
    const committee = aCommittee();
    const meeting = aMeeting({ committeeId: committee.id, items: [anItem('sak-1', { caseNumber: '2026.03' as CaseNumber, title: 'Budsjett' })] });
    // Left by a newer version in this tab's journal: a field this version does not know.
    const journalKey = `motebok-draft:${meeting.id}\u0000${meeting.items[0]?.id ?? ''}`;
    const fromNewer = JSON.stringify({ kind: 'item', meetingId: meeting.id, key: meeting.items[0]?.id, patch: { title: 'Ny tittel', voteCount: 7 }, updatedAt: '2026-06-11T10:00:00.000Z' });
    sessionStorage.setItem(journalKey, fromNewer);
    renderWorkspace(meeting, createInMemoryMeetingRepository({ committees: [committee], meetings: [meeting] }));
    const bar = await screen.findByTestId('unreadable-rows');
    const named = await within(bar).findByText(/voteCount/);
    expect(named.textContent).toBe(
      "Utkastet for sak 2026.03 «Budsjett» på denne maskinen kunne ikke leses: feltet 'patch' har ukjente felt: voteCount. Det er lagret urørt, " +
        'slik at en nyere versjon av Møtebok kan lese det, og endrer du sak 2026.03 «Budsjett» her, legges det til side. Det blir liggende til du forkaster det. Forkast utkastet',
    );
    // Not laid over the meeting without the field it had (the stored title is shown), and kept whole.
    expect(screen.queryByText('Ny tittel')).toBeNull();
    expect(sessionStorage.getItem(journalKey)).toBe(fromNewer);
    // Until she discards it.
    fireEvent.click(within(bar).getByRole('button', { name: 'Forkast utkastet' }));
    await waitFor(() => expect(screen.queryByTestId('unreadable-rows')).toBeNull());
    expect(sessionStorage.getItem(journalKey)).toBeNull();
  });
});
