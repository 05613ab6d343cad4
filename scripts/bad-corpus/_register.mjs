// Builds register workbooks for the corpus from the demo's columns (real .xlsx files by exceljs).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
export const ExcelJS = require('exceljs');
const gen = require(join(dist, 'core', 'demo', 'generate.js'));
const writer = require(join(dist, 'export', 'write-register.js'));
const presets = require(join(dist, 'core', 'policy', 'presets.js'));
export const HEADERS = gen.DEMO_HEADERS;
export const SURVEY_HEADERS = gen.DEMO_SURVEY_HEADERS;

/** The demo's rows (Dates are wall-clock UTC fields), the first n of them. */
export function demoRows(n = 40) {
  return gen.demoRegister().rows.slice(0, n).map((r) => [...r]);
}

export const col = (header) => HEADERS.indexOf(header);

/** Writes a register workbook; `edit(wb, ws)` may change anything before it is saved. */
export async function writeRegister(file, rows, { headers = HEADERS, sheet, policy = true, survey, edit } = {}) {
  const wb = new ExcelJS.Workbook();
  const ws = writer.addRegisterSheet(wb, headers, rows, sheet);
  if (policy) writer.addPolicySheet(wb, presets.preset('severity'));
  if (survey) writer.addRegisterSheet(wb, SURVEY_HEADERS, survey, '满意度调查');
  if (edit) edit(wb, ws);
  await wb.xlsx.writeFile(file);
  return file;
}
