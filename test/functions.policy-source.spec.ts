// Where the workbook functions get their policy: src/excel/policy-source.ts's PolicyCache with an
// injected reader standing in for Excel.run — the 投诉政策 sheet read once and cached, invalidated by
// the sheet's onChanged, the severity preset while there is no such sheet (re-checked when sheets
// are added), handlers registered once, a policy with problems as #VALUE! with its first problem.
import { PolicyCache, PolicySheet, PolicySheetReader, excelPolicyReader } from '../src/excel/policy-source';
import { policyToTable } from '../src/core/policy/table';
import { preset } from '../src/core/policy/presets';
import { CellValue } from '../src/core/register/cells';
import { PolicyState } from '../src/functions/policy';
import { setPolicyProvider, tier } from '../src/functions/functions';
import { presetProvider } from '../src/functions/policy';
import { setFunctionsLang } from '../src/functions/lang';

/** A workbook in memory: maybe a 投诉政策 sheet, and the handlers the cache registered. */
class FakeWorkbook implements PolicySheetReader {
  sheet: PolicySheet | undefined;
  failNext = false;
  reads = 0;
  /** Excel refuses to register the onChanged handlers (an older host, a protected workbook). */
  refuseWatch = false;
  sheetHandlers = new Map<string, Array<() => void>>();
  workbookHandlers: Array<() => void> = [];

  async read(): Promise<PolicySheet | undefined> {
    this.reads++;
    await Promise.resolve();
    if (this.failNext) {
      this.failNext = false;
      throw new Error('RichApi.Error: the request failed');
    }
    return this.sheet && { id: this.sheet.id, rows: this.sheet.rows.map((r) => [...r]) };
  }
  async watchSheet(id: string, onChange: () => void): Promise<void> {
    if (this.refuseWatch) throw new Error('RichApi.Error: the event cannot be registered');
    this.sheetHandlers.set(id, [...(this.sheetHandlers.get(id) ?? []), onChange]);
  }
  async watchWorkbook(onChange: () => void): Promise<void> {
    if (this.refuseWatch) throw new Error('RichApi.Error: the event cannot be registered');
    this.workbookHandlers.push(onChange);
  }
  /** The user adds a worksheet (the events fire whatever its name). */
  addSheet(sheet?: PolicySheet): void {
    if (sheet) this.sheet = sheet;
    for (const h of this.workbookHandlers) h();
  }
  /** The user edits the 投诉政策 sheet. */
  edit(rows: CellValue[][]): void {
    if (!this.sheet) throw new Error('no sheet');
    this.sheet = { id: this.sheet.id, rows };
    for (const h of this.sheetHandlers.get(this.sheet.id) ?? []) h();
  }
}

