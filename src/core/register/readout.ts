// What a run read, said the same way everywhere: `check` and `report` (table and JSON), the
// appraisal workbook's 读取说明 sheet, and the task pane's set-up (which shows `readout(...)`).
import { FIELD_BY_KEY, FieldKey, ValueScale } from './fields';
import { DONE_FIELD } from './complaint';
import { MILESTONE_LABELS, MilestoneKey } from '../policy/types';
import { RegisterRead, SkippedRow } from './read';
import { Lang, Msg, msg, msgJson, render } from '../messages';

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
  why: Msg;
  looks?: 'date' | 'status';
}

/** The JSON form: `read` in check --json and report --json. */
export interface Readout {
  sheet: string;
  headerRow: number;
  columns: ReadColumnOut[];
  unread: UnreadColumnOut[];
  skipped: SkippedRow[];
  warnings: Msg[];
}


const fieldName = (k: FieldKey): string => `${FIELD_BY_KEY[k].zh} ${FIELD_BY_KEY[k].en}`;

/**
 * Steps the policy clocks whose recorded time has no column: resolving settles the steps before it,
 * but an open complaint's contact, report or plan, and every follow-up, can then never be met.
 */
export function missingClockColumns(read: RegisterRead, milestones: readonly MilestoneKey[]): Msg[] {
  const missing = [...new Set(milestones)].filter((m) => read.map.columns[DONE_FIELD[m]] === undefined);
  if (missing.length === 0) return [];
  const steps = missing.map((m) => msg('warn.stepColumn', { step: MILESTONE_LABELS[m], field: FIELD_BY_KEY[DONE_FIELD[m]], key: DONE_FIELD[m] }));
  return [msg('warn.noMilestoneColumn', { steps, followup: missing.includes('followup') ? msg('warn.noMilestoneFollowup') : '' })];
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
      why: u.field && u.why !== 'unknown' ? msg(`read.why.${u.why}`, { field: FIELD_BY_KEY[u.field] }) : msg('read.why.unknown'),
      ...(u.looks ? { looks: u.looks } : {}),
    })),
    skipped: read.skipped,
    warnings: [...read.warnings, ...missingClockColumns(read, milestones)],
  };
}

/** The readout as lines of text in the reader's language: header row, every column read, every column left unread, skipped rows, warnings. */
export function readoutLines(r: Readout, lang: Lang): string[] {
  const t = (code: Parameters<typeof msg>[0], params: Parameters<typeof msg>[1] = {}) => render(msg(code, params), lang);
  const lines = [t('readout.header', { sheet: r.sheet, row: r.headerRow, above: r.headerRow > 1 ? msg('read.above', { last: r.headerRow - 1 }) : '' })];
  lines.push(t('readout.read', { n: r.columns.length }));
  for (const c of r.columns) {
    const scale = c.scale ? msg('readout.scale', { scale: msg(`scale.${c.scale as ValueScale}`) }) : '';
    const by = c.by === 'table' ? '' : msg('readout.by', { by: msg(c.by === 'mapping' ? 'read.by.mapping' : 'read.by.joined') });
    lines.push(t('readout.column', { column: c.column, header: c.header, field: FIELD_BY_KEY[c.field], scale, by }));
  }
  if (r.unread.length === 0) lines.push(t('readout.allRead'));
  else {
    lines.push(t('readout.unread', { n: r.unread.length }));
    for (const u of r.unread) lines.push(t('readout.unreadColumn', { column: u.column, header: u.header, why: u.why, looks: u.looks ? msg('readout.looks', { looks: msg(u.looks === 'date' ? 'looks.date' : 'looks.status') }) : '' }));
  }
  if (r.skipped.length) lines.push(t('read.skipped', { rows: r.skipped.map((s) => `${s.row} (${t(`read.skip.${s.why}`)})`).join(', ') }));
  for (const w of r.warnings) lines.push(t('readout.warning', { w }));
  return lines;
}

/** The JSON form (`read` in check --json and report --json): reasons and warnings rendered, warnings' codes alongside. */
export function readoutJson(r: Readout, lang: Lang) {
  return {
    ...r,
    unread: r.unread.map((u) => ({ ...u, why: render(u.why, lang) })),
    warnings: r.warnings.map((w) => render(w, lang)),
    warningCodes: r.warnings.map((w) => { const j = msgJson(w, lang); return { code: j.code, params: j.params }; }),
  };
}
