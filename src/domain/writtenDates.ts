import { parseIsoDate } from './dates';

/**
 * The date written out, apart from `dates.ts` because only the documents need it and that module is in every page's
 * start-up (the stage and side panel are at their size limits).
 */

// Sunday first, as `getUTCDay` counts; the months are written alike in bokmål and nynorsk.
const WEEKDAYS: Record<'nb' | 'nn', readonly string[]> = {
  nb: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  nn: ['sundag', 'måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag'],
};
const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/**
 * '2026-06-11' → 'torsdag 11. juni 2026' (nynorsk 'tysdag', 'laurdag', 'sundag'): the date written out, as many bodies'
 * innkallinger and protokoller write their meeting's (`conventions.datesWritten`).
 */
export function formatDateWritten(date: string, language: 'nb' | 'nn'): string {
  const { year, month, day } = parseIsoDate(date);
  const weekday = WEEKDAYS[language][new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
  return `${weekday} ${day}. ${MONTHS[month - 1] ?? ''} ${year}`;
}
