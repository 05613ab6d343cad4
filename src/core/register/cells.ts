// Cell parsers: what people type into a register, read into typed values. Each parser returns
// ok(undefined) for an empty cell, ok(value) for a value it understands and err(message) otherwise;
// the message names what was expected and quotes the value, so a user can find and fix the cell.
// Nothing here depends on the machine's time zone: dates are wall-clock (see ../time).
import { Result, ok, err } from '../result';
import { Stamp, dayOf, isValidYmd, stampOf, stampFromSerial, stampFromDate, formatStamp } from '../time';
import { toHalfWidth } from '../text';
import { FieldType } from './fields';

/**
 * A formula whose cached result is an error (#DIV/0!, #N/A, #REF!, #VALUE!, #NAME?, #NUM!, #NULL!,
 * #SPILL!, ...). It is not empty and not text: every parser refuses it, so the cell is named.
 */
export interface ErrorValue {
  readonly error: string;
}

/** What a reader hands over for one cell (exceljs and Office.js values, already unwrapped). */
export type CellValue = string | number | boolean | Date | ErrorValue | null | undefined;

export const errorValue = (code: string): ErrorValue => ({ error: code });

export function isErrorValue(v: unknown): v is ErrorValue {
  return typeof v === 'object' && v !== null && !(v instanceof Date) && typeof (v as { error?: unknown }).error === 'string';
}

/** The message for a formula error cell, the same whichever field it is in. */
const formulaError = (v: ErrorValue): Result<never> =>
  err(`公式错误 ${v.error} (the cell holds a formula error; fix the formula or type the value)`);

export type CellParser<T> = (v: CellValue) => Result<T | undefined>;

/** Excel's largest date serial, 9999-12-31. */
export const MAX_EXCEL_SERIAL = 2958465;
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

// ---------------------------------------------------------------------------------------------
// Helpers

/** The value in double quotes for a message; long text is cut. */
export function quoteCell(v: unknown): string {
  let s: string;
  if (v instanceof Date) s = Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
  else if (typeof v === 'boolean') s = v ? 'TRUE' : 'FALSE';
  else if (isErrorValue(v)) s = v.error;
  else s = String(v);
  if (s.length > 80) s = `${s.slice(0, 77)}…`;
  return JSON.stringify(s);
}

