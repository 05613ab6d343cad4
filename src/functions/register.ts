// TIER, DUE and STATUS as pure functions of their cells and a compiled policy: what Excel's
// COMPLAINTS.TIER / DUE / STATUS compute (functions.ts only adds the policy, the clock and the
// Excel error objects). Each row of cells becomes a Complaint and goes through the same engine as
// the CLI (assignTiers, evaluate), so tiers, anchors, pauses and resolution read identically.
// A cell that cannot be read gives that result cell a CellFault naming the argument and the value;
// the other cells still compute. A row whose 受理时间 is empty gives "".
import { CompiledPolicy } from '../core/policy/compile';
import { MILESTONES, MILESTONE_LABELS, MilestoneKey } from '../core/policy/types';
import { CellValue, parseAmount, parseBool, parseDateTime, parseHours, parseList, parseText } from '../core/register/cells';
import { Complaint, blankComplaint } from '../core/register/complaint';
import { TIME_ORDER } from '../core/register/read';
import { EXTENSION_NEEDS_REASON, appealVerdict } from '../core/register/read-row';
import { openPauseStart, parsePeriods } from '../core/register/periods';
import { Result } from '../core/result';
import { STATUS_LABELS, evaluate } from '../core/sla';
import { uncoveredMessage } from '../core/calendar/coverage';
import { fnText } from './lang';
import { msg } from '../core/messages';
import type { Msg } from '../core/messages';
import { normalizeWord } from '../core/text';
import { assignTiers } from '../core/tier';
import { Stamp, serialFromDay, serialFromStamp } from '../core/time';
import { ArgError } from './args';
import { ArgCells, CellFault, CellOut, OUTSIDE, Out, argCells, build, inputErrorText, resultShape } from './grid';

export type LabelFormat = 'zh' | 'en' | 'key';

/** The `format` argument: blank or "zh" → Chinese label, "en" → English label, "key" → the key. */
export function labelFormat(v: unknown): LabelFormat {
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return 'zh';
  const w = typeof v === 'string' ? normalizeWord(v) : '';
  if (w === 'key' || w === '代码' || w === 'code') return 'key';
  if (w === 'zh' || w === '中文' || w === 'label') return 'zh';
  if (w === 'en' || w === 'english' || w === '英文') return 'en';
  throw new ArgError('invalidValue', fnText(msg('fn.badFormat', { value: JSON.stringify(v) })));
}

/** Field names as they appear in messages: the register's zh header and the argument name. */
const FIELD = {
  loss: '损失金额 loss',
  factors: '情形 factors',
  subject: '投诉事项 subject',
  received: '受理时间 received',
  override: '等级(手工) override',
  milestone: '环节 milestone',
  tier: '等级 tier',
  contacted: '首次联系时间 contacted',
  reported: '上报时间 reported',
  planned: '方案时间 planned',
  resolved: '办结时间 resolved',
  followedUp: '回访时间 followedUp',
  paused: '暂停时长 paused',
  valid: '是否有效 valid',
  promised: '承诺办结时间 promised',
  extendedTo: '延期至 extendedTo',
  extensionReason: '延期原因 extensionReason',
  extensionExplained: '延期说明时间 extensionExplained',
  pauses: '暂停期间 pauses',
  pauseStart: '暂停开始 pauseStart',
  pauseEnd: '暂停结束 pauseEnd',
  reopened: '重新处理时间 reopened',
  reresolved: '再次办结时间 reresolved',
  appealed: '申诉时间 appealed',
  transferredAt: '改派时间 transferredAt',
  appealResult: '申诉结果 appealResult',
} as const;
type FieldName = keyof typeof FIELD;

const fault = (field: FieldName, message: string | Msg) => new CellFault(`${FIELD[field]}: ${typeof message === 'string' ? message : fnText(message)}`);

/**
 * Reads the cell of `arg` at result position k; a CellFault when it is an error value, outside a
 * smaller argument, or unreadable.
 */
