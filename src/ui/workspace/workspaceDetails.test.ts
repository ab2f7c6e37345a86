// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { aClosingRow, aCommittee, aMeeting, anItem, numbersOf } from '../../domain/testing/builders';
import { renumberItems } from '../../domain/caseNumbering';
import { applyMeetingFacts, meetingChangesSinceNotice } from '../../domain/meetingFacts';
import { blankCommittee } from '../../domain/blankCommittee';
import { ConflictError, OfflineError } from '../../domain/ports';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { AgendaEditor } from './agendaEditor';
import { useMeetingFactsForm } from './useMeetingFactsForm';
import { useCommitteeSettings } from './useCommitteeSettings';

const committee = aCommittee();

async function editorFor(status: 'draft' | 'noticeSent') {
  const base = renumberItems(aMeeting({ items: [anItem('a'), anItem('b'), aClosingRow()] }), committee, []);
  const meeting =
    status === 'draft' ? base : { ...base, status, notice: { eventId: 'e', transactionId: 't', sentAt: '2026-05-01T08:00:00Z', version: 1, items: base.items, attachmentIds: [] } };
  const repository = createInMemoryMeetingRepository({ committees: [committee], meetings: [meeting] });
  const stored = await repository.getMeeting(meeting.id);
  if (!stored) throw new Error('seed failed');
  const editor = new AgendaEditor(stored, { repository, committee, otherMeetings: [], debounceMs: 0 });
  const form = renderHook(() => useMeetingFactsForm(editor.getState().meeting, (facts) => editor.updateMeeting((m) => applyMeetingFacts(m, facts))));
  return { editor, form, repository };
}

describe('editing the meeting facts in the workspace', () => {
  it('renumbers the items when a draft moves to another year', async () => {
    const { editor, form } = await editorFor('draft');
    act(() => form.result.current.set('date', '2027-01-14'));
    let ok = false;
    act(() => {
      ok = form.result.current.save();
    });
    expect(ok).toBe(true);
    expect(editor.getState().meeting.date).toBe('2027-01-14');
    expect(numbersOf(editor.getState().meeting)).toEqual(['2027.01', '2027.02', null]);
  });

  it('keeps everything typed and names the field when the time is malformed', async () => {
    const { editor, form } = await editorFor('draft');
    act(() => {
      form.result.current.set('place', 'Sandefjord rådhus');
      form.result.current.set('end', '1500');
    });
    act(() => {
      form.result.current.save();
    });
    expect(form.result.current.problems).toEqual({ end: 'invalidTime' });
    expect(form.result.current.input.place).toBe('Sandefjord rådhus');
    expect(form.result.current.input.end).toBe('1500');
    expect(editor.getState().meeting.place).toBe('Våle samfunnshus');
    act(() => form.result.current.set('end', '15:30'));
    expect(form.result.current.problems).toEqual({});
  });

  it('after the notice, keeps the numbers and lists the move for "Send oppdatert innkalling"', async () => {
    const { editor, form, repository } = await editorFor('noticeSent');
    act(() => {
      form.result.current.set('place', 'Tønsberg');
      form.result.current.set('start', '12:00');
      form.result.current.set('date', '2027-01-14');
    });
    act(() => {
      form.result.current.save();
    });
    const meeting = editor.getState().meeting;
    expect(numbersOf(meeting)).toEqual(['2026.01', '2026.02', null]);
    expect(meetingChangesSinceNotice(meeting, 'nb')).toEqual(['Ny dato: 14.01.2027', 'Nytt tidspunkt: kl. 12.00–15.00', 'Nytt møtested: Tønsberg']);
    await editor.flush();
    expect((await repository.getMeeting(meeting.id))?.value.notice?.details?.place).toBe('Våle samfunnshus');
  });
});

