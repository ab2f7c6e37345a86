import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { useCallback } from 'react';

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
export type AppLanguage = 'nb' | 'nn' | 'en' | 'xx-LS';
export const APP_LANGUAGES: readonly AppLanguage[] = ['nb', 'nn', 'en', 'xx-LS'];

export interface Catalogue<K extends string> {
  nb: Record<K, string>;
  nn: Record<K, string>;
  en: Record<K, string>;
}

export type TextValues = Record<string, string | number>;
export type Translate<K extends string> = (key: K, values?: TextValues) => string;

/** nn-NO → nynorsk, en-* → English, the pseudo-locale as itself; everything else bokmål. */
export function languageFromLocale(locale: string | undefined): AppLanguage {
  const normalised = (locale ?? '').trim().toLowerCase();
  if (normalised === 'xx-ls') return 'xx-LS';
  const primary = normalised.split(/[-_]/)[0];
  if (primary === 'nn') return 'nn';
  if (primary === 'en') return 'en';
  return 'nb';
}

/** The `lang` attribute for the document: the pseudo-locale is marked as bokmål (screen readers). */
export function htmlLang(language: AppLanguage): string {
  return language === 'xx-LS' ? 'nb' : language;
}

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

/** Adds a namespace's catalogues (idempotent; a second call with the same namespace replaces it). */
export function registerMessages<K extends string>(namespace: string, catalogue: Catalogue<K>): void {
  registered.set(namespace, catalogue);
  instance.addResourceBundle('nb', namespace, catalogue.nb, true, true);
  instance.addResourceBundle('nn', namespace, catalogue.nn, true, true);
  instance.addResourceBundle('en', namespace, catalogue.en, true, true);
  const pseudo = Object.fromEntries(Object.entries<string>(catalogue.nb).map(([key, text]) => [key, pseudoLocalise(text)]));
  instance.addResourceBundle('xx-LS', namespace, pseudo, true, true);
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

export async function setLanguage(language: AppLanguage): Promise<void> {
  await instance.changeLanguage(language);
}

export function currentLanguage(): AppLanguage {
  return languageFromLocale(instance.language);
}
