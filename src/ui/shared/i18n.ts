import { setupI18n, type I18n, type Messages } from '@lingui/core';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { useMemo, useSyncExternalStore } from 'react';
import { languageFromLocale, type AppLanguage } from './language';

// The language rule lives apart (no Lingui, no React) so a page's entry can use it before the catalogues.
export { htmlLang, languageFromLocale, type AppLanguage } from './language';

/**
 * Message catalogues. Bokmål (`nb`) is the source of keys; nynorsk (`nn`) and English (`en`) must
 * have exactly the same keys (the compiler checks the types, `i18n.test.ts` checks the values).
 * Each surface owns one namespace in `src/ui/<surface>/messages.ts` and registers it with one line:
 *
 *   export const useWorkspaceText = defineNamespace('workspace', workspaceMessages);
 *   const t = useWorkspaceText();  t('agenda.addItem')
 *
 * Texts are ICU MessageFormat, run by Lingui (`@lingui/core`): `{name}`, and plurals as one key,
 * `{count, plural, one {# sak} other {# saker}}`, called `t('key', { count })`. The build compiles
 * them (tools/catalogueSplitLoader.mjs), so no page ships the message compiler; tests compile them
 * as they are registered (below). A long pseudo-locale
 * (`xx-LS`) is generated from `nb`, when it is first shown, to find layouts that break with longer
 * text (the narrow side panel): `?locale=xx-LS`.
 */
export const APP_LANGUAGES: readonly AppLanguage[] = ['nb', 'nn', 'en', 'xx-LS'];

export interface Catalogue<K extends string> {
  nb: Record<K, string>;
  nn: Record<K, string>;
  en: Record<K, string>;
}

export type TextValues = Record<string, string | number>;
export type Translate<K extends string> = (key: K, values?: TextValues) => string;

/**
 * A message as Lingui runs it: text, `[name]` for an argument, `[name, 'plural', { one: […], other: […] }]`,
 * and `'#'` for the number inside a plural's form. The catalogues are written as ICU strings; the build
 * (or, in tests, the registration) turns each into this.
 */
export type CompiledMessage = Exclude<Messages[string], string>;
type MessageCompiler = (message: string) => CompiledMessage;

/**
 * Development builds and tests compile a text the build did not (vitest reads the catalogues as
 * written) as it is registered. A production build drops this branch, and with it the compiler
 * (webpack sets `NODE_ENV`; the same guard as @lingui/core's own): `npm run size` fails if any of the
 * compiler is in the build, and tools/productionBuild.test.ts checks a built catalogue.
 */
let compiler: MessageCompiler | undefined;
if (process.env.NODE_ENV !== 'production') compiler = compileMessage;

/** The texts reported as uncompiled, so each is reported once (a namespace's bokmål loads under every language). */
const reportedUncompiled = new Set<string>();
/**
 * A production build's stand-in for a text its loader did not compile: arguments filled in, a plural
 * or select read in its `other` form (`#` its number), no braces shown. Best effort, not a compiler
 * (the catalogues use no number, date or time formats).
 */
function roughly(text: string): CompiledMessage {
  let rest = text.replace(/''/g, "'");
  // Innermost first, until nothing changes; NUL marks an argument's name.
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest
      .replace(/\{\s*(\w+)\s*\}/g, '\0$1\0')
      .replace(/\{\s*(\w+)\s*,\s*\w+\s*,((?:\s*=?\w+\s*\{[^{}]*\})+)\s*\}/g, (_, name: string, forms: string) =>
        (/other\s*\{([^{}]*)\}/.exec(forms)?.[1] ?? '').replace(/#/g, `\0${name}\0`),
      );
  }
  return rest
    .replace(/[{}]/g, '')
    .split('\0')
    .map((part, index): CompiledMessage[number] => (index % 2 ? [part] : part))
    .filter((part) => part !== '');
}

function compiled(message: string | CompiledMessage, messageId: string): CompiledMessage {
  if (typeof message !== 'string') return message;
  if (compiler) return compiler(message);
  // The build's loader leaves a string only where there was nothing to compile: ICU syntax here means
  // it missed a catalogue (the loader's test and `npm run size` look for that). Said, not shown raw.
  if (!/[{}]|''/.test(message)) return [message];
  if (!reportedUncompiled.has(messageId)) {
    reportedUncompiled.add(messageId);
    console.error(`Uncompiled text ${messageId}`);
  }
  return roughly(message);
}

