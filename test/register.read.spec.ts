import { MsgError, render } from '../src/core/messages';
import { en } from './helpers/msg';
import { join } from 'node:path';
import { readWorkbookFile, sheetGrid } from '../src/export/read-workbook';
import { readRegister, RegisterRead } from '../src/core/register/read';
import { findRegister } from '../src/core/workbook';
import { formatStamp } from '../src/core/time';

const fixture = (name: string) => join(__dirname, 'fixtures', name);

let read: RegisterRead;
beforeAll(async () => {
  const wb = await readWorkbookFile(fixture('register-messy.xlsx'));
  const found = findRegister(wb.worksheets.map(sheetGrid));
  if (!found.ok) throw new MsgError(found.error);
  expect(found.value.sheet).toBe('11月登记');
  read = found.value.read;
});

const byRow = (row: number) => read.complaints.find((c) => c.row === row)!;

test('the header row is found below the title, with synonyms and units', () => {
  expect(read.headerRow).toBe(3);
  expect(read.map.headers).toMatchObject({ id: '投诉编号', received: '投诉时间', customer: '客户名称', contact: '联系电话', loss: '损失金额（元）', department: '被投诉部门', resolved: '结案时间', satisfaction: '满意度', factors: '情 形', tierOverride: 'Tier override', paused: '暂停时长(小时)' });
  expect(read.complaints.map((c) => c.row)).toEqual([4, 5, 6, 8, 9, 10, 11]); // row 7 is empty
});

test.each([
  [4, 'received', '2026-11-03T14:00'], // Excel serial
  [5, 'received', '2026-11-03T14:00'], // 2026年11月3日14时
  [5, 'contacted', '2026-11-03T21:00'], // 2026/11/3 21:00
  [6, 'received', '2026-11-02T09:00'], // Date cell
  [6, 'resolved', '2026-11-03T10:00'],
])('row %d %s = %s', (row, field, expected) => {
  expect(formatStamp((byRow(row) as unknown as Record<string, number>)[field])).toBe(expected);
});

test('amounts, lists, ratings and flags are read in the forms people type', () => {
  expect(byRow(5).loss).toBe(5000);
  expect(byRow(6).loss).toBe(200);
  expect(byRow(5).factors).toEqual(['人身伤害', '质量缺陷']);
  expect(byRow(6).satisfaction).toBe(5);
  expect(byRow(6).valid).toBe(true);
  expect(byRow(10).valid).toBe(false);
  expect(byRow(10).paused).toBe(24);
  expect(byRow(10).tierOverride).toBe('重大投诉');
});

test('text a customer wrote stays text, formula characters and all', () => {
  expect(byRow(5).description).toBe('=HYPERLINK("http://x","点我")');
  expect(byRow(6).description).toBe('+1 差评');
  expect(byRow(9).description).toBe('@客服');
  expect(byRow(8).description).toBe('-');
});

test.each([
  [8, '投诉时间', /2026-02-30/],
  [8, '损失金额（元）', /很多/],
  [9, '客户名称', /required/],
  [10, '满意度', /很好吧/],
  [11, '首次联系时间', /before Received/],
])('row %d column %s: %s', (row, column, message) => {
  const errs = byRow(row).errors.filter((e) => e.column === column);
  expect(errs).toHaveLength(1);
  expect(errs[0].row).toBe(row);
  expect(en(errs[0].msg)).toMatch(message);
});

test('a bad cell spoils only itself; a bad required cell breaks the row', () => {
  expect(byRow(8).broken).toBe(true); // received unreadable
  expect(byRow(9).broken).toBe(true); // customer missing
  expect(byRow(10).broken).toBe(false);
  expect(byRow(10).satisfaction).toBeUndefined();
  expect(byRow(10).customer).toBe('孙七');
  expect(byRow(11).contacted).toBeUndefined();
  expect(formatStamp(byRow(11).received!, ' ')).toBe('2026-11-04 10:00');
});

test('a grid without the required headers is refused with a clear message', () => {
  const r = readRegister([['物料', '数量'], ['螺丝', 1]]);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(render(r.error, 'zh')).toMatch(/受理时间.*客户/);
});

test('a register missing the customer column marks each row, naming the column', () => {
  const r = readRegister([['受理时间', '渠道', '投诉事项'], ['2026-11-03 10:00', '电话', 'x']]);
  expect(r.ok).toBe(true);
  if (r.ok) {
    expect(r.value.complaints[0].broken).toBe(true);
    expect(r.value.complaints[0].errors.map((e) => ({ row: e.row, column: e.column, en: render(e.msg, 'en'), zh: render(e.msg, 'zh') }))).toEqual([{ row: 2, column: '客户', en: expect.stringMatching(/missing required column Customer/), zh: expect.stringMatching(/缺少必填列 客户/) }]);
  }
});
