// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const SHEETS = { default: '/theme-default.1.css', dark: '/theme-dark.2.css', contrast: '/theme-contrast.3.css' };

/** The module fresh (its record of fetched sheets is per page), with the build's sheet URLs defined. */
async function themes() {
  vi.resetModules();
  return import('./themes');
}

const linkTo = (href: string) => document.head.querySelector<HTMLLinkElement>(`link[rel=stylesheet][href="${href}"]`);

beforeEach(() => vi.stubGlobal('__MOTEBOK_THEME_SHEETS__', SHEETS));
afterEach(() => {
  vi.unstubAllGlobals();
  document.head.replaceChildren();
});

describe('the Teams themes as style sheets', () => {
  it('has the light theme at once: the page’s HTML links it', async () => {
    const { isThemeLoaded, loadTheme } = await themes();
    expect(isThemeLoaded('default')).toBe(true);
    await loadTheme('default');
    expect(document.head.querySelectorAll('link')).toHaveLength(0);
  });

  it('fetches the dark sheet once, and counts it as here only when it has loaded', async () => {
    const { isThemeLoaded, loadTheme } = await themes();
    let done = false;
    const first = loadTheme('dark').then(() => (done = true));
    void loadTheme('dark');
    const link = linkTo(SHEETS.dark);
    expect(document.head.querySelectorAll('link')).toHaveLength(1);
    await Promise.resolve();
    expect(done).toBe(false);
    expect(isThemeLoaded('dark')).toBe(false);
    link?.dispatchEvent(new Event('load'));
    await first;
    expect(isThemeLoaded('dark')).toBe(true);
    await loadTheme('dark');
    expect(document.head.querySelectorAll('link')).toHaveLength(1);
  });

  it('tries a sheet that failed to load again with a new link', async () => {
    const { isThemeLoaded, loadTheme } = await themes();
    const failed = loadTheme('contrast');
    linkTo(SHEETS.contrast)?.dispatchEvent(new Event('error'));
    await expect(failed).rejects.toThrow(SHEETS.contrast);
    expect(linkTo(SHEETS.contrast)).toBeNull();
    expect(isThemeLoaded('contrast')).toBe(false);
    const again = loadTheme('contrast');
    linkTo(SHEETS.contrast)?.dispatchEvent(new Event('load'));
    await again;
    expect(isThemeLoaded('contrast')).toBe(true);
  });

  it('shows a theme by naming it on <html>, where its sheet’s selector matches', async () => {
    const { showTheme } = await themes();
    showTheme('contrast');
    expect(document.documentElement.matches(':root[data-theme=contrast]')).toBe(true);
  });
});
