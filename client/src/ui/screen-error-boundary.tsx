import { Component, type ReactNode } from "react";

type Props = { fallback: ReactNode; children: ReactNode };

/** Shows `fallback` when a screen cannot render, e.g. its code failed to download. */
export class ScreenErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error("A screen failed to render", error);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
