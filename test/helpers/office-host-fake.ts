// A strict fake of the Office host around the add-in's shared runtime: a document that opens and
// closes, a task pane that is shown and hidden, and Office.addin (SharedRuntime 1.1). It models
// the documented behaviour startup.ts relies on, and refuses what Office refuses:
// - Office.addin exists only with the SharedRuntime requirement set; getStartupBehavior /
//   setStartupBehavior / onVisibilityModeChanged are SharedRuntime 1.1
//   (https://learn.microsoft.com/javascript/api/office/office.addin).
// - The startup behaviour is Office.StartupBehavior: 'Load' ("Load the add-in but do not show UI")
//   or 'None' ("The add-in does not load until opened by the user", the default); anything else is
//   refused (https://learn.microsoft.com/javascript/api/office/office.startupbehavior).
// - It belongs to the document and applies from its next opening: "the add-in won't run the first
//   time a user opens the document … whenever the document is reopened, the add-in loads
//   immediately and any code in Office.initialize or Office.onReady runs"
//   (https://learn.microsoft.com/office/dev/add-ins/develop/run-code-on-document-open).
// - With lifetime="long" the runtime keeps running when the user closes the task pane
//   (https://learn.microsoft.com/javascript/api/manifest/runtime); showing and hiding the pane
//   raises onVisibilityModeChanged with 'Taskpane' / 'Hidden'
//   (https://learn.microsoft.com/javascript/api/office/office.visibilitymode).
// - Event handlers "don't persist across sessions and are destroyed when the add-in refreshes or
//   closes", and Excel calls every handler added
//   (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events).
import { StrictExcel } from './excel-strict';

type Visibility = 'Taskpane' | 'Hidden';
type VisibilityHandler = (m: { visibilityMode: Visibility }) => void;

export class FakeOfficeHost {
  /** Saved with the document: what setStartupBehavior last set. */
  startupBehavior: 'Load' | 'None' = 'None';
  running = false;
  visibility: Visibility = 'Hidden';
  /** How many times a runtime started (each start runs Office.onReady's code). */
  starts = 0;
  private visibilityHandlers: VisibilityHandler[] = [];

  /**
   * `excel`: the workbook; `start`: what the add-in runs at Office.onReady in a fresh runtime;
   * `sharedRuntime`: false for a host without the SharedRuntime requirement set.
   */
  constructor(readonly excel: StrictExcel, private readonly start: () => Promise<unknown>, private readonly sharedRuntime = true) {}

  /** Sets globalThis.Office and globalThis.Excel as the add-in's page sees them. */
  install(): void {
    const addin = {
      getStartupBehavior: async () => this.startupBehavior,
      setStartupBehavior: async (b: unknown) => {
        if (b !== 'Load' && b !== 'None') throw new Error(`Invalid startup behavior: ${String(b)}`);
        this.startupBehavior = b;
      },
      onVisibilityModeChanged: async (h: VisibilityHandler) => {
        this.visibilityHandlers.push(h);
        return async () => void (this.visibilityHandlers = this.visibilityHandlers.filter((x) => x !== h));
      },
    };
    const g = globalThis as Record<string, unknown>;
    g.Office = {
      addin: this.sharedRuntime ? addin : undefined,
      context: { requirements: { isSetSupported: (name: string, v: string) => this.sharedRuntime && name === 'SharedRuntime' && Number(v) <= 1.1 } },
      StartupBehavior: { load: 'Load', none: 'None' },
      VisibilityMode: { taskpane: 'Taskpane', hidden: 'Hidden' },
    };
    g.Excel = { run: <T>(f: (c: Excel.RequestContext) => Promise<T>) => f(this.excel.context()) };
  }

  uninstall(): void {
    const g = globalThis as Record<string, unknown>;
    delete g.Office;
    delete g.Excel;
  }

  private async boot(visibility: Visibility): Promise<void> {
    this.running = true;
    this.visibility = visibility;
    this.starts++;
    await this.start();
  }

  /** The user opens the workbook: with 'Load' saved, the runtime starts with no pane shown. */
  async openDocument(): Promise<void> {
    if (this.startupBehavior === 'Load') await this.boot('Hidden');
  }

  /** The user opens the task pane: the runtime starts if it was not running, else the pane is shown. */
  async openPane(): Promise<void> {
    if (!this.running) return this.boot('Taskpane');
    this.visibility = 'Taskpane';
    await this.raise('Taskpane');
  }

  /** The user closes the task pane: the runtime (lifetime long) and its handlers stay. */
  async closePane(): Promise<void> {
    this.visibility = 'Hidden';
    await this.raise('Hidden');
  }

  /** The workbook is closed: the runtime ends and its event handlers with it. */
  closeDocument(): void {
    this.running = false;
    this.visibilityHandlers = [];
    this.excel.changedHandlers = [];
  }

  /** Excel raises a change event: every handler added is called, and only while the runtime runs. */
  async change(ev: unknown): Promise<number> {
    if (!this.running) return 0;
    for (const h of this.excel.changedHandlers) await h(ev);
    return this.excel.changedHandlers.length;
  }

  private async raise(v: Visibility): Promise<void> {
    for (const h of this.visibilityHandlers) h({ visibilityMode: v });
    // The handlers start Excel.run work of their own; let it finish before the spec looks.
    await new Promise((r) => setTimeout(r, 0));
  }
}

/** window.localStorage as a Map, for Node specs (the Web Storage API's three calls the add-in uses). */
export class MemoryStorage {
  private m = new Map<string, string>();
  getItem(k: string): string | null {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.m.set(k, String(v));
  }
  removeItem(k: string): void {
    this.m.delete(k);
  }
}
