// Excel custom functions (namespace COMPLAINTS), run in the add-in's shared runtime. The JSDoc tags
// are the source of functions.json (custom-functions-metadata-plugin), and the plugin's loader
// appends the CustomFunctions.associate(id, fn) calls to this file at build time, so none are
// written here. Each function is a thin wrapper: the work is in ./args and ./register (pure, tested
// in Node); parameters and their order are the function table's (src/core/functions/table.json, checked against
// these JSDoc tags by test/functions.table.spec.ts). The policy provider is handed over by the
// entry (src/excel/functions-entry.ts); nothing here imports src/excel.
import { ArgError, networkdaysCount, workdaySerial } from './args';
import { CellFault, CellOut, Out, asMatrix } from './grid';
import { PolicyProvider, presetProvider, requirePolicy } from './policy';
import { ClockArgs, DueArgs, TierArgs, dueCells, labelFormat, statusCells, tierCells } from './register';
import { FunctionId, namedArgs } from '../core/functions/table';
import { argsTo1900, resultFrom1900 } from './dates';
import { cachedWallClock } from './clock';

// office.js defines CustomFunctions.associate as soon as it loads. When the page is opened without
// it (a plain browser tab, office.js missing), give the appended associate calls a no-op so this
// chunk loads quietly instead of stopping on a ReferenceError.
if (typeof CustomFunctions === 'undefined') {
  (globalThis as { CustomFunctions?: Pick<typeof CustomFunctions, 'associate'> }).CustomFunctions = { associate: () => undefined };
}

/**
 * Rethrows an argument problem as the Excel error it stands for: #VALUE! with the message (shown
 * from the cell's error flag) or #NUM!, which Excel allows no custom message for. CustomFunctions.Error
 * arrived with CustomFunctionsRuntime 1.2; on a 1.1 host a plain Error still shows #VALUE!.
 */
function toExcelError(e: unknown): unknown {
  if (!(e instanceof ArgError) || typeof CustomFunctions.Error !== 'function') return e;
  return e.code === 'invalidNumber'
    ? new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber)
    : new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, e.message);
}

/**
 * Where TIER, DUE and STATUS get their policy. The add-in's entry sets the workbook's 投诉政策 sheet
 * (src/excel/functions-entry.ts) as soon as the chunk loads; tests and the bench set a preset.
 */
let policySource: PolicyProvider = presetProvider();

/** Replaces the policy provider (the entry; tests; the task pane may hand over one it already loaded). */
export function setPolicyProvider(p: PolicyProvider): void {
  policySource = p;
}

/** 1462 in a workbook on the 1904 date system (the entry asks Excel), else 0. */
let dateOffset = 0;

/** The workbook's date system, as days to add to its serials to get the 1900 system's. */
export function setDateOffset(days: number): void {
  dateOffset = days;
}

/** A wrapper's positional arguments, named by the function table and in the 1900 date system. */
const argsOf = (id: FunctionId, positional: unknown[]) => argsTo1900(id, namedArgs(id, positional), dateOffset);

/** Excel keeps a custom error message short; longer ones are cut. */
const MAX_MESSAGE = 250;

/** A bad cell as the value Excel shows: #VALUE! with the message (a text on a 1.1 host without CustomFunctions.Error). */
function cellError(message: string): unknown {
  const m = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
  if (typeof CustomFunctions.Error !== 'function') return `#VALUE! ${m}`;
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, m);
}

