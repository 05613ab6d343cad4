// The policy the workbook functions follow: the workbook's 投诉政策 sheet, read once through
// Excel.run and cached until the sheet changes; the `severity` preset while the workbook has no
// such sheet. src/excel is the only place that calls Excel.run. The cache and its decisions
// (PolicyCache) take an injected reader, so they are tested in Node; excelPolicyReader is the
// Office.js side, which touches the Excel global only when called.
import { CellValue } from '../core/register/cells';
import { msg } from '../core/messages';
import { fnText } from '../functions/lang';
import { POLICY_SHEET } from '../core/policy/table';
import { DEFAULT_PRESET } from '../core/policy/presets';
import { loadPolicy } from '../core/workbook';
import { PolicyProvider, PolicyState, policyState, presetState } from '../functions/policy';
import { TIER_SHEET } from '../workbook/setup-plan';

export interface PolicySheet {
  /** The worksheet's id, to watch it. */
  id: string;
  /** Its cells from A1 to the end of the used range (row numbers in messages match the sheet's). */
  rows: readonly (readonly CellValue[])[];
}

export interface PolicySheetReader {
  /** The 投诉政策 sheet, or undefined when the workbook has none. */
  read(): Promise<PolicySheet | undefined>;
  /** Calls onChange whenever that worksheet's cells change. */
  watchSheet(id: string, onChange: () => void): Promise<void>;
  /** Calls onChange whenever a worksheet is added or deleted (the policy sheet may appear or go). */
  watchWorkbook(onChange: () => void): Promise<void>;
}

export interface PolicyCacheOptions {
  /** The preset used while the workbook has no 投诉政策 sheet. */
  fallback?: string;
  /** Called after an invalidation when the policy read again differs (Excel: recalculate the functions). */
  onPolicyChanged?: () => void;
}

const fingerprintOf = (rows: readonly (readonly CellValue[])[]): string =>
  JSON.stringify(rows.map((r) => r.map((v) => (v instanceof Date ? v.toISOString() : v ?? null))));

/**
 * The policy, read once and kept until invalidated: by an edit of the 投诉政策 sheet, or by a
 * worksheet being added or deleted. Handlers are registered once (once per worksheet id for the
 * sheet). Concurrent callers share one read.
 */
export class PolicyCache implements PolicyProvider {
  private current: Promise<PolicyState> | undefined;
  private readonly watchedSheets = new Set<string>();
  private watchingWorkbook = false;
  /** A watch Excel refused: edits would go unseen, so nothing is cached while it is so. */
  private unwatched = false;
  private fingerprint: string | undefined;
  /** Retries scheduled after failed reads (a few, growing apart). */
  private retries = 0;

  constructor(
    private readonly reader: PolicySheetReader,
    private readonly options: PolicyCacheOptions = {},
  ) {}

  policy(): Promise<PolicyState> {
    if (!this.current || this.unwatched) this.current = this.load();
    return this.current;
  }

  /** Drops the cached policy; the next call reads the sheet again. */
  invalidate(): void {
    const before = this.fingerprint;
    this.current = undefined;
    const changed = this.options.onPolicyChanged;
    if (changed) {
      void this.policy().then(() => {
        if (this.fingerprint !== before) changed();
      });
    }
  }

  private async load(): Promise<PolicyState> {
    const fallback = this.options.fallback ?? DEFAULT_PRESET;
    if (!this.watchingWorkbook) {
      this.watchingWorkbook = true;
      try {
        await this.reader.watchWorkbook(() => this.invalidate());
      } catch {
        // Without the event a new 投诉政策 sheet would go unseen: read the sheet on every call instead.
        this.unwatched = true;
      }
    }
    let sheet: PolicySheet | undefined;
    try {
      sheet = await this.reader.read();
    } catch (e) {
      // Excel could not be asked (not loaded yet, or a transient failure). Never compute on a policy
      // the user did not choose: this call fails with the reason, the sheet is read again on the
      // next call, and once it can be read the cells are recalculated (onPolicyChanged).
      this.current = undefined;
      this.fingerprint = 'unreadable';
      if (this.retries < 5) {
        this.retries++;
        const t = setTimeout(() => this.invalidate(), 2000 * this.retries) as unknown as { unref?: () => void };
        t.unref?.(); // Node (tests): a pending retry does not keep the process alive
      }
      const why = e instanceof Error ? e.message : String(e);
      return { ok: false, label: `sheet ${POLICY_SHEET}`, message: fnText(msg('fn.policyUnreadable', { sheet: POLICY_SHEET, why })) };
    }
    if (!sheet) {
      this.fingerprint = `preset ${fallback}`;
      return presetState(fallback);
    }
    if (!this.watchedSheets.has(sheet.id)) {
      this.watchedSheets.add(sheet.id);
      try {
        await this.reader.watchSheet(sheet.id, () => this.invalidate());
      } catch {
        // Without the event an edit would go unseen: read the sheet on every call instead.
        this.unwatched = true;
      }
    }
    this.fingerprint = fingerprintOf(sheet.rows);
    return policyState(loadPolicy({ kind: 'table', rows: sheet.rows, label: `sheet ${POLICY_SHEET}` }));
  }
}

