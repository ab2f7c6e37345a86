// @vitest-environment jsdom
// The referent records a political body's møtebehandling apart from the free text: proposals made in the meeting, the
// votes and the protokolltilførsler, in the protokoll's order, when the committee turns it on (conventions.voting).
import * as v from 'valibot';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ConventionsSchema, wordingOf } from '../../domain/conventions';
import { votingLines } from '../../domain/voting';
import { AgendaItemSchema, type AgendaItem, type CaseNumber, type Committee } from '../../domain/model';
import { aCommittee, anItem } from '../../domain/testing/builders';
import { applyItemPatch, type ItemPatch } from '../shared/autosave/meetingDrafts';
import { RecordingFields } from './RecordingFields';

afterEach(cleanup);

const kommunestyret = (voting: boolean, languageForm: 'nb' | 'nn' = 'nb'): Committee =>
  aCommittee({ name: 'Kommunestyret', languageForm, conventions: v.parse(ConventionsSchema, { conclusion: 'vedtak', proposal: 'innstilling', ...(voting ? { voting: true } : {}) }) });

let saved: AgendaItem | undefined;

function Harness({ committee, start, represented }: { committee: Committee; start: AgendaItem; represented?: number }) {
  // The shares represented, as the meeting's attendance holds them (one owner with them all).
  const attendance = represented === undefined ? undefined : [{ person: { name: 'Kari Nordmann' }, status: 'present' as const, holding: { shares: represented } }];
  const [item, setItem] = useState(start);
  const onEdit = (patch: ItemPatch) =>
    setItem((current) => {
      // As the session does: the patch through the draft's schema, then onto the sak through the model's (autosave).
      const next = applyItemPatch(current, patch);
      saved = next;
      return next;
    });
  return <RecordingFields committee={committee} item={item} words={wordingOf(committee.conventions, 'nb')} readOnly={false} onEdit={onEdit} attendance={attendance} />;
}

const headingsInOrder = () => screen.getAllByRole('heading').map((h) => h.textContent);

