// What the task pane's pages ask of a workbook. Two implementations: src/excel/office-backend.ts
// (the open workbook, through Office.js) and ./file-backend.ts (an .xlsx the user picked, with
// exceljs in the browser, for WPS / LibreOffice users). Components see only this interface.
import type { Policy } from '../core/policy/types';
import type { Period } from '../core/report/period';
import type { Stamp } from '../core/time';
import type { ColumnMapping } from '../excel/plan';
import type { InspectResult } from '../excel/adapter';
import type { CheckEntry, CheckView } from '../excel/workbook-model';

export interface OpContext {
  signal: AbortSignal;
  /** A fraction 0–1 when known, and what is being done. */
  progress: (fraction: number | undefined, what: string) => void;
}

export interface PolicyLoad {
  policy?: Policy;
  /** Where it came from: the 投诉政策 sheet, or the default preset when there is none. */
  source: 'sheet' | 'preset';
  problems: string[];
}

export interface WorkbookBackend {
  readonly kind: 'excel' | 'file';
  /** The workbook's name for messages: "Excel" or the file name. */
  readonly label: string;
  inspect(ctx: OpContext): Promise<InspectResult>;
  setUpNew(policy: Policy, ctx: OpContext): Promise<string>;
  adopt(preview: InspectResult, columns: ColumnMapping[], policy: Policy, ctx: OpContext): Promise<string>;
  readPolicy(): Promise<PolicyLoad>;
  writePolicy(policy: Policy): Promise<string>;
  check(asOf: Stamp, ctx: OpContext): Promise<CheckView>;
  select(entry: CheckEntry): Promise<void>;
  generate(period: Period, includeContacts: boolean, asOf: Stamp | undefined, ctx: OpContext): Promise<string>;
  exportWorkbook(period: Period, includeContacts: boolean, asOf: Stamp | undefined, ctx: OpContext): Promise<string>;
  /** File backend only: download the workbook with the changes made (register set-up, policy). */
  save?(): Promise<string>;
}

/** Saves bytes as a file download (browsers; Excel hosts without createWorkbook). */
export function downloadBytes(name: string, bytes: ArrayBuffer | Uint8Array): void {
  const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Base64 of bytes without a stack-busting spread (Excel.createWorkbook wants base64). */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
