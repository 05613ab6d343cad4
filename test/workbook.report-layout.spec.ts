// The layout's shortcuts must give what the general code gives: dateCell reads the report's own
// date text directly, and must agree with the register's reader (parseDateTime) on every value.
import { dateCell } from '../src/workbook/report-layout';
import { parseDateTime } from '../src/core/register/cells';
import { serialFromStamp } from '../src/core/time';

const viaReader = (v: string) => {
  const t = parseDateTime(v);
  return t.ok && t.value !== undefined ? serialFromStamp(t.value) : v;
};

test.each([
  ['2026-11-03 14:00'],
  ['2026-11-03'],
  ['2024-02-29 23:59'], // a leap day
  ['2026-02-29 08:00'], // no such day: stays text
  ['2026-02-30'],
  ['1900-01-01 00:00'],
  ['1899-12-31'], // before MIN_YEAR: the reader's refusal, text
  ['9999-12-31 23:59'],
  ['2026-11-03 24:00'],
  ['2026-11-03 12:60'],
  ['2026/11/03 14:00'], // not the report's form: the reader's
  ['2026-11-03T14:00'],
  ['2026年11月3日'],
  ['昨天下午'],
])('dateCell(%p) is what parseDateTime reads', (v) => expect(dateCell(v)).toBe(viaReader(v)));

test('the report form becomes a serial at the wall-clock minute', () => {
  // 2026-11-03 14:00: 46329 days after 1899-12-30, plus 14/24.
  expect(dateCell('2026-11-03 14:00')).toBeCloseTo(46329 + 14 / 24, 10);
});
