// Column-width arithmetic in Excel's unit, the width of one digit (ECMA-376 Part 1, 18.3.1.13):
// East Asian wide and fullwidth characters (UAX #11 W/F) take two, numbers as their format shows
// them, headers wrapped where Excel breaks a line (spaces, between CJK characters).
import { charWidth, shownWidth, textWidth, wrappedHeaderWidth, wrappedLines } from '../src/workbook/text-width';

test.each([
  ['', 0],
  ['abc', 3],
  ['客户', 4],
  ['售后服务部', 10],
  ['TS-082-0268', 11],
  ['１２３', 6], // fullwidth digits (UAX #11 F)
  ['한국', 4],
  ['두 줄\nlonger line', 11],
])('textWidth(%p) = %p', (s, w) => expect(textWidth(s)).toBe(w));

test.each([
  [0.913, '0.0%', '91.3%'.length],
  [1, '0.0%', '100.0%'.length],
  [-0.05, '0.0%', '-5.0%'.length],
  [1234567.5, '#,##0.00', '1,234,567.50'.length],
  [42, '0', 2],
  [3.14159, '0.00', 4],
  [46300.5, 'yyyy-mm-dd hh:mm', 16],
  [46300, 'yyyy-mm-dd', 10],
  [12345, undefined, 5],
  [0.125, undefined, 5],
  [0.125, '', 5], // an empty format is no format
  [-1234.5, '#,##0', '-1,235'.length],
])('shownWidth(%p, %p) = %p', (v, f, w) => expect(shownWidth(v, f)).toBe(w));

test('a Date, a boolean, nothing', () => {
  expect(shownWidth(new Date(Date.UTC(2026, 9, 21, 11, 3)), 'yyyy-mm-dd hh:mm')).toBe(16);
  expect(shownWidth(new Date(Date.UTC(2026, 9, 21)), 'yyyy-mm-dd')).toBe(10);
  expect(shownWidth(new Date(Date.UTC(2026, 9, 21)), '')).toBe(16);
  expect(shownWidth(true, undefined)).toBe(5);
  expect(shownWidth(null, '0')).toBe(0);
  expect(shownWidth(undefined, '0')).toBe(0);
});

test.each([
  ['Carried over', 7],
  ['First breached due', 8],
  ['最早超期截止', 2],
  ['CSAT (4–5)', 5],
  ['Mean (1–5)', 5],
])('wrappedHeaderWidth(%p) = %p: its longest unbreakable piece', (s, w) => expect(wrappedHeaderWidth(s)).toBe(w));

test.each([
  ['Carried over', 8, 2],
  ['Carried over', 12, 1],
  ['最早超期截止', 4, 3],
  ['最早超期截止', 12, 1],
  ['首次联系、上报/派单、初步方案', 16, 2],
  ['a\nb', 10, 2],
])('wrappedLines(%p, %p) = %p', (s, w, n) => expect(wrappedLines(s, w)).toBe(n));

// textWidth walks UTF-16 units in one pass; the definition it must agree with counts code points
// line by line (for…of splits surrogate pairs into code points, a lone surrogate stays itself).
const byCodePoints = (s: string): number => Math.max(0, ...s.split('\n').map((line) => [...line].reduce((w, ch) => w + (charWidth(ch.codePointAt(0) ?? 0)), 0)));
test.each([
  ['𠀀𠀁 (CJK Ext. B, two units each)'],
  ['😀 emoji, narrow'],
  ['lone \ud800 high, lone \udc00 low, trailing \ud83d'],
  ['\n\n空行\n'],
  ['ᄀ Hangul Jamo at U+1100, ჿ just below'],
  ['mixed 中文 and ASCII\n第二行更长一些的中文文本'],
])('textWidth(%p) counts as the code-point definition does', (s) => expect(textWidth(s)).toBe(byCodePoints(s)));

// wrappedLines answers 1 for a line that fits without breaking it; at the exact width and one under.
test.each([
  ['首次联系、上报/派单、初步方案', 29, 1],
  ['首次联系、上报/派单、初步方案', 28, 2],
  ['Carried over', 12, 1],
  ['Carried over', 11, 2],
])('wrappedLines(%p, %p) = %p at the fit boundary', (s, w, n) => expect(wrappedLines(s, w)).toBe(n));