/** Longer, accented, bracketed text; arguments, plural forms and `#` stay as they are. */
export function pseudoLocalise(message: CompiledMessage): CompiledMessage {
  const accents: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', y: 'ý', A: 'Á', E: 'É', O: 'Ó' };
  const accent = (tokens: CompiledMessage): CompiledMessage =>
    tokens.map((token) => {
      if (typeof token === 'string') return token === '#' ? token : token.replace(/[aeiouyAEO]/g, (c) => accents[c] ?? c);
      const [name, type, format] = token;
      if (type === undefined || typeof format !== 'object' || format === null) return token;
      const forms = Object.fromEntries(Object.entries(format).map(([form, value]) => [form, Array.isArray(value) ? accent(value as CompiledMessage) : value]));
      return [name, type, forms];
    });
  const length = (tokens: CompiledMessage): number =>
    tokens.reduce((sum, token) => sum + (typeof token === 'string' ? token.length : token[0].length + 2), 0);
  const padding = '·'.repeat(Math.max(2, Math.ceil(length(message) * 0.4)));
  return ['[', ...accent(message), ` ${padding}]`];
}

/** Lingui keeps one flat table per locale: a namespace's keys are stored as `namespace:key`. */
const id = (namespace: string, key: string) => `${namespace}:${key}`;

/** The Lingui instance; tests may inspect it. */
export const i18n: I18n = setupI18n({
  locale: 'nb',
  messages: { nb: {}, nn: {}, en: {}, 'xx-LS': {} },
  // A key no catalogue has reads as itself (as it did with i18next), not `namespace:key`.
  missing: (_locale, missingId) => missingId.slice(missingId.indexOf(':') + 1),
});

/**
 * Bumped when what the screens show changes (another language, or a language's catalogue that came
 * later): `useSyncExternalStore` re-renders a translated view only then, not on every `i18n.load`
 * (registering a lazy view's bokmål changes nothing shown).
 */
let shown = 0;
const subscribe = (onChange: () => void) => i18n.on('change', onChange);
const shownSnapshot = () => shown;
/** The pseudo-locale is not a locale Intl knows: its numbers and plural forms are bokmål's. */
const intlLocales = (language: AppLanguage) => (language === 'xx-LS' ? ['nb'] : [language]);
function show(language: AppLanguage): void {
  // The pseudo-locale's texts are made when it is shown (a tester's choice), from every namespace's
  // bokmål, not as each namespace registers: at start-up that was every page's texts accented and
  // padded for a language no user sees (issue 14: cold load, h/work57).
  if (language === 'xx-LS') for (const [namespace, catalogue] of registered) load(language, namespace, catalogue.nb, pseudoLocalise);
  shown += 1;
  i18n.activate(language, intlLocales(language));
}

const registered = new Map<string, Catalogue<string>>();

/** A language whose catalogue is not in the page's initial JavaScript (see tools/catalogueSplitLoader.mjs). */
type LazyLanguage = 'nn' | 'en';
/**
 * A catalogue as the production build hands it over: bokmål, and nynorsk and English to be
 * fetched (`tools/catalogueSplitLoader.mjs` rewrites the surfaces' messages files so).
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

/** One namespace's messages for one locale, compiled and keyed for Lingui. */
function load(
  locale: AppLanguage,
  namespace: string,
  messages: Record<string, string | CompiledMessage>,
  transform = (message: CompiledMessage) => message,
): void {
  const table: Messages = {};
  for (const [key, message] of Object.entries(messages)) table[id(namespace, key)] = transform(compiled(message, id(namespace, key)));
  i18n.load(locale, table);
}

