// The .xlsx reader: a zip's central directory, workbook.xml, styles and shared strings, then one
// sheet at a time as blocks of rows, without a workbook object. Runs wherever fflate, saxes and
// TextDecoder do (Node and the browser); only ./node-source touches the file system.
import { CellValue } from '../core/register/cells';
import { ByteSource } from './source';
import { ZipArchive } from './zip';
import { readDateStyles, readSharedStrings, readWorkbookInfo, workbookPath, WorkbookInfo } from './parts';
import { xmlSteps } from './xml';
import { RowBlock, SheetRows } from './sheet';
import { refuse } from './errors';
import { msg } from '../core/messages/msg';

export type { RowBlock } from './sheet';
export { resolveStrings } from './sheet';
export { ReaderRefusal } from './errors';

/** Rows handed on at a time: big enough to amortise the hand-over, small enough to stay flat in memory. */
export const BLOCK_ROWS = 4096;

export class XlsxWorkbook {
  private strings?: Promise<string[]>;
  private styles?: Promise<boolean[]>;

  private constructor(private readonly zip: ZipArchive, private readonly info: WorkbookInfo, private readonly src: ByteSource) {}

  static async open(src: ByteSource): Promise<XlsxWorkbook> {
    try {
      const zip = await ZipArchive.open(src);
      const info = await readWorkbookInfo(zip, await workbookPath(zip));
      return new XlsxWorkbook(zip, info, src);
    } catch (e) {
      await src.close();
      throw e;
    }
  }

  get sheetNames(): string[] {
    return this.info.sheets.map((s) => s.name);
  }

  get date1904(): boolean {
    return this.info.date1904;
  }

  /**
   * The rows of a sheet, block by block. Leave the loop early to stop reading (only the header
   * rows were wanted). A chart sheet has no rows. `deferStrings`: shared-string cells come as
   * RowBlock.refs for the caller to resolve (a second thread that need not hold the table).
   */
  async *blocks(sheet: string, blockRows = BLOCK_ROWS, deferStrings = false): AsyncGenerator<RowBlock> {
    const ref = this.info.sheets.find((s) => s.name === sheet);
    if (!ref) throw new Error(`no sheet named ${sheet}`);
    const entry = ref.path ? this.zip.find(ref.path) : undefined;
    if (!entry) {
      if (ref.path) throw refuse('corrupt', msg('reader.sheetPartMissing', { sheet, part: ref.path }));
      return;
    }
    this.styles ??= readDateStyles(this.zip, this.info.styles);
    const rows = new SheetRows({ sheet, sharedStrings: deferStrings ? undefined : await this.sharedStrings(), dateStyles: await this.styles, date1904: this.info.date1904 });
    try {
      for await (const _ of xmlSteps(this.zip, entry, rows)) {
        while (rows.waiting >= blockRows) yield rows.take(blockRows) as RowBlock;
      }
    } catch (e) {
      // With deferred strings a row before the failure may hold a missing string, which the
      // one-thread reader would have refused first: its rows go on, then the failure.
      if (deferStrings) for (let b = rows.take(blockRows); b; b = rows.take(blockRows)) yield b;
      throw e;
    }
    for (let b = rows.take(blockRows, true); b; b = rows.take(blockRows, true)) yield b;
  }

  /** The shared-string table, read once (a sheet read with deferred strings is resolved against it). */
  sharedStrings(): Promise<string[]> {
    this.strings ??= readSharedStrings(this.zip, this.info.sharedStrings);
    return this.strings;
  }

  /** A whole (small) sheet: rows[0] is sheet row 1. */
  async grid(sheet: string): Promise<CellValue[][]> {
    const out: CellValue[][] = [];
    for await (const b of this.blocks(sheet)) {
      while (out.length < b.first - 1) out.push([]);
      for (const r of b.rows) out.push(r);
    }
    return out;
  }

  close(): Promise<void> {
    return this.src.close();
  }
}
