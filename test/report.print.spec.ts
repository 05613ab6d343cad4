// The month's appraisal workbook as a manager gets it on paper: written by the CLI's writer,
// converted by LibreOffice (a real client, headless) to PDF once, then read back with poppler
// (pdfinfo, pdftotext, pdftohtml, pdffonts, pdftoppm). Pages are A4 landscape with "sheet x / y"
// footers; the demo month's overdue list is one page (a longer list more, its header repeated),
// one page wide, with text ≥ 9 pt; every header shows whole; the three
// charts are drawn (their titles in the text, pixels of the bar colour in the chart's box); one
// sans-serif CJK font. The PDF and PNG pages are kept under test-artifacts/print/ for a look.
// Needs soffice and poppler-utils; without soffice the spec is skipped saying so, unless
// REQUIRE_SOFFICE=1 (npm run test:libreoffice, which CI runs after installing LibreOffice).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { appraisalBytes } from '../src/cli/report';
import { REPORT_SHEETS } from '../src/core/report/sheets';
import { CHART_COLOUR } from '../src/export/charts/chart-part';
import { demoAppraisalModel } from './helpers/appraisal';

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice'].find(existsSync);
const required = process.env.REQUIRE_SOFFICE === '1';
if (!soffice) {
  const why = 'report.print.spec: LibreOffice (soffice) is not installed, so the printed workbook is not checked; `npm run test:libreoffice` (CI) requires it';
  if (required) throw new Error(why);
  console.warn(why);
}
const maybe = soffice ? describe : describe.skip;

const ARTIFACTS = join(__dirname, '..', 'test-artifacts', 'print');
const POINTS_PER_INCH = 72;
const DPI = 60;
const ZOOM = 3;

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env, timeout: 150_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

/**
 * Without 等线 (not on Linux), fontconfig would give LibreOffice DejaVu Sans, whose digits are a
 * third wider than 等线's; the font element's charset 134 (GB2312) asks for a Chinese font, so the
 * conversion maps 等线 to Noto Sans CJK SC (fonts-noto-cjk, which CI installs), its nearest stand-in.
 */
function fontConfig(dir: string): NodeJS.ProcessEnv {
  const file = join(dir, 'fonts.conf');
  writeFileSync(file, `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>
<match target="pattern"><test name="family"><string>等线</string></test><edit name="family" mode="prepend" binding="strong"><string>Noto Sans CJK SC</string></edit></match></fontconfig>`);
  return { ...process.env, FONTCONFIG_FILE: file };
}

/** The workbook's content (every part but the document properties, which carry the time written): the same under every TZ, so one conversion serves both runs of the suite. */
function contentKey(bytes: Uint8Array): string {
  const parts = unzipSync(bytes, { filter: (f) => f.name !== 'docProps/core.xml' });
  const h = createHash('sha256');
  for (const name of Object.keys(parts).sort()) h.update(name).update(strFromU8(parts[name]));
  return h.digest('hex').slice(0, 16);
}

interface Word { text: string; x0: number; y0: number; x1: number; y1: number }
interface Page { n: number; text: string; words: Word[]; sizes: number[]; sheet: string; footer: string }

function readPages(pdf: string): Page[] {
  const bbox = run('pdftotext', ['-bbox', pdf, '-']);
  // pdftohtml rounds a font's size to whole units of its zoom (at most 3): at zoom 3 a size is
  // known to 1/6 pt (at zoom 1 an 8.7-pt print passed as 9 pt).
  const xml = run('pdftohtml', ['-xml', '-i', '-zoom', String(ZOOM), '-stdout', pdf]);
  const fontSize = new Map([...xml.matchAll(/<fontspec id="(\d+)" size="([\d.]+)"/g)].map((m) => [m[1], Number(m[2]) / ZOOM]));
  const sizes = xml.split(/<page number=/).slice(1).map((p) => [...p.matchAll(/<text [^>]*font="(\d+)"/g)].map((m) => fontSize.get(m[1]) ?? 0));
  return bbox.split('<page ').slice(1).map((p, i) => {
    const words = [...p.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>') }));
    const text = run('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-']);
    const footer = text.trim().split('\n').pop()!.trim();
    return { n: i + 1, text, words, sizes: sizes[i] ?? [], sheet: footer.replace(/\s+\d+ \/ \d+$/, ''), footer };
  });
}

