// One timed read of a register file, run by src/bench/bench.ts in a fresh child process, so no
// figure inherits another's heap. Prints one JSON line: {"ms": wall time, "rssMB": peak RSS}.
// Usage: node dist/bench/report.js <task> <file.xlsx>
//   unzip           inflate the sheet entry (the reader's own inflater), nothing else
//   sax             unzip + saxes over the sheet with empty handlers: the floor for any SAX reader
//   tokenizer       unzip + the reader's own tokenizer (src/reader/tokenizer.ts) with empty handlers
//   exceljs-stream  exceljs' streaming WorkbookReader, every row's values
//   sheetjs         SheetJS readFile (the whole workbook in memory)
//   report          `complaints report --month 2026-10` (read + figures + appraisal workbook)
//                   with the CLI's default threads (the register read on a second thread above 1 MB)
//   report-1thread  the same with --threads 1: everything on the main thread
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { SaxesParser } from 'saxes';
import { ZipArchive } from '../reader/zip';
import { XmlTokenizer } from '../reader/tokenizer';
import { fileSource } from '../reader/node-source';
import { runReport } from '../cli/report';

async function sheetChunks(file: string, each: (c: Uint8Array) => void): Promise<void> {
  const src = await fileSource(file);
  const zip = await ZipArchive.open(src);
  const e = zip.find('xl/worksheets/sheet1.xml');
  if (!e) throw new Error('no xl/worksheets/sheet1.xml');
  for await (const c of zip.chunks(e)) each(c);
  await src.close();
}

const nothing = () => undefined;

async function report(file: string, threads?: number): Promise<void> {
  const out = join(mkdtempSync(join(tmpdir(), 'bench-out-')), 'appraisal.xlsx');
  await runReport(file, { month: '2026-10', out, threads }, { out: nothing, err: nothing });
}

export const TASKS: Record<string, (file: string) => Promise<void>> = {
  unzip: (file) => sheetChunks(file, nothing),
  sax: async (file) => {
    const p = new SaxesParser({ position: false });
    p.on('opentag', nothing);
    p.on('closetag', nothing);
    p.on('text', nothing);
    const dec = new TextDecoder();
    await sheetChunks(file, (c) => p.write(dec.decode(c, { stream: true })));
    p.close();
  },
  tokenizer: async (file) => {
    const t = new XmlTokenizer({ open: nothing, close: nothing, text: nothing });
    const dec = new TextDecoder();
    await sheetChunks(file, (c) => t.write(dec.decode(c, { stream: true })));
    t.close();
  },
  'exceljs-stream': async (file) => {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
    for await (const ws of reader) for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) void row.values;
  },
  sheetjs: async (file) => {
    // A bench peer only (devDependency): loaded here so the CLI never pulls it in.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const XLSX = require('xlsx') as { readFile: (f: string, o: object) => unknown };
    XLSX.readFile(file, { dense: true });
  },
  report: (file) => report(file),
  'report-1thread': (file) => report(file, 1),
};

if (require.main === module) {
  const [task, file] = process.argv.slice(2);
  const fn = TASKS[task];
  if (!fn) throw new Error(`unknown task ${task}`);
  const t = performance.now();
  fn(file).then(
    () => console.log(JSON.stringify({ ms: performance.now() - t, rssMB: process.resourceUsage().maxRSS / 1024 })),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