/** Fetches one namespace's catalogue for a language (once; a failed fetch may be tried again). */
function loadNamespace(language: LazyLanguage, namespace: string, fetch: () => Promise<Record<string, string>>): Promise<void> {
  const key = `${language}:${namespace}`;
  let promise = loading.get(key);
  if (!promise) {
    promise = fetch().then(
      (messages) => {
        load(language, namespace, messages);
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
  return Promise.all(missing.map(([namespace, fetch]) => loadNamespace(language, namespace, fetch))).then(() => undefined);
}

/** Adds a namespace's catalogues (idempotent; a second call with the same namespace replaces it). */
export function registerMessages<K extends string>(namespace: string, catalogue: Catalogue<K> | SplitCatalogue<K>): void {
  // Bokmål under every language first: a key nynorsk or English lacks (or has not fetched yet) reads bokmål.
  for (const language of ['nb', 'nn', 'en'] as const) load(language, namespace, catalogue.nb);
  // The pseudo-locale's, only while it is shown (`show` makes every namespace's when it is chosen).
  if (i18n.locale === 'xx-LS') load('xx-LS', namespace, catalogue.nb, pseudoLocalise);
  if (!isSplit(catalogue)) {
    registered.set(namespace, catalogue);
    load('nn', namespace, catalogue.nn);
    load('en', namespace, catalogue.en);
    return;
  }
  registered.set(namespace, { nb: catalogue.nb, nn: catalogue.nb, en: catalogue.nb });
  for (const language of ['nn', 'en'] as const) {
    const languages = pending.get(language) ?? new Map<string, () => Promise<Record<string, string>>>();
    languages.set(namespace, catalogue.lazy[language]);
    pending.set(language, languages);
    loading.delete(`${language}:${namespace}`);
  }
  // A namespace registered after the language was chosen (a lazily loaded view) fetches its
  // catalogue at once and re-renders its text when it arrives.
  const language = currentLanguage();
  if (language === 'nn' || language === 'en') {
    void loadNamespace(language, namespace, catalogue.lazy[language]).then(
      () => show(currentLanguage()),
      () => undefined,
    );
  }
}

/**
 * Resolves once the language on screen has the namespace's catalogue: at once for bokmål, for a catalogue
 * not split per locale, or one fetched already; else when its fetch (begun as it was registered) is done.
 * A view in a chunk of its own whose catalogue is split per locale awaits it before it shows, so a
 * nynorsk or English page never shows it in bokmål first (the side panel's recorder: `recorderChunk.ts`).
 * Never rejects: a catalogue that could not be fetched leaves its texts in bokmål, as before.
 */
export function namespaceShown(namespace: string): Promise<void> {
  const language = currentLanguage();
  if (language !== 'nn' && language !== 'en') return Promise.resolve();
  const fetch = pending.get(language)?.get(namespace);
  if (!fetch) return Promise.resolve();
  return loadNamespace(language, namespace, fetch).catch(() => undefined);
}

export function registeredNamespaces(): ReadonlyMap<string, Catalogue<string>> {
  return registered;
}

/**
 * Registers a namespace and returns its typed hook. Keys are checked at compile time:
 * `t('no.such.key')` does not compile. The hook's `t` is a new function when the language changes
 * (as react-i18next's was), so memoised text built with it follows.
 */
export function defineNamespace<K extends string>(namespace: string, catalogue: Catalogue<K>): () => Translate<K> {
  registerMessages(namespace, catalogue);
  return function useNamespaceText(): Translate<K> {
    const version = useSyncExternalStore(subscribe, shownSnapshot);
    // A new `t` for each version shown, so views that memoise text with it follow the language.
    return useMemo(() => {
      void version;
      return (key: K, values?: TextValues) => translate(namespace, key, values);
    }, [version]);
  };
}

/** The language on screen, for views that choose by it (the committee's wording); re-renders when it changes. */
export function useLanguage(): AppLanguage {
  return useSyncExternalStore(subscribe, currentLanguage);
}

/** Translates outside React (error mapping, document titles). */
export function translate<K extends string>(namespace: string, key: K, values?: TextValues): string {
  return i18n._(id(namespace, key), values);
}

/**
 * Switches the language once its catalogues are here: a nynorsk or English page awaits them
 * before it renders, so it never shows bokmål first.
 */
export async function setLanguage(language: AppLanguage): Promise<void> {
  // Nothing to fetch: switch in this tick, as before catalogues were split (a render right after sees it).
  const fetching = loadLanguage(language);
  if (fetching) await fetching;
  // The language in use, nothing fetched (the providers' effect, once the start has switched already):
  // switching again would re-render every translated view, one commit of the whole screen for nothing
  // (issue 14: cold load).
  else if (i18n.locale === language) return;
  show(language);
}

/**
 * Makes Lingui's number format for the language in use now, into Lingui's own cache (the one the `#` of a
 * plural text uses). A fresh page's first Intl format sets ICU up: 12–55 ms of main thread in Chromium; the
 * side panel's entry has it done by a plain Intl format when idle once its reads are sent, and calls this when
 * its thread is idle again, while the meeting's read is in flight, so that its first render, which formats a
 * count, makes neither after the answer (issue 14: cold load; h/tjs56, h/side57). Until
 * then teams-js's start log had paid it, on the handshake's path (now built without it: tools/teamsJsStartLogLoader.mjs).
 */
export function warmNumberFormat(): void {
  i18n.number(0);
}

export function currentLanguage(): AppLanguage {
  return languageFromLocale(i18n.locale);
}
