// A renderer-neutral description of the report's sheets. The exceljs exporter renders it to a
// file; the task pane renders the same description into the open workbook through Office.js.
export type ValueKind = 'text' | 'int' | 'number' | 'rate' | 'money' | 'datetime' | 'date';

/** Number formats both Excel and LibreOffice understand. */
export const NUMBER_FORMATS: Readonly<Record<ValueKind, string | undefined>> = {
  text: '@',
  int: '0',
  number: '0.00',
  rate: '0.0%',
  money: '#,##0.00',
  datetime: 'yyyy-mm-dd hh:mm',
  date: 'yyyy-mm-dd',
};

export interface ReportColumn {
  zh: string;
  en: string;
  kind: ValueKind;
  width: number;
  /** Data bar on a rate or count column. */
  dataBar?: boolean;
  /** Red fill where the cell equals one of these texts (e.g. 已超期, 不合格). */
  redWhen?: string[];
  /** An appraisal grade (优秀 / 合格 / 不合格): each grade has its colour. */
  grade?: boolean;
  /** A private column: masked unless contacts are asked for. */
  contact?: boolean;
}

/** A cell value: text, number, or null for empty. Date-times travel as "YYYY-MM-DD HH:mm" text. */
export type ReportValue = string | number | null;

export interface ReportBlock {
  title: string;
  /** A line under the title: definitions, or why a figure is missing. */
  note?: string;
  columns: ReportColumn[];
  rows: ReportValue[][];
}

export interface ReportSheet {
  name: string;
  title: string;
  subtitle: string;
  blocks: ReportBlock[];
}

export interface ReportModel {
  sheets: ReportSheet[];
  properties: { title: string; subject: string; register: string; policy: string; asOf: string; period: string; contactsIncluded: boolean };
}
