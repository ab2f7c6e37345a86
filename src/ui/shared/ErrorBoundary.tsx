import { Component, type ErrorInfo, type ReactNode } from 'react';
import { LateErrorBar } from './lateProblemBars';

interface State {
  error?: unknown;
}

/** A render bug shows a message (with a reload) instead of unmounting the whole surface. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Møtebok: uncaught render error', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error !== undefined) return <LateErrorBar error={this.state.error} onReload={() => window.location.reload()} />;
    return this.props.children;
  }
}