function read<T>(arg: ArgCells, field: FieldName, i: number, j: number, parse: (v: CellValue) => Result<T | undefined>): T | undefined | CellFault {
  const v = arg.get(i, j);
  if (v === OUTSIDE) return fault(field, `参数区域比其他参数小 (this range has ${arg.rows}×${arg.cols} cells, fewer than the other ranges)`);
  const e = inputErrorText(v);
  if (e !== undefined) return fault(field, `单元格是错误值 ${e} (the cell holds an error)`);
  const r = parse(v as CellValue);
  return r.ok ? r.value : fault(field, r.error);
}

const isEmptyCell = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

// ---------------------------------------------------------------------------------------------
// TIER

export interface TierArgs {
  loss: unknown;
  factors: unknown;
  subject?: unknown;
  received?: unknown;
  override?: unknown;
}

export function tierLabel(cp: CompiledPolicy, rank: number, format: LabelFormat): string {
  const t = cp.policy.tiers[rank];
  return format === 'key' ? t.key : format === 'en' ? t.en : t.zh;
}

/**
 * The tier of every row. Given whole columns, all rows go to assignTiers at once, so a repeat on
 * the same subject within the policy's window escalates as in the CLI.
 */
export function tierCells(cp: CompiledPolicy, args: TierArgs, format: LabelFormat = 'zh'): Out {
  const loss = argCells('loss', args.loss);
  const factors = argCells('factors', args.factors);
  const subject = argCells('subject', args.subject);
  const received = argCells('received', args.received);
  const override = argCells('override', args.override);
  const all = [loss, factors, subject, received, override];
  const shape = resultShape(all);
  const n = shape.rows * shape.cols;
  const complaints: Complaint[] = new Array(n);
  const early: (CellOut | undefined)[] = new Array(n);
  for (let i = 0, k = 0; i < shape.rows; i++) {
    for (let j = 0; j < shape.cols; j++, k++) {
      const c = blankComplaint(k + 1);
      complaints[k] = c;
      // An empty row: 受理时间 given but empty, or (without 受理时间) nothing at all.
      const blank = received.given ? isEmptyCell(received.get(i, j)) : [loss, factors, subject, override].every((a) => isEmptyCell(a.get(i, j)));
      if (blank) {
        c.broken = true;
        early[k] = '';
        continue;
      }
      const r = read(received, 'received', i, j, parseDateTime);
      const l = read(loss, 'loss', i, j, parseAmount);
      const f = read(factors, 'factors', i, j, parseList);
      const s = read(subject, 'subject', i, j, parseText);
      const o = read(override, 'override', i, j, parseText);
      const bad = [r, l, f, s, o].find((x) => x instanceof CellFault);
      if (bad) {
        c.broken = true; // not anyone's repeat history
        early[k] = bad as CellFault;
        continue;
      }
      c.received = r as Stamp | undefined;
      c.loss = l as number | undefined;
      c.factors = (f as string[] | undefined) ?? [];
      c.subject = s as string | undefined;
      c.tierOverride = o as string | undefined;
    }
  }
  const tiers = assignTiers(cp, complaints);
  return build(shape, (k) => {
    if (early[k] !== undefined) return early[k] as CellOut;
    const t = tiers[k];
    if (t.problems.length > 0) {
      const p = t.problems[0];
      return fault(p.field === 'factors' ? 'factors' : 'override', p.msg);
    }
    return tierLabel(cp, t.rank, format);
  });
}

// ---------------------------------------------------------------------------------------------
// DUE and STATUS

const MILESTONE_WORDS: ReadonlyMap<string, MilestoneKey> = (() => {
  const m = new Map<string, MilestoneKey>();
  const add = (w: string, k: MilestoneKey) => m.set(normalizeWord(w), k);
  for (const k of MILESTONES) {
    add(k, k);
    add(MILESTONE_LABELS[k].en, k);
    add(MILESTONE_LABELS[k].zh, k);
    for (const part of MILESTONE_LABELS[k].zh.split('/')) add(part, k);
  }
  for (const [w, k] of [
    ['联系', 'contact'], ['首次响应', 'contact'], ['派单', 'report'], ['dispatch', 'report'], ['方案', 'plan'],
    ['初步方案', 'plan'], ['resolution', 'resolve'], ['办结', 'resolve'], ['结案', 'resolve'], ['回访', 'followup'],
    ['follow-up', 'followup'], ['follow up', 'followup'],
  ] as const) add(w, k);
  return m;
})();

