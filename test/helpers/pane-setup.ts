// What every spec that renders the whole pane needs in jsdom.
import { preloadPages } from '../../src/taskpane/App';

/** The pages load on first use in the pane; specs fetch them first, so a page renders at once. jsdom has no ResizeObserver (Fluent's MessageBar uses one). */
export function paneSpecSetup(): void {
  beforeAll(() => preloadPages());
  jest.setTimeout(30_000);
  (globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
