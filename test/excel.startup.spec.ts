// The add-in's shared runtime (startup.ts) against a fake Office host that keeps Office's
// documented rules (./helpers/office-host-fake.ts, each rule with its page): the audit trail and
// new-row ids work while the pane is closed, set-up makes the workbook load the add-in when it
// opens, the handler is added once however often the pane opens and closes, and the log names the
// 操作人 given on this machine (Excel's released API has no user: Excel.Identity is preview only,
// https://learn.microsoft.com/javascript/api/excel/excel.identity).
import { StrictExcel } from './helpers/excel-strict';
import { FakeOfficeHost, MemoryStorage } from './helpers/office-host-fake';
import { forgetStart, startRuntime } from '../src/excel/startup';
import { forgetWatches } from '../src/excel/audit';
import { OfficeBackend } from '../src/excel/office-backend';
import { AUDIT_SHEET } from '../src/core/register/audit';
import { OPERATOR_KEY, saveOperator } from '../src/workbook/operator';
import { preset } from '../src/core/policy/presets';

let x: StrictExcel;
let host: FakeOfficeHost;
const g = globalThis as unknown as { localStorage?: MemoryStorage };
const ctx = { signal: new AbortController().signal, progress: () => undefined };
/** What a fresh runtime runs at Office.onReady (functions-entry.ts): this module's state starts anew. */
const freshRuntime = () => {
  forgetWatches();
  forgetStart();
  return startRuntime();
};

beforeEach(() => {
  x = new StrictExcel();
  x.addSheet('Sheet1');
  host = new FakeOfficeHost(x, freshRuntime);
  host.install();
  g.localStorage = new MemoryStorage();
});
afterEach(() => {
  host.uninstall();
  delete g.localStorage;
});

const REG = '投诉登记表';
const headers = () => x.sheet(REG)!.cells[0].map((v) => String(v ?? ''));
const col = (h: string) => headers().indexOf(h);
/** The user types into the register (row 0-based, as the sheet's cells); Excel raises the event. */
function typed(row: number, header: string, value: unknown, before: unknown = null) {
  const sheet = x.sheet(REG)!;
  while (sheet.cells.length <= row) sheet.cells.push(headers().map(() => null));
  sheet.cells[row][col(header)] = value as never;
  const c = col(header);
  const letter = c < 26 ? String.fromCharCode(65 + c) : `${String.fromCharCode(64 + Math.floor(c / 26))}${String.fromCharCode(65 + (c % 26))}`;
  return { worksheetId: sheet.id, address: `${letter}${row + 1}`, triggerSource: 'Unknown', details: { valueBefore: before, valueAfter: value } };
}
const logRows = () => (x.sheet(AUDIT_SHEET)?.cells ?? []).slice(1);

/** First use: the user opens the pane on a new workbook and sets up a register. */
async function firstUse() {
  await host.openPane();
  expect(host.starts).toBe(1);
  await new OfficeBackend(() => undefined).setUpNew(preset('severity')!, ctx);
}

test('the first opening of a workbook starts nothing; set-up switches it to load the add-in when it opens', async () => {
  await host.openDocument();
  expect([host.running, host.starts]).toEqual([false, 0]);
  await firstUse();
  expect(host.startupBehavior).toBe('Load');
  expect(x.changedHandlers).toHaveLength(1);
  expect(await new OfficeBackend(() => undefined).loadOnOpen()).toBe(true);
});

test('a change made with the pane closed is logged, with the 操作人 kept on this machine', async () => {
  await firstUse();
  expect(saveOperator('  张 主管 ')).toBe('张 主管');
  await host.closePane();
  expect(await host.change(typed(1, '受理时间', '2026-12-02 09:30'))).toBe(1);
  expect(logRows().map((r) => [r[1], r[5], r[8]])).toEqual([['张 主管', '受理时间', '2026-12-02 09:30']]);
});