function isEmpty(v: CellValue): v is null | undefined | '' {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Half-width, no white space, lower case: the form typed values are recognised in. */
function squash(s: string): string {
  return toHalfWidth(s).replace(/[\s\u200B-\u200D\uFEFF]+/g, '').toLowerCase();
}

/** "Nothing here" marks in typed columns: a dash or slash, N/A, 无. */
const PLACEHOLDERS = new Set(['-', '--', '---', '—', '——', '/', '\\', 'n/a', 'na', '无', '暂无']);
/** In a yes/no column 无 could mean 无效, so only dashes and slashes count as empty there. */
const BOOL_PLACEHOLDERS = new Set(['-', '--', '---', '—', '——', '/', '\\']);

/** "2 3" or "5 000": two numbers, not one; squash would glue them together. */
const DIGITS_APART = /\d\s+[\d.]/;

const isPlaceholder = (v: CellValue, set = PLACEHOLDERS): boolean => typeof v === 'string' && set.has(squash(v));

/**
 * A number as plain decimal text, as Excel's General format shows it: at most 15 significant digits
 * (0.1 + 0.2 is 0.3) and never an exponent (1e21 is 1000000000000000000000).
 */
export function plainDecimal(n: number): string {
  const r = Number(n.toPrecision(15)) + 0; // + 0 turns -0 into 0
  const s = String(r);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const digits = m[2] + (m[3] ?? '');
  const point = 1 + Number(m[4]);
  if (point <= 0) return `${m[1]}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${m[1]}${digits}${'0'.repeat(point - digits.length)}`;
  return `${m[1]}${digits.slice(0, point)}.${digits.slice(point)}`;
}

const unsupported = <T>(what: string, v: unknown): Result<T> => err(`无法识别的${what} ${quoteCell(v)} (unsupported cell value)`);

// ---------------------------------------------------------------------------------------------
// Date-time

const DT_EXPECTED = '(expected a date-time like 2026-11-03 14:00)';
const badDateTime = (v: unknown): Result<never> => err(`无法识别的日期时间 ${quoteCell(v)} ${DT_EXPECTED}`);

function fromSerial(n: number, raw: unknown): Result<Stamp> {
  if (!Number.isFinite(n)) return badDateTime(raw);
  // 20261103 typed as a number or digits: a compact date, far above any serial.
  if (Number.isInteger(n) && n >= 19000101 && n <= 99991231) {
    const y = Math.floor(n / 10000);
    const m = Math.floor(n / 100) % 100;
    const d = n % 100;
    if (!isValidYmd(y, m, d)) return err(`日期不存在 ${quoteCell(raw)} (no such calendar date)`);
    return ok(stampOf(dayOf(y, m, d)));
  }
  if (n < 1 || n >= MAX_EXCEL_SERIAL + 1) {
    return err(`日期序号超出范围 ${quoteCell(raw)} (an Excel date serial must be between 1 and ${MAX_EXCEL_SERIAL})`);
  }
  // Excel's 1900 system counts a 1900-02-29 that never was: serials below 60 are a day early.
  if (n >= 60 && n < 61) return err(`日期不存在 ${quoteCell(raw)} (Excel serial 60 is 1900-02-29, which does not exist)`);
  return ok(stampFromSerial(n < 60 ? n + 1 : n));
}

const ISO_DATE = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:t|\s+)(.*))?$/;
const ZH_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})(?:[日号]\s*(.*)|\s+(.*))?$/;
const COLON_TIME = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2}(?:\.\d+)?))?$/;
const ZH_TIME = /^(\d{1,2})[时点](?:(半|整)|(\d{1,2})分?(?:(\d{1,2}(?:\.\d+)?)秒)?)?$/;
const AM_PREFIX = /^(上午|早上|早晨|凌晨|am|a\.m\.)\s*/;
const PM_PREFIX = /^(下午|中午|傍晚|晚上|夜里|夜间|pm|p\.m\.)\s*/;
const SUFFIX = /\s*(am|pm|a\.m\.|p\.m\.)$/;

type TimeResult = { minutes: number } | 'bad-time' | 'unrecognised';

/** Minutes after midnight from the time part of a date-time string (already half-width, lower case). */
function parseTimePart(text: string): TimeResult {
  let s = text.trim();
  if (s === '') return { minutes: 0 };
  let marker: string | undefined;
  let m = AM_PREFIX.exec(s) ?? PM_PREFIX.exec(s);
  if (m) {
    marker = m[1];
    s = s.slice(m[0].length);
  } else if ((m = SUFFIX.exec(s))) {
    marker = m[1];
    s = s.slice(0, m.index);
  }
  marker = marker?.replace(/\./g, '');
  let h: number;
  let mi = 0;
  let sec = 0;
  if ((m = COLON_TIME.exec(s))) {
    h = Number(m[1]);
    mi = Number(m[2]);
    sec = m[3] === undefined ? 0 : Number(m[3]);
  } else if ((m = ZH_TIME.exec(s))) {
    h = Number(m[1]);
    mi = m[2] === '半' ? 30 : m[3] === undefined ? 0 : Number(m[3]);
    sec = m[4] === undefined ? 0 : Number(m[4]);
  } else {
    return 'unrecognised';
  }
  if (marker !== undefined) {
    if (marker === 'am') {
      if (h < 1 || h > 12) return 'bad-time';
      if (h === 12) h = 0;
    } else if (marker === 'pm') {
      if (h < 1 || h > 12) return 'bad-time';
      if (h < 12) h += 12;
    } else if (['上午', '早上', '早晨'].includes(marker)) {
      if (h > 12) return 'bad-time';
    } else if (marker === '凌晨') {
      if (h > 6 && h !== 12) return 'bad-time';
      if (h === 12) h = 0;
    } else if (marker === '中午') {
      if (h >= 1 && h <= 2) h += 12;
      else if (h !== 11 && h !== 12 && h !== 13 && h !== 14) return 'bad-time';
    } else {
      // 下午 傍晚 晚上 夜里 夜间: 2 → 14; 14 stays 14 (redundant but clear); 晚上12点 is ambiguous.
      if (h === 0 || (h === 12 && marker !== '下午')) return 'bad-time';
      if (h < 12) h += 12;
    }
  }
  if (h > 23 || mi > 59 || sec >= 60) return 'bad-time';
  return { minutes: h * 60 + mi + sec / 60 };
}

