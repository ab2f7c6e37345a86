// @vitest-environment jsdom
// One entry of the referent's møtebehandling that someone put forward (a proposal, a protokolltilførsel): who, what, remove.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { VotingEntry } from './VotingEntry';

afterEach(cleanup);

const labels = { legend: 'Protokolltilførsel 2', by: 'Fra', text: 'Protokolltilførselens tekst', remove: 'Fjern protokolltilførsel 2' };

describe('an entry of who put forward what', () => {
  it('is a group named by its legend whose fields say who and what, each change handed on alone, and removed by its own button', () => {
    const onChange = vi.fn();
    const onRemove = vi.fn();
    render(<VotingEntry labels={labels} kind="statement" by="Kari Nordmann (H)" text="" readOnly={false} onChange={onChange} onRemove={onRemove} />);
    const entry = screen.getByRole('group', { name: 'Protokolltilførsel 2' });
    expect((within(entry).getByRole('textbox', { name: 'Fra' }) as HTMLInputElement).value).toBe('Kari Nordmann (H)');
    fireEvent.change(within(entry).getByRole('textbox', { name: 'Protokolltilførselens tekst' }), { target: { value: 'H mener saken var for dårlig utredet.' } });
    expect(onChange).toHaveBeenLastCalledWith({ text: 'H mener saken var for dårlig utredet.' });
    fireEvent.change(within(entry).getByRole('textbox', { name: 'Fra' }), { target: { value: 'Kari Nordmann (H) på vegne av H' } });
    expect(onChange).toHaveBeenLastCalledWith({ by: 'Kari Nordmann (H) på vegne av H' });
    fireEvent.click(within(entry).getByRole('button', { name: 'Fjern protokolltilførsel 2' }));
    expect(onRemove).toHaveBeenCalledTimes(1);
  });

  it('read only, nothing is typed and the remove button is off; what an entry adds stands between the fields and before remove', () => {
    render(
      <VotingEntry labels={{ ...labels, byHint: 'Navn og parti' }} kind="proposal" by="" text="" readOnly onChange={() => undefined} onRemove={() => undefined} actions={<button type="button">Voter</button>}>
        <p>Type</p>
      </VotingEntry>,
    );
    const entry = screen.getByRole('group', { name: 'Protokolltilførsel 2' });
    expect(within(entry).getByRole('textbox', { name: /^Fra/ }).hasAttribute('readonly')).toBe(true);
    expect(within(entry).getByText('Navn og parti')).toBeTruthy();
    expect((within(entry).getByRole('button', { name: 'Fjern protokolltilførsel 2' }) as HTMLButtonElement).disabled).toBe(true);
    const [by, text] = within(entry).getAllByRole('textbox');
    const kind = within(entry).getByText('Type');
    expect(by!.compareDocumentPosition(kind) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(kind.compareDocumentPosition(text!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const buttons = within(entry).getAllByRole('button').map((b) => b.textContent);
    expect(buttons).toEqual(['Voter', 'Fjern protokolltilførsel 2']);
  });
});
