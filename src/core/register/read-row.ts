// One data row of a register into a complaint: each field from its column (and further joined
// columns), through its parser and the user's value map; times out of order become cell errors.
import { Result } from '../result';
import { Msg, msg } from '../messages/msg';
import { Stamp } from '../time';
import { CellValue, FIELD_PARSERS } from './cells';
import { FIELDS, FIELD_BY_KEY, FieldKey } from './fields';
import { HeaderMap } from './headers';
import { CellError, Complaint, NO_WORDS, blankComplaint } from './complaint';
import { Mapping, squashValue } from './mapping';
import { scaledTier } from './scales';
import { mergePeriods } from './periods';

/** Times that must not come before another one of the same complaint (the functions check them too). */
type OrderedTime = 'contacted' | 'reported' | 'planned' | 'resolved' | 'followedUp' | 'promised' | 'extendedTo' | 'extensionExplained' | 'pauseEnd' | 'reopened' | 'reresolved' | 'appealed' | 'transferredAt';
export const TIME_ORDER: ReadonlyArray<readonly [OrderedTime, 'received' | 'resolved' | 'pauseStart' | 'reopened']> = [
  ['contacted', 'received'],
  ['reported', 'received'],
  ['planned', 'received'],
  ['resolved', 'received'],
  ['followedUp', 'resolved'],
  ['promised', 'received'],
  ['extendedTo', 'received'],
  ['extensionExplained', 'received'],
  ['pauseEnd', 'pauseStart'],
  ['reopened', 'resolved'],
  ['reresolved', 'reopened'],
  ['appealed', 'received'],
  ['transferredAt', 'received'],
];

/** 004 "if it cannot be [answered], explain within 24 h and give a date": an extension without its reason does not move the deadline. */
export const EXTENSION_NEEDS_REASON: Msg = msg('row.extensionReason');

export const isEmpty = (v: CellValue): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** How one field is read from a row: its column (and further joined columns), its parser, its value map. */
interface FieldPlan {
  key: FieldKey;
  header: string;
  index: number;
  more?: number[];
  parse: (v: CellValue) => Result<unknown>;
  translate?: (v: string) => CellValue | undefined;
  /** The one copy of a value this field has read before (see interner). */
  intern: (s: string) => string;
  /** A text cell's parsed and kept value, by the text (see memo). */
  text: (s: string) => Result<unknown>;
  /** The one (frozen) copy of a list of words this field has read before (see lists). */
  list: (items: readonly unknown[]) => unknown[];
}

/** Distinct values a field keeps one copy of; a field with more (ids, contacts) is mostly unique. */
const INTERN_MAX = 4096;

/**
 * One string per distinct value of a field: a million complaints name a few departments, channels
 * and factors, and the parsers hand each row fresh copies (trimmed, half-width).
 */
function interner(): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    const had = seen.get(s);
    if (had !== undefined) return had;
    if (seen.size < INTERN_MAX) seen.set(s, s);
    return s;
  };
}

/** Lookups a full memo is judged by: fewer than half of them hits, and the field is mostly unique. */
const MEMO_TRIAL = 4096;

/**
 * A field's parse of a text cell, once per distinct text: a million rows repeat a few departments,
 * channels, words and numbers, and each parse trims, folds to half width and looks words up. Only
 * results without an object in them are kept (a list or periods is the complaint's own to change).
 * A field whose texts are mostly unique (ids, customers, descriptions) fills the memo and then
 * rarely hits it: after a trial it parses directly, since a miss costs a hash of the whole text
 * and a probe into a big table for nothing (a third of the rows' reading time on 100k rows).
 */
function memo(parse: (v: CellValue) => Result<unknown>, intern: (s: string) => string): (s: string) => Result<unknown> {
  const seen = new Map<string, Result<unknown>>();
  let trial = 0;
  let hits = 0;
  let direct = false;
  return (s) => {
    if (direct) return parse(s);
    const had = seen.get(s);
    if (seen.size >= INTERN_MAX && trial < MEMO_TRIAL) {
      trial++;
      if (had !== undefined) hits++;
      if (trial === MEMO_TRIAL) direct = hits < MEMO_TRIAL / 2;
    }
    if (had !== undefined) return had;
    let r = parse(s);
    if (r.ok && typeof r.value === 'string') r = { ok: true, value: intern(r.value) };
    if (seen.size < INTERN_MAX && (!r.ok || typeof r.value !== 'object')) seen.set(s, r);
    return r;
  };
}

