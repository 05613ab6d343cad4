// Cell parsers: what people type into a register, read into typed values. Each parser returns
// ok(undefined) for an empty cell, ok(value) for a value it understands and err(message) otherwise;
// the message names what was expected and quotes the value, so a user can find and fix the cell.
// Nothing here depends on the machine's time zone: dates are wall-clock (see ../time).
import { Result, ok, err } from '../result';
import { msg } from '../messages/msg';
import { Stamp, formatStamp, stampFromDate } from '../time';
import { toHalfWidth } from '../text';
import { FieldType } from './fields';
import {
  BOOL_PLACEHOLDERS, CellParser, CellValue, DIGITS_APART, formulaError, isEmpty, isErrorValue, isPlaceholder, plainDecimal, quoteCell, squash, unsupported,
} from './cell-basics';
import { parseDateTime } from './datetime';
import { PausePeriod, parsePeriods } from './periods';

export * from './cell-basics';
export { parseDateTime } from './datetime';

// ---------------------------------------------------------------------------------------------
// Amount

const CURRENCY_PREFIX = /^(rmb|cny|人民币|￥|¥)/;
const CURRENCY_SUFFIX = /(元整|元|圆|块钱|块|rmb|cny)$/;
const MULTIPLIER: Readonly<Record<string, number>> = { 万: 10000, 千: 1000, 百: 100, k: 1000 };
const PLAIN_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;

/** A non-negative amount in yuan: 5000, "5,000", "5000元", "￥5000", "¥5,000.50", "RMB 5000", "1.5万". */
export function parseAmount(v: CellValue): Result<number | undefined> {
  if (isErrorValue(v)) return formulaError(v);
  if (isEmpty(v) || isPlaceholder(v)) return ok(undefined);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return err(msg('cell.badAmount', { value: quoteCell(v) }));
    if (v < 0) return err(msg('cell.negativeAmount', { value: quoteCell(v) }));
    return ok(v + 0);
  }
  if (typeof v !== 'string') return unsupported('amount', v);
  if (DIGITS_APART.test(toHalfWidth(v))) return err(msg('cell.badAmount', { value: quoteCell(v) }));
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
  if (s === '' || s === '.' || !PLAIN_NUMBER.test(s)) return err(msg('cell.badAmount', { value: quoteCell(v) }));
  let n = Number(s.replace(/,/g, ''));
  if (scale !== 1) n = Math.round(n * scale * 100) / 100;
  if (negative && n !== 0) return err(msg('cell.negativeAmount', { value: quoteCell(v) }));
  return ok(n + 0);
}

// ---------------------------------------------------------------------------------------------
// Rating

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
  if (!Number.isInteger(n) || n < 1 || n > 5) return err(msg('cell.ratingRange', { value: quoteCell(raw) }));
  return ok(n);
}

/** Satisfaction 1–5: a whole number, "4分", "★★★★☆", or 非常满意 5 … 非常不满意 1. */
export function parseRating(v: CellValue): Result<number | undefined> {
  if (isErrorValue(v)) return formulaError(v);
  if (isEmpty(v) || isPlaceholder(v)) return ok(undefined);
  if (typeof v === 'number') return Number.isFinite(v) ? ratingNumber(v, v) : err(msg('cell.badRating', { value: quoteCell(v) }));
  if (typeof v !== 'string') return unsupported('rating', v);
  const s = squash(v);
  const word = RATING_WORDS[s];
  if (word !== undefined) return ok(word);
  let m = /^(-?\d+(?:\.\d+)?)(分|星)?$/.exec(s);
  if (m) return ratingNumber(Number(m[1]), v);
  if ((m = /^(★+)☆*$/.exec(s))) return ratingNumber(m[1].length, v);
  return err(msg('cell.badRating', { value: quoteCell(v) }));
}

// ---------------------------------------------------------------------------------------------
// Yes / no

