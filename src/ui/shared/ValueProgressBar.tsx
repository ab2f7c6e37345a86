import { forwardRef } from 'react';
import {
  getIntrinsicElementProps,
  renderProgressBar_unstable,
  slot,
  useProgressBarStyles_unstable,
  type ProgressBarProps,
  type ProgressBarState,
} from '@fluentui/react-components';

export type ValueProgressBarProps = Omit<ProgressBarProps, 'value' | 'max' | 'indeterminateMotion'> & {
  /** How far along, from 0 to `max` (clamped to it, as Fluent's ProgressBar does). */
  value: number;
  /** Greater than 0; 1 otherwise, as in Fluent's. */
  max?: number;
};

/**
 * Fluent's ProgressBar for a known value only: the same markup (`role="progressbar"`, `aria-valuemin`,
 * `aria-valuemax`, `aria-valuenow`, the `fui-ProgressBar` classes), styles and themes, from Fluent's own
 * style hook and render function. Fluent's `ProgressBar` also brings the motion library
 * (`@fluentui/react-motion`, about 2 kB gzip) for its indeterminate state, which a bar with a value
 * never shows; a page that starts with a progress bar (the stage) uses this one (issue 14). A bar
 * without a value (indeterminate) is Fluent's `ProgressBar`. Not applied: FluentProvider's
 * `customStyleHooks_unstable`, which Møtebok does not use.
 */
export const ValueProgressBar = forwardRef<HTMLDivElement, ValueProgressBarProps>(function ValueProgressBar(
  { value, max = 1, color = 'brand', shape = 'rounded', thickness = 'medium', bar, ...props },
  ref,
) {
  const safeMax = max > 0 ? max : 1;
  const safeValue = Math.min(Math.max(value, 0), safeMax);
  const state: ProgressBarState = {
    max: safeMax,
    value: safeValue,
    color,
    shape,
    thickness,
    // No motion: a bar with a value has none (Fluent's own base state names a plain div here too).
    components: { root: 'div', bar: 'div', indeterminateMotion: 'div' },
    root: slot.always(
      getIntrinsicElementProps('div', { ref, role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': safeMax, 'aria-valuenow': safeValue, ...props }),
      { elementType: 'div' },
    ),
    bar: slot.always(bar, { elementType: 'div' }),
    indeterminateMotion: undefined,
  };
  useProgressBarStyles_unstable(state);
  return renderProgressBar_unstable(state);
});
