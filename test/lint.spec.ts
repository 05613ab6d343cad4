// src/core stays pure: the lint rule that keeps Office, React, exceljs and Node out of it works.
// ESLint's flat config is ESM, which jest's CommonJS runtime cannot load, so one child process
// lints every probe and reports the messages as JSON.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..');
const probes: [string, string][] = [
  ["import { readFileSync } from 'fs';", 'src/core/probe.ts'],
  ["import { readFileSync } from 'node:fs';", 'src/core/probe.ts'],
  ["import path from 'path';", 'src/core/policy/probe.ts'],
  ["import ExcelJS from 'exceljs';", 'src/core/probe.ts'],
  ["import React from 'react';", 'src/core/probe.ts'],
  ["import { Button } from '@fluentui/react-components';", 'src/core/probe.ts'],
  ['export const n = Excel.run;', 'src/core/probe.ts'],
  ['export const env = process.env.TZ;', 'src/core/probe.ts'],
  ["import { readFileSync } from 'node:fs';", 'src/cli/probe.ts'],
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

test.each([
  [0, /Node APIs/],
  [1, /Node APIs/],
  [2, /Node APIs/],
  [3, /exceljs/],
  [4, /React/],
  [5, /pure TypeScript/],
  [6, /Office/],
  [7, /Node APIs/],
])('src/core refuses probe %d', (i, message) => {
  expect(results[i].some((m) => message.test(m))).toBe(true);
});

test('the same imports are fine outside src/core', () => {
  expect(results[8].filter((m) => /restricted|must not/.test(m))).toEqual([]);
});
