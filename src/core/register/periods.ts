// Pause periods (暂停开始–暂停结束): the clock stops while the complaint waits on the customer. A
// cell holds one or several, `2026-11-03 10:00–2026-11-04 09:00; 2026-11-05 14:00–18:00`; the
// separate 暂停开始 / 暂停结束 columns give one more. Wall-clock times, like every register time.
// A period with no end (`2026-11-03 10:00–`, `… 至今`, or 暂停开始 without 暂停结束) is a pause still
// running: the desk is waiting for the customer now (issue 13).
import { Result, ok, err } from '../result';
import { msg } from '../messages/msg';
import { Stamp, dayOfStamp, MINUTES_PER_DAY } from '../time';
import { CellValue, formulaError, isEmpty, isErrorValue, isPlaceholder, quoteCell, unsupported } from './cell-basics';
import { parseDateTime } from './datetime';

export interface PausePeriod {
  start: Stamp;
  /** Absent while the pause is still running (open-ended). */
  end?: Stamp;
}

/** An open pause as of `asOf`: it has lasted until then (not at all before it starts). */
export const closedAt = (p: PausePeriod, asOf: Stamp): Stamp => p.end ?? Math.max(p.start, asOf);

/** The running pause's start, when the last period has no end. */
export const openPauseStart = (list: readonly PausePeriod[] | undefined): Stamp | undefined => {
  const last = list?.[list.length - 1];
  return last && last.end === undefined ? last.start : undefined;
};

/** What may follow the dash of a pause still running: nothing, 今 (of 至今), 现在, now, ongoing. */
const OPEN_END = /^(?:今|现在|目前|now|ongoing|\.\.\.|…)?$/i;
/** A start and a trailing dash with nothing after it (the RANGE split drops an empty end). */
const TRAILING_DASH = /\s*(?:–|—|~|～|-)\s*$/;
/** Between start and end: a dash with spaces or an en/em dash, ~, 至, 到 or "to" (a bare - is a date's). */
const RANGE = /\s*(?:–|—|~|～|至|到|\bto\b)\s*|\s+-\s+/i;
const TIME_ONLY = /^(\d{1,2})[:：](\d{2})$/;

function endOf(text: string, start: Stamp): Result<Stamp | undefined> {
  const t = TIME_ONLY.exec(text.trim());
  if (t) return ok(dayOfStamp(start) * MINUTES_PER_DAY + Number(t[1]) * 60 + Number(t[2]));
  return parseDateTime(text.trim());
}

/** The periods of a cell, sorted by start; overlapping ones are merged (a minute is paused once), a running one takes in all after it. */
export function parsePeriods(v: CellValue): Result<PausePeriod[] | undefined> {
  if (isErrorValue(v)) return formulaError(v);
  if (isEmpty(v) || isPlaceholder(v)) return ok(undefined);
  if (typeof v !== 'string') return unsupported('pauses', v);
  const out: PausePeriod[] = [];
  for (const part of v.split(/[;；\n]/).map((p) => p.trim()).filter(Boolean)) {
    const pieces = TRAILING_DASH.test(part) ? [part.replace(TRAILING_DASH, ''), ''] : part.split(RANGE);
    if (pieces.length !== 2) return err(msg('cell.badPause', { value: quoteCell(part) }));
    const s = parseDateTime(pieces[0].trim());
    if (!s.ok || s.value === undefined) return err(msg('cell.badPauseStart', { value: quoteCell(pieces[0]) }));
    if (OPEN_END.test(pieces[1].trim())) {
      out.push({ start: s.value });
      continue;
    }
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
    if (!last || (last.end !== undefined && p.start > last.end)) out.push({ ...p });
    else if (last.end !== undefined && p.end === undefined) delete last.end;
    else if (last.end !== undefined && p.end !== undefined) last.end = Math.max(last.end, p.end);
  }
  return out;
}
