/**
 * The stage's faces: every size, weight and style the stage draws (its sizes in `stageSizes.ts`), which its page holds
 * unseen (`stageFacesHtml`, put into stage.html by webpack.config.js) and lays out once its screens' chunk is evaluated,
 * while the first render waits for Graph's answer (`layOutStageFaces`, stageFacesLayout.ts). A face's first use in a
 * page costs its own font lookups (the theme's family list, mostly names this machine does not have, for that size,
 * weight and style): a dozen of them made the first layout after Graph's answer about 10 ms where the floor's was 2
 * (issue 14: cold load; docs/performance-history.md, h/stage58). Laid out in the page's first frame instead, as until
 * h/stage60, that layout (7–63 ms at the bench's load) held back the entry's script. A face the stage draws that is
 * not in `STAGE_FACES` is only paid for later, not wrong. webpack.config.js reads this module when it writes the page.
 */
import { STAGE_SIZES } from './stageSizes';

/** Fluent's theme sizes (`tokens.fontSizeBase…`) as the stage uses them, by their custom properties. */
const BASE = { base100: 'var(--fontSizeBase100)', base200: 'var(--fontSizeBase200)', base300: 'var(--fontSizeBase300)', base400: 'var(--fontSizeBase400)' } as const;

export type StageFace = { size: string; semibold?: true; italic?: true };

/** Every face of the stage's view, in its styles' order (StageApp.tsx). */
export const STAGE_FACES: readonly StageFace[] = [
  { size: BASE.base300 }, // the provider's body text: the agenda, its numbers
  { size: BASE.base300, semibold: true }, // «Sak N av M», the agenda's current row
  { size: BASE.base400 }, // the meeting's name
  { size: STAGE_SIZES.number, semibold: true },
  { size: STAGE_SIZES.title, semibold: true },
  { size: STAGE_SIZES.longTitle, semibold: true },
  { size: STAGE_SIZES.secondary },
  { size: STAGE_SIZES.secondary, italic: true },
  { size: STAGE_SIZES.cardHeading, semibold: true },
  { size: STAGE_SIZES.points },
  { size: STAGE_SIZES.big, semibold: true },
  { size: BASE.base100, semibold: true }, // the agenda's outcome badges
  { size: BASE.base200, semibold: true }, // «over tid»
];

/**
 * The faces as page markup: not laid out until `layOutStageFaces` takes its `hidden` away, then unseen
 * (`visibility: hidden`, out of the flow, no size); not read out (`aria-hidden`), in the theme's family, inside
 * `#root`, so React's first render removes it. Text in Norwegian letters and digits.
 */
export function stageFacesHtml(faces: readonly StageFace[] = STAGE_FACES): string {
  const spans = faces
    .map((face) => `<span style="font-size:${face.size}${face.semibold ? ';font-weight:var(--fontWeightSemibold)' : ''}${face.italic ? ';font-style:italic' : ''}">Møtebok 12 – Sak</span>`)
    .join('');
  return `<div aria-hidden="true" hidden style="position:absolute;visibility:hidden;width:0;height:0;overflow:hidden;white-space:nowrap;font-family:var(--fontFamilyBase)">${spans}</div>`;
}
