// The policy as JSON, for --policy FILE and for tests. Dates are ISO strings, hours "HH:mm-HH:mm".
import { CalendarDay } from '../calendar/calendar';
import { formatDay, parseIsoDay } from '../time';
import { Policy, PolicyProblem } from './types';
import { Msg, msg } from '../messages/msg';
import { defaultAppraisal } from './presets';

export interface PolicyJson extends Omit<Policy, 'calendar'> {
  calendar: { base: string; weekend: string; days: { date: string; kind: CalendarDay['kind']; name: string }[]; hours: string[] };
}

const hhmm = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export function policyToJson(p: Policy): PolicyJson {
  return {
    ...p,
    calendar: {
      base: p.calendar.base,
      weekend: p.calendar.weekend,
      days: p.calendar.days.map((d) => ({ date: formatDay(d.day), kind: d.kind, name: d.name })),
      hours: p.calendar.hours.map((h) => `${hhmm(h.start)}-${hhmm(h.end)}`),
    },
  };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Structure only; compilePolicy then checks what the values mean. */
export function policyFromJson(input: unknown): { policy?: Policy; problems: PolicyProblem[] } {
  const problems: PolicyProblem[] = [];
  const refuse = (where: string, message: Msg) => problems.push({ where, message });
  if (!isObj(input)) return { problems: [{ where: '$', message: msg('policy.jsonObject') }] };
  const j = input as Partial<PolicyJson>;
  for (const k of ['tiers', 'clocks', 'rules'] as const) if (!Array.isArray(j[k])) refuse(k, msg('policy.jsonList', { key: k }));
  if (!isObj(j.calendar)) refuse('calendar', msg('policy.jsonCalendar'));
  if (typeof j.defaultTier !== 'string') refuse('defaultTier', msg('policy.jsonDefaultTier'));
  if (problems.length) return { problems };
  const cal = j.calendar as PolicyJson['calendar'];
  const days: CalendarDay[] = [];
  (Array.isArray(cal.days) ? cal.days : []).forEach((d, i) => {
    const day = isObj(d) ? parseIsoDay(String(d.date)) : undefined;
    if (day === undefined) refuse(`calendar.days[${i}]`, msg('policy.jsonDate', { value: String(JSON.stringify(isObj(d) ? d.date : d)) }));
    else if (d.kind !== 'off' && d.kind !== 'work') refuse(`calendar.days[${i}]`, msg('policy.jsonDayKind', { value: String(JSON.stringify(d.kind)) }));
    else days.push({ day, kind: d.kind, name: String(d.name ?? '') });
  });
  const hours = (Array.isArray(cal.hours) ? cal.hours : []).flatMap((h, i) => {
    const m = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/.exec(String(h));
    if (!m) {
      refuse(`calendar.hours[${i}]`, msg('policy.jsonHours', { value: String(JSON.stringify(h)) }));
      return [];
    }
    return [{ start: Number(m[1]) * 60 + Number(m[2]), end: Number(m[3]) * 60 + Number(m[4]) }];
  });
  const policy: Policy = {
    name: String(j.name ?? 'custom'),
    calendar: { base: String(cal.base ?? 'china'), weekend: String(cal.weekend ?? '0000011'), days, hours },
    tiers: j.tiers as Policy['tiers'],
    defaultTier: j.defaultTier as string,
    clocks: j.clocks as Policy['clocks'],
    rules: j.rules as Policy['rules'],
    warnHours: typeof j.warnHours === 'number' ? j.warnHours : 24,
    ...(typeof j.idPattern === 'string' ? { idPattern: j.idPattern } : {}),
    ...(typeof j.warnPercent === 'number' ? { warnPercent: j.warnPercent } : {}),
    ...(typeof j.reopenWorkdays === 'number' ? { reopenWorkdays: j.reopenWorkdays } : {}),
    ...(typeof j.appealWorkdays === 'number' ? { appealWorkdays: j.appealWorkdays } : {}),
    ...(typeof j.batchSeveral === 'number' ? { batchSeveral: j.batchSeveral } : {}),
    ...(isObj(j.tierWarnHours) ? { tierWarnHours: j.tierWarnHours as Record<string, number> } : {}),
    appraisal: isObj(j.appraisal) ? { ...defaultAppraisal(), ...(j.appraisal as Partial<Policy['appraisal']>) } : defaultAppraisal(),
  };
  return problems.length ? { problems } : { policy, problems };
}
