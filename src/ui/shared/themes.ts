import type { Theme } from '@fluentui/react-components';
import type { HostTheme } from '../../hosts/hostContext';

/*
 * Fluent's Teams themes (light, dark, high contrast) are computed tables of some 7 kB gzip each.
 * A page shows one at a time, so each is its own chunk: the page fetches the one its host asks for
 * before its first render (in parallel with the host's start-up), and another when Teams switches
 * theme; the old theme stays until the new one is here (README: Performance).
 */
const LOADERS: Record<HostTheme, () => Promise<Theme>> = {
  default: () => import(/* webpackChunkName: "theme-default" */ './themes/teamsLight').then((module) => module.theme),
  dark: () => import(/* webpackChunkName: "theme-dark" */ './themes/teamsDark').then((module) => module.theme),
  contrast: () => import(/* webpackChunkName: "theme-contrast" */ './themes/teamsHighContrast').then((module) => module.theme),
};

const loaded = new Map<HostTheme, Theme>();
const loading = new Map<HostTheme, Promise<Theme>>();

/** The theme, fetched once (a failed fetch may be tried again). */
export function loadTheme(name: HostTheme): Promise<Theme> {
  let promise = loading.get(name);
  if (!promise) {
    promise = LOADERS[name]().then(
      (theme) => {
        loaded.set(name, theme);
        return theme;
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

/** The theme if it is already here. */
export function loadedTheme(name: HostTheme): Theme | undefined {
  return loaded.get(name);
}
