// The colours and fonts of what the add-in writes, once for both renderers (Office.js in
// src/excel, exceljs in src/export): Excel's own "Light Red Fill with Dark Red Text" and
// "Yellow Fill with Dark Yellow Text" presets for overdue / due soon, a pale blue header fill.

export const OVERDUE_FILL = '#FFC7CE';
export const OVERDUE_FONT = '#9C0006';
export const DUE_SOON_FILL = '#FFEB9C';
export const DUE_SOON_FONT = '#9C5700';
export const HEADER_FILL = '#DDEBF7';
/** Excel's "Green Fill with Dark Green Text" preset: a good grade. */
export const GOOD_FILL = '#C6EFCE';
export const GOOD_FONT = '#006100';
export const MUTED_FONT = '#595959';
/** exceljs must name a data bar's colour; Office.js keeps Excel's default bar. */
export const DATA_BAR = '#5B9BD5';

/**
 * One sans-serif CJK font throughout: 等线 (DengXian, Office's default East Asian font since 2016).
 * Where it is missing, the family (2 = swiss, sans-serif) and charset (134 = GB2312) let Excel, WPS
 * and LibreOffice (fontconfig) substitute a sans-serif Chinese font such as Microsoft YaHei or Noto
 * Sans CJK SC, never a serif one.
 */
export const REPORT_FONT = { name: '等线', family: 2, charset: 134 } as const;
/** The body size: 10 pt printed at ≥ 90 % keeps ≥ 9 pt on paper (see the print spec). */
export const BODY_SIZE = 10;

/** How a cell of a report looks; a renderer maps it to Office.js or exceljs properties. */
export interface CellStyle {
  /** Wrap text in the cell (headers: every header is shown whole). */
  wrap?: boolean;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** #RRGGBB */
  color?: string;
  fill?: string;
}

/** The report's cell styles by role. */
export const REPORT_STYLES = {
  title: { bold: true, size: 14 },
  subtitle: { color: MUTED_FONT },
  blockTitle: { bold: true, size: 12 },
  note: { italic: true, color: MUTED_FONT },
  headerZh: { bold: true, fill: HEADER_FILL, wrap: true },
  headerEn: { color: MUTED_FONT, fill: HEADER_FILL, wrap: true },
  /** A long text column's data (说明, 意见): wrapped at the column's width. */
  longText: { wrap: true },
} as const satisfies Record<string, CellStyle>;

/** The colours of an appraisal grade (figures.ts: 优秀 / 合格 / 不合格), as conditional formats. */
export const GRADE_LOOKS: readonly { text: string; fill: string; font: string }[] = [
  { text: '优秀', fill: GOOD_FILL, font: GOOD_FONT },
  { text: '合格', fill: DUE_SOON_FILL, font: DUE_SOON_FONT },
  { text: '不合格', fill: OVERDUE_FILL, font: OVERDUE_FONT },
];

export type ReportStyleKey = keyof typeof REPORT_STYLES;

/** "#RRGGBB" as exceljs' ARGB "FFRRGGBB". */
export const argb = (hex: string): string => `FF${hex.replace(/^#/, '').toUpperCase()}`;
