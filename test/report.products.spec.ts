// Product complaints: 004 4.2.1 "详细询问产品类别、批号,,产品时间、到货时间,并将投诉的质量问题详细记录到《客户投诉登记表》中"
// and 4.5.1 "销售部后勤每月对投诉事宜进行汇总并分析": the month's complaints per product category and
// per batch, a batch with several complaints flagged.
import { MsgError } from '../src/core/messages';
import { reportFigures } from '../src/core/report/figures';
import { reportModel } from '../src/core/report/sheets';
import { parsePeriod } from '../src/core/report/period';
import { readRegister } from '../src/core/register/read';
import { at, compiled, complaint, ComplaintInit } from './helpers/build';

const period = (() => {
  const p = parsePeriod('2026-10');
  if (!p.ok) throw new MsgError(p.error);
  return p.value;
})();
const figuresOf = (rows: ComplaintInit[]) =>
  reportFigures({ policy: compiled('severity'), complaints: rows.map((r) => complaint(r)), survey: [], period, asOf: at('2026-11-01 00:00') });

describe('per product category and per batch', () => {
  const f = figuresOf([
    { id: 'P1', received: '2026-10-03 10:00', productCategory: '冰箱', batch: 'BX2607A', manufactured: at('2026-07-05 00:00'), arrived: at('2026-09-20 00:00') },
    { id: 'P2', received: '2026-10-09 10:00', productCategory: '冰箱', batch: ' bx2607a ', manufactured: at('2026-07-02 00:00'), arrived: at('2026-09-28 00:00') },
    { id: 'P3', received: '2026-10-12 10:00', productCategory: '空调', batch: 'KT2605B' },
    { id: 'P4', received: '2026-10-15 10:00', productCategory: '空调' },
    { id: 'P5', received: '2026-10-16 10:00', productCategory: '冰箱', batch: 'BX2607A', valid: false },
    { id: 'P6', received: '2026-09-30 10:00', productCategory: '冰箱', batch: 'BX2607A' },
    { id: 'S1', received: '2026-10-18 10:00' },
  ]);

  test.each<[string, number]>([['冰箱', 2], ['空调', 2]])('product category %s: %d valid complaints this month', (key, count) => {
    expect(f.products!.byProductCategory.find((c) => c.key === key)?.count).toBe(count);
  });

  test('one batch however it is typed; invalid and other months\' complaints left out', () => {
    expect(f.products!.productComplaints).toBe(4);
    expect(f.products!.batches).toEqual([
      { batch: 'BX2607A', productCategory: '冰箱', count: 2, manufactured: '2026-07-02', arrived: '2026-09-28', complaints: ['P1', 'P2'], flagged: true },
      { batch: 'KT2605B', productCategory: '空调', count: 1, manufactured: '', arrived: '', complaints: ['P3'], flagged: false },
    ]);
  });

  test('the 产品统计 sheet, the flagged batch marked in red', () => {
    const model = reportModel(f, compiled('severity').policy, { register: 'r.xlsx', policyLabel: 'severity', includeContacts: false });
    const sheet = model.sheets.find((s) => s.name === '产品统计')!;
    const batches = sheet.blocks[1];
    expect(batches.rows[0]).toEqual(['BX2607A', '冰箱', 2, '2026-07-02', '2026-09-28', 'P1、P2', '多次投诉']);
    expect(batches.rows[1][6]).toBe('');
    expect(batches.columns[6].redWhen).toEqual(['多次投诉']);
  });

  test('a register without products has no product figures and no 产品统计 sheet', () => {
    const g = figuresOf([{ id: 'S1', received: '2026-10-18 10:00' }]);
    expect(g.products).toBeNull();
    expect(reportModel(g, compiled('severity').policy, { register: 'r.xlsx', policyLabel: 'severity', includeContacts: false }).sheets.map((s) => s.name)).not.toContain('产品统计');
  });
});

test('the register reader reads the four product columns (生产日期 a date, 批号 text even when it looks like a number)', () => {
  const r = readRegister([
    ['受理时间', '客户', '产品类别', '批号', '生产日期', '到货日期'],
    ['2026-10-03 10:00', '王', '冰箱', 20260701, '2026-07-05', '2026/09/20'],
    ['2026-10-04 10:00', '李', '冰箱', 'A1', '不详', null],
  ]);
  if (!r.ok) throw new MsgError(r.error);
  const [a, b] = r.value.complaints;
  expect([a.productCategory, a.batch, a.manufactured, a.arrived]).toEqual(['冰箱', '20260701', at('2026-07-05 00:00'), at('2026-09-20 00:00')]);
  expect(b.manufactured).toBeUndefined();
  expect(b.errors).toEqual([{ row: 3, column: '生产日期', msg: expect.objectContaining({ code: 'cell.badDateTime' }) }]);
});
