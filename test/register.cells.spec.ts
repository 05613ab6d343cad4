import {
  CellValue,
  FIELD_PARSERS,
  parseAmount,
  parseBool,
  parseCell,
  parseDateTime,
  parseHours,
  parseList,
  parseRating,
  parseText,
  plainDecimal,
  quoteCell,
} from '../src/core/register/cells';
import { render } from '../src/core/messages';
import { FIELDS } from '../src/core/register/fields';
import { Result } from '../src/core/result';
import { Stamp, formatStamp, dayOf, stampOf } from '../src/core/time';

/** The value of an ok result, failing the test with the message otherwise. */
function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got error: ${render(r.error, 'zh')}`);
  return r.value;
}
/** The error in Chinese, as the zh pane and CLI show it. */
function error<T>(r: Result<T>): string {
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value)}`);
  return render(r.error, 'zh');
}
const fmt = (t: Stamp | undefined): string | undefined => (t === undefined ? undefined : formatStamp(t, ' '));
/** A wall-clock Date the way exceljs hands it over: UTC fields are the wall clock. */
const wall = (y: number, m: number, d: number, h = 0, mi = 0, s = 0): Date => new Date(Date.UTC(y, m - 1, d, h, mi, s));

const EMPTY: CellValue[] = [null, undefined, '', '   ', '\u3000', '\n\t'];

