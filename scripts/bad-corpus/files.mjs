// Bad-input corpus: files that are not what they claim, and valid-but-unusual .xlsx variants the
// reader must read (issue 9, "Files that are not what they claim"). Run by scripts/test-bad.mjs;
// the reader specs (test/reader.*.spec.ts) read the same files and compare with SheetJS.
//
// The .xlsx variants are zipped by hand (fflate) so each differs from a plain workbook in exactly
// one way; the foreign formats are written by SheetJS (.xls BIFF8, .ods) and its CFB library (an
// encrypted OOXML container: EncryptionInfo + EncryptedPackage streams, MS-OFFCRYPTO 2.3.4.4).
//
// Unreadable file: when running as root, chmod 000 does not stop the read (root bypasses file
// permissions), so that case is produced only for other users; as root a FIFO named .xlsx stands
// in for "exists but cannot be read as a workbook", and the case name says which one ran.
import { zipSync, strToU8 } from 'fflate';
import { mkdirSync, writeFileSync, chmodSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const XLSX = require('xlsx');

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const colName = (i) => (i < 26 ? String.fromCharCode(65 + i) : colName(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)));

/** Excel serial of a wall-clock time (1900 system). */
export const serial = (y, m, d, h = 0, mi = 0) => Date.UTC(y, m - 1, d, h, mi) / 86_400_000 + 25569;

export const HEADERS = ['编号', '受理时间', '客户', '投诉事项', '损失金额（元）', '首次联系时间'];
export const AS_OF = '2026-11-10 10:00';

/**
 * A cell: a string (shared string), a number, or
 *   { date: serial } date-formatted number      { is: ['run', 'run'] } inline rich text
 *   { str: 'text', f } formula with text result  { e: '#N/A', f } formula error
 *   { v: number, f, si, ref } shared formula     { b: true }
 */
function cellXml(v, ref, sst, noRefs) {
  const r = noRefs ? '' : ` r="${ref}"`;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') {
    let i = sst.indexOf(v);
    if (i < 0) i = sst.push(v) - 1;
    return `<c${r} t="s"><v>${i}</v></c>`;
  }
  if (typeof v === 'number') return `<c${r}><v>${v}</v></c>`;
  if (v.date !== undefined) return `<c${r} s="1"><v>${v.date}</v></c>`;
  if (v.is) return `<c${r} t="inlineStr"><is>${v.is.map((t, k) => `<r>${k ? '<rPr><b/></rPr>' : ''}<t xml:space="preserve">${esc(t)}</t></r>`).join('')}${v.phonetic ? `<rPh sb="0" eb="1"><t>${esc(v.phonetic)}</t></rPh>` : ''}</is></c>`;
  if (v.e) return `<c${r} t="e">${v.f ? `<f>${esc(v.f)}</f>` : ''}<v>${esc(v.e)}</v></c>`;
  if (v.str !== undefined) return `<c${r} t="str"><f>${esc(v.f)}</f><v>${esc(v.str)}</v></c>`;
  if (v.si !== undefined) {
    const f = v.ref ? `<f t="shared" ref="${v.ref}" si="${v.si}">${esc(v.f)}</f>` : `<f t="shared" si="${v.si}"/>`;
    return `<c${r}${v.style ? ` s="${v.style}"` : ''}>${f}<v>${v.v}</v></c>`;
  }
  if (v.b !== undefined) return `<c${r} t="b"><v>${v.b ? 1 : 0}</v></c>`;
  throw new Error(`unknown cell ${JSON.stringify(v)}`);
}