/**
 * A wall-clock date-time as a Stamp: Excel serials (fraction = time of day), Date objects (UTC
 * fields are the wall clock), and text such as 2026-11-03 14:00, 2026-11-03T14:00:30, 2026/11/3,
 * 2026.11.3, 2026年11月3日 14:00, 2026年11月3日14时30分, 2026年11月3日 下午2:30, 20261103 or "46329.5".
 * A date alone is 00:00.
 */
export function parseDateTime(v: CellValue): Result<Stamp | undefined> {
  if (isErrorValue(v)) return formulaError(v);
  if (isEmpty(v) || isPlaceholder(v)) return ok(undefined);
  if (typeof v === 'number') return fromSerial(v, v);
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return badDateTime(v);
    const y = v.getUTCFullYear();
    if (y < MIN_YEAR || y > MAX_YEAR) {
      return err(`日期超出范围 ${quoteCell(v)} (a date must fall in ${MIN_YEAR}–${MAX_YEAR}; a time alone is not a date)`);
    }
    return ok(stampFromDate(v));
  }
  if (typeof v !== 'string') return badDateTime(v);
  const s = toHalfWidth(v).trim().toLowerCase().replace(/\s+/g, ' ');
  // Digits alone: a serial ("46329.5") or a compact date ("20261103"). Fewer than five integer
  // digits is not taken for a serial: "2026" or "2026.11" is a year or a month, not 1905.
  if (/^\d+(\.\d+)?$/.test(s)) return /^\d{5,}/.test(s) ? fromSerial(Number(s), v) : badDateTime(v);
  let y: number;
  let mo: number;
  let d: number;
  let rest: string;
  let m = ISO_DATE.exec(s);
  if (m) {
    [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
    rest = m[5] ?? '';
    if (m[5] !== undefined && rest.trim() === '') return badDateTime(v);
  } else if ((m = ZH_DATE.exec(s))) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    rest = m[4] ?? m[5] ?? '';
  } else {
    return badDateTime(v);
  }
  const time = parseTimePart(rest);
  if (time === 'unrecognised') return badDateTime(v);
  if (y < MIN_YEAR || y > MAX_YEAR) return err(`年份超出范围 ${quoteCell(v)} (year must be ${MIN_YEAR}–${MAX_YEAR})`);
  if (!isValidYmd(y, mo, d)) return err(`日期不存在 ${quoteCell(v)} (no such calendar date)`);
  if (time === 'bad-time') return err(`时间无效 ${quoteCell(v)} (hours must be 0–23, minutes and seconds 0–59)`);
  return ok(stampOf(dayOf(y, mo, d), time.minutes));
}

// ---------------------------------------------------------------------------------------------
// Amount

const AMOUNT_EXPECTED = '(expected an amount in yuan like 5000, 5,000.50 or ¥5000)';
const CURRENCY_PREFIX = /^(rmb|cny|人民币|￥|¥)/;
const CURRENCY_SUFFIX = /(元整|元|圆|块钱|块|rmb|cny)$/;
const MULTIPLIER: Readonly<Record<string, number>> = { 万: 10000, 千: 1000, 百: 100, k: 1000 };
const PLAIN_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;

