// The browser fallback's backend (an .xlsx held in memory with exceljs): opening, adopting a sheet
// with the same set-up plan Excel applies, the policy sheet, check, the month's workbook, cancel.
// Results leave through the download it is handed, read back here with exceljs.
import ExcelJS from 'exceljs';
import { FileBackend } from '../src/taskpane/file-backend';
import type { OpContext } from '../src/workbook/backend';
import type { InspectResult } from '../src/workbook/mapping';
import { columnLetter } from '../src/workbook/address';
import { demoRegister } from '../src/core/demo/generate';
import { preset } from '../src/core/policy/presets';
import { POLICY_SHEET } from '../src/core/policy/table';
import { addRegisterSheet } from '../src/export/write-register';
import { NEW_REGISTER_HEADERS, computedColumns, setupPlan } from '../src/workbook/setup-plan';
import { STATUS_LABELS } from '../src/core/sla';
import { monthPeriod } from '../src/core/report/period';
import { at } from './helpers/build';
import { MsgError, msg, render } from '../src/core/messages';

// Each change goes through exceljs on the bytes (as the file worker does): seconds on a shared machine.
jest.setTimeout(60_000);
const severity = preset('severity')!;
const ctx = (signal = new AbortController().signal): OpContext => ({ signal, progress: () => undefined });

function downloads() {
  const got: { name: string; bytes: ArrayBuffer | Uint8Array }[] = [];
  const download = (name: string, bytes: ArrayBuffer | Uint8Array) => void got.push({ name, bytes });
  const open = async (i = got.length - 1) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(got[i].bytes as ArrayBuffer);
    return wb;
  };
  return { got, download, open };
}

const demo = demoRegister(5, 12);

/** A register of the user's: a title row above the headers, the demo's rows (a few of them with bad cells). */
async function userFile(): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('我的登记');
  ws.addRow(['2026 年客户投诉登记']);
  ws.addRow(demo.headers);
  for (const r of demo.rows) ws.addRow(r.map((v) => (v === undefined ? null : v)));
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

test('a file that is not a workbook: one line naming it', async () => {
  const e = await FileBackend.open('notes.xlsx', new TextEncoder().encode('just text').buffer as ArrayBuffer, () => undefined).catch((x: unknown) => x);
  if (!(e instanceof MsgError)) throw new Error(`not a MsgError: ${String(e)}`);
  expect(render(e.msg, 'zh')).toBe('无法把 notes.xlsx 当作 .xlsx 工作簿读取（这是文本文件（CSV 或类似格式），不是 .xlsx 工作簿）：请用 Excel 打开，另存为 .xlsx（Excel 工作簿）');
  expect(render(e.msg, 'en')).toBe('cannot read notes.xlsx as an .xlsx workbook: it is a text file (CSV or similar), not an .xlsx workbook; open it in Excel and save it as .xlsx (Excel Workbook)');
});

