// Apart from the schemas (which every page builds at start-up): only the workspace offers the list.
/**
 * The common hjemler the secretariat picks from (free text for any other); none is pre-selected. The
 * text is what the documents print after "Unntatt offentlighet, ", so it is stored as written, not as a code.
 */
export const COMMON_EXEMPTION_BASES = [
  'offl. § 13 jf. fvl. § 13 første ledd nr. 1',
  'offl. § 13 jf. fvl. § 13 første ledd nr. 2',
  'offl. § 14 første ledd',
  'offl. § 15 første ledd',
  'offl. § 23 første ledd',
  'offl. § 24',
  // Tilsetting: dokument i sak om tilsetjing (første ledd); the søkjarliste is public (andre ledd).
  'offl. § 25 første ledd',
] as const;