const table = (name: string): CellValue[][] => policyToTable(preset(name)!);
const tierKeys = (s: PolicyState) => (s.ok ? s.cp.policy.tiers.map((t) => t.key) : s.message);
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('PolicyCache', () => {
  test('a watch Excel refuses: nothing is cached, so an edit nobody announced is still seen (regression)', async () => {
    const wb = new FakeWorkbook();
    wb.refuseWatch = true;
    wb.sheet = { id: 'p1', rows: table('severity') };
    const cache = new PolicyCache(wb);
    expect(tierKeys(await cache.policy())).toEqual(['general', 'important', 'major']);
    // The user edits the sheet; no onChanged handler exists to say so.
    wb.sheet = { id: 'p1', rows: table('class') };
    expect(tierKeys(await cache.policy())).toEqual(['grumble', 'class2', 'class1']);
    expect(wb.sheetHandlers.size).toBe(0);
  });

  test('no 投诉政策 sheet: the severity preset, read once and shared by concurrent calls', async () => {
    const wb = new FakeWorkbook();
    const cache = new PolicyCache(wb);
    const [a, b] = await Promise.all([cache.policy(), cache.policy()]);
    expect(a).toBe(b);
    expect(a.ok && a.label).toBe('preset severity');
    expect(tierKeys(await cache.policy())).toEqual(['general', 'important', 'major']);
    expect(wb.reads).toBe(1);
    expect(wb.workbookHandlers).toHaveLength(1);
  });

  test('the sheet is added later: worksheets.onAdded makes the cache read again and use it', async () => {
    const wb = new FakeWorkbook();
    const cache = new PolicyCache(wb);
    expect(tierKeys(await cache.policy())).toEqual(['general', 'important', 'major']);
    wb.addSheet({ id: 'ws-7', rows: table('class') });
    const s = await cache.policy();
    expect(tierKeys(s)).toEqual(['grumble', 'class2', 'class1']);
    expect(s.label).toBe('sheet 投诉政策');
    expect(wb.reads).toBe(2);
    expect(wb.workbookHandlers).toHaveLength(1); // registered once
    expect(wb.sheetHandlers.get('ws-7')).toHaveLength(1);
  });

  test('an edit of the sheet invalidates the cache; the onChanged handler is registered once per sheet', async () => {
    const wb = new FakeWorkbook();
    wb.sheet = { id: 'ws-1', rows: table('class') };
    const cache = new PolicyCache(wb);
    expect(tierKeys(await cache.policy())).toEqual(['grumble', 'class2', 'class1']);
    await cache.policy();
    expect(wb.reads).toBe(1);
    wb.edit(table('urgency'));
    expect(tierKeys(await cache.policy())).toEqual(['low', 'normal', 'urgent']);
    wb.edit(table('severity'));
    expect(tierKeys(await cache.policy())).toEqual(['general', 'important', 'major']);
    expect(wb.reads).toBe(3);
    expect(wb.sheetHandlers.get('ws-1')).toHaveLength(1);
    expect(wb.workbookHandlers).toHaveLength(1);
  });

  test('a policy with problems: not ok, with the first problem and its sheet row', async () => {
    const wb = new FakeWorkbook();
    const rows = table('severity');
    rows.push(['时限', 'urgent', 'contact', '小时', 2, '受理']);
    wb.sheet = { id: 'ws-1', rows };
    const s = await new PolicyCache(wb).policy();
    expect(s.ok).toBe(false);
    // Issue 12: the whole text in the display language, the 投诉政策有误 prefix and the row included.
    expect(!s.ok && s.message).toBe(`投诉政策有误：sheet 投诉政策：投诉政策 第 ${rows.length} 行：未知的等级「urgent」（等级：general, important, major）`);
    // In an English Excel the same problem reads in English.
    setFunctionsLang('en-US');
    try {
      const e = await new PolicyCache(wb).policy();
      expect(!e.ok && e.message).toBe(`policy problem: sheet 投诉政策: 投诉政策 row ${rows.length}: unknown tier "urgent" (tiers: general, important, major)`);
    } finally {
      setFunctionsLang('zh-CN');
    }
  });

  // Regression (issue 10 §2): an unreadable sheet silently gave the severity preset.
  test('Excel cannot be asked: the call fails with the reason (never the preset), the sheet is read again on the next call', async () => {
    const wb = new FakeWorkbook();
    wb.sheet = { id: 'ws-1', rows: table('class') };
    wb.failNext = true;
    const cache = new PolicyCache(wb);
    const first = await cache.policy();
    expect(first.ok).toBe(false);
    expect(!first.ok && first.message).toBe('投诉政策 工作表无法读取，请稍后重算（RichApi.Error: the request failed）');
    expect(tierKeys(await cache.policy())).toEqual(['grumble', 'class2', 'class1']);
    expect(wb.reads).toBe(2);
  });

  test('onPolicyChanged (Excel: recalculate) fires when the policy read again differs, not when it is the same', async () => {
    const wb = new FakeWorkbook();
    wb.sheet = { id: 'ws-1', rows: table('class') };
    const changed = jest.fn();
    const cache = new PolicyCache(wb, { onPolicyChanged: changed });
    await cache.policy();
    wb.edit(table('class')); // e.g. a note typed and deleted again
    await flush();
    expect(changed).not.toHaveBeenCalled();
    wb.edit(table('urgency'));
    await flush();
    expect(changed).toHaveBeenCalledTimes(1);
    wb.addSheet(); // some other sheet: same policy
    await flush();
    expect(changed).toHaveBeenCalledTimes(1);
  });

  test('the functions follow the cached policy', async () => {
    const g = globalThis as { CustomFunctions?: unknown };
    const saved = g.CustomFunctions;
    g.CustomFunctions = { associate: () => undefined, Error: class {}, ErrorCode: { invalidValue: '#VALUE!', invalidNumber: '#NUM!' } };
    const wb = new FakeWorkbook();
    const cache = new PolicyCache(wb);
    setPolicyProvider(cache);
    try {
      expect(await tier([[6000]], [[null]], undefined, undefined, undefined, 'key')).toEqual([['general']]);
      wb.addSheet({ id: 'ws-2', rows: table('class') });
      expect(await tier([[6000]], [[null]], undefined, undefined, undefined, 'key')).toEqual([['class1']]);
    } finally {
      setPolicyProvider(presetProvider());
      g.CustomFunctions = saved;
    }
  });
});

