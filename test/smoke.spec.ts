import { builtinCalendar } from '../src/core/calendar/builtin';
import { addWorkdays } from '../src/core/calendar/calendar';
import { parseIsoDay, formatDay } from '../src/core/time';
test('china 调休', () => {
  const cal = builtinCalendar('china')!;
  expect(formatDay(addWorkdays(cal, parseIsoDay('2026-09-30')!, 7))).toBe('2026-10-15');
  const w = builtinCalendar('weekends')!;
  expect(formatDay(addWorkdays(w, parseIsoDay('2026-09-30')!, 7))).toBe('2026-10-09');
});
