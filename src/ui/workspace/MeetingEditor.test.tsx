// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { aCommittee, aMeeting, anItem } from '../../domain/testing/builders';
import type { Committee, Meeting } from '../../domain/model';
import { MeetingEditor } from './MeetingEditor';
import { renderWithServices } from './testing/renderWithServices';
import { storedEditor } from './testing/storedEditor';

async function renderFacts(committee: Committee, meeting: Meeting) {
  const { repository, editor } = await storedEditor(committee, meeting);
  renderWithServices(<MeetingEditor committee={committee} editor={editor} state={editor.getState()} />, repository);
  return screen.getByText('Tid').closest('dl');
}

afterEach(() => cleanup());

describe('the meeting facts card', () => {
  it('shows no «Til» when neither the meeting nor the committee has a «Til»-linje, as the innkalling prints none', async () => {
    const facts = await renderFacts({ ...aCommittee(), recipientsLine: undefined }, aMeeting({ recipients: undefined }));
    expect(facts?.textContent).toContain('Tid');
    expect([...(facts?.querySelectorAll('dt') ?? [])].map((term) => term.textContent)).not.toContain('Til');
  });

  it('shows the committee\'s «Til»-linje when the meeting has none of its own', async () => {
    const facts = await renderFacts({ ...aCommittee(), recipientsLine: 'Styrets medlemmer' }, aMeeting({ recipients: undefined }));
    expect([...(facts?.querySelectorAll('dt') ?? [])].map((term) => term.textContent)).toContain('Til');
    expect(facts?.textContent).toContain('Styrets medlemmer');
  });

  it('says «Teams-møte» for a meeting on Teams with no room, without a separator before it; a room and Teams with one', async () => {
    const place = async (meeting: Meeting) => {
      const facts = await renderFacts(aCommittee(), meeting);
      const term = [...(facts?.querySelectorAll('dt') ?? [])].find((candidate) => candidate.textContent === 'Sted');
      const text = term?.nextElementSibling?.textContent;
      cleanup();
      return text;
    };
    expect(await place(aMeeting({ place: '', online: true }))).toBe('Teams-møte');
    expect(await place(aMeeting({ place: 'Rådhuset', online: true }))).toBe('Rådhuset · Teams-møte');
    expect(await place(aMeeting({ place: 'Rådhuset', online: false }))).toBe('Rådhuset');
  });
});

describe('after the innkalling is sent, the status says an update waits to be sent', () => {
  // The status read «Innkalling sendt» after she changed the meeting, until she opened the send dialog and saw its lines.
  const sent = (meeting: Meeting): Meeting => ({
    ...meeting,
    status: 'noticeSent',
    notice: { eventId: 'e', transactionId: 't', sentAt: '2026-05-01T10:00:00Z', version: 1, items: meeting.items, attachmentIds: [] },
  });
  const header = () => screen.getByRole('heading', { level: 2 }).parentElement;

  it('beside «Innkalling sendt» once a sak changed after the send (the send dialog’s comparison), with the bar asking her to send it', async () => {
    const meeting = sent(aMeeting({ items: [anItem('budget', { title: 'Budsjett 2027' })] }));
    await renderFacts(aCommittee(), { ...meeting, items: meeting.items.map((item, index) => (index === 0 ? { ...item, title: `${item.title} (revidert)` } : item)) });
    expect(header()?.textContent).toContain('Innkalling sendt');
    expect(screen.getByTestId('update-waiting').textContent).toBe('Oppdatering venter på å bli sendt');
    expect(screen.getByText('Møtet er endret etter at innkallingen ble sendt. Send oppdatert innkalling.')).toBeTruthy();
  });

  it('not while the meeting is as sent', async () => {
    await renderFacts(aCommittee(), sent(aMeeting({ items: [anItem('budget', { title: 'Budsjett 2027' })] })));
    expect(header()?.textContent).toContain('Innkalling sendt');
    expect(screen.queryByTestId('update-waiting')).toBeNull();
  });
});