/** The Office.js reader: Excel.run on the 投诉政策 sheet. Without Excel (a plain browser tab) there is no sheet. */
export function excelPolicyReader(): PolicySheetReader {
  const haveExcel = () => typeof Excel !== 'undefined' && typeof Excel.run === 'function';
  return {
    async read() {
      if (!haveExcel()) return undefined;
      return Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(POLICY_SHEET);
        ws.load('id');
        await context.sync();
        if (ws.isNullObject) return undefined;
        const used = ws.getUsedRangeOrNullObject(true);
        await context.sync();
        if (used.isNullObject) return { id: ws.id, rows: [] };
        // From A1, so the row numbers of problems are the sheet's.
        const range = ws.getRange('A1').getBoundingRect(used);
        range.load('values');
        await context.sync();
        return { id: ws.id, rows: range.values as CellValue[][] };
      });
    },
    async watchSheet(id, onChange) {
      if (!haveExcel()) return;
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem(id).onChanged.add(async () => onChange());
        await context.sync();
      });
    },
    async watchWorkbook(onChange) {
      if (!haveExcel()) return;
      await Excel.run(async (context) => {
        context.workbook.worksheets.onAdded.add(async () => onChange());
        context.workbook.worksheets.onDeleted.add(async () => onChange());
        await context.sync();
      });
    },
  };
}

/**
 * Recalculates the cells that call the add-in's functions after a policy edit, not the whole
 * workbook: in every table, the columns whose first data cell holds a COMPLAINTS.* formula (the
 * register's computed columns) are recalculated (Range.calculate, ExcelApi 1.6), and the tier
 * sheet's whole-column TIER (计算等级 reads it, and follows). Four syncs
 * whatever the size. COMPLAINTS formulas outside tables are recalculated by Excel's next full
 * recalculation (Ctrl+Alt+F9); STATUS, being volatile, on every recalculation anyway.
 */
export async function recalculateFunctionColumns(ctx: Excel.RequestContext, namespace = 'COMPLAINTS'): Promise<number> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  // The register's tiers are one whole-column TIER call on the add-in's tier sheet (setup-plan.ts).
  const tierSheet = sheets.getItemOrNullObject(TIER_SHEET);
  await ctx.sync();
  const perSheet = sheets.items.map((ws) => {
    const tables = ws.tables;
    tables.load('items/name');
    return tables;
  });
  await ctx.sync();
  const firstRows = perSheet.flatMap((tables) =>
    tables.items.map((t) => {
      const row = t.getDataBodyRange().getRow(0);
      row.load('formulas');
      return { t, row };
    }),
  );
  await ctx.sync();
  let columns = 0;
  const call = new RegExp(`^=\\s*${namespace}\\.`, 'i');
  for (const { t, row } of firstRows) {
    (row.formulas[0] ?? []).forEach((f: unknown, i: number) => {
      if (typeof f !== 'string' || !call.test(f)) return;
      t.columns.getItemAt(i).getDataBodyRange().calculate();
      columns++;
    });
  }
  if (!tierSheet.isNullObject) {
    tierSheet.getRange('A1').calculate();
    columns++;
  }
  await ctx.sync();
  return columns;
}

/** The provider the add-in's functions use: the workbook's 投诉政策 sheet, else the severity preset. */
export function workbookPolicy(): PolicyCache {
  return new PolicyCache(excelPolicyReader(), {
    fallback: DEFAULT_PRESET,
    onPolicyChanged: () => {
      if (typeof Excel === 'undefined') return;
      // A failed recalculation leaves the cells as they were; the console says why (the functions
      // runtime has no pane of its own to show it).
      Excel.run((ctx) => recalculateFunctionColumns(ctx)).catch((e: unknown) => console.warn('complaint-register: recalculation after a policy edit failed', e));
    },
  });
}