test('reopened: the runtime starts with no pane and no React tree; a change is logged and a new row gets its 编号', async () => {
  await firstUse();
  host.closeDocument();
  expect(x.changedHandlers).toEqual([]);
  await host.openDocument();
  expect([host.running, host.visibility, host.starts]).toEqual([true, 'Hidden', 2]);
  expect(x.changedHandlers).toHaveLength(1);
  await host.change(typed(1, '客户', '孙女士'));
  expect(x.value(REG, 1, col('编号'))).toMatch(/^TS-\d{4}-0001$/);
  await host.change(typed(1, '是否有效', '否', null));
  // No name was given on this machine: the log says unknown.
  expect(logRows().map((r) => [r[1], r[4], r[5], r[8]])).toEqual([['(未知 unknown)', x.value(REG, 1, col('编号')), '是否有效', '否']]);
});

test('the pane opened, closed and reopened, and asking the backend too: one handler, each change logged once', async () => {
  await firstUse();
  host.closeDocument();
  await host.openDocument();
  for (let i = 0; i < 3; i++) {
    await host.openPane();
    expect(await new OfficeBackend(() => undefined).watchChanges()).toBe(REG);
    await host.closePane();
  }
  expect(host.starts).toBe(2);
  expect(x.changedHandlers).toHaveLength(1);
  await host.change(typed(1, '是否有效', '否', null));
  expect(logRows()).toHaveLength(1);
});

test('turned off in the pane: the next opening starts nothing, so nothing is logged until the pane is opened', async () => {
  await firstUse();
  expect(await new OfficeBackend(() => undefined).setLoadOnOpen(false)).toBe(false);
  host.closeDocument();
  await host.openDocument();
  expect(host.running).toBe(false);
  expect(await host.change(typed(1, '是否有效', '否', null))).toBe(0);
  await host.openPane();
  await host.change(typed(1, '是否有效', '是', '否'));
  expect(logRows().map((r) => r[8])).toEqual(['是']);
});

test('a policy pattern changed while the pane was closed is used once the pane is shown again', async () => {
  await firstUse();
  await host.closePane();
  const b = new OfficeBackend(() => undefined);
  const p = preset('severity')!;
  p.idPattern = 'KS{YY}{MM}-{###}';
  await b.writePolicy(p);
  await host.openPane();
  await host.change(typed(1, '受理时间', '2026-12-02 09:30'));
  expect(x.value(REG, 1, col('编号'))).toBe('KS2612-001');
});

describe('what the fake refuses, as Office does', () => {
  test('a startup behaviour that is not Office.StartupBehavior', async () => {
    await expect((globalThis as unknown as { Office: { addin: Office.Addin } }).Office.addin.setStartupBehavior('Always' as never)).rejects.toThrow(/Invalid startup behavior/);
  });

  test('without the SharedRuntime set there is no Office.addin: load on open is unknown, the pane still works', async () => {
    host.uninstall();
    host = new FakeOfficeHost(x, freshRuntime, false);
    host.install();
    const b = new OfficeBackend(() => undefined);
    expect(await b.loadOnOpen()).toBeUndefined();
    await host.openPane();
    await b.setUpNew(preset('severity')!, ctx);
    expect(host.startupBehavior).toBe('None');
    expect(x.changedHandlers).toHaveLength(1);
  });
});

test('the 操作人 is kept trimmed, at most 40 characters, and an empty one is forgotten', () => {
  const s = new MemoryStorage();
  expect(saveOperator('王\t五\n', s)).toBe('王 五');
  expect(s.getItem(OPERATOR_KEY)).toBe('王 五');
  expect(saveOperator('甲'.repeat(60), s)).toBe('甲'.repeat(40));
  expect(saveOperator('   ', s)).toBeUndefined();
  expect(s.getItem(OPERATOR_KEY)).toBeNull();
  // Storage blocked or absent: said, not silently dropped.
  delete g.localStorage;
  expect(saveOperator('x')).toBeInstanceOf(Error);
});