describe('proposals, votes and protokolltilførsler in the referent\'s side panel', () => {
  it('a committee that has not turned it on sees the free møtebehandling and the vedtak only', () => {
    render(<Harness committee={kommunestyret(false)} start={anItem('s1')} />);
    expect(screen.queryByTestId('voting')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Legg til forslag' })).toBeNull();
  });

  it('a committee that records no votes gets one choice, «Vedtaket var enstemmig»: the protokoll then says «Enstemmig vedtatt.» after the vedtak, nynorsk «Samrøystes vedteke.»', async () => {
    render(<Harness committee={kommunestyret(false)} start={anItem('s1')} />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Vedtaket var enstemmig' }));
    const voting = v.parse(AgendaItemSchema, saved).voting;
    expect(votingLines(voting, 'nb')).toEqual({ beforeConclusion: [], afterConclusion: [{ text: 'Enstemmig vedtatt.', as: 'vote' }] });
    expect(votingLines(voting, 'nn').afterConclusion.map((line) => line.text)).toEqual(['Samrøystes vedteke.']);
    // Ticked it stays, the one thing recorded; unticked, the sak has no voting again.
    const choice = screen.getByRole('checkbox', { name: 'Vedtaket var enstemmig' }) as HTMLInputElement;
    expect(choice.checked).toBe(true);
    expect(screen.queryByTestId('voting')).toBeNull();
    fireEvent.click(choice);
    expect(v.parse(AgendaItemSchema, saved).voting).toBeUndefined();
    cleanup();
    render(<Harness committee={kommunestyret(true)} start={anItem('s2')} />);
    await screen.findByTestId('voting-statements');
    expect(screen.queryByRole('checkbox', { name: 'Vedtaket var enstemmig' })).toBeNull();
  });

  it('a committee that has turned it on records them in the protokoll\'s order: forslag and votering before the vedtak, protokolltilførsler after', async () => {
    render(<Harness committee={kommunestyret(true)} start={anItem('s1')} />);
    await screen.findByTestId('voting-statements');
    expect(headingsInOrder()).toEqual(['Forslag fremmet i møtet', 'Votering', 'Protokolltilførsler']);
    const voting = screen.getByTestId('voting');
    const conclusion = screen.getByTestId('conclusion');
    const statements = screen.getByTestId('voting-statements');
    expect(voting.compareDocumentPosition(conclusion) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(conclusion.compareDocumentPosition(statements) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('an alternative proposal is recorded as such and headed «Alternativt forslag fra …» as the protokoll prints it', async () => {
    render(<Harness committee={kommunestyret(true)} start={anItem('s1')} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Legg til forslag' }));
    const proposal = screen.getByRole('group', { name: 'Forslag 1' });
    fireEvent.change(within(proposal).getByRole('textbox', { name: /^Forslagsstiller/ }), { target: { value: 'Renate Solstad (Sp)' } });
    fireEvent.change(within(proposal).getByRole('combobox', { name: 'Type forslag' }), { target: { value: 'alternative' } });
    const voting = v.parse(AgendaItemSchema, saved).voting;
    expect(voting?.proposals.map(({ by, kind }) => ({ by, kind }))).toEqual([{ by: 'Renate Solstad (Sp)', kind: 'alternative' }]);
    expect(votingLines(voting, 'nb').beforeConclusion.map((line) => line.text)).toContain('Alternativt forslag fra Renate Solstad (Sp):');
  });

  it('a proposal made in the meeting, voted on: who, kind and text, the vote on it with its counts, the line as the protokoll prints it; all saved on the sak', async () => {
    render(<Harness committee={kommunestyret(true)} start={anItem('s1')} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Legg til forslag' }));
    const proposal = screen.getByRole('group', { name: 'Forslag 1' });
    fireEvent.change(within(proposal).getByRole('textbox', { name: /^Forslagsstiller/ }), { target: { value: 'Ola Nordmann (Ap) på vegne av Ap og Sp' } });
    fireEvent.change(within(proposal).getByRole('combobox', { name: 'Type forslag' }), { target: { value: 'change' } });
    fireEvent.change(within(proposal).getByRole('textbox', { name: 'Forslagets tekst' }), { target: { value: 'Punkt 2 strykes.' } });
    fireEvent.click(within(proposal).getByRole('button', { name: 'Voter over forslag 1' }));
    const vote = screen.getByRole('group', { name: 'Votering 1' });
    expect((within(vote).getByRole('textbox', { name: 'Det ble stemt over' }) as HTMLInputElement).value).toBe('Forslaget fra Ola Nordmann (Ap) på vegne av Ap og Sp');
    fireEvent.change(within(vote).getByRole('combobox', { name: 'Utfall' }), { target: { value: 'fell' } });
    fireEvent.change(within(vote).getByRole('textbox', { name: 'Stemmer for' }), { target: { value: '10' } });
    fireEvent.change(within(vote).getByRole('textbox', { name: 'Stemmer mot' }), { target: { value: '25' } });
    // Something that is not a count is not taken.
    fireEvent.change(within(vote).getByRole('textbox', { name: 'Stemmer mot' }), { target: { value: '25x' } });
    expect(within(vote).getByTestId('vote-line').textContent).toBe('I protokollen: Forslaget fra Ola Nordmann (Ap) på vegne av Ap og Sp: Falt med 10 mot 25 stemmer.');
    // Who voted how, as kommuneloven § 11-4 asks: the parties after each count.
    fireEvent.change(within(vote).getByRole('textbox', { name: 'Hvem stemte for (partier eller navn)' }), { target: { value: 'Ap, Sp' } });
    fireEvent.change(within(vote).getByRole('textbox', { name: 'Hvem stemte mot (partier eller navn)' }), { target: { value: 'H, FrP, V' } });
    expect(within(vote).getByTestId('vote-line').textContent).toBe('I protokollen: Forslaget fra Ola Nordmann (Ap) på vegne av Ap og Sp: Falt med 10 stemmer (Ap, Sp) mot 25 stemmer (H, FrP, V).');

    fireEvent.click(screen.getByRole('button', { name: 'Legg til votering' }));
    const second = screen.getByRole('group', { name: 'Votering 2' });
    // A new vote is on the sak's own proposal, as the committee names it.
    expect((within(second).getByRole('textbox', { name: 'Det ble stemt over' }) as HTMLInputElement).value).toBe('Innstillingen');
    fireEvent.click(within(second).getByRole('checkbox', { name: 'Enstemmig' }));
    expect(within(second).queryByRole('textbox', { name: 'Stemmer for' })).toBeNull();
    expect(within(second).getByTestId('vote-line').textContent).toBe('I protokollen: Innstillingen: Enstemmig vedtatt.');

    fireEvent.click(screen.getByRole('button', { name: 'Legg til protokolltilførsel' }));
    const statement = screen.getByRole('group', { name: 'Protokolltilførsel 1' });
    fireEvent.change(within(statement).getByRole('textbox', { name: 'Fra' }), { target: { value: 'Kari Nordmann (H)' } });
    fireEvent.change(within(statement).getByRole('textbox', { name: 'Protokolltilførselens tekst' }), { target: { value: 'Høyre stemte mot.' } });

    const voting = v.parse(AgendaItemSchema, saved).voting;
    expect(voting?.proposals.map(({ by, kind, text }) => ({ by, kind, text }))).toEqual([{ by: 'Ola Nordmann (Ap) på vegne av Ap og Sp', kind: 'change', text: 'Punkt 2 strykes.' }]);
    expect(voting?.votes.map(({ id: _id, ...rest }) => rest)).toEqual([
      { on: 'Forslaget fra Ola Nordmann (Ap) på vegne av Ap og Sp', adopted: false, for: 10, against: 25, forBy: 'Ap, Sp', againstBy: 'H, FrP, V' },
      { on: 'Innstillingen', adopted: true, unanimous: true },
    ]);
    expect(voting?.statements.map(({ by, text }) => ({ by, text }))).toEqual([{ by: 'Kari Nordmann (H)', text: 'Høyre stemte mot.' }]);

    // Each entry can be removed by its own button, named by its number.
    fireEvent.click(screen.getByRole('button', { name: 'Fjern votering 1' }));
    expect(screen.queryByRole('group', { name: 'Votering 2' })).toBeNull();
    expect(v.parse(AgendaItemSchema, saved).voting?.votes.map((vote) => vote.on)).toEqual(['Innstillingen']);
  });

  it('a sak that has votes shows them even when the committee no longer turns it on: nothing recorded is hidden', async () => {
    const item = anItem('s1', { voting: { proposals: [], votes: [{ id: 'v', on: 'Innstillingen', adopted: true, unanimous: true }], statements: [] } });
    render(<Harness committee={kommunestyret(false)} start={item} />);
    expect(within(await screen.findByRole('group', { name: 'Votering 1' })).getByTestId('vote-line').textContent).toBe('I protokollen: Innstillingen: Enstemmig vedtatt.');
  });
  it('warns, naming the sak, when a vote marked adopted has more against than for or one that fell more for (never refused: a qualified majority may explain it)', async () => {
    const item = anItem('s1', { caseNumber: '012/24' as CaseNumber, title: 'Budsjett 2025', voting: { proposals: [], votes: [{ id: 'v', on: 'Innstillingen', adopted: true, for: 10, against: 25 }], statements: [] } });
    render(<Harness committee={kommunestyret(true, 'nn')} start={item} />);
    const vote = await screen.findByRole('group', { name: 'Votering 1' });
    const outcome = within(vote).getByRole('combobox', { name: 'Utfall' });
    const warning = 'Sak 012/24 Budsjett 2025: votering 1 har utfallet «Vedtatt», men flere stemte mot enn for. Sjekk utfallet.';
    expect(document.getElementById(outcome.getAttribute('aria-describedby')?.split(' ')[0] ?? '')?.textContent).toBe(warning);
    // A tie may be carried by the møteleder's dobbeltstemme (kommuneloven § 11-9): no warning.
    fireEvent.change(within(vote).getByRole('textbox', { name: 'Stemmer mot' }), { target: { value: '10' } });
    expect(within(vote).queryByText(warning)).toBeNull();
    fireEvent.change(outcome, { target: { value: 'fell' } });
    fireEvent.change(within(vote).getByRole('textbox', { name: 'Stemmer mot' }), { target: { value: '3' } });
    expect(within(vote).getByText('Sak 012/24 Budsjett 2025: votering 1 har utfallet «Falt», men flere stemte for enn mot. Sjekk utfallet.')).toBeTruthy();
    expect(saved?.voting?.votes[0]).toMatchObject({ adopted: false, for: 10, against: 3 });
  });
});

describe('votes counted in shares at a generalforsamling (conventions.attendanceByShares)', () => {
  const generalforsamlingen = aCommittee({
    name: 'Generalforsamlingen i Nordfjell Havn AS',
    conventions: v.parse(ConventionsSchema, { conclusion: 'vedtak', voting: true, attendanceByShares: true }),
  });
  const vote = async () => {
    fireEvent.click(await screen.findByRole('button', { name: 'Legg til votering' }));
    return screen.getByRole('group', { name: 'Votering 1' });
  };
  const type = (group: HTMLElement, name: string, value: string) => fireEvent.change(within(group).getByRole('textbox', { name }), { target: { value } });

  it('the counts are shares, and the outcome follows a majority of the votes cast (aksjeloven § 5-17)', async () => {
    render(<Harness committee={generalforsamlingen} start={anItem('s1')} represented={1000} />);
    const group = await vote();
    type(group, 'Aksjer for', '400');
    type(group, 'Aksjer mot', '600');
    expect(within(group).getByRole<HTMLSelectElement>('combobox', { name: 'Utfall' }).value).toBe('fell');
    type(group, 'Aksjer for', '600000');
    expect(within(group).getByRole<HTMLSelectElement>('combobox', { name: 'Utfall' }).value).toBe('adopted');
    expect(saved?.voting?.votes[0]).toMatchObject({ for: 600000, against: 600, adopted: true });
  });

  it('a vedtektsendring needs two thirds of the votes cast and of the shares represented (§ 5-18)', async () => {
    render(<Harness committee={generalforsamlingen} start={anItem('s1')} represented={1000} />);
    const group = await vote();
    fireEvent.click(within(group).getByRole('checkbox', { name: /Krever to tredeler/ }));
    type(group, 'Aksjer for', '600');
    type(group, 'Aksjer mot', '200');
    // Three quarters of the votes cast, but 600 of the 1 000 shares represented is short of two thirds.
    expect(within(group).getByRole<HTMLSelectElement>('combobox', { name: 'Utfall' }).value).toBe('fell');
    type(group, 'Aksjer for', '700');
    expect(within(group).getByRole<HTMLSelectElement>('combobox', { name: 'Utfall' }).value).toBe('adopted');
    expect(saved?.voting?.votes[0]).toMatchObject({ twoThirds: true, for: 700, adopted: true });
  });

  it('a committee that counts people keeps its labels and its four-digit counts', async () => {
    render(<Harness committee={kommunestyret(true)} start={anItem('s1')} />);
    const group = await vote();
    expect(within(group).queryByRole('textbox', { name: 'Aksjer for' })).toBeNull();
    expect(within(group).queryByRole('checkbox', { name: /Krever to tredeler/ })).toBeNull();
    expect(within(group).getByRole('textbox', { name: 'Stemmer for' })).toBeTruthy();
  });
});

describe('proposals, votes and protokolltilførsler by the keyboard', () => {
  /** Presses a button as the keyboard does: it has the focus when it acts. */
  const press = (button: HTMLElement) => {
    button.focus();
    fireEvent.click(button);
  };

  it('takes the referent to the first field of what she adds (it appears above the button she pressed), and to its «Legg til …» when she removes it', async () => {
    render(<Harness committee={kommunestyret(true)} start={anItem('s1')} />);
    await screen.findByTestId('voting-statements');
    press(screen.getByRole('button', { name: 'Legg til forslag' }));
    const proposal = await screen.findByRole('group', { name: 'Forslag 1' });
    await waitFor(() => expect(document.activeElement).toBe(within(proposal).getByRole('textbox', { name: /^Forslagsstiller/ })));
    press(within(proposal).getByRole('button', { name: 'Voter over forslag 1' }));
    const vote = await screen.findByRole('group', { name: 'Votering 1' });
    await waitFor(() => expect(document.activeElement).toBe(within(vote).getByRole('textbox', { name: 'Det ble stemt over' })));
    press(screen.getByRole('button', { name: 'Legg til votering' }));
    const second = await screen.findByRole('group', { name: 'Votering 2' });
    await waitFor(() => expect(document.activeElement).toBe(within(second).getByRole('textbox', { name: 'Det ble stemt over' })));
    press(within(second).getByRole('button', { name: 'Fjern votering 2' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Legg til votering' })));
    press(within(proposal).getByRole('button', { name: 'Fjern forslag 1' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Legg til forslag' })));
    press(screen.getByRole('button', { name: 'Legg til protokolltilførsel' }));
    const statement = await screen.findByRole('group', { name: 'Protokolltilførsel 1' });
    await waitFor(() => expect(document.activeElement).toBe(within(statement).getByRole('textbox', { name: 'Fra' })));
    press(within(statement).getByRole('button', { name: 'Fjern protokolltilførsel 1' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Legg til protokolltilførsel' })));
  });
});