describe('parseDateTime', () => {
  test.each<[CellValue, string]>([
    // Excel serials (1900 system); the fraction is the time of day.
    [46329, '2026-11-03 00:00'],
    [46329.5, '2026-11-03 12:00'],
    [46329.583333333336, '2026-11-03 14:00'],
    [46329.604166666664, '2026-11-03 14:30'],
    [25569, '1970-01-01 00:00'],
    [61, '1900-03-01 00:00'],
    [59, '1900-02-28 00:00'],
    [1, '1900-01-01 00:00'],
    [2958465, '9999-12-31 00:00'],
    [2958465.5, '9999-12-31 12:00'],
    [20261103, '2026-11-03 00:00'],
    // Serials typed as text.
    ['46329.5', '2026-11-03 12:00'],
    ['46329', '2026-11-03 00:00'],
    [' 46329.75 ', '2026-11-03 18:00'],
    ['20261103', '2026-11-03 00:00'],
    // Dates from exceljs / Office: UTC fields are the wall clock.
    [wall(2026, 11, 3, 14, 0), '2026-11-03 14:00'],
    [wall(2026, 11, 3), '2026-11-03 00:00'],
    [wall(2026, 12, 31, 23, 59), '2026-12-31 23:59'],
    [wall(2026, 3, 29, 2, 30), '2026-03-29 02:30'], // a DST gap in Europe, a plain time here
    [wall(2026, 11, 1, 1, 30), '2026-11-01 01:30'], // a DST overlap in Los Angeles
    // ISO-like text.
    ['2026-11-03 14:00', '2026-11-03 14:00'],
    ['2026-11-03T14:00', '2026-11-03 14:00'],
    ['2026-11-03t14:00', '2026-11-03 14:00'],
    ['2026-11-03 14:00:15', '2026-11-03 14:00'], // formatStamp rounds to the minute; seconds checked below
    ['2026-11-03 14:00:00.000', '2026-11-03 14:00'],
    ['2026-11-03  14:00', '2026-11-03 14:00'],
    ['  2026-11-03 14:00  ', '2026-11-03 14:00'],
    ['2026-11-03', '2026-11-03 00:00'],
    ['2026-1-3', '2026-01-03 00:00'],
    ['2026-11-03 9:05', '2026-11-03 09:05'],
    ['2026-11-03 0:00', '2026-11-03 00:00'],
    ['2026-11-03 23:59', '2026-11-03 23:59'],
    ['2026/11/3 14:00', '2026-11-03 14:00'],
    ['2026/11/03', '2026-11-03 00:00'],
    ['2026.11.3', '2026-11-03 00:00'],
    ['2026.11.03 08:30', '2026-11-03 08:30'],
    ['2024-02-29', '2024-02-29 00:00'],
    ['２０２６－１１－０３　１４：００', '2026-11-03 14:00'],
    ['２０２６／１１／３', '2026-11-03 00:00'],
    // Chinese text.
    ['2026年11月3日', '2026-11-03 00:00'],
    ['2026年11月3日 14:00', '2026-11-03 14:00'],
    ['2026年11月3日14:00', '2026-11-03 14:00'],
    ['2026年11月3日14时', '2026-11-03 14:00'],
    ['2026年11月3日14时30分', '2026-11-03 14:30'],
    ['2026年11月3日 14时30分', '2026-11-03 14:30'],
    ['2026年11月3日14点', '2026-11-03 14:00'],
    ['2026年11月3日14点30', '2026-11-03 14:30'],
    ['2026年11月3日14点30分', '2026-11-03 14:30'],
    ['2026年11月3日14点半', '2026-11-03 14:30'],
    ['2026年11月3日14点整', '2026-11-03 14:00'],
    ['2026年11月3日14时30分15秒', '2026-11-03 14:30'],
    ['2026年11月3号', '2026-11-03 00:00'],
    ['2026年11月3', '2026-11-03 00:00'],
    ['2026年11月3 14:00', '2026-11-03 14:00'],
    ['2026年1月5日', '2026-01-05 00:00'],
    ['２０２６年１１月３日１４时', '2026-11-03 14:00'],
    ['2026年11月3日 下午2:30', '2026-11-03 14:30'],
    ['2026年11月3日下午2点', '2026-11-03 14:00'],
    ['2026年11月3日 下午14:00', '2026-11-03 14:00'],
    ['2026年11月3日 下午12:15', '2026-11-03 12:15'],
    ['2026年11月3日 上午9:30', '2026-11-03 09:30'],
    ['2026年11月3日 上午12:00', '2026-11-03 12:00'],
    ['2026年11月3日 早上8点', '2026-11-03 08:00'],
    ['2026年11月3日 凌晨2点', '2026-11-03 02:00'],
    ['2026年11月3日 中午12点', '2026-11-03 12:00'],
    ['2026年11月3日 中午1点', '2026-11-03 13:00'],
    ['2026年11月3日 晚上8点', '2026-11-03 20:00'],
    ['2026-11-03 2:30 PM', '2026-11-03 14:30'],
    ['2026-11-03 2:30pm', '2026-11-03 14:30'],
    ['2026-11-03 12:30 AM', '2026-11-03 00:30'],
    ['2026-11-03 12:30 PM', '2026-11-03 12:30'],
    ['2026-11-03 9:00 a.m.', '2026-11-03 09:00'],
  ])('%j → %s', (input, expected) => {
    expect(fmt(value(parseDateTime(input)))).toBe(expected);
  });

  test('seconds are kept as a fraction of a minute', () => {
    expect(value(parseDateTime('2026-11-03 14:00:30'))).toBe(stampOf(dayOf(2026, 11, 3), 14 * 60 + 0.5));
    expect(value(parseDateTime('2026年11月3日14时30分15秒'))).toBe(stampOf(dayOf(2026, 11, 3), 14 * 60 + 30.25));
    expect(value(parseDateTime(wall(2026, 11, 3, 14, 0, 30)))).toBe(stampOf(dayOf(2026, 11, 3), 14 * 60 + 0.5));
    expect(value(parseDateTime(46329 + 30 / 86400))).toBe(stampOf(dayOf(2026, 11, 3), 0.5));
  });

  test('a serial, its text, a Date and every text form agree', () => {
    const t = stampOf(dayOf(2026, 11, 3), 14 * 60);
    for (const v of [46329 + 14 / 24, String(46329 + 14 / 24), wall(2026, 11, 3, 14), '2026-11-03 14:00', '2026年11月3日14时']) {
      expect(value(parseDateTime(v))).toBe(t);
    }
  });

  test.each(EMPTY)('empty %j → undefined', (v) => {
    expect(value(parseDateTime(v))).toBeUndefined();
  });
  test.each(['-', '—', '/', '无', 'N/A'])('placeholder %j → undefined', (v) => {
    expect(value(parseDateTime(v))).toBeUndefined();
  });

  test.each<[CellValue, string]>([
    ['2026-13-45', '无法识别的日期时间|日期不存在'],
    ['2026-02-30', '日期不存在'],
    ['2025-02-29', '日期不存在'],
    ['2026-04-31', '日期不存在'],
    ['2026-00-10', '日期不存在'],
    ['2026年2月30日', '日期不存在'],
    ['2026-11-03 24:00', '时间无效'],
    ['2026-11-03 25:00', '时间无效'],
    ['2026-11-03 14:60', '时间无效'],
    ['2026-11-03 14:00:60', '时间无效'],
    ['2026年11月3日25时', '时间无效'],
    ['2026年11月3日14时75分', '时间无效'],
    ['2026-11-03 下午13:00 PM', '无法识别的日期时间'],
    ['2026-11-03 13:00 PM', '时间无效'],
    ['2026-11-03 0:30 AM', '时间无效'],
    ['2026年11月3日 上午14:00', '时间无效'],
    ['2026年11月3日 晚上12点', '时间无效'],
    ['20260230', '日期不存在'],
    [20260230, '日期不存在'],
    ['0026-11-03', '年份超出范围'],
    ['1899-12-31', '年份超出范围'],
    ['next tuesday', '无法识别的日期时间'],
    ['明天', '无法识别的日期时间'],
    ['2026-11-03 14', '无法识别的日期时间'],
    ['2026-11-03 14:00 GMT', '无法识别的日期时间'],
    ['2026-11-03T14:00:00Z', '无法识别的日期时间'],
    ['2026-11-03T14:00+08:00', '无法识别的日期时间'],
    ['11/03/2026', '无法识别的日期时间'],
    ['2026-11-03T', '无法识别的日期时间'],
    ['2026-11/03', '无法识别的日期时间'],
    ['2026-11-0314:00', '无法识别的日期时间'],
    ['2026年11月', '无法识别的日期时间'],
    ['2026', '无法识别的日期时间'],
    ['2026.11', '无法识别的日期时间'],
    ['=TODAY()', '无法识别的日期时间'],
    ['-46329', '无法识别的日期时间'],
    [0, '日期序号超出范围'],
    [0.5, '日期序号超出范围'],
    [-1, '日期序号超出范围'],
    [2958466, '日期序号超出范围'],
    [60, '日期不存在'],
    [NaN, '无法识别的日期时间'],
    [Infinity, '无法识别的日期时间'],
    [true, '无法识别的日期时间'],
    [new Date(NaN), '无法识别的日期时间'],
    [wall(1899, 12, 30, 14), '日期超出范围'],
  ])('%j is rejected (%s) and quoted', (input, kind) => {
    const msg = error(parseDateTime(input));
    expect(msg).toMatch(new RegExp(kind));
    expect(msg).toContain(quoteCell(input));
    if (typeof input === 'string' || typeof input === 'number') expect(msg).toContain(`"${String(input)}"`);
  });

  test('the message for an unrecognised date names what is expected', () => {
    expect(error(parseDateTime('2026-13-45'))).toBe('日期不存在 "2026-13-45"（日历上没有这一天）');
    expect(error(parseDateTime('next tuesday'))).toBe('无法识别的日期时间 "next tuesday"（应为日期时间，例如 2026-11-03 14:00）');
    const r = parseDateTime('next tuesday');
    expect(r.ok ? undefined : { code: r.error.code, en: render(r.error, 'en') }).toEqual({ code: 'cell.badDateTime', en: 'unrecognised date-time "next tuesday" (expected a date-time like 2026-11-03 14:00)' });
  });
});

