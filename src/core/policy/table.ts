// The policy as a plain table of cells: the 投诉政策 sheet users edit in Excel. One line per
// setting, tier, clock, rule, calendar day or working period; the first column says which.
import { Msg, msg } from '../messages/msg';
import { CalendarDay, WorkInterval } from '../calendar/calendar';
import { CellValue, parseDateTime } from '../register/cells';
import { columnLetter } from '../register/read';
import { dayOfStamp, formatDay, MINUTES_PER_DAY } from '../time';
import { normalizeWord } from '../text';
import { Anchor, CLOCK_LABELS, DEFAULT_APPEAL_WORKDAYS, DEFAULT_BATCH_SEVERAL, DEFAULT_REOPEN_WORKDAYS, DEFAULT_WARN_PERCENT, ClockKind, CLOCK_KINDS, MILESTONE_LABELS, MILESTONES, MilestoneKey, Policy, PolicyProblem, TierRule, SATISFACTION_MEASURES, SatisfactionMeasure, TIMELINESS_MEASURES } from './types';
import { defaultAppraisal } from './presets';
import { RowOf, lossRangeText } from './compile';
import { parseIdPattern } from '../register/ids';

export const POLICY_SHEET = '投诉政策';
export const POLICY_HEADER = ['类型 Type', '项目 Item', '值 Value', '值2 Value 2', '值3 Value 3', '值4 Value 4', '说明 Note'];

type LineType = 'setting' | 'tier' | 'clock' | 'rule' | 'day' | 'hours' | 'appraisal' | 'penalty' | 'qualityFine';
const LINE_TYPES: Record<LineType, { zh: string; words: string[] }> = {
  setting: { zh: '设置', words: ['设置', 'setting'] },
  tier: { zh: '等级', words: ['等级', 'tier'] },
  clock: { zh: '时限', words: ['时限', 'clock'] },
  rule: { zh: '规则', words: ['规则', 'rule'] },
  day: { zh: '日历', words: ['日历', 'day', 'calendar'] },
  hours: { zh: '工作时间', words: ['工作时间', 'hours', 'workinghours'] },
  appraisal: { zh: '考核', words: ['考核', 'appraisal'] },
  penalty: { zh: '处罚', words: ['处罚', 'penalty'] },
  qualityFine: { zh: '质量考核', words: ['质量考核', 'qualityfine', 'quality-fine', '品质考核'] },
};
/** A loss rule's bounds in column F, as intervals are written: ( ] is the default (above, up to). */
const LOSS_BOUNDS: Record<string, { includeLower: boolean; excludeUpper: boolean }> = {
  '(]': { includeLower: false, excludeUpper: false },
  '[)': { includeLower: true, excludeUpper: true },
  '[]': { includeLower: true, excludeUpper: false },
  '()': { includeLower: false, excludeUpper: true },
};
const boundsText = (r: { includeLower?: boolean; excludeUpper?: boolean }): string =>
  r.includeLower || r.excludeUpper ? `${r.includeLower ? '[' : '('}${r.excludeUpper ? ')' : ']'}` : '';
