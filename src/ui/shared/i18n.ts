import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { useCallback } from 'react';
import { languageFromLocale, type AppLanguage } from './language';

// The language rule lives apart (no i18next, no React) so a page's entry can use it before the catalogues.
export { htmlLang, languageFromLocale, type AppLanguage } from './language';

/**
 * Message catalogues. Bokmål (`nb`) is the source of keys; nynorsk (`nn`) and English (`en`) must
 * have exactly the same keys (the compiler checks the types, `i18n.test.ts` checks the values).
 * Each surface owns one namespace in `src/ui/<surface>/messages.ts` and registers it with one line:
 *
 *   export const useWorkspaceText = defineNamespace('workspace', workspaceMessages);
 *   const t = useWorkspaceText();  t('agenda.addItem')
 *
 * Placeholders use i18next's `{{name}}`. A long pseudo-locale (`xx-LS`) is generated from `nb` to
 * find layouts that break with longer text (the narrow side panel): `?locale=xx-LS`.
 */
export const APP_LANGUAGES: readonly AppLanguage[] = ['nb', 'nn', 'en', 'xx-LS'];

export interface Catalogue<K extends string> {
  nb: Record<K, string>;
  nn: Record<K, string>;
  en: Record<K, string>;
}

export type TextValues = Record<string, string | number>;
export type Translate<K extends string> = (key: K, values?: TextValues) => string;

/** Longer, accented, bracketed text that keeps `{{placeholders}}` working. */
export function pseudoLocalise(text: string): string {
  const accents: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', y: 'ý', A: 'Á', E: 'É', O: 'Ó' };
  const parts = text.split(/(\{\{[^}]+\}\})/);
  const body = parts.map((part) => (part.startsWith('{{') ? part : part.replace(/[aeiouyAEO]/g, (c) => accents[c] ?? c))).join('');
  const padding = '·'.repeat(Math.max(2, Math.ceil(text.length * 0.4)));
  return `[${body} ${padding}]`;
}

