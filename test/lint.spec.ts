// The lint rules that keep the layers apart work: src/core and src/workbook stay pure (no Office,
// React, exceljs or Node), and imports between src/ folders follow docs/ARCHITECTURE.md.
// ESLint's flat config is ESM, which jest's CommonJS runtime cannot load, so one child process
// lints every probe and reports the messages as JSON.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..');

/** [code, file it is linted as, the message expected, or null: no layer or purity message]. */
const probes: [string, string, RegExp | null][] = [
  // src/core is pure
  ["import { readFileSync } from 'fs';", 'src/core/probe.ts', /src\/core must not use Node APIs/],
  ["import { readFileSync } from 'node:fs';", 'src/core/probe.ts', /Node APIs/],
  ["import path from 'path';", 'src/core/policy/probe.ts', /Node APIs/],
  ["import ExcelJS from 'exceljs';", 'src/core/probe.ts', /exceljs/],
  ["import React from 'react';", 'src/core/probe.ts', /React/],
  ["import { Button } from '@fluentui/react-components';", 'src/core/probe.ts', /pure TypeScript/],
  ['export const n = Excel.run;', 'src/core/probe.ts', /Office/],
  ['export const env = process.env.TZ;', 'src/core/probe.ts', /Node APIs/],
  ["import { readFileSync } from 'node:fs';", 'src/cli/probe.ts', null],
  // src/core imports nothing outside src/core, at any depth
  ["import { a1 } from '../workbook/address';", 'src/core/probe.ts', /src\/core imports nothing outside src\/core \(imports src\/workbook\)/],
  ["import { sheetGrid } from '../../export/read-workbook';", 'src/core/policy/probe.ts', /src\/core imports nothing outside src\/core \(imports src\/export\)/],
  ["import { dayOf } from '../time';", 'src/core/policy/probe.ts', null],
  ["export { dayOf } from '../../functions/args';", 'src/core/register/probe.ts', /src\/core imports nothing outside/],
  // src/workbook is pure and imports src/core only
  ["import { dayOf } from '../core/time';", 'src/workbook/probe.ts', null],
  ["import { a1 } from './address';", 'src/workbook/probe.ts', null],
  ["import { appraisalWorkbook } from '../export/appraisal-workbook';", 'src/workbook/probe.ts', /src\/workbook is host-neutral: it imports src\/core only \(imports src\/export\)/],
  ["import { officeErrorMessage } from '../excel/adapter';", 'src/workbook/probe.ts', /imports src\/core only \(imports src\/excel\)/],
  ["import ExcelJS from 'exceljs';", 'src/workbook/probe.ts', /src\/workbook must not import exceljs/],
  ['export const n = Office.context;', 'src/workbook/probe.ts', /src\/workbook must not touch Office/],
  // src/excel must not import the task pane
  ["import { App } from '../taskpane/App';", 'src/excel/probe.ts', /src\/excel must not import src\/taskpane/],
  ["import { CheckPage } from '../taskpane/pages/CheckPage';", 'src/excel/probe.ts', /src\/excel must not import src\/taskpane/],
  ["export * from '../taskpane/download';", 'src/excel/probe.ts', /src\/excel must not import src\/taskpane/],
  ["export const m = () => import('../taskpane/App');", 'src/excel/probe.ts', /src\/excel must not import src\/taskpane/],
  ["import { a1 } from '../workbook/address';", 'src/excel/probe.ts', null],
  // the task pane's pages (and the rest of the pane but its entry) must not import src/excel
  ["import { writeReportSheets } from '../../excel/report-writer';", 'src/taskpane/pages/probe.tsx', /src\/taskpane must not import src\/excel/],
  ["import { OfficeBackend } from '../excel/office-backend';", 'src/taskpane/probe.tsx', /src\/taskpane must not import src\/excel/],
  ["import { OfficeBackend } from '../excel/office-backend';", 'src/taskpane/index.tsx', null],
  ["import { mappingProblems } from '../../workbook/mapping';", 'src/taskpane/pages/probe.tsx', null],
  // src/functions must not import src/excel
  ["import { workbookPolicy } from '../excel/policy-source';", 'src/functions/probe.ts', /src\/functions must not import src\/excel/],
  ["import { dayOf } from '../core/time';", 'src/functions/probe.ts', null],
];

let results: string[][] = [];
beforeAll(() => {
  const script = `
    import { ESLint } from 'eslint';
    const eslint = new ESLint({ cwd: process.cwd() });
    const probes = JSON.parse(process.argv[1]);
    const out = [];
    for (const [code, file] of probes) {
      const [r] = await eslint.lintText(code + '\\nexport const probe = 1;\\n', { filePath: file });
      out.push(r.messages.map((m) => m.message));
    }
    process.stdout.write(JSON.stringify(out));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(probes.map(([c, f]) => [c, join(root, f)]))], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  results = JSON.parse(r.stdout);
}, 60_000);

/** The messages of the purity and layer rules (not, say, an unused import). */
const layerMessages = (i: number) => results[i].filter((m) => /must not|imports nothing|imports src\/core only|pure TypeScript|load modules/.test(m));

test.each(probes.map(([code, file, expected], i) => [file, code, expected, i] as const))('%s: %s → %p', (_file, _code, expected, i) => {
  if (expected === null) expect(layerMessages(i)).toEqual([]);
  else expect(layerMessages(i).some((m) => expected.test(m))).toBe(true);
});

test('the source tree itself passes the layer rules', () => {
  const r = spawnSync(process.execPath, [join(root, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', 'src'], { cwd: root, encoding: 'utf8' });
  const files = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string | null; message: string }[] }[];
  const broken = files.flatMap((f) => f.messages.filter((m) => m.ruleId === 'layers/boundaries').map((m) => `${f.filePath}: ${m.message}`));
  expect(broken).toEqual([]);
  // The rule saw the tree: src/ has files of every layer it guards.
  expect(files.filter((f) => /src[\\/](core|workbook|excel|taskpane|functions)[\\/]/.test(f.filePath)).length).toBeGreaterThan(40);
}, 60_000);
