// Issue 12: in Excel the pane reads the register in row blocks, each one request within Excel on
// the web's 5 MB limit (the strict fake enforces it, citing the resource-limits page), and posts
// each block to the core worker as soon as it is read: the worker keeps the rows while Excel reads
// the next block, so the page never holds the whole register and no message carries it. Through
// the real worker file (a fake Worker over it). The answer is the one of the whole read run in
// line; progress counts blocks; a Cancel while reading terminates the worker and changes nothing.
import { StrictExcel } from './helpers/excel-strict';
import { addPolicySheetRows } from './helpers/policy-rows';
import { FakeWorker } from './helpers/fake-worker';
import { WEB_LIMITS } from './helpers/excel-rules';
import { OfficeBackend } from '../src/excel/office-backend';
import { readWorkbook } from '../src/excel/register-read';
import { DAYS_1904 } from '../src/excel/dates';
import type { OpContext, ProgressCount } from '../src/workbook/backend';
import type { StreamMessage, ToWorkerMessage, WorkbookGrids } from '../src/worker/protocol';
import { inlineRunner, workerRunner } from '../src/worker/runner';
import { demoRegister } from '../src/core/demo/generate';
import { preset } from '../src/core/policy/presets';
import { POLICY_SHEET } from '../src/core/policy/table';
import { monthPeriod } from '../src/core/report/period';
import { at } from './helpers/build';

jest.setTimeout(120_000);

// Enough for several blocks (about 2,000 rows each).
const ROWS = 8_000;
const demo = demoRegister(9, ROWS);
const serial = (d: Date) => d.getTime() / 86400000 + 25569;
const AS_OF = at('2026-11-05 10:00');

/** The register (and the policy) in a fake Excel on the web; a 1904 workbook stores its dates 1462 days lower. */
function excel(date1904 = false): StrictExcel {
  const x = new StrictExcel({ date1904, excelApi: '1.16' });
  const rows = date1904 ? demo.rows.map((r) => r.map((v) => (v instanceof Date ? serial(v) - DAYS_1904 : v))) : demo.rows;
  x.addSheet('登记', [demo.headers, ...rows]);
  x.addSheet(POLICY_SHEET, addPolicySheetRows(preset('severity')!));
  return x;
}

/** A fake Worker over the real worker file that notes, for each message, how many syncs Excel had made when it was posted. */
class Watched extends FakeWorker {
  log: { m: ToWorkerMessage; syncs: number }[] = [];
  constructor(private readonly x: StrictExcel) {
    super();
  }
  override postMessage(m: ToWorkerMessage): void {
    this.log.push({ m, syncs: this.x.syncs });
    super.postMessage(m);
  }
}

function ctxOf(signal = new AbortController().signal) {
  const reads: ProgressCount[] = [];
  const c: OpContext = { signal, progress: (_f, what, n) => void (what === 'read' && n && reads.push(n)) };
  return { c, reads };
}

let restore: () => void;
let x: StrictExcel;
const g = globalThis as { Excel?: unknown };
afterEach(() => {
  restore?.();
  delete g.Excel;
});
const use = (e: StrictExcel) => {
  x = e;
  restore = x.installOffice();
  g.Excel = { run: async (f: (c: Excel.RequestContext) => Promise<unknown>) => f(x.context()) };
  return x;
};

/** The same job over the whole read, run in line (the way before: one grid of the register). */
async function wholeRead(): Promise<WorkbookGrids> {
  const wb = await readWorkbook(x.context());
  return { candidates: wb.candidates, hint: wb.hint, aliases: wb.aliases, aliasesSheet: wb.state.register?.sheet, policyRows: wb.policyRows, surveyRows: wb.surveyRows, mappingRows: wb.mappingRows, workbook: 'Excel', qualify: false };
}

const rowsOf = (log: Watched['log']) => log.map((l) => l.m).filter((m): m is Extract<StreamMessage, { type: 'rows' }> => 'type' in m && m.type === 'rows');