export const MILESTONE_HELP = '首次联系, 上报/派单, 初步方案, 办结, 回访 or contact, report, plan, resolve, followup';

const milestoneSeen = new Map<string, MilestoneKey | undefined>();

export function milestoneOf(v: unknown): MilestoneKey | undefined {
  if (typeof v !== 'string') return undefined;
  if (milestoneSeen.has(v)) return milestoneSeen.get(v);
  const m = MILESTONE_WORDS.get(normalizeWord(v));
  if (milestoneSeen.size < 1000) milestoneSeen.set(v, m);
  return m;
}

export interface ClockArgs {
  received: unknown;
  tier: unknown;
  contacted?: unknown;
  reported?: unknown;
  planned?: unknown;
  resolved?: unknown;
  followedUp?: unknown;
  paused?: unknown;
  /** STATUS only: 是否有效; 否 gives 无效投诉. */
  valid?: unknown;
  promised?: unknown;
  extendedTo?: unknown;
  extensionReason?: unknown;
  pauses?: unknown;
  reopened?: unknown;
  reresolved?: unknown;
  appealed?: unknown;
  appealResult?: unknown;
  transferredAt?: unknown;
}

interface ClockCells {
  received: ArgCells;
  tier: ArgCells;
  contacted: ArgCells;
  reported: ArgCells;
  planned: ArgCells;
  resolved: ArgCells;
  followedUp: ArgCells;
  paused: ArgCells;
  valid: ArgCells;
  promised: ArgCells;
  extendedTo: ArgCells;
  extensionReason: ArgCells;
  pauses: ArgCells;
  reopened: ArgCells;
  reresolved: ArgCells;
  appealed: ArgCells;
  appealResult: ArgCells;
  transferredAt: ArgCells;
}

function clockCells(a: ClockArgs): ClockCells {
  return {
    received: argCells('received', a.received),
    tier: argCells('tier', a.tier),
    contacted: argCells('contacted', a.contacted),
    reported: argCells('reported', a.reported),
    planned: argCells('planned', a.planned),
    resolved: argCells('resolved', a.resolved),
    followedUp: argCells('followedUp', a.followedUp),
    paused: argCells('paused', a.paused),
    valid: argCells('valid', a.valid),
    promised: argCells('promised', a.promised),
    extendedTo: argCells('extendedTo', a.extendedTo),
    extensionReason: argCells('extensionReason', a.extensionReason),
    pauses: argCells('pauses', a.pauses),
    reopened: argCells('reopened', a.reopened),
    reresolved: argCells('reresolved', a.reresolved),
    appealed: argCells('appealed', a.appealed),
    appealResult: argCells('appealResult', a.appealResult),
    transferredAt: argCells('transferredAt', a.transferredAt),
  };
}

/** Per call: tier words already looked up (a column repeats a handful of tier labels). */
type TierCache = Map<string, number | undefined>;

function tierRankOf(cp: CompiledPolicy, text: string, cache: TierCache): number | undefined {
  if (cache.has(text)) return cache.get(text);
  const r = cp.tierLookup.get(normalizeWord(text));
  cache.set(text, r);
  return r;
}

const before = (later: FieldName, earlier: FieldName) =>
  fault(later, `早于${FIELD[earlier].split(' ')[0]} (${later} is before ${earlier})`);