/**
 * One frozen array per distinct list of words: a million complaints name a few factor
 * combinations, and an array per row is 40–60 bytes (nothing changes a complaint's list after
 * reading; frozen, a change would throw rather than reach another row).
 */
function lists(intern: (s: string) => string): (items: readonly unknown[]) => unknown[] {
  const seen = new Map<string, unknown[]>();
  return (items) => {
    const words = items.map((x: unknown) => (typeof x === 'string' ? intern(x) : x));
    if (!words.every((x) => typeof x === 'string')) return words;
    const key = words.join('\u0000');
    const had = seen.get(key);
    if (had !== undefined) return had;
    const one = Object.freeze(words) as unknown[];
    if (seen.size < INTERN_MAX) seen.set(key, one);
    return one;
  };
}

/** A parsed value as kept: strings interned; a list of words shared (see lists), its items interned. */
function kept(p: FieldPlan, v: unknown): unknown {
  if (typeof v === 'string') return p.intern(v);
  if (Array.isArray(v)) return p.list(v);
  return v;
}

/** Reads one data row into a complaint with the header map and the user's value maps. */
export function rowReader(map: HeaderMap, opts: { mapping?: Mapping; tiers?: readonly string[] }): (cells: readonly CellValue[], row: number) => Complaint {
  const values = opts.mapping?.values;
  const plan: FieldPlan[] = FIELDS.filter((f) => map.columns[f.key] !== undefined).map((f) => {
    const said = values?.get(f.key);
    const scale = map.scales[f.key];
    const more = map.joined.filter((j) => j.key === f.key).map((j) => j.index);
    const parse = FIELD_PARSERS[f.type] as (v: CellValue) => Result<unknown>;
    const intern = interner();
    return {
      key: f.key,
      header: map.headers[f.key] as string,
      index: map.columns[f.key] as number,
      more: more.length ? more : undefined,
      parse,
      // Only fields with a value map or a scale pay for looking words up.
      translate: said || scale ? (v) => said?.get(squashValue(v)) ?? (scale ? scaledTier(scale, v, opts.tiers ?? []) : undefined) : undefined,
      intern,
      text: memo(parse, intern),
      list: lists(intern),
    };
  });
  return (cells, row) => readRow(cells, row, map, plan);
}

function cellFor(p: FieldPlan, cells: readonly CellValue[]): CellValue {
  let v = cells[p.index];
  if (p.more) v = [v, ...p.more.map((i) => cells[i])].filter((x) => !isEmpty(x)).map((x) => String(x).trim()).join(' / ') || null;
  return p.translate && (typeof v === 'string' || typeof v === 'number') ? p.translate(String(v)) ?? v : v;
}

