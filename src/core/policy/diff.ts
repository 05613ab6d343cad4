// What saving a policy would change in the workbook's 投诉政策 sheet: one line per setting, tier,
// clock, rule, calendar day, weight or penalty rung that is added, removed or changed, in the
// user's language, with tiers and milestones by their names. Shown before the sheet is replaced.
import { Lang } from '../messages';
import { formatDay } from '../time';
import { CLOCK_LABELS, ClockDef, DEFAULT_BATCH_SEVERAL, MILESTONE_LABELS, Policy, TierRule } from './types';

export type DiffSection = 'settings' | 'tiers' | 'clocks' | 'rules' | 'calendar' | 'appraisal';

export interface DiffLine {
  section: DiffSection;
  /** What changed: "一般 · 首次联系", "预警小时". */
  what: string;
  /** Absent when added. */
  before?: string;
  /** Absent when removed. */
  after?: string;
}

/** The receipt anchor's name, as the 投诉政策 sheet writes it (受理). */
export const RECEIPT_LABEL = { zh: '受理', en: 'receipt' } as const;

type Keyed = Map<string, { what: string; text: string }>;

function compare(section: DiffSection, a: Keyed, b: Keyed, out: DiffLine[]): void {
  for (const [k, x] of a) {
    const y = b.get(k);
    if (!y) out.push({ section, what: x.what, before: x.text });
    else if (y.text !== x.text) out.push({ section, what: x.what, before: x.text, after: y.text });
  }
  for (const [k, y] of b) if (!a.has(k)) out.push({ section, what: y.what, after: y.text });
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Every part of a policy as keyed lines, in the language given. */
function parts(p: Policy, lang: Lang): Record<DiffSection, Keyed> {
  const tierName = (key: string) => {
    const t = p.tiers.find((x) => x.key === key);
    return t ? (lang === 'zh' ? t.zh || t.key : t.en || t.key) : key;
  };
  const label = (x: { zh: string; en: string }) => x[lang];
  const settings: Keyed = new Map([
    ['name', { what: lang === 'zh' ? '名称' : 'Name', text: p.name }],
    ['warnHours', { what: lang === 'zh' ? '预警小时' : 'Due-soon hours', text: String(p.warnHours) }],
    ['defaultTier', { what: lang === 'zh' ? '默认等级' : 'Default tier', text: tierName(p.defaultTier) }],
    ['batchSeveral', { what: lang === 'zh' ? '批号多次投诉件数' : 'Batch flagged from', text: String(p.batchSeveral ?? DEFAULT_BATCH_SEVERAL) }],
  ]);
  const tiers: Keyed = new Map(p.tiers.map((t, i) => [t.key, { what: `${t.zh || t.key}`, text: `#${i + 1} ${t.key} ${t.zh} / ${t.en}` }]));
  const clockText = (c: ClockDef) => `${c.amount} ${label(CLOCK_LABELS[c.clock])} ${lang === 'zh' ? '自' : 'from'} ${label(c.anchor === 'receipt' ? RECEIPT_LABEL : MILESTONE_LABELS[c.anchor])}`;
  const clocks: Keyed = new Map(p.clocks.map((c) => [`${c.tier}|${c.milestone}`, { what: `${tierName(c.tier)} · ${label(MILESTONE_LABELS[c.milestone])}`, text: clockText(c) }]));
  const ruleText = (r: TierRule) =>
    r.kind === 'loss' ? `> ${r.above}${r.upTo !== undefined ? ` ≤ ${r.upTo}` : ''}` : r.kind === 'factor' ? r.factor : `${tierName(r.from)} × ${r.withinMonths}${lang === 'zh' ? '个月' : ' months'}${r.sameCustomer ? (lang === 'zh' ? '（同一客户）' : ' (same customer)') : ''}`;
  const ruleWhat = (r: TierRule) => `${lang === 'zh' ? { loss: '损失', factor: '情形', repeat: '重复' }[r.kind] : { loss: 'Loss', factor: 'Factor', repeat: 'Repeat' }[r.kind]} ${ruleText(r)}`;
  const rules: Keyed = new Map(p.rules.map((r) => [`${r.kind}|${ruleText(r)}`, { what: ruleWhat(r), text: `→ ${tierName(r.tier)}` }]));
  const calendar: Keyed = new Map([
    ['base', { what: lang === 'zh' ? '日历' : 'Calendar', text: p.calendar.base }],
    ['weekend', { what: lang === 'zh' ? '周末' : 'Weekend', text: p.calendar.weekend }],
    ['hours', { what: lang === 'zh' ? '工作时间' : 'Working hours', text: p.calendar.hours.map((h) => `${hhmm(h.start)}–${hhmm(h.end)}`).join(', ') }],
    ...p.calendar.days.map((d) => [`day|${d.day}`, { what: formatDay(d.day), text: `${d.kind === 'off' ? (lang === 'zh' ? '放假' : 'off') : lang === 'zh' ? '上班' : 'work'} ${d.name}` }] as const),
  ]);
  const a = p.appraisal;
  const appraisal: Keyed = new Map([
    ['weights', { what: lang === 'zh' ? '考核权重 (%)' : 'Weights (%)', text: `${a.weights.timeliness}/${a.weights.resolution}/${a.weights.satisfaction}` }],
    ['grades', { what: lang === 'zh' ? '等级线' : 'Grade thresholds', text: `${a.grades.excellent}/${a.grades.pass}` }],
    ['measure', { what: lang === 'zh' ? '满意度口径' : 'Satisfaction measure', text: a.satisfactionMeasure }],
    ...a.penalties.map((r) => [`pen|${r.atLeast}`, { what: `${lang === 'zh' ? '处罚' : 'Penalty'} ≥ ${r.atLeast}`, text: `${r.action} ${r.fine}` }] as const),
  ]);
  return { settings, tiers, clocks, rules, calendar, appraisal };
}

const SECTIONS: readonly DiffSection[] = ['settings', 'tiers', 'clocks', 'rules', 'calendar', 'appraisal'];

/** What replacing `before` with `after` changes, section by section; empty when they say the same. */
export function diffPolicy(before: Policy, after: Policy, lang: Lang): DiffLine[] {
  const a = parts(before, lang);
  const b = parts(after, lang);
  const out: DiffLine[] = [];
  for (const s of SECTIONS) compare(s, a[s], b[s], out);
  return out;
}