/** One row as a complaint and its tier rank; '' for an empty row; a CellFault for a bad cell. */
function clockRow(cp: CompiledPolicy, a: ClockCells, i: number, j: number, c: Complaint, tiers: TierCache): { c: Complaint; rank: number } | CellOut {
  if (isEmptyCell(a.received.get(i, j))) return '';
  const received = read(a.received, 'received', i, j, parseDateTime);
  if (received instanceof CellFault) return received;
  if (received === undefined) return ''; // a placeholder such as "-" or 无
  const tierText = read(a.tier, 'tier', i, j, parseText);
  if (tierText instanceof CellFault) return tierText;
  if (tierText === undefined) return fault('tier', '等级为空 (no tier: give a tier key or label, e.g. the result of COMPLAINTS.TIER)');
  const rank = tierRankOf(cp, tierText, tiers);
  if (rank === undefined) {
    return fault('tier', `「${tierText}」不是政策中的等级 (not a tier; tiers: ${cp.policy.tiers.map((x) => `${x.key}/${x.zh}`).join(', ')})`);
  }
  // Omitted arguments are skipped outright: a 100,000-row column is read once per given argument.
  const contacted = a.contacted.given ? read(a.contacted, 'contacted', i, j, parseDateTime) : undefined;
  if (contacted instanceof CellFault) return contacted;
  const reported = a.reported.given ? read(a.reported, 'reported', i, j, parseDateTime) : undefined;
  if (reported instanceof CellFault) return reported;
  const planned = a.planned.given ? read(a.planned, 'planned', i, j, parseDateTime) : undefined;
  if (planned instanceof CellFault) return planned;
  const resolved = a.resolved.given ? read(a.resolved, 'resolved', i, j, parseDateTime) : undefined;
  if (resolved instanceof CellFault) return resolved;
  const followedUp = a.followedUp.given ? read(a.followedUp, 'followedUp', i, j, parseDateTime) : undefined;
  if (followedUp instanceof CellFault) return followedUp;
  const paused = a.paused.given ? read(a.paused, 'paused', i, j, parseHours) : undefined;
  if (paused instanceof CellFault) return paused;
  const valid = a.valid.given ? read(a.valid, 'valid', i, j, parseBool) : undefined;
  if (valid instanceof CellFault) return valid;
  const promised = a.promised.given ? read(a.promised, 'promised', i, j, parseDateTime) : undefined;
  if (promised instanceof CellFault) return promised;
  const extendedTo = a.extendedTo.given ? read(a.extendedTo, 'extendedTo', i, j, parseDateTime) : undefined;
  if (extendedTo instanceof CellFault) return extendedTo;
  const reason = a.extensionReason.given ? read(a.extensionReason, 'extensionReason', i, j, parseText) : undefined;
  if (reason instanceof CellFault) return reason;
  if (extendedTo !== undefined && !reason) return fault('extendedTo', EXTENSION_NEEDS_REASON);
  const pauses = a.pauses.given ? read(a.pauses, 'pauses', i, j, parsePeriods) : undefined;
  if (pauses instanceof CellFault) return pauses;
  const rework = reworkOf(a, i, j);
  if (rework instanceof CellFault) return rework;
  // `c` is one scratch complaint per call (evaluate keeps nothing of it): no allocation per row.
  c.received = received;
  c.contacted = contacted;
  c.reported = reported;
  c.planned = planned;
  c.resolved = resolved;
  c.followedUp = followedUp;
  c.paused = paused;
  c.valid = valid;
  c.promised = promised;
  c.extendedTo = extendedTo;
  c.extensionReason = reason;
  c.pauses = pauses;
  Object.assign(c, rework);
  // The register reader's order checks: nothing before receipt, follow-up not before resolution.
  for (const [later, earlier] of TIME_ORDER) {
    const t = c[later];
    const e = c[earlier];
    if (t !== undefined && e !== undefined && t < e) return before(later, earlier);
  }
  return { c, rank };
}

/** The reopen and appeal cells of a row (each read only when its argument was given), as check reads them. */
function reworkOf(a: ClockCells, i: number, j: number): Pick<Complaint, 'reopened' | 'reresolved' | 'appealed' | 'appealUpheld' | 'transferredAt'> | CellFault {
  const time = (arg: ArgCells, name: 'reopened' | 'reresolved' | 'appealed' | 'transferredAt') => (arg.given ? read(arg, name, i, j, parseDateTime) : undefined);
  const reopened = time(a.reopened, 'reopened');
  const reresolved = time(a.reresolved, 'reresolved');
  const appealed = time(a.appealed, 'appealed');
  const transferredAt = time(a.transferredAt, 'transferredAt');
  const verdictText = a.appealResult.given ? read(a.appealResult, 'appealResult', i, j, parseText) : undefined;
  const bad = [reopened, reresolved, appealed, transferredAt, verdictText].find((x) => x instanceof CellFault);
  if (bad) return bad as CellFault;
  const appealUpheld = verdictText === undefined ? undefined : appealVerdict(verdictText as string);
  if (verdictText !== undefined && appealUpheld === undefined) return fault('appealResult', `无法识别的申诉结果「${String(verdictText)}」(expected 成立 or 不成立)`);
  return { reopened: reopened as Stamp | undefined, reresolved: reresolved as Stamp | undefined, appealed: appealed as Stamp | undefined, appealUpheld, transferredAt: transferredAt as Stamp | undefined };
}