const TRUE_WORDS = new Set(['是', '有效', 'y', 'yes', 'true', '1', '✓', '√', '✔', '对']);
const FALSE_WORDS = new Set(['否', '无效', 'n', 'no', 'false', '0', '×', '✗', '✘', '不是']);

/** 是否有效: 是/否, 有效/无效, Y/N, yes/no, true/false, 1/0, ✓/√/×. */
export function parseBool(v: CellValue): Result<boolean | undefined> {
  if (isErrorValue(v)) return formulaError(v);
  if (isEmpty(v) || isPlaceholder(v, BOOL_PLACEHOLDERS)) return ok(undefined);
  if (typeof v === 'boolean') return ok(v);
  if (typeof v === 'number') {
    if (v === 1) return ok(true);
    if (v === 0) return ok(false);
    return err(msg('cell.badBool', { value: quoteCell(v) }));
  }
  if (typeof v !== 'string') return unsupported('bool', v);
  const s = squash(v);
  if (TRUE_WORDS.has(s)) return ok(true);
  if (FALSE_WORDS.has(s)) return ok(false);
  return err(msg('cell.badBool', { value: quoteCell(v) }));
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
  if (typeof v === 'number') return Number.isFinite(v) ? ok([plainDecimal(v)]) : unsupported('list', v);
  if (typeof v !== 'string') return unsupported('list', v);
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
  if (typeof v === 'number') return Number.isFinite(v) ? ok(plainDecimal(v)) : unsupported('text', v);
  if (typeof v === 'boolean') return ok(v ? 'TRUE' : 'FALSE');
  if (v instanceof Date) {
    return Number.isNaN(v.getTime()) ? unsupported('text', v) : ok(formatStamp(stampFromDate(v), ' '));
  }
  return unsupported('text', v);
}

// ---------------------------------------------------------------------------------------------
// Hours

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
    return err(msg('cell.hoursRange', { value: quoteCell(v), max: MAX_PAUSED_HOURS }));
  }
  return r;
}

function parseHoursUnbounded(v: CellValue): Result<number | undefined> {
  if (isErrorValue(v)) return formulaError(v);
  if (isEmpty(v) || isPlaceholder(v)) return ok(undefined);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return err(msg('cell.badHours', { value: quoteCell(v) }));
    if (v < 0) return err(msg('cell.negativeHours', { value: quoteCell(v) }));
    return ok(v + 0);
  }
  if (typeof v !== 'string') return unsupported('hours', v);
  if (DIGITS_APART.test(toHalfWidth(v))) return err(msg('cell.badHours', { value: quoteCell(v) }));
  let s = squash(v).replace(/[−–]/g, '-');
  if (/^-\d/.test(s)) return err(msg('cell.negativeHours', { value: quoteCell(v) }));
  if (/^(\d+(\.\d+)?|\.\d+)$/.test(s)) return ok(Number(s));
  let total = 0;
  let parts = 0;
  while (s !== '') {
    const m = /^(\d+(?:\.\d+)?|\.\d+)/.exec(s);
    if (!m) return err(msg('cell.badHours', { value: quoteCell(v) }));
    s = s.slice(m[0].length);
    const unit = UNIT_HOURS.map(([re, f]) => [re.exec(s), f] as const).find(([u]) => u !== null);
    if (!unit || !unit[0]) return err(msg('cell.badHours', { value: quoteCell(v) }));
    s = s.slice(unit[0][0].length);
    total += Number(m[1]) * unit[1];
    parts++;
  }
  if (parts === 0) return err(msg('cell.badHours', { value: quoteCell(v) }));
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
  periods: PausePeriod[];
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
  periods: parsePeriods,
};

/** Parses one cell for a field type. */
export function parseCell<T extends FieldType>(type: T, v: CellValue): Result<FieldValueByType[T] | undefined> {
  return (FIELD_PARSERS[type] as CellParser<FieldValueByType[T]>)(v);
}
