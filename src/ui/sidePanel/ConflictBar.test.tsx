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

function renderBar(fields: string[], onResolve = vi.fn()) {
  render(
    <MotebokProvider host={browserHost('nn-NO')}>
      <ConflictBar committee={aCommittee({ languageForm: 'nn' })} conflict={{ key: 'b', fields, theirs }} item="PS 02/27" onResolve={onResolve} />
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
});
