import { Suspense, type ComponentProps } from 'react';
import { loadableView } from './loadableView';
import type { UnreadableRowsBar } from './UnreadableRowsBar';

// The bar and its wording (`unreadableMessages.ts`, `unreadableText.ts`) are a chunk of their own,
// fetched only when a page has a row or a draft it could not read (the size budgets, issue 14).
const bar = loadableView<ComponentProps<typeof UnreadableRowsBar>>(() =>
  import(/* webpackChunkName: "unreadable-rows" */ './UnreadableRowsBar').then((module) => module.UnreadableRowsBar),
);

/** `UnreadableRowsBar`, fetched when there is something to name; nothing otherwise. */
export function LateUnreadableRowsBar(props: ComponentProps<typeof UnreadableRowsBar>) {
  if (props.rows.length === 0 && (props.drafts?.length ?? 0) === 0) return null;
  return (
    <Suspense fallback={null}>
      <bar.View {...props} />
    </Suspense>
  );
}
