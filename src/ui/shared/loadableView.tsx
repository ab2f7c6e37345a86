import { Component, lazy, useEffect, useState, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';
import { useCommonText } from './commonText';

/**
 * A view whose code is a chunk of its own, fetched once (`preload`, or when it first renders),
 * rendered without suspending once the chunk is here: React 19 holds back the content of a Suspense
 * boundary until 300 ms after the last fallback it showed (its throttle for revealing content), so a
 * `lazy()` that suspends for a module already loaded cost up to 300 ms of every cold start
 * (`npm run bench -- coldLoad`, issue 14). A failed fetch is forgotten, so the view's first render
 * (or the next `preload`) fetches it again, and so does the connection's return (`online`), once.
 *
 * The one mechanism for a view in a chunk of its own: lint refuses React's `lazy()` anywhere else in `src`
 * (`eslint.config.js`, ARCHITECTURE.md "Import rules"). Three ways to use it:
 * - `const { View } = loadableView(() => import('./X').then((module) => module.X))` (with the chunk's webpackChunkName), its
 *   `View` rendered under a Suspense boundary, with `preload()` where the page warms the chunk before it is shown
 *   (when idle, on pointing at a button);
 * - a page that renders the view only once `loaded()` (with `subscribe`, or `useLoadedView` below), so it never
 *   suspends and shows the rest meanwhile;
 * - a page that waits for `preload()` and shows its own spinner and «Prøv igjen» (the side panel's recorder).
 *
 * A `View` whose chunk cannot be fetched (its fetch and the one retry failed) says so in its own place — «Denne delen av
 * siden kunne ikke lastes.» with «Prøv igjen» — and the rest of the page stays as it is; the view comes back by itself when
 * the connection does. `{ failure: 'propagate' }` leaves the failure to a boundary of the caller's own instead (the problem
 * bars of `lateProblemBars.tsx`, which then show the same problem in plain elements).
 */
export interface LoadableView<P extends object> {
  View: ComponentType<P>;
  /**
   * Starts fetching the chunk now, beside whatever else the page is waiting for. Settles (never
   * rejects) once the chunk is here or its fetch failed: a page that waits for it before its first
   * render of the view never suspends, so never meets React's 300 ms reveal throttle. After a
   * render whose fetch failed, it is how the view is tried again (its next mount fetches anew).
   */
  preload(): Promise<void>;
  /** Whether the chunk is here: the view then renders without suspending (no Suspense boundary needed). */
  loaded(): boolean;
  /**
   * Calls `listener` when the chunk arrives, whoever fetched it (`loaded` is then true); returns the
   * unsubscribe function. With `loaded`, the pair React's `useSyncExternalStore` takes, so a page that
   * renders the view only once it is here re-renders on its arrival (`useSidePanelRole`, and the
   * problem bars of `lateProblemBars.tsx` after a failed fetch).
   */
  subscribe(listener: () => void): () => void;
}

export function loadableView<P extends object>(load: () => Promise<ComponentType<P>>, options: { failure?: 'inline' | 'propagate' } = {}): LoadableView<P> {
  let loaded: ComponentType<P> | undefined;
  let fetching: Promise<ComponentType<P>> | undefined;
  // Told when the chunk arrives (`subscribe`): a Set, not a SnapshotStore, which pages that have
  // none (the tab config, the Outlook pane) would fetch with their start-up only for this.
  const listeners = new Set<() => void>();
  const fetch = () =>
    (fetching ??= load().then(
      (component) => {
        loaded = component;
        for (const listener of [...listeners]) listener();
        return component;
      },
      (error: unknown) => {
        fetching = undefined;
        fetchWhenOnline();
        throw error;
      },
    ));
  // A failed fetch is tried again, once, when the connection comes back (the browser's `online`),
  // besides whenever someone asks (`preload`, a page's «Prøv igjen»): its arrival tells `subscribe`'s
  // listeners. One listener however many fetches failed meanwhile; a retry that fails waits for the
  // next time the connection comes back.
  let waitingForOnline = false;
  function fetchWhenOnline() {
    if (waitingForOnline || typeof window === 'undefined') return;
    waitingForOnline = true;
    window.addEventListener(
      'online',
      () => {
        waitingForOnline = false;
        if (loaded === undefined) fetch().catch(() => undefined);
      },
      { once: true },
    );
  }
  // A fetch that fails while the view waits for it is tried once more (the network was away a moment).
  // React keeps a lazy component's failure for good (and re-renders it a few times on the spot), so
  // a failed one is replaced only when someone asks again (`preload`): the view's next mount then
  // fetches the chunk instead of failing at once.
  let lazyFailed = false;
  const fresh = () =>
    lazy(async () => {
      try {
        return { default: await fetch().catch(() => fetch()) };
      } catch (error) {
        lazyFailed = true;
        throw error;
      }
    });
  let Lazy = fresh();
  function Chosen(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the component would mount the view twice.
    const [Shown] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Shown {...props} />;
  }
  function View(props: P) {
    // A view that is here when it mounts cannot fail to load; one that is fetched gets a boundary of its own (above).
    const [fetched] = useState(() => loaded === undefined && options.failure !== 'propagate');
    if (!fetched) return <Chosen {...props} />;
    return <ChunkFailureBoundary retry={() => void preload()} subscribe={subscribe}>{(attempt) => <Chosen key={attempt} {...props} />}</ChunkFailureBoundary>;
  }
  function preload(): Promise<void> {
    if (lazyFailed) {
      lazyFailed = false;
      Lazy = fresh();
    }
    return fetch().then(
      () => undefined,
      () => undefined,
    );
  }
  function subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }
  return { View, preload, loaded: () => loaded !== undefined, subscribe };
}

