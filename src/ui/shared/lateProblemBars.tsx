import { Component, Suspense, type ComponentProps, type ReactNode } from 'react';
import { loadableView } from './loadableView';
import { useCommonText } from './commonText';
import { errorBarChoice, type ErrorMessageBarProps } from './errorBarChoice';
import type { BootFailureBar, NoticeBar } from './problemBarViews';

// Fluent's MessageBar and Button are shown only when something is wrong: on the stage nothing else
// needs them, so they are fetched once the page is idle after its start (`preloadProblemBars`), or
// when a bar is first shown, not with every start (issue 14: start-up JavaScript).
const views = () => import(/* webpackChunkName: "problem-bars" */ './problemBarViews');
const errorBar = loadableView<ErrorMessageBarProps>(() => views().then((module) => module.ErrorMessageBar));
const noticeBar = loadableView<ComponentProps<typeof NoticeBar>>(() => views().then((module) => module.NoticeBar));
const bootFailureBar = loadableView<ComponentProps<typeof BootFailureBar>>(() => views().then((module) => module.BootFailureBar));

/** Fetches the bars' chunk (settles, never rejects): called once a page has started. */
export function preloadProblemBars(): Promise<void> {
  return Promise.all([errorBar.preload(), noticeBar.preload(), bootFailureBar.preload()]).then(() => undefined);
}

/**
 * Until the chunk is here — or for good, if it cannot be fetched (the network is gone) — the same
 * words and actions in plain elements, so a problem is never left unsaid.
 */
class WhileFetched extends Component<{ plain: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
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
    <WhileFetched plain={<PlainBar role="alert" title={title} message={described.message} actions={dismiss ? [...actions, dismiss] : actions} />}>
      <errorBar.View {...props} />
    </WhileFetched>
  );
}

/** A warning or a notice in Fluent's MessageBar, fetched when first shown (or once the page is idle). */
export function LateNoticeBar(props: ComponentProps<typeof NoticeBar>) {
  return (
    <WhileFetched plain={<PlainBar role="status" message={props.children} testId={props.testId} />}>
      <noticeBar.View {...props} />
    </WhileFetched>
  );
}

/** A page that could not start, with "Prøv igjen", fetched when shown. */
export function LateBootFailure(props: ComponentProps<typeof BootFailureBar>) {
  return (
    <WhileFetched plain={<PlainBar role="alert" title={props.title} message={props.message} actions={[{ label: props.retry, onClick: props.onRetry }]} />}>
      <bootFailureBar.View {...props} />
    </WhileFetched>
  );
}
