import type { KeyboardEvent } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: { display: 'flex', flexWrap: 'wrap', alignItems: 'center' },
  tab: {
    position: 'relative',
    display: 'inline-flex',
    alignItems: 'center',
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
    cursor: 'pointer',
    // The bar under a tab: the brand colour under the selected one, a neutral one under the pointer.
    '::after': {
      content: '""',
      position: 'absolute',
      left: tokens.spacingHorizontalSNudge,
      right: tokens.spacingHorizontalSNudge,
      bottom: 0,
      height: tokens.strokeWidthThick,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: 'transparent',
    },
    ':hover': { color: tokens.colorNeutralForeground2Hover, backgroundColor: tokens.colorTransparentBackgroundHover },
    ':hover::after': { backgroundColor: tokens.colorNeutralStroke1Hover },
    ':active': { color: tokens.colorNeutralForeground2Pressed, backgroundColor: tokens.colorTransparentBackgroundPressed },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})` },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    '::after': { backgroundColor: tokens.colorCompoundBrandStroke },
    // Under the pointer the hover's own foreground (as Fluent's TabList): Teams' high-contrast theme fills a hovered
    // tab with its cyan (colorTransparentBackgroundHover) and writes on it in black; the plain foreground stayed white (1.46:1).
    ':hover': { color: tokens.colorNeutralForeground1Hover },
    ':active': { color: tokens.colorNeutralForeground1Pressed },
    ':hover::after': { backgroundColor: tokens.colorCompoundBrandStrokeHover },
  },
});

export interface RecorderTab<V extends string> {
  value: V;
  label: string;
  testId?: string;
}

/** The tab an arrow key, Home or End moves to from tab `from` of `count`; round from the last to the first. */
export function tabAfterKey(key: string, from: number, count: number): number | undefined {
  if (key === 'ArrowRight') return (from + 1) % count;
  if (key === 'ArrowLeft') return (from - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

/**
 * The recorder's tabs (Saksliste, Oppmøte, Etter møtet): a `tablist` whose `tab`s say which is
 * selected, with the keyboard of Fluent's TabList as a roving tabindex of its own: the arrow keys
 * Left/Right move the focus between the tabs, round from the last to the first, Home and End to the
 * first and last; Tab lands on the selected one (the only tab with `tabIndex` 0) and leaves the list;
 * Enter or Space selects the focused one (a button's own keys). Without Fluent's TabList (5 kB gzip
 * of the referent's recorder chunk) and without tabster (16 kB: its arrow-key group was what pulled it
 * into the referent's start-up; Fluent's dialogs still bring it when they open).
 */
export function RecorderTabs<V extends string>(props: { tabs: readonly RecorderTab<V>[]; selected: V; onSelect: (value: V) => void; label: string }) {
  const { tabs, selected, onSelect, label } = props;
  const styles = useStyles();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('[role=tab]'));
    const from = buttons.findIndex((button) => button === document.activeElement);
    if (from < 0) return;
    const to = tabAfterKey(event.key, from, buttons.length);
    if (to === undefined) return;
    event.preventDefault();
    buttons[to]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} aria-orientation="horizontal" className={styles.list} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.value}
          type="button"
          role="tab"
          aria-selected={tab.value === selected}
          tabIndex={tab.value === selected ? 0 : -1}
          className={mergeClasses(styles.tab, tab.value === selected && styles.selected)}
          onClick={() => onSelect(tab.value)}
          data-testid={tab.testId}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
