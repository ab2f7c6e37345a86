/**
 * What every save writes into the decision register's columns of a sak's row. Apart from
 * `decisionRegister.ts` because every page that saves a meeting needs these two, and only the
 * workspace's register needs the rest (kept out of the other pages' first JavaScript).
 */

/** The compound key of the `CommitteeYear` column: SharePoint (through Graph) has no compound indexes. */
export function committeeYearKey(committeeId: string, year: number): string {
  return `${committeeId}|${year}`;
}

/** The konklusjon as the register stores and shows it: numbered points, one per paragraph. */
export function conclusionText(points: readonly string[]): string {
  const kept = points.map((point) => point.trim()).filter(Boolean);
  if (kept.length <= 1) return kept[0] ?? '';
  return kept.map((point, index) => `${index + 1}. ${point}`).join('\n');
}
