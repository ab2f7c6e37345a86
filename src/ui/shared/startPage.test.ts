// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostContext } from '../../hosts/hostContext';
import { browserHostContext } from '../../hosts/browserHostContext';
import type { Services } from './services';
import { startInHalves } from './startInHalves';
import { startPage } from './startPage';
import { leaveFor } from './leavingEarly';

/** A host whose answer the test gives when it wants (Teams answering its handshake). */
function slowHost(locale: string) {
  let answer: () => void = () => undefined;
  const host = new Promise<HostContext>((resolve) => {
    answer = () => resolve({ ...browserHostContext(window), host: 'teams', locale });
  });
  return { initializeHost: () => host, answer };
}

const services = { auth: { getToken: () => Promise.resolve('token') } } as unknown as Services;
const placeholder = () => document.querySelector('#root .motebok-boot');

describe('the start of a page, before its screens', () => {
  beforeEach(() => {
    document.body.innerHTML = '<div id="root"><p class="motebok-boot" role="status">Laster Møtebok …</p></div>';
    window.history.replaceState(null, '', '/sidepanel.html?locale=en-US');
  });
  afterEach(() => {
    window.history.replaceState(null, '', '/');
  });

  it('speaks the URL\'s language at once, then the Teams locale once Teams has answered', async () => {
    const teams = slowHost('nn-NO');
    const show = vi.fn();
    startPage({ initializeHost: teams.initializeHost, createServices: () => Promise.resolve(services) }, show);
    await vi.waitFor(() => expect(placeholder()?.textContent).toBe('Loading Møtebok …'));
    teams.answer();
    await vi.waitFor(() => expect(placeholder()?.textContent).toBe('Lastar Møtebok …'));
    expect(placeholder()?.getAttribute('role')).toBe('status');
    expect(show).toHaveBeenCalledTimes(1);
  });

  it('says in the Teams locale\'s language that the screens could not be fetched', async () => {
    const teams = slowHost('nn-NO');
    teams.answer();
    const loadScreens = vi.fn(() => Promise.reject(new Error('chunk failed')));
    startInHalves({ initializeHost: teams.initializeHost, createServices: () => Promise.resolve(services) }, loadScreens);
    await vi.waitFor(() => expect(document.querySelector('#root [role="alert"]')?.textContent).toBe('Møtebok kunne ikkje lastast. Sjekk nettilkoplinga og last inn på nytt.'));
    expect(loadScreens).toHaveBeenCalledTimes(2); // tried once more before saying so
  });

  it('starts nothing when the page is leaving for the page its address says Teams opened it as', async () => {
    leaveFor('http://localhost:3000/sidepanel.html?frameContext=sidePanel');
    const initializeHost = vi.fn(() => Promise.resolve(browserHostContext(window)));
    const show = vi.fn();
    startPage({ initializeHost, createServices: () => Promise.resolve(services) }, show);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(initializeHost).not.toHaveBeenCalled();
    expect(show).not.toHaveBeenCalled();
  });
});
