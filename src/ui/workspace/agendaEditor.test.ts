import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aClosingRow, aCommittee, aMeeting, anItem, idsOf, numbersOf, sequentialIds } from '../../domain/testing/builders';
import { renumberItems } from '../../domain/caseNumbering';
import type { Meeting } from '../../domain/model';
import { ConflictError, StorageError } from '../../domain/ports';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { AgendaEditor } from './agendaEditor';
import * as v from 'valibot';
import { ConventionsSchema } from '../../domain/conventions';
import { describeError } from '../shared/describeError';
import { createMemoryDraftStore, type DraftStore } from '../shared/autosave/draftStore';

const committee = aCommittee();

function draft(): Meeting {
  return renumberItems(aMeeting({ items: [anItem('a'), anItem('b'), anItem('c'), aClosingRow()] }), committee, []);
}

async function setUp(meeting: Meeting = draft(), drafts: DraftStore = createMemoryDraftStore()) {
  const repository = createInMemoryMeetingRepository({ committees: [committee], meetings: [meeting] });
  const stored = await repository.getMeeting(meeting.id);
  if (!stored) throw new Error('seed failed');
  const editor = new AgendaEditor(stored, { repository, committee, otherMeetings: [], debounceMs: 500, newId: sequentialIds('new'), drafts });
  return { repository, editor, drafts };
}

/** Item b retitled offline, the tab closed, someone else saves `other`, the meeting opened again with the network back. */
async function reopenAfterOfflineEdit(other: (meeting: Meeting) => Meeting) {
  const drafts = createMemoryDraftStore();
  const first = await setUp(draft(), drafts);
  first.repository.access = 'offline';
  first.editor.updateItem('b', { title: 'Min versjon' });
  await vi.advanceTimersByTimeAsync(600);
  await first.editor.draftsWritten();
  first.editor.dispose();
  first.repository.access = 'ok';
  first.repository.saveAsOther('m-2026', other);
  const stored = await first.repository.getMeeting('m-2026');
  if (!stored) throw new Error('missing');
  const reopened = new AgendaEditor(stored, { repository: first.repository, committee, otherMeetings: [], drafts });
  await reopened.restoreDraft();
  await vi.advanceTimersByTimeAsync(10);
  return { reopened, repository: first.repository };
}

/** Holds the repository's saves on their way until `release` is called: a save in flight while the user edits on. */
function holdSaves(repository: ReturnType<typeof createInMemoryMeetingRepository>): () => void {
  const save = repository.saveMeeting.bind(repository);
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  repository.saveMeeting = async (...args) => {
    await held;
    return save(...args);
  };
  return () => release();
}

