// The block reader (readRegisterBlocks, fed by the streaming reader) reads a register row by row,
// judging its columns by the first data rows and keeping no cells after them: whatever the block
// size, it must give the RegisterRead the grid reader gives for the whole sheet at once.
import { en, zh } from './helpers/msg';
import { MsgError } from '../src/core/messages';
import { join } from 'node:path';
import { XlsxWorkbook } from '../src/reader';
import { fileSource } from '../src/reader/node-source';
import { ReadOptions, RowBlockInput, readRegister, readRegisterBlocks } from '../src/core/register/read';
import { CellValue } from '../src/core/register/cells';
import { parseMapArg } from '../src/core/register/mapping';
import { demoRegister } from '../src/core/demo/generate';

const outside = (name: string) => join(__dirname, 'fixtures', 'outside', name);
const SEVERITY_TIERS = ['general', 'important', 'major'];
const BLOCK_SIZES = [1, 7, 4096];

function mapped(text: string): ReadOptions {
  const m = parseMapArg(text);
  if (!m.ok) throw new MsgError(m.error);
  return { mapping: m.value, tiers: SEVERITY_TIERS };
}

/** A grid handed over in blocks of `size` rows; with `dropEmpty`, rows with no cells are left out, so blocks skip row numbers. */
async function* blocksOf(grid: readonly (readonly CellValue[])[], size: number, dropEmpty = false): AsyncGenerator<RowBlockInput> {
  for (let i = 0; i < grid.length; i += size) {
    const rows = grid.slice(i, i + size);
    if (!dropEmpty) {
      yield { first: i + 1, rows };
      continue;
    }
    for (let k = 0; k < rows.length; k++) if (rows[k].length) yield { first: i + k + 1, rows: [rows[k]] };
  }
}

describe.each<[string, ReadOptions]>([
  ['crm-export.xlsx', { tiers: SEVERITY_TIERS }],
  ['helpdesk-export.xlsx', { tiers: SEVERITY_TIERS }],
  ['helpdesk-export.xlsx', mapped('Resolved On=-')],
  ['wps-template.xlsx', { tiers: SEVERITY_TIERS }],
])('%s, every sheet, read by blocks as by the grid reader', (name, opts) => {
  test.each(BLOCK_SIZES)('blocks of %i rows', async (size) => {
    const wb = await XlsxWorkbook.open(await fileSource(outside(name)));
    try {
      let registers = 0;
      for (const sheet of wb.sheetNames) {
        const expected = readRegister(await wb.grid(sheet), 1, opts);
        if (expected.ok) registers++;
        expect(await readRegisterBlocks(wb.blocks(sheet, size), opts)).toEqual(expected);
      }
      // The comparison covers a register, not only sheets refused alike.
      expect(registers).toBeGreaterThan(0);
    } finally {
      await wb.close();
    }
  });
});

describe('the demo register, 3,000 rows', () => {
  const demo = demoRegister(7, 3000);
  const grid: CellValue[][] = [demo.headers, ...demo.rows];
  const expected = readRegister(grid);
  test('is read', () => {
    if (!expected.ok) throw new MsgError(expected.error);
    expect(expected.value.complaints).toHaveLength(3000);
  });
  test.each(BLOCK_SIZES)('blocks of %i rows give the same RegisterRead', async (size) => {
    expect(await readRegisterBlocks(blocksOf(grid, size))).toEqual(expected);
  });
});

// Past the first 500 data rows the cells are no longer kept: what the warnings need from later rows
// (closed rows without a resolution time) must still be counted, and footers and units found.
describe('a register with a title, a units row, a yes/no status, footers and gaps', () => {
  const rows: CellValue[][] = [['2026 年 10 月投诉登记表'], [], ['编号', '受理时间', '客户', '办结时间', '状态', '金额'], ['', '', '', '', '', '元']];
  for (let i = 0; i < 1200; i++) {
    // Closed (已办结) with no resolution time in rows past the sample as well as inside it.
    const closedOpen = i % 97 === 0;
    rows.push([`C-${i}`, `2026-10-${String(1 + (i % 28)).padStart(2, '0')} 09:00`, `客户${i}`, closedOpen ? '' : i % 3 ? '2026-10-30 10:00' : 'Y', closedOpen ? '已办结' : '处理中', i % 11 ? 100 + i : 'abc']);
    if (i % 250 === 249) rows.push([]);
  }
  rows.push(['合计', '', '', '', '', 12345], ['制表人：张三']);
  const expected = readRegister(rows);
  test('the grid reader sees the closed-but-open rows beyond the sample', () => {
    if (!expected.ok) throw new MsgError(expected.error);
    expect(expected.value.skipped.map((s) => s.why)).toEqual(['units', 'totals', 'note']);
    expect(expected.value.warnings.map(en).join('\n')).toMatch(/^13 row\(s\) say closed/m);
    expect(expected.value.warnings.map(zh).join('\n')).toMatch(/^13 行的「/m);
  });
  test.each(BLOCK_SIZES)('blocks of %i rows give the same RegisterRead', async (size) => {
    expect(await readRegisterBlocks(blocksOf(rows, size))).toEqual(expected);
  });
  test.each(BLOCK_SIZES)('blocks of %i rows that skip empty rows give the same RegisterRead', async (size) => {
    expect(await readRegisterBlocks(blocksOf(rows, size, true))).toEqual(expected);
  });
  test('a sheet with no header in its first 10 rows is left after them', async () => {
    let handed = 0;
    async function* counted(): AsyncGenerator<RowBlockInput> {
      for await (const b of blocksOf([...Array.from({ length: 12 }, () => ['x']), ...rows], 1)) {
        handed++;
        yield b;
      }
    }
    const r = await readRegisterBlocks(counted());
    expect(r).toEqual(readRegister([...Array.from({ length: 12 }, () => ['x']), ...rows]));
    expect(r.ok).toBe(false);
    expect(handed).toBe(10);
  });
});