describe.each([[false], [true]])('1904 date system: %s', (date1904) => {
  test('each block goes to the worker as it is read, within 5 MB; the end carries no rows; the check is the whole read\'s', async () => {
    use(excel(date1904));
    let w: Watched | undefined;
    const { c, reads } = ctxOf();
    const got = await new OfficeBackend(() => undefined, workerRunner(() => (w = new Watched(x)))).check(AS_OF, c);
    const log = w!.log;
    expect(log[0].m).toMatchObject({ job: { kind: 'check', wb: { streamed: true } } });
    const rows = rowsOf(log);
    // The top rows, then the blocks: several, every row of the sheet once, in order.
    expect(rows.length).toBeGreaterThan(2);
    expect(rows.reduce((n, m) => n + m.rows.length, 0)).toBe(ROWS + 1);
    expect(rows.every((m) => m.sheet === '登记')).toBe(true);
    // Each posted before Excel's next sync: while the worker keeps a block, Excel reads the next.
    const syncs = log.filter((l) => 'type' in l.m && l.m.type === 'rows').map((l) => l.syncs);
    expect(syncs.slice(1)).toEqual([...syncs.slice(1)].sort((a, b) => a - b));
    expect(new Set(syncs.slice(1)).size).toBe(syncs.length - 1);
    // Each block was one response within the web's 5 MB; no message is bigger than one.
    expect(Math.max(...x.requests.map((r) => r.responseBytes))).toBeLessThanOrEqual(WEB_LIMITS.responseBytes!);
    expect(Math.max(...rows.map((m) => JSON.stringify(m.rows).length))).toBeLessThanOrEqual(WEB_LIMITS.responseBytes!);
    const end = log[log.length - 1].m as Extract<StreamMessage, { type: 'end' }>;
    expect(end.type).toBe('end');
    expect(end.wb.candidates.map((g) => g.rows.length)).toEqual([0]);
    // Progress by block, one step each, up to all of them.
    expect(reads.map((r) => [r.unit, r.done])).toEqual(reads.map((_, i) => ['blocks', i + 1]));
    expect(reads[reads.length - 1].total).toBe(reads.length);
    // The register's blocks and the policy sheet's.
    expect(reads.length).toBeGreaterThanOrEqual(rows.length - 1);
    // The same check as the whole register read and run in line; and the 1904 dates moved in each block.
    expect(got).toEqual(await inlineRunner.run({ kind: 'check', wb: await wholeRead(), asOf: AS_OF }, ctxOf().c));
    expect(got.counts.rows).toBe(ROWS);
  });
});

test('the month through the streamed read is the month of the whole read', async () => {
  use(excel());
  const period = monthPeriod(2026, 10);
  const got = await new OfficeBackend(() => undefined, workerRunner(() => new FakeWorker())).monthSummary(period, AS_OF, ctxOf().c);
  expect(got).toEqual(await inlineRunner.run({ kind: 'month-summary', wb: await wholeRead(), period, asOf: AS_OF }, ctxOf().c));
  expect(got.complaints).toBeGreaterThan(300);
});

test('a Cancel while the blocks are read: AbortError, the worker terminated without answering, not a cell changed', async () => {
  use(excel());
  const snapshot = () => JSON.stringify(x.sheets.map((s) => [s.name, s.cells]));
  const before = snapshot();
  const ac = new AbortController();
  let w: FakeWorker | undefined;
  const c: OpContext = { signal: ac.signal, progress: (_f, what, n) => void (what === 'read' && n && n.done === 2 && ac.abort()) };
  await expect(new OfficeBackend(() => undefined, workerRunner(() => (w = new FakeWorker()))).generate(monthPeriod(2026, 10), false, AS_OF, c)).rejects.toMatchObject({ name: 'AbortError' });
  expect(w!.terminated).toBe(1);
  expect(w!.received.some((m) => 'type' in m && m.type === 'end')).toBe(false);
  expect(snapshot()).toBe(before);
});
