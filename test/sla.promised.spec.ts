// Issue 13: "一般投诉's resolve deadline is 'the time promised': a 承诺办结时间 column; an extension
// (延期) with a reason moves the deadline and is counted separately in the appraisal (004: explain
// within 24 h and give a date)."
// Sources: 000 "| 一般投诉 general | 24 h | – | solution within 48 h | within the time promised (no fixed number) |";
// 004 "Every complaint answered within 24 h; if it cannot be, explain within 24 h and give a date".
import { en, zh } from './helpers/msg';
import { MsgError } from '../src/core/messages';
import { evaluate, formatDeadline } from '../src/core/sla';
import { assignTiers } from '../src/core/tier';
import { readRegister } from '../src/core/register/read';
import { FIELD_BY_KEY } from '../src/core/register/fields';
import { policyFromTable, policyToTable } from '../src/core/policy/table';
import { preset } from '../src/core/policy/presets';
import { compilePolicy, CompiledPolicy } from '../src/core/policy/compile';
import { dueCells, statusCells } from '../src/functions/register';
import { CellFault } from '../src/functions/grid';
import { at, compiled, complaint, ComplaintInit } from './helpers/build';

const severity = compiled('severity');
const klass = compiled('class');
const serial = (iso: string, hours = 0): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000 + 25569 + hours / 24;

function run(cp: CompiledPolicy, row: ComplaintInit & { promisedAt?: string; extendedAt?: string }, asOf: string) {
  const { promisedAt, extendedAt, ...rest } = row;
  const c = complaint({ ...rest, promised: promisedAt ? at(promisedAt) : undefined, extendedTo: extendedAt ? at(extendedAt) : undefined });
  const ev = evaluate(cp, c, assignTiers(cp, [c])[0].rank, at(asOf));
  const resolve = ev.milestones.find((m) => m.key === 'resolve');
  return { status: ev.status, resolve: resolve?.due ? formatDeadline(resolve.due) : undefined, breached: ev.breached };
}

describe('the resolve deadline of 一般投诉 is the row\'s 承诺办结时间', () => {
  const general = { received: '2026-11-03 09:00', contacted: '2026-11-03 10:00', planned: '2026-11-03 11:00' };
  test.each<[string, ComplaintInit & { promisedAt?: string; extendedAt?: string }, string, string | undefined, string]>([
    ['no promise: no resolve deadline (as before)', general, '2026-11-20 10:00', undefined, 'on-track'],
    ['promised with a time: that moment', { ...general, promisedAt: '2026-11-10 17:00' }, '2026-11-10 17:01', '2026-11-10T17:00', 'overdue'],
    ['promised as a date: the whole day is on time', { ...general, promisedAt: '2026-11-10' }, '2026-11-10 23:59', '2026-11-10', 'due-soon'],
    ['resolved by the promise: closed on time', { ...general, promisedAt: '2026-11-10', resolved: '2026-11-10 20:00', followedUp: '2026-11-11 10:00' }, '2026-11-20 10:00', '2026-11-10', 'closed-on-time'],
    ['resolved after it: closed late', { ...general, promisedAt: '2026-11-10', resolved: '2026-11-11 09:00', followedUp: '2026-11-11 10:00' }, '2026-11-20 10:00', '2026-11-10', 'closed-late'],
    ['an extension with its reason moves it', { ...general, promisedAt: '2026-11-10', extendedAt: '2026-11-17', extensionReason: '等待厂家配件' }, '2026-11-12 10:00', '2026-11-17', 'on-track'],
  ])('%s', (_n, row, asOf, resolve, status) => {
    const r = run(severity, row, asOf);
    expect(r.resolve).toBe(resolve);
    expect(r.status).toBe(status);
  });

  test('an extension moves any tier\'s resolve deadline, not only a promised one (class2: 2 working days after dispatch)', () => {
    const row = { received: '2026-11-06 16:00', reported: '2026-11-09 10:00' };
    expect(run(klass, row, '2026-11-09 12:00').resolve).toBe('2026-11-11');
    expect(run(klass, { ...row, extendedAt: '2026-11-20 12:00', extensionReason: '需质检报告' }, '2026-11-09 12:00').resolve).toBe('2026-11-20T12:00');
  });
});