function sheetXml(rows, sst, noRefs) {
  const body = rows
    .map((cells, ri) => `<row${noRefs ? '' : ` r="${ri + 1}"`}>${cells.map((v, ci) => cellXml(v, `${colName(ci)}${ri + 1}`, sst, noRefs)).join('')}</row>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}

/** A workbook zipped by hand. sheets: [{ name, rows }]; order: the zip entry order, when it matters. */
export function buildXlsx({ sheets, date1904 = false, noRefs = false, order }) {
  const sst = [];
  const parts = {};
  sheets.forEach((s, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(s.rows, sst, noRefs)));
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  parts['[Content_Types].xml'] = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
  parts['_rels/.rels'] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  parts['xl/workbook.xml'] = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rel}"><workbookPr${date1904 ? ' date1904="1"' : ''}/><sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`;
  parts['xl/_rels/workbook.xml.rels'] = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rIdS" Type="${rel}/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
  parts['xl/styles.xml'] = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${ns}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" xfId="0"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;
  parts['xl/sharedStrings.xml'] = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${ns}" count="${sst.length}" uniqueCount="${sst.length}">${sst.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`;
  const names = order ? [...order, ...Object.keys(parts).filter((k) => !order.includes(k))] : Object.keys(parts);
  const files = {};
  for (const n of names) files[n] = strToU8(parts[n]);
  return zipSync(files, { level: 6 });
}

/** Three good complaints, received 2026-11-03, first contact an hour later. */
export function registerRows(cell = (v) => v) {
  const rows = [HEADERS];
  for (let i = 1; i <= 3; i++) {
    rows.push([`A-00${i}`, { date: serial(2026, 11, 3, 9 + i) }, `客户${i}`, '冰箱不制冷', 100 * i, { date: serial(2026, 11, 3, 10 + i) }].map((v, c) => cell(v, i, c)));
  }
  return rows;
}

const json = (rows) => ['check', ...rows];

/** The variants the reader must read, each with what check --json must show. */
export function variants() {
  return [
    { name: 'cells-without-r', file: 'no-refs.xlsx', bytes: buildXlsx({ sheets: [{ name: '登记表', rows: registerRows() }], noRefs: true }), stdout: '"row":4,"id":"A-003"' },
    {
      name: 'inline-rich-text-several-runs',
      file: 'rich-text.xlsx',
      bytes: buildXlsx({ sheets: [{ name: '登记表', rows: registerRows((v, i, c) => (c === 0 ? { is: ['A-', `00${i}`], phonetic: 'ēi' } : v)) }] }),
      stdout: '"row":2,"id":"A-001"',
    },
    {
      name: 'shared-formulas',
      file: 'shared-formulas.xlsx',
      bytes: buildXlsx({
        sheets: [{
          name: '登记表',
          rows: registerRows((v, i, c) => (c === 5 ? { si: 0, ref: i === 1 ? 'F2:F4' : undefined, f: i === 1 ? 'B2+1/24' : undefined, v: v.date, style: 1 } : c === 4 ? { si: 1, ref: i === 1 ? 'E2:E4' : undefined, f: i === 1 ? 'ROW()*50-50' : undefined, v } : v)),
        }],
      }),
      stdout: '"contact":"2026-11-03T11:00"',
    },
    { name: '1904-date-system', file: 'date1904.xlsx', bytes: buildXlsx({ date1904: true, sheets: [{ name: '登记表', rows: registerRows((v) => (v && v.date !== undefined ? { date: v.date - 1462 } : v)) }] }), stdout: '"contact":"2026-11-03T11:00"' },
    {
      name: 'formula-error-cells',
      file: 'formula-errors.xlsx',
      bytes: buildXlsx({ sheets: [{ name: '登记表', rows: registerRows((v, i, c) => (i === 1 && c === 1 ? { e: '#DIV/0!', f: '1/0' } : i === 2 && c === 4 ? { e: '#N/A', f: 'NA()' } : i === 3 && c === 5 ? { e: '#REF!', f: '#REF!+1' } : i === 3 && c === 3 ? { e: '#VALUE!', f: '"a"+1' } : v)) }] }),
      stdout: '公式错误 #DIV/0![\\s\\S]*公式错误 #N/A[\\s\\S]*公式错误 #VALUE![\\s\\S]*公式错误 #REF!',
    },
    {
      name: 'dates-outside-1900-9999',
      file: 'date-range.xlsx',
      bytes: buildXlsx({ sheets: [{ name: '登记表', rows: registerRows((v, i, c) => (c === 1 && i === 1 ? { date: -5 } : c === 1 && i === 2 ? { date: 3_000_000 } : v)) }] }),
      stdout: '"row":2[\\s\\S]*超出范围[\\s\\S]*"row":3[\\s\\S]*超出范围',
    },
    {
      // exceljs' streaming reader threw "Cannot read properties of undefined (reading 'sheets')"
      // when a worksheet came before xl/workbook.xml in the zip (any order is valid, OPC §9.1).
      name: 'worksheet-before-workbook-part',
      file: 'sheet-first.xlsx',
      bytes: buildXlsx({ sheets: [{ name: '登记表', rows: registerRows() }], order: ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml', 'xl/worksheets/sheet1.xml', 'xl/workbook.xml'] }),
      stdout: '"row":2,"id":"A-001"',
    },
  ];
}

/** The bytes of a good register with one zip entry's compressed data damaged. */
function corruptEntry(bytes, entryName) {
  const out = Uint8Array.from(bytes);
  const dv = new DataView(out.buffer);
  for (let p = 0; p + 30 < out.length; ) {
    if (dv.getUint32(p, true) !== 0x04034b50) break;
    const comp = dv.getUint32(p + 18, true);
    const nameLen = dv.getUint16(p + 26, true);
    const extra = dv.getUint16(p + 28, true);
    const name = new TextDecoder().decode(out.subarray(p + 30, p + 30 + nameLen));
    const data = p + 30 + nameLen + extra;
    if (name === entryName) {
      for (let k = Math.floor(comp / 3); k < Math.floor(comp / 3) + 8 && k < comp; k++) out[data + k] ^= 0x5a;
      return out;
    }
    p = data + comp;
  }
  throw new Error(`no entry ${entryName}`);
}

function sheetjsBook(bookType) {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([HEADERS, ['A-001', '2026-11-03 10:00', '客户1', '冰箱不制冷', 100, '']]), '登记表');
  return XLSX.write(wb, { type: 'buffer', bookType });
}

function encryptedOoxml() {
  const cfb = XLSX.CFB.utils.cfb_new();
  // Agile encryption header (MS-OFFCRYPTO 2.3.4.10): version 4.4, reserved 0x40, then the XML descriptor.
  const info = Buffer.concat([Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]), Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>')]);
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', info);
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(4096, 0x37));
  return XLSX.CFB.write(cfb, { type: 'buffer' });
}

export async function make(dir) {
  mkdirSync(dir, { recursive: true });
  const w = (name, bytes) => {
    const p = join(dir, name);
    writeFileSync(p, bytes);
    return p;
  };
  const good = buildXlsx({ sheets: [{ name: '登记表', rows: registerRows() }] });
  const cases = [];
  // Each refusal in both languages (issue 12): under --lang en the whole line is English (no CJK,
  // the reader's reason included); in Chinese (the default) the reason is Chinese too, with what to do.
  const NO_CJK = '^(?![\\s\\S]*[\\u3000-\\u9fff\\uff00-\\uffef])';
  // The English wording is asserted (--lang en) where the line quotes the user's (Chinese) headers.
  const refused = (name, file, stderr, extra = []) => cases.push({ name: `files: ${name}`, args: ['check', file, '--as-of', AS_OF, '--lang', 'en', ...extra], expectExit: 2, stderr, inputs: [file] });
  const refusedBoth = (name, file, en, zh) => {
    cases.push({ name: `files: ${name}`, args: ['check', file, '--as-of', AS_OF, '--lang', 'en'], expectExit: 2, stderr: `${NO_CJK}[\\s\\S]*${en}`, inputs: [file] });
    cases.push({ name: `files: ${name}, in Chinese`, args: ['check', file, '--as-of', AS_OF, '--lang', 'zh'], expectExit: 2, stderr: zh, inputs: [file] });
  };

  refusedBoth('truncated zip', w('truncated.xlsx', good.subarray(0, Math.floor(good.length * 0.6))), 'truncated\\.xlsx.*truncated', '无法把 .*truncated\\.xlsx 当作 \\.xlsx 工作簿读取（zip 文件不完整（缺少中央目录））：文件不完整');
  refusedBoth('corrupt zip entry', w('corrupt-entry.xlsx', corruptEntry(good, 'xl/worksheets/sheet1.xml')), 'corrupt-entry\\.xlsx.*damaged', 'corrupt-entry\\.xlsx.*（zip 条目 xl/worksheets/sheet1\\.xml 已损坏.*）：文件已损坏');
  refusedBoth('.xls (BIFF8) renamed .xlsx', w('old-format.xlsx', sheetjsBook('biff8')), 'old-format\\.xlsx.*Excel 97-2003.*save it as \\.xlsx', '无法把 .*old-format\\.xlsx 当作 \\.xlsx 工作簿读取（这是 Excel 97-2003 工作簿（\\.xls，BIFF 格式），不是 \\.xlsx）：.*另存为 \\.xlsx');
  refusedBoth('encrypted OOXML (CFB container)', w('encrypted.xlsx', encryptedOoxml()), 'encrypted\\.xlsx.*password-protected', 'encrypted\\.xlsx.*（工作簿设有密码（加密的 Office 文件），无法读取）：.*去掉密码');
  refusedBoth('.ods renamed .xlsx', w('spreadsheet.xlsx', sheetjsBook('ods')), 'spreadsheet\\.xlsx.*OpenDocument', 'spreadsheet\\.xlsx.*（这是 OpenDocument 电子表格（\\.ods），不是 \\.xlsx）');
  refusedBoth('.csv renamed .xlsx', w('table.xlsx', `${HEADERS.join(',')}\nA-001,2026-11-03 10:00,客户1,冰箱不制冷,100,\n`), 'table\\.xlsx.*text file', 'table\\.xlsx.*（这是文本文件（CSV 或类似格式），不是 \\.xlsx 工作簿）');
  refusedBoth('empty file', w('empty.xlsx', new Uint8Array(0)), 'empty\\.xlsx.*empty', 'empty\\.xlsx.*（文件是空的（0 字节），不是 \\.xlsx 工作簿）：请确认复制或下载已完成');
  mkdirSync(join(dir, 'folder.xlsx'), { recursive: true });
  cases.push({ name: 'files: directory as register', args: ['check', join(dir, 'folder.xlsx'), '--as-of', AS_OF, '--lang', 'en'], expectExit: 2, stderr: 'folder\\.xlsx.*folder, not a file' });
  const reg = w('good.xlsx', good);
  cases.push({ name: 'files: directory as --policy', args: ['check', reg, '--as-of', AS_OF, '--policy', dir], expectExit: 2, stderr: '--policy .*：这是一个文件夹，不是文件；请给出预设', inputs: [reg] });
  if (process.getuid && process.getuid() === 0) {
    const fifo = join(dir, 'fifo.xlsx');
    try {
      execFileSync('mkfifo', [fifo]);
      cases.push({ name: 'files: unreadable (running as root, chmod 000 cannot stop root: a FIFO stands in)', args: ['check', fifo, '--as-of', AS_OF, '--lang', 'en'], expectExit: 2, stderr: 'fifo\\.xlsx.*not a regular file' });
    } catch {
      // no mkfifo on this system: nothing stands in, and no case claims otherwise
    }
  } else {
    const locked = w('no-permission.xlsx', good);
    chmodSync(locked, 0o000);
    cases.push({ name: 'files: no read permission (chmod 000)', args: ['check', locked, '--as-of', AS_OF], expectExit: 2, stderr: 'no-permission\\.xlsx.*(permission denied|没有读取权限)' });
  }
  // Two columns read as one field (受理时间 and its synonym 投诉时间): refused, both named.
  const dupRows = registerRows().map((r, i) => [...r, i === 0 ? '投诉时间' : { date: serial(2026, 11, 4, 9) }]);
  const dup = w('duplicate-headers.xlsx', buildXlsx({ sheets: [{ name: '登记表', rows: dupRows }] }));
  refused('duplicate header names', dup, 'columns B "受理时间" and G "投诉时间" both read as Received');
  // The same refusal in Chinese only (issue 12: one language per run).
  cases.push({ name: 'files: duplicate header names, in Chinese', args: ['check', dup, '--as-of', AS_OF, '--lang', 'zh'], expectExit: 2, stderr: '^(?![\\s\\S]*both read as)[\\s\\S]*表头第 1 行：列 B「受理时间」与列 G「投诉时间」都是 受理时间', inputs: [dup] });
  const noReg = w('no-register-sheet.xlsx', buildXlsx({ sheets: [{ name: 'Sheet1', rows: [['月份', '数量'], ['11月', 3]] }, { name: '说明', rows: [['填写说明']] }] }));
  refused('register sheet missing', noReg, 'no register sheet found.*sheets: Sheet1, 说明');
  const renamed = w('renamed-sheet.xlsx', buildXlsx({ sheets: [{ name: '登记表 (2)', rows: registerRows() }] }));
  refused('register sheet renamed (--sheet names the old name)', renamed, 'no sheet named "登记表".*sheets: 登记表 \\(2\\)', ['--sheet', '登记表']);

  for (const v of variants()) {
    const p = w(v.file, v.bytes);
    // Read, with findings: every variant's register has complaints overdue at AS_OF (exit 1, not 2).
    cases.push({ name: `files: ${v.name}`, args: [...json([p]), '--as-of', AS_OF, '--json'], expectExit: 1, stdout: v.stdout, inputs: [p] });
  }
  return cases;
}
