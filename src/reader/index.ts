// The .xlsx reader: a zip's central directory, workbook.xml, styles and shared strings, then one
// sheet at a time as blocks of rows, without a workbook object. Runs wherever fflate, saxes and
// TextDecoder do (Node and the browser); only ./node-source touches the file system.
import { CellValue } from '../core/register/cells';
import { ByteSource } from './source';
import { ZipArchive, ZipEntry } from './zip';
import { readDateStyles, readSharedStrings, readWorkbookInfo, workbookPath, WorkbookInfo } from './parts';
import { xmlSteps } from './xml';
import { RowBlock, SheetRows } from './sheet';
import { PackedBlock, unpack } from './packed';
import { refuse } from './errors';
import { msg } from '../core/messages/msg';

export type { RowBlock } from './sheet';
export type { PackedBlock } from './packed';
export { unpack, transferables } from './packed';
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
   * rows were wanted). A chart sheet has no rows.
   */
  async *blocks(sheet: string, blockRows = BLOCK_ROWS): AsyncGenerator<RowBlock> {
    if (!this.sheetEntry(sheet)) return;
    // Styles, then the strings, are read before the sheet, as they always were: a broken one is said first.
    this.styles ??= readDateStyles(this.zip, this.info.styles);
    const strings = await this.sharedStrings();
    for await (const b of this.packedBlocks(sheet, blockRows)) yield unpack(b, strings, sheet, this.info.date1904);
  }

  /** A sheet's part; undefined for a sheet without one (a chart sheet), refused when it is listed but missing. */
  private sheetEntry(sheet: string): ZipEntry | undefined {
    const ref = this.info.sheets.find((s) => s.name === sheet);
    if (!ref) throw new Error(`no sheet named ${sheet}`);
    const entry = ref.path ? this.zip.find(ref.path) : undefined;
    if (!entry && ref.path) throw refuse('corrupt', msg('reader.sheetPartMissing', { sheet, part: ref.path }));
    return entry;
  }

  /**
   * The same rows packed, shared strings as indices: for a second thread that need not hold the
   * table (see packed.ts). unpack(block, sharedStrings(), sheet, date1904) gives blocks()'s rows.
   */
  async *packedBlocks(sheet: string, blockRows = BLOCK_ROWS): AsyncGenerator<PackedBlock> {
    const entry = this.sheetEntry(sheet);
    if (!entry) return;
    this.styles ??= readDateStyles(this.zip, this.info.styles);
    const rows = new SheetRows({ sheet, dateStyles: await this.styles, date1904: this.info.date1904 });
    try {
      for await (const _ of xmlSteps(this.zip, entry, rows)) {
        while (rows.waiting >= blockRows) yield rows.take(blockRows) as PackedBlock;
      }
    } catch (e) {
      // A row before the failure may refer to a missing shared string, which is said first (it
      // comes first in the sheet): its rows go on to be unpacked, then the failure.
      for (let b = rows.take(blockRows); b; b = rows.take(blockRows)) yield b;
      throw e;
    }
    for (let b = rows.take(blockRows, true); b; b = rows.take(blockRows, true)) yield b;
  }

  /** The shared-string table, read once (packed blocks are unpacked against it). */
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
