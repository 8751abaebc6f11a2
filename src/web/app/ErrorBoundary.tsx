import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** When this changes (the URL path), a shown error is cleared so navigating away recovers. */
  resetKey?: string;
  /** Shown instead of the children after an error; defaults to the standard error message. */
  fallback?: ReactNode;
}

interface ErrorBoundaryState {
  error: unknown;
  resetKey?: string;
}

/**
 * Catches render errors and failed lazy chunks (typically after a deployment replaced the hashed
 * files) so one broken page never blanks the whole application.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error ?? new Error('Unknown error') };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState) {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return this.props.fallback ?? <ErrorMessage />;
  }
}