/** The result matrix Excel gets: every CellFault turned into an error value, the other cells as they are. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Excel's runtime takes any[][]: numbers, text and CustomFunctions.Error side by side
function toExcel(out: Out): any[][] {
  return asMatrix(out).map((row) => row.map((v: CellOut) => (v instanceof CellFault ? cellError(v.message) : v)));
}

/** Runs a register function: a policy with problems or a bad format fails the whole call with #VALUE!. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same any[][] result Excel's runtime takes
async function run(id: FunctionId, compute: (cp: ReturnType<typeof requirePolicy>) => Out): Promise<any[][]> {
  try {
    const cp = requirePolicy(await policySource.policy());
    return toExcel(resultFrom1900(id, compute(cp), dateOffset));
  } catch (e) {
    throw toExcelError(e);
  }
}

/**
 * The working day a number of working days after (or before) a start date, on China's calendar (放假 and 调休) by default.
 * @customfunction WORKDAY
 * @param start Start date (the time of day is ignored).
 * @param days Working days to add; negative counts backwards; fractions are truncated toward zero.
 * @param [holidays] Extra days off: a range of dates; empty cells are skipped.
 * @param [calendar] "china" (default) or "weekends" (Saturday and Sunday only).
 * @returns The date serial of that working day (format the cell as a date).
 */
export function workday(start: number, days: number, holidays?: number[][], calendar?: string): number {
  try {
    const a = argsOf('WORKDAY', [start, days, holidays, calendar]);
    return workdaySerial(a.start, a.days, a.holidays, a.calendar) - dateOffset;
  } catch (e) {
    throw toExcelError(e);
  }
}

/**
 * The number of working days from start to end, both counted, on China's calendar (放假 and 调休) by default.
 * @customfunction NETWORKDAYS
 * @param start Start date (the time of day is ignored).
 * @param end End date (the time of day is ignored).
 * @param [holidays] Extra days off: a range of dates; empty cells are skipped.
 * @param [calendar] "china" (default) or "weekends" (Saturday and Sunday only).
 * @returns The number of working days.
 */
export function networkdays(start: number, end: number, holidays?: number[][], calendar?: string): number {
  try {
    const a = argsOf('NETWORKDAYS', [start, end, holidays, calendar]);
    return networkdaysCount(a.start, a.end, a.holidays, a.calendar);
  } catch (e) {
    throw toExcelError(e);
  }
}

/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands cells over as any[][] */

/**
 * The tier (等级) of a complaint by the workbook's 投诉政策 (the severity preset when there is none). Give whole columns to have repeats on the same subject escalate.
 * @customfunction TIER
 * @param loss Loss in yuan (损失金额): a cell or a column.
 * @param factors Factors (情形), several separated by 、: a cell or a column.
 * @param [subject] Subject (投诉事项), for repeat escalation: a cell or a column.
 * @param [received] Received (受理时间): a cell or a column; rows where it is empty give "".
 * @param [override] Tier override (等级(手工)): decides outright.
 * @param [format] "key" for the tier key (major); empty for the Chinese label (重大投诉).
 * @returns The tier of each row.
 */
export async function tier(loss: any[][], factors: any[][], subject?: any[][], received?: any[][], override?: any[][], format?: string): Promise<any[][]> {
  return run('TIER', (cp) => tierCells(cp, argsOf('TIER', [loss, factors, subject, received, override]) as unknown as TierArgs, labelFormat(format)));
}

/**
 * The deadline of a milestone: a date for working-day clocks, a date-time for hour clocks (format the cell as a date). Empty when the tier has no such clock or no deadline yet.
 * @customfunction DUE
 * @param milestone contact, report, plan, resolve or followup (首次联系, 上报/派单, 初步方案, 办结, 回访).
 * @param received Received (受理时间): a cell or a column.
 * @param tier Tier key or label (major, 重大投诉), e.g. from COMPLAINTS.TIER.
 * @param [contacted] Contacted (首次联系时间).
 * @param [reported] Reported / dispatched (上报时间).
 * @param [planned] Plan given (方案时间).
 * @param [resolved] Resolved (办结时间).
 * @param [paused] Hours waiting on the customer (暂停时长).
 * @param [promised] Promised by (承诺办结时间): the resolve deadline of a "promised" clock.
 * @param [extendedTo] Extended to (延期至): with a reason, the new resolve deadline.
 * @param [extensionReason] Extension reason (延期原因): an extension without one is refused.
 * @param [pauses] Pause periods (暂停期间): start–end; start–end. The clock stops during them.
 * @param [appealed] Appealed (申诉时间).
 * @param [appealResult] Appeal result (申诉结果): 成立 restarts the resolve clock at the transfer.
 * @param [transferredAt] Transferred at (改派时间) after an upheld appeal.
 * @returns The deadline as an Excel date serial.
 */