function readRow(cells: readonly CellValue[], row: number, map: HeaderMap, plan: readonly FieldPlan[]): Complaint {
  const c = blankComplaint(row);
  const rec = c as unknown as Record<string, unknown>;
  // One list for every row's errors while it is read (rows are read one at a time), copied out only
  // for a row that has some: most have none, and keep the shared empty list.
  const errors = rowErrors;
  errors.length = 0;
  for (const p of plan) {
    const v = p.more || p.translate ? cellFor(p, cells) : cells[p.index];
    const r = typeof v === 'string' ? p.text(v) : p.parse(v);
    if (!r.ok) errors.push({ row, column: p.header, msg: r.error });
    else if (r.value !== undefined) rec[p.key] = typeof v === 'string' && typeof r.value === 'string' ? r.value : kept(p, r.value);
  }
  for (const [later, earlier] of TIME_ORDER) {
    const a = rec[later] as Stamp | undefined;
    const b = rec[earlier] as Stamp | undefined;
    if (a !== undefined && b !== undefined && a < b) {
      errors.push({ row, column: map.headers[later] as string, msg: msg('row.timeOrder', { later: FIELD_BY_KEY[later], earlier: FIELD_BY_KEY[earlier] }) });
      rec[later] = undefined;
    }
  }
  addPausePair(c, map, errors);
  readRework(c, map, errors);
  if (c.extendedTo !== undefined && !c.extensionReason) {
    errors.push({ row, column: map.headers.extendedTo as string, msg: EXTENSION_NEEDS_REASON });
    c.extendedTo = undefined;
  }
  for (const key of REQUIRED) {
    if (c[key] !== undefined) continue;
    c.broken = true;
    const column = map.headers[key];
    const def = FIELD_BY_KEY[key];
    const unreadable = column !== undefined && errors.some((e) => e.column === column);
    if (column === undefined) errors.push({ row, column: def.zh, msg: msg('row.missingColumn', { field: def }) });
    else if (!unreadable) errors.push({ row, column, msg: msg('row.required', { field: def }) });
  }
  // Most rows have no errors: a million empty arrays are 32 MB.
  if (errors.length > 0) c.errors = errors.slice();
  if (c.factors.length === 0) c.factors = NO_WORDS;
  return c;
}

const rowErrors: CellError[] = [];

/** Without them a row runs no clock: it is broken. */
const REQUIRED = ['received', 'customer'] as const;


/**
 * The 暂停开始/暂停结束 pair joins the 暂停期间 periods; a start without an end is a pause still
 * running (waiting for the customer now); an end without a start is a cell error.
 */
function addPausePair(c: Complaint, map: HeaderMap, errors: CellError[]): void {
  if (c.pauseStart === undefined && c.pauseEnd === undefined) return;
  if (c.pauseEnd === undefined && c.pauseStart !== undefined) {
    c.pauses = mergePeriods([...(c.pauses ?? []), { start: c.pauseStart }]);
    return;
  }
  if (c.pauseStart === undefined || c.pauseEnd === undefined || c.pauseEnd <= c.pauseStart) {
    const column = (c.pauseStart === undefined ? map.headers.pauseStart ?? map.headers.pauseEnd : map.headers.pauseEnd ?? map.headers.pauseStart) as string;
    if (c.pauseStart !== undefined && c.pauseEnd !== undefined) return; // out of order: TIME_ORDER said so
    errors.push({ row: c.row, column, msg: msg('row.pausePair') });
    return;
  }
  c.pauses = mergePeriods([...(c.pauses ?? []), { start: c.pauseStart, end: c.pauseEnd }]);
}

const UPHELD = new Set(['成立', '是', '同意', '通过', 'upheld', 'yes', 'y', 'accepted', 'granted']);
const REJECTED = new Set(['不成立', '否', '驳回', '不同意', '未通过', 'rejected', 'no', 'n', 'denied', 'dismissed']);

/** 申诉结果 as a verdict: true upheld, false rejected, undefined when it is neither word. */
export function appealVerdict(text: string): boolean | undefined {
  const w = text.trim().toLowerCase();
  return UPHELD.has(w) ? true : REJECTED.has(w) ? false : undefined;
}

/** Reopen and appeal cells that only make sense together: said once, in the cell to fix. */
function readRework(c: Complaint, map: HeaderMap, errors: CellError[]): void {
  if (c.reopened !== undefined && c.resolved === undefined) {
    errors.push({ row: c.row, column: map.headers.reopened as string, msg: msg('row.reopenUnresolved') });
    c.reopened = undefined;
  }
  if (c.appealResult !== undefined) {
    c.appealUpheld = appealVerdict(c.appealResult);
    if (c.appealUpheld === undefined) errors.push({ row: c.row, column: map.headers.appealResult as string, msg: msg('row.appealResult', { value: c.appealResult }) });
  }
  if (c.appealUpheld && c.transferredTo) {
    // The engine's view moves; the register keeps what was typed (责任部门 stays as written).
    c.appealFrom = c.department;
    c.department = c.transferredTo;
  }
}