describe('adopting a sheet', () => {
  let d: ReturnType<typeof downloads>;
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;
  let b: FileBackend;
  let preview: InspectResult;
  beforeAll(async () => {
    d = downloads();
    const data = await userFile();
    before = new ExcelJS.Workbook();
    await before.xlsx.load(data);
    b = await FileBackend.open('mine.xlsx', data, d.download);
    preview = await b.inspect();
    expect(preview.sheet).toBe('我的登记');
    expect(preview.headerRow).toBe(1);
    await b.adopt(preview, preview.columns, severity, ctx());
    expect(await b.save!()).toBe('mine-登记表.xlsx');
    after = await d.open();
  });

  const plan = () => {
    const h = before.getWorksheet('我的登记')!.getRow(2).values as unknown[];
    const headers = h.slice(1).map((v) => String(v ?? ''));
    return { headers };
  };

  test('no cell the user typed changes', () => {
    const a = before.getWorksheet('我的登记')!;
    const z = after.getWorksheet('我的登记')!;
    const width = plan().headers.length;
    for (let r = 1; r <= a.rowCount; r++) for (let c = 1; c <= width; c++) expect([r, c, z.getCell(r, c).value]).toEqual([r, c, a.getCell(r, c).value]);
  });

  test('the computed columns of the set-up plan, right of the user\'s, with values worked out now', () => {
    const z = after.getWorksheet('我的登记')!;
    const width = plan().headers.length;
    const computed = computedColumns(severity).map((c) => c.header);
    expect(computed.map((_, i) => z.getCell(2, width + 1 + i).value)).toEqual(computed);
    const tiers = severity.tiers.map((t) => t.zh);
    const statuses = Object.values(STATUS_LABELS).map((s) => s.zh);
    let rated = 0;
    for (let r = 3; r < 3 + demo.rows.length; r++) {
      const status = z.getCell(r, width + computed.length).value;
      expect(statuses).toContain(status);
      // A row whose cells cannot be read has no tier, as COMPLAINTS.TIER gives none.
      if (status === STATUS_LABELS.error.zh) continue;
      expect(tiers).toContain(z.getCell(r, width + 1).value);
      rated++;
    }
    expect(rated).toBeGreaterThan(5);
    const deadlines = Array.from({ length: demo.rows.length }, (_, i) => z.getCell(3 + i, width + 2).value);
    expect(deadlines.some((v) => v instanceof Date)).toBe(true);
    for (const v of deadlines) if (v !== null) expect(v).toBeInstanceOf(Date);
  });

  test('lists and overdue colouring are the ones Excel gets from the same plan', () => {
    const z = after.getWorksheet('我的登记')!;
    // The plan the Office adapter would apply to this preview.
    const p = setupPlan({ sheet: preview.sheet, headerRow: preview.headerRow, firstCol: preview.firstCol, headers: preview.headers, lastRow: preview.lastRow, columns: preview.columns, policy: severity });
    const cf = (z as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(cf.map((c) => c.ref)).toEqual(p.conditionalFormats.map((c) => c.range));
    expect(cf.flatMap((c) => c.rules.map((r) => `=${r.formulae[0]}`))).toEqual(p.conditionalFormats.map((c) => c.formula));
    expect(p.conditionalFormats[0].formula).toContain(STATUS_LABELS.overdue.zh);
    const dv = (z as unknown as { dataValidations: { model: Record<string, { formulae: string[]; error?: string }> } }).dataValidations.model;
    for (const v of p.validations) {
      const cell = `${columnLetter(v.col + 1)}${p.firstDataRow + 1}`;
      expect([cell, dv[cell]?.formulae[0], dv[cell]?.error]).toEqual([cell, `"${v.list.join(',')}"`, v.message]);
    }
    expect(p.validations.length).toBeGreaterThan(3);
  });

  test('check then reads the adopted sheet', async () => {
    const v = await b.check(at('2026-11-05 10:00'), ctx());
    expect(v.sheet).toBe('我的登记');
    expect(v.counts.rows).toBe(demo.rows.length);
  });
});

test('a new register next to one of the same name', async () => {
  const d = downloads();
  const b = FileBackend.demo(d.download);
  const msg = await b.setUpNew(severity, ctx());
  expect([render(msg, 'zh'), render(msg, 'en')]).toEqual(['投诉登记表 (2)：下拉列表 6 个，计算列 7 个（填入的是现在算出的值；公式须在 Excel 中才会实时计算）', '投诉登记表 (2): 6 validation lists, 7 computed columns (values as of now; live formulas need Excel)']);
  await b.save!();
  const ws = (await d.open()).getWorksheet('投诉登记表 (2)')!;
  const row = (ws.getRow(1).values as unknown[]).slice(1);
  expect(row).toEqual([...NEW_REGISTER_HEADERS, ...computedColumns(severity).map((c) => c.header)]);
});

test('the policy sheet: written, read back; a broken one reports its problems and gives no policy', async () => {
  const b = FileBackend.demo(() => undefined);
  expect(await b.writePolicy(preset('urgency')!)).toEqual(msg('done.policySaved', { sheet: POLICY_SHEET }));
  const r = await b.readPolicy();
  expect(r.source).toBe('sheet');
  expect(r.policy?.name).toBe(preset('urgency')!.name);
  expect(r.problems).toEqual([]);

  const wb = new ExcelJS.Workbook();
  const demo = demoRegister(1, 3);
  addRegisterSheet(wb, demo.headers, demo.rows);
  wb.addWorksheet(POLICY_SHEET).addRows([['类型', '等级'], ['时限', 'nonsense']]);
  const broken = await FileBackend.open('b.xlsx', (await wb.xlsx.writeBuffer()) as ArrayBuffer, () => undefined);
  const p = await broken.readPolicy();
  expect(p.policy).toBeUndefined();
  expect(p.problems.length).toBeGreaterThan(0);
  // Values, rendered by the policy page in the pane's language (issue 12).
  expect(render(p.problems[0], 'zh')).toMatch(/^投诉政策!C2：未知的节点「」/);
  expect(render(p.problems[0], 'en')).toMatch(/^投诉政策!C2: unknown milestone ""/);
  await expect(broken.check(at('2026-11-05 10:00'), ctx())).rejects.toThrow(/^投诉政策有误：投诉政策!C2：未知的节点「」/);
  // The refusal carries its catalogued message, so an English pane shows it in English.
  const refused = await broken.check(at('2026-11-05 10:00'), ctx()).catch((e: unknown) => e);
  expect(refused instanceof MsgError && render(refused.msg, 'en')).toMatch(/^policy problem: 投诉政策!C2: unknown milestone "" \(use contact, /);
});

test('the month\'s workbook is handed to the download, named for the period', async () => {
  const d = downloads();
  const b = FileBackend.demo(d.download);
  const msg = await b.generate(monthPeriod(2026, 10), false, undefined, ctx());
  expect(render(msg, 'zh')).toBe('appraisal-2026-10.xlsx ↓ 已下载：月度统计, 月度考核, 满意度, 超期清单, 产品统计, 延期重办申诉');
  expect(d.got.map((g) => g.name)).toEqual(['appraisal-2026-10.xlsx']);
  expect((await d.open()).worksheets.map((w) => w.name)).toEqual(['月度统计', '月度考核', '满意度', '超期清单', '产品统计', '延期重办申诉']);
});

test('cancel: the operation stops with an AbortError and nothing is downloaded', async () => {
  const d = downloads();
  const b = FileBackend.demo(d.download);
  const c = new AbortController();
  c.abort();
  await expect(b.generate(monthPeriod(2026, 10), false, undefined, ctx(c.signal))).rejects.toMatchObject({ name: 'AbortError' });
  expect(d.got).toEqual([]);
});
