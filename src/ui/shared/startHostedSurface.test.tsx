// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen } from '@testing-library/react';
import type { HostContext } from '../../hosts/hostContext';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { LOADING_RENDER_DELAY_MS, renderSurface } from './startHostedSurface';
import type { SurfaceStart } from './surfaceStart';
import { testServices } from './testing/testServices';
import { translate } from './i18n';
import { fakeAuth } from './testing/fakeAuth';
import { restoreEarly } from './restoredEarly';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

const teams: HostContext = { host: 'teams', frameContext: 'content', locale: 'nb-NO', theme: 'default', onThemeChange: () => () => undefined };

/** The page as page.html leaves it: #root with the placeholder; every "Laster …" React renders into it is recorded. */
function page(): { container: HTMLElement; spinnerShown: () => boolean } {
  document.body.innerHTML = '<div id="root"><p class="motebok-boot" role="status">Laster Møtebok …</p></div>';
  const container = document.getElementById('root') as HTMLElement;
  let shown = false;
  const loading = translate('common', 'app.loading');
  // The nodes as they were added: a "Laster …" replaced within the same task is gone from the page by the time this runs.
  new MutationObserver((records) => {
    for (const node of records.flatMap((record) => [...record.addedNodes])) {
      if (node instanceof Element && [node, ...node.querySelectorAll('*')].some((element) => element.getAttribute('role') === 'progressbar' && element.textContent?.includes(loading))) shown = true;
    }
  }).observe(container, { childList: true, subtree: true });
  return { container, spinnerShown: () => shown };
}

/** `servicesAfterMs`: the services come a few tasks later, as MSAL and the Graph side do on a page. */
function startWith(host: Promise<HostContext>, servicesAfterMs = 0): SurfaceStart {
  const services = host.then(async (answered) => {
    await new Promise((resolve) => setTimeout(resolve, servicesAfterMs));
    return testServices(answered, createInMemoryMeetingRepository());
  });
  return { provisional: teams, host, services, locale: () => 'nb-NO' };
}

const options = { initializeHost: async () => teams, render: () => <main>Saksliste</main> };

describe('renderSurface', () => {
  it('renders the surface as React’s first render when the host and the services are here soon: no "Laster …" and no remount of the providers (issue 14: cold load)', async () => {
    const { container, spinnerShown } = page();
    await act(async () => renderSurface(container, options, startWith(Promise.resolve(teams), 30)));
    expect(await screen.findByText('Saksliste')).toBeTruthy();
    await act(() => new Promise((resolve) => setTimeout(resolve, LOADING_RENDER_DELAY_MS + 50)));
    expect(spinnerShown()).toBe(false);
  });

  it('shows "Laster …" once the host keeps it waiting, then the surface', async () => {
    const { container, spinnerShown } = page();
    let answer: (host: HostContext) => void = () => undefined;
    await act(async () => renderSurface(container, options, startWith(new Promise((resolve) => (answer = resolve)))));
    expect(spinnerShown()).toBe(false);
    await act(() => new Promise((resolve) => setTimeout(resolve, LOADING_RENDER_DELAY_MS + 50)));
    expect(spinnerShown()).toBe(true);
    expect(screen.queryByText('Saksliste')).toBeNull();
    await act(async () => answer(teams));
    expect(await screen.findByText('Saksliste')).toBeTruthy();
  });

  it('hands the page’s early sign-in check to the gate: in a plain browser, someone signed in earlier sees the surface without a second check', async () => {
    const { container } = page();
    const browser: HostContext = { ...teams, host: 'browser' };
    const fake = fakeAuth({ restored: { name: 'Kristin Liset', username: 'kristin.liset@siv.example.no' } });
    const early = restoreEarly(fake.auth);
    await early.promise;
    const services = Promise.resolve(testServices(browser, createInMemoryMeetingRepository(), { auth: { ...fake.auth, getToken: async () => 'token' }, signInCheck: early }));
    await act(async () => renderSurface(container, options, { provisional: browser, host: Promise.resolve(browser), services, locale: () => 'nb-NO' }));
    expect(await screen.findByText('Saksliste', {}, { timeout: 10_000 })).toBeTruthy(); // the gate's screen is its own chunk: slow under load
    expect(fake.calls).toEqual(['restore']);
  });
});
