// The demo register is realistic enough to show everything: every channel, category, tier and
// status, a few bad cells, and the same workbook every run.
import { MsgError } from '../src/core/messages';
import { demoRegister, DEMO_AS_OF } from '../src/core/demo/generate';
import { readRegister } from '../src/core/register/read';
import { checkRegister } from '../src/core/check';
import { STATUSES } from '../src/core/sla';
import { at, compiled } from './helpers/build';

const demo = demoRegister();
const read = readRegister([demo.headers, ...demo.rows]);
if (!read.ok) throw new MsgError(read.error);
const complaints = read.value.complaints;
const report = checkRegister(read.value, compiled('severity'), at(DEMO_AS_OF));

test('a few hundred complaints over three recent months', () => {
  expect(complaints.length).toBeGreaterThanOrEqual(200);
  const months = new Set(complaints.filter((c) => c.received !== undefined).map((c) => new Date((c.received as number) * 60000).toISOString().slice(0, 7)));
  expect([...months].sort()).toEqual(['2026-08', '2026-09', '2026-10', '2026-11']);
});

test.each([
  ['channel', ['电话', '邮件', '信函', '来访', '在线', '社交媒体', '媒体']],
  ['category', ['产品质量', '服务质量', '合同履行', '项目进度', '付款结算', '质量验收', '售后服务', '其他']],
])('every %s is present', (field, values) => {
  const seen = new Set(complaints.map((c) => (c as unknown as Record<string, unknown>)[field]));
  for (const v of values) expect(seen).toContain(v);
});

test('every tier and every status is present', () => {
  for (const s of STATUSES) expect(report.summary.byStatus[s]).toBeGreaterThan(0);
  for (const t of ['general', 'important', 'major']) expect(report.summary.byTier[t]).toBeGreaterThan(0);
});

test('bad cells are there, each reported with its row and column', () => {
  expect(report.summary.errors).toBeGreaterThanOrEqual(6);
  for (const r of report.rows) for (const e of r.errors) expect(demo.headers).toContain(e.column);
});

test('customer text that looks like a formula is in the data', () => {
  const texts = complaints.map((c) => c.description ?? '');
  expect(texts.some((t) => /^[=+\-@]/.test(t))).toBe(true);
});

test('deterministic', () => {
  expect(JSON.stringify(demoRegister().rows)).toBe(JSON.stringify(demo.rows));
});

describe('product complaints (004) and the record columns', () => {
  const october = complaints.filter((c) => c.received !== undefined && new Date((c.received as number) * 60000).toISOString().startsWith('2026-10'));
  test('产品类别, 批号, 生产日期 and 到货日期 are read, made before arrival', () => {
    const products = october.filter((c) => c.batch);
    expect(products.length).toBeGreaterThan(10);
    for (const c of products) {
      expect(c.productCategory).toMatch(/^(冰箱|洗衣机|空调|热水器)$/);
      expect(c.manufactured as number).toBeLessThan(c.arrived as number);
      expect(c.arrived as number).toBeLessThan(c.received as number);
    }
  });
  test('some batch of the last full month has several complaints', () => {
    const perBatch = new Map<string, number>();
    for (const c of october) if (c.batch) perBatch.set(c.batch, (perBatch.get(c.batch) ?? 0) + 1);
    expect(Math.max(...perBatch.values())).toBeGreaterThanOrEqual(2);
  });
  test('办结人 is filled for resolved rows only, and sometimes differs from today\'s 处理人', () => {
    expect(complaints.filter((c) => c.resolvedBy !== undefined && c.resolved === undefined && c.errors.length === 0)).toEqual([]);
    expect(complaints.some((c) => c.resolvedBy !== undefined && c.resolvedBy !== c.handler)).toBe(true);
  });
  test('建议是否采纳 has both answers', () => {
    expect(new Set(complaints.map((c) => c.suggestionAdopted).filter((x) => x !== undefined))).toEqual(new Set([true, false]));
  });
});

test('the second round is exercised (issue 13): promises, extensions, pause periods, reopens, appeals', () => {
  const has = (f: (c: (typeof complaints)[number]) => unknown) => complaints.filter((c) => f(c) !== undefined && f(c) !== false).length;
  expect(has((c) => c.promised)).toBeGreaterThan(20);
  expect(has((c) => c.extendedTo)).toBeGreaterThan(0);
  expect(has((c) => c.pauses)).toBeGreaterThan(0);
  expect(complaints.some((c) => (c.pauses?.length ?? 0) > 1)).toBe(true);
  expect(has((c) => c.reopened)).toBeGreaterThan(0);
  expect(has((c) => c.reresolved)).toBeGreaterThan(0);
  expect(has((c) => c.appealUpheld === true)).toBeGreaterThan(0);
  expect(has((c) => c.appealUpheld === false)).toBeGreaterThan(0);
  const rw = report.summary.rework!;
  expect(rw.reopenedOpen).toBeGreaterThan(0);
  expect(rw.appealsLate).toBeGreaterThan(0);
  // No cell of the new columns is unreadable: their only errors are the ones planted on purpose.
  const newHeaders = new Set(['承诺办结时间', '延期至', '延期原因', '暂停期间', '重新处理时间', '再次办结时间', '申诉时间', '申诉结果', '改派部门', '改派时间']);
  expect(complaints.flatMap((c) => c.errors).filter((e) => newHeaders.has(e.column))).toEqual([]);
});
