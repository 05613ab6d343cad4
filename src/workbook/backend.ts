// What the task pane's pages ask of a workbook. Two implementations: src/excel/office-backend.ts
// (the open workbook, through Office.js) and src/taskpane/file-backend.ts (an .xlsx the user
// picked, with exceljs in the browser, for WPS / LibreOffice users). Pages see only this interface.
import type { Policy } from '../core/policy/types';
import type { Period } from '../core/report/period';
import type { Stamp } from '../core/time';
import type { ColumnMapping, InspectResult } from './mapping';
import type { CheckEntry, CheckView, ReadView } from './model';
import type { StatusCard } from '../core/status';
import type { MonthSummary } from '../core/report/summary';
import type { Msg } from '../core/messages/msg';

export interface OpContext {
  signal: AbortSignal;
  /** A fraction 0–1 when known, what is being done (read / check / figures / write, …) and, when counted, how many of how many. */
  progress: (fraction: number | undefined, what: string, count?: ProgressCount) => void;
}

/** How far a step is: `done` of `total` rows, blocks or sheets. */
export interface ProgressCount {
  done: number;
  total: number;
  unit: 'rows' | 'blocks' | 'sheets';
}

export interface PolicyLoad {
  policy?: Policy;
  /** Where it came from: the 投诉政策 sheet, or the default preset when there is none. */
  source: 'sheet' | 'preset';
  /** The sheet's problems with their places, as catalogued messages (the policy page renders them in the pane's language). */
  problems: Msg[];
}

export interface WorkbookBackend {
  readonly kind: 'excel' | 'file';
  /** The workbook's name for messages: "Excel" or the file name. */
  readonly label: string;
  inspect(ctx: OpContext): Promise<InspectResult>;
  // Each action answers what it did as a catalogued message (rendered in the pane's language by useOp).
  setUpNew(policy: Policy, ctx: OpContext): Promise<Msg>;
  adopt(preview: InspectResult, columns: ColumnMapping[], policy: Policy, ctx: OpContext): Promise<Msg>;
  readPolicy(): Promise<PolicyLoad>;
  writePolicy(policy: Policy): Promise<Msg>;
  check(asOf: Stamp, ctx: OpContext): Promise<CheckView>;
  /** What the register is read as: the mapping (column → field) and the columns left unread, with why. */
  whatIsRead(ctx: OpContext): Promise<ReadView>;
  select(entry: CheckEntry): Promise<void>;
  /** The sheets of the workbook that read as a register (with the saved mapping), in workbook order: what can be consolidated. */
  registerSheets(ctx: OpContext): Promise<string[]>;
  /** `sheets`: register sheets chosen; two or more are consolidated into one appraisal, a 分公司 per sheet; none: the register. */
  generate(period: Period, includeContacts: boolean, asOf: Stamp | undefined, ctx: OpContext, sheets?: readonly string[]): Promise<Msg>;
  exportWorkbook(period: Period, includeContacts: boolean, asOf: Stamp | undefined, ctx: OpContext, sheets?: readonly string[]): Promise<Msg>;
  /** Starts the audit trail (操作记录) on the register while the pane is open; says which sheet, or why not. */
  watchChanges?(): Promise<string>;
  /**
   * Excel: whether the add-in loads when this workbook opens (so that changes made with the pane
   * closed are logged and new rows numbered); undefined where the host cannot. Set-up turns it on.
   */
  loadOnOpen?(): Promise<boolean | undefined>;
  setLoadOnOpen?(on: boolean): Promise<boolean | undefined>;
  /** Fills 编号 for the register's rows that have none (the policy's 编号格式); says how many. */
  fillIds?(now: Stamp, ctx: OpContext): Promise<Msg>;
  /** The home card: set up or not, open / due soon / overdue, the next deadline. Never throws for a workbook without a register. */
  status(asOf: Stamp, ctx: OpContext): Promise<StatusCard>;
  /** The period's key figures and counts per day, for the monthly page (of the register; of the first sheet chosen when several are). */
  monthSummary(period: Period, asOf: Stamp | undefined, ctx: OpContext, sheets?: readonly string[]): Promise<MonthSummary>;
  /** File backend only: download the workbook with the changes made (register set-up, policy). */
  save?(): Promise<string>;
}

/** Hands a finished .xlsx to the user as a download (the entry file supplies the browser's). */
export type Download = (name: string, bytes: ArrayBuffer | Uint8Array) => void;
