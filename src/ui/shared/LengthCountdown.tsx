import { useEffect, useId, useState, type ReactElement } from 'react';
import { Text, tokens } from '@fluentui/react-components';
import { useEditingText } from './editing/editingText';

/**
 * How close a field is to its length limit (the limits are the domain schemas', `domain/limits.ts`):
 * quiet far from it, `near` within 10 % (at least 20 characters), `close` within 2 % (at least 5),
 * `full` at it, `over` past it. The counter shows from `near`; a screen reader hears it only when the
 * level changes, never on every keystroke.
 */
export type CountdownLevel = 'quiet' | 'near' | 'close' | 'full' | 'over';

export function countdownLevel(length: number, max: number): CountdownLevel {
  const remaining = max - length;
  if (remaining < 0) return 'over';
  if (remaining === 0) return 'full';
  if (remaining <= Math.max(5, Math.ceil(max * 0.02))) return 'close';
  if (remaining <= Math.max(20, Math.ceil(max * 0.1))) return 'near';
  return 'quiet';
}

// Inline styles, not makeStyles: this is on the side panel's first load, whose budget is tight.
const CLOSE = { color: tokens.colorPaletteDarkOrangeForeground1 };
const OVER = { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold };
/** Read by screen readers, not shown: the polite announcement at each threshold. */
const HIDDEN = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' } as const;

export interface LengthCountdown {
  /** The visible counter, only near the limit; give it to a Fluent `Field` as `hint`, or render it under the field. */
  hint: ReactElement | undefined;
  /** The polite live region: render it always (a region that appears with its text is not announced reliably). */
  live: ReactElement;
  /** For the field's `aria-describedby` while the counter shows (a Fluent `Field` does this for its `hint` itself). */
  describedBy: string | undefined;
}

/** The one remaining-characters countdown for every text field with a limit (title, konklusjon point, rich text). */
export function useLengthCountdown(length: number, max: number): LengthCountdown {
  const t = useEditingText();
  const id = useId();
  const level = countdownLevel(length, max);
  const remaining = max - length;
  const text = remaining < 0 ? t('countdown.over', { n: -remaining }) : t('countdown.left', { n: remaining });
  const [announced, setAnnounced] = useState<{ level: CountdownLevel; text: string }>({ level: 'quiet', text: '' });
  useEffect(() => {
    // Only a change of level is announced, with the count at that moment.
    if (level === announced.level) return;
    setAnnounced({ level, text: level === 'quiet' ? '' : text });
  }, [level, announced.level, text]);
  const hint =
    level === 'quiet' ? undefined : (
      <Text id={id} size={200} style={level === 'over' ? OVER : level === 'near' ? undefined : CLOSE} data-testid="length-countdown">
        {text}
      </Text>
    );
  const live = (
    <span style={HIDDEN} aria-live="polite" aria-atomic="true" data-testid="length-countdown-live">
      {announced.text}
    </span>
  );
  return { hint, live, describedBy: hint ? id : undefined };
}
