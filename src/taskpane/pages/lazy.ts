// Pages loaded on first use, to keep the pane's first paint in its budget. Unlike React.lazy, a
// page whose code has arrived renders at once (no Suspense round), so the pane can fetch every
// page in the background after the first paint and a tab switch never shows "loading".
import { ComponentType, createElement } from 'react';

export interface LazyPage<P extends object> {
  Page: ComponentType<P>;
  /** Fetches the page's code; resolves when it can render. */
  preload: () => Promise<void>;
}

export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (c) => {
        loaded = c;
      },
      (e: unknown) => {
        // A chunk that failed to arrive (offline) is fetched again next time.
        pending = undefined;
        throw e;
      },
    ));
  function Page(props: P) {
    // Suspense shows its fallback until the promise settles, then renders again.
    if (!loaded) throw preload();
    return createElement(loaded, props);
  }
  return { Page, preload };
}
