import { useId } from 'react';
import { makeResetStyles, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

export type LoadingSpinnerSize = 'tiny' | 'small' | 'medium' | 'large';

/** The ring's stroke width, set per size. */
const STROKE = '--motebok-spinner-stroke';

// One class each for the parts (reset styles: a rule each, not a class per property), the sizes atomic.
// As Fluent's Spinner lays itself out with its label after it.
const useRootClass = makeResetStyles({ display: 'flex', alignItems: 'center', justifyContent: 'center', gap: '8px', overflow: 'hidden', minWidth: 'min-content' });
const useRingClass = makeResetStyles({
  boxSizing: 'border-box',
  flexShrink: 0,
  borderRadius: '50%',
  // Fluent's Spinner's colours: the track and the turning arc, from the theme's tokens (Teams' light, dark and
  // high-contrast sheets set them as CSS variables on <html>).
  border: `var(${STROKE}) solid ${tokens.colorBrandStroke2Contrast}`,
  borderTopColor: tokens.colorBrandStroke1,
  animationName: { from: { transform: 'rotate(0deg)' }, to: { transform: 'rotate(360deg)' } },
  animationDuration: '1.5s',
  animationIterationCount: 'infinite',
  animationTimingFunction: 'linear',
  // Windows' high contrast: the system's colours, as Fluent's Spinner takes them.
  '@media screen and (forced-colors: active)': { forcedColorAdjust: 'none', borderColor: 'HighlightText', borderTopColor: 'Highlight' },
  // Someone who asked for less motion sees the ring and its arc standing still; the text says it is loading.
  '@media screen and (prefers-reduced-motion: reduce)': { animationName: 'none' },
});
const useLabelClass = makeResetStyles({ fontFamily: tokens.fontFamilyBase, color: tokens.colorNeutralForeground1 });

const useStyles = makeStyles({
  // Sizes and stroke widths as Fluent's Spinner's.
  tiny: { width: '20px', height: '20px', [STROKE]: tokens.strokeWidthThick },
  small: { width: '28px', height: '28px', [STROKE]: tokens.strokeWidthThick },
  medium: { width: '32px', height: '32px', [STROKE]: tokens.strokeWidthThicker },
  large: { width: '36px', height: '36px', [STROKE]: tokens.strokeWidthThicker },
  // Fluent's `body1` (tiny, small) and `subtitle2` (medium, large) type, as its Spinner's label.
  body1: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightRegular, lineHeight: tokens.lineHeightBase300 },
  subtitle2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400 },
});

/**
 * «Laster …» with a turning ring: what Fluent's `Spinner` shows and says (`role="progressbar"` named by its
 * visible label, the same sizes, colours and type), as a plain element with Fluent's tokens. Fluent's
 * Spinner and the `Label` it renders were about 1.4 kB gzip of every page's start-up for the loading
 * state alone (issue 14; `PlainCard.tsx` and `ValueProgressBar.tsx` are the same kind of cut). The ring
 * stands still for someone who asked for reduced motion, and takes the system's colours in forced colours.
 */
export function LoadingSpinner({ label, size = 'medium', className }: { label: string; size?: LoadingSpinnerSize; className?: string }) {
  const styles = useStyles();
  const labelId = useId();
  return (
    <div role="progressbar" aria-labelledby={labelId} className={mergeClasses(useRootClass(), className)}>
      <span aria-hidden className={mergeClasses(useRingClass(), styles[size])} />
      <span id={labelId} className={mergeClasses(useLabelClass(), size === 'tiny' || size === 'small' ? styles.body1 : styles.subtitle2)}>
        {label}
      </span>
    </div>
  );
}
