// One register row as the engine sees it: typed values, and the cells that could not be read.
import { Stamp } from '../time';
import type { PausePeriod } from './periods';
import type { Msg } from '../messages/msg';

export interface CellError {
  /** Sheet row number (1-based, as Excel shows it). */
  row: number;
  /** The header as found in the sheet. */
  column: string;
  /** Why, as a catalogued message: rendered in the reader's language where it is shown. */
  msg: Msg;
}

export interface Complaint {
  row: number;
  id?: string;
  received?: Stamp;
  channel?: string;
  customer?: string;
  contact?: string;
  category?: string;
  subject?: string;
  description?: string;
  department?: string;
  handler?: string;
  staff?: string;
  loss?: number;
  factors: string[];
  tierOverride?: string;
  valid?: boolean;
  contacted?: Stamp;
  reported?: Stamp;
  planned?: Stamp;
  resolved?: Stamp;
  followedUp?: Stamp;
  satisfaction?: number;
  resolution?: string;
  /** Hours the complaint waited on the customer (暂停时长, hours). */
  paused?: number;
  /** The branch (分公司) the complaint belongs to: its 分公司 column, or the register it came from. */
  branch?: string;
  /** Product complaints (004): 产品类别, 批号, 生产日期, 到货日期. */
  productCategory?: string;
  batch?: string;
  manufactured?: Stamp;
  arrived?: Stamp;
  /** The handler who resolved it (办结人): the follow-up rating is credited to them. */
  resolvedBy?: string;
  /** The customer's suggestion was adopted (true), not adopted (false), or there was none. */
  suggestionAdopted?: boolean;
  /** 承诺办结时间: the resolve deadline of a clock of kind "promised" (000's 一般投诉). */
  promised?: Stamp;
  /** 延期至: an extension's new resolve deadline; read only together with its reason. */
  extendedTo?: Stamp;
  extensionReason?: string;
  /** 延期说明时间: when the customer was told of the extension and its date (004: within 24 h of receipt). */
  extensionExplained?: Stamp;
  /** Pause periods, sorted and merged: the 暂停期间 cell and the 暂停开始/暂停结束 pair. */
  pauses?: PausePeriod[];
  pauseStart?: Stamp;
  pauseEnd?: Stamp;
  /** 重新处理: reopened after an unsatisfied follow-up (000), with its own resolve clock. */
  reopened?: Stamp;
  reresolved?: Stamp;
  /** 申诉 (001): the department appealed; upheld moves the complaint to transferredTo. */
  appealed?: Stamp;
  appealResult?: string;
  /** The appeal's verdict read from 申诉结果: true upheld (成立), false rejected. */
  appealUpheld?: boolean;
  transferredTo?: string;
  transferredAt?: Stamp;
  /** The department typed in 责任部门 when an upheld appeal moved the complaint away from it. */
  appealFrom?: string;
  errors: CellError[];
  /** A required field is missing or unreadable: no clock can run. */
  broken: boolean;
}

/** The errors of every complaint read without any (shared, so frozen: a push throws rather than reach another row). */
export const NO_ERRORS = Object.freeze([]) as unknown as CellError[];

/** The factors of every complaint without any (shared and frozen, as NO_ERRORS). */
export const NO_WORDS = Object.freeze([]) as unknown as string[];

/**
 * A row with every field present and empty: one object shape for all rows keeps the clocks fast.
 * Its lists are the shared empty ones (two arrays per row less to make): give it its own to add to.
 */
export function blankComplaint(row: number): Complaint {
  return {
    row, id: undefined, received: undefined, channel: undefined, customer: undefined, contact: undefined, category: undefined,
    subject: undefined, description: undefined, department: undefined, handler: undefined, staff: undefined, loss: undefined,
    factors: NO_WORDS, tierOverride: undefined, valid: undefined, contacted: undefined, reported: undefined, planned: undefined,
    resolved: undefined, followedUp: undefined, satisfaction: undefined, resolution: undefined, paused: undefined,
    branch: undefined, productCategory: undefined, batch: undefined, manufactured: undefined, arrived: undefined,
    resolvedBy: undefined, suggestionAdopted: undefined, promised: undefined, extendedTo: undefined, extensionReason: undefined, extensionExplained: undefined,
    pauses: undefined, pauseStart: undefined, pauseEnd: undefined,
    reopened: undefined, reresolved: undefined, appealed: undefined, appealResult: undefined, appealUpheld: undefined, transferredTo: undefined,
    transferredAt: undefined, appealFrom: undefined, errors: NO_ERRORS, broken: false,
  };
}

/** Where each milestone's recorded time lives on a complaint. */
export const DONE_FIELD = {
  contact: 'contacted',
  report: 'reported',
  plan: 'planned',
  resolve: 'resolved',
  followup: 'followedUp',
} as const;