describe('excelPolicyReader outside Excel', () => {
  test('no Excel global: no sheet, and watching is a no-op (nothing touches Office at import or call)', async () => {
    const r = excelPolicyReader();
    await expect(r.read()).resolves.toBeUndefined();
    await expect(r.watchSheet('x', () => undefined)).resolves.toBeUndefined();
    await expect(r.watchWorkbook(() => undefined)).resolves.toBeUndefined();
  });
});

describe('excelPolicyReader against a stand-in Excel object model', () => {
  interface FakeSheet {
    id: string;
    name: string;
    /** The used range's address relative to A1, or null for an empty sheet. */
    used: { rows: number; cols: number } | null;
    values: CellValue[][];
    changed: Array<() => Promise<unknown>>;
  }
  const g = globalThis as { Excel?: unknown };
  let sheets: FakeSheet[];
  const added: Array<() => Promise<unknown>> = [];
  const deleted: Array<() => Promise<unknown>> = [];
  let syncs = 0;

  beforeEach(() => {
    sheets = [];
    added.length = 0;
    deleted.length = 0;
    syncs = 0;
    const context = {
      sync: async () => {
        syncs++;
      },
      workbook: {
        worksheets: {
          onAdded: { add: (h: () => Promise<unknown>) => added.push(h) },
          onDeleted: { add: (h: () => Promise<unknown>) => deleted.push(h) },
          getItem: (id: string) => {
            const s = sheets.find((x) => x.id === id)!;
            return { onChanged: { add: (h: () => Promise<unknown>) => s.changed.push(h) } };
          },
          getItemOrNullObject: (name: string) => {
            const s = sheets.find((x) => x.name === name);
            return {
              isNullObject: !s,
              id: s?.id,
              load: () => undefined,
              getUsedRangeOrNullObject: () => ({ isNullObject: !s?.used, used: s?.used }),
              getRange: (address: string) => {
                expect(address).toBe('A1');
                return {
                  getBoundingRect: (used: { used: { rows: number; cols: number } }) => {
                    const range = { values: undefined as CellValue[][] | undefined, load: (what: string) => {
                      expect(what).toBe('values');
                      range.values = s!.values.slice(0, used.used.rows).map((r) => r.slice(0, used.used.cols));
                    } };
                    return range;
                  },
                };
              },
            };
          },
        },
      },
    };
    g.Excel = { run: async (cb: (c: typeof context) => Promise<unknown>) => cb(context) };
  });
  afterEach(() => {
    delete g.Excel;
  });

  test('no 投诉政策 sheet: undefined; an empty one: no rows; otherwise its cells from A1', async () => {
    const r = excelPolicyReader();
    expect(await r.read()).toBeUndefined();
    sheets.push({ id: '{S1}', name: '投诉政策', used: null, values: [], changed: [] });
    expect(await r.read()).toEqual({ id: '{S1}', rows: [] });
    const rows = table('class');
    sheets[0].used = { rows: rows.length, cols: 7 };
    sheets[0].values = rows;
    expect(await r.read()).toEqual({ id: '{S1}', rows });
    expect(syncs).toBeGreaterThan(0);
  });

  test('handlers: onChanged on the sheet, onAdded and onDeleted on the worksheets; a cache over it follows edits', async () => {
    const rows = table('class');
    sheets.push({ id: '{S1}', name: '投诉政策', used: { rows: rows.length, cols: 7 }, values: rows, changed: [] });
    const cache = new PolicyCache(excelPolicyReader());
    expect(tierKeys(await cache.policy())).toEqual(['grumble', 'class2', 'class1']);
    expect(sheets[0].changed).toHaveLength(1);
    expect(added).toHaveLength(1);
    expect(deleted).toHaveLength(1);
    const urgency = table('urgency');
    sheets[0].values = urgency;
    sheets[0].used = { rows: urgency.length, cols: 7 };
    await sheets[0].changed[0]();
    expect(tierKeys(await cache.policy())).toEqual(['low', 'normal', 'urgent']);
    sheets.length = 0;
    await deleted[0]();
    expect(tierKeys(await cache.policy())).toEqual(['general', 'important', 'major']);
    expect(added).toHaveLength(1);
  });
});
