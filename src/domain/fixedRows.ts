import type { Committee, Meeting } from './model';
import { AgendaWordSchema } from './conventions';
import { domainTexts } from './texts';

/**
 * The saksliste's fixed rows as the committee's template makes them: the opening rows (`opening`, first: the
 * committee's `openingRows`, or its one unnumbered `openingRow`, and «Godkjenning av innkalling og dagsorden/saksliste») and the closing rows
 * (`closing`, last; the committee's `closingRows`). `fixedRowsInPlace` (caseNumbering.ts) keeps them in place; this
 * module says which rows they are.
 */

/**
 * Titles for an opening row as real bodies print them, offered by the settings (a committee may write its own):
 * «Åpning» (Sola's and Randaberg's menighetsråd, unnumbered; a nynorsk årsmøte's sakliste, ftif.no, numbers it «1. Åpning»),
 * «Åpningsord/andakt» (Røyken menighetsråd's protokoll, 2022), «Ord for dagen» (Rauma kirkelige fellesråd's
 * møteprotokoll, 2016), «Valg av møteleder» (an årsmøte's or generalforsamling's: Produsentforeningen NORA's forslag til
 * dagsorden, 2019, «3. Valg av møteleder»; an årsmøte's saksliste in vcob.no's vedtekter «3. Valg av møteleder og
 * referent(er) …») and «Konstituering» (ftif.no's «2. Konstituering»; Grammofonartistenes forening's protokoll, 2008,
 * «2. Konstituering») and «Åpen halvtime», where the public speaks before the saker (the sakskart of Oslo's bydelsutvalg: St.
 * Hanshaugen's møteinnkalling 5/10, docplayer.me/50612320; Østensjø's 6/12, docplayer.me/63306800).
 */
export const OPENING_ROW_TITLES = ['Åpning', 'Åpningsord/andakt', 'Ord for dagen', 'Valg av møteleder', 'Konstituering', 'Åpen halvtime'] as const;

/** One row that opens the committee's new meetings: its title, and whether it is numbered as a sak. */
export interface OpeningRowTemplate {
  title: string;
  numbered: boolean;
}

/**
 * The rows that open the committee's new meetings before the approval row, in its order: its list
 * (`conventions.openingRows`), each numbered as a sak or unnumbered as it says, or, for a committee stored before the
 * list, its one unnumbered `openingRow`; each fixed first (`opening`) as the closing rows are fixed last; none unless written.
 * Real bodies print several: Grammofonartistenes forening's generalforsamling (protokoll 2008) «1. Åpning ved styreleder»,
 * «2. Konstituering», «2.1 Godkjenning av innkalling og dagsorden»; Produsentforeningen NORA's (2019) «1. Velkomst»,
 * «2. Konstituering», «3. Valg av møteleder», «4. Valg av referent, tellekorps og to protokollvitner»; Sola menighetsråd
 * (innkalling 2012, docplayer.me/2075730) «Åpning: …» (who opens) unnumbered above «103/12 Godkjenning av innkalling og
 * saksliste»; the addresses: docplayer.me/527064 (Grammofonartistenes forening), noramusikk.no/innkalling-til-generalforsamling-2019,
 * ftif.no/post/54, vcob.no/arsmote.
 */
export function openingRows(committee: Pick<Committee, 'conventions'>): OpeningRowTemplate[] {
  const list = committee.conventions?.openingRows ?? [{ title: committee.conventions?.openingRow ?? '' }];
  return list.flatMap((row) => {
    const title = row.title.trim();
    return title === '' ? [] : [{ title, numbered: row.numbered === true }];
  });
}

/** The titles of the rows that open the committee's new meetings. */
export function openingRowTitles(committee: Pick<Committee, 'conventions'>): string[] {
  return openingRows(committee).map((row) => row.title);
}

/** The row where members raise what is not on the saksliste: «Eventuelt», or «Ymse»; each the same word in bokmål and nynorsk. */
const OTHER_BUSINESS = { eventuelt: 'Eventuelt', ymse: 'Ymse' } as const;

