// The messages between the pane and the core worker: one job per worker, its progress, and one
// answer or one error line. Everything here is structured-clonable data (grids of core cells,
// plain results), so the same job runs in the worker or, where there is none (jest), in line.
import type { Msg } from '../core/messages';
import type { CellValue } from '../core/register/cells';
import type { RegisterHint } from '../core/workbook';
import type { Period } from '../core/report/period';
import type { ReportModel } from '../core/report/model';
import type { Stamp } from '../core/time';
import type { Aliases } from '../workbook/mapping';
import type { CheckView, GridSheet, ReadView } from '../workbook/model';
import type { ProgressCount } from '../workbook/backend';
import type { StatusCard } from '../core/status';
import type { MonthSummary } from '../core/report/summary';
import type { IdFillPlan } from '../workbook/ids-plan';

/** A workbook as both backends read it: the sheets that may be the register, as grids, and its small sheets. */
export interface WorkbookGrids {
  /** The sheets that may be the register, in the order core's rule tries them. */
  candidates: GridSheet[];
  hint: RegisterHint;
  /** The stored header corrections, and the sheet they belong to (consolidation applies them there only). */
  aliases: Aliases;
  aliasesSheet?: string;
  policyRows?: CellValue[][];
  surveyRows?: CellValue[][];
  mappingRows?: CellValue[][];
  /** The workbook's name in the report ("Excel", a file name); `qualify`: the register is named "file [sheet]", else by its sheet. */
  workbook: string;
  qualify: boolean;
}

/**
 * An .xlsx for the worker to read itself (the file backend): its bytes (copied to the worker, the
 * page keeps its own), what the backend knows beside them, and `sheets` when consolidating (those of
 * the workbook's register sheets, whichever is set up), else the register's candidates by `hint`.
 */
export interface XlsxSource extends Omit<WorkbookGrids, 'candidates' | 'policyRows' | 'surveyRows' | 'mappingRows'> {
  xlsx: Uint8Array;
  sheets?: readonly string[];
}

/** What a job works on: grids read already, an .xlsx the worker reads, or grids posted after the job (StreamMessage). */
export type WorkbookSource = WorkbookGrids | XlsxSource | StreamedSource;

export type Job =
  | { kind: 'check'; wb: WorkbookSource; asOf: Stamp }
  | { kind: 'read-view'; wb: WorkbookSource }
  | { kind: 'register-sheets'; wb: WorkbookSource }
  | { kind: 'month'; wb: WorkbookSource; period: Period; includeContacts: boolean; asOf?: Stamp; sheets?: readonly string[] }
  | { kind: 'status'; wb: WorkbookSource; asOf: Stamp }
  | { kind: 'month-summary'; wb: WorkbookSource; period: Period; asOf?: Stamp; sheets?: readonly string[] }
  | { kind: 'id-plan'; wb: WorkbookSource; now: Stamp };


export type JobKind = Job['kind'];
export type JobOf<K extends JobKind> = Extract<Job, { kind: K }>;

export interface Answers {
  check: CheckView;
  'read-view': ReadView;
  'register-sheets': string[];
  month: ReportModel;
  status: StatusCard;
  'month-summary': MonthSummary;
  'id-plan': IdFillPlan;
}

/** Every kind of job, so that a message naming another is not taken for one. */
export const JOB_KINDS: readonly JobKind[] = ['check', 'read-view', 'register-sheets', 'month', 'status', 'month-summary', 'id-plan'];

/** What an operation is doing, for the progress bar's label; `write` cannot be cancelled (the workbook is being changed). */
export type Step = 'read' | 'check' | 'figures' | 'write';

export const STEPS: readonly Step[] = ['read', 'check', 'figures', 'write'];

/** How far a step is, when it is counted (the pane's OpContext says it the same way). */
export type Count = ProgressCount;

export interface ToWorker {
  id: number;
  job: Job;
}

/**
 * A job whose register rows come after it (the Office backend): the page posts each block as Excel
 * gives it, the worker keeps them, so neither the page holds the whole register nor one message
 * carries it. `rows` are a candidate sheet's next rows (its top rows first), `end` the rest of the
 * workbook read (the candidates without rows): then the job runs.
 */
export const STREAMED = { streamed: true } as const;
export type StreamedSource = typeof STREAMED;
export type StreamMessage =
  | { id: number; type: 'rows'; sheet: string; rows: CellValue[][] }
  | { id: number; type: 'end'; wb: WorkbookGrids };
export type ToWorkerMessage = ToWorker | StreamMessage;

export type FromWorker =
  | { id: number; type: 'progress'; step: Step; count?: Count }
  | { id: number; type: 'part'; key: string; items: unknown[] }
  | { id: number; type: 'done'; value: Answers[JobKind] }
  | { id: number; type: 'error'; message: string; msg?: Msg };

/** True for a message of this protocol (a worker may also receive or send something else: an error event, a stray post). */
export function isFromWorker(m: unknown): m is FromWorker {
  if (typeof m !== 'object' || m === null) return false;
  const x = m as { id?: unknown; type?: unknown };
  return typeof x.id === 'number' && (x.type === 'progress' || x.type === 'part' || x.type === 'done' || x.type === 'error');
}

export function isStreamMessage(m: unknown): m is StreamMessage {
  if (typeof m !== 'object' || m === null) return false;
  const x = m as { id?: unknown; type?: unknown; sheet?: unknown; rows?: unknown; wb?: unknown };
  return typeof x.id === 'number' && ((x.type === 'rows' && typeof x.sheet === 'string' && Array.isArray(x.rows)) || (x.type === 'end' && typeof x.wb === 'object' && x.wb !== null));
}

export const isStreamedSource = (s: WorkbookSource): s is StreamedSource => 'streamed' in s;

export function isToWorker(m: unknown): m is ToWorker {
  if (typeof m !== 'object' || m === null) return false;
  const x = m as { id?: unknown; job?: { kind?: unknown } };
  return typeof x.id === 'number' && typeof x.job === 'object' && x.job !== null && (JOB_KINDS as readonly string[]).includes(String(x.job.kind));
}

/** Items of a long list an answer's message carries at most: the page takes each message as a task of its own. */
export const PART_ITEMS = 2_000;

/**
 * An answer as the messages that carry it: each long top-level list (a check's 100,000 rows) in
 * parts of PART_ITEMS, then the rest. Taking one message of 100,000 rows would hold the page for
 * about half a second; parts let it paint between them.
 */
export function splitAnswer(value: unknown, size = PART_ITEMS): { parts: { key: string; items: unknown[] }[]; rest: unknown } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { parts: [], rest: value };
  const parts: { key: string; items: unknown[] }[] = [];
  const rest: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [key, v] of Object.entries(rest)) {
    if (!Array.isArray(v) || v.length <= size) continue;
    for (let i = 0; i < v.length; i += size) parts.push({ key, items: v.slice(i, i + size) });
    rest[key] = [];
  }
  return { parts, rest };
}

/** The answer again from its parts, in the order they came. */
export function joinAnswer(rest: unknown, parts: readonly { key: string; items: readonly unknown[] }[]): unknown {
  if (!parts.length) return rest;
  const out = { ...(rest as Record<string, unknown>) };
  for (const p of parts) {
    const list = out[p.key] as unknown[];
    for (const item of p.items) list.push(item);
  }
  return out;
}
