// The satisfaction survey sheet (满意度调查): one response per line, 1–5 per dimension.
import { msg } from '../messages/msg';
import { CellValue, parseDateTime, parseRating, parseText } from '../register/cells';
import { normalizeHeader } from '../register/headers';
import { CellError } from '../register/complaint';
import { Stamp } from '../time';

export const SURVEY_SHEET = '满意度调查';

export const SURVEY_DIMENSIONS = [
  { key: 'product', zh: '产品质量', en: 'Product quality' },
  { key: 'service', zh: '服务水平', en: 'Service level' },
  { key: 'price', zh: '价格合理性', en: 'Price' },
  { key: 'brand', zh: '品牌形象', en: 'Brand image' },
] as const;
export type SurveyDimension = (typeof SURVEY_DIMENSIONS)[number]['key'];

export interface SurveyResponse {
  row: number;
  date: Stamp;
  customer?: string;
  department?: string;
  scores: Partial<Record<SurveyDimension, number>>;
  comment?: string;
}

const COLUMNS: Record<'date' | 'customer' | 'department' | 'comment' | SurveyDimension, string[]> = {
  date: ['日期', '调查日期', '回访日期', 'date'],
  customer: ['客户', '客户名称', 'customer'],
  department: ['部门', '责任部门', 'department'],
  comment: ['意见', '评论', '备注', '意见建议', 'comment'],
  product: ['产品质量', 'productquality'],
  service: ['服务水平', 'servicelevel'],
  price: ['价格合理性', '价格', 'price'],
  brand: ['品牌形象', 'brandimage', 'brand'],
};

/** A survey header that names the date column (a 1904 workbook's dates are moved by it). */
export const isSurveyDateHeader = (text: string): boolean => COLUMNS.date.some((n) => normalizeHeader(n) === normalizeHeader(text));

export interface SurveyRead {
  responses: SurveyResponse[];
  errors: CellError[];
}

/** Reads a survey grid; the header row is the first row naming a date and a dimension. */
export function readSurvey(rows: readonly (readonly CellValue[])[]): SurveyRead {
  const errors: CellError[] = [];
  const responses: SurveyResponse[] = [];
  let header = -1;
  let cols: Partial<Record<keyof typeof COLUMNS, number>> = {};
  for (let i = 0; i < Math.min(rows.length, 10) && header < 0; i++) {
    const found: typeof cols = {};
    (rows[i] ?? []).forEach((cell, idx) => {
      const h = normalizeHeader(String(cell ?? ''));
      for (const [k, names] of Object.entries(COLUMNS)) if (names.some((n) => normalizeHeader(n) === h) && found[k as keyof typeof COLUMNS] === undefined) found[k as keyof typeof COLUMNS] = idx;
    });
    if (found.date !== undefined && SURVEY_DIMENSIONS.some((d) => found[d.key] !== undefined)) {
      header = i;
      cols = found;
    }
  }
  if (header < 0) return { responses, errors: [{ row: 1, column: SURVEY_SHEET, msg: msg('survey.noHeader', { sheet: SURVEY_SHEET }) }] };
  const headerText = (k: keyof typeof COLUMNS) => String(rows[header][cols[k] as number] ?? '');
  for (let i = header + 1; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    if (cells.every((v) => v === null || v === undefined || String(v).trim() === '')) continue;
    const row = i + 1;
    const d = parseDateTime(cells[cols.date as number]);
    if (!d.ok || d.value === undefined) {
      errors.push({ row, column: headerText('date'), msg: d.ok ? msg('survey.dateRequired') : d.error });
      continue;
    }
    const r: SurveyResponse = { row, date: d.value, scores: {} };
    for (const k of ['customer', 'department', 'comment'] as const) {
      if (cols[k] === undefined) continue;
      const t = parseText(cells[cols[k] as number]);
      if (t.ok && t.value !== undefined) r[k] = t.value;
    }
    for (const dim of SURVEY_DIMENSIONS) {
      if (cols[dim.key] === undefined) continue;
      const s = parseRating(cells[cols[dim.key] as number]);
      if (!s.ok) errors.push({ row, column: headerText(dim.key), msg: s.error });
      else if (s.value !== undefined) r.scores[dim.key] = s.value;
    }
    responses.push(r);
  }
  return { responses, errors };
}