type AppraisalKey = 'timeliness' | 'resolution' | 'satisfaction' | 'excellent' | 'pass' | 'measure' | 'timelinessMeasure';
const APPRAISAL: Record<AppraisalKey, { zh: string; words: string[]; note: string }> = {
  timeliness: { zh: '及时率权重', words: ['及时率权重', 'timeliness', 'timelinessweight'], note: '考核得分中及时率的权重 (%)' },
  resolution: { zh: '解决率权重', words: ['解决率权重', 'resolution', 'resolutionweight'], note: '考核得分中解决率的权重 (%)' },
  satisfaction: { zh: '满意度权重', words: ['满意度权重', 'satisfaction', 'satisfactionweight'], note: '考核得分中满意度的权重 (%)' },
  excellent: { zh: '优秀线', words: ['优秀线', '优秀', 'excellent'], note: '得分不低于此为优秀' },
  pass: { zh: '合格线', words: ['合格线', '合格', 'pass'], note: '得分不低于此为合格, 否则不合格' },
  measure: { zh: '满意度口径', words: ['满意度口径', 'satisfactionmeasure', 'measure'], note: 'csat = 4–5 分占比; mean = 平均分/5' },
  timelinessMeasure: { zh: '及时口径', words: ['及时口径', 'timelinessmeasure', '响应口径'], note: 'response = 平均响应时间对时限 (002); ontime = 各节点及时率' },
};
type SettingKey = 'name' | 'calendar' | 'weekend' | 'warnHours' | 'warnPercent' | 'defaultTier' | 'reopenWorkdays' | 'appealWorkdays' | 'batchSeveral' | 'idPattern';
const SETTINGS: Record<SettingKey, { zh: string; words: string[]; note: string }> = {
  name: { zh: '名称', words: ['名称', 'name', '预设', 'preset'], note: '政策名称 (policy name)' },
  calendar: { zh: '日历', words: ['日历', 'calendar'], note: 'china (法定节假日与调休) 或 weekends (仅周末)' },
  weekend: { zh: '周末', words: ['周末', 'weekend'], note: '7 位, 周一起, 1 = 休息 (Excel WORKDAY.INTL mask)' },
  warnHours: { zh: '预警小时', words: ['预警小时', 'warnhours', 'warn-hours', '预警'], note: '值2 填等级: 该等级距截止不足该小时数为“即将到期”; 不填等级: 预警比例为 0 时全部等级使用' },
  warnPercent: { zh: '预警比例', words: ['预警比例', 'warnpercent', 'warn-percent', '预警百分比'], note: '时限最后该百分比内为“即将到期” (默认 25)' },
  reopenWorkdays: { zh: '重新处理工作日', words: ['重新处理工作日', '重新处理时限', 'reopenworkdays', 'reopen-workdays'], note: '重新处理的办结时限 (工作日), 用于没有固定办结时限的等级 (默认 3)' },
  appealWorkdays: { zh: '申诉工作日', words: ['申诉工作日', '申诉时限', 'appealworkdays', 'appeal-workdays'], note: '派单后可申诉的工作日数 (默认 1)' },
  batchSeveral: { zh: '批号多次投诉件数', words: ['批号多次投诉件数', '批号预警件数', '多次投诉件数', 'batchseveral', 'batch-several'], note: '同一批号本期投诉达到该件数标为“多次投诉” (004, 默认 2)' },
  defaultTier: { zh: '默认等级', words: ['默认等级', 'defaulttier', 'default-tier'], note: '无规则适用时的等级' },
  idPattern: { zh: '编号格式', words: ['编号格式', 'idpattern', 'id-pattern'], note: '新行的编号, 如 TS-{YYYY}-{####}: {YYYY}/{YY}/{MM} 为受理年月, {####} 为顺序号' },
};
const RULE_KINDS: Record<TierRule['kind'], { zh: string; words: string[] }> = {
  loss: { zh: '损失', words: ['损失', 'loss', '损失金额'] },
  factor: { zh: '情形', words: ['情形', 'factor'] },
  repeat: { zh: '重复', words: ['重复', 'repeat', '重复投诉'] },
};
const DAY_KINDS: Record<CalendarDay['kind'], string[]> = { off: ['放假', '休', '休息', 'off', 'holiday'], work: ['上班', '班', '补班', 'work', 'workday'] };
const YES = ['是', 'y', 'yes', 'true', '1'];
const NO = ['否', 'n', 'no', 'false', '0'];

function lookup<K extends string>(table: Record<K, { words: string[] }>, word: string): K | undefined {
  const w = normalizeWord(word);
  return (Object.keys(table) as K[]).find((k) => table[k].words.some((x) => normalizeWord(x) === w));
}

const cellText = (v: CellValue): string => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : String(v).trim());

function milestoneOf(word: string): MilestoneKey | undefined {
  const w = normalizeWord(word);
  return MILESTONES.find((m) => m === w || normalizeWord(MILESTONE_LABELS[m].zh) === w || normalizeWord(MILESTONE_LABELS[m].en) === w ||
    MILESTONE_LABELS[m].zh.split('/').some((p) => normalizeWord(p) === w));
}
function clockOf(word: string): ClockKind | undefined {
  const w = normalizeWord(word);
  return CLOCK_KINDS.find((k) => k === w || normalizeWord(CLOCK_LABELS[k].zh) === w || normalizeWord(CLOCK_LABELS[k].en) === w);
}

