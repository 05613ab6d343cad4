// What a run read, said the same way everywhere: `check` and `report` (table and JSON), the
// appraisal workbook's 读取说明 sheet, and the task pane's set-up (which shows `readout(...)`).
import { FIELD_BY_KEY, FieldKey } from './fields';
import { DONE_FIELD } from './complaint';
import { MILESTONE_LABELS, MilestoneKey } from '../policy/types';
import { RegisterRead, SkippedRow } from './read';

export interface ReadColumnOut {
  column: string;
  header: string;
  field: FieldKey;
  /** The field's canonical headers, for people: 受理时间 Received. */
  fieldName: string;
  by: 'table' | 'mapping' | 'joined';
  scale?: string;
}

export interface UnreadColumnOut {
  column: string;
  header: string;
  why: string;
  looks?: 'date' | 'status';
}

/** The JSON form: `read` in check --json and report --json. */
export interface Readout {
  sheet: string;
  headerRow: number;
  columns: ReadColumnOut[];
  unread: UnreadColumnOut[];
  skipped: SkippedRow[];
  warnings: string[];
}

const WHY: Readonly<Record<string, string>> = {
  unknown: '无对应字段 no field has this header',
  stated: '映射指定不读 the mapping says not to read it',
  taken: '映射已将该字段给了另一列 the mapping gave its field to another column',
  'yes-no': '表头像时间但值是“是/否” a time header over yes/no values',
};

const fieldName = (k: FieldKey): string => `${FIELD_BY_KEY[k].zh} ${FIELD_BY_KEY[k].en}`;

/**
 * Steps the policy clocks whose recorded time has no column: resolving settles the steps before it,
 * but an open complaint's contact, report or plan, and every follow-up, can then never be met.
 */
export function missingClockColumns(read: RegisterRead, milestones: readonly MilestoneKey[]): string[] {
  const missing = [...new Set(milestones)].filter((m) => read.map.columns[DONE_FIELD[m]] === undefined);
  if (missing.length === 0) return [];
  const zh = missing.map((m) => `${MILESTONE_LABELS[m].zh}→${FIELD_BY_KEY[DONE_FIELD[m]].zh}`).join('、');
  const en = missing.map((m) => `${MILESTONE_LABELS[m].en} (${DONE_FIELD[m]})`).join(', ');
  return [`政策计时的节点在登记表中没有记录列：${zh} (the policy clocks steps the register has no column for: ${en}): resolving counts the steps before it done, but open complaints${missing.includes('followup') ? ' and every follow-up' : ''} show them breached once due; add the columns or map them with --map "<header>=<field>"`];
}

/** What was read, for output; `milestones` are the steps the policy clocks (to warn about missing columns). */
export function readout(sheet: string, read: RegisterRead, milestones: readonly MilestoneKey[] = []): Readout {
  return {
    sheet,
    headerRow: read.headerRow,
    columns: read.columns.map((c) => ({ column: c.column, header: c.header, field: c.field, fieldName: fieldName(c.field), by: c.by, ...(c.scale ? { scale: c.scale } : {}) })),
    unread: read.unread.map((u) => ({
      column: u.column,
      header: u.header,
      why: u.field && u.why !== 'unknown' ? `${WHY[u.why]} (${fieldName(u.field)})` : WHY[u.why],
      ...(u.looks ? { looks: u.looks } : {}),
    })),
    skipped: read.skipped,
    warnings: [...read.warnings, ...missingClockColumns(read, milestones)],
  };
}

const SKIP_WHY: Readonly<Record<SkippedRow['why'], string>> = { units: '单位行 units', totals: '合计行 totals', note: '签名/备注行 note' };
const BY: Readonly<Record<ReadColumnOut['by'], string>> = { table: '', mapping: ' [映射 mapping]', joined: ' [合并 joined]' };

/** The readout as lines of text: header row, every column read, every column left unread, skipped rows, warnings. */
export function readoutLines(r: Readout): string[] {
  const lines = [`表头 header: sheet "${r.sheet}" row ${r.headerRow}${r.headerRow > 1 ? ` (rows 1–${r.headerRow - 1} above it are a title or notes)` : ''}`];
  lines.push(`读取 read (${r.columns.length}):`);
  for (const c of r.columns) lines.push(`  ${c.column}「${c.header}」→ ${c.fieldName}${c.scale ? ` (${c.scale} scale)` : ''}${BY[c.by]}`);
  if (r.unread.length === 0) lines.push('未读取 not read: none — every column with a header is read');
  else {
    lines.push(`未读取 not read (${r.unread.length}):`);
    for (const u of r.unread) lines.push(`  ${u.column}「${u.header}」: ${u.why}${u.looks ? ` — looks like ${u.looks === 'date' ? 'dates' : 'a status'}` : ''}`);
  }
  if (r.skipped.length) lines.push(`跳过 skipped rows: ${r.skipped.map((s) => `${s.row} (${SKIP_WHY[s.why]})`).join(', ')}`);
  for (const w of r.warnings) lines.push(`warning: ${w}`);
  return lines;
}