/** Pixels (of a PPM page at DPI) within `tol` of #rrggbb inside a box given in points. */
function colourPixels(ppm: Buffer, hex: string, box: { x0: number; y0: number; x1: number; y1: number }, tol = 12): number {
  const m = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!m) throw new Error('not a binary PPM');
  const [w, h, start] = [Number(m[1]), Number(m[2]), m[0].length];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const px = (pt: number) => Math.round((pt * DPI) / POINTS_PER_INCH);
  let n = 0;
  for (let y = Math.max(0, px(box.y0)); y < Math.min(h, px(box.y1)); y++) {
    for (let x = Math.max(0, px(box.x0)); x < Math.min(w, px(box.x1)); x++) {
      const o = start + (y * w + x) * 3;
      if (Math.abs(ppm[o] - r) <= tol && Math.abs(ppm[o + 1] - g) <= tol && Math.abs(ppm[o + 2] - b) <= tol) n++;
    }
  }
  return n;
}

/** `bytes` converted to PDF (once per content: kept with its PNG/PPM pages under test-artifacts/print/`name`-*). */
function printed(name: string, bytes: Uint8Array): { pdf: string; pages: Page[] } {
  mkdirSync(ARTIFACTS, { recursive: true });
  const key = contentKey(bytes);
  const pdf = join(ARTIFACTS, `${name}.pdf`);
  const keyFile = join(ARTIFACTS, `${name}.content-key`);
  if (!existsSync(pdf) || !existsSync(keyFile) || readFileSync(keyFile, 'utf8') !== key) {
    for (const f of readdirSync(ARTIFACTS)) if (f.startsWith(`${name}.`) || f.startsWith(`${name}-`)) rmSync(join(ARTIFACTS, f));
    const work = mkdtempSync(join(tmpdir(), 'print-spec-'));
    writeFileSync(join(work, `${name}.xlsx`), bytes);
    writeFileSync(join(ARTIFACTS, `${name}.xlsx`), bytes);
    run(soffice as string, [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', ARTIFACTS, join(work, `${name}.xlsx`)], fontConfig(work));
    run('pdftoppm', ['-r', String(DPI), '-png', pdf, join(ARTIFACTS, `${name}-page`)]);
    run('pdftoppm', ['-r', String(DPI), pdf, join(ARTIFACTS, `${name}-ppm`)]);
    writeFileSync(keyFile, key);
    rmSync(work, { recursive: true, force: true });
  }
  return { pdf, pages: readPages(pdf) };
}

/** The overdue list's headers, every word of both header rows: each must print whole on every page of the list. */
const OVERDUE_HEADERS = ['行', '编号', '受理时间', '客户', '联系方式', '责任部门', '处理人', '等级', '状态', '超期节点', '最早超期截止', '往期', 'Row', 'ID', 'Received', 'Customer', 'Contact', 'Department', 'Handler', 'Tier', 'Status', 'Breached', 'First', 'breached', 'due', 'Carried', 'over'];

/** The overdue list's pages: each with the whole header, text ≥ 9 pt; returns the IDs printed, in order. */
function overdueLines(pages: Page[]): string[] {
  const overdue = pages.filter((p) => p.sheet === REPORT_SHEETS.overdue);
  for (const page of overdue) {
    const words = new Set(page.words.map((w) => w.text));
    expect([page.n, OVERDUE_HEADERS.filter((h) => !words.has(h))]).toEqual([page.n, []]);
    expect(Math.min(...page.sizes)).toBeGreaterThanOrEqual(9);
  }
  return overdue.flatMap((p) => p.words.filter((w) => /^TS-\d{3}-\d{4}$/.test(w.text)).map((w) => w.text));
}

maybe('the appraisal workbook printed through LibreOffice', () => {
  let pages: Page[];
  let pdf: string;
  let size: string;
  let fonts: string;
  const ppm = (n: number) => readFileSync(join(ARTIFACTS, `appraisal-2026-10-ppm-${String(n).padStart(2, '0')}.ppm`));

  beforeAll(async () => {
    ({ pdf, pages } = printed('appraisal-2026-10', await appraisalBytes(demoAppraisalModel('2026-10'))));
    size = run('pdfinfo', [pdf]);
    fonts = run('pdffonts', [pdf]);
  }, 200_000);

  test('every page is A4 landscape with a "sheet x / y" footer', () => {
    expect(size).toMatch(/Page size:\s+841\.89 x 595\.\d+ pts \(A4\)/);
    pages.forEach((p) => expect(p.footer).toBe(`${p.sheet} ${p.n} / ${pages.length}`));
    expect([...new Set(pages.map((p) => p.sheet))]).toEqual([REPORT_SHEETS.stats, REPORT_SHEETS.appraisal, REPORT_SHEETS.satisfaction, REPORT_SHEETS.overdue, REPORT_SHEETS.products, REPORT_SHEETS.rework]);
  });

  // A manager's list: the demo month's 33 overdue lines on one page, fit to width at a readable size.
  test('the demo month\'s overdue list prints on one A4 page, one page wide, every header whole, at ≥ 9 pt', () => {
    const ids = demoAppraisalModel('2026-10').sheets.find((s) => s.name === REPORT_SHEETS.overdue)!.blocks[0].rows.map((r) => r[1]);
    expect(ids.length).toBeGreaterThan(30);
    expect(pages.filter((p) => p.sheet === REPORT_SHEETS.overdue).length).toBe(1);
    expect(overdueLines(pages)).toEqual(ids);
  });

  test('no text on any page prints below 9 pt (fit to width, not to page)', () => {
    expect(pages.map((p) => [p.n, p.sheet, Math.min(...p.sizes) >= 9])).toEqual(pages.map((p) => [p.n, p.sheet, true]));
  });

  test('one sans-serif CJK font throughout', () => {
    const names = fonts.split('\n').slice(2).map((l) => l.split(/\s+/)[0]).filter(Boolean);
    expect(names.filter((n) => /serif(?!.*sans)|times|song|mincho|ming/i.test(n) && !/sans/i.test(n))).toEqual([]);
    expect(names.some((n) => /CJK|YaHei|DengXian|等线/i.test(n))).toBe(true);
  });

  test.each([
    [REPORT_SHEETS.stats, '每日投诉量', 100],
    [REPORT_SHEETS.appraisal, '各部门及时率', 2000],
    [REPORT_SHEETS.satisfaction, '各维度满意率', 2000],
  ])('%s: the chart "%s" is drawn, its bars or line in the chart colour inside its box', (sheet, title, minPixels) => {
    const page = pages.find((p) => p.words.some((w) => w.text === title));
    expect(page?.sheet).toBe(sheet);
    const t = page!.words.find((w) => w.text === title)!;
    // The chart's box: from its title down 18 rows of 15 pt, across the printable width.
    const box = { x0: 0, y0: t.y1, x1: 842, y1: t.y1 + 18 * 15 };
    expect(colourPixels(ppm(page!.n), CHART_COLOUR, box)).toBeGreaterThan(minPixels);
  });

  test('the colour count tells a chart from a page without one (the overdue list: no chart colour at all)', () => {
    const overdue = pages.find((p) => p.sheet === REPORT_SHEETS.overdue)!;
    expect(colourPixels(ppm(overdue.n), CHART_COLOUR, { x0: 0, y0: 0, x1: 842, y1: 596 })).toBeLessThan(20);
  });
});

// A longer month still prints every line, on more pages, each with the headers repeated.
maybe('a long overdue list printed through LibreOffice', () => {
  let pages: Page[];
  let ids: string[];

  beforeAll(async () => {
    // 560 complaints instead of 320: the same generator, 83 overdue lines in 2026-10. Only the list is printed.
    const model = demoAppraisalModel('2026-10', false, 560);
    const overdue = model.sheets.filter((s) => s.name === REPORT_SHEETS.overdue);
    ids = overdue[0].blocks[0].rows.map((r) => String(r[1]));
    ({ pages } = printed('overdue-long', await appraisalBytes({ ...model, sheets: overdue })));
  }, 200_000);

  test('every line once, in order, over as many pages as it takes, each page one wide with the whole header at ≥ 9 pt', () => {
    expect(ids.length).toBeGreaterThanOrEqual(80);
    expect(overdueLines(pages)).toEqual(ids);
    const perPage = pages.map((p) => p.words.filter((w) => /^TS-\d{3}-\d{4}$/.test(w.text)).length);
    // No page half empty but the last: as many lines on each as the demo month's one page holds.
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(perPage.slice(0, -1).filter((n) => n < 30)).toEqual([]);
  });
});