const fmtTime = (m: number): string => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** A time of day from a cell: "09:00", an Excel fraction (0.375) or a Date carrying the time. */
function timeOfDay(v: CellValue): number | undefined {
  if (typeof v === 'number' && v >= 0 && v <= 1) return Math.round(v * MINUTES_PER_DAY);
  if (v instanceof Date) return v.getUTCHours() * 60 + v.getUTCMinutes();
  const m = /^(\d{1,2})[:：](\d{2})$/.exec(cellText(v));
  if (!m) return undefined;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  return h <= 24 && mi < 60 && h * 60 + mi <= MINUTES_PER_DAY ? h * 60 + mi : undefined;
}

function numberOf(v: CellValue): number | undefined {
  if (typeof v === 'number') return v;
  const t = cellText(v).replace(/,/g, '');
  return t !== '' && Number.isFinite(Number(t)) ? Number(t) : undefined;
}

export function policyToTable(p: Policy): (string | number)[][] {
  const rows: (string | number)[][] = [POLICY_HEADER];
  const st = (k: SettingKey, v: string | number) => rows.push([LINE_TYPES.setting.zh, SETTINGS[k].zh, v, '', '', '', SETTINGS[k].note]);
  st('name', p.name);
  st('calendar', p.calendar.base);
  st('weekend', p.calendar.weekend);
  st('warnHours', p.warnHours);
  st('warnPercent', p.warnPercent ?? DEFAULT_WARN_PERCENT);
  for (const [tier, hours] of Object.entries(p.tierWarnHours ?? {})) rows.push([LINE_TYPES.setting.zh, SETTINGS.warnHours.zh, hours, tier, '', '', `${tier}: 距截止不足 ${hours} 小时为“即将到期”`]);
  st('defaultTier', p.defaultTier);
  if (p.idPattern !== undefined) st('idPattern', p.idPattern);
  st('reopenWorkdays', p.reopenWorkdays ?? DEFAULT_REOPEN_WORKDAYS);
  st('appealWorkdays', p.appealWorkdays ?? DEFAULT_APPEAL_WORKDAYS);
  st('batchSeveral', p.batchSeveral ?? DEFAULT_BATCH_SEVERAL);
  p.tiers.forEach((t, i) => rows.push([LINE_TYPES.tier.zh, t.key, t.zh, t.en, '', '', i === 0 ? '从低到高排列 (lowest first)' : '']));
  for (const c of p.clocks) {
    rows.push([LINE_TYPES.clock.zh, c.tier, c.milestone, CLOCK_LABELS[c.clock].zh, c.amount, c.anchor === 'receipt' ? '受理' : c.anchor,
      `${MILESTONE_LABELS[c.milestone].zh}: ${c.anchor === 'receipt' ? '受理' : MILESTONE_LABELS[c.anchor].zh}后 ${c.amount} ${CLOCK_LABELS[c.clock].zh}`]);
  }
  for (const r of p.rules) {
    if (r.kind === 'loss') rows.push([LINE_TYPES.rule.zh, RULE_KINDS.loss.zh, r.tier, r.above, r.upTo ?? '', boundsText(r), `损失 ${lossRangeText(r)}; 值4: 区间 ( ] 默认, [ ) 含下限不含上限`]);
    else if (r.kind === 'factor') rows.push([LINE_TYPES.rule.zh, RULE_KINDS.factor.zh, r.tier, r.factor, '', '', '']);
    else rows.push([LINE_TYPES.rule.zh, RULE_KINDS.repeat.zh, r.tier, r.from, r.withinMonths, r.sameCustomer ? '是' : '否', `${r.withinMonths}个月内同一事项再次${r.from} → ${r.tier}; 值4: 是否限同一客户`]);
  }
  const a = p.appraisal;
  const ap = (k: AppraisalKey, v: string | number) => rows.push([LINE_TYPES.appraisal.zh, APPRAISAL[k].zh, v, '', '', '', APPRAISAL[k].note]);
  ap('timeliness', a.weights.timeliness);
  ap('resolution', a.weights.resolution);
  ap('satisfaction', a.weights.satisfaction);
  ap('excellent', a.grades.excellent);
  ap('pass', a.grades.pass);
  ap('measure', a.satisfactionMeasure);
  if (a.timelinessMeasure) ap('timelinessMeasure', a.timelinessMeasure);
  a.penalties.forEach((r, i) => rows.push([LINE_TYPES.penalty.zh, r.atLeast, r.action, r.fine, '', '', i === 0 ? '每人每月有效投诉达到次数 → 处理, 罚款(元)' : '']));
  for (const q of a.qualityFines ?? []) rows.push([LINE_TYPES.qualityFine.zh, q.tier, q.role, q.min, q.max, q.fine, `每例 ${q.min}–${q.max} 元, 按 ${q.fine} 元考核`]);
  for (const h of p.calendar.hours) rows.push([LINE_TYPES.hours.zh, fmtTime(h.start), fmtTime(h.end), '', '', '', '工作小时时限使用']);
  for (const d of p.calendar.days) rows.push([LINE_TYPES.day.zh, formatDay(d.day), d.kind === 'off' ? '放假' : '上班', d.name, '', '', '']);
  return rows;
}

