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

/**
 * Whether a hjemmel allows an exemption without requiring it («kan unntas»), so meirinnsyn must be
 * considered (offl. § 11): every hjemmel of the list but § 13 (taushetsplikt: «skal unntas»). A typed
 * hjemmel is not judged: Møtebok cannot know what it says.
 */
export const allowsMeirinnsyn = (basis: string | undefined): boolean =>
  basis !== undefined && (COMMON_EXEMPTION_BASES as readonly string[]).includes(basis) && !basis.startsWith('offl. § 13');
