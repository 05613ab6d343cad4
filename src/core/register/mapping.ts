// The mapping a user states: which column is which field (开始日期 = received), which columns not to
// read, and what words in a column mean (High → 重要投诉, 满意 → 4). It comes from `--map` and
// `--value-map` on the command line and from a 列映射 sheet saved in the workbook; the CLI, the
// functions and the task pane read it the same way (readRegister's options).
import { Result, ok, err } from '../result';
import { Msg, msg } from '../messages/msg';
import { toHalfWidth } from '../text';
import { CellValue } from './cells';
import { FIELDS, FIELD_BY_KEY, FieldKey } from './fields';
import { StatedColumns, matchHeader, normalizeHeader } from './headers';

/** The sheet the add-in owns for a saved mapping. */
export const MAPPING_SHEET = '列映射';
export const MAPPING_HEADER = ['类型 Type', '表头/字段 Header or field', '字段/原值 Field or value', '映射为 Means', '说明 Note'];

export interface Mapping {
  /** Normalised header → field, or null for "do not read this column". */
  columns: Map<string, FieldKey | null>;
  /** The header as the user wrote it, by normalised header (for messages). */
  written: Map<string, string>;
  /** Per field: a value word (squashed) → what it means, as a cell value for that field's parser. */
  values: Map<FieldKey, Map<string, string>>;
}

export const emptyMapping = (): Mapping => ({ columns: new Map(), written: new Map(), values: new Map() });

/** A value word in comparable form: half-width, no white space, lower case. */
export const squashValue = (v: string): string => toHalfWidth(v).replace(/[\s\u200B-\u200D\uFEFF]+/g, '').toLowerCase();

const IGNORE_WORDS = new Set(['-', '—', '/', 'ignore', 'skip', 'none', 'unread', '不读', '忽略', '不用', '无']);
/** Short names people use for a field beyond its key and headers. */
const FIELD_WORDS: Readonly<Record<string, FieldKey>> = {
  tier: 'tierOverride', override: 'tierOverride', priority: 'tierOverride', 等级: 'tierOverride', 优先级: 'tierOverride',
  rating: 'satisfaction', 满意度: 'satisfaction', time: 'received', date: 'received', phone: 'contact', email: 'contact',
};
const FIELD_KEY_BY_LOWER = new Map(FIELDS.map((f) => [f.key.toLowerCase(), f.key]));

/** The field a word names (received, 受理时间, Received, handler, 经办人, tier), null for "do not read". */
export function fieldByWord(word: string): FieldKey | null | undefined {
  const w = normalizeHeader(word);
  if (IGNORE_WORDS.has(w)) return null;
  return FIELD_KEY_BY_LOWER.get(w) ?? FIELD_WORDS[w] ?? matchHeader(word);
}

const fieldList = (): string => FIELDS.map((f) => f.key).join(', ');

function addColumn(m: Mapping, header: string, field: FieldKey | null): void {
  const n = normalizeHeader(header);
  m.columns.set(n, field);
  m.written.set(n, header.trim());
}

function addValue(m: Mapping, field: FieldKey, from: string, to: string): void {
  const values = m.values.get(field) ?? new Map<string, string>();
  values.set(squashValue(from), to.trim());
  m.values.set(field, values);
}

/** Items of a list argument: split on , ; ， ； and line breaks. */
const items = (text: string): string[] => text.split(/[,;，；\r\n]+/).map((s) => s.trim()).filter((s) => s !== '');

/** `--map "开始日期=received,服务人员=handler,备注=-"`: header = field (or - to leave a column unread). */
export function parseMapArg(text: string, into: Mapping = emptyMapping()): Result<Mapping> {
  for (const item of items(text)) {
    const eq = item.search(/[=＝]/);
    if (eq <= 0) return err(msg('map.argForm', { item }));
    const header = item.slice(0, eq).trim();
    const word = item.slice(eq + 1).trim();
    const field = fieldByWord(word);
    if (field === undefined) return err(msg('map.argField', { item, why: msg('map.notField', { word, fields: fieldList() }) }));
    addColumn(into, header, field);
  }
  return ok(into);
}

