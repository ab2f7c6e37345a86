// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { aCommittee, aMeeting, anItem } from '../../domain/testing/builders';
import { MotebokProvider } from '../shared/MotebokProvider';
import { browserHost } from '../workspace/testing/storedEditor';
import { ConflictBar } from './ConflictBar';

afterEach(() => cleanup());

const theirs = aMeeting({
  items: [anItem('b', { proceedings: [{ type: 'paragraph', content: [{ text: 'Rådmannen orienterte. Den andre referenten skreiv dette.' }] }], conclusion: [] })],
});

function renderBar(fields: string[], onResolve = vi.fn(), by?: string) {
  render(
    <MotebokProvider host={browserHost('nn-NO')}>
      <ConflictBar committee={aCommittee({ languageForm: 'nn' })} conflict={{ key: 'b', fields, theirs, ...(by ? { by } : {}) }} item="PS 02/27" onResolve={onResolve} />
    </MotebokProvider>,
  );
  return onResolve;
}

describe('the conflict bar in the side panel', () => {
  it('shows the stored møtebehandling when that is what clashes, not an empty konklusjon', async () => {
    const onResolve = renderBar(['proceedings']);
    const bar = await screen.findByTestId('conflict');
    expect(bar.textContent).toContain('Lagra versjon, Møtehandsaming: Rådmannen orienterte. Den andre referenten skreiv dette.');
    fireEvent.click(screen.getByRole('button', { name: 'Bruk lagra versjon' }));
    expect(onResolve).toHaveBeenCalledWith('theirs');
  });

  it('says the stored konklusjon is empty rather than leaving the line blank', async () => {
    renderBar(['conclusion']);
    const bar = await screen.findByTestId('conflict');
    expect(bar.textContent).toMatch(/Lagra versjon, \S+: \(tom\)/);
    expect(bar.textContent).not.toContain('Den andre referenten');
  });

  it('names who changed the sak when SharePoint said, and says «Nokon andre» when it did not', async () => {
    renderBar(['conclusion'], vi.fn(), 'Per Olsen');
    expect((await screen.findByTestId('conflict')).textContent).toContain('Per Olsen har endra sak PS 02/27');
    cleanup();
    renderBar(['conclusion']);
    expect((await screen.findByTestId('conflict')).textContent).toContain('Nokon andre har endra sak PS 02/27');
  });
});