/** A non-negative amount in yuan: 5000, "5,000", "5000元", "￥5000", "¥5,000.50", "RMB 5000", "1.5万". */
export function parseAmount(v: CellValue): Result<number | undefined> {
  if (isErrorValue(v)) return formulaError(v);
  if (isEmpty(v) || isPlaceholder(v)) return ok(undefined);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return err(`无法识别的金额 ${quoteCell(v)} ${AMOUNT_EXPECTED}`);
    if (v < 0) return err(`金额不能为负 ${quoteCell(v)} (a loss amount must not be negative)`);
    return ok(v + 0);
  }
  if (typeof v !== 'string') return unsupported('金额', v);
  if (DIGITS_APART.test(toHalfWidth(v))) return err(`无法识别的金额 ${quoteCell(v)} ${AMOUNT_EXPECTED}`);
  let s = squash(v).replace(/[−–]/g, '-');
  let negative = false;
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  } else if (/^\(.*\)$/.test(s)) {
    negative = true; // accounting style (5,000)
    s = s.slice(1, -1);
  }
  s = s.replace(CURRENCY_PREFIX, '');
  if (s.startsWith('-')) {
    negative = true;
    s = s.slice(1);
  }
  s = s.replace(CURRENCY_SUFFIX, '');
  let scale = 1;
  const last = s.slice(-1);
  if (MULTIPLIER[last] !== undefined) {
    scale = MULTIPLIER[last];
    s = s.slice(0, -1);
  }
  if (s === '' || s === '.' || !PLAIN_NUMBER.test(s)) return err(`无法识别的金额 ${quoteCell(v)} ${AMOUNT_EXPECTED}`);
  let n = Number(s.replace(/,/g, ''));
  if (scale !== 1) n = Math.round(n * scale * 100) / 100;
  if (negative && n !== 0) return err(`金额不能为负 ${quoteCell(v)} (a loss amount must not be negative)`);
  return ok(n + 0);
}

// ---------------------------------------------------------------------------------------------
// Rating

const RATING_EXPECTED = '(expected 1–5 or 非常满意/满意/一般/不满意/非常不满意)';
const RATING_WORDS: Readonly<Record<string, number>> = {
  非常满意: 5,
  很满意: 5,
  十分满意: 5,
  满意: 4,
  比较满意: 4,
  较满意: 4,
  一般: 3,
  基本满意: 3,
  不满意: 2,
  不太满意: 2,
  较不满意: 2,
  非常不满意: 1,
  很不满意: 1,
  十分不满意: 1,
  verysatisfied: 5,
  satisfied: 4,
  neutral: 3,
  dissatisfied: 2,
  unsatisfied: 2,
  verydissatisfied: 1,
};

function ratingNumber(n: number, raw: unknown): Result<number> {
  if (!Number.isInteger(n) || n < 1 || n > 5) return err(`满意度超出范围 ${quoteCell(raw)} (a rating must be a whole number from 1 to 5)`);
  return ok(n);
}

/** Satisfaction 1–5: a whole number, "4分", "★★★★☆", or 非常满意 5 … 非常不满意 1. */
export function parseRating(v: CellValue): Result<number | undefined> {
  if (isErrorValue(v)) return formulaError(v);
  if (isEmpty(v) || isPlaceholder(v)) return ok(undefined);
  if (typeof v === 'number') return Number.isFinite(v) ? ratingNumber(v, v) : err(`无法识别的满意度 ${quoteCell(v)} ${RATING_EXPECTED}`);
  if (typeof v !== 'string') return unsupported('满意度', v);
  const s = squash(v);
  const word = RATING_WORDS[s];
  if (word !== undefined) return ok(word);
  let m = /^(-?\d+(?:\.\d+)?)(分|星)?$/.exec(s);
  if (m) return ratingNumber(Number(m[1]), v);
  if ((m = /^(★+)☆*$/.exec(s))) return ratingNumber(m[1].length, v);
  return err(`无法识别的满意度 ${quoteCell(v)} ${RATING_EXPECTED}`);
}