describe('AgendaEditor', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('renumbers open items when one is moved before the notice is sent', async () => {
    const { editor } = await setUp();
    expect(editor.moveBy('c', -1)).toBe(true);
    expect(idsOf(editor.getState().meeting)).toEqual(['a', 'c', 'b', 'closing']);
    expect(numbersOf(editor.getState().meeting)).toEqual(['2026.01', '2026.02', '2026.03', null]);
  });

  it('keeps numbers as sent when items are reordered after the notice', async () => {
    const sent = { ...draft(), status: 'noticeSent' as const };
    const { editor } = await setUp(sent);
    editor.moveItem('c', 0);
    expect(idsOf(editor.getState().meeting)).toEqual(['c', 'a', 'b', 'closing']);
    expect(numbersOf(editor.getState().meeting)).toEqual(['2026.03', '2026.01', '2026.02', null]);
  });

  it('takes the number from a sak made a heading or an unnumbered row, renumbers the rest, and gives it back when it is a sak again', async () => {
    const { editor } = await setUp();
    expect(editor.updateItem('a', { row: 'heading' })).toBe(true);
    expect(numbersOf(editor.getState().meeting)).toEqual([null, '2026.01', '2026.02', null]);
    editor.updateItem('b', { row: 'unnumbered' });
    expect(numbersOf(editor.getState().meeting)).toEqual([null, null, '2026.01', null]);
    editor.updateItem('a', { row: 'sak' });
    expect(numbersOf(editor.getState().meeting)).toEqual(['2026.01', null, '2026.02', null]);
  });

  it('moves a sak to the numbering series of the sakstype it is given (a kommunestyre\'s referatsak: RS 1/26), and back', async () => {
    const kommunestyre = aCommittee({
      caseNumberFormat: 'PS {N}/{YY}',
      conventions: v.parse(ConventionsSchema, { itemKinds: [{ id: 'Orientering', nb: 'Orientering', nn: 'Orientering' }, { id: 'Referatsaker', nb: 'Referatsaker', nn: 'Referatsaker', caseNumberFormat: 'RS {N}/{YY}' }] }),
    });
    const meeting = renumberItems(aMeeting({ items: [anItem('a'), anItem('b'), anItem('c'), aClosingRow()] }), kommunestyre, []);
    const repository = createInMemoryMeetingRepository({ committees: [kommunestyre], meetings: [meeting] });
    const stored = await repository.getMeeting(meeting.id);
    if (!stored) throw new Error('seed failed');
    const editor = new AgendaEditor(stored, { repository, committee: kommunestyre, otherMeetings: [], debounceMs: 500, drafts: createMemoryDraftStore() });
    editor.updateItem('b', { kinds: ['Referatsaker'] });
    expect(numbersOf(editor.getState().meeting)).toEqual(['PS 1/26', 'RS 1/26', 'PS 2/26', null]);
    editor.updateItem('b', { kinds: ['Orientering'] });
    expect(numbersOf(editor.getState().meeting)).toEqual(['PS 1/26', 'PS 2/26', 'PS 3/26', null]);
    editor.dispose();
  });

  it('adds a new item before the closing row with the next number', async () => {
    const { editor } = await setUp();
    const id = editor.addItem('Ny sak');
    expect(id).toBe('new-1');
    const items = editor.getState().meeting.items;
    expect(items.map((item) => item.title).slice(-2)).toEqual(['Ny sak', 'Oppsummering og avslutning']);
    expect(items[3]?.caseNumber).toBe('2026.04');
  });

  it('starts a new sak unntatt offentlighet and in a lukket møte with the hjemler the committee set for new saker', async () => {
    const meeting = draft();
    const tilsetting = aCommittee({
      confidentiality: { closedMeetingBases: ['koml. § 11-5 andre ledd bokstav a'], newItems: { exempt: { basis: 'offl. § 25 første ledd' }, closedMeeting: { basis: 'koml. § 11-5 andre ledd bokstav a' } } },
    });
    const repository = createInMemoryMeetingRepository({ committees: [tilsetting], meetings: [meeting] });
    const stored = await repository.getMeeting(meeting.id);
    if (!stored) throw new Error('seed failed');
    const editor = new AgendaEditor(stored, { repository, committee: tilsetting, otherMeetings: [], newId: sequentialIds('new') });
    const id = editor.addItem('Tilsetting av rektor');
    expect(editor.getState().meeting.items.find((item) => item.id === id)?.confidentiality).toEqual({
      exempt: { basis: 'offl. § 25 første ledd' },
      closedMeeting: { basis: 'koml. § 11-5 andre ledd bokstav a' },
    });
    editor.dispose();
  });

  it('does not move past the first place or into the closing row', async () => {
    const { editor } = await setUp();
    expect(editor.moveBy('a', -1)).toBe(false);
    expect(editor.moveBy('c', 1)).toBe(false);
    expect(idsOf(editor.getState().meeting)).toEqual(['a', 'b', 'c', 'closing']);
  });

  it('refuses «Flytt opp» above the opening row with words saying which row stands first, and leaves the agenda as it was', async () => {
    const opening = anItem('open', { title: 'Godkjenning av innkalling og dagsorden', opening: true });
    const { editor } = await setUp(renumberItems(aMeeting({ items: [opening, anItem('a'), anItem('b'), aClosingRow()] }), committee, []));
    expect(editor.moveBy('a', -1)).toBe(false);
    expect(idsOf(editor.getState().meeting)).toEqual(['open', 'a', 'b', 'closing']);
    await vi.waitFor(() => expect(editor.getState().error).toMatchObject({ code: 'openingRowFixed' }), { timeout: 5000 });
    expect(describeError(editor.getState().error, (key) => key).message).toBe('«Godkjenning av innkalling og dagsorden» står alltid først i sakslisten. Ingen sak kan flyttes foran den.');
  });

  it('reports a rule violation once its words are here, and leaves the agenda as it was', async () => {
    const { editor } = await setUp();
    const before = editor.getState().meeting;
    expect(editor.updateItem('a', { title: '   ' })).toBe(false);
    expect(editor.getState().meeting).toBe(before);
    await vi.waitFor(() => expect(editor.getState().error).toMatchObject({ code: 'emptyTitle' }), { timeout: 5000 });
    expect(describeError(editor.getState().error, (key) => key).message).toBe('Saken må ha en tittel');
  });

  it('tells its views once per edit, with the new state, and nothing after they unsubscribe', async () => {
    const { editor } = await setUp();
    const heard: string[] = [];
    const stop = editor.subscribe((state) => heard.push(state.meeting.items[0]?.title ?? ''));
    editor.updateItem('a', { title: 'Godkjenning av innkalling' });
    expect(heard).toEqual(['Godkjenning av innkalling']);
    stop();
    editor.updateItem('a', { title: 'Godkjenning av saksliste' });
    expect(heard).toEqual(['Godkjenning av innkalling']);
    expect(editor.getState().meeting.items[0]?.title).toBe('Godkjenning av saksliste');
  });

  it('tells nobody once disposed, not even when a save on its way lands', async () => {
    const { editor } = await setUp();
    const listener = vi.fn();
    editor.subscribe(listener);
    editor.updateItem('a', { title: 'Godkjenning av innkalling' });
    listener.mockClear();
    const flushed = editor.flush();
    editor.dispose();
    await flushed;
    await vi.advanceTimersByTimeAsync(600);
    expect(listener).not.toHaveBeenCalled();
  });

  it('saves once after a burst of edits, with the version it was based on', async () => {
    const { editor, repository } = await setUp();
    editor.updateItem('a', { title: 'Godkjenning av innkalling' });
    editor.updateItem('a', { title: 'Godkjenning av innkalling og saksliste' });
    expect(editor.getState().saveState).toBe('saving');
    await vi.advanceTimersByTimeAsync(600);
    expect(repository.calls.saveMeeting).toBe(1);
    expect(editor.getState()).toMatchObject({ saveState: 'saved', dirty: false });
    expect((await repository.getMeeting('m-2026'))?.value.items[0]?.title).toBe('Godkjenning av innkalling og saksliste');
  });

  it('saves over a stale version when someone else changed other fields meanwhile, keeping both', async () => {
    const { editor, repository } = await setUp();
    repository.saveAsOther('m-2026', (meeting) => ({ ...meeting, place: 'Tønsberg', items: meeting.items.map((item) => (item.id === 'a' ? { ...item, title: 'Deres tittel' } : item)) }));
    editor.updateItem('b', { title: 'Min tekst' });
    await vi.advanceTimersByTimeAsync(600);
    expect(editor.getState()).toMatchObject({ saveState: 'saved', dirty: false });
    const stored = (await repository.getMeeting('m-2026'))?.value;
    expect(stored?.place).toBe('Tønsberg');
    expect(stored?.items.map((item) => item.title).slice(0, 2)).toEqual(['Deres tittel', 'Min tekst']);
    // What the user sees now includes the other secretary's change.
    expect(editor.getState().meeting.place).toBe('Tønsberg');
  });

  it('rebases a new item and a move over someone else\'s edit of another item', async () => {
    const { editor, repository } = await setUp();
    repository.saveAsOther('m-2026', (meeting) => ({ ...meeting, items: meeting.items.map((item) => (item.id === 'c' ? { ...item, proposedConclusion: ['Tatt til orientering.'] } : item)) }));
    editor.addItem('Ny sak');
    editor.moveBy('b', -1);
    await vi.advanceTimersByTimeAsync(600);
    expect(editor.getState().saveState).toBe('saved');
    const stored = (await repository.getMeeting('m-2026'))?.value;
    if (!stored) throw new Error('missing');
    expect(idsOf(stored)).toEqual(['b', 'a', 'c', 'new-1', 'closing']);
    expect(numbersOf(stored)).toEqual(['2026.01', '2026.02', '2026.03', '2026.04', null]);
    expect(stored.items[2]?.proposedConclusion).toEqual(['Tatt til orientering.']);
  });

  it('keeps the user text when someone else changed the same field, and can keep it over the other version', async () => {
    const { editor, repository } = await setUp();
    repository.saveAsOther('m-2026', (meeting) => ({ ...meeting, items: meeting.items.map((item) => (item.id === 'b' ? { ...item, title: 'Deres tekst' } : item)) }));
    editor.updateItem('b', { title: 'Min tekst' });
    await vi.advanceTimersByTimeAsync(600);
    expect(editor.getState().saveState).toBe('conflict');
    expect(editor.getState().error).toBeInstanceOf(ConflictError);
    expect(editor.getState().meeting.items[1]?.title).toBe('Min tekst');
    // Typing goes on while in conflict, and nothing is written until the user decides.
    editor.updateItem('b', { title: 'Min tekst, videre' });
    await vi.advanceTimersByTimeAsync(600);
    expect(repository.calls.saveMeeting).toBe(1);
    await editor.keepMine();
    expect(editor.getState().saveState).toBe('saved');
    expect((await repository.getMeeting('m-2026'))?.value.items[1]?.title).toBe('Min tekst, videre');
  });

  it('reports the stored meeting (what the meeting list shows) only once a save or a sent notice has stored it', async () => {
    const { editor, repository } = await setUp();
    editor.updateItem('a', { title: 'Ny tittel, ikke lagret ennå' });
    expect(editor.getState().stored.items[0]?.title).not.toBe('Ny tittel, ikke lagret ennå');
    await vi.advanceTimersByTimeAsync(600);
    expect(editor.getState().stored.items[0]?.title).toBe('Ny tittel, ikke lagret ennå');
    // The notice sender stores the meeting as sent; the editor adopts it, status and all.
    const current = await repository.getMeeting('m-2026');
    if (!current) throw new Error('not stored');
    const sent = await repository.saveMeeting({ ...current.value, status: 'noticeSent' }, current.version);
    editor.adoptSaved(sent);
    expect(editor.getState()).toMatchObject({ version: sent.version, stored: { status: 'noticeSent' } });
  });

  it('reloads the stored version on request after a conflict', async () => {
    const { editor, repository } = await setUp();
    repository.saveAsOther('m-2026', (meeting) => ({ ...meeting, place: 'Tønsberg', items: meeting.items.map((item) => (item.id === 'b' ? { ...item, title: 'Deres tekst' } : item)) }));
    editor.updateItem('b', { title: 'Min tekst' });
    await vi.advanceTimersByTimeAsync(600);
    expect(editor.getState().saveState).toBe('conflict');
    await editor.reload();
    expect(editor.getState()).toMatchObject({ saveState: 'saved', dirty: false });
    expect(editor.getState().meeting.place).toBe('Tønsberg');
    expect(editor.getState().meeting.items[1]?.title).toBe('Deres tekst');
  });

  it('shows offline, keeps the edit and saves it when the network is back', async () => {
    const { editor, repository } = await setUp();
    repository.access = 'offline';
    editor.updateItem('a', { title: 'Skrevet uten nett' });
    await vi.advanceTimersByTimeAsync(600);
    expect(editor.getState().saveState).toBe('offline');
    expect(editor.getState().meeting.items[0]?.title).toBe('Skrevet uten nett');
    repository.access = 'ok';
    await vi.advanceTimersByTimeAsync(2100);
    expect(editor.getState().saveState).toBe('saved');
    expect((await repository.getMeeting('m-2026'))?.value.items[0]?.title).toBe('Skrevet uten nett');
  });

  it('has nothing to save, retry or warn about once an offline edit is undone', async () => {
    const { editor, repository } = await setUp();
    const title = editor.getState().meeting.items[0]?.title ?? '';
    repository.access = 'offline';
    editor.updateItem('a', { title: 'Skrevet uten nett' });
    await vi.advanceTimersByTimeAsync(600);
    expect(editor.getState().saveState).toBe('offline');
    editor.updateItem('a', { title });
    expect(editor.getState()).toMatchObject({ saveState: 'saved', dirty: false });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(repository.calls.saveMeeting).toBe(1);
  });

  it('saves again when the user typed while a save was under way', async () => {
    const { editor, repository } = await setUp();
    editor.updateItem('a', { title: 'Første' });
    await vi.advanceTimersByTimeAsync(500);
    editor.updateItem('a', { title: 'Andre' });
    await vi.advanceTimersByTimeAsync(1200);
    expect(editor.getState().saveState).toBe('saved');
    expect((await repository.getMeeting('m-2026'))?.value.items[0]?.title).toBe('Andre');
  });

  it('keeps the agenda as the user left it when an edit undoes what a save on its way writes: moved and moved back while saving', async () => {
    const { editor, repository } = await setUp();
    const release = holdSaves(repository);
    editor.moveBy('c', -1);
    await vi.advanceTimersByTimeAsync(1_100);
    editor.moveBy('c', 1);
    expect(numbersOf(editor.getState().meeting)).toEqual(['2026.01', '2026.02', '2026.03', null]);
    release();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(editor.getState()).toMatchObject({ saveState: 'saved', dirty: false });
    const stored = (await repository.getMeeting('m-2026'))?.value;
    expect(stored && idsOf(stored)).toEqual(['a', 'b', 'c', 'closing']);
    expect(stored && numbersOf(stored)).toEqual(['2026.01', '2026.02', '2026.03', null]);
  });

  it('gives the number back to the sak after it when a sak added while a save was on its way moves to another series (S-sak 03 made O-sak 01: the next sak back to S-sak 02)', async () => {
    const styre = aCommittee({
      caseNumberFormat: 'S-sak {NN}/{YY}',
      conventions: v.parse(ConventionsSchema, { itemKinds: [{ id: 'Orienteringssak', nb: 'Orienteringssak', nn: 'Orienteringssak', caseNumberFormat: 'O-sak {NN}/{YY}' }] }),
    });
    const meeting = renumberItems(aMeeting({ items: [anItem('a'), anItem('b')] }), styre, []);
    const repository = createInMemoryMeetingRepository({ committees: [styre], meetings: [meeting] });
    const stored = await repository.getMeeting(meeting.id);
    if (!stored) throw new Error('seed failed');
    const editor = new AgendaEditor(stored, { repository, committee: styre, otherMeetings: [], debounceMs: 500, newId: sequentialIds('new'), drafts: createMemoryDraftStore() });
    const release = holdSaves(repository);
    editor.addItem('Virksomhetsrapport');
    editor.moveItem('new-1', 1);
    expect(numbersOf(editor.getState().meeting)).toEqual(['S-sak 01/26', 'S-sak 02/26', 'S-sak 03/26']);
    await vi.advanceTimersByTimeAsync(1_100);
    editor.updateItem('new-1', { kinds: ['Orienteringssak'] });
    release();
    await vi.advanceTimersByTimeAsync(2_000);
    const saved = (await repository.getMeeting(meeting.id))?.value;
    expect(saved && numbersOf(saved)).toEqual(['S-sak 01/26', 'O-sak 01/26', 'S-sak 02/26']);
    expect(numbersOf(editor.getState().meeting)).toEqual(['S-sak 01/26', 'O-sak 01/26', 'S-sak 02/26']);
    editor.dispose();
  });

  it('keeps offline edits on this machine and brings them back when the meeting is opened again', async () => {
    const drafts = createMemoryDraftStore();
    const first = await setUp(draft(), drafts);
    first.repository.access = 'offline';
    first.editor.updateItem('a', { title: 'Skrevet på toget' });
    await vi.advanceTimersByTimeAsync(600);
    await first.editor.draftsWritten();
    expect(first.editor.getState().saveState).toBe('offline');
    expect((await drafts.listForMeeting('m-2026')).drafts.map((d) => [d.key, d.patch])).toEqual([['a', { title: 'Skrevet på toget' }]]);

    // The tab is closed; later the meeting is opened again with the network back.
    first.editor.dispose();
    first.repository.access = 'ok';
    const stored = await first.repository.getMeeting('m-2026');
    if (!stored) throw new Error('missing');
    const reopened = new AgendaEditor(stored, { repository: first.repository, committee, otherMeetings: [], debounceMs: 500, drafts });
    expect(await reopened.restoreDraft()).toBe(true);
    expect(reopened.getState().meeting.items[0]?.title).toBe('Skrevet på toget');
    await vi.advanceTimersByTimeAsync(10);
    await reopened.draftsWritten();
    expect(reopened.getState().saveState).toBe('saved');
    expect((await first.repository.getMeeting('m-2026'))?.value.items[0]?.title).toBe('Skrevet på toget');
    expect((await drafts.listForMeeting('m-2026')).drafts).toEqual([]);
  });

  it('saves a draft made on an older version when the newer one changed other fields', async () => {
    const { reopened, repository } = await reopenAfterOfflineEdit((meeting) => ({ ...meeting, place: 'Tønsberg' }));
    expect(reopened.getState()).toMatchObject({ saveState: 'saved', dirty: false });
    const saved = (await repository.getMeeting('m-2026'))?.value;
    expect([saved?.place, saved?.items[1]?.title]).toEqual(['Tønsberg', 'Min versjon']);
  });

  it('shows a draft made on an older version as a conflict instead of overwriting a newer text in the same field', async () => {
    const { reopened, repository } = await reopenAfterOfflineEdit((meeting) => ({ ...meeting, items: meeting.items.map((item) => (item.id === 'b' ? { ...item, title: 'Deres versjon' } : item)) }));
    expect(reopened.getState()).toMatchObject({ saveState: 'conflict', dirty: true });
    expect(reopened.getState().error).toBeInstanceOf(ConflictError);
    expect(reopened.getState().meeting.items[1]?.title).toBe('Min versjon');
    expect((await repository.getMeeting('m-2026'))?.value.items[1]?.title).toBe('Deres versjon');
  });

  it('retries a throttled save after the time the service asked for and says meanwhile that it waits, not that it failed', async () => {
    const { editor, repository } = await setUp();
    const save = repository.saveMeeting.bind(repository);
    let throttled = true;
    repository.saveMeeting = async (meeting, version) => {
      if (throttled) {
        throttled = false;
        throw new StorageError('throttled', 'Graph 429 TooManyRequests', 7);
      }
      return save(meeting, version);
    };
    editor.updateItem('a', { title: 'Under struping' });
    await vi.advanceTimersByTimeAsync(600);
    // «Venter på Microsoft 365 – prøver igjen …» (SaveStateIndicator), no error bar.
    expect(editor.getState().saveState).toBe('waiting');
    expect(editor.getState()).not.toHaveProperty('error');
    await vi.advanceTimersByTimeAsync(6_000);
    expect(editor.getState().saveState).toBe('waiting');
    await vi.advanceTimersByTimeAsync(1_100);
    expect(editor.getState().saveState).toBe('saved');
    expect((await repository.getMeeting('m-2026'))?.value.items[0]?.title).toBe('Under struping');
  });

  describe('a meeting stored before the opening row had its flag', () => {
    const stored = () =>
      renumberItems(aMeeting({ items: [anItem('approval', { title: 'Godkjenning av innkalling og dagsorden', kinds: ['Godkjenning'] }), anItem('a'), anItem('b'), aClosingRow()] }), committee, []);

    it('is edited as the template made it: «Godkjenning av innkalling og dagsorden» stays first; opening it writes nothing', async () => {
      const { editor, repository } = await setUp(stored());
      expect(editor.getState().meeting.items[0]?.opening).toBe(true);
      await vi.advanceTimersByTimeAsync(600);
      expect(repository.calls.saveMeeting).toBe(0);
      expect((await repository.getMeeting('m-2026'))?.value.items[0]?.opening).toBeUndefined();
      expect(editor.moveBy('a', -1)).toBe(false);
      expect(idsOf(editor.getState().meeting)).toEqual(['approval', 'a', 'b', 'closing']);
      editor.addItem('Ny sak', {});
      expect(idsOf(editor.getState().meeting)).toEqual(['approval', 'a', 'b', 'new-1', 'closing']);
    });

    it('writes the flag with the secretary\'s next change, not before', async () => {
      const { editor, repository } = await setUp(stored());
      editor.updateItem('b', { title: 'Endret' });
      await vi.advanceTimersByTimeAsync(600);
      await editor.flush();
      expect((await repository.getMeeting('m-2026'))?.value.items.map((item) => [item.id, item.opening === true])).toEqual([
        ['approval', true],
        ['a', false],
        ['b', false],
        ['closing', false],
      ]);
    });
  });
});
