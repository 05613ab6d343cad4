// A streamed job's rows as they arrive (protocol.ts StreamMessage): kept by sheet in the worker
// (or by the in-line runner), then put into the candidates the `end` message names.
import type { CellValue } from '../core/register/cells';
import type { WorkbookGrids } from './protocol';

/** The rows posted for a streamed job, by sheet; `grids` puts them into the candidates the `end` message names. */
export class StreamedRows {
  private readonly sheets = new Map<string, CellValue[][]>();
  add(sheet: string, rows: readonly CellValue[][]): void {
    let to = this.sheets.get(sheet);
    if (!to) this.sheets.set(sheet, (to = []));
    for (const r of rows) to.push(r);
  }
  grids(end: WorkbookGrids): WorkbookGrids {
    return { ...end, candidates: end.candidates.map((c) => ({ ...c, rows: [...(this.sheets.get(c.name) ?? []), ...c.rows] })) };
  }
}
