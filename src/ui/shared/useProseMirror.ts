import { useEffect, useRef, useState, type RefObject } from 'react';
import type { EditorState, Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';

export interface ProseMirrorOptions {
  /** The state the view starts from, made once when the view is. */
  initialState: () => EditorState;
  editable: boolean;
  /** Attributes of the editable element (its role, label and description). */
  attributes: Record<string, string>;
  /** After each change the view shows: the new state and the transactions that made it (those plugins appended included). */
  onTransactions?: (state: EditorState, transactions: readonly Transaction[]) => void;
}

/**
 * A ProseMirror editor in a React component, without a binding library: the view is made in the
 * element `mount` is given, and destroyed when the component goes. `state` is the view's state after
 * every transaction (so a toolbar shows what is on the cursor); it is undefined until the view exists.
 */
export function useProseMirror({ initialState, editable, attributes, onTransactions }: ProseMirrorOptions): {
  mount: RefObject<HTMLDivElement | null>;
  view: EditorView | undefined;
  state: EditorState | undefined;
} {
  const mount = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<EditorView>();
  const [state, setState] = useState<EditorState>();
  const latest = useRef({ initialState, editable, attributes, onTransactions });
  useEffect(() => {
    latest.current = { initialState, editable, attributes, onTransactions };
  });

  useEffect(() => {
    const place = mount.current;
    if (!place) return undefined;
    const created: EditorView = new EditorView(place, {
      state: latest.current.initialState(),
      editable: () => latest.current.editable,
      attributes: () => latest.current.attributes,
      dispatchTransaction: (transaction) => {
        const { state: next, transactions } = created.state.applyTransaction(transaction);
        created.updateState(next);
        setState(next);
        latest.current.onTransactions?.(next, transactions);
      },
    });
    setView(created);
    setState(created.state);
    return () => {
      created.destroy();
      setView(undefined);
      setState(undefined);
    };
  }, []);

  // A change of attributes or of read-only: the view redraws its element.
  const attributeKey = JSON.stringify(attributes);
  useEffect(() => {
    view?.setProps({});
  }, [view, attributeKey, editable]);

  return { mount, view, state };
}