interface ChunkFailureProps {
  retry: () => void;
  subscribe: (listener: () => void) => () => void;
  /** The view, mounted anew (its `attempt` as its key) after a failure, so it takes the chunk or a fresh fetch. */
  children: (attempt: number) => ReactNode;
}

/**
 * Catches a view's failed chunk where the view stands, so one part that could not be fetched never takes the page
 * down; shown again when the chunk arrives, from «Prøv igjen» or the connection's return, whoever fetched it.
 */
class ChunkFailureBoundary extends Component<ChunkFailureProps, { failed: boolean; attempt: number }> {
  override state = { failed: false, attempt: 0 };
  private unsubscribe: (() => void) | undefined;

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidMount(): void {
    this.unsubscribe = this.props.subscribe(() => {
      if (this.state.failed) this.setState((state) => ({ failed: false, attempt: state.attempt + 1 }));
    });
  }

  override componentWillUnmount(): void {
    this.unsubscribe?.();
  }

  override render(): ReactNode {
    return this.state.failed ? <ChunkFailed retry={this.props.retry} /> : this.props.children(this.state.attempt);
  }
}

function ChunkFailed({ retry }: { retry: () => void }) {
  const t = useCommonText();
  return (
    <div role="alert">
      {t('view.loadFailed')}{' '}
      <button type="button" onClick={retry}>
        {t('host.retry')}
      </button>
    </div>
  );
}

/**
 * A chunk's view once it is here, fetched when `wanted` (and only then): undefined until it arrives, so the page renders
 * the rest meanwhile and never suspends; its arrival re-renders the page (`loaded`/`subscribe`). The side panel's voting
 * fields (`sidePanel/RecordingFields.tsx`) and a member's record of the votes (`sidePanel/ReadOnlyView.tsx`).
 */
export function useLoadedView<P extends object>(chunk: LoadableView<P>, wanted: boolean): ComponentType<P> | undefined {
  const loaded = useSyncExternalStore(chunk.subscribe, chunk.loaded);
  useEffect(() => {
    if (wanted) void chunk.preload();
  }, [chunk, wanted]);
  return wanted && loaded ? chunk.View : undefined;
}
