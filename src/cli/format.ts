// Plain-text tables for the terminal; widths count CJK characters as two columns.
const width = (s: string): number => [...s].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
const padEnd = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - width(s)));

export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) => cells.map((c, i) => padEnd(c ?? '', widths[i])).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** "2026-10-14T05:57" as a supervisor reads it: "2026-10-14 05:57". */
export const humanTime = (iso: string): string => iso.replace('T', ' ');
