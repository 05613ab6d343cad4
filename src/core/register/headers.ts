// Finding the register's columns by their headers. People rename, reorder, translate and
// decorate headers (损失金额（元）, 受理时间*, a title row above the table), so a header is matched
// after normalisation, and the header row is searched for rather than assumed to be row 1.
import { toHalfWidth } from '../text';
import { FIELDS, FIELD_BY_KEY, FieldKey, REQUIRED_FIELDS, ValueScale } from './fields';

/** A bracketed note at the very end: （元）, (小时), [必填], 【必填】. Nothing inside may be a bracket. */
const TRAILING_NOTE = /[([【〔〈][^()[\]【】〔〕〈〉]*[)\]】〕〉]$/;
/**
 * A unit or scale written after the name without brackets: 损失金额/元, 暂停时长_h, Rating 1-5,
 * 满意度1～5分 (white space is gone by now, so "Rating 1-5" is rating1-5).
 */
const UNIT_TAIL = /(?:[/_]\s*(?:元|万元|人民币|¥|cny|rmb|yuan|小时|h|hrs?|hours?|天|days?|分钟|mins?|分|%)|[/_]?\d+[-~～至到]\d+分?)$/;

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
    for (const note of [TRAILING_NOTE, UNIT_TAIL]) {
      if (!note.test(next)) continue;
      const bare = next.replace(note, '');
      if (bare !== '') next = bare;
    }
    if (next === s || next === '') return s;
    s = next;
  }
}

/** How a header was recognised: the field, and the scale its values go through (Priority → tier). */
export interface HeaderMatch {
  key: FieldKey;
  scale?: ValueScale;
}

function buildLookup(): ReadonlyMap<string, HeaderMatch> {
  const map = new Map<string, HeaderMatch>();
  const names = FIELDS.flatMap((f) => [
    ...[f.zh, f.en, ...f.synonyms].map((name) => ({ name, match: { key: f.key } as HeaderMatch })),
    ...(f.scaled?.synonyms ?? []).map((name) => ({ name, match: { key: f.key, scale: f.scaled?.scale } as HeaderMatch })),
  ]);
  // Two fields sharing a header would be a bug in FIELDS; the tests check there is none.
  for (const { name, match } of names) {
    const n = normalizeHeader(name);
    if (!map.has(n)) map.set(n, match);
  }
  // Second pass so that a stripped form never shadows a full name: 暂停时长(小时) is also 暂停时长,
  // Paused (h) is also Paused. The full form is always tried first by matchHeader.
  for (const { name, match } of names) {
    const bare = stripHeaderNotes(normalizeHeader(name));
    if (!map.has(bare)) map.set(bare, match);
  }
  return map;
}

const LOOKUP = buildLookup();

/** The field a header names and how its values are read, or undefined. */
export function matchHeaderDetail(text: string): HeaderMatch | undefined {
  const n = normalizeHeader(text);
  if (n === '') return undefined;
  return LOOKUP.get(n) ?? LOOKUP.get(stripHeaderNotes(n));
}

/** The canonical field a header names, or undefined. 等级(手工) matches whole before notes are stripped. */
export function matchHeader(text: string): FieldKey | undefined {
  return matchHeaderDetail(text)?.key;
}

/** Headers the user assigned (normalised header → field, or null for "do not read"). */
export type StatedColumns = ReadonlyMap<string, FieldKey | null>;

/** The user's word for a header, if any: compared whole, then without its notes. */
export function statedFor(stated: StatedColumns | undefined, text: string): FieldKey | null | undefined {
  if (!stated || stated.size === 0) return undefined;
  const n = normalizeHeader(text);
  if (stated.has(n)) return stated.get(n);
  const bare = stripHeaderNotes(n);
  return stated.has(bare) ? stated.get(bare) : undefined;
}

export interface HeaderMap {
  /** Column index (0-based, in the cells given) of each field found. */
  columns: Partial<Record<FieldKey, number>>;
  /** The header text as found (trimmed) for each field found. */
  headers: Partial<Record<FieldKey, string>>;
  /** Fields whose column was named by the user's mapping rather than recognised. */
  stated: FieldKey[];
  /** The scale a field's values go through, when its header asks for one (Priority, 紧急程度). */
  scales: Partial<Record<FieldKey, ValueScale>>;
  /** Further columns of a field several columns may hold (联系人 and 电话 are both contact). */
  joined: { key: FieldKey; index: number; text: string }[];
  /** Non-empty headers that name no field. */
  unknown: { index: number; text: string }[];
  /** Columns the user's mapping says not to read, or whose field the mapping gave to another column. */
  ignored: { index: number; text: string; key?: FieldKey; why: 'stated' | 'taken' }[];
  /** Later columns naming a field already found: the register is refused until one is renamed or mapped away. */
  duplicates: { key: FieldKey; index: number; text: string; first: number; firstText: string }[];
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

/** The header row mapped to fields: the user's stated columns first, then the synonym table. */
export function mapHeaders(cells: readonly unknown[], stated?: StatedColumns): HeaderMap {
  const map: HeaderMap = { columns: {}, headers: {}, stated: [], scales: {}, joined: [], unknown: [], ignored: [], duplicates: [], missingRequired: [] };
  const texts = cells.map((cell) => headerText(cell).trim());
  const take = (key: FieldKey, index: number, text: string, scale?: ValueScale) => {
    const first = map.columns[key];
    if (first === undefined) {
      map.columns[key] = index;
      map.headers[key] = text;
      if (scale) map.scales[key] = scale;
    } else if (FIELD_BY_KEY[key].joins) map.joined.push({ key, index, text });
    else map.duplicates.push({ key, index, text, first, firstText: texts[first] });
  };
  const statedKeys = new Set<FieldKey>();
  const pending: { index: number; text: string; match?: HeaderMatch }[] = [];
  texts.forEach((text, index) => {
    if (text === '') return;
    const said = statedFor(stated, text);
    if (said === null) map.ignored.push({ index, text, key: matchHeader(text), why: 'stated' });
    else if (said !== undefined) {
      take(said, index, text);
      if (!map.stated.includes(said)) map.stated.push(said);
      statedKeys.add(said);
    } else pending.push({ index, text, match: matchHeaderDetail(text) });
  });
  for (const { index, text, match } of pending) {
    if (!match) map.unknown.push({ index, text });
    else if (statedKeys.has(match.key) && !FIELD_BY_KEY[match.key].joins) map.ignored.push({ index, text, key: match.key, why: 'taken' });
    else take(match.key, index, text, match.scale);
  }
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
  stated?: StatedColumns,
): { rowIndex: number; map: HeaderMap } | undefined {
  let best: { rowIndex: number; map: HeaderMap } | undefined;
  const n = Math.min(rows.length, Math.max(0, maxScan));
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (!row) continue;
    const map = mapHeaders(row, stated);
    if (!qualifies(map)) continue;
    if (!best || matchedCount(map) > matchedCount(best.map)) best = { rowIndex: i, map };
  }
  return best;
}
