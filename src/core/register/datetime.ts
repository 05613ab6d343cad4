// Date-times as people type them into a register: Excel serials and dates, ISO and slashed dates,
// 2026年11月3日 with 14时30分 or 下午2:30. Wall-clock values: no time zone moves them (see ../time).
import { Result, ok, err } from '../result';
import { msg } from '../messages/msg';
import { Stamp, dayOf, isValidYmd, stampOf, stampFromSerial, stampFromDate } from '../time';
import { toHalfWidth } from '../text';
import { CellValue, MAX_EXCEL_SERIAL, MAX_YEAR, MIN_YEAR, formulaError, isEmpty, isErrorValue, isPlaceholder, quoteCell } from './cell-basics';

// ---------------------------------------------------------------------------------------------
// Date-time

const badDateTime = (v: unknown): Result<never> => err(msg('cell.badDateTime', { value: quoteCell(v) }));

function fromSerial(n: number, raw: unknown): Result<Stamp> {
  if (!Number.isFinite(n)) return badDateTime(raw);
  // 20261103 typed as a number or digits: a compact date, far above any serial.
  if (Number.isInteger(n) && n >= 19000101 && n <= 99991231) {
    const y = Math.floor(n / 10000);
    const m = Math.floor(n / 100) % 100;
    const d = n % 100;
    if (!isValidYmd(y, m, d)) return err(msg('cell.noSuchDate', { value: quoteCell(raw) }));
    return ok(stampOf(dayOf(y, m, d)));
  }
  if (n < 1 || n >= MAX_EXCEL_SERIAL + 1) {
    return err(msg('cell.serialRange', { value: quoteCell(raw), max: MAX_EXCEL_SERIAL }));
  }
  // Excel's 1900 system counts a 1900-02-29 that never was: serials below 60 are a day early.
  if (n >= 60 && n < 61) return err(msg('cell.serial60', { value: quoteCell(raw) }));
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
      return err(msg('cell.dateRange', { value: quoteCell(v), min: MIN_YEAR, max: MAX_YEAR }));
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
  if (y < MIN_YEAR || y > MAX_YEAR) return err(msg('cell.yearRange', { value: quoteCell(v), min: MIN_YEAR, max: MAX_YEAR }));
  if (!isValidYmd(y, mo, d)) return err(msg('cell.noSuchDate', { value: quoteCell(v) }));
  if (time === 'bad-time') return err(msg('cell.badTime', { value: quoteCell(v) }));
  return ok(stampOf(dayOf(y, mo, d), time.minutes));
}
