// Text cells are parsed once per distinct text (read-row.ts memo); a field whose texts are mostly
// unique gives the memo up after a trial and parses every cell itself. Either way every row gets
// its own cell's reading: rows before, during and after the trial, unique and repeated fields alike.
import { readRegister } from '../src/core/register/read';
import { CellValue } from '../src/core/register/cells';

// Past the memo's 4096 distinct texts and its 4096-lookup trial, with room after it.
const ROWS = 12_000;
const head: CellValue[] = ['编号', '受理时间', '客户', '责任部门', '损失金额（元）', '回访满意度'];
const row = (i: number): CellValue[] => [
  // Spaces around: the text parser trims them (so its value is a copy), the rest kept as typed.
  ` Ｃ${String(i).padStart(5, '0')} `,
  '2026-10-08 09:30',
  `客户${i}`,
  ['客服部', '物流部', '质量部'][i % 3],
  // Unique texts the amount parser refuses, and unique ones it reads.
  i % 2 ? `约${i}千` : `${i}元`,
  i % 5 === 0 ? '很好吧' : '满意',
];

test('every row reads its own cells before, during and after the memo trial', () => {
  const r = readRegister([head, ...Array.from({ length: ROWS }, (_, i) => row(i))]);
  if (!r.ok) throw new Error('not read');
  const cs = r.value.complaints;
  expect(cs).toHaveLength(ROWS);
  for (const i of [0, 1, 4095, 4096, 8191, 8192, 8193, 10_000, ROWS - 2, ROWS - 1]) {
    const c = cs[i];
    expect(c.row).toBe(i + 2);
    expect(c.id).toBe(`Ｃ${String(i).padStart(5, '0')}`);
    expect(c.customer).toBe(`客户${i}`);
    expect(c.department).toBe(['客服部', '物流部', '质量部'][i % 3]);
    expect(c.loss).toBe(i % 2 ? undefined : i);
    expect(c.satisfaction).toBe(i % 5 === 0 ? undefined : 4);
    const columns = c.errors.map((e) => e.column);
    expect(columns).toEqual([...(i % 2 ? ['损失金额（元）'] : []), ...(i % 5 === 0 ? ['回访满意度'] : [])]);
  }
  // Every odd row's amount is refused, each quoting its own text.
  const refused = cs.filter((c) => c.errors.some((e) => e.column === '损失金额（元）'));
  expect(refused).toHaveLength(ROWS / 2);
  expect(JSON.stringify(refused[ROWS / 2 - 1].errors[0].msg)).toContain(`约${ROWS - 1}千`);
});
