// Issue 13: "Pauses are periods, not a total: 暂停开始/暂停结束 pairs (several per complaint, e.g. in a
// linked sheet or a `start–end; start–end` cell); the clock stops during them in the clock's own
// unit (hours for hour clocks; working days for day clocks, so a paused day deadline never lands on
// a weekend)." Source clocks: 002 "| 一般 normal | 24 h |"; 001 "| 二类投诉 class 2 | 1 working day |
// 2 working days after dispatch |". Expected deadlines worked out by hand on the 2026 calendar
// (2026-11-07/08 are a weekend; no holiday in November).
import { zh } from './helpers/msg';
import { MsgError } from '../src/core/messages';
import { evaluate, formatDeadline } from '../src/core/sla';
import { assignTiers } from '../src/core/tier';
import { parsePeriods } from '../src/core/register/periods';
import { readRegister } from '../src/core/register/read';
import { FIELD_BY_KEY } from '../src/core/register/fields';
import { preset } from '../src/core/policy/presets';
import { dueCells } from '../src/functions/register';
import { CellFault } from '../src/functions/grid';
import { CompiledPolicy } from '../src/core/policy/compile';
import { Policy } from '../src/core/policy/types';
import { at, compiled, complaint, ComplaintInit } from './helpers/build';

const urgency = compiled('urgency');
const klass = compiled('class');

function periods(text: string) {
  const r = parsePeriods(text);
  if (!r.ok || !r.value) throw new Error(r.ok ? 'empty' : zh(r.error));
  return r.value;
}
function due(cp: CompiledPolicy, row: ComplaintInit, pauses?: string): Record<string, string> {
  const c = complaint({ ...row, pauses: pauses ? periods(pauses) : undefined });
  const ev = evaluate(cp, c, assignTiers(cp, [c])[0].rank, at('2026-11-03 15:00'));
  return Object.fromEntries(ev.milestones.filter((m) => m.due).map((m) => [m.key, formatDeadline(m.due!)]));
}

describe('hour clocks stop for the hours of each period', () => {
  const normal = { received: '2026-11-03 14:00' }; // contact due 2026-11-04 14:00
  test.each<[string, string | undefined, string]>([
    ['no pause', undefined, '2026-11-04T14:00'],
    ['one period of 4 h', '2026-11-03 16:00–2026-11-03 20:00', '2026-11-04T18:00'],
    ['two periods, 4 h + 2 h; the end may be a time of the same day', '2026-11-03 16:00–20:00; 2026-11-04 10:00–12:00', '2026-11-04T20:00'],
    ['a period that began before receipt counts from receipt', '2026-11-03 12:00 至 2026-11-03 15:00', '2026-11-04T15:00'],
    ['a period after the deadline does not move it', '2026-11-05 10:00~2026-11-05 12:00', '2026-11-04T14:00'],
    ['a period reached only because an earlier one moved the deadline counts', '2026-11-03 16:00–2026-11-04 14:00; 2026-11-05 09:00–2026-11-05 10:00', '2026-11-05T13:00'],
    ['overlapping periods count once', '2026-11-03 16:00–20:00; 2026-11-03 18:00–21:00', '2026-11-04T19:00'],
  ])('%s', (_n, pauses, contact) => {
    expect(due(urgency, normal, pauses).contact).toBe(contact);
  });
});

describe('working-day clocks stop for the working days whose end the pause covers', () => {
  const row = { received: '2026-11-06 16:00' }; // class2: report Mon 11-09, resolve Wed 11-11
  test.each<[string, string | undefined, Record<string, string>]>([
    ['no pause', undefined, { report: '2026-11-09', resolve: '2026-11-11' }],
    // Fri 17:00 → Tue 09:00 covers the ends of Fri 6, Sat 7, Sun 8, Mon 9: two working days (Fri, Mon).
    ['over the weekend: two working days, report Wednesday, resolve two working days after that',
      '2026-11-06 17:00–2026-11-10 09:00', { report: '2026-11-11', resolve: '2026-11-13' }],
    // Fri 2026-11-06 17:00 → Mon 2026-11-09 08:00 covers Fri, Sat, Sun ends: one working day (Fri): report Tue.
    ['a pause ending on a Monday morning: one working day', '2026-11-06 17:00–2026-11-09 08:00', { report: '2026-11-10', resolve: '2026-11-12' }],
    ['a pause within one day covers no day end: no move', '2026-11-09 09:00–2026-11-09 17:00', { report: '2026-11-09', resolve: '2026-11-11' }],
    // Mon 11-09 → Thu 11-12 09:00 covers Mon, Tue, Wed: report Thu 11-12, resolve 2 working days after → Mon 11-16 (never a weekend).
    ['a paused deadline moves by working days and never lands on a weekend', '2026-11-09 10:00–2026-11-12 09:00', { report: '2026-11-12', resolve: '2026-11-16' }],
  ])('%s', (_n, pauses, expected) => {
    expect(due(klass, row, pauses)).toEqual(expected);
  });

  test('working-hour clocks stop for the working hours of the pause', () => {
    const p = preset('urgency') as Policy;
    p.calendar.hours = [{ start: 9 * 60, end: 18 * 60 }];
    p.clocks = [{ tier: 'normal', milestone: 'contact', clock: 'workhours', amount: 4, anchor: 'receipt' }];
    const cp = compiled(p);
    // Tue 10:00 + 4 working hours: 1 h runs to 11:00, the pause holds it until Wed 10:00, 3 h more → Wed 13:00.
    expect(due(cp, { received: '2026-11-03 10:00' }, '2026-11-03 11:00–2026-11-04 10:00').contact).toBe('2026-11-04T13:00');
  });
});

