// @vitest-environment jsdom
// When SharePoint will not take her text (throttled, refused, offline), the referent is told it is kept on this
// machine and saved later: beside the error, and in «Avslutt møtet»'s dialog, where she might think it lost
// (e2e/referentRecovery.test.ts walks it against the tenant's faults: out/referent-recovery-log.json).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, configure, fireEvent, screen, within } from '@testing-library/react';
import { StorageError } from '../../domain/ports';
import { aCommittee } from '../../domain/testing/builders';
import { renderSidePanelHost } from './testing/sidePanelHost';

const committee = aCommittee({ id: 'partnerskapsmotet', secretariat: [{ name: 'Hilde Kari Maugesten', email: 'hilde.kari.maugesten@siv.example' }] });
const KEPT = 'Noe av det du har skrevet, er ikke lagret i SharePoint ennå. Det er tatt vare på her på maskinen';

configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

/**
 * «Avslutt møtet»'s dialog says her text is kept here; she cancels, Microsoft 365 takes saves again (`takeSaves`):
 * saved, and the drafts are gone (the next test's panel starts afresh).
 */
async function endingSaysKeptThenSaved(takeSaves: () => void): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: 'Avslutt møtet' }));
  const dialog = await screen.findByRole('alertdialog', { hidden: true, name: 'Avslutte møtet?' });
  expect(within(dialog).getByText(new RegExp(`^${KEPT}`))).toBeTruthy();
  fireEvent.click(within(dialog).getByRole('button', { hidden: true, name: 'Avbryt' }));
  takeSaves();
  await screen.findByText('Lagret', undefined, { timeout: 15_000 });
}

describe('the referent’s side panel when a save is refused', () => {
  it('says her text is kept here beside the error, and again when she ends the meeting before it is saved', async () => {
    const repository = renderSidePanelHost({ committee, user: 'hilde.kari.maugesten@siv.example' });
    const start = await screen.findByRole('button', { name: 'Start møtet' }, { timeout: 20_000 });
    // Microsoft 365 fails to answer (a 500): the start's save is not taken.
    const save = repository.saveMeeting.bind(repository);
    repository.saveMeeting = () => Promise.reject(new StorageError('server', 'Internal Server Error'));
    fireEvent.click(start);
    await screen.findByText('Ikke lagret');
    const bar = screen.getByText(new RegExp(`^Microsoft 365 svarer ikke .* ${KEPT}`));
    // Both stay in sight while she types far down a sak: pinned at the panel's top as the page scrolls.
    const pinned = screen.getByTestId('save-status-pinned');
    expect(getComputedStyle(pinned).position).toBe('sticky');
    expect(pinned.contains(bar) && pinned.contains(screen.getByTestId('save-state'))).toBe(true);

    await endingSaysKeptThenSaved(() => (repository.saveMeeting = save));
    expect(screen.queryByText(new RegExp(KEPT))).toBeNull();
  }, 60_000);

  it('says calmly that it waits for Microsoft 365 while a throttled save is retried, not that it is not saved', async () => {
    const repository = renderSidePanelHost({ committee, user: 'hilde.kari.maugesten@siv.example' });
    const start = await screen.findByRole('button', { name: 'Start møtet' }, { timeout: 20_000 });
    // Microsoft 365 asks to wait a second (429 with Retry-After), again and again.
    const save = repository.saveMeeting.bind(repository);
    repository.saveMeeting = () => Promise.reject(new StorageError('throttled', 'Too many requests', 1));
    fireEvent.click(start);
    const status = await screen.findByRole('status', { name: 'Lagringsstatus: Venter på Microsoft 365 – prøver igjen …' });
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.getAttribute('data-state')).toBe('waiting');
    expect(screen.queryByText('Ikke lagret')).toBeNull();
    // Her text is kept here all the same: «Avslutt møtet» says so.
    await endingSaysKeptThenSaved(() => (repository.saveMeeting = save));
  }, 60_000);

  it('says nothing of unsaved text in the dialog when everything is saved', async () => {
    renderSidePanelHost({ committee, user: 'hilde.kari.maugesten@siv.example' });
    fireEvent.click(await screen.findByRole('button', { name: 'Start møtet' }, { timeout: 20_000 }));
    await screen.findByText('Lagret');
    fireEvent.click(await screen.findByRole('button', { name: 'Avslutt møtet' }));
    const dialog = await screen.findByRole('alertdialog', { hidden: true, name: 'Avslutte møtet?' });
    expect(within(dialog).queryByText(new RegExp(`^${KEPT}`))).toBeNull();
  }, 60_000);
});