// ---------------------------------------------------------------------------------------------
// Yes / no

const TRUE_WORDS = new Set(['是', '有效', 'y', 'yes', 'true', '1', '✓', '√', '✔', '对']);
const FALSE_WORDS = new Set(['否', '无效', 'n', 'no', 'false', '0', '×', '✗', '✘', '不是']);
const BOOL_EXPECTED = '(expected 是/否, 有效/无效, Y/N, yes/no, true/false, 1/0, √/×)';

/** 是否有效: 是/否, 有效/无效, Y/N, yes/no, true/false, 1/0, ✓/√/×. */
export function parseBool(v: CellValue): Result<boolean | undefined> {
  if (isErrorValue(v)) return formulaError(v);
  if (isEmpty(v) || isPlaceholder(v, BOOL_PLACEHOLDERS)) return ok(undefined);
  if (typeof v === 'boolean') return ok(v);
  if (typeof v === 'number') {
    if (v === 1) return ok(true);
    if (v === 0) return ok(false);
    return err(`无法识别的是/否 ${quoteCell(v)} ${BOOL_EXPECTED}`);
  }
  if (typeof v !== 'string') return unsupported('是/否', v);
  const s = squash(v);
  if (TRUE_WORDS.has(s)) return ok(true);
  if (FALSE_WORDS.has(s)) return ok(false);
  return err(`无法识别的是/否 ${quoteCell(v)} ${BOOL_EXPECTED}`);
}

// ---------------------------------------------------------------------------------------------
// List

const LIST_SEPARATORS = /[、,;，；､\r\n]/;

/**
 * 情形: items split on 、 , ; ， ； and line breaks; when none of those is present, on white space
 * (so "媒体曝光 重复投诉" is two items but "media exposure, repeat" keeps its phrase). Items are
 * trimmed; empty and repeated items are dropped; order is kept.
 */
export function parseList(v: CellValue): Result<string[] | undefined> {
  if (isErrorValue(v)) return formulaError(v);
  if (isEmpty(v) || isPlaceholder(v)) return ok(undefined);
  if (typeof v === 'number') return Number.isFinite(v) ? ok([plainDecimal(v)]) : unsupported('列表', v);
  if (typeof v !== 'string') return unsupported('列表', v);
  const parts = LIST_SEPARATORS.test(v) ? v.split(new RegExp(LIST_SEPARATORS.source, 'g')) : v.split(/\s+/);
  const items: string[] = [];
  for (const p of parts) {
    const t = p.trim();
    if (t !== '' && !items.includes(t)) items.push(t);
  }
  return ok(items.length > 0 ? items : undefined);
}

// ---------------------------------------------------------------------------------------------
// Text

/**
 * Any non-empty value as trimmed text: numbers as plain decimals (1, not 1.0), Dates as
 * YYYY-MM-DD HH:mm, booleans as TRUE/FALSE. Text is data: "=1+1", "+86 138…", "-", "@all" are
 * returned exactly as written, never evaluated or stripped.
 */
export function parseText(v: CellValue): Result<string | undefined> {
  if (isErrorValue(v)) return formulaError(v);
  if (isEmpty(v)) return ok(undefined);
  if (typeof v === 'string') return ok(v.trim());
  if (typeof v === 'number') return Number.isFinite(v) ? ok(plainDecimal(v)) : unsupported('文本', v);
  if (typeof v === 'boolean') return ok(v ? 'TRUE' : 'FALSE');
  if (v instanceof Date) {
    return Number.isNaN(v.getTime()) ? unsupported('文本', v) : ok(formatStamp(stampFromDate(v), ' '));
  }
  return unsupported('文本', v);
}

// ---------------------------------------------------------------------------------------------
// Hours

