// manifest.xml declares the ExcelApi requirement set the code needs, no more and no less: every
// Office.js member used in src/excel is looked up in the fake's requirement-set table
// (test/helpers/excel-rules.ts, from the API reference pages) and the highest set wins. A member
// above the declared set is allowed only behind Office.context.requirements.isSetSupported.
import fs from 'fs';
import path from 'path';
import { API_SETS, declaredExcelApi, versionAbove } from './helpers/excel-rules';

const DIR = path.join(__dirname, '..', 'src', 'excel');
const sources = fs.readdirSync(DIR).filter((f) => f.endsWith('.ts')).map((f) => ({ file: f, text: fs.readFileSync(path.join(DIR, f), 'utf8') }));

/** member name → the highest set among the table's classes that have it. */
const byMember = new Map<string, string>();
for (const [api, v] of Object.entries(API_SETS)) {
  const m = api.split('.')[1];
  const prev = byMember.get(m);
  if (!prev || versionAbove(v, prev)) byMember.set(m, v);
}

function uses(files = sources): { member: string; version: string; file: string; guarded: boolean }[] {
  const out: { member: string; version: string; file: string; guarded: boolean }[] = [];
  for (const { file, text } of files) {
    const code = text.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
    const guards = [...code.matchAll(/isSetSupported\?*\.?\(\s*'ExcelApi'\s*,\s*'([\d.]+)'/g)].map((m) => m[1]);
    for (const m of new Set([...code.matchAll(/\.(\w+)\b/g)].map((x) => x[1]))) {
      const version = byMember.get(m);
      if (version) out.push({ member: m, version, file, guarded: guards.some((g) => !versionAbove(version, g)) });
    }
  }
  return out;
}

test('the declared ExcelApi MinVersion is the highest set src/excel needs outside a runtime check', () => {
  const found = uses();
  expect(found.some((u) => u.member === 'customProperties' && u.version === '1.12')).toBe(true);
  const needed = found.filter((u) => !u.guarded).reduce((v, u) => (versionAbove(u.version, v) ? u.version : v), '1.1');
  expect(declaredExcelApi()).toBe(needed);
});

test('nothing above the declared set is used without isSetSupported', () => {
  const declared = declaredExcelApi();
  const above = uses().filter((u) => versionAbove(u.version, declared) && !u.guarded);
  expect(above).toEqual([]);
});

test('the scan catches a new API above the set, and accepts it behind isSetSupported', () => {
  const plain = [{ file: 'x.ts', text: 'ws.getRange("A1").getMergedAreasOrNullObject();' }];
  const guarded = [{ file: 'y.ts', text: "if (Office.context.requirements.isSetSupported('ExcelApi', '1.13')) r.getMergedAreasOrNullObject();" }];
  expect(uses(plain).filter((u) => u.member === 'getMergedAreasOrNullObject')).toEqual([{ member: 'getMergedAreasOrNullObject', version: '1.13', file: 'x.ts', guarded: false }]);
  expect(uses(guarded).filter((u) => u.member === 'getMergedAreasOrNullObject')).toEqual([{ member: 'getMergedAreasOrNullObject', version: '1.13', file: 'y.ts', guarded: true }]);
});
