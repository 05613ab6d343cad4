// Pause periods (暂停开始–暂停结束): the clock stops while the complaint waits on the customer. A
// cell holds one or several, `2026-11-03 10:00–2026-11-04 09:00; 2026-11-05 14:00–18:00`; the
// separate 暂停开始 / 暂停结束 columns give one more. Wall-clock times, like every register time.
import { Result, ok, err } from '../result';
import { msg } from '../messages/msg';
import { Stamp, dayOfStamp, MINUTES_PER_DAY } from '../time';
import { CellValue, formulaError, isEmpty, isErrorValue, isPlaceholder, quoteCell, unsupported } from './cell-basics';
import { parseDateTime } from './datetime';

export interface PausePeriod {
  start: Stamp;
  end: Stamp;
}

/** Between start and end: a dash with spaces or an en/em dash, ~, 至, 到 or "to" (a bare - is a date's). */
const RANGE = /\s*(?:–|—|~|～|至|到|\bto\b)\s*|\s+-\s+/i;
const TIME_ONLY = /^(\d{1,2})[:：](\d{2})$/;

function endOf(text: string, start: Stamp): Result<Stamp | undefined> {
  const t = TIME_ONLY.exec(text.trim());
  if (t) return ok(dayOfStamp(start) * MINUTES_PER_DAY + Number(t[1]) * 60 + Number(t[2]));
  return parseDateTime(text.trim());
}

/** The periods of a cell, sorted by start; overlapping ones are merged (a minute is paused once). */
export function parsePeriods(v: CellValue): Result<PausePeriod[] | undefined> {
  if (isErrorValue(v)) return formulaError(v);
  if (isEmpty(v) || isPlaceholder(v)) return ok(undefined);
  if (typeof v !== 'string') return unsupported('pauses', v);
  const out: PausePeriod[] = [];
  for (const part of v.split(/[;；\n]/).map((p) => p.trim()).filter(Boolean)) {
    const pieces = part.split(RANGE);
    if (pieces.length !== 2) return err(msg('cell.badPause', { value: quoteCell(part) }));
    const s = parseDateTime(pieces[0].trim());
    if (!s.ok || s.value === undefined) return err(msg('cell.badPauseStart', { value: quoteCell(pieces[0]) }));
    const e = endOf(pieces[1], s.value);
    if (!e.ok || e.value === undefined) return err(msg('cell.badPauseEnd', { value: quoteCell(pieces[1]) }));
    if (e.value <= s.value) return err(msg('cell.pauseOrder', { value: quoteCell(part) }));
    out.push({ start: s.value, end: e.value });
  }
  return ok(mergePeriods(out));
}

export function mergePeriods(list: readonly PausePeriod[]): PausePeriod[] {
  const sorted = [...list].sort((a, b) => a.start - b.start);
  const out: PausePeriod[] = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last && p.start <= last.end) last.end = Math.max(last.end, p.end);
    else out.push({ ...p });
  }
  return out;
}
