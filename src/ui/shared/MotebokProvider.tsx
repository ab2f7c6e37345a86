import { useEffect, useLayoutEffect, useState, type ReactNode } from 'react';
import { makeStyles, tokens, type PartialTheme } from '@fluentui/react-components';
import { PlainFluentProvider } from './PlainFluentProvider';
import type { HostContext, HostTheme } from '../../hosts/hostContext';
import { htmlLang, languageFromLocale, setLanguage } from './i18n';
import { useCommonText } from './commonText';
import { isThemeLoaded, loadTheme, showTheme } from './themes';

/** The id of each surface's `<main>`: the skip link jumps there. */
export const MAIN_CONTENT_ID = 'motebok-main';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  skipLink: {
    position: 'absolute',
    left: '8px',
    top: '-48px',
    zIndex: 1000,
    padding: '8px 12px',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    border: `2px solid ${tokens.colorStrokeFocus2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus': { top: '8px' },
  },
});

/**
 * No theme object for FluentProvider: the Teams themes' tokens are CSS custom properties on `<html>`
 * from build-time style sheets (./themes.ts, tools/teamsThemeCss.mjs), which every element, portals
 * included, inherits. An empty theme (not none) keeps FluentProvider's rule for its class empty
 * without its development warning about a missing theme.
 */
const NO_THEME: PartialTheme = {};

/**
 * Everything a surface needs around it: the catalogues in the host's language, Fluent's Teams
 * theme (re-themed live when Teams changes it), the document's `lang`, and a skip link to the
 * surface's `<main id={MAIN_CONTENT_ID}>`. Fluent's provider is `PlainFluentProvider`: its
 * focus-visible polyfill (keyborg) arrives after the first render.
 */
export function MotebokProvider({ host, children }: { host: HostContext; children: ReactNode }) {
  const [theme, setTheme] = useState<HostTheme>(host.theme);
  const shown = useShownTheme(theme);
  const language = languageFromLocale(host.locale);

  useEffect(() => host.onThemeChange(setTheme), [host]);
  useEffect(() => {
    void setLanguage(language);
    document.documentElement.lang = htmlLang(language);
  }, [language]);
  // Before the browser paints (as FluentProvider inserted its theme), so no frame shows the old one.
  useLayoutEffect(() => showTheme(shown), [shown]);

  return (
    <PlainFluentProvider theme={NO_THEME} lang={htmlLang(language)}>
      <ThemedRoot>{children}</ThemedRoot>
    </PlainFluentProvider>
  );
}

/**
 * The theme to show for the host's theme: at once when its sheet is here (the start-up fetches it
 * before the first render, see startHostedSurface), else the one shown so far until it arrives (the
 * light one, always linked, if none yet).
 */
function useShownTheme(name: HostTheme): HostTheme {
  const [shown, setShown] = useState<HostTheme>(() => (isThemeLoaded(name) ? name : 'default'));
  useEffect(() => {
    let current = true;
    loadTheme(name).then(
      () => {
        if (current) setShown(name);
      },
      () => undefined, // offline: keep the theme shown so far
    );
    return () => {
      current = false;
    };
  }, [name]);
  return isThemeLoaded(name) ? name : shown;
}

function ThemedRoot({ children }: { children: ReactNode }) {
  const styles = useStyles();
  const t = useCommonText();
  return (
    <div className={styles.root}>
      <a className={styles.skipLink} href={`#${MAIN_CONTENT_ID}`}>
        {t('app.skipToContent')}
      </a>
      {children}
    </div>
  );
}
