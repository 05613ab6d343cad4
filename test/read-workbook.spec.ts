// Regression: exceljs' streaming reader sometimes returned {sharedString: n} instead of the text
// (exceljs #683 / #2915), so a register's headers went unrecognised and `complaints check` said
// "no register sheet" once in a while. Streaming must give exactly what the full reader gives.
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { isUnresolvedSharedString, readSheetsStreaming, readWorkbookFile, sheetGrid } from '../src/export/read-workbook';

const dir = join(__dirname, 'fixtures');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.xlsx') && !f.startsWith('not-'));

test.each(fixtures)('%s: streaming read equals the full read', async (name) => {
  const full = (await readWorkbookFile(join(dir, name))).worksheets.map(sheetGrid);
  const streamed = await readSheetsStreaming(join(dir, name));
  expect(streamed.map((s) => s.name)).toEqual(full.map((s) => s.name));
  streamed.forEach((s, i) => {
    // Trailing empty cells may be stored or not; compare cell by cell.
    const a = s.rows;
    const b = full[i].rows;
    expect(a.length).toBe(b.length);
    a.forEach((row, r) => {
      for (let c = 0; c < Math.max(row.length, b[r].length); c++) {
        // An empty string and an empty cell are the same to every parser.
        const x = row[c] === '' ? null : (row[c] ?? null);
        const y = b[r][c] === '' ? null : (b[r][c] ?? null);
        // A date cell is a Date either way; a serial in a date-formatted cell may come as either.
        if (x instanceof Date || y instanceof Date) continue;
        expect(x).toEqual(y);
      }
    });
  });
});

test.each([
  [{ sharedString: 3 }, true],
  [{ richText: [{ text: 'a' }] }, false],
  ['text', false],
  [new Date(0), false],
  [null, false],
])('%j is an unresolved shared string: %s', (v, expected) => {
  expect(isUnresolvedSharedString(v)).toBe(expected);
});
