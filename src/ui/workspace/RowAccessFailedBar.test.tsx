// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { HostContext } from '../../hosts/hostContext';
import { StorageError, type RowAccessFailure } from '../../domain/ports';
import { MotebokProvider } from '../shared/MotebokProvider';
import { RowAccessFailedBar } from './RowAccessFailedBar';

const host: HostContext = { host: 'browser', frameContext: 'content', locale: 'nb-NO', theme: 'default', onThemeChange: () => () => undefined };

/** A repository whose save, when the test says so, could not close an exempt sak's row. */
function repositoryFailingToClose() {
  const listeners = new Set<(failure: RowAccessFailure) => void>();
  return {
    onRowAccessFailed: (listener: (failure: RowAccessFailure) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    saveFailedToClose: (failure: RowAccessFailure) => act(() => listeners.forEach((listener) => listener(failure))),
  };
}

const failure: RowAccessFailure = {
  meetingId: 'pm-2026',
  saker: [
    { itemId: '2026-04', caseNumber: '2026.04', title: 'Prosjekt X' },
    { itemId: 'ny', caseNumber: null, title: 'Personalsak' },
  ],
  error: new StorageError('forbidden', 'Forbidden'),
};

/** The bar on screen with a repository that fails when told, and how often «Rett tilgangene» ran. */
function renderBar(canRepair = true) {
  const repository = repositoryFailingToClose();
  const repairs = { count: 0 };
  render(
    <MotebokProvider host={host}>
      <RowAccessFailedBar repository={repository} repair={async () => void (repairs.count += 1)} canRepair={canRepair} repairing={false} />
    </MotebokProvider>,
  );
  return { repository, repairs };
}

afterEach(cleanup);

describe('the workspace’s message that a save could not close an exempt sak’s row', () => {
  it('names each sak and why, says what was typed is saved, and goes away once «Rett tilgangene» has run', async () => {
    const { repository, repairs } = renderBar();
    expect(screen.queryByText('Saken er lagret, men ikke lukket i SharePoint')).toBeNull();
    repository.saveFailedToClose(failure);
    expect(screen.getByText('Saken er lagret, men ikke lukket i SharePoint')).toBeTruthy();
    const body = screen.getByText(/Raden for sak 2026\.04 «Prosjekt X», den nye saken «Personalsak» holder innhold unntatt offentlighet/);
    expect(body.textContent).toContain('Det du skrev, er lagret.');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Rett tilgangene' })));
    expect(repairs.count).toBe(1);
    expect(screen.queryByText('Saken er lagret, men ikke lukket i SharePoint')).toBeNull();
  });

  it('does not say «sak» twice when the committee\'s numbers begin with «Sak» (a board\'s «Sak {NNN}-{YYYY}»)', () => {
    const { repository } = renderBar();
    repository.saveFailedToClose({ ...failure, saker: [{ itemId: 'a', caseNumber: 'Sak 005-2026', title: 'Tilsetting av klinikksjef' }] });
    expect(screen.getByText(/Raden for sak 005-2026 «Tilsetting av klinikksjef» holder/)).toBeTruthy();
  });

  it('can be closed, and comes back with the next failure', () => {
    const { repository } = renderBar();
    repository.saveFailedToClose(failure);
    fireEvent.click(screen.getByRole('button', { name: 'Lukk meldingen' }));
    expect(screen.queryByText('Saken er lagret, men ikke lukket i SharePoint')).toBeNull();
    repository.saveFailedToClose(failure);
    expect(screen.getByText('Saken er lagret, men ikke lukket i SharePoint')).toBeTruthy();
  });

  it('after a settings save, says the settings are stored, names the saker whose access was left, and offers «Rett tilgangene»; without saker, says they could not be read', async () => {
    const { repository, repairs } = renderBar();
    repository.saveFailedToClose({ committeeId: 'partnerskapsmotet', saker: [{ itemId: '2026-04', caseNumber: '2026.04', title: 'Prosjekt X' }], error: new StorageError('forbidden', 'Forbidden') });
    expect(screen.getByText('Innstillingene er lagret, men tilgangene i SharePoint er ikke endret')).toBeTruthy();
    expect(screen.queryByText('Saken er lagret, men ikke lukket i SharePoint')).toBeNull();
    const body = screen.getByText(/Endringen gjelder hvem som har tilgang til sak 2026\.04 «Prosjekt X»/);
    expect(body.textContent).toContain('Innstillingene er lagret.');
    repository.saveFailedToClose({ committeeId: 'partnerskapsmotet', saker: [], error: new StorageError('forbidden', 'Forbidden') });
    expect(screen.getByText(/sakene kunne ikke leses, så tilgangene er ikke satt/)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Rett tilgangene' })));
    expect(repairs.count).toBe(1);
    expect(screen.queryByText('Innstillingene er lagret, men tilgangene i SharePoint er ikke endret')).toBeNull();
  });

  it('tells someone who may not manage the site (a secretariat from outside) that the site owner must close the row, with no «Rett tilgangene» that would be refused', () => {
    const { repository, repairs } = renderBar(false);
    repository.saveFailedToClose(failure);
    expect(screen.getByText('Saken er lagret, men ikke lukket i SharePoint')).toBeTruthy();
    const body = screen.getByText(/Raden for sak 2026\.04 «Prosjekt X»/);
    expect(body.textContent).toContain('Du kan ikke lukke raden selv: det krever rett til å endre tilgangene på SharePoint-området. Be eieren av området (eller IT) velge «Rett tilgangene» her');
    expect(screen.queryByRole('button', { name: 'Rett tilgangene' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Lukk meldingen' })).toBeTruthy();
    expect(repairs.count).toBe(0);
  });
});
