// Filling 编号 for rows that have none, planned once for both hosts: which cells of the register's
// id column get which new id. Only empty id cells are written; an id already there is never touched.
import { allocateIds, parseIdPattern, DEFAULT_ID_PATTERN } from '../core/register/ids';
import { FIELD_BY_KEY } from '../core/register/fields';
import { Result, err, ok } from '../core/result';
import { msg } from '../core/messages';
import { Stamp } from '../core/time';
import { RegisterFound } from './model';
import type { LoadedPolicy } from '../core/workbook';

/** The policy's 编号格式, when it loaded. */
export const idPatternOf = (lp: LoadedPolicy): string | undefined => (lp.result.ok ? lp.result.value.policy.idPattern : undefined);

export interface IdFillPlan {
  sheet: string;
  /** 0-based sheet column of 编号. */
  col: number;
  /** 1-based sheet rows and the id each gets, in row order. */
  cells: { row: number; id: string }[];
}

export function idFillPlan(reg: RegisterFound, pattern: string | undefined, now: Stamp): Result<IdFillPlan> {
  const p = parseIdPattern(pattern ?? DEFAULT_ID_PATTERN);
  if (!p.ok) return p;
  const header = reg.read.map.headers.id;
  const col = header === undefined ? undefined : reg.columnOf[header.trim()];
  if (col === undefined) return err(msg('sheet.noIdColumn', { sheet: reg.sheet, field: FIELD_BY_KEY.id }));
  const rows = reg.read.complaints;
  const ids = allocateIds(rows.map((c) => ({ id: c.id, received: c.received })), p.value, now);
  const cells = rows.flatMap((c, i) => (ids[i] === undefined ? [] : [{ row: c.row, id: ids[i] as string }]));
  return ok({ sheet: reg.sheet, col, cells });
}
