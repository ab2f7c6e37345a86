// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { HostContext } from '../../hosts/hostContext';
import { AuthError } from '../../auth/tokenProvider';
import type { Auth } from '../../auth/createAuth';
import { MotebokProvider } from './MotebokProvider';
import { ServicesProvider } from './ServicesContext';
import { testServices } from './testing/testServices';
import { createInMemoryMeetingRepository } from '../../domain/testing/inMemoryMeetingRepository';
import { fakeAuth } from './testing/fakeAuth';
import { SignInGate } from './SignInGate';
import { signInMessages } from './signInMessages';

afterEach(cleanup);

function renderGate(host: HostContext['host'], auth: Pick<Auth, 'restore' | 'signIn' | 'signOut'> & Partial<Pick<Auth, 'account'>>, locale = 'nb-NO') {
  const hostContext: HostContext = { host, frameContext: 'content', locale, theme: 'default', onThemeChange: () => () => undefined };
  const services = testServices(hostContext, createInMemoryMeetingRepository(), { auth: { account: () => undefined, ...auth, getToken: async () => 'token' } });
  render(
    <MotebokProvider host={hostContext}>
      <ServicesProvider services={services}>
        <SignInGate>
          <main>Møteorganene</main>
        </SignInGate>
      </ServicesProvider>
    </MotebokProvider>,
  );
}

describe('SignInGate in a plain browser', () => {
  it('opens no window by itself: it says what "Logg inn" will do, and opens the sign-in window on the click', async () => {
    const fake = fakeAuth();
    renderGate('browser', fake.auth);
    const button = await screen.findByRole('button', { name: 'Logg inn' }, { timeout: 10_000 }); // the sign-in screen is its own chunk: slow under load
    expect(screen.getByText(/åpnes et nytt vindu med påloggingssiden til Microsoft eller virksomheten din/)).toBeTruthy();
    expect(screen.queryByText('Møteorganene')).toBeNull();
    expect(fake.calls).toEqual(['restore']);
    fireEvent.click(button);
    expect(fake.calls).toEqual(['restore', 'signIn']);
    expect(await screen.findByText(/Et påloggingsvindu er åpnet/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Logg inn' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('reports a closed window and lets the user try again', async () => {
    const fake = fakeAuth();
    renderGate('browser', fake.auth);
    fireEvent.click(await screen.findByRole('button', { name: 'Logg inn' }));
    await act(async () => fake.signInFails(new AuthError('cancelled')));
    expect(screen.getByRole('alert').textContent).toMatch(/Påloggingsvinduet ble lukket før du var logget inn/);
    expect((screen.getByRole('button', { name: 'Logg inn' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows the surface with the signed-in user and "Logg ut", which signs out', async () => {
    const fake = fakeAuth();
    renderGate('browser', fake.auth);
    fireEvent.click(await screen.findByRole('button', { name: 'Logg inn' }));
    await act(async () => fake.signInSucceeds({ name: 'Kristin Liset', username: 'kristin.liset@siv.example.no' }));
    expect(screen.getByText('Møteorganene')).toBeTruthy();
    const account = screen.getByRole('region', { name: 'Innlogget bruker' });
    expect(account.textContent).toContain('Logget inn som Kristin Liset');
    // Focus does not fall to the page's end with the button gone: it lands on who is signed in.
    expect(document.activeElement).toBe(account);
    fireEvent.click(screen.getByRole('button', { name: 'Logg ut' }));
    await waitFor(() => expect(screen.getByText('Du er logget ut.')).toBeTruthy());
    expect(screen.queryByText('Møteorganene')).toBeNull();
    expect(fake.calls).toContain('signOut');
  });

  it('speaks nynorsk and English too', async () => {
    renderGate('browser', fakeAuth().auth, 'nn-NO');
    expect(await screen.findByText(/blir eit nytt vindauge med påloggingssida til Microsoft/)).toBeTruthy();
    cleanup();
    renderGate('browser', fakeAuth().auth, 'en-US');
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeTruthy();
  });
});

describe('SignInGate inside Teams and Outlook', () => {
  it('shows the surface at once: the host signs the user in', () => {
    for (const host of ['teams', 'outlook'] as const) {
      const fake = fakeAuth();
      renderGate(host, fake.auth);
      expect(screen.getByText('Møteorganene')).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'Logg inn' })).toBeNull();
      expect(fake.calls).toEqual([]);
      cleanup();
    }
  });
});

describe('signIn catalogue', () => {
  it('has the keys of bokmål in nynorsk and English, none empty', () => {
    const keys = Object.keys(signInMessages.nb).sort();
    for (const language of ['nn', 'en'] as const) expect(Object.keys(signInMessages[language]).sort()).toEqual(keys);
    for (const language of ['nb', 'nn', 'en'] as const) expect(Object.values(signInMessages[language]).filter((text) => text.trim() === '')).toEqual([]);
  });
});
