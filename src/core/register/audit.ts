// The audit trail (操作记录) of the register: who changed a complaint's tier, its deadlines, its
// resolution or its validity, and when. Pure: the add-in (src/excel/audit.ts) turns Excel's change
// events into these entries and appends their rows to the hidden log sheet it owns; the CLI writes
// none (it changes no register).
import { CellValue } from './cells';
import { FIELD_BY_KEY, FieldKey } from './fields';
import { Stamp, formatStamp } from '../time';

/** What is logged: the manual tier, what moves a deadline, the resolution and the validity. */
export const AUDITED_FIELDS: readonly FieldKey[] = [
  'tierOverride', 'factors', 'loss', 'received', 'paused', 'resolved', 'resolution', 'resolvedBy', 'valid',
  // What moves a deadline in the second round (issue 13): a promise, an extension, pauses, a reopen, an appeal.
  'promised', 'extendedTo', 'extensionReason', 'pauses', 'pauseStart', 'pauseEnd', 'reopened', 'reresolved', 'appealed', 'appealResult', 'transferredTo', 'transferredAt',
];

export const AUDIT_SHEET = '操作记录';
export const AUDIT_HEADERS = ['时间 When', '操作人 Who', '工作表 Sheet', '行 Row', '编号 ID', '字段 Field', '表头 Header', '原值 Before', '新值 After'];
/** Shown for a person Office does not name (see src/excel/audit.ts). */
export const UNKNOWN_USER = '(未知 unknown)';
/** The value before a change Excel does not report (a paste over several cells). */
export const UNKNOWN_VALUE = '(原值未知 not reported)';

export interface AuditEntry {
  at: Stamp;
  who: string;
  sheet: string;
  row: number;
  id: string;
  field: FieldKey;
  header: string;
  before: string;
  after: string;
}

export interface CellChange {
  sheet: string;
  /** 1-based sheet row and the header of the changed cell's column. */
  row: number;
  header: string;
  field: FieldKey | undefined;
  before: CellValue | undefined;
  after: CellValue | undefined;
  /** The row's 编号, when it has one. */
  id?: string;
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : v instanceof Date ? formatStamp(Math.round(v.getTime() / 60000), ' ') : String(v));

/** The entry for a change, or undefined when the column is not audited or nothing changed. */
export function auditEntry(change: CellChange, who: string | undefined, at: Stamp): AuditEntry | undefined {
  if (!change.field || !AUDITED_FIELDS.includes(change.field)) return undefined;
  const before = text(change.before);
  const after = text(change.after);
  if (before === after) return undefined;
  return { at, who: who?.trim() || UNKNOWN_USER, sheet: change.sheet, row: change.row, id: change.id ?? '', field: change.field, header: change.header, before, after };
}

/** The log sheet's row of an entry: every value text, so that nothing typed is read as a formula. */
export function auditRow(e: AuditEntry): string[] {
  return [formatStamp(e.at, ' '), e.who, e.sheet, String(e.row), e.id, FIELD_BY_KEY[e.field].zh, e.header, e.before, e.after];
}

/**
 * 办结人 at resolution: when 办结时间 goes from empty to filled and the row's 办结人 is empty, the
 * handler of that moment is kept, so that a later change of 处理人 does not move the rating.
 */
export function resolvedByOnResolution(change: CellChange, handler: string | undefined, resolvedBy: string | undefined): string | undefined {
  if (change.field !== 'resolved' || text(change.before) !== '' || text(change.after) === '') return undefined;
  if (resolvedBy?.trim() || !handler?.trim()) return undefined;
  return handler.trim();
}
