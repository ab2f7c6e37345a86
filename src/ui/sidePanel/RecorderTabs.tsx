import { makeStyles, mergeClasses, tokens, useArrowNavigationGroup } from '@fluentui/react-components';

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
    ':hover': { color: tokens.colorNeutralForeground1 },
    ':hover::after': { backgroundColor: tokens.colorCompoundBrandStrokeHover },
  },
});

export interface RecorderTab<V extends string> {
  value: V;
  label: string;
  testId?: string;
}

/** Tabster's attribute that makes the selected tab the one Tab lands on in the list (what Fluent's Tab sets). */
const DEFAULT_IN_GROUP = { 'data-tabster': JSON.stringify({ focusable: { isDefault: true } }) };

/**
 * The recorder's tabs (Saksliste, Oppmøte, Etter møtet): a `tablist` whose `tab`s say which is
 * selected, with the keyboard of Fluent's TabList, through the same tabster hooks (its arrow
 * navigation group: the arrow keys move between the tabs, round from the last to the first; Tab
 * lands on the selected one and leaves the list; Enter or Space selects the focused one) — without
 * Fluent's TabList, whose package was 5 kB gzip of the referent's recorder chunk (issue 14). Tabster
 * stays in the recorder's chunk: the editor's toolbar and «Avslutt møtet»'s focus return use it too.
 */
export function RecorderTabs<V extends string>(props: { tabs: readonly RecorderTab<V>[]; selected: V; onSelect: (value: V) => void; label: string }) {
  const { tabs, selected, onSelect, label } = props;
  const styles = useStyles();
  const arrows = useArrowNavigationGroup({ circular: true, axis: 'horizontal', memorizeCurrent: false, unstable_hasDefault: true });
  return (
    <div role="tablist" aria-label={label} aria-orientation="horizontal" className={styles.list} {...arrows}>
      {tabs.map((tab) => (
        <button
          key={tab.value}
          type="button"
          role="tab"
          aria-selected={tab.value === selected}
          className={mergeClasses(styles.tab, tab.value === selected && styles.selected)}
          onClick={() => onSelect(tab.value)}
          data-testid={tab.testId}
          {...(tab.value === selected ? DEFAULT_IN_GROUP : {})}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