describe('reading pause periods', () => {
  test.each<[string, string]>([
    ['2026-11-03 10:00', '无法识别的暂停期间'],
    ['2026-11-03 10:00–2026-11-03 09:00', '暂停结束不晚于开始'],
    ['昨天–今天', '无法识别的暂停开始'],
    ['2026-11-03 10:00–下午', '无法识别的暂停结束'],
  ])('%j is refused: %s', (text, message) => {
    const r = parsePeriods(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(zh(r.error)).toContain(message);
  });

  const names = (key: 'pauses' | 'pauseStart' | 'pauseEnd') => [FIELD_BY_KEY[key].zh, FIELD_BY_KEY[key].en, ...FIELD_BY_KEY[key].synonyms];
  test.each(names('pauses'))('the 暂停期间 column under the header %j', (header) => {
    const read = readRegister([['受理时间', '客户', header], ['2026-11-03 14:00', '王先生', '2026-11-03 16:00–20:00']]);
    if (!read.ok) throw new MsgError(read.error);
    expect(read.value.complaints[0].pauses).toEqual([{ start: at('2026-11-03 16:00'), end: at('2026-11-03 20:00') }]);
  });
  test.each(names('pauseStart').flatMap((s) => names('pauseEnd').slice(0, 2).map((e) => [s, e])))('the pair %j / %j joins the periods', (start, end) => {
    const read = readRegister([['受理时间', '客户', '暂停期间', start, end], ['2026-11-03 14:00', '王先生', '2026-11-04 10:00–12:00', '2026-11-03 16:00', '2026-11-03 20:00']]);
    if (!read.ok) throw new MsgError(read.error);
    expect(read.value.complaints[0].pauses).toEqual([{ start: at('2026-11-03 16:00'), end: at('2026-11-03 20:00') }, { start: at('2026-11-04 10:00'), end: at('2026-11-04 12:00') }]);
  });
  // Issue 13 §2: a start without its end is a pause still running (test/sla.open-pause.spec.ts), no longer a cell error.
  test('a start without its end is a pause still running; an end without its start is a cell error naming the column', () => {
    const read = readRegister([['受理时间', '客户', '暂停开始', '暂停结束'], ['2026-11-03 14:00', '王先生', '2026-11-03 16:00', ''], ['2026-11-03 14:00', '王先生', '', '2026-11-03 18:00']]);
    if (!read.ok) throw new MsgError(read.error);
    const [open, endOnly] = read.value.complaints;
    expect(open.errors).toEqual([]);
    expect(open.pauses).toEqual([{ start: at('2026-11-03 16:00') }]);
    expect(endOnly.errors).toEqual([{ row: 3, column: '暂停开始', msg: expect.objectContaining({ code: 'row.pausePair' }) }]);
    expect(endOnly.broken).toBe(false);
    expect(endOnly.pauses).toBeUndefined();
  });
});

describe('DUE takes the periods', () => {
  const serial = (iso: string, hours = 0) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000 + 25569 + hours / 24;
  test('a working-day deadline after a weekend pause', () => {
    expect(dueCells(klass, { milestone: 'report', received: serial('2026-11-06', 16), tier: 'class2', pauses: '2026-11-06 17:00–2026-11-10 09:00' })).toBe(serial('2026-11-11'));
  });
  test('an unreadable period names the argument', () => {
    const out = dueCells(klass, { milestone: 'report', received: serial('2026-11-06', 16), tier: 'class2', pauses: 'soon' });
    expect(out).toBeInstanceOf(CellFault);
    expect((out as CellFault).message).toMatch(/^暂停期间 pauses: 无法识别的暂停期间/);
  });
});