describe('parseAmount', () => {
  test.each<[CellValue, number]>([
    [5000, 5000],
    [0, 0],
    [-0, 0],
    [5000.5, 5000.5],
    ['5000', 5000],
    ['0', 0],
    ['5,000', 5000],
    ['1,234,567.89', 1234567.89],
    ['5000元', 5000],
    ['5000 元', 5000],
    ['5000.00 元', 5000],
    ['5000元整', 5000],
    ['5000块', 5000],
    ['￥5000', 5000],
    ['¥5,000.50', 5000.5],
    ['￥ 5,000.50', 5000.5],
    ['¥5000元', 5000],
    ['RMB 5000', 5000],
    ['rmb5000', 5000],
    ['CNY 1,200', 1200],
    ['5000 RMB', 5000],
    ['人民币5000元', 5000],
    ['5千', 5000],
    ['5千元', 5000],
    ['1.5万', 15000],
    ['1.5万元', 15000],
    ['0.3万', 3000],
    ['2k', 2000],
    ['５０００', 5000],
    ['５，０００．５０', 5000.5],
    ['５０００元', 5000],
    ['.5', 0.5],
    ['-0', 0],
  ])('%j → %d', (input, expected) => {
    expect(value(parseAmount(input))).toBe(expected);
  });

  test.each([...EMPTY, '-', '—', '/', '无', '暂无'])('empty or placeholder %j → undefined', (v) => {
    expect(value(parseAmount(v))).toBeUndefined();
  });

  test.each<[CellValue, string]>([
    [-5, '金额不能为负'],
    [-0.01, '金额不能为负'],
    ['-5000', '金额不能为负'],
    ['－5000', '金额不能为负'],
    ['−5000', '金额不能为负'],
    ['￥-5000', '金额不能为负'],
    ['(5,000)', '金额不能为负'],
    ['abc', '无法识别的金额'],
    ['5,00', '无法识别的金额'],
    ['50,00,000', '无法识别的金额'],
    ['5000$', '无法识别的金额'],
    ['$5000', '无法识别的金额'],
    ['五千', '无法识别的金额'],
    ['元', '无法识别的金额'],
    ['1.2.3', '无法识别的金额'],
    ['5000元/天', '无法识别的金额'],
    ['=A1*2', '无法识别的金额'],
    ['约5000', '无法识别的金额'],
    ['5 000', '无法识别的金额'],
    ['50 00元', '无法识别的金额'],
    [NaN, '无法识别的金额'],
    [Infinity, '无法识别的金额'],
    [true, '无法识别的金额'],
    [wall(2026, 1, 1), '无法识别的金额'],
  ])('%j is rejected (%s) and quoted', (input, kind) => {
    const msg = error(parseAmount(input));
    expect(msg).toContain(kind);
    expect(msg).toContain(quoteCell(input));
    if (typeof input === 'string' || typeof input === 'number') expect(msg).toContain(`"${String(input)}"`);
  });
});

