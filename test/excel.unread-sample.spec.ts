// Issue 15 regression: in Excel the register is read in blocks of only the mapped columns, so a
// column left unread was judged by its header alone ("looks like dates" never fired for 回访 full of
// dates). The first SAMPLE_ROWS data rows are now read whole; the CLI reads every cell and is the oracle.
import { MsgError } from '../src/core/messages';
import { StrictExcel } from './helpers/excel-strict';
import { demoRegister } from '../src/core/demo/generate';
import { readWorkbook } from '../src/excel/register-read';
import { SAMPLE_ROWS, readRegister } from '../src/core/register/read';
import { findRegisterGrid } from '../src/workbook/model';
import type { CellValue } from '../src/core/register/cells';

function sheet(rows: number): CellValue[][] {
  const demo = demoRegister(11, rows);
  // Headers that name no field, so only their values can tell what they hold.
  const headers = [...demo.headers, '回访', '备注二', '备注三'];
  const body = demo.rows.map((r, i) => [...r, `2026-11-${String((i % 28) + 1).padStart(2, '0')} 10:00`, i % 2 ? '已办结' : '处理中', `第 ${i} 条`]);
  return [['2026 年投诉登记'], headers, ...body];
}

async function fromExcel(rows: CellValue[][]) {
  const x = new StrictExcel();
  x.addSheet('登记', rows);
  const wb = await readWorkbook(x.context());
  const reg = findRegisterGrid(wb.candidates, wb.hint, wb.aliases);
  if (!reg.ok) throw new MsgError(reg.error);
  return { x, read: reg.value.read };
}

const looks = (unread: readonly { header: string; looks?: string }[]) => Object.fromEntries(unread.map((u) => [u.header, u.looks ?? null]));

test.each([20, SAMPLE_ROWS + 300])('unread columns are judged by their values in Excel as in the CLI (%i rows)', async (n) => {
  const rows = sheet(n);
  const { read } = await fromExcel(rows);
  const r = readRegister(rows);
  if (!r.ok) throw new MsgError(r.error);
  const cli = r.value;
  expect(looks(read.unread)).toEqual({ 回访: 'date', 备注二: 'status', 备注三: null });
  expect(looks(read.unread)).toEqual(looks(cli.unread));
  expect(read.complaints.length).toBe(cli.complaints.length);
});

test('below the sample only the mapped columns are read', async () => {
  const rows = sheet(SAMPLE_ROWS + 300);
  const x = new StrictExcel();
  x.addSheet('登记', rows);
  const wb = await readWorkbook(x.context());
  const grid = wb.candidates[0].rows;
  const last = rows[1].length - 1;
  // Title and header rows, then the sample: every cell as typed.
  expect(grid[2 + SAMPLE_ROWS - 1][last]).toBe(rows[2 + SAMPLE_ROWS - 1][last]);
  // Below it the unread column is not fetched at all.
  expect(grid.slice(2 + SAMPLE_ROWS).every((r) => r[last] === null)).toBe(true);
  expect(grid.length).toBe(rows.length);
});