const instance: I18n = i18next.createInstance();
void instance.use(initReactI18next).init({
  lng: 'nb',
  fallbackLng: 'nb',
  supportedLngs: [...APP_LANGUAGES],
  ns: ['common'],
  defaultNS: 'common',
  resources: {},
  // React escapes what it renders; escaping here too would show "&amp;" to the user.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

/** The i18next instance the providers use; tests may inspect it. */
export const i18n: I18n = instance;

const registered = new Map<string, Catalogue<string>>();

/** A language whose catalogue is not in the page's initial JavaScript (see tools/catalogueSplitLoader.mjs). */
type LazyLanguage = 'nn' | 'en';
/**
 * A catalogue as the production build hands it over: bokmål, and nynorsk and English to be
 * fetched (`tools/catalogueSplitLoader.mjs` rewrites the messages files so).
 */
export interface SplitCatalogue<K extends string> {
  nb: Record<K, string>;
  lazy: Record<LazyLanguage, () => Promise<Record<K, string>>>;
}
/** Per language, the namespaces still to fetch, and the fetches under way. */
const pending = new Map<LazyLanguage, Map<string, () => Promise<Record<string, string>>>>();
const loading = new Map<string, Promise<void>>();

function isSplit<K extends string>(catalogue: Catalogue<K> | SplitCatalogue<K>): catalogue is SplitCatalogue<K> {
  return 'lazy' in catalogue;
}

/** Fetches one namespace's catalogue for a language (once; a failed fetch may be tried again). */
function loadNamespace(language: LazyLanguage, namespace: string, load: () => Promise<Record<string, string>>): Promise<void> {
  const key = `${language}:${namespace}`;
  let promise = loading.get(key);
  if (!promise) {
    promise = load().then(
      (messages) => {
        instance.addResourceBundle(language, namespace, messages, true, true);
        pending.get(language)?.delete(namespace);
        const entry = registered.get(namespace);
        if (entry) registered.set(namespace, { ...entry, [language]: messages });
      },
      (error: unknown) => {
        loading.delete(key);
        throw error;
      },
    );
    loading.set(key, promise);
  }
  return promise;
}

/** Fetches every registered namespace's catalogue for a language not yet loaded; undefined when none is missing. */
function loadLanguage(language: AppLanguage): Promise<void> | undefined {
  if (language !== 'nn' && language !== 'en') return undefined;
  const missing = [...(pending.get(language) ?? [])];
  if (missing.length === 0) return undefined;
  return Promise.all(missing.map(([namespace, load]) => loadNamespace(language, namespace, load))).then(() => undefined);
}

/** Adds a namespace's catalogues (idempotent; a second call with the same namespace replaces it). */
export function registerMessages<K extends string>(namespace: string, catalogue: Catalogue<K> | SplitCatalogue<K>): void {
  instance.addResourceBundle('nb', namespace, catalogue.nb, true, true);
  const pseudo = Object.fromEntries(Object.entries<string>(catalogue.nb).map(([key, text]) => [key, pseudoLocalise(text)]));
  instance.addResourceBundle('xx-LS', namespace, pseudo, true, true);
  if (!isSplit(catalogue)) {
    registered.set(namespace, catalogue);
    instance.addResourceBundle('nn', namespace, catalogue.nn, true, true);
    instance.addResourceBundle('en', namespace, catalogue.en, true, true);
    return;
  }
  // Until fetched, nn and en fall back to bokmål (i18next's fallbackLng) key by key.
  registered.set(namespace, { nb: catalogue.nb, nn: catalogue.nb, en: catalogue.nb });
  for (const language of ['nn', 'en'] as const) {
    const languages = pending.get(language) ?? new Map<string, () => Promise<Record<string, string>>>();
    languages.set(namespace, catalogue.lazy[language]);
    pending.set(language, languages);
    loading.delete(`${language}:${namespace}`);
  }
  // A namespace registered after the language was chosen (a lazily loaded view) fetches its
  // catalogue at once and re-renders its text when it arrives.
  const language = languageFromLocale(instance.language);
  if (language === 'nn' || language === 'en') {
    void loadNamespace(language, namespace, catalogue.lazy[language]).then(
      () => instance.changeLanguage(instance.language),
      () => undefined,
    );
  }
}

export function registeredNamespaces(): ReadonlyMap<string, Catalogue<string>> {
  return registered;
}

/**
 * Registers a namespace and returns its typed hook. Keys are checked at compile time:
 * `t('no.such.key')` does not compile.
 */
export function defineNamespace<K extends string>(namespace: string, catalogue: Catalogue<K>): () => Translate<K> {
  registerMessages(namespace, catalogue);
  return function useNamespaceText(): Translate<K> {
    const { t } = useTranslation(namespace);
    return useCallback((key: K, values?: TextValues) => t(key, values ?? {}), [t]);
  };
}

/** Translates outside React (error mapping, document titles). */
export function translate<K extends string>(namespace: string, key: K, values?: TextValues): string {
  return instance.t(key, { ns: namespace, ...(values ?? {}) });
}

/**
 * Switches the language once its catalogues are here: a nynorsk or English page awaits them
 * before it renders, so it never shows bokmål first.
 */
export async function setLanguage(language: AppLanguage): Promise<void> {
  // Nothing to fetch: switch in this tick, as before catalogues were split (a render right after sees it).
  const loading = loadLanguage(language);
  if (loading) await loading;
  // The language in use, nothing fetched (the providers' effect, once the start has switched already):
  // i18next would still say 'languageChanged', and react-i18next re-renders every translated view on
  // it, one commit of the whole screen for nothing (issue 14: cold load).
  else if (instance.language === language) return;
  await instance.changeLanguage(language);
}

export function currentLanguage(): AppLanguage {
  return languageFromLocale(instance.language);
}