export interface PolicyTableRead {
  policy?: Policy;
  problems: PolicyProblem[];
  rowOf: RowOf;
}

/**
 * Reads a 投诉政策 table. `firstRow` is the sheet row number of rows[0]. Lines not given keep the
 * base policy's values only for settings; tiers, clocks and rules given replace the base's lists.
 */
export function policyFromTable(rows: readonly (readonly CellValue[])[], firstRow = 1): PolicyTableRead {
  const problems: PolicyProblem[] = [];
  const rowNo = new WeakMap<object, number>();
  const rowOf: RowOf = (item) => rowNo.get(item);
  const p: Policy = { name: 'custom', calendar: { base: 'china', weekend: '0000011', days: [], hours: [] }, tiers: [], defaultTier: '', clocks: [], rules: [], warnHours: 24, appraisal: defaultAppraisal() };
  let sawPenalty = false;
  rowNo.set(p, firstRow);
  rowNo.set(p.calendar, firstRow);
  let sawHeader = false;

  rows.forEach((cells, i) => {
    const row = firstRow + i;
    // Short rows are normal (trailing empty cells are not stored): read missing cells as empty.
    const text = Array.from({ length: Math.max(POLICY_HEADER.length, cells.length) }, (_, i) => cellText(cells[i]));
    if (text.every((t) => t === '')) return;
    const type = lookup(LINE_TYPES, text[0].split(/\s/)[0]);
    if (!sawHeader && /^(类型|type)/.test(normalizeWord(text[0]))) {
      sawHeader = true;
      return;
    }
    // The cell that is wrong, by its column (A: the line type, B: the item, C…: the values).
    const bad = (message: Msg, col = 0) => problems.push({ row, where: `${POLICY_SHEET}!${columnLetter(col + 1)}${row}`, message });
    if (!type) {
      bad(msg('policy.lineType', { value: text[0], types: Object.values(LINE_TYPES).map((t) => t.zh).join(' / ') }));
      return;
    }
    switch (type) {
      case 'setting': {
        const key = lookup(SETTINGS, text[1]);
        if (!key) return bad(msg('policy.unknownSetting', { value: text[1], known: Object.values(SETTINGS).map((x) => x.zh).join(' / ') }), 1);
        if (key === 'name') p.name = text[2];
        else if (key === 'calendar') p.calendar.base = text[2];
        else if (key === 'weekend') p.calendar.weekend = text[2];
        else if (key === 'idPattern') {
          const ip = parseIdPattern(text[2]);
          if (!ip.ok) return bad(ip.error, 2);
          p.idPattern = text[2];
        }
        else if (key === 'defaultTier') {
          p.defaultTier = text[2];
          rowNo.set(p, row);
        } else if (key === 'reopenWorkdays' || key === 'appealWorkdays') {
          const n = numberOf(cells[2]);
          if (n === undefined || n < 0 || !Number.isInteger(n)) return bad(msg('policy.wholeWorkdays', { name: SETTINGS[key].zh, value: text[2] }), 2);
          p[key] = n;
        } else if (key === 'batchSeveral') {
          const n = numberOf(cells[2]);
          if (n === undefined || n < 2 || !Number.isInteger(n)) return bad(msg('policy.batchSeveral', { name: SETTINGS[key].zh, value: text[2] }), 2);
          p.batchSeveral = n;
        } else if (key === 'warnPercent') {
          const n = numberOf(cells[2]);
          if (n === undefined || n < 0 || n > 100) return bad(msg('policy.warnPercent', { value: text[2] }), 2);
          p.warnPercent = n;
        } else {
          const n = numberOf(cells[2]);
          if (n === undefined || n < 0) return bad(msg('policy.warnHours', { value: text[2] }), 2);
          // A tier in column D makes it that tier's own window; without one it is the policy-wide window.
          if (text[3]) (p.tierWarnHours ??= {})[text[3]] = n;
          else p.warnHours = n;
        }
        if (key === 'calendar' || key === 'weekend') rowNo.set(p.calendar, row);
        return;
      }
      case 'tier': {
        if (!text[1]) return bad(msg('policy.tierKey'), 1);
        const t = { key: text[1], zh: text[2] || text[1], en: text[3] || text[1] };
        rowNo.set(t, row);
        p.tiers.push(t);
        return;
      }
      case 'clock': {
        const milestone = milestoneOf(text[2]);
        const clock = clockOf(text[3]);
        const amount = numberOf(cells[4]);
        const anchorWord = text[5] || '受理';
        const anchor: Anchor | undefined = ['受理', 'receipt', '收到'].includes(normalizeWord(anchorWord)) ? 'receipt' : milestoneOf(anchorWord);
        if (!milestone) return bad(msg('policy.unknownMilestone', { value: text[2], keys: MILESTONES.join(', '), labels: MILESTONES.map((m) => MILESTONE_LABELS[m].zh).join('、') }), 2);
        if (!clock) return bad(msg('policy.unknownClock', { value: text[3] }), 3);
        // A promised clock takes its time from the row (承诺办结时间): no amount.
        if (amount === undefined && !(clock === 'promised' && text[4] === '')) return bad(msg('policy.amountNaN', { value: text[4] }), 4);
        if (!anchor) return bad(msg('policy.unknownAnchor', { value: anchorWord }), 5);
        const c = { tier: text[1], milestone, clock, amount: amount ?? 0, anchor };
        rowNo.set(c, row);
        p.clocks.push(c);
        return;
      }
      case 'rule': {
        const kind = lookup(RULE_KINDS, text[1]);
        let r: TierRule;
        if (kind === 'loss') {
          const above = numberOf(cells[3]);
          const upTo = text[4] === '' ? undefined : numberOf(cells[4]);
          if (above === undefined) return bad(msg('policy.lossAbove', { value: text[3] }), 3);
          if (text[4] !== '' && upTo === undefined) return bad(msg('policy.lossUpTo', { value: text[4] }), 4);
          const bounds = text[5] === '' ? LOSS_BOUNDS['(]'] : LOSS_BOUNDS[text[5].replace(/\s/g, '').replace('（', '(').replace('）', ')').replace('【', '[').replace('】', ']')];
          if (!bounds) return bad(msg('policy.lossBounds', { value: text[5], bounds: Object.keys(LOSS_BOUNDS).join(' ') }), 5);
          r = { kind, tier: text[2], above, upTo, ...(bounds.includeLower ? { includeLower: true } : {}), ...(bounds.excludeUpper ? { excludeUpper: true } : {}) };
        } else if (kind === 'factor') {
          if (!text[3]) return bad(msg('policy.factorWord'), 3);
          r = { kind, tier: text[2], factor: text[3] };
        } else if (kind === 'repeat') {
          const months = text[4] === '' ? 3 : numberOf(cells[4]);
          const same = normalizeWord(text[5]);
          if (months === undefined) return bad(msg('policy.repeatWindow', { value: text[4] }), 4);
          if (same !== '' && !YES.includes(same) && !NO.includes(same)) return bad(msg('policy.sameCustomer', { value: text[5] }), 5);
          r = { kind, tier: text[2], from: text[3], withinMonths: months, sameCustomer: YES.includes(same) };
        } else {
          return bad(msg('policy.unknownRule', { value: text[1] }), 1);
        }
        rowNo.set(r, row);
        p.rules.push(r);
        return;
      }
      case 'day': {
        const when = parseDateTime(cells[1]);
        const kindWord = normalizeWord(text[2]);
        const kind = (Object.keys(DAY_KINDS) as CalendarDay['kind'][]).find((k) => DAY_KINDS[k].some((w) => normalizeWord(w) === kindWord));
        if (!when.ok || when.value === undefined) return bad(msg('policy.dayDate', { value: text[1] }), 1);
        if (!kind) return bad(msg('policy.dayKind', { value: text[2] }), 2);
        p.calendar.days.push({ day: dayOfStamp(when.value), kind, name: text[3] });
        return;
      }
      case 'appraisal': {
        const key = lookup(APPRAISAL, text[1]);
        if (!key) return bad(msg('policy.unknownAppraisal', { value: text[1], known: Object.values(APPRAISAL).map((x) => x.zh).join(' / ') }), 1);
        if (key === 'timelinessMeasure') {
          const t = TIMELINESS_MEASURES.find((x) => normalizeWord(x) === normalizeWord(text[2]));
          if (!t) return bad(msg('policy.timelinessCell', { value: text[2] }), 2);
          p.appraisal.timelinessMeasure = t;
          return;
        }
        if (key === 'measure') {
          const m = normalizeWord(text[2]) as SatisfactionMeasure;
          if (!SATISFACTION_MEASURES.includes(m)) return bad(msg('policy.satisfactionCell', { value: text[2] }), 2);
          p.appraisal.satisfactionMeasure = m;
          return;
        }
        const n = numberOf(cells[2]);
        if (n === undefined) return bad(msg('policy.appraisalNumber', { name: APPRAISAL[key].zh, value: text[2] }), 2);
        if (key === 'excellent' || key === 'pass') p.appraisal.grades[key] = n;
        else p.appraisal.weights[key] = n;
        rowNo.set(p.appraisal, row);
        return;
      }
      case 'penalty': {
        const atLeast = numberOf(cells[1]);
        const fine = text[3] === '' ? 0 : numberOf(cells[3]);
        if (atLeast === undefined || !Number.isInteger(atLeast) || atLeast < 1) return bad(msg('policy.penaltyCount', { value: text[1] }), 1);
        if (fine === undefined || fine < 0) return bad(msg('policy.penaltyFine', { value: text[3] }), 3);
        if (!sawPenalty) p.appraisal.penalties = [];
        sawPenalty = true;
        const rung = { atLeast, action: text[2], fine };
        rowNo.set(rung, row);
        p.appraisal.penalties.push(rung);
        return;
      }
      case 'qualityFine': {
        const [min, max] = [numberOf(cells[3]), numberOf(cells[4])];
        const fine = text[5] === '' ? min : numberOf(cells[5]);
        if (!text[1] || !text[2]) return bad(msg('policy.qualityLine'), text[1] ? 2 : 1);
        if (min === undefined) return bad(msg('policy.qualityMin', { value: text[3] }), 3);
        if (max === undefined) return bad(msg('policy.qualityMax', { value: text[4] }), 4);
        if (fine === undefined) return bad(msg('policy.qualityCharged', { value: text[5] }), 5);
        const q = { tier: text[1], role: text[2], min, max, fine };
        rowNo.set(q, row);
        (p.appraisal.qualityFines ??= []).push(q);
        return;
      }
      case 'hours': {
        const start = timeOfDay(cells[1]);
        const end = timeOfDay(cells[2]);
        if (start === undefined || end === undefined || start >= end) return bad(msg('policy.hoursLine', { from: text[1], to: text[2] }), start === undefined ? 1 : 2);
        const h: WorkInterval = { start, end };
        p.calendar.hours.push(h);
        return;
      }
    }
  });
  if (!p.defaultTier && p.tiers.length > 0) p.defaultTier = p.tiers[0].key;
  return { policy: p, problems, rowOf };
}

/** Where a policy problem is, for a message: the cell of the 投诉政策 sheet when known, else its row, else the item. */
export function problemPlace(p: PolicyProblem): string {
  if (p.where.startsWith(`${POLICY_SHEET}!`)) return p.where;
  return p.row !== undefined ? `${POLICY_SHEET} row ${p.row}` : p.where;
}

/** A policy problem with its place, for a surface that shows it in the reader's language (the pane, a report's refusal). */
export function problemAt(p: PolicyProblem): Msg {
  const place = p.where.startsWith(`${POLICY_SHEET}!`) ? p.where : p.row !== undefined ? msg('policy.row', { row: p.row }) : p.where;
  return msg('policy.at', { place, why: p.message });
}