const HOURS_EXPECTED = '(expected hours like 2, 2.5, 2小时, 2h or 1天)';
const UNIT_HOURS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(天|日|days|day|d)/, 24],
  [/^(个小时|小时|hours|hour|hrs|hr|时|h)/, 1],
  [/^(分钟|minutes|minute|mins|min|分)/, 1 / 60],
];

/** A pause longer than a year stops no real clock: it is a typing error (1e12 hours is not a date). */
export const MAX_PAUSED_HOURS = 8760;

/** 暂停时长: non-negative hours from 2, "2.5", "2小时", "2h", "1天" (24 h), "1天2小时", "30分钟"; at most a year. */
export function parseHours(v: CellValue): Result<number | undefined> {
  const r = parseHoursUnbounded(v);
  if (r.ok && r.value !== undefined && r.value > MAX_PAUSED_HOURS) {
    return err(`时长超出范围 ${quoteCell(v)} (paused hours must be at most ${MAX_PAUSED_HOURS}, one year)`);
  }
  return r;
}

function parseHoursUnbounded(v: CellValue): Result<number | undefined> {
  if (isErrorValue(v)) return formulaError(v);
  if (isEmpty(v) || isPlaceholder(v)) return ok(undefined);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return err(`无法识别的时长 ${quoteCell(v)} ${HOURS_EXPECTED}`);
    if (v < 0) return err(`时长不能为负 ${quoteCell(v)} (paused hours must not be negative)`);
    return ok(v + 0);
  }
  if (typeof v !== 'string') return unsupported('时长', v);
  if (DIGITS_APART.test(toHalfWidth(v))) return err(`无法识别的时长 ${quoteCell(v)} ${HOURS_EXPECTED}`);
  let s = squash(v).replace(/[−–]/g, '-');
  if (/^-\d/.test(s)) return err(`时长不能为负 ${quoteCell(v)} (paused hours must not be negative)`);
  if (/^(\d+(\.\d+)?|\.\d+)$/.test(s)) return ok(Number(s));
  let total = 0;
  let parts = 0;
  while (s !== '') {
    const m = /^(\d+(?:\.\d+)?|\.\d+)/.exec(s);
    if (!m) return err(`无法识别的时长 ${quoteCell(v)} ${HOURS_EXPECTED}`);
    s = s.slice(m[0].length);
    const unit = UNIT_HOURS.map(([re, f]) => [re.exec(s), f] as const).find(([u]) => u !== null);
    if (!unit || !unit[0]) return err(`无法识别的时长 ${quoteCell(v)} ${HOURS_EXPECTED}`);
    s = s.slice(unit[0][0].length);
    total += Number(m[1]) * unit[1];
    parts++;
  }
  if (parts === 0) return err(`无法识别的时长 ${quoteCell(v)} ${HOURS_EXPECTED}`);
  return ok(Math.round(total * 1e6) / 1e6);
}

// ---------------------------------------------------------------------------------------------
// Dispatch

/** The value each field type parses to. */
export interface FieldValueByType {
  text: string;
  datetime: Stamp;
  amount: number;
  list: string[];
  tier: string;
  bool: boolean;
  rating: number;
  hours: number;
}

/** The parser for each field type, so a reader can dispatch on FIELDS[i].type. */
export const FIELD_PARSERS: { readonly [T in FieldType]: CellParser<FieldValueByType[T]> } = {
  text: parseText,
  datetime: parseDateTime,
  amount: parseAmount,
  list: parseList,
  // A tier typed by hand is kept as text; the tier rules decide what it names.
  tier: parseText,
  bool: parseBool,
  rating: parseRating,
  hours: parseHours,
};

/** Parses one cell for a field type. */
export function parseCell<T extends FieldType>(type: T, v: CellValue): Result<FieldValueByType[T] | undefined> {
  return (FIELD_PARSERS[type] as CellParser<FieldValueByType[T]>)(v);
}