/** `--value-map "tier:High=重要投诉,Low=一般投诉"` or `"satisfaction:满意=4"`: a field, then word=meaning pairs. */
export function parseValueMapArg(text: string, into: Mapping = emptyMapping()): Result<Mapping> {
  const colon = text.search(/[:：]/);
  if (colon <= 0) return err(msg('map.valueForm', { item: text }));
  const word = text.slice(0, colon).trim();
  const field = fieldByWord(word);
  if (!field) return err(msg('map.valueField', { item: text, why: msg('map.notFieldShort', { word, fields: fieldList() }) }));
  const pairs = items(text.slice(colon + 1));
  if (pairs.length === 0) return err(msg('map.valuePairs', { item: text, word }));
  for (const pair of pairs) {
    const eq = pair.search(/[=＝]/);
    if (eq <= 0 || eq === pair.length - 1) return err(msg('map.valuePair', { item: pair }));
    addValue(into, field, pair.slice(0, eq), pair.slice(eq + 1));
  }
  return ok(into);
}

const cellText = (v: CellValue): string => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : String(v).trim());
const COLUMN_LINE = new Set(['列', 'column', '列映射', 'col']);
const VALUE_LINE = new Set(['值', 'value', '值映射', 'values']);

export interface MappingSheetRead {
  mapping: Mapping;
  problems: { row: number; msg: Msg }[];
}

/**
 * A 列映射 sheet: `列 | 开始日期 | received` lines map a column (- leaves it unread); `值 | tier | High |
 * 重要投诉` lines map a value of a field. A header line (类型 …) and empty lines are skipped.
 */
export function mappingFromSheet(rows: readonly (readonly CellValue[])[], firstRow = 1): MappingSheetRead {
  const mapping = emptyMapping();
  const problems: MappingSheetRead['problems'] = [];
  rows.forEach((cells, i) => {
    const row = firstRow + i;
    const t = [0, 1, 2, 3].map((k) => cellText(cells[k]));
    if (t.every((x) => x === '')) return;
    const kind = normalizeHeader(t[0]).split(/[^\p{L}]/u)[0];
    if (/^(类型|type)/.test(normalizeHeader(t[0]))) return;
    if (COLUMN_LINE.has(kind)) {
      const field = fieldByWord(t[2]);
      if (t[1] === '') problems.push({ row, msg: msg('map.lineNoHeader') });
      else if (field === undefined) problems.push({ row, msg: msg('map.notField', { word: t[2], fields: fieldList() }) });
      else addColumn(mapping, t[1], field);
    } else if (VALUE_LINE.has(kind)) {
      const field = fieldByWord(t[1]);
      if (!field) problems.push({ row, msg: msg('map.notFieldShort', { word: t[1], fields: fieldList() }) });
      else if (t[2] === '' || t[3] === '') problems.push({ row, msg: msg('map.valueLine') });
      else addValue(mapping, field, t[2], t[3]);
    } else {
      problems.push({ row, msg: msg('map.lineType', { type: t[0] }) });
    }
  });
  return { mapping, problems };
}

/** The mapping as 列映射 sheet rows, for the add-in to save (the inverse of mappingFromSheet). */
export function mappingToTable(m: Mapping): string[][] {
  const rows: string[][] = [MAPPING_HEADER];
  for (const [n, field] of m.columns) {
    if (!m.written.has(n)) continue;
    rows.push(['列', m.written.get(n) as string, field ?? '-', '', field ? `${FIELD_BY_KEY[field].zh} ${FIELD_BY_KEY[field].en}` : '不读 not read']);
  }
  for (const [field, values] of m.values) for (const [from, to] of values) rows.push(['值', field, from, to, '']);
  return rows;
}

/** Mappings combined; a later one wins where both speak (the command line over the saved sheet). */
export function mergeMappings(...ms: readonly (Mapping | undefined)[]): Mapping {
  const out = emptyMapping();
  for (const m of ms) {
    if (!m) continue;
    for (const [n, f] of m.columns) out.columns.set(n, f);
    for (const [n, w] of m.written) out.written.set(n, w);
    for (const [f, values] of m.values) out.values.set(f, new Map([...(out.values.get(f) ?? []), ...values]));
  }
  return out;
}

export const statedColumns = (m: Mapping | undefined): StatedColumns | undefined => m?.columns;
