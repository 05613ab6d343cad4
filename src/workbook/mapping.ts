// Adopting a sheet as the register: which column holds which field, the problems of a mapping the
// user corrected, and the header corrections (aliases) stored with the register. The user's
// header cells are never rewritten: the reader sees the corrections in memory only.
import { CellValue } from '../core/register/cells';
import { FIELDS, FIELD_BY_KEY, FieldKey } from '../core/register/fields';
import { HeaderMap, StatedColumns, findHeaderRow, mapHeaders, matchHeader, statedFor } from '../core/register/headers';

/** The register's header corrections as stored with it (header text → field, or null for "not used"). */
export type Aliases = Record<string, FieldKey | null>;

export interface ColumnMapping {
  /** 0-based column within the sheet. */
  col: number;
  header: string;
  /** The field the column holds, or null for a column the register does not use. */
  field: FieldKey | null;
}

export interface AdoptPreview {
  sheet: string;
  /** 0-based sheet row of the header row. */
  headerRow: number;
  /** 0-based sheet column of the first column of the used range. */
  firstCol: number;
  /** 0-based sheet row of the last used row. */
  lastRow: number;
  columns: ColumnMapping[];
  missingRequired: FieldKey[];
  /** True when no header row was recognised: the first row is proposed and every column must be mapped by hand. */
  guessed: boolean;
}

/** What inspecting a sheet gives the pane: the proposed mapping, the header cells and any table on it. */
export interface InspectResult extends AdoptPreview {
  existingTable?: string;
  /** The header row's cells from firstCol. */
  headers: string[];
}

/** The proposed mapping of a sheet's top rows (values from firstRow/firstCol of the used range). */
export function previewAdopt(sheet: string, top: readonly (readonly CellValue[])[], firstRow: number, firstCol: number, lastRow: number): AdoptPreview {
  const found = findHeaderRow(top);
  const rowIndex = found?.rowIndex ?? 0;
  const cells = top[rowIndex] ?? [];
  const map: HeaderMap = found?.map ?? mapHeaders(cells);
  const columns: ColumnMapping[] = [];
  const byIndex = new Map<number, FieldKey>();
  for (const [k, i] of Object.entries(map.columns)) byIndex.set(i as number, k as FieldKey);
  cells.forEach((v, i) => {
    const header = v === null || v === undefined ? '' : String(v).trim();
    if (header === '') return;
    columns.push({ col: firstCol + i, header, field: byIndex.get(i) ?? null });
  });
  return { sheet, headerRow: firstRow + rowIndex, firstCol, lastRow, columns, missingRequired: missingRequired(columns), guessed: !found };
}

export function missingRequired(columns: readonly ColumnMapping[]): FieldKey[] {
  return FIELDS.filter((f) => f.required && !columns.some((c) => c.field === f.key)).map((f) => f.key);
}

/** Problems with a mapping the user corrected: a field taken twice, a required field missing. */
export function mappingProblems(columns: readonly ColumnMapping[]): string[] {
  const out: string[] = [];
  const seen = new Map<FieldKey, string>();
  for (const c of columns) {
    if (!c.field) continue;
    const prev = seen.get(c.field);
    if (prev !== undefined) out.push(`「${c.header}」与「${prev}」都映射为 ${FIELD_BY_KEY[c.field].zh} (two columns map to ${FIELD_BY_KEY[c.field].en})`);
    else seen.set(c.field, c.header);
  }
  for (const k of missingRequired(columns)) out.push(`缺少必填列 ${FIELD_BY_KEY[k].zh} (missing required column ${FIELD_BY_KEY[k].en})`);
  return out;
}

/**
 * The columns whose header does not already name the field the user chose for it: the register
 * reader is told about them (stored with the register, never written over the user's headers).
 */
export function headerAliases(columns: readonly ColumnMapping[]): Record<string, FieldKey> {
  const out: Record<string, FieldKey> = {};
  for (const c of columns) if (c.field && matchHeader(c.header) !== c.field) out[c.header] = c.field;
  return out;
}

/**
 * The grid as the core reader should see it: header cells named by an alias replaced by the
 * field's canonical header, and headers the user unmapped blanked. In memory only.
 */
export function applyAliases(grid: CellValue[][], headerRowIndex: number, aliases: Aliases): CellValue[][] {
  const row = grid[headerRowIndex];
  if (!row || Object.keys(aliases).length === 0) return grid;
  const fixed = row.map((v) => {
    const h = v === null || v === undefined ? '' : String(v).trim();
    if (!(h in aliases)) return v;
    const f = aliases[h];
    return f ? FIELD_BY_KEY[f].zh : null;
  });
  const out = grid.slice();
  out[headerRowIndex] = fixed;
  return out;
}

/**
 * The stored corrections plus what the saved mapping says of the header cells in the top rows,
 * as corrections keyed by the cell's text: which columns to read and which hold dates. Only for
 * picking and converting columns; the reader itself applies the mapping (readRegisterGrid).
 */
export function statedAliases(aliases: Aliases, stated: StatedColumns | undefined, top: readonly (readonly CellValue[])[]): Aliases {
  if (!stated?.size) return aliases;
  const out: Aliases = { ...aliases };
  for (const row of top.slice(0, 10)) {
    for (const v of row) {
      const h = v === null || v === undefined ? '' : String(v).trim();
      const f = h === '' || h in aliases ? undefined : statedFor(stated, h);
      if (f !== undefined) out[h] = f;
    }
  }
  return out;
}
