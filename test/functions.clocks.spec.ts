// Issue 13, "Clocks", in the custom functions: STATUS honours 是否有效, the "immediately" clock has
// a DUE, and due soon follows the share of the clock. Each table quotes its source line.
import { CellFault, CellOut } from '../src/functions/grid';
import { dueCells, statusCells } from '../src/functions/register';
import { presetProvider } from '../src/functions/policy';
import { setPolicyProvider, status } from '../src/functions/functions';
import { computedColumns, computedFormula } from '../src/workbook/setup-plan';
import { preset } from '../src/core/policy/presets';
import { installCustomFunctions } from './helpers/custom-functions-fake';
import { at, cp, serial } from './helpers/fn-time';

const severity = cp('severity');
const urgency = cp('urgency');

describe('STATUS: "Valid vs invalid (有效/无效投诉: caused by our error, or by a misunderstanding) (004)"', () => {
  const received = serial('2026-11-01', 9);
  test.each<[string, unknown, string]>([
    ['否: 无效投诉 even when the contact clock ran out', '否', '无效投诉'],
    ['无效 (a word of the 是否有效 column): 无效投诉', '无效', '无效投诉'],
    ['是: overdue', '是', '已超期'],
    ['empty: judged valid, overdue', null, '已超期'],
  ])('%s', (_n, valid, expected) => {
    expect(statusCells(urgency, { received, tier: 'normal', valid }, at('2026-11-05', 12))).toBe(expected);
  });
  test('a column: each row by its own validity; an unreadable one names the argument', () => {
    const out = statusCells(urgency, { received: [[received], [received], [received]], tier: [['normal'], ['normal'], ['normal']], valid: [['否'], [null], ['也许']] }, at('2026-11-05', 12), 'key') as CellOut[][];
    expect(out[0][0]).toBe('invalid');
    expect(out[1][0]).toBe('overdue');
    expect(String((out[2][0] as { message: string }).message)).toMatch(/^是否有效 valid: /);
  });
  test('the wrapper takes valid after format, so formulas written before it keep their meaning', async () => {
    const restore = installCustomFunctions();
    setPolicyProvider(presetProvider('urgency'));
    try {
      const call = (...rest: [string, unknown[][]?]) => status([[received]], [['normal']], undefined, undefined, undefined, undefined, undefined, undefined, ...rest);
      expect(await call('key', [['否']])).toEqual([['invalid']]);
      expect(await call('key')).toEqual([['overdue']]);
    } finally {
      restore();
    }
  });
  test('the register set-up passes 是否有效 to STATUS by structured reference', () => {
    const st = computedColumns(preset('severity')!).find((c) => c.what.kind === 'status')!;
    expect(computedFormula(st, { received: '受理时间', valid: '是否有效', paused: '暂停时长(小时)' }, '计算等级')).toBe(
      '=COMPLAINTS.STATUS([@[受理时间]],[@[计算等级]],,,,,,[@[暂停时长(小时)]],,[@[是否有效]])',
    );
  });
});

describe('DUE / STATUS: "| 重大投诉 major | 6 h (special team, senior lead) | immediately | 24 h | 15 working days |" (000)', () => {
  test('the report deadline of a major complaint is an hour after receipt', () => {
    expect(dueCells(severity, { milestone: '上报', received: serial('2026-11-03', 14), tier: '重大投诉' })).toBeCloseTo(serial('2026-11-03', 15), 9);
  });
  test('not reported after 61 minutes: overdue; reported on the hour: not', () => {
    expect(statusCells(severity, { received: serial('2026-11-03', 14), tier: 'major' }, at('2026-11-03', 15, 1), 'key')).toBe('overdue');
    expect(statusCells(severity, { received: serial('2026-11-03', 14), tier: 'major', reported: serial('2026-11-03', 15) }, at('2026-11-03', 15, 1), 'key')).toBe('on-track');
  });
});

describe('STATUS: "Due soon per tier: a percentage of the clock (default: last 25 %)" (issue 13)', () => {
  // 002 "| 紧急 urgent | 2 h |": a fixed 24 h window made it due soon from the start.
  test.each<[string, number, string]>([
    ['at receipt', 0, 'on-track'],
    ['89 minutes in', 89, 'on-track'],
    ['90 minutes in (the last 25 %)', 90, 'due-soon'],
  ])('urgent, %s', (_n, minutes, expected) => {
    expect(statusCells(urgency, { received: serial('2026-11-03', 14), tier: 'urgent' }, at('2026-11-03', 14) + minutes, 'key')).toBe(expected);
  });
});

describe('STATUS / DUE: reopen (000) and appeal (001), as check computes them', () => {
  const klass = cp('class');
  test('a reopened complaint runs its own clock: important, 7 working days from Mon 2026-11-09 → overdue from 11-19', () => {
    const row = { received: serial('2026-10-26', 9), tier: 'important', reported: serial('2026-10-26', 10), planned: serial('2026-10-27', 9), resolved: serial('2026-10-30', 10), followedUp: serial('2026-11-02', 10), reopened: serial('2026-11-09', 10) };
    expect(statusCells(severity, row, at('2026-11-18', 23, 0), 'key')).toBe('due-soon');
    expect(statusCells(severity, row, at('2026-11-19'), 'key')).toBe('overdue');
    expect(statusCells(severity, { ...row, reresolved: serial('2026-11-18', 17) }, at('2026-11-25'), 'key')).toBe('closed-on-time');
  });
  test('an upheld appeal restarts the resolve clock at the transfer; a rejected one does not', () => {
    const row = { milestone: 'resolve', received: serial('2026-11-06', 9), tier: 'class2', reported: serial('2026-11-06', 10), appealed: serial('2026-11-09', 11), transferredAt: serial('2026-11-09', 14) };
    expect(dueCells(klass, { ...row, appealResult: '成立' })).toBe(serial('2026-11-11'));
    expect(dueCells(klass, { ...row, appealResult: '不成立' })).toBe(serial('2026-11-10'));
    const bad = dueCells(klass, { ...row, appealResult: '待定' });
    expect(bad).toBeInstanceOf(CellFault);
    expect((bad as CellFault).message).toMatch(/^申诉结果 appealResult: 无法识别的申诉结果/);
  });
});
