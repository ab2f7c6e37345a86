// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Profiler, StrictMode } from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import type { HostContext, HostTheme } from '../../hosts/hostContext';
import { MotebokProvider } from './MotebokProvider';
import { SaveStateIndicator } from './SaveStateIndicator';
import { registerMessages, setLanguage } from './i18n';
import { useCommonText } from './commonText';

function fakeHost(locale: string, theme: HostTheme = 'default') {
  const listeners = new Set<(theme: HostTheme) => void>();
  const host: HostContext = {
    host: 'teams',
    frameContext: 'content',
    locale,
    theme,
    onThemeChange(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
  };
  return { host, listeners, change: (next: HostTheme) => listeners.forEach((listener) => listener(next)) };
}

afterEach(async () => {
  cleanup();
  await setLanguage('nb');
});

/** Text of the shared catalogue, as every screen reads it (its hook re-renders it when the language shown changes). */
function Translated() {
  const t = useCommonText();
  return <p>{t('app.loading')}</p>;
}

describe('MotebokProvider', () => {
  it('renders its screen once when the page has already switched to the host language: no second commit of every translated view (issue 14: cold load)', async () => {
    await setLanguage('nb');
    const commits: string[] = [];
    await act(async () => {
      render(
        <StrictMode>
          <MotebokProvider host={fakeHost('nb-NO').host}>
            <Profiler id="screen" onRender={(_, phase) => commits.push(phase)}>
              <Translated />
            </Profiler>
          </MotebokProvider>
        </StrictMode>,
      );
    });
    expect(screen.getByText('Laster Møtebok …')).toBeTruthy();
    expect(commits).toEqual(['mount']);
  });

  it('re-renders translated text when the language changes while it is shown, and not when a lazy view registers its catalogue', async () => {
    await setLanguage('nb');
    const commits: string[] = [];
    render(
      <MotebokProvider host={fakeHost('nb-NO').host}>
        <Profiler id="screen" onRender={(_, phase) => commits.push(phase)}>
          <Translated />
        </Profiler>
      </MotebokProvider>,
    );
    expect(screen.getByText('Laster Møtebok …')).toBeTruthy();
    act(() => registerMessages('lateView', { nb: { title: 'Sen' }, nn: { title: 'Sein' }, en: { title: 'Late' } }));
    expect(commits).toEqual(['mount']);
    await act(() => setLanguage('en'));
    expect(screen.getByText('Loading Møtebok …')).toBeTruthy();
    expect(commits).toEqual(['mount', 'update']);
  });

  it('follows the host theme live and stops listening when unmounted', async () => {
    const fake = fakeHost('nb-NO');
    const view = render(
      <MotebokProvider host={fake.host}>
        <SaveStateIndicator state="saved" />
      </MotebokProvider>,
    );
    expect(document.documentElement.dataset.theme).toBe('default');
    act(() => fake.change('dark'));
    expect(document.documentElement.dataset.theme).toBe('dark');
    act(() => fake.change('contrast'));
    expect(document.documentElement.dataset.theme).toBe('contrast');
    view.unmount();
    expect(fake.listeners.size).toBe(0);
  });

  it('keeps the theme shown until the new theme’s sheet has arrived, and keeps it when the sheet fails to load', async () => {
    vi.stubGlobal('__MOTEBOK_THEME_SHEETS__', { default: '/theme-default.css', dark: '/theme-dark.css', contrast: '/theme-contrast.css' });
    try {
      const fake = fakeHost('nb-NO');
      render(
        <MotebokProvider host={fake.host}>
          <SaveStateIndicator state="saved" />
        </MotebokProvider>,
      );
      expect(document.documentElement.dataset.theme).toBe('default');
      act(() => fake.change('dark'));
      const dark = document.head.querySelector('link[rel=stylesheet][href="/theme-dark.css"]');
      expect(dark).not.toBeNull();
      expect(document.documentElement.dataset.theme).toBe('default');
      await act(async () => void dark?.dispatchEvent(new Event('load')));
      expect(document.documentElement.dataset.theme).toBe('dark');
      act(() => fake.change('contrast'));
      await act(async () => void document.head.querySelector('link[href="/theme-contrast.css"]')?.dispatchEvent(new Event('error')));
      expect(document.documentElement.dataset.theme).toBe('dark');
    } finally {
      vi.unstubAllGlobals();
      document.head.querySelectorAll('link').forEach((link) => link.remove());
    }
  });

  it('gives FluentProvider no theme to write: no custom property is set at run time (the build’s sheets set them)', () => {
    render(
      <MotebokProvider host={fakeHost('nb-NO').host}>
        <SaveStateIndicator state="saved" />
      </MotebokProvider>,
    );
    const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.filter((rule) => /--[\w-]+\s*:/.test(rule))).toEqual([]);
  });

  it('speaks nynorsk when Teams says nn-NO, sets lang, and offers the skip link first', async () => {
    const fake = fakeHost('nn-NO');
    await setLanguage('nn');
    render(
      <MotebokProvider host={fake.host}>
        <main id="motebok-main">
          <SaveStateIndicator state="offline" />
        </main>
      </MotebokProvider>,
    );
    await screen.findByText('Fråkopla – lagra på denne maskina');
    expect(document.documentElement.lang).toBe('nn');
    const skip = screen.getByRole('link', { name: 'Hopp til innhaldet' });
    expect(skip.getAttribute('href')).toBe('#motebok-main');
  });
});