describe('read from the register: every header the synonym table lists, and the reason rule', () => {
  const names = (key: 'promised' | 'extendedTo' | 'extensionReason') => [FIELD_BY_KEY[key].zh, FIELD_BY_KEY[key].en, ...FIELD_BY_KEY[key].synonyms];
  test.each([
    ...names('promised').map((h) => [h, 'promised'] as const),
    ...names('extendedTo').map((h) => [h, 'extendedTo'] as const),
    ...names('extensionReason').map((h) => [h, 'extensionReason'] as const),
  ])('header %j is read as %s', (header, key) => {
    const value = key === 'extensionReason' ? '等待配件' : '2026-11-10 17:00';
    const extra = key === 'extendedTo' ? { h: '延期原因', v: '等待配件' } : { h: '备注', v: '' };
    const read = readRegister([['受理时间', '客户', header, extra.h], ['2026-11-03 09:00', '王先生', value, extra.v]]);
    if (!read.ok) throw new MsgError(read.error);
    expect(read.value.map.columns[key]).toBe(2);
    const c = read.value.complaints[0];
    expect(c[key]).toEqual(key === 'extensionReason' ? '等待配件' : at('2026-11-10 17:00'));
  });

  test('延期至 without 延期原因: a cell error naming the column, and the deadline is not moved', () => {
    const read = readRegister([['编号', '受理时间', '客户', '承诺办结时间', '延期至', '延期原因'], ['A-1', '2026-11-03 09:00', '王先生', '2026-11-10', '2026-11-17', '']]);
    if (!read.ok) throw new MsgError(read.error);
    const c = read.value.complaints[0];
    expect(c.errors.map((e) => ({ row: e.row, column: e.column, message: zh(e.msg) }))).toEqual([{ row: 2, column: '延期至', message: expect.stringContaining('延期需注明延期原因') }]);
    expect(c.extendedTo).toBeUndefined();
    expect(c.promised).toBe(at('2026-11-10 00:00'));
  });

  test('延期至 before 受理时间 is refused like every other time out of order', () => {
    const read = readRegister([['受理时间', '客户', '延期至', '延期原因'], ['2026-11-03 09:00', '王先生', '2026-11-01', '配件']]);
    if (!read.ok) throw new MsgError(read.error);
    expect(read.value.complaints[0].errors.map((e) => e.column)).toEqual(['延期至']);
  });
});

describe('in the functions', () => {
  test.each<[string, Record<string, unknown>, number | string]>([
    ['DUE resolve of a general complaint is its 承诺办结时间', { promised: serial('2026-11-10') }, serial('2026-11-10')],
    ['… or its extension', { promised: serial('2026-11-10'), extendedTo: serial('2026-11-17', 12), extensionReason: '配件' }, serial('2026-11-17', 12)],
    ['… and "" without either', {}, ''],
  ])('%s', (_n, extra, expected) => {
    const out = dueCells(severity, { milestone: 'resolve', received: serial('2026-11-03', 9), tier: 'general', ...extra });
    if (typeof expected === 'number') expect(out as number).toBeCloseTo(expected, 9);
    else expect(out).toBe(expected);
  });
  test('an extension without a reason is an error value, as check reports it', () => {
    const out = statusCells(severity, { received: serial('2026-11-03', 9), tier: 'general', extendedTo: serial('2026-11-17') }, at('2026-11-04 10:00'));
    expect(out).toBeInstanceOf(CellFault);
    expect((out as CellFault).message).toMatch(/^延期至 extendedTo: 延期需注明延期原因/);
  });
  test('STATUS: past the promise and not resolved, overdue', () => {
    expect(statusCells(severity, { received: serial('2026-11-03', 9), tier: 'general', contacted: serial('2026-11-03', 10), planned: serial('2026-11-03', 11), promised: serial('2026-11-10') }, at('2026-11-11 00:00'), 'key')).toBe('overdue');
  });
});

describe('the policy sheet: a 承诺时间 clock has no amount', () => {
  test('round trip', () => {
    const back = policyFromTable(policyToTable(preset('severity')!));
    expect(back.problems).toEqual([]);
    expect(back.policy?.clocks).toContainEqual({ tier: 'general', milestone: 'resolve', clock: 'promised', amount: 0, anchor: 'receipt' });
  });
  test('the amount cell may be empty', () => {
    const r = policyFromTable([['等级', 'general', '一般投诉'], ['时限', 'general', '办结', '承诺时间', '', '']]);
    expect(r.problems).toEqual([]);
    expect(r.policy?.clocks).toEqual([{ tier: 'general', milestone: 'resolve', clock: 'promised', amount: 0, anchor: 'receipt' }]);
  });
  test('only the resolve milestone can be promised', () => {
    const p = preset('severity')!;
    p.clocks.push({ tier: 'important', milestone: 'contact', clock: 'promised', amount: 0, anchor: 'receipt' });
    const r = compilePolicy(p);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((x) => en(x.message)).join('\n')).toMatch(/"promised" clock .* "contact" has none/);
    if (!r.ok) expect(r.problems.map((x) => zh(x.message))).toContain('“承诺时间”时限是给客户的办结时间，只用于办结节点；「contact」没有承诺时间');
  });
});
