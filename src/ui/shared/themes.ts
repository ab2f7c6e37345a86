import type { HostTheme } from '../../hosts/hostContext';

/*
 * Fluent's Teams themes (light, dark, high contrast) are style sheets made at build time
 * (tools/teamsThemeCss.mjs), not JavaScript: each sets Fluent's tokens as CSS custom properties on
 * `<html>`, light on `:root` (linked from every page's `<head>`), dark and high contrast on
 * `:root[data-theme=…]`. A page fetches the sheet its host asks for before its first render (in
 * parallel with the host's start-up), and another when Teams switches theme; `showTheme` sets
 * `data-theme` only once that sheet is here, so the old theme stays until the new one has arrived
 * (docs/performance-history.md). FluentProvider gets no theme object (MotebokProvider).
 */

/** Each theme's sheet, set by the build (DefinePlugin, tools/teamsThemeCss.mjs). */
declare const __MOTEBOK_THEME_SHEETS__: Record<HostTheme, string> | undefined;

/** The sheets' URLs, or undefined outside a build (unit tests under jsdom: no sheet is fetched there). */
function sheetUrls(): Record<HostTheme, string> | undefined {
  return typeof __MOTEBOK_THEME_SHEETS__ === 'undefined' ? undefined : __MOTEBOK_THEME_SHEETS__;
}

/** The light theme is linked from the page's HTML, which runs no script before its sheet is in. */
const loaded = new Set<HostTheme>(['default']);
const loading = new Map<HostTheme, Promise<void>>();

/** The theme's sheet, fetched once (a failed fetch may be tried again). */
export function loadTheme(name: HostTheme): Promise<void> {
  const urls = sheetUrls();
  if (!urls || loaded.has(name)) return Promise.resolve();
  let promise = loading.get(name);
  if (!promise) {
    promise = fetchSheet(urls[name]).then(
      () => {
        loaded.add(name);
      },
      (error: unknown) => {
        loading.delete(name);
        throw error;
      },
    );
    loading.set(name, promise);
  }
  return promise;
}

/** Whether the theme's sheet is already here. */
export function isThemeLoaded(name: HostTheme): boolean {
  return !sheetUrls() || loaded.has(name);
}

/** Shows a theme whose sheet is here: its selector matches `<html>` from now on. */
export function showTheme(name: HostTheme): void {
  document.documentElement.dataset.theme = name;
}

/** A `<link rel="stylesheet">` in `<head>` (the pages' Content-Security-Policy allows 'self' sheets), resolved once it has loaded. */
function fetchSheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener(
      'error',
      () => {
        link.remove(); // tried again with a new link next time
        reject(new Error(`The theme's style sheet did not load: ${href}`));
      },
      { once: true },
    );
    document.head.append(link);
  });
}
