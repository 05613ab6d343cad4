// Complaint numbers (编号, "登记 (unique number)" in every source policy): new rows get the next
// number of a pattern such as TS-{YYYY}-{####}; ids already in the register are never changed or
// renumbered, and a number any row already holds is never given again. Duplicate ids are found
// for `check`. Pure: the add-in and the set-up write what this returns.
import { Result, err, ok } from '../result';
import { Msg, msg } from '../messages/msg';
import { normalizeWord } from '../text';
import { Stamp, dayOfStamp, ymdOf } from '../time';

export const DEFAULT_ID_PATTERN = 'TS-{YYYY}-{####}';

/** The tokens a pattern may hold: the year and month of receipt, and one run of # for the sequence. */
const TOKENS = /\{(YYYY|YY|MM)\}|\{(#+)\}/g;

export interface IdPattern {
  text: string;
  /** Width of the sequence number (zero-padded). */
  width: number;
}

export function parseIdPattern(text: string): Result<IdPattern> {
  const runs = [...text.matchAll(TOKENS)].filter((m) => m[2] !== undefined);
  if (runs.length !== 1) return err(msg('id.oneRun', { pattern: text, example: DEFAULT_ID_PATTERN }));
  const rest = text.replace(TOKENS, '');
  if (/[{}]/.test(rest)) return err(msg('id.unknownToken', { pattern: text }));
  return ok({ text, width: runs[0][2].length });
}

/** The pattern with the date filled in: what precedes and follows the sequence for a complaint received at `t`. */
function frame(p: IdPattern, t: Stamp): { before: string; after: string } {
  const { y, m } = ymdOf(dayOfStamp(t));
  const filled = p.text.replace(/\{(YYYY|YY|MM)\}/g, (_s, k: string) => (k === 'YYYY' ? String(y) : k === 'YY' ? String(y % 100).padStart(2, '0') : String(m).padStart(2, '0')));
  const i = filled.search(/\{#+\}/);
  return { before: filled.slice(0, i), after: filled.slice(i).replace(/^\{#+\}/, '') };
}

/** How ids are compared: as people read them (white space, width and case do not make two ids). */
export const idKey = (id: string): string => normalizeWord(id);

export interface IdRequest {
  /** The row's current id, if it has one: kept as it is. */
  id?: string;
  /** When it was received: the date tokens of its number; rows without one use `now`. */
  received?: Stamp;
}

/**
 * An id for every row that has none, in row order; rows that have one get undefined. The next number
 * of each frame (e.g. TS-2026-) follows the highest one any row already holds in that frame.
 */
export function allocateIds(rows: readonly IdRequest[], pattern: IdPattern, now: Stamp): (string | undefined)[] {
  const taken = new Set<string>();
  for (const r of rows) if (r.id?.trim()) taken.add(idKey(r.id));
  const next = new Map<string, number>();
  const frameOf = (t: Stamp) => frame(pattern, t);
  // The highest sequence already used in each frame, read from the ids as typed.
  const highest = (f: { before: string; after: string }): number => {
    const key = `${f.before}\u0000${f.after}`;
    const known = next.get(key);
    if (known !== undefined) return known;
    let max = 0;
    const before = idKey(f.before);
    const after = idKey(f.after);
    for (const r of rows) {
      const k = r.id ? idKey(r.id) : '';
      if (!k.startsWith(before) || !k.endsWith(after) || k.length <= before.length + after.length) continue;
      const digits = k.slice(before.length, k.length - after.length);
      if (/^\d+$/.test(digits)) max = Math.max(max, Number(digits));
    }
    next.set(key, max);
    return max;
  };
  return rows.map((r) => {
    if (r.id?.trim()) return undefined;
    const f = frameOf(r.received ?? now);
    let n = highest(f);
    let id: string;
    do {
      n++;
      id = `${f.before}${String(n).padStart(pattern.width, '0')}${f.after}`;
    } while (taken.has(idKey(id)));
    next.set(`${f.before}\u0000${f.after}`, n);
    taken.add(idKey(id));
    return id;
  });
}

export interface DuplicateId {
  /** The id as the first of its rows has it. */
  id: string;
  /** Sheet rows holding it, in order. */
  rows: number[];
}

/** Ids more than one row holds (compared as idKey), each with the rows that hold it. */
export function duplicateIds(rows: readonly { row: number; id?: string }[]): DuplicateId[] {
  const groups = new Map<string, DuplicateId>();
  for (const r of rows) {
    if (!r.id?.trim()) continue;
    const k = idKey(r.id);
    const g = groups.get(k);
    if (g) g.rows.push(r.row);
    else groups.set(k, { id: r.id.trim(), rows: [r.row] });
  }
  return [...groups.values()].filter((g) => g.rows.length > 1);
}

export const duplicateIdWarning = (d: DuplicateId): Msg => msg('warn.duplicateId', { id: d.id, rows: { zh: d.rows.join('、'), en: d.rows.join(', ') } });
