// Issue 12: Cancel leaves the workbook as it was. In Excel the month is computed (in the core
// worker) before anything is written, so a Cancel during reading or computing writes nothing; once
// the report sheets are being replaced the write runs to its end (the pane disables Cancel then),
// so no sheet is ever left half written. Over the strict Office.js fake; the runner stands in for
// the worker and cancels at the step the test names.
import { StrictExcel } from './helpers/excel-strict';
import { addPolicySheetRows } from './helpers/policy-rows';
import { OfficeBackend } from '../src/excel/office-backend';
import type { OpContext } from '../src/workbook/backend';
import { CoreRunner, inlineRunner } from '../src/worker/runner';
import { demoRegister } from '../src/core/demo/generate';
import { preset } from '../src/core/policy/presets';
import { POLICY_SHEET } from '../src/core/policy/table';
import { monthPeriod } from '../src/core/report/period';
import { at } from './helpers/build';
import { render } from '../src/core/messages';

type G = { Excel?: unknown; Office?: unknown };
const g = globalThis as G;
let x: StrictExcel;

/** The whole workbook as values: every sheet's name and cells. */
const snapshot = () => JSON.stringify(x.sheets.map((s) => [s.name, s.cells]));

beforeEach(() => {
  x = new StrictExcel();
  const demo = demoRegister(7, 60);
  x.addSheet('登记', [demo.headers, ...demo.rows]);
  x.addSheet(POLICY_SHEET, addPolicySheetRows(preset('severity')!));
  g.Excel = { run: async (f: (c: Excel.RequestContext) => Promise<unknown>) => f(x.context()) };
  g.Office = { context: { requirements: { isSetSupported: () => false } } };
});
afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

/** The in-line core, with a Cancel pressed while the month is being computed (as the worker would be terminated): once every block is read. */
const cancelling = (ac: AbortController): CoreRunner => ({
  run: async (job, ctx) => {
    ac.abort();
    return inlineRunner.run(job, ctx);
  },
  stream: (job, ctx) => {
    const s = inlineRunner.stream(job, ctx);
    return {
      ...s,
      end: (wb) => {
        ac.abort();
        return s.end(wb);
      },
    };
  },
});

test('a Cancel while the month is computed: AbortError, and not a cell of the workbook changed', async () => {
  // An earlier month's report is in the workbook: it must survive a cancelled generate untouched.
  await new OfficeBackend(() => undefined).generate(monthPeriod(2026, 9), false, undefined, { signal: new AbortController().signal, progress: () => undefined });
  expect(x.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['月度统计', '超期清单']));
  const before = snapshot();
  const ac = new AbortController();
  const steps: string[] = [];
  const ctx: OpContext = { signal: ac.signal, progress: (_f, what) => void steps.push(what) };
  await expect(new OfficeBackend(() => undefined, cancelling(ac)).generate(monthPeriod(2026, 10), false, undefined, ctx)).rejects.toMatchObject({ name: 'AbortError' });
  expect(snapshot()).toBe(before);
  expect(steps).not.toContain('write');
});

test('a Cancel once the write began is not honoured half way: the report is whole', async () => {
  const ac = new AbortController();
  const ctx: OpContext = {
    signal: ac.signal,
    progress: (_f, what) => {
      if (what === 'write') ac.abort();
    },
  };
  const msg = await new OfficeBackend(() => undefined).generate(monthPeriod(2026, 10), false, undefined, ctx);
  expect([render(msg, 'zh'), render(msg, 'en')]).toEqual(['已写入 月度统计, 月度考核, 满意度, 超期清单, 产品统计, 延期重办申诉；图表 3 个', 'wrote 月度统计, 月度考核, 满意度, 超期清单, 产品统计, 延期重办申诉; 3 charts']);
  expect(String(x.sheet('超期清单')!.cells[0][0])).toMatch(/^2026-10 /);
});

test('a Cancel during the check: nothing written, AbortError', async () => {
  const before = snapshot();
  const ac = new AbortController();
  await expect(new OfficeBackend(() => undefined, cancelling(ac)).check(at('2026-11-05 10:00'), { signal: ac.signal, progress: () => undefined })).rejects.toMatchObject({ name: 'AbortError' });
  expect(snapshot()).toBe(before);
});

describe('a register read in several blocks', () => {
  beforeEach(() => {
    x = new StrictExcel();
    const demo = demoRegister(9, 30_000);
    x.addSheet('登记', [demo.headers, ...demo.rows]);
  });

  test('the read is counted in blocks, one step per block, up to all of them', async () => {
    const counts: { done: number; total: number; unit: string }[] = [];
    const ctx: OpContext = { signal: new AbortController().signal, progress: (_f, what, n) => void (what === 'read' && n && counts.push(n)) };
    const v = await new OfficeBackend(() => undefined).check(at('2026-11-05 10:00'), ctx);
    expect(v.counts.rows).toBe(30_000);
    expect(counts.length).toBeGreaterThan(1);
    expect(counts.every((c) => c.unit === 'blocks')).toBe(true);
    expect(counts.map((c) => c.done)).toEqual(counts.map((_, i) => i + 1));
    expect(counts.every((c) => c.total >= c.done)).toBe(true);
    expect(counts[counts.length - 1]).toEqual({ done: counts.length, total: counts.length, unit: 'blocks' });
  });

  test('a Cancel between blocks stops the reading there', async () => {
    const ac = new AbortController();
    const seen: number[] = [];
    const ctx: OpContext = {
      signal: ac.signal,
      progress: (_f, what, n) => {
        if (what !== 'read' || !n) return;
        seen.push(n.done);
        ac.abort();
      },
    };
    await expect(new OfficeBackend(() => undefined).check(at('2026-11-05 10:00'), ctx)).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([1]);
  });
});