export async function due(
  milestone: any[][],
  received: any[][],
  tier: any[][],
  contacted?: any[][],
  reported?: any[][],
  planned?: any[][],
  resolved?: any[][],
  paused?: any[][],
  promised?: any[][],
  extendedTo?: any[][],
  extensionReason?: any[][],
  pauses?: any[][],
  appealed?: any[][],
  appealResult?: any[][],
  transferredAt?: any[][],
): Promise<any[][]> {
  const positional = [milestone, received, tier, contacted, reported, planned, resolved, paused, promised, extendedTo, extensionReason, pauses, appealed, appealResult, transferredAt];
  return run('DUE', (cp) => dueCells(cp, argsOf('DUE', positional) as unknown as DueArgs));
}

// STATUS is the one volatile function: its result moves with the clock, TIER and DUE only with their
// cells. Measured (npm run bench:functions): ~2.4 µs per call, ~240 ms for 100,000 rows on each
// recalculation, against ~1.7 s for a full-table recalculation of every computed column. A
// non-volatile STATUS recalculated by the pane once a minute would spare edits those 240 ms but
// leave cells stale whenever the pane is closed, so volatility it is.
/**
 * The status of a complaint now (Beijing time): 已超期, 即将到期, 处理中, 暂停中, 超期办结, 按时办结 or 无效投诉.
 * @customfunction STATUS
 * @volatile
 * @param received Received (受理时间): a cell or a column.
 * @param tier Tier key or label (major, 重大投诉), e.g. from COMPLAINTS.TIER.
 * @param [contacted] Contacted (首次联系时间).
 * @param [reported] Reported / dispatched (上报时间).
 * @param [planned] Plan given (方案时间).
 * @param [resolved] Resolved (办结时间).
 * @param [followedUp] Followed up (回访时间).
 * @param [paused] Hours waiting on the customer (暂停时长).
 * @param [format] "key" for the status key (overdue); empty for the Chinese label.
 * @param [valid] Valid (是否有效): 否 makes the status 无效投诉, never overdue.
 * @param [promised] Promised by (承诺办结时间): the resolve deadline of a "promised" clock.
 * @param [extendedTo] Extended to (延期至): with a reason, the new resolve deadline.
 * @param [extensionReason] Extension reason (延期原因): an extension without one is refused.
 * @param [pauses] Pause periods (暂停期间): start–end; start–end. The clock stops during them.
 * @param [reopened] Reopened (重新处理时间): the complaint runs its own resolve clock from then.
 * @param [reresolved] Resolved again (再次办结时间).
 * @param [appealed] Appealed (申诉时间).
 * @param [appealResult] Appeal result (申诉结果): 成立 restarts the resolve clock at the transfer.
 * @param [transferredAt] Transferred at (改派时间) after an upheld appeal.
 * @returns The status of each row.
 */
export async function status(
  received: any[][],
  tier: any[][],
  contacted?: any[][],
  reported?: any[][],
  planned?: any[][],
  resolved?: any[][],
  followedUp?: any[][],
  paused?: any[][],
  format?: string,
  valid?: any[][],
  promised?: any[][],
  extendedTo?: any[][],
  extensionReason?: any[][],
  pauses?: any[][],
  reopened?: any[][],
  reresolved?: any[][],
  appealed?: any[][],
  appealResult?: any[][],
  transferredAt?: any[][],
): Promise<any[][]> {
  const positional = [received, tier, contacted, reported, planned, resolved, followedUp, paused, format, valid, promised, extendedTo, extensionReason, pauses, reopened, reresolved, appealed, appealResult, transferredAt];
  return run('STATUS', (cp) => statusCells(cp, argsOf('STATUS', positional) as unknown as ClockArgs, cachedWallClock(), labelFormat(format)));
}
