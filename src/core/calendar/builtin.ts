// The calendars shipped with the product. `china` is built from the generated notice table.
import { CHINA_HOLIDAYS, CHINA_MAKEUP_WORKDAYS, CHINA_FIRST_YEAR, CHINA_LAST_YEAR } from './china-days.generated';
import { CalendarDay, CalendarSpec, Calendar, compileCalendar } from './calendar';
import { parseIsoDay } from '../time';

function table(rows: ReadonlyArray<readonly [string, string]>, kind: CalendarDay['kind']): CalendarDay[] {
  return rows.map(([iso, name]) => ({ day: parseIsoDay(iso) as number, kind, name }));
}

export const BUILTIN_CALENDAR_SPECS: Readonly<Record<string, CalendarSpec>> = {
  china: {
    name: 'china',
    weekend: '0000011',
    days: [...table(CHINA_HOLIDAYS, 'off'), ...table(CHINA_MAKEUP_WORKDAYS, 'work')],
    coveredYears: [CHINA_FIRST_YEAR, CHINA_LAST_YEAR],
  },
  weekends: { name: 'weekends', weekend: '0000011', days: [] },
};

const compiled = new Map<string, Calendar>();

/** A shipped calendar by name, compiled once. */
export function builtinCalendar(name: string): Calendar | undefined {
  const spec = BUILTIN_CALENDAR_SPECS[name];
  if (!spec) return undefined;
  let cal = compiled.get(name);
  if (!cal) {
    const r = compileCalendar(spec);
    if (!r.ok) return undefined;
    cal = r.value;
    compiled.set(name, cal);
  }
  return cal;
}