describe('committee settings', () => {
  it('saves målform, an external member and the attachment mode with the eTag', async () => {
    const repository = createInMemoryMeetingRepository({ committees: [committee] });
    const [stored] = await repository.listCommittees();
    if (!stored) throw new Error('seed failed');
    const { result } = renderHook(() => useCommitteeSettings(stored, repository));
    act(() => {
      result.current.set('languageForm', 'nn');
      result.current.set('attachmentMode', 'link');
    });
    let problems: string[] = [];
    act(() => {
      problems = result.current.addExternalMember('Kari Kommune', 'kari@larvik.kommune.no', 'Larvik kommune');
    });
    expect(problems).toEqual([]);
    await act(async () => {
      await result.current.save();
    });
    expect(result.current.saveState).toBe('saved');
    const [saved] = await repository.listCommittees();
    expect(saved?.value).toMatchObject({ languageForm: 'nn', attachmentMode: 'link', members: [{ name: 'Kari Kommune', email: 'kari@larvik.kommune.no', organisation: 'Larvik kommune' }] });
    // A second save uses the new version: no conflict with itself.
    act(() => result.current.set('defaultPlace', 'Larvik'));
    await act(async () => {
      await result.current.save();
    });
    expect(result.current.saveState).toBe('saved');
  });

  it('saves over what someone else saved meanwhile in other fields, keeping both', async () => {
    const repository = createInMemoryMeetingRepository({ committees: [committee] });
    const [stored] = await repository.listCommittees();
    if (!stored) throw new Error('seed failed');
    const { result } = renderHook(() => useCommitteeSettings(stored, repository));
    await repository.saveCommittee({ ...committee, defaultPlace: 'Andres sted' }, stored.version);
    act(() => result.current.set('recipientsLine', 'Medlemmene i partnerskapsmøtet'));
    await act(async () => {
      await result.current.save();
    });
    expect(result.current.saveState).toBe('saved');
    expect((await repository.listCommittees())[0]?.value).toMatchObject({ defaultPlace: 'Andres sted', recipientsLine: 'Medlemmene i partnerskapsmøtet' });
    // The form now shows their change too, so the next save does not undo it.
    expect(result.current.input.defaultPlace).toBe('Andres sted');
    act(() => result.current.set('recipientsLine', 'Faste medlemmer'));
    await act(async () => {
      await result.current.save();
    });
    expect((await repository.listCommittees())[0]?.value).toMatchObject({ defaultPlace: 'Andres sted', recipientsLine: 'Faste medlemmer' });
  });

  it('reports a conflict when someone else changed the same field, keeps the typed form, and can keep mine', async () => {
    const repository = createInMemoryMeetingRepository({ committees: [committee] });
    const [stored] = await repository.listCommittees();
    if (!stored) throw new Error('seed failed');
    const { result } = renderHook(() => useCommitteeSettings(stored, repository));
    await repository.saveCommittee({ ...committee, defaultPlace: 'Andres sted', recipientsLine: 'Deres linje' }, stored.version);
    act(() => result.current.set('recipientsLine', 'Medlemmene i partnerskapsmøtet'));
    await act(async () => {
      await result.current.save();
    });
    expect(result.current.saveState).toBe('conflict');
    expect(result.current.error).toBeInstanceOf(ConflictError);
    expect(result.current.input.recipientsLine).toBe('Medlemmene i partnerskapsmøtet');
    await act(async () => {
      await result.current.keepMine();
    });
    expect(result.current.saveState).toBe('saved');
    expect((await repository.listCommittees())[0]?.value).toMatchObject({ defaultPlace: 'Andres sted', recipientsLine: 'Medlemmene i partnerskapsmøtet' });
  });

  it('refuses a short name that cannot be in a file name and creates nothing', async () => {
    const repository = createInMemoryMeetingRepository({ committees: [] });
    const { result } = renderHook(() => useCommitteeSettings({ value: blankCommittee('new'), version: undefined }, repository));
    act(() => {
      result.current.set('name', 'Samhandlingsutvalget');
      result.current.set('shortName', 'SU/2');
    });
    await act(async () => {
      await result.current.save();
    });
    // Nobody in the secretariat either (a new committee starts with nobody): both named, nothing typed lost.
    expect(result.current.problems).toEqual({ shortName: 'shortNameNotFileSafe', secretariat: 'noManager' });
    expect(result.current.input).toMatchObject({ name: 'Samhandlingsutvalget', shortName: 'SU/2' });
    expect(await repository.listCommittees()).toEqual([]);
    act(() => {
      result.current.set('shortName', 'SU');
      result.current.set('secretariat', [{ name: 'Kristin Liset', email: 'kristin.liset@siv.example.no' }]);
    });
    await act(async () => {
      await result.current.save();
    });
    expect((await repository.listCommittees()).map((entry) => entry.value.name)).toEqual(['Samhandlingsutvalget']);
  });

  it('keeps the typed settings when the network is lost, and saves them once it is back', async () => {
    const repository = createInMemoryMeetingRepository({ committees: [committee] });
    const [stored] = await repository.listCommittees();
    if (!stored) throw new Error('seed failed');
    const { result } = renderHook(() => useCommitteeSettings(stored, repository));
    act(() => result.current.set('name', 'Partnerskapsmøtet i Vestfold'));
    repository.access = 'offline';
    await act(async () => {
      await result.current.save();
    });
    expect(result.current.saveState).toBe('error');
    expect(result.current.error).toBeInstanceOf(OfflineError);
    expect(result.current.input.name).toBe('Partnerskapsmøtet i Vestfold');
    repository.access = 'ok';
    await act(async () => {
      await result.current.save();
    });
    expect(result.current.saveState).toBe('saved');
    expect((await repository.listCommittees())[0]?.value.name).toBe('Partnerskapsmøtet i Vestfold');
  });
});