/** The deadline as an Excel serial: a date serial for day clocks, a date-time serial for hour clocks. */
export function deadlineSerial(due: { kind: 'date' | 'datetime'; day?: number; end: Stamp }): number {
  if (due.kind === 'date') return serialFromDay(due.day as number);
  // Rounded to the second: a stamp carries minutes as a float.
  return Math.round(serialFromStamp(due.end) * 86400) / 86400;
}

export interface DueArgs extends ClockArgs {
  milestone: unknown;
}

/** DUE: the serial of each row's deadline for the milestone; "" when the tier has no such clock or no deadline yet. */
/**
 * A per-row clock result (DUE, STATUS): each result cell gets its row's complaint and tier, or the
 * blank or fault that row produced; `extra` are the arguments besides the clock columns.
 */
function clockResult(cp: CompiledPolicy, a: ClockCells, extra: readonly ArgCells[], cell: (row: { c: Complaint; rank: number }, i: number, j: number) => CellOut): Out {
  const shape = resultShape([...extra, ...Object.values(a)]);
  const tiers: TierCache = new Map();
  const scratch = blankComplaint(0);
  return build(shape, (k) => {
    const i = Math.floor(k / shape.cols);
    const j = k - i * shape.cols;
    scratch.row = k + 1;
    const row = clockRow(cp, a, i, j, scratch, tiers);
    return typeof row === 'object' && 'c' in row ? cell(row, i, j) : row;
  });
}

export function dueCells(cp: CompiledPolicy, args: DueArgs): Out {
  const a = clockCells(args);
  const milestone = argCells('milestone', args.milestone);
  return clockResult(cp, a, [milestone], (row, i, j) => {
    const mv = milestone.get(i, j);
    if (mv === OUTSIDE) return fault('milestone', `参数区域比其他参数小 (this range has ${milestone.rows}×${milestone.cols} cells, fewer than the other ranges)`);
    if (isEmptyCell(mv)) return fault('milestone', `环节为空 (no milestone: use ${MILESTONE_HELP})`);
    const err = inputErrorText(mv);
    if (err !== undefined) return fault('milestone', `单元格是错误值 ${err} (the cell holds an error)`);
    const m = milestoneOf(mv);
    if (!m) return fault('milestone', `无法识别的环节 ${JSON.stringify(String(mv))} (use ${MILESTONE_HELP})`);
    // Deadlines do not depend on the as-of time (receipt is as good as any), except under a pause
    // still running: as of its start, the deadlines it holds are known to be held (暂停中).
    const ev = evaluate(cp, row.c, row.rank, openPauseStart(row.c.pauses) ?? (row.c.received as Stamp));
    const state = ev.milestones.find((s) => s.key === m);
    if (state?.paused) return STATUS_LABELS.paused.zh;
    if (state?.uncovered !== undefined) return new CellFault(fnText(uncoveredMessage(cp.calendar, state.uncovered)));
    return state?.due ? deadlineSerial(state.due) : '';
  });
}

/** STATUS: each row's status at `asOf` (a wall-clock stamp), as a zh label or a key. */
export function statusCells(cp: CompiledPolicy, args: ClockArgs, asOf: Stamp, format: LabelFormat = 'zh'): Out {
  return clockResult(cp, clockCells(args), [], (row) => {
    const ev = evaluate(cp, row.c, row.rank, asOf);
    if (ev.uncoveredYear !== undefined) return new CellFault(fnText(uncoveredMessage(cp.calendar, ev.uncoveredYear)));
    const status = ev.status;
    return format === 'key' ? status : STATUS_LABELS[status][format];
  });
}
