/** A4 with 2 cm margins, in twips (1/1440 inch): the width tables are laid out against. */
export const PAGE_WIDTH = 11906;
export const PAGE_HEIGHT = 16838;
export const PAGE_MARGIN = 1134;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * PAGE_MARGIN;
