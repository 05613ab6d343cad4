// Looking at a column's values and at the rows around the header, so that nothing is read or left
// out silently: a "Closed" column that holds yes/no is a status, not a resolution time; a column
// left unread that holds dates or a status deserves a warning; a units row under the header, a
// totals row or a signature line at the bottom is not a complaint.
import { CellValue, parseBool, parseDateTime } from './cells';
import { normalizeHeader } from './headers';
import { squashValue } from './mapping';

export type Looks = 'date' | 'status';

const isBlank = (v: CellValue): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** A value that is a date or a date-time as people write one (a bare number may be anything). */
function isDateLike(v: CellValue): boolean {
  if (v instanceof Date) return true;
  if (typeof v !== 'string' || !/[-/.年]/.test(v)) return false;
  const r = parseDateTime(v);
  return r.ok && r.value !== undefined;
}

/** What a status column says when a complaint is closed, and what it says while it is open. */
export const CLOSED_WORDS = ['closed', 'resolved', 'done', 'completed', 'solved', '已办结', '办结', '已解决', '已结案', '结案', '已完成', '完成', '已关闭', '关闭', '已处理'];
const OPEN_WORDS = ['open', 'new', 'pending', 'inprogress', 'onhold', 'waiting', '处理中', '待处理', '未处理', '进行中', '未办结', '未解决', '新建', '已受理', '挂起'];
const STATUS_VALUES = new Set([...CLOSED_WORDS, ...OPEN_WORDS].map(squashValue));
const CLOSED = new Set(CLOSED_WORDS.map(squashValue));
const STATUS_HEADER = /(状态|进度|是否办结|是否结案|是否解决|是否完成|是否关闭|status|state|stage|closed|resolved)/;
const DATE_HEADER = /(日期|时间|date|time|when)/;

/** The value says the complaint is closed (已办结, Closed, Resolved, or yes in a yes/no status column). */
export function saysClosed(v: CellValue): boolean {
  if (isBlank(v)) return false;
  if (typeof v === 'string' && CLOSED.has(squashValue(v))) return true;
  const b = parseBool(v);
  return b.ok && b.value === true;
}

function share(values: readonly CellValue[], test: (v: CellValue) => boolean): number {
  const filled = values.filter((v) => !isBlank(v));
  return filled.length === 0 ? 0 : filled.filter(test).length / filled.length;
}

/** Every filled value reads as yes/no and none as a date: a status flag, not a time. */
export function looksYesNo(values: readonly CellValue[]): boolean {
  const filled = values.filter((v) => !isBlank(v));
  return filled.length > 0 && filled.every((v) => parseBool(v).ok && !isDateLike(v));
}

/** What an unread column seems to hold, by its header and its values; undefined when nothing to worry about. */
export function sniffColumn(header: string, values: readonly CellValue[]): Looks | undefined {
  const h = normalizeHeader(header);
  if (share(values, isDateLike) >= 0.5) return 'date';
  const statusValues = share(values, (v) => typeof v === 'string' && STATUS_VALUES.has(squashValue(v)));
  if (statusValues >= 0.5 || (STATUS_HEADER.test(h) && (looksYesNo(values) || values.every(isBlank)))) return 'status';
  if (DATE_HEADER.test(h) && values.every(isBlank)) return 'date';
  return undefined;
}

/** A unit, scale or format note as a second header row carries it: （元）, 小时, yyyy-mm-dd, 1-5, 是/否. */
const UNIT_NOTE = /^(?:[([【〔].*[)\]】〕]|单位[:：]?.*|元|万元|人民币|¥|cny|rmb|小时|h|hours?|天|days?|分钟|min|分|%|1[-~～]5分?|是\/否|y\/n|yes\/no|文本|text|数字|number|yyyy.*|dd.*|mm.*|hh:mm|date|datetime|日期|时间|日期时间|选填|必填|optional|required)$/;

/** A row right under the header that only holds units or format notes. */
export function isUnitsRow(cells: readonly CellValue[]): boolean {
  const filled = cells.filter((v) => !isBlank(v));
  return filled.length > 0 && filled.every((v) => typeof v === 'string' && UNIT_NOTE.test(normalizeHeader(v)));
}

const FOOTER_START = /^[\s\u3000]*[合总小共汇制填审复负经备注说tsgＴＳＧｔｓｇ]/i;
const TOTALS = /^(合计|总计|小计|共计|汇总|total|totals|sum|grandtotal|subtotal)[:：]?/;
const SIGNATURE = /^(制表|填表|填报|审核|审批|复核|负责人|经办|备注|注|说明)(人|日期|时间)?[:：]/;

/** A totals row (合计, Total) or a signature / note line (制表人：…): never a complaint. */
export function footerKind(cells: readonly CellValue[]): 'totals' | 'note' | undefined {
  // Every row passes here: most leave at the first filled cell, which does not start like a footer.
  const head = cells.find((v) => !isBlank(v));
  if (typeof head !== 'string' || !FOOTER_START.test(head)) return undefined;
  // An id such as TS-001 starts like "total": the filled cells are gathered only for a row that reads as a footer.
  const first = normalizeHeader(head);
  const filled = () => cells.filter((v) => !isBlank(v));
  if (TOTALS.test(first) && !filled().some(isDateLike)) return 'totals';
  if (SIGNATURE.test(first) && filled().every((v) => typeof v === 'string' && SIGNATURE.test(normalizeHeader(v)))) return 'note';
  return undefined;
}