describe('parseRating', () => {
  test.each<[CellValue, number]>([
    [1, 1], [3, 3], [5, 5], [4.0, 4],
    ['1', 1], ['5', 5], [' 4 ', 4], ['4.0', 4], ['４', 4], ['4分', 4], ['5星', 5], ['★★★★☆', 4], ['★', 1],
    ['非常满意', 5], ['很满意', 5], ['十分满意', 5], ['满意', 4], ['比较满意', 4],
    ['一般', 3], ['基本满意', 3], ['不满意', 2], ['不太满意', 2],
    ['非常不满意', 1], ['很不满意', 1], [' 满意 ', 4],
    ['Very satisfied', 5], ['satisfied', 4], ['Neutral', 3], ['Dissatisfied', 2], ['very dissatisfied', 1],
  ])('%j → %d', (input, expected) => {
    expect(value(parseRating(input))).toBe(expected);
  });

  test.each([...EMPTY, '-', '/', '无'])('empty or placeholder %j → undefined', (v) => {
    expect(value(parseRating(v))).toBeUndefined();
  });

  test.each<[CellValue, string]>([
    [0, '满意度超出范围'],
    [6, '满意度超出范围'],
    [4.5, '满意度超出范围'],
    [-1, '满意度超出范围'],
    ['0', '满意度超出范围'],
    ['6', '满意度超出范围'],
    ['10', '满意度超出范围'],
    ['4.5', '满意度超出范围'],
    ['-3', '满意度超出范围'],
    ['★★★★★★', '满意度超出范围'],
    ['好', '无法识别的满意度'],
    ['满意吧', '无法识别的满意度'],
    ['good', '无法识别的满意度'],
    ['4/5', '无法识别的满意度'],
    [NaN, '无法识别的满意度'],
    [true, '无法识别的满意度'],
  ])('%j is rejected (%s) and quoted', (input, kind) => {
    const msg = error(parseRating(input));
    expect(msg).toContain(kind);
    expect(msg).toContain(quoteCell(input));
    if (typeof input === 'string' || typeof input === 'number') expect(msg).toContain(`"${String(input)}"`);
  });
});

