import { useEffect, useState, type ReactNode } from 'react';
import { FluentProvider, makeStyles, tokens, type Theme } from '@fluentui/react-components';
import type { HostContext, HostTheme } from '../../hosts/hostContext';
import { htmlLang, languageFromLocale, setLanguage } from './i18n';
import { useCommonText } from './commonText';
import { loadTheme, loadedTheme } from './themes';

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
 * Everything a surface needs around it: the catalogues in the host's language, Fluent's Teams
 * theme (re-themed live when Teams changes it), the document's `lang`, and a skip link to the
 * surface's `<main id={MAIN_CONTENT_ID}>`.
 */
export function MotebokProvider({ host, children }: { host: HostContext; children: ReactNode }) {
  const [theme, setTheme] = useState<HostTheme>(host.theme);
  const fluentTheme = useFluentTheme(theme);
  const language = languageFromLocale(host.locale);

  useEffect(() => host.onThemeChange(setTheme), [host]);
  useEffect(() => {
    void setLanguage(language);
    document.documentElement.lang = htmlLang(language);
  }, [language]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <FluentProvider theme={fluentTheme} lang={htmlLang(language)}>
      <ThemedRoot>{children}</ThemedRoot>
    </FluentProvider>
  );
}

/**
 * The Fluent theme for the host's theme: at once when it is here (the start-up fetches it before
 * the first render, see startHostedSurface), else the one shown so far until it arrives.
 */
function useFluentTheme(name: HostTheme): Theme | undefined {
  const [shown, setShown] = useState<{ name: HostTheme; theme: Theme } | undefined>(() => {
    const theme = loadedTheme(name);
    return theme ? { name, theme } : undefined;
  });
  useEffect(() => {
    let current = true;
    loadTheme(name).then(
      (theme) => {
        if (current) setShown({ name, theme });
      },
      () => undefined, // offline: keep the theme shown so far
    );
    return () => {
      current = false;
    };
  }, [name]);
  return loadedTheme(name) ?? shown?.theme;
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
