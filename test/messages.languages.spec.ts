// Everything the engine says about a register in one language only: the demo register and the
// bad-cell corpus (scripts/bad-corpus/cells.mjs's values, and the outside tools' exports), checked
// and rendered in zh and in en. Outside the user's own values (quoted, or in 「」), column letters,
// ids, option names and the product names, the zh text has no English word and the en text no CJK
// beyond the words a user types or a sheet is named (是/否, 投诉政策 …).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { demoRegister } from '../src/core/demo/generate';
import { RegisterRead, readRegister } from '../src/core/register/read';
import { findRegister } from '../src/core/workbook';
import { readout, readoutLines } from '../src/core/register/readout';
import { checkRegister } from '../src/core/check';
import { Lang, Msg, MsgError, render } from '../src/core/messages';
import { CellValue } from '../src/core/register/cells';
import { sheetGrid } from '../src/export/read-workbook';
import { compiled, at } from './helpers/build';

/** The bad cells of the corpus (scripts/bad-corpus/cells.mjs), by header. */
const BAD: readonly [string, CellValue][] = [
  ['暂停时长(小时)', 1e12], ['暂停时长(小时)', '100000小时'], ['损失金额（元）', -5], ['损失金额（元）', '-5,000元'], ['损失金额（元）', 'NaN'],
  ['损失金额（元）', 'Infinity'], ['受理时间', '1899-12-31 10:00'], ['受理时间', '10000-01-01'], ['受理时间', 3_000_000], ['首次联系时间', '2026年2月30日 14:30'],
  ['回访满意度', 7], ['回访满意度', '好'], ['是否有效', '也许'], ['首次联系时间', '2020-01-01 10:00'], ['情形', '天灾'], ['等级(手工)', '特急'], ['客户', ''], ['受理时间', '25:00'],
  ['受理时间', { error: '#REF!' }], ['办结时间', '2026-13-01'],
];

function demoWithBadCells(): CellValue[][] {
  const demo = demoRegister(20261105, 60);
  const rows: CellValue[][] = demo.rows.map((r) => [...r]);
  BAD.forEach(([header, value], i) => {
    const r = [...demo.rows[i % demo.rows.length]];
    r[demo.headers.indexOf(header)] = value;
    r[demo.headers.indexOf('编号')] = `BAD-${i + 1}`;
    rows.push(r);
  });
  return [demo.headers, ...rows];
}

/** An outside tool's export, read with the 列映射 it carries. */
async function outsideRead(file: string): Promise<RegisterRead> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(__dirname, 'fixtures', 'outside', file)) as never);
  const found = findRegister(wb.worksheets.map(sheetGrid), { tiers: compiled('severity').policy.tiers.map((t) => t.key) });
  if (!found.ok) throw new MsgError(found.error);
  return found.value.read;
}

async function demoRead(): Promise<RegisterRead> {
  const read = readRegister(demoWithBadCells());
  if (!read.ok) throw new MsgError(read.error);
  return read.value;
}

/** Every message a check of the register gives: bad cells, warnings and the readout. */
function messages(read: { value: RegisterRead }): { msgs: Msg[]; readoutOf: (lang: Lang) => string[] } {
  const cp = compiled('severity');
  const report = checkRegister(read.value, cp, at('2026-11-05 10:00'));
  const r = readout('登记', read.value, cp.policy.clocks.map((c) => c.milestone));
  return { msgs: [...report.rows.flatMap((x) => x.errors.map((e) => e.msg)), ...report.summary.warnings, ...r.warnings], readoutOf: (lang) => readoutLines(r, lang) };
}

/** The text with what is the user's (quoted values, 「headers」, [columns]) and the fixed names taken out. */
const own = (s: string): string =>
  s
    .replace(/"[^"]*"|「[^」]*」|\[[^\]]*\]/g, ' ')
    .replace(/--[a-z-]+|<[^>]*>|\b[A-Z]{1,3}\b|BAD-\d+|\{[^}]*\}/g, ' ')
    .replace(/\bY\/N|yes\/no|true\/false\b|chinese-days@[\d.]+|\bExcel\b|\bchina\b|\b(received|customer|contacted|reported|planned|resolved|followedUp|field)\b/g, ' ');
/** CJK a user types or a sheet is named, which English text names as they are. */
const TYPED_CJK = /投诉政策|列映射|满意度调查|非常满意\/满意\/一般\/不满意\/非常不满意|是\/否|有效\/无效|成立|不成立|小时|天|元|延期原因/g;

describe.each([
  ['the demo register with the corpus\'s bad cells', demoRead],
  ['a CRM export', () => outsideRead('crm-export.xlsx')],
  ['a helpdesk export', () => outsideRead('helpdesk-export.xlsx')],
  ['a WPS template', () => outsideRead('wps-template.xlsx')],
])('%s', (_what, load) => {
  let got: ReturnType<typeof messages>;
  beforeAll(async () => {
    got = messages({ value: await load() });
  });

  test('it has something to say', () => {
    expect(got.msgs.length + got.readoutOf('zh').length).toBeGreaterThan(3);
  });

  test('zh: no English word outside the user\'s values, column letters and ids', () => {
    const lines = [...got.msgs.map((m) => render(m, 'zh')), ...got.readoutOf('zh')];
    const english = lines.map((l) => [l, own(l).match(/[A-Za-z]{2,}/g)] as const).filter(([, w]) => w);
    expect(english).toEqual([]);
  });

  test('en: no CJK outside the user\'s values and the words a user types', () => {
    const lines = [...got.msgs.map((m) => render(m, 'en')), ...got.readoutOf('en')];
    const cjk = lines.map((l) => [l, own(l).replace(TYPED_CJK, ' ').match(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+/g)] as const).filter(([, w]) => w);
    expect(cjk).toEqual([]);
  });
});

test('the corpus\'s bad cells are each named, in both languages', async () => {
  const { msgs } = messages({ value: await demoRead() });
  const codes = new Set(msgs.map((m) => m.code));
  for (const c of ['cell.hoursRange', 'cell.negativeAmount', 'cell.badAmount', 'cell.yearRange', 'cell.serialRange', 'cell.noSuchDate', 'cell.ratingRange', 'cell.badBool', 'row.timeOrder', 'tier.unknownFactor', 'tier.unknownTier', 'row.required', 'cell.formulaError']) {
    expect(codes).toContain(c);
  }
});
