// One rule for which sheet is the register and which policy applies (src/core/workbook.ts), and
// the CLI, the Office.js backend and the browser's file backend all following it on one workbook.
import { msg, render } from '../src/core/messages';
import ExcelJS from 'exceljs';
import { StrictExcel as FakeExcel } from './helpers/excel-strict';
import { addPolicySheetRows } from './helpers/policy-rows';
import { chooseRegister, chooseRegisterAsync, findRegister, policyForWorkbook, registerCandidates } from '../src/core/workbook';
import { Result, ok, err } from '../src/core/result';
import { POLICY_SHEET } from '../src/core/policy/table';
import { SURVEY_SHEET } from '../src/core/report/survey';
import { preset } from '../src/core/policy/presets';
import { demoRegister } from '../src/core/demo/generate';
import { readWorkbook } from '../src/excel/register-read';
import { findRegisterGrid, policyOf } from '../src/workbook/model';
import { addPolicySheet, addRegisterSheet } from '../src/export/write-register';
import { sheetGrid } from '../src/export/read-workbook';
import { FileBackend } from '../src/taskpane/file-backend';
import { at } from './helpers/build';

const names = ['说明', POLICY_SHEET, '11月登记', SURVEY_SHEET, '月度统计', '12月登记'];

test.each([
  ['nothing known: workbook order, policy and survey skipped', {}, ['说明', '11月登记', '月度统计', '12月登记']],
  ['the active sheet first', { prefer: '12月登记' }, ['12月登记', '说明', '11月登记', '月度统计']],
  ['generated sheets are never the register', { prefer: '月度统计', generated: ['月度统计'] }, ['说明', '11月登记', '12月登记']],
  ['the policy sheet active: not tried', { prefer: POLICY_SHEET }, ['说明', '11月登记', '月度统计', '12月登记']],
  ['a named (or set-up) sheet: only it', { named: '11月登记', prefer: '12月登记' }, ['11月登记']],
  ['a name no sheet has: none', { named: 'gone' }, []],
] as const)('%s', (_what, hint, expected) => {
  expect(registerCandidates(names, hint)).toEqual(expected);
});