/**
 * The rows that close the committee's new meetings (`conventions.closingRows`), in its målform and order: «Eventuelt» or
 * «Ymse» numbered as the last sak when the committee numbers it (`conventions.closingNumbered`), «Oppsummering og
 * avslutning» never; none when the committee leaves them out («ingen»).
 */
export function closingRows(committee: Pick<Committee, 'conventions' | 'languageForm'>): { title: string; numbered: boolean }[] {
  const texts = domainTexts(committee.languageForm).template;
  const choice = committee.conventions?.closingRows ?? 'avslutning';
  const numbered = committee.conventions?.closingNumbered === true;
  const word = choice === 'ymse' ? OTHER_BUSINESS.ymse : OTHER_BUSINESS.eventuelt;
  const closing = { title: texts.closingTitle, numbered: false };
  if (choice === 'ingen') return [];
  return choice === 'avslutning' ? [closing] : choice === 'eventueltOgAvslutning' ? [{ title: word, numbered }, closing] : [{ title: word, numbered }];
}

/** The titles of the rows that close the committee's new meetings, in its målform and order. */
export function closingRowTitles(committee: Pick<Committee, 'conventions' | 'languageForm'>): string[] {
  return closingRows(committee).map((row) => row.title);
}

const sameTitle = (a: string, b: string) => a.trim().toLocaleLowerCase('nb') === b.trim().toLocaleLowerCase('nb');

/**
 * A meeting stored before its fixed rows had flags, read as the committee's template would have made it.
 * When no row is an opening row, its first row, titled as the template's opening row (either word for the
 * saksliste: the committee may have changed it since), is the opening row. The unnumbered rows at its end
 * (before the rows already closing) titled as the committee's closing rows («Eventuelt» typed by hand before
 * the committee chose it) are closing rows; the numbered sak before them titled as its numbered «Eventuelt» is that
 * (`numberedClosing`). Nothing else: a matching row elsewhere was put there by someone,
 * and a numbered one keeps its number (a closing row has none). Applied where the saksliste is edited (the
 * workspace's `AgendaEditor`), never written back by itself: SharePoint keeps the meeting as it was stored.
 */
export function withTemplateRowFlags(meeting: Meeting, committee: Pick<Committee, 'conventions' | 'languageForm'>): Meeting {
  // Either word for the saksliste, as the committee's målform writes it and as bokmål does: a nynorsk
  // template wrote «… og saksliste» before it wrote «sakliste», and meetings of that time keep the title.
  const templates = [domainTexts(committee.languageForm).template, domainTexts('nb').template];
  const openingTitles = templates.flatMap((texts) => AgendaWordSchema.options.map((agenda) => texts.approvalTitle(agenda)));
  const rows = closingRows(committee);
  const closingTitles = rows.filter((row) => !row.numbered).map((row) => row.title);
  const numberedTitle = rows.find((row) => row.numbered)?.title;
  const items = [...meeting.items];
  const first = items[0];
  if (first !== undefined && !items.some((item) => item.opening) && !first.closing && openingTitles.some((title) => sameTitle(title, first.title))) {
    items[0] = { ...first, opening: true };
  }
  let end = items.length;
  while (end > 0 && items[end - 1]?.closing) end--;
  for (let index = end - 1; index >= 0; index--) {
    const item = items[index];
    if (!item || item.opening || item.caseNumber !== null || !closingTitles.some((title) => sameTitle(title, item.title))) break;
    items[index] = { ...item, closing: true };
    end = index;
  }
  // A numbered «Eventuelt» the committee's template makes: its last sak so titled, when no row has the flag.
  const last = items[end - 1];
  const unflagged = !items.some((item) => item.numberedClosing);
  if (numberedTitle !== undefined && last && unflagged && !last.opening && last.caseNumber !== null && sameTitle(numberedTitle, last.title)) {
    items[end - 1] = { ...last, numberedClosing: true };
  }
  return items.some((item, index) => item !== meeting.items[index]) ? { ...meeting, items } : meeting;
}
