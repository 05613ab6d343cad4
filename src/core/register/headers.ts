// Finding the register's columns by their headers. People rename, reorder, translate and
// decorate headers (损失金额（元）, 受理时间*, a title row above the table), so a header is matched
// after normalisation, and the header row is searched for rather than assumed to be row 1.
import { toHalfWidth } from '../text';
import { FIELDS, FieldKey, REQUIRED_FIELDS } from './fields';

/** A bracketed note at the very end: （元）, (小时), [必填], 【必填】. Nothing inside may be a bracket. */
const TRAILING_NOTE = /[([【〔〈][^()[\]【】〔〕〈〉]*[)\]】〕〉]$/;

/**
 * Header text in comparable form: half-width (Ａ０（ → A0(), no white space at all, lower case.
 * 【】〔〕〈〉 are kept (they have no half-width form) but count as brackets when notes are stripped.
 */
export function normalizeHeader(text: string): string {
  return toHalfWidth(String(text))
    .replace(/[\s\u200B-\u200D\uFEFF]+/g, '')
    .toLowerCase();
}

/**
 * The normalised header without its decorations: a required marker (* before or after) and a
 * trailing bracketed note, repeatedly, as long as something is left (受理时间(必填)* → 受理时间).
 */
export function stripHeaderNotes(normalized: string): string {
  let s = normalized;
  for (;;) {
    let next = s.replace(/^\*+/, '').replace(/[*:：]+$/, '');
    if (TRAILING_NOTE.test(next)) {
      const bare = next.replace(TRAILING_NOTE, '');
      if (bare !== '') next = bare;
    }
    if (next === s || next === '') return s;
    s = next;
  }
}

function buildLookup(): ReadonlyMap<string, FieldKey> {
  const map = new Map<string, FieldKey>();
  // Two fields sharing a header would be a bug in FIELDS; the tests check there is none.
  for (const f of FIELDS) {
    for (const name of [f.zh, f.en, ...f.synonyms]) {
      const n = normalizeHeader(name);
      if (!map.has(n)) map.set(n, f.key);
    }
  }
  // Second pass so that a stripped form never shadows a full name: 暂停时长(小时) is also 暂停时长,
  // Paused (h) is also Paused. The full form is always tried first by matchHeader.
  for (const f of FIELDS) {
    for (const name of [f.zh, f.en, ...f.synonyms]) {
      const bare = stripHeaderNotes(normalizeHeader(name));
      if (!map.has(bare)) map.set(bare, f.key);
    }
  }
  return map;
}

const LOOKUP = buildLookup();

/** The canonical field a header names, or undefined. 等级(手工) matches whole before notes are stripped. */
export function matchHeader(text: string): FieldKey | undefined {
  const n = normalizeHeader(text);
  if (n === '') return undefined;
  return LOOKUP.get(n) ?? LOOKUP.get(stripHeaderNotes(n));
}

export interface HeaderMap {
  /** Column index (0-based, in the cells given) of each field found. */
  columns: Partial<Record<FieldKey, number>>;
  /** The header text as found (trimmed) for each field found. */
  headers: Partial<Record<FieldKey, string>>;
  /** Non-empty headers that name no field. */
  unknown: { index: number; text: string }[];
  /** Later columns naming a field already found (the first one wins). */
  duplicates: { key: FieldKey; index: number; text: string }[];
  /** Required fields with no column, in table order. */
  missingRequired: FieldKey[];
}

/** The text of a header cell: strings, numbers, and exceljs rich-text / hyperlink objects. */
export function headerText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (typeof cell === 'object' && !(cell instanceof Date)) {
    const o = cell as { richText?: unknown; text?: unknown; result?: unknown };
    if (Array.isArray(o.richText)) {
      return o.richText.map((r) => (r && typeof (r as { text?: unknown }).text === 'string' ? (r as { text: string }).text : '')).join('');
    }
    if (typeof o.text === 'string') return o.text;
    if (typeof o.result === 'string') return o.result;
  }
  return '';
}

export function mapHeaders(cells: readonly unknown[]): HeaderMap {
  const map: HeaderMap = { columns: {}, headers: {}, unknown: [], duplicates: [], missingRequired: [] };
  cells.forEach((cell, index) => {
    const text = headerText(cell).trim();
    if (text === '') return;
    const key = matchHeader(text);
    if (key === undefined) map.unknown.push({ index, text });
    else if (map.columns[key] !== undefined) map.duplicates.push({ key, index, text });
    else {
      map.columns[key] = index;
      map.headers[key] = text;
    }
  });
  map.missingRequired = REQUIRED_FIELDS.filter((k) => map.columns[k] === undefined);
  return map;
}

/** How many fields a header map found. */
export function matchedCount(map: HeaderMap): number {
  return Object.keys(map.columns).length;
}

function qualifies(map: HeaderMap): boolean {
  if (map.missingRequired.length === 0) return true;
  return map.columns.received !== undefined && matchedCount(map) >= 3;
}

/**
 * The header row among the first `maxScan` rows (a title or notes may sit above the table): a row
 * that maps every required field, or at least three fields including 受理时间. Of several such rows
 * the one with the most matched fields wins; on a tie, the first.
 */
export function findHeaderRow(
  rows: readonly (readonly unknown[])[],
  maxScan = 10,
): { rowIndex: number; map: HeaderMap } | undefined {
  let best: { rowIndex: number; map: HeaderMap } | undefined;
  const n = Math.min(rows.length, Math.max(0, maxScan));
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (!row) continue;
    const map = mapHeaders(row);
    if (!qualifies(map)) continue;
    if (!best || matchedCount(map) > matchedCount(best.map)) best = { rowIndex: i, map };
  }
  return best;
}
