import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';

/**
 * Møtebok writes ONE nynorsk: e-infinitive («å endre», «kan lese», «Opne»), the form most of public
 * administration writes (a judgement: both are correct nynorsk since 2012; Språkrådet and most
 * kommunar and statlege etatar that write nynorsk write e-infinitive). Past forms of a-verbs keep their
 * -a («er endra», «vart lagra», «Lagra» as a saved state), so an -a word is only wrong in an infinitive's
 * place. These checks look only there:
 *
 * - after the infinitive mark «å» (any word ending in -a, but the verbs whose infinitive ends in -a in
 *   every form: «ha», «ta» and its compounds);
 * - after a modal verb («kan», «må», «skal», «kunne» …, «lét», «fekk»), an adverb or pronoun between
 *   («kan ikkje», «kan du»), for the verbs of `A_INFINITIVES` (a noun may stand there: «kan rada ikkje
 *   lukkast», so not every -a word);
 * - at the start of a catalogue text or sentence whose bokmål begins with an imperative (-e: «Åpne»),
 *   for the same verbs («Opna møtet att» is an a-infinitive's imperative; «Lagra» beside bokmål «Lagret»
 *   is a participle and is left alone).
 *
 * Read: every UI catalogue's nn texts, and the whole source of the domain's and documents' tables and the
 * other files that hold nynorsk beside bokmål (an a-infinitive is never bokmål, so reading their bokmål
 * too finds nothing false).
 */

/** A-infinitives of the verbs the app's nynorsk uses; their e-forms are what it writes. */
const A_INFINITIVES = new Set(
  `administrera avbryta avslutta bruka byrja dela endra finna flytta fjerna føra gjelda gjera godkjenna halda handsama henta hjelpa
  koma kontrollera kopiera kopla krevja laga lagra lasta leggja lenkja lesa lima lukka merka oppdatera opna plukka prøva
  registrera rekna retta rydda seia senda setja sjekka skjula skriva sleppa slutta starta stoppa styra spørja telja tilpassa
  utsetja velja venta vera visa`.split(/\s+/).filter(Boolean),
);

/** Infinitives that end in -a in e-infinitive nynorsk too. */
const ALWAYS_A = new Set(['ha', 'ta', 'dra', 'vedta', 'motta', 'delta', 'anta', 'foreta', 'innta', 'oppta', 'avta', 'påta', 'tilta']);

const LETTER = '\\p{L}';
const AFTER_MARK = new RegExp(`(?<!${LETTER})å\\s+(?:ikkje\\s+)?(${LETTER}+a)(?!${LETTER})`, 'giu');
const BETWEEN = '(?:(?:ikkje|berre|òg|også|framleis|kanskje|heller|no|alltid|aldri|sjølv|du|ho|han|dei|me|vi|eg|ein|nokon|alle)\\s+)*';
const AFTER_MODAL = new RegExp(
  `(?<!${LETTER})(?:kan|kunne|skal|skulle|må|måtte|vil|ville|bør|burde|lèt|lét|får|fekk)\\s+${BETWEEN}(${LETTER}+a)(?!${LETTER})`,
  'giu',
);
const SENTENCE_START = new RegExp(`(?:^|[.!?]\\s+)(${LETTER}+)`, 'gu');

/** The a-infinitives in infinitive places of one text. */
function aInfinitives(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(AFTER_MARK)) if (!ALWAYS_A.has(match[1]!.toLowerCase())) found.push(match[0]);
  for (const match of text.matchAll(AFTER_MODAL)) if (A_INFINITIVES.has(match[1]!.toLowerCase())) found.push(match[0]);
  return found;
}

/** Sentence starts of the nynorsk text that are an a-infinitive's imperative where bokmål starts its sentence with an imperative. */
function aImperatives(nn: string, nb: string): string[] {
  const nbStarts = [...nb.matchAll(SENTENCE_START)].map((match) => match[1]!);
  return [...nn.matchAll(SENTENCE_START)]
    .map((match, index) => ({ word: match[1]!, nb: nbStarts[index] ?? '' }))
    .filter(({ word, nb: bokmal }) => A_INFINITIVES.has(word.toLowerCase()) && /e$/.test(bokmal))
    .map(({ word }) => word);
}

const CatalogueSchema = v.object({ nb: v.record(v.string(), v.string()), nn: v.record(v.string(), v.string()), en: v.record(v.string(), v.string()) });
const uiDir = path.resolve(__dirname, '..');
const srcDir = path.resolve(uiDir, '..');

async function catalogues(): Promise<[string, v.InferOutput<typeof CatalogueSchema>][]> {
  const files = readdirSync(uiDir, { recursive: true }).map(String).filter((file) => /(^|[\\/])(m|\w+M)essages\.ts$/.test(file));
  const found: [string, v.InferOutput<typeof CatalogueSchema>][] = [];
  for (const file of files) {
    const module: Record<string, unknown> = await import(path.join(uiDir, file));
    for (const [name, value] of Object.entries(module)) {
      const parsed = v.safeParse(CatalogueSchema, value);
      if (parsed.success) found.push([`${file}/${name}`, parsed.output]);
    }
  }
  return found;
}

/** Source files outside the catalogues that write nynorsk (a `nn` table or «ikkje»), tests aside. */
function nynorskSources(): string[] {
  return readdirSync(srcDir, { recursive: true })
    .map(String)
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$|[\\/]testing[\\/]/.test(file))
    .filter((file) => /\bikkje\b|\bfrå\b/.test(readFileSync(path.join(srcDir, file), 'utf8')));
}

describe('nynorsk is written with e-infinitive', () => {
  it('tells an a-infinitive in an infinitive place from a past form', () => {
    expect(aInfinitives('Opne møtet att for å endra sakslista.')).toEqual(['å endra']);
    expect(aInfinitives('Du kan ikkje senda innkallinga.')).toEqual(['kan ikkje senda']);
    expect(aInfinitives('Sakslista vart endra, og referatet er lagra. Det kan vere sletta eller flytta.')).toEqual([]);
    expect(aInfinitives('utan ein som kan endre tilgangane kan rada ikkje lukkast')).toEqual([]);
    expect(aInfinitives('utan å ha tilgang; på lista; å vedta')).toEqual([]);
    expect(aImperatives('Opna {name}', 'Åpne {name}')).toEqual(['Opna']);
    expect(aImperatives('Lagra', 'Lagret')).toEqual([]);
  });

  it('has no a-infinitive in the nynorsk of any UI catalogue', async () => {
    const wrong: string[] = [];
    for (const [name, catalogue] of await catalogues()) {
      for (const [key, text] of Object.entries(catalogue.nn)) {
        for (const found of [...aInfinitives(text), ...aImperatives(text, catalogue.nb[key] ?? '')]) wrong.push(`${name} ${key}: «${found}»`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no a-infinitive in the nynorsk the domain, the documents and the screens write outside the catalogues', () => {
    const files = nynorskSources();
    expect(files).toEqual(expect.arrayContaining([path.join('domain', 'texts.ts'), path.join('documents', 'texts.ts'), path.join('domain', 'attendanceWording.ts')]));
    const wrong = files.flatMap((file) => aInfinitives(readFileSync(path.join(srcDir, file), 'utf8')).map((found) => `${file}: «${found}»`));
    expect(wrong).toEqual([]);
  });
});
