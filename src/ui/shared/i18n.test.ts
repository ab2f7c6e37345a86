import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { languageFromLocale, pseudoLocalise, registerMessages, setLanguage, translate, i18n } from './i18n';
import { commonMessages } from './messages';

const CatalogueSchema = z.object({ nb: z.record(z.string(), z.string()), nn: z.record(z.string(), z.string()), en: z.record(z.string(), z.string()) });

/** Every `src/ui/<surface>/messages.ts`, so a surface added later is checked without editing this test. */
async function allCatalogues(): Promise<[string, z.infer<typeof CatalogueSchema>][]> {
  const uiDir = path.resolve(__dirname, '..');
  const found: [string, z.infer<typeof CatalogueSchema>][] = [];
  for (const surface of readdirSync(uiDir)) {
    const file = path.join(uiDir, surface, 'messages.ts');
    if (!existsSync(file)) continue;
    const module: Record<string, unknown> = await import(file);
    for (const [name, value] of Object.entries(module)) {
      const parsed = CatalogueSchema.safeParse(value);
      if (parsed.success) found.push([`${surface}/${name}`, parsed.data]);
    }
  }
  return found;
}

describe('message catalogues', () => {
  it('finds the common catalogue among the surfaces', async () => {
    const names = (await allCatalogues()).map(([name]) => name);
    expect(names).toContain('shared/commonMessages');
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

  it('uses the same placeholders in every language', async () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    for (const [name, catalogue] of await allCatalogues()) {
      for (const [key, text] of Object.entries(catalogue.nb)) {
        expect(placeholders(catalogue.nn[key] ?? ''), `${name} nn ${key}`).toEqual(placeholders(text));
        expect(placeholders(catalogue.en[key] ?? ''), `${name} en ${key}`).toEqual(placeholders(text));
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
    await i18n.changeLanguage('nn');
    expect(translate('common', 'save.saved')).toBe('Lagra');
    await i18n.changeLanguage('en');
    expect(translate('common', 'people.remove', { name: 'Kari' })).toBe('Remove Kari');
    await i18n.changeLanguage('nb');
    expect(translate('common', 'save.offline')).toBe('Frakoblet – lagret på denne maskinen');
  });

  it('makes the pseudo-locale longer while keeping placeholders intact', async () => {
    expect(pseudoLocalise('Fjern {{name}}')).toMatch(/^\[Fj.rn \{\{name\}\} ·+\]$/);
    registerMessages('common', commonMessages);
    await i18n.changeLanguage('xx-LS');
    const text = translate('common', 'people.remove', { name: 'Kari' });
    expect(text).toContain('Kari');
    expect(text.length).toBeGreaterThan('Fjern Kari'.length * 1.3);
    await i18n.changeLanguage('nb');
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
    const changed = new Promise<void>((resolve) => i18n.on('languageChanged', function once() {
      i18n.off('languageChanged', once);
      resolve();
    }));
    const fetched = splitCatalogue('splitLate');
    await changed;
    expect(fetched).toEqual(['splitLate:en']);
    expect(translate('splitLate', 'greeting')).toBe('Hello');
    await setLanguage('nb');
  });
});
