import { forwardRef, type HTMLAttributes } from 'react';
import {
  getIntrinsicElementProps,
  renderCard_unstable,
  slot,
  useCardStyles_unstable,
  useFocusWithin,
  useMergedRefs,
  type CardState,
} from '@fluentui/react-components';

/** A card shows nothing selectable, so its context never changes (the value Fluent's Card starts with). */
const CONTEXT: Pick<CardState, 'selectableA11yProps'> = {
  selectableA11yProps: { referenceId: undefined, setReferenceId: () => undefined, referenceLabel: undefined, setReferenceLabel: () => undefined },
};

/**
 * Fluent's Card as the workspace and the sign-in screen use it — filled, vertical, medium, neither
 * clickable nor selectable: the same markup (`role="group"`, the `fui-Card` classes), styles and themes,
 * from Fluent's own style hook and render function. Fluent's `Card` also sets up tabster's focusable group
 * for a card that can take the focus, which such a card never does (its focus mode is off): it brought
 * tabster (about 17 kB gzip) into the workspace's start-up (issue 14; `ValueProgressBar.tsx` is the same
 * kind of cut). A clickable or selectable card is Fluent's `Card`. Not applied: FluentProvider's
 * `customStyleHooks_unstable`, which Møtebok does not use.
 */
export const PlainCard = forwardRef<HTMLDivElement, HTMLAttributes<HTMLDivElement>>(function PlainCard(props, ref) {
  const focusWithin = useFocusWithin<HTMLDivElement>();
  const state: CardState = {
    appearance: 'filled',
    orientation: 'vertical',
    size: 'medium',
    interactive: false,
    selectable: false,
    selectFocused: false,
    selected: false,
    disabled: false,
    ...CONTEXT,
    components: { root: 'div', floatingAction: 'div', checkbox: 'input' },
    root: slot.always(getIntrinsicElementProps('div', { ref: useMergedRefs(focusWithin, ref), role: 'group', ...props }), { elementType: 'div' }),
  };
  useCardStyles_unstable(state);
  return renderCard_unstable(state, CONTEXT);
});
