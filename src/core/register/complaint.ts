// One register row as the engine sees it: typed values, and the cells that could not be read.
import { Stamp } from '../time';

export interface CellError {
  /** Sheet row number (1-based, as Excel shows it). */
  row: number;
  /** The header as found in the sheet. */
  column: string;
  message: string;
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
  errors: CellError[];
  /** A required field is missing or unreadable: no clock can run. */
  broken: boolean;
}

/** Where each milestone's recorded time lives on a complaint. */
export const DONE_FIELD = {
  contact: 'contacted',
  report: 'reported',
  plan: 'planned',
  resolve: 'resolved',
  followup: 'followedUp',
} as const;
