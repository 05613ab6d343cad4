// Random rows never throw: every cell a user can type ends as a value or an error message.
import { en, zh } from './helpers/msg';
import { readRegister } from '../src/core/register/read';
import { checkRegister, CheckRow } from '../src/core/check';
import { STATUSES } from '../src/core/sla';
import { seededRandom } from '../src/core/random';
import { PRESET_NAMES } from '../src/core/policy/presets';
import { CellValue } from '../src/core/register/cells';
import { compiled, at } from './helpers/build';
import { DEMO_HEADERS } from '../src/core/demo/generate';

const rnd = seededRandom(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
const junk: CellValue[] = [
  null, undefined, '', ' ', 0, -1, 1e308, NaN, Infinity, 46329.5, 2958466, true, false, new Date(NaN), new Date(Date.UTC(2026, 10, 3, 9)),
  '2026-11-03 14:00', '2026/2/30', '2026年11月3日14时', '25:99', '=SUM(A1)', '+', '-5', '@x', '¥5,000', '5000元', '非常满意', '满意', '六',
  '人身伤害、质量缺陷', '欺诈,媒体曝光', 'major', '重大投诉', '是', '否', '无效', '😀', 'a'.repeat(5000), '\u0000', '１２３',
];

function randomGrid(rows: number): CellValue[][] {
  const grid: CellValue[][] = [DEMO_HEADERS];
  for (let i = 0; i < rows; i++) grid.push(DEMO_HEADERS.map(() => (rnd() < 0.3 ? null : pick(junk))));
  return grid;
}

test.each(PRESET_NAMES)('10,000 random rows under %s never throw', (name) => {
  const grid = randomGrid(10_000);
  const read = readRegister(grid);
  expect(read.ok).toBe(true);
  if (!read.ok) return;
  const report = checkRegister(read.value, compiled(name), at('2026-11-05 10:00'));
  expect(report.rows).toHaveLength(read.value.complaints.length);
  // One assertion over every row (a jest expect per error was most of this spec's five minutes).
  const wrong: string[] = [];
  for (const r of report.rows as CheckRow[]) {
    if (!STATUSES.includes(r.status)) wrong.push(`row ${r.row}: status ${String(r.status)}`);
    for (const e of r.errors) if (e.column === '' || zh(e.msg) === '' || en(e.msg) === '') wrong.push(`row ${r.row}: ${e.column} ${JSON.stringify(e.msg)}`);
  }
  expect(wrong).toEqual([]);
  expect(report.rows.some((r) => r.errors.length > 0)).toBe(true);
  expect(report.summary.rows).toBe(report.rows.length);
});
