import { readdirSync } from 'node:fs';
import path from 'node:path';
import { compileMessage, compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage';
import { describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';
import { i18n, languageFromLocale, namespaceShown, pseudoLocalise, registerMessages, setLanguage, translate } from './i18n';
import { commonMessages } from './messages';
import { editingMessages } from './editing/messages';

const CatalogueSchema = v.object({ nb: v.record(v.string(), v.string()), nn: v.record(v.string(), v.string()), en: v.record(v.string(), v.string()) });

/**
 * Every catalogue module under src/ui (`messages.ts`, `…Messages.ts`), so a catalogue added later is
 * checked without editing this test; a module's exports in the catalogue's shape are its catalogues.
 */
async function allCatalogues(): Promise<[string, v.InferOutput<typeof CatalogueSchema>][]> {
  const uiDir = path.resolve(__dirname, '..');
  const files = readdirSync(uiDir, { recursive: true })
    .map(String)
    .filter((file) => /(^|[\\/])(m|\w+M)essages\.ts$/.test(file));
  const found: [string, v.InferOutput<typeof CatalogueSchema>][] = [];
  for (const file of files) {
    const module: Record<string, unknown> = await import(path.join(uiDir, file));
    for (const [name, value] of Object.entries(module)) {
      const parsed = v.safeParse(CatalogueSchema, value);
      if (parsed.success) found.push([`${file.replace(/\.ts$/, '')}/${name}`, parsed.output]);
    }
  }
  return found;
}

/** The arguments a compiled text uses, plural ones with their forms (`count:plural:one,other`), sorted. */
function argumentsOf(message: CompiledMessage): string[] {
  return message
    .flatMap((token) => {
      if (typeof token === 'string') return [];
      const [name, type, format] = token;
      if (typeof format !== 'object' || format === null) return [type ? `${name}:${type}` : name];
      const forms = Object.entries(format).filter(([, value]) => Array.isArray(value));
      return [`${name}:${type}:${forms.map(([form]) => form).sort().join(',')}`, ...forms.flatMap(([, value]) => argumentsOf(value as CompiledMessage))];
    })
    .sort();
}

describe('message catalogues', () => {
  it('finds the surfaces\' catalogues and those beside them', async () => {
    const names = (await allCatalogues()).map(([name]) => name);
    expect(names).toContain('shared/messages/commonMessages');
    expect(names).toContain('shared/editing/messages/editingMessages');
    expect(names).toContain('workspace/register/registerMessages/registerMessages');
  });

  it('has exactly the keys of bokmål in nynorsk and English, none empty', async () => {
    for (const [name, catalogue] of await allCatalogues()) {
      const keys = Object.keys(catalogue.nb).sort();
      expect(Object.keys(catalogue.nn).sort(), `${name}: nn`).toEqual(keys);
      expect(Object.keys(catalogue.en).sort(), `${name}: en`).toEqual(keys);
      for (const language of ['nb', 'nn', 'en'] as const) {
        const empty = Object.entries(catalogue[language]).filter(([, text]) => text.trim() === '');
        expect(empty, `${name}: empty ${language} texts`).toEqual([]);
      }
    }
  });

  it('is valid ICU MessageFormat in every language, as the build compiles it', async () => {
    const invalid: string[] = [];
    for (const [name, catalogue] of await allCatalogues()) {
      for (const language of ['nb', 'nn', 'en'] as const) {
        for (const [key, text] of Object.entries(catalogue[language])) {
          try {
            compileMessageOrThrow(text);
          } catch (error) {
            invalid.push(`${name} ${language} ${key}: ${String(error)}`);
          }
        }
      }
    }
    expect(invalid).toEqual([]);
  });

  it('uses the same arguments, and the same plural forms, in every language', async () => {
    for (const [name, catalogue] of await allCatalogues()) {
      for (const [key, text] of Object.entries(catalogue.nb)) {
        const expected = argumentsOf(compileMessageOrThrow(text));
        // Values are passed by camelCase names: `{N}` or `{YYYY}` meant as text (the case-number codes)
        // must be quoted, `'{N}'`, or ICU reads an argument and shows nothing.
        for (const argument of expected) expect(argument, `${name} ${key}: an argument's name, or text to quote`).toMatch(/^[a-z][A-Za-z0-9]*(:|$)/);
        expect(argumentsOf(compileMessageOrThrow(catalogue.nn[key] ?? '')), `${name} nn ${key}`).toEqual(expected);
        expect(argumentsOf(compileMessageOrThrow(catalogue.en[key] ?? '')), `${name} en ${key}`).toEqual(expected);
      }
    }
  });

  it('reads a text without arguments as written, but for ICU quoting (no stray apostrophe taken for a quote, no i18next {{…}} left)', async () => {
    for (const [name, catalogue] of await allCatalogues()) {
      for (const language of ['nb', 'nn', 'en'] as const) {
        for (const [key, text] of Object.entries(catalogue[language])) {
          expect(text, `${name} ${language} ${key}`).not.toMatch(/\{\{/);
          const compiled = compileMessageOrThrow(text);
          const unquoted = text.replace(/'([{}#][^']*)'/g, '$1').replace(/''/g, "'");
          if (compiled.every((token) => typeof token === 'string')) expect(compiled.join(''), `${name} ${language} ${key}`).toBe(unquoted);
        }
      }
    }
  });
});

describe('languageFromLocale', () => {
  it('maps Teams locales to the app languages', () => {
    expect(languageFromLocale('nn-NO')).toBe('nn');
    expect(languageFromLocale('nn-no')).toBe('nn');
    expect(languageFromLocale('en-US')).toBe('en');
    expect(languageFromLocale('en-gb')).toBe('en');
    expect(languageFromLocale('nb-NO')).toBe('nb');
    expect(languageFromLocale('no')).toBe('nb');
    expect(languageFromLocale('sv-SE')).toBe('nb');
    expect(languageFromLocale(undefined)).toBe('nb');
    expect(languageFromLocale('xx-LS')).toBe('xx-LS');
  });
});

describe('translation', () => {
  it('follows the language and fills placeholders', async () => {
    registerMessages('common', commonMessages);
    registerMessages('editing', editingMessages);
    await setLanguage('nn');
    expect(translate('common', 'save.saved')).toBe('Lagra');
    await setLanguage('en');
    expect(translate('editing', 'people.remove', { name: 'Kari' })).toBe('Remove Kari');
    await setLanguage('nb');
    expect(translate('common', 'save.offline')).toBe('Frakoblet – lagret på denne maskinen');
  });

  it('chooses the plural form by count in each language, one key for all forms', async () => {
    registerMessages('plurals', {
      nb: { items: '{count, plural, one {# sak} other {# saker}}' },
      nn: { items: '{count, plural, one {# sak} other {# saker}}' },
      en: { items: '{count, plural, one {# item} other {# items}}' },
    });
    expect(translate('plurals', 'items', { count: 1 })).toBe('1 sak');
    expect(translate('plurals', 'items', { count: 3 })).toBe('3 saker');
    await setLanguage('en');
    expect(translate('plurals', 'items', { count: 1 })).toBe('1 item');
    expect(translate('plurals', 'items', { count: 0 })).toBe('0 items');
    await setLanguage('nb');
  });

  it('leaves escaping to React: values and texts come back as they are, not as HTML entities', () => {
    registerMessages('escaping', { nb: { quote: '«{title}» & co' }, nn: { quote: '«{title}» & co' }, en: { quote: '“{title}” & co' } });
    expect(translate('escaping', 'quote', { title: '<b>Budsjett</b> & "plan"' })).toBe('«<b>Budsjett</b> & "plan"» & co');
  });

  it('reads a key no catalogue has as the key itself', () => {
    registerMessages('missingKey', { nb: {}, nn: {}, en: {} });
    expect(translate('missingKey', 'no.such.key')).toBe('no.such.key');
  });

  it('makes the pseudo-locale longer while keeping arguments, plural forms and # intact', async () => {
    const pseudo = pseudoLocalise(compileMessage('Fjern {name}'));
    expect(pseudo.filter((token) => typeof token !== 'string')).toEqual([['name']]);
    expect(pseudo.filter((token) => typeof token === 'string').join('')).toMatch(/^\[Fjérn {2}·+\]$/);
    const plural = pseudoLocalise(compileMessage('{count, plural, one {# sak} other {# saker}}'));
    expect(plural[1]).toEqual(['count', 'plural', { offset: undefined, one: ['#', ' sák'], other: ['#', ' sákér'] }]);
    registerMessages('editing', editingMessages);
    registerMessages('pseudoPlural', { nb: { items: '{count, plural, one {# sak} other {# saker}}' }, nn: { items: '' }, en: { items: '' } });
    await setLanguage('xx-LS');
    const text = translate('editing', 'people.remove', { name: 'Kari' });
    expect(text).toContain('Kari');
    expect(text.length).toBeGreaterThan('Fjern Kari'.length * 1.3);
    expect(translate('pseudoPlural', 'items', { count: 2 })).toMatch(/^\[2 sákér ·+\]$/);
    await setLanguage('nb');
  });

  it('makes the pseudo-locale only when it is shown, not as each namespace registers (issue 14: start-up)', async () => {
    const load = vi.spyOn(i18n, 'load');
    const pseudoLoads = () => load.mock.calls.filter(([locale]) => locale === 'xx-LS').length;
    registerMessages('pseudoLater', { nb: { title: 'Saksliste' }, nn: { title: 'Sakliste' }, en: { title: 'Agenda' } });
    expect(pseudoLoads()).toBe(0);
    // Registered again before it is shown: the pseudo-locale is made from the newest catalogue.
    registerMessages('pseudoLater', { nb: { title: 'Sakskart' }, nn: { title: 'Sakskart' }, en: { title: 'Agenda' } });
    await setLanguage('xx-LS');
    expect(translate('pseudoLater', 'title')).toMatch(/^\[Sáksk[aá]rt ·+\]$/);
    // A namespace registered while the pseudo-locale is shown (a lazily loaded view) has it at once.
    registerMessages('pseudoWhileShown', { nb: { title: 'Møte' }, nn: { title: 'Møte' }, en: { title: 'Meeting' } });
    expect(translate('pseudoWhileShown', 'title')).toMatch(/^\[Møté ·+\]$/);
    await setLanguage('nb');
    load.mockRestore();
  });
});

describe('catalogues per locale (as the production build splits them)', () => {
  function splitCatalogue(namespace: string) {
    const fetched: string[] = [];
    const later = (language: 'nn' | 'en', text: string) => async () => {
      fetched.push(`${namespace}:${language}`);
      return { greeting: text };
    };
    registerMessages(namespace, { nb: { greeting: 'Hei' }, lazy: { nn: later('nn', 'Hei på deg'), en: later('en', 'Hello') } });
    return fetched;
  }

  it('fetches nothing for bokmål and the chosen language before it switches, so the first text is already in that language', async () => {
    const fetched = splitCatalogue('splitFirst');
    await setLanguage('nb');
    expect(translate('splitFirst', 'greeting')).toBe('Hei');
    expect(fetched).toEqual([]);
    await setLanguage('nn');
    expect(fetched).toEqual(['splitFirst:nn']);
    expect(translate('splitFirst', 'greeting')).toBe('Hei på deg');
    await setLanguage('en');
    await setLanguage('nn');
    expect(fetched).toEqual(['splitFirst:nn', 'splitFirst:en']);
    expect(translate('splitFirst', 'greeting')).toBe('Hei på deg');
    await setLanguage('nb');
  });

  it('fetches the catalogue of a namespace registered after the language was chosen (a lazily loaded view)', async () => {
    await setLanguage('en');
    const fetched = splitCatalogue('splitLate');
    expect(translate('splitLate', 'greeting')).toBe('Hei');
    await vi.waitFor(() => expect(translate('splitLate', 'greeting')).toBe('Hello'));
    expect(fetched).toEqual(['splitLate:en']);
    expect(translate('splitLate', 'greeting')).toBe('Hello');
    await setLanguage('nb');
  });

  it('lets a lazily loaded view wait until its namespace is here in the language on screen, so it never shows bokmål first', async () => {
    await setLanguage('nn');
    let arrive = () => {};
    const nynorsk = new Promise<void>((resolve) => (arrive = resolve));
    registerMessages('splitAwaited', {
      nb: { greeting: 'Hei' },
      lazy: { nn: () => nynorsk.then(() => ({ greeting: 'Hei på deg' })), en: async () => ({ greeting: 'Hello' }) },
    });
    let shown = false;
    const waiting = namespaceShown('splitAwaited').then(() => (shown = true));
    await Promise.resolve();
    expect(shown).toBe(false);
    arrive();
    await waiting;
    expect(translate('splitAwaited', 'greeting')).toBe('Hei på deg');
    // Fetched once: asked again, it is here.
    await expect(namespaceShown('splitAwaited')).resolves.toBeUndefined();
    await setLanguage('nb');
  });

  it('does not wait on a bokmål page, and does not fail when a catalogue cannot be fetched (its texts stay in bokmål)', async () => {
    await setLanguage('nb');
    registerMessages('splitBokmal', { nb: { greeting: 'Hei' }, lazy: { nn: async () => ({ greeting: 'Hei på deg' }), en: async () => ({ greeting: 'Hello' }) } });
    await expect(namespaceShown('splitBokmal')).resolves.toBeUndefined();
    await setLanguage('en');
    registerMessages('splitBroken', { nb: { greeting: 'Hei' }, lazy: { nn: () => Promise.reject(new Error('offline')), en: () => Promise.reject(new Error('offline')) } });
    await expect(namespaceShown('splitBroken')).resolves.toBeUndefined();
    expect(translate('splitBroken', 'greeting')).toBe('Hei');
    await setLanguage('nb');
  });
});
