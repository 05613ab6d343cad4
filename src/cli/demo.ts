// `complaints demo`: writes the demo register workbook, then checks it as a user would.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { demoRegister, demoSurvey, DEMO_SURVEY_HEADERS, DEMO_LAST_FULL_MONTH } from '../core/demo/generate';
import { SURVEY_SHEET } from '../core/report/survey';
import { runReport } from './report';
import { preset } from '../core/policy/presets';
import { addPolicySheet, addRegisterSheet } from '../export/write-register';
import { runCheck, summaryText } from './check';
import { writeFileAtomic } from './atomic-write';
import { m } from './lang';

export async function runDemo(dir: string, out: (s: string) => void): Promise<void> {
  await mkdir(dir, { recursive: true });
  const demo = demoRegister();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'complaint-register demo';
  addRegisterSheet(wb, demo.headers, demo.rows);
  addPolicySheet(wb, preset('severity')!);
  addRegisterSheet(wb, DEMO_SURVEY_HEADERS, demoSurvey(), SURVEY_SHEET);
  const file = join(dir, 'demo-register.xlsx');
  await writeFileAtomic(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  out(m('demo.wrote', { file, n: demo.rows.length }));
  const report = await runCheck(file, { asOf: demo.asOf });
  out(`$ complaints check ${file} --as-of "${demo.asOf}"`);
  out(summaryText(report));
  const appraisal = join(dir, `appraisal-${DEMO_LAST_FULL_MONTH}.xlsx`);
  out(`$ complaints report ${file} --month ${DEMO_LAST_FULL_MONTH} --out ${appraisal}`);
  await runReport(file, { month: DEMO_LAST_FULL_MONTH, out: appraisal }, { out, err: out });
}
