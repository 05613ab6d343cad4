// The colours and fonts of what the add-in writes, once for both renderers (Office.js in
// src/excel, exceljs in src/export): Excel's own "Light Red Fill with Dark Red Text" and
// "Yellow Fill with Dark Yellow Text" presets for overdue / due soon, a pale blue header fill.

export const OVERDUE_FILL = '#FFC7CE';
export const OVERDUE_FONT = '#9C0006';
export const DUE_SOON_FILL = '#FFEB9C';
export const DUE_SOON_FONT = '#9C5700';
export const HEADER_FILL = '#DDEBF7';
export const MUTED_FONT = '#595959';
/** exceljs must name a data bar's colour; Office.js keeps Excel's default bar. */
export const DATA_BAR = '#5B9BD5';

/** How a cell of a report looks; a renderer maps it to Office.js or exceljs properties. */
export interface CellStyle {
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
  headerZh: { bold: true, fill: HEADER_FILL },
  headerEn: { color: MUTED_FONT, fill: HEADER_FILL },
} as const satisfies Record<string, CellStyle>;

export type ReportStyleKey = keyof typeof REPORT_STYLES;

/** "#RRGGBB" as exceljs' ARGB "FFRRGGBB". */
export const argb = (hex: string): string => `FF${hex.replace(/^#/, '').toUpperCase()}`;
