import { Component, Suspense, useSyncExternalStore, type ComponentProps, type ReactNode } from 'react';
import { loadableView, type LoadableView } from './loadableView';
import { useCommonText } from './commonText';
import { errorBarChoice, type ErrorMessageBarProps } from './errorBarChoice';
import type { BootFailureBar, NoticeBar } from './problemBarViews';

// Fluent's MessageBar and Button are shown only when something is wrong: on the stage nothing else
// needs them, so they are fetched once the page is idle after its start (`preloadProblemBars`), or
// when a bar is first shown, not with every start (issue 14: start-up JavaScript).
const views = () => import(/* webpackChunkName: "problem-bars" */ './problemBarViews');
// Their failure is the caller's (`FetchFailureBoundary` below shows the same problem in plain elements), not loadableView's own line.
const propagate = { failure: 'propagate' } as const;
const errorBar = loadableView<ErrorMessageBarProps>(() => views().then((module) => module.ErrorMessageBar), propagate);
const noticeBar = loadableView<ComponentProps<typeof NoticeBar>>(() => views().then((module) => module.NoticeBar), propagate);
const bootFailureBar = loadableView<ComponentProps<typeof BootFailureBar>>(() => views().then((module) => module.BootFailureBar), propagate);

type Loader = Pick<LoadableView<never>, 'preload' | 'loaded' | 'subscribe'>;

/** Fetches the bars' chunk (settles, never rejects): called once a page has started. */
export function preloadProblemBars(): Promise<void> {
  return Promise.all([errorBar.preload(), noticeBar.preload(), bootFailureBar.preload()]).then(() => undefined);
}

interface WhileFetchedProps {
  plain: ReactNode;
  children: ReactNode;
  loader: Loader;
  problem?: unknown;
}

/**
 * Until the chunk is here — or while it cannot be fetched (the network is gone) — the same words and
 * actions in plain elements, so a problem is never left unsaid. A failed fetch is not the end: the
 * chunk is asked for again when the fetch fails and when the bar is given another problem, and
 * `loadableView` fetches it once more itself when the browser is back online; the Fluent bar takes
 * over once the chunk is here, whichever fetch brought it (`subscribe`, as `useSidePanelRole` does).
 */
function WhileFetched(props: WhileFetchedProps) {
  const loaded = useSyncExternalStore(props.loader.subscribe, props.loader.loaded, props.loader.loaded);
  return <FetchFailureBoundary {...props} loaded={loaded} />;
}

/** Shows `plain` once the chunk's fetch has failed, and `children` again once the chunk has arrived (`loaded` turned true). */
class FetchFailureBoundary extends Component<WhileFetchedProps & { loaded: boolean }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(): void {
    this.askAgain();
  }

  override componentDidUpdate(previous: WhileFetchedProps & { loaded: boolean }): void {
    if (this.state.failed && this.props.loaded && !previous.loaded) this.setState({ failed: false });
    else if (previous.problem !== this.props.problem) this.askAgain();
  }

  /** Fetches the chunk again (at most one fetch at a time, `loadableView`); its arrival turns `loaded` true. */
  private askAgain(): void {
    if (this.state.failed) void this.props.loader.preload();
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.plain : <Suspense fallback={this.props.plain}>{this.props.children}</Suspense>;
  }
}

function PlainBar({ role, title, message, actions, testId }: { role: 'alert' | 'status'; title?: string; message: ReactNode; actions?: { label: string; onClick: () => void }[]; testId?: string }) {
  return (
    <div role={role} data-testid={testId}>
      {title ? <strong>{title} </strong> : null}
      {message}
      {actions?.map((action) => (
        <button key={action.label} type="button" onClick={action.onClick}>
          {action.label}
        </button>
      ))}
    </div>
  );
}

/** `ErrorMessageBar`, fetched when first shown (or once the page is idle); until then the same words and actions (`errorBarChoice`). */
export function LateErrorBar(props: ErrorMessageBarProps) {
  const t = useCommonText();
  const { described, title, actions, dismiss } = errorBarChoice(props, t);
  return (
    <WhileFetched loader={errorBar} problem={props.error} plain={<PlainBar role="alert" title={title} message={described.message} actions={dismiss ? [...actions, dismiss] : actions} />}>
      <errorBar.View {...props} />
    </WhileFetched>
  );
}

/** A warning or a notice in Fluent's MessageBar, fetched when first shown (or once the page is idle). */
export function LateNoticeBar(props: ComponentProps<typeof NoticeBar>) {
  return (
    <WhileFetched loader={noticeBar} plain={<PlainBar role="status" message={props.children} testId={props.testId} />}>
      <noticeBar.View {...props} />
    </WhileFetched>
  );
}

/** A page that could not start, with "Prøv igjen", fetched when shown. */
export function LateBootFailure(props: ComponentProps<typeof BootFailureBar>) {
  return (
    <WhileFetched loader={bootFailureBar} problem={props.message} plain={<PlainBar role="alert" title={props.title} message={props.message} actions={[{ label: props.retry, onClick: props.onRetry }]} />}>
      <bootFailureBar.View {...props} />
    </WhileFetched>
  );
}