describe('parseBool', () => {
  test.each<[CellValue, boolean]>([
    [true, true], [false, false], [1, true], [0, false],
    ['是', true], ['否', false], ['有效', true], ['无效', false],
    ['Y', true], ['N', false], ['y', true], ['n', false],
    ['yes', true], ['no', false], ['YES', true], ['No', false],
    ['true', true], ['false', false], ['TRUE', true], ['FALSE', false],
    ['1', true], ['0', false], ['１', true], ['０', false],
    ['✓', true], ['√', true], ['✔', true], ['×', false], ['✗', false], ['✘', false],
    [' 是 ', true], ['Ｙ', true], ['对', true], ['不是', false],
  ])('%j → %s', (input, expected) => {
    expect(value(parseBool(input))).toBe(expected);
  });

  test.each([...EMPTY, '-', '—', '/'])('empty or placeholder %j → undefined', (v) => {
    expect(value(parseBool(v))).toBeUndefined();
  });

  test.each<CellValue>(['无', '有', '待定', 'maybe', '2', 'x', 'yes!', 2, -1, 0.5, wall(2026, 1, 1)])('%j is rejected and quoted', (input) => {
    const msg = error(parseBool(input));
    expect(msg).toContain('无法识别的是/否');
    expect(msg).toContain(quoteCell(input));
  });
});

describe('parseList', () => {
  test.each<[CellValue, string[]]>([
    ['媒体曝光', ['媒体曝光']],
    ['媒体曝光、重复投诉', ['媒体曝光', '重复投诉']],
    ['媒体曝光,重复投诉', ['媒体曝光', '重复投诉']],
    ['媒体曝光，重复投诉', ['媒体曝光', '重复投诉']],
    ['媒体曝光;重复投诉', ['媒体曝光', '重复投诉']],
    ['媒体曝光；重复投诉', ['媒体曝光', '重复投诉']],
    ['媒体曝光 重复投诉', ['媒体曝光', '重复投诉']],
    ['媒体曝光　重复投诉', ['媒体曝光', '重复投诉']],
    ['媒体曝光\n重复投诉', ['媒体曝光', '重复投诉']],
    ['媒体曝光\r\n重复投诉', ['媒体曝光', '重复投诉']],
    [' 媒体曝光 、 重复投诉 ；群体投诉 ', ['媒体曝光', '重复投诉', '群体投诉']],
    ['媒体曝光、、重复投诉、', ['媒体曝光', '重复投诉']],
    ['媒体曝光、重复投诉、媒体曝光', ['媒体曝光', '重复投诉']],
    ['媒体曝光  媒体曝光', ['媒体曝光']],
    ['media exposure, repeat', ['media exposure', 'repeat']],
    ['=HYPERLINK("x")', ['=HYPERLINK("x")']],
    [3, ['3']],
  ])('%j → %j', (input, expected) => {
    expect(value(parseList(input))).toEqual(expected);
  });

  test.each([...EMPTY, '、', '，；', '-', '无'])('empty %j → undefined', (v) => {
    expect(value(parseList(v))).toBeUndefined();
  });

  test.each<CellValue>([true, wall(2026, 1, 1), NaN])('%j is rejected and quoted', (input) => {
    expect(error(parseList(input))).toContain(quoteCell(input));
  });
});

