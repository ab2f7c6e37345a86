// @vitest-environment jsdom
import * as v from 'valibot';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { useSyncExternalStore } from 'react';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { aCommittee, aMeeting, anItem } from '../../domain/testing/builders';
import { committeePreset } from '../../domain/committeePresets';
import { CaseNumberSchema, type Meeting } from '../../domain/model';
import type { AgendaEditor } from './agendaEditor';
import { storedEditor } from './testing/storedEditor';
import { WrittenAnswersPanel } from './WrittenAnswersPanel';
import { renderWithServices } from './testing/renderWithServices';

const committee = aCommittee({
  name: 'Styret i Vekst AS',
  conventions: committeePreset('aksjeselskap').conventions,
  members: [{ name: 'Anne Berg', email: 'anne@as.no' }, { name: 'Bjørn Dahl', email: 'bjorn@as.no' }, { name: 'Cecilie Holm', email: 'cecilie@as.no' }],
});

function Harness({ editor, now }: { editor: AgendaEditor; now?: Date }) {
  const state = useSyncExternalStore(editor.subscribe, () => editor.getState());
  return <WrittenAnswersPanel committee={committee} meeting={state.meeting} onChange={(apply) => editor.updateMeeting(apply)} {...(now ? { now } : {})} />;
}

async function renderPanel(meeting: Meeting, locale = 'nb-NO', now?: Date) {
  const { repository, editor } = await storedEditor(committee, meeting);
  renderWithServices(<Harness editor={editor} {...(now ? { now } : {})} />, repository, { locale });
  return editor;
}

const written = () =>
  aMeeting({ place: '', online: false, end: undefined, items: [anItem('s1', { caseNumber: v.parse(CaseNumberSchema, 'Sak 4/26'), title: 'Kjøp av tomt' })], written: { answers: [] } });

afterEach(() => cleanup());

describe('a written treatment\'s answers in the workspace', () => {
  it('records each member\'s answer per sak, named by the sak (its number and title) and the member, and shows the result as it stands', async () => {
    const editor = await renderPanel(written());
    const anne = await screen.findByRole('combobox', { name: /^.+ Kjøp av tomt Anne Berg$/ });
    expect(screen.getByText('Ikke vedtaksført: under halvparten har svart')).toBeTruthy();
    fireEvent.change(anne, { target: { value: 'agree' } });
    fireEvent.change(screen.getByRole('combobox', { name: /^.+ Kjøp av tomt Bjørn Dahl$/ }), { target: { value: 'agree' } });
    expect(editor.getState().meeting.written?.answers.map((a) => [a.member, a.answer])).toEqual([['anne@as.no', 'agree'], ['bjorn@as.no', 'agree']]);
    expect(await screen.findByText('Vedtatt')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: /^.+ Kjøp av tomt Cecilie Holm$/ }), { target: { value: 'meeting' } });
    expect(await screen.findByText('Møtebehandling kreves')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /^Merknad .+ Kjøp av tomt Cecilie Holm$/ }), { target: { value: 'Bør drøftes i møte.' } });
    expect(editor.getState().meeting.written?.answers.find((a) => a.member === 'cecilie@as.no')).toMatchObject({ answer: 'meeting', comment: 'Bør drøftes i møte.' });
    // The protokoll as it stands, in the committee's word for it.
    expect(screen.getByRole('button', { name: 'Last ned protokollen (.docx)' })).toBeTruthy();
  });

  it('says the result is provisional before the Svarfrist while a member has not answered, not «Ikke vedtatt»', async () => {
    // Svarfrist 11 June 2026 at 12.00 in Oslo (10.00 UTC in summer); an hour before it.
    const before = new Date('2026-06-11T09:00:00Z');
    await renderPanel({ ...written(), date: '2026-06-11', start: '12:00' }, 'nb-NO', before);
    expect(await screen.findByText('Foreløpig: under halvparten har svart')).toBeTruthy();
    expect(screen.queryByText('Ikke vedtaksført: under halvparten har svart')).toBeNull();
    fireEvent.change(screen.getByRole('combobox', { name: /^.+ Kjøp av tomt Anne Berg$/ }), { target: { value: 'agree' } });
    fireEvent.change(screen.getByRole('combobox', { name: /^.+ Kjøp av tomt Bjørn Dahl$/ }), { target: { value: 'disagree' } });
    expect(await screen.findByText('Foreløpig: ikke flertall for')).toBeTruthy();
    expect(screen.queryByText('Ikke vedtatt')).toBeNull();
    // Every member has answered: the result is final before the Svarfrist too.
    fireEvent.change(screen.getByRole('combobox', { name: /^.+ Kjøp av tomt Cecilie Holm$/ }), { target: { value: 'disagree' } });
    expect(await screen.findByText('Ikke vedtatt')).toBeTruthy();
    cleanup();
    await renderPanel({ ...written(), date: '2026-06-11', start: '12:00' }, 'nn-NO', before);
    expect(await screen.findByText('Førebels: under halvparten har svart')).toBeTruthy();
    cleanup();
    await renderPanel({ ...written(), date: '2026-06-11', start: '12:00' }, 'en-GB', before);
    expect(await screen.findByText('Provisional: fewer than half have answered')).toBeTruthy();
  });

  it('speaks nynorsk and English', async () => {
    await renderPanel(written(), 'nn-NO');
    expect(await screen.findByRole('heading', { name: 'Svar frå medlemene' })).toBeTruthy();
    cleanup();
    await renderPanel(written(), 'en-GB');
    expect(await screen.findByRole('heading', { name: 'Answers from the members' })).toBeTruthy();
  });
});