test('the first candidate that reads; why none does, naming the sheets', () => {
  const notRegister = msg('err.plain', { text: 'not a register' });
  const read = (n: string) => (n.endsWith('登记') ? ok(n) : err(notRegister));
  const text = <T>(r: Result<T>, lang: 'zh' | 'en') => (r.ok ? undefined : render(r.error, lang));
  expect(chooseRegister(names, { prefer: '12月登记' }, read)).toEqual(ok({ sheet: '12月登记', value: '12月登记' }));
  expect(chooseRegister(names, {}, read)).toEqual(ok({ sheet: '11月登记', value: '11月登记' }));
  expect(text(chooseRegister(names, { named: '说明' }, read), 'en')).toBe('sheet "说明": not a register');
  expect(text(chooseRegister(names, { named: '说明' }, read), 'zh')).toBe('工作表「说明」：not a register');
  expect(text(chooseRegister(names, { named: 'gone' }, read), 'en')).toBe(`no sheet named "gone" (sheets: ${names.join(', ')})`);
  expect(text(chooseRegister(names, { named: 'gone' }, read), 'zh')).toBe(`没有名为「gone」的工作表（工作表：${names.join(', ')}）`);
  const none = chooseRegister(names, {}, () => err(msg('sheet.noHeader', { n: 30 })));
  expect(none.ok).toBe(false);
  expect(text(none, 'en')).toMatch(/^no register sheet found: .*受理时间.*客户.*\(sheets: 说明, 投诉政策/);
  expect(text(none, 'zh')).toMatch(/^找不到登记表：.*受理时间.*客户.*（工作表：说明, 投诉政策/);
});

test.each([
  ['preferred', { prefer: '12月登记' }],
  ['workbook order', {}],
  ['named, not a register', { named: '说明' }],
  ['named, missing', { named: 'gone' }],
] as const)('the streaming chooser follows the same rule (%s), and each kind of failure takes its advice', async (_what, hint) => {
  const read = (n: string) => (n.endsWith('登记') ? ok(n) : err(msg('err.plain', { text: 'not a register' })));
  const advice = { noSheetNamed: msg('err.plain', { text: ' [A]' }), notRegister: msg('err.plain', { text: ' [B]' }), none: msg('err.plain', { text: ' [C]' }) };
  const sync = chooseRegister(names, hint, read, advice);
  const calls: string[] = [];
  const streamed = await chooseRegisterAsync(names, hint, async (n) => (calls.push(n), read(n)), advice);
  expect(streamed).toEqual(sync);
  if (!sync.ok) expect(render(sync.error, 'en')).toMatch('named' in hint && hint.named === 'gone' ? / \[A\]$/ : / \[B\]$/);
  // It stops at the first sheet that reads.
  if (sync.ok) expect(calls[calls.length - 1]).toBe(sync.value.sheet);
});

test('no sheet reads: the advice for none', async () => {
  const r = await chooseRegisterAsync(names, {}, async () => err(msg('sheet.noHeader', { n: 30 })), { none: msg('err.plain', { text: ' [C]' }) });
  expect(r.ok || render(r.error, 'en').endsWith(' [C]')).toBe(true);
  expect(r.ok).toBe(false);
});

test('which policy: an explicit one, else the sheet, else the default preset; a broken sheet is not replaced', () => {
  const rows = addPolicySheetRows(preset('severity')!);
  expect(policyForWorkbook([{ name: POLICY_SHEET, rows }], { kind: 'preset', name: 'urgency' }).label).toBe('preset urgency');
  expect(policyForWorkbook([{ name: POLICY_SHEET, rows }]).label).toBe(`sheet ${POLICY_SHEET}`);
  expect(policyForWorkbook([]).label).toMatch(/^preset /);
  const broken = policyForWorkbook([{ name: POLICY_SHEET, rows: [rows[0], ['nonsense', 'x']] }]);
  expect(broken.result.ok).toBe(false);
  // The pane's reading of the policy sheet is the same rule.
  expect(policyOf(rows).label).toBe(policyForWorkbook([{ name: POLICY_SHEET, rows }]).label);
  expect(policyOf(undefined).label).toBe(policyForWorkbook([]).label);
});

describe('one workbook, three readers, one register', () => {
  const demo = demoRegister(3, 20);
  const sheets: [string, unknown[][]][] = [
    ['说明', [['本工作簿记录客户投诉'], ['见 11月登记']]],
    [POLICY_SHEET, addPolicySheetRows(preset('severity')!)],
    ['11月登记', [demo.headers, ...demo.rows]],
  ];

  test('the CLI (findRegister on the file)', async () => {
    const wb = new ExcelJS.Workbook();
    for (const [n, rows] of sheets) wb.addWorksheet(n).addRows(rows);
    const found = findRegister(wb.worksheets.map(sheetGrid));
    expect(found.ok && found.value.sheet).toBe('11月登记');
  });

  test('Excel (the notes sheet active, nothing set up yet)', async () => {
    const x = new FakeExcel();
    for (const [n, rows] of sheets) x.addSheet(n, rows as never);
    expect(x.active).toBe('说明');
    const wb = await readWorkbook(x.context());
    const found = findRegisterGrid(wb.candidates, wb.hint, wb.aliases);
    expect(found.ok && found.value.sheet).toBe('11月登记');
  });

  test('the browser fallback (FileBackend on the same .xlsx)', async () => {
    const wb = new ExcelJS.Workbook();
    addRegisterSheet(wb, ['本工作簿记录客户投诉'], [['见 11月登记']], '说明');
    addPolicySheet(wb, preset('severity')!);
    addRegisterSheet(wb, demo.headers, demo.rows, '11月登记');
    const b = await FileBackend.open('f.xlsx', (await wb.xlsx.writeBuffer()) as ArrayBuffer, () => undefined);
    const view = await b.check(at('2026-11-05 10:00'), { signal: new AbortController().signal, progress: () => undefined });
    expect(view.sheet).toBe('11月登记');
    expect(view.counts.rows).toBe(20);
  });
});