describe('parseText', () => {
  test.each<[CellValue, string]>([
    ['张三', '张三'],
    ['  张三  ', '张三'],
    ['\u3000张三\u3000', '张三'],
    ['第一行\n第二行', '第一行\n第二行'],
    ['ＡＢＣ', 'ＡＢＣ'], // data is kept as written
    [1, '1'],
    [1.0, '1'],
    [0, '0'],
    [-0, '0'],
    [-12.5, '-12.5'],
    [5000.5, '5000.5'],
    [13800138000, '13800138000'],
    [0.1 + 0.2, '0.3'],
    [1e21, '1000000000000000000000'],
    [1.5e-7, '0.00000015'],
    [123456789012345680000, '123456789012346000000'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [wall(2026, 11, 3, 14, 5), '2026-11-03 14:05'],
    [wall(2026, 11, 3), '2026-11-03 00:00'],
    // Text is data: formula-looking values stay exactly as typed.
    ['=1+1', '=1+1'],
    ['=HYPERLINK("http://evil","click")', '=HYPERLINK("http://evil","click")'],
    ['+86 138 0013 8000', '+86 138 0013 8000'],
    ['-', '-'],
    ['-5', '-5'],
    ['--', '--'],
    ['@SUM(A1)', '@SUM(A1)'],
    ['  =cmd|"/c calc"!A1', '=cmd|"/c calc"!A1'],
    ['无', '无'],
    ['N/A', 'N/A'],
  ])('%j → %j', (input, expected) => {
    expect(value(parseText(input))).toBe(expected);
  });

  test.each(EMPTY)('empty %j → undefined', (v) => {
    expect(value(parseText(v))).toBeUndefined();
  });

  test.each<CellValue>([NaN, Infinity, new Date(NaN)])('%j is rejected and quoted', (input) => {
    expect(error(parseText(input))).toContain(quoteCell(input));
  });

  test.each<[number, string]>([
    [0.5, '0.5'], [100, '100'], [1e-7, '0.0000001'], [-1e22, '-10000000000000000000000'], [2.5e-10, '0.00000000025'], [123.456, '123.456'],
  ])('plainDecimal(%d) → %s', (n, s) => {
    expect(plainDecimal(n)).toBe(s);
  });
});

describe('parseHours', () => {
  test.each<[CellValue, number]>([
    [0, 0], [2, 2], [2.5, 2.5], [48, 48],
    ['0', 0], ['2', 2], ['2.5', 2.5], ['.5', 0.5], [' 3 ', 3], ['２．５', 2.5],
    ['2小时', 2], ['2 小时', 2], ['2个小时', 2], ['2.5小时', 2.5], ['2时', 2],
    ['2h', 2], ['2H', 2], ['2 h', 2], ['2hr', 2], ['2hrs', 2], ['2 hours', 2], ['1 hour', 1],
    ['1天', 24], ['1.5天', 36], ['2日', 48], ['1d', 24], ['2 days', 48], ['1 day', 24],
    ['30分钟', 0.5], ['90min', 1.5], ['15分', 0.25], ['45 minutes', 0.75],
    ['1天2小时', 26], ['1d 2h', 26], ['2小时30分钟', 2.5], ['1h30min', 1.5],
    [8760, 8760], ['365天', 8760],
  ])('%j → %d', (input, expected) => {
    expect(value(parseHours(input))).toBe(expected);
  });

  test.each([...EMPTY, '-', '/', '无'])('empty or placeholder %j → undefined', (v) => {
    expect(value(parseHours(v))).toBeUndefined();
  });

  test.each<[CellValue, string]>([
    [-1, '时长不能为负'],
    [-0.5, '时长不能为负'],
    ['-2', '时长不能为负'],
    ['-2小时', '时长不能为负'],
    ['－3', '时长不能为负'],
    ['abc', '无法识别的时长'],
    ['两小时', '无法识别的时长'],
    ['2周', '无法识别的时长'],
    ['小时', '无法识别的时长'],
    ['2小时左右', '无法识别的时长'],
    ['2..5', '无法识别的时长'],
    ['2 3', '无法识别的时长'],
    [NaN, '无法识别的时长'],
    [true, '无法识别的时长'],
    [wall(2026, 1, 1), '无法识别的时长'],
    // Regression (issue 9): a 1e12-hour pause printed deadlines as "0NaN-NaN-NaN".
    [1e12, '时长超出范围'],
    ['1e12', '无法识别的时长'],
    [8761, '时长超出范围'],
    ['366天', '时长超出范围'],
    [Infinity, '无法识别的时长'],
  ])('%j is rejected (%s) and quoted', (input, kind) => {
    const msg = error(parseHours(input));
    expect(msg).toContain(kind);
    expect(msg).toContain(quoteCell(input));
    if (typeof input === 'string' || typeof input === 'number') expect(msg).toContain(`"${String(input)}"`);
  });
});

describe('FIELD_PARSERS', () => {
  test('every field type has a parser', () => {
    for (const f of FIELDS) expect(typeof FIELD_PARSERS[f.type]).toBe('function');
  });

  test.each<[string, CellValue, unknown]>([
    ['received', '2026-11-03 14:00', stampOf(dayOf(2026, 11, 3), 840)],
    ['customer', '  张三 ', '张三'],
    ['loss', '¥5,000', 5000],
    ['factors', '媒体曝光、重复投诉', ['媒体曝光', '重复投诉']],
    ['tierOverride', ' 重大 ', '重大'],
    ['valid', '否', false],
    ['satisfaction', '满意', 4],
    ['paused', '1天', 24],
    ['id', 7, '7'],
  ])('field %s dispatches by type: %j', (key, input, expected) => {
    const f = FIELDS.find((x) => x.key === key)!;
    expect(value<unknown>(FIELD_PARSERS[f.type](input) as Result<unknown>)).toEqual(expected);
    expect(value(parseCell(f.type, input))).toEqual(expected);
  });
});

describe('time-zone independence', () => {
  // CI runs this suite under TZ=Asia/Shanghai and TZ=America/Los_Angeles; the expected values are
  // wall-clock literals, so a parser that leaked the local zone would fail under one of them.
  const inputs: CellValue[] = [
    46329.583333333336,
    '46329.5',
    wall(2026, 11, 3, 14),
    wall(2026, 3, 8, 2, 30), // the US spring-forward gap
    wall(2026, 11, 1, 1, 30), // the US fall-back overlap
    '2026-03-08 02:30',
    '2026-11-01 01:30',
    '2026年11月3日 下午2:30',
    '2026/1/1',
  ];
  const expected = [
    '2026-11-03 14:00',
    '2026-11-03 12:00',
    '2026-11-03 14:00',
    '2026-03-08 02:30',
    '2026-11-01 01:30',
    '2026-03-08 02:30',
    '2026-11-01 01:30',
    '2026-11-03 14:30',
    '2026-01-01 00:00',
  ];

  test(`wall-clock results under TZ=${process.env.TZ ?? '(unset)'}`, () => {
    expect(inputs.map((v) => fmt(value(parseDateTime(v))))).toEqual(expected);
    expect(value(parseText(wall(2026, 3, 8, 2, 30)))).toBe('2026-03-08 02:30');
  });

  test('by design: the parsers never call a local-time Date method', () => {
    // Every local-time accessor and local constructor throws while the parsers run: the results
    // cannot depend on the zone because the zone is never consulted.
    const proto = Date.prototype as unknown as Record<string, unknown>;
    const local = [
      'getFullYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes', 'getSeconds', 'getMilliseconds',
      'getTimezoneOffset', 'getYear', 'toString', 'toDateString', 'toTimeString', 'toLocaleString',
      'toLocaleDateString', 'toLocaleTimeString', 'setFullYear', 'setMonth', 'setDate', 'setHours', 'setMinutes',
    ];
    const saved = new Map(local.map((k) => [k, proto[k]]));
    const RealDate = Date;
    const guarded = new Proxy(RealDate, {
      construct(target, args: unknown[]) {
        if (args.length > 1) throw new Error('local-time Date constructor used');
        if (args.length === 1 && typeof args[0] === 'string' && !/^\d{4}-\d\d-\d\dT.*Z$/.test(args[0])) {
          throw new Error('Date parsing of a non-ISO string used');
        }
        return Reflect.construct(target, args) as object;
      },
      get(target, prop, receiver) {
        if (prop === 'parse') throw new Error('Date.parse used');
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
    const samples = [...inputs, '2026-02-30', '2026-11-03 25:00', 'x'];
    const run = (): unknown[] => [
      ...samples.map((v) => parseDateTime(v)),
      parseText(wall(2026, 11, 3, 14)),
      parseAmount('¥5,000'),
      parseHours('1天'),
      parseRating('满意'),
      parseBool('是'),
      parseList('a、b'),
    ];
    const before = run();
    let after: unknown[] | Error;
    try {
      for (const k of local) {
        proto[k] = () => {
          throw new Error(`Date.prototype.${k} used`);
        };
      }
      (globalThis as { Date: DateConstructor }).Date = guarded;
      after = run();
    } catch (e) {
      after = e as Error;
    } finally {
      (globalThis as { Date: DateConstructor }).Date = RealDate;
      for (const [k, f] of saved) proto[k] = f;
    }
    expect(after).toEqual(before);
  });
});
