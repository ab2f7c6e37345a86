import type { Attendance, Holding, LanguageForm, Person, Vote } from './model';
import { samePerson } from './attendance';

/**
 * A generalforsamling's attendance and votes in shares (`conventions.attendanceByShares`, `Attendance.holding`): the
 * fortegnelse over the aksjeeiere met «selv eller ved fullmektig», with «hvor mange aksjer og stemmer hver av dem
 * representerer» (aksjeloven § 5-13, as Adviso sums it up), how many of the company's shares were represented, as
 * Webstep's («I henhold til fortegnelsen var totalt … aksjer … representert») and Nordic Nanovector's («… av totalt …
 * aksjer og stemmer i Selskapet var representert») protokoller say, and the majority rules a vote counted in shares meets.
 * Pure; the protokoll (documents/meetingFacts.ts) and the side panel read it.
 */

interface SharesWords {
  shares: string;
  represented: string;
  byProxy: string;
  representedBy: string;
  inPerson: string;
  all: (count: string) => string;
  some: (count: string, total: string) => string;
  only: (count: string) => string;
}

const WORDS: Record<LanguageForm, SharesWords> = {
  nb: {
    shares: 'aksjer',
    represented: 'Aksjer representert',
    byProxy: 'ved fullmektig',
    representedBy: 'representert ved',
    inPerson: 'møtte selv',
    all: (count) => `Samtlige aksjer var representert (${count} aksjer).`,
    some: (count, total) => `${count} av totalt ${total} aksjer var representert.`,
    only: (count) => `${count} aksjer var representert.`,
  },
  nn: {
    shares: 'aksjar',
    represented: 'Aksjar representerte',
    byProxy: 'ved fullmektig',
    representedBy: 'representert ved',
    inPerson: 'møtte sjølv',
    all: (count) => `Alle aksjane var representerte (${count} aksjar).`,
    some: (count, total) => `${count} av totalt ${total} aksjar var representerte.`,
    only: (count) => `${count} aksjar var representerte.`,
  },
};

/** The words of the protokoll's shares: its facts row's label («Aksjer representert»). */
export function sharesWords(form: LanguageForm): Pick<SharesWords, 'represented' | 'shares'> {
  return WORDS[form];
}

/** «1 000»: a count as Norwegian writes it, thousands apart by a (non-breaking) space. */
export function formatShares(count: number): string {
  return count.toLocaleString('nb-NO').replace(/\s/g, '\u00a0');
}

/**
 * The fortegnelse's line for one entry: «Nordfjell kommune, 600 aksjer, ved fullmektig Kari Nordmann» (a fullmakt),
 * «Sørvik kommune, 300 aksjer, representert ved Per Hansen» (the owner's own representative, an ordfører), «Ola Eier,
 * 100 aksjer, møtte selv»; an owner with forfall by its shares alone. `named`: the person as the attendance list prints
 * them. An entry without shares (the styreleder, the revisor) is its name.
 */
export function holdingLine(entry: Attendance, named: string, form: LanguageForm): string {
  const holding = entry.holding;
  if (holding === undefined) return named;
  const w = WORDS[form];
  const shares = `${formatShares(holding.shares)} ${w.shares}`;
  const owner = holding.owner?.trim() ?? '';
  if (entry.status === 'absent') return `${owner === '' ? named : owner}, ${shares}`;
  if (owner === '') return `${named}, ${shares}, ${w.inPerson}`;
  return `${owner}, ${shares}, ${holding.proxy === true ? w.byProxy : w.representedBy} ${named}`;
}

/** The shares represented at the meeting: those of every entry present (or met for by a vara), none of forfall. */
export function representedShares(entries: readonly Attendance[]): number {
  return entries.reduce((sum, entry) => sum + (entry.status === 'absent' ? 0 : (entry.holding?.shares ?? 0)), 0);
}

/** «Samtlige aksjer var representert (1 000 aksjer).», «900 av totalt 1 000 aksjer var representert.», or the count alone when the company's is not set. */
export function sharesRepresentedLine(represented: number, total: number | undefined, form: LanguageForm): string {
  const w = WORDS[form];
  if (total === undefined) return w.only(formatShares(represented));
  return represented === total ? w.all(formatShares(total)) : w.some(formatShares(represented), formatShares(total));
}

/**
 * Whether a vote counted in shares was adopted: by a majority of the votes cast (aksjeloven § 5-17 (1), the brief's rule:
 * more for than against, a tie is no majority), or, for a vedtektsendring (`twoThirds`), by «minst to tredeler av så vel de
 * avgitte stemmer som av den aksjekapital som er representert på generalforsamlingen» (§ 5-18 (1), as Finansavisen and
 * Paragrafer quote it). Undefined until both counts are typed.
 */
export function sharesAdopted(vote: Pick<Vote, 'for' | 'against' | 'twoThirds'>, represented: number | undefined): boolean | undefined {
  const { for: pro, against } = vote;
  if (pro === undefined || against === undefined) return undefined;
  if (vote.twoThirds !== true) return pro > against;
  const ofCast = pro * 3 >= (pro + against) * 2;
  const ofRepresented = represented === undefined || represented === 0 || pro * 3 >= represented * 2;
  return ofCast && ofRepresented;
}

/** The attendance with the person's holding set (or removed, `undefined`); the person found by `samePerson` (e-mail first). */
export function withHolding(entries: readonly Attendance[], person: Pick<Person, 'name' | 'email'>, holding: Holding | undefined): Attendance[] {
  return entries.map((entry) => {
    if (!samePerson(entry.person, person)) return entry;
    const { holding: _old, ...rest } = entry;
    return holding === undefined ? rest : { ...rest, holding };
  });
}
