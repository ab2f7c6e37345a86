// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { aCommittee, aMeeting } from '../../domain/testing/builders';
import { committeePreset } from '../../domain/committeePresets';
import { storedEditor } from './testing/storedEditor';
import { renderWithServices } from './testing/renderWithServices';
import { MeetingFactsForm } from './MeetingFactsForm';

const committee = aCommittee({ name: 'Styret i Vekst AS', conventions: committeePreset('aksjeselskap').conventions });
const written = () => aMeeting({ status: 'draft', date: '2026-06-11', start: '12:00', end: undefined, place: '', online: false, items: [], written: { answers: [] } });

afterEach(() => cleanup());

describe('«Endre møtet» for a written treatment', () => {
  it('asks for the Svarfrist as «Nytt møte» does, not a meeting\'s time, place or Teams, and saves it', async () => {
    const { repository, editor } = await storedEditor(committee, written());
    let done = false;
    const form = <MeetingFactsForm meeting={editor.getState().meeting} editor={editor} committee={committee} meetings={[]} onDone={() => (done = true)} />;
    renderWithServices(form, repository);
    const deadline = await screen.findByLabelText(/^Svarfrist/, { selector: 'input[type="date"]' });
    expect(screen.getByLabelText(/^Svarfrist klokken/)).toBeTruthy();
    for (const meetingField of [/^Starttid/, /^Sluttid/, /^Møtested/, /^Kan følges på Teams/, /^Møtenummer/]) expect(screen.queryByLabelText(meetingField)).toBeNull();
    fireEvent.change(deadline, { target: { value: '2026-06-18' } });
    fireEvent.change(screen.getByLabelText(/^Svarfrist klokken/), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bruk endringene' }));
    await waitFor(() => expect(done).toBe(true));
    const saved = editor.getState().meeting;
    expect([saved.date, saved.start, saved.end, saved.place, saved.online]).toEqual(['2026-06-18', undefined, undefined, '', false]);
  });

  it('speaks nynorsk and English', async () => {
    const { repository, editor } = await storedEditor(committee, written());
    renderWithServices(<MeetingFactsForm meeting={editor.getState().meeting} editor={editor} committee={committee} meetings={[]} onDone={() => undefined} />, repository, { locale: 'en-GB' });
    expect(await screen.findByLabelText(/^Answer deadline time/)).toBeTruthy();
  });
});
