// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { HostContext } from '../../hosts/hostContext';
import { StorageError, type RowAccessFailure } from '../../domain/ports';
import { setLanguage, type AppLanguage } from '../shared/i18n';
import { MotebokProvider } from '../shared/MotebokProvider';
import { RowAccessFailedBar } from './RowAccessFailedBar';

const hostIn = (locale: string): HostContext => ({ host: 'browser', frameContext: 'content', locale, theme: 'default', onThemeChange: () => () => undefined });

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
function renderBar(canRepair = true, locale = 'nb-NO') {
  const repository = repositoryFailingToClose();
  const repairs = { count: 0 };
  render(
    <MotebokProvider host={hostIn(locale)}>
      <RowAccessFailedBar repository={repository} repair={async () => void (repairs.count += 1)} canRepair={canRepair} repairing={false} />
    </MotebokProvider>,
  );
  return { repository, repairs };
}

// The dialog's items and buttons read from the DOM, not by role: jsdom's tabster may hide the surface from role queries
// while the focus settles (as `PermissionsWarning.test.tsx` says).
afterEach(async () => {
  cleanup();
  await setLanguage('nb');
});

/** «Rett tilgangene» pressed and confirmed in its dialog (it asks first, `RowAccessRepairConfirm`). */
async function repairConfirmed(name = 'Rett tilgangene') {
  fireEvent.click(screen.getByRole('button', { name }));
  await screen.findByTestId('row-access-confirm');
  await act(async () => fireEvent.click(screen.getByTestId('row-access-confirm-confirm')));
}

describe('the workspace’s message that a save could not close an exempt sak’s row', () => {
  it('names each sak and why, says what was typed is saved, and goes away once «Rett tilgangene» has run', async () => {
    const { repository, repairs } = renderBar();
    expect(screen.queryByText('Saken er lagret, men ikke lukket i SharePoint')).toBeNull();
    repository.saveFailedToClose(failure);
    expect(screen.getByText('Saken er lagret, men ikke lukket i SharePoint')).toBeTruthy();
    const body = screen.getByText(/Raden for sak 2026\.04 «Prosjekt X», den nye saken «Personalsak» holder innhold unntatt offentlighet/);
    expect(body.textContent).toContain('Det du skrev, er lagret.');
    await repairConfirmed();
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
    await repairConfirmed();
    expect(repairs.count).toBe(1);
    expect(screen.queryByText('Innstillingene er lagret, men tilgangene i SharePoint er ikke endret')).toBeNull();
  });

  it('asks before «Rett tilgangene» changes who can read, as the permission warning does: an alert dialog naming each row it will close, «Avbryt» first, nothing done until confirmed, the focus back on the button when cancelled', async () => {
    const { repository, repairs } = renderBar();
    repository.saveFailedToClose(failure);
    const button = screen.getByRole('button', { name: 'Rett tilgangene' });
    button.focus();
    fireEvent.click(button);
    expect(repairs.count).toBe(0);
    const dialog = await screen.findByRole('alertdialog', { name: 'Rette tilgangene?' });
    expect(dialog.textContent).toContain('Møtebok endrer dette i SharePoint, og med det hvem som kan lese og endre det:');
    expect([...dialog.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'Raden for sak 2026.04 «Prosjekt X» lukkes, så bare de som har rett til å se saken, kan lese den.',
      'Raden for den nye saken «Personalsak» lukkes, så bare de som har rett til å se saken, kan lese den.',
    ]);
    expect([...dialog.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Avbryt', 'Rett tilgangene']);
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    fireEvent.click(screen.getByTestId('row-access-confirm-cancel'));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(repairs.count).toBe(0);
    expect(screen.getByText('Saken er lagret, men ikke lukket i SharePoint')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(button));
    await repairConfirmed();
    expect(repairs.count).toBe(1);
  });

  it('names what a settings save left in the dialog: each sak’s row given the settings’ access, or the committee’s exempt saker when they could not be read', async () => {
    const { repository } = renderBar();
    repository.saveFailedToClose({ committeeId: 'partnerskapsmotet', saker: [{ itemId: '2026-04', caseNumber: '2026.04', title: 'Prosjekt X' }], error: new StorageError('forbidden', 'Forbidden') });
    fireEvent.click(screen.getByRole('button', { name: 'Rett tilgangene' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Rette tilgangene?' });
    expect([...dialog.querySelectorAll('li')].map((item) => item.textContent)).toEqual(['Raden for sak 2026.04 «Prosjekt X» får tilgangene innstillingene gir.']);
    fireEvent.click(screen.getByTestId('row-access-confirm-cancel'));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    repository.saveFailedToClose({ committeeId: 'partnerskapsmotet', saker: [], error: new StorageError('forbidden', 'Forbidden') });
    fireEvent.click(screen.getByRole('button', { name: 'Rett tilgangene' }));
    const unknown = await screen.findByRole('alertdialog', { name: 'Rette tilgangene?' });
    expect([...unknown.querySelectorAll('li')].map((item) => item.textContent)).toEqual(['Radene for sakene unntatt offentlighet i møteorganet får tilgangene innstillingene gir.']);
  });

  it.each<[AppLanguage, string, string, string, string, string]>([
    ['nn', 'nn-NO', 'Rett tilgangane', 'Rette tilgangane?', 'Møtebok endrar dette i SharePoint, og med det kven som kan lese og endre det:', 'Rada for sak 2026.04 «Prosjekt X» blir lukka, så berre dei som har rett til å sjå saka, kan lese ho.'],
    ['en', 'en-GB', 'Repair the permissions', 'Repair the permissions?', 'Møtebok changes the following in SharePoint, and with it who can read and change it:', 'The row for item 2026.04 “Prosjekt X” is closed, so only those entitled to see the item can read it.'],
  ])('asks in %s too, with the permission warning’s words', async (language, locale, repairName, title, lead, row) => {
    await setLanguage(language);
    const { repository } = renderBar(true, locale);
    repository.saveFailedToClose({ ...failure, saker: [failure.saker[0]!] });
    fireEvent.click(await screen.findByRole('button', { name: repairName }));
    const dialog = await screen.findByRole('alertdialog', { name: title });
    expect(dialog.textContent).toContain(lead);
    expect([...dialog.querySelectorAll('li')].map((item) => item.textContent)).toEqual([row]);
    expect([screen.getByTestId('row-access-confirm-cancel').textContent, screen.getByTestId('row-access-confirm-confirm').textContent]).toEqual([language === 'en' ? 'Cancel' : 'Avbryt', repairName]);
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
