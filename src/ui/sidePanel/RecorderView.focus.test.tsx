// @vitest-environment jsdom
// The referent with the keyboard alone (e2e/sidePanel.a11y.test.ts walks it in the browser): where the focus goes
// when the control she pressed goes away with what it did, and that the meeting's new status is said.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aCommittee } from '../../domain/testing/builders';
import { renderSidePanelHost } from './testing/sidePanelHost';

// The test meeting's committee (`pm-2026-06-11` is its meeting), its secretariat the referent.
const committee = aCommittee({ id: 'partnerskapsmotet', secretariat: [{ name: 'Hilde Kari Maugesten', email: 'hilde.kari.maugesten@siv.example' }] });

// The whole panel renders (session, lazy chunks): on a loaded machine its answers take longer than the default second.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

/** Presses a button as the keyboard does: it has the focus when it acts. */
function press(button: HTMLElement): void {
  button.focus();
  fireEvent.click(button);
}

const focusIs = (element: HTMLElement) => waitFor(() => expect(document.activeElement).toBe(element), { timeout: 5_000 });

/** The live region the text is in, if any (a screen reader says its changes). */
const liveRegionWith = (text: string) => screen.queryAllByRole('status').find((region) => region.textContent?.includes(text));

async function started(): Promise<void> {
  renderSidePanelHost({ committee, user: 'hilde.kari.maugesten@siv.example' });
  press(await screen.findByRole('button', { name: 'Start møtet' }, { timeout: 20_000 }));
  await focusIs(await screen.findByRole('button', { name: 'Avslutt møtet' }));
}

describe('the referent’s side panel by the keyboard', () => {
  it('gives the focus to «Avslutt møtet» when she starts the meeting and to «Gjenåpne møtet» when she ends it, and says the new status in a live region', async () => {
    await started();
    expect(liveRegionWith('Møtet pågår')).toBeTruthy();
    press(screen.getByRole('button', { name: 'Avslutt møtet' }));
    const dialog = await screen.findByRole('alertdialog', { hidden: true, name: 'Avslutte møtet?' });
    press(within(dialog).getByRole('button', { hidden: true, name: 'Avslutt møtet' }));
    await focusIs(await screen.findByRole('button', { name: 'Gjenåpne møtet' }));
    expect(liveRegionWith('Møtet er holdt')).toBeTruthy();
    // Saved, so its draft is gone: the next test's panel (the same drafts database) starts afresh, not in a clash.
    await screen.findByText('Lagret');
  }, 60_000);

  it('takes her to the sak she opens (its heading), to the next with «Neste sak», and back to that sak in the saksliste', async () => {
    await started();
    press(screen.getByRole('button', { name: /^2026\.02 Referat fra Partnerskapsmøte/ }));
    await focusIs(await screen.findByRole('heading', { level: 2, name: /^2026\.02 / }));
    press(screen.getByRole('button', { name: 'Neste sak' }));
    await focusIs(await screen.findByRole('heading', { level: 2, name: /^2026\.03 / }));
    press(screen.getByRole('button', { name: 'Tilbake til sakslisten' }));
    await focusIs(await screen.findByRole('button', { name: /^2026\.03 Handlingsplan 2026/ }));
  }, 60_000);

  it('keeps the focus in the sak when «Gjør til aktiv sak» gives way to its badge and «Marker som behandlet» to «Angre behandlet/utsatt», and back', async () => {
    await started();
    press(screen.getByRole('button', { name: /^2026\.03 Handlingsplan 2026/ }));
    const heading = await screen.findByRole('heading', { level: 2, name: /^2026\.03 / });
    press(screen.getByRole('button', { name: 'Gjør til aktiv sak' }));
    await screen.findByText('Aktiv sak – vises på skjermen');
    await focusIs(heading);
    press(screen.getByRole('button', { name: 'Marker som behandlet' }));
    await focusIs(await screen.findByRole('button', { name: 'Angre behandlet/utsatt' }));
    press(screen.getByRole('button', { name: 'Angre behandlet/utsatt' }));
    await focusIs(await screen.findByRole('button', { name: 'Marker som behandlet' }));
  }, 60_000);
});
