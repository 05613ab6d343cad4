// Every problem src/core, src/reader and src/workbook produce is a catalogued Msg (code + params),
// never a string built at the site: a scan of the source fails on a new string-built message, so
// later code cannot slip back into mixed-language text. Converting a site is one line:
//   err(`无法识别的金额 ${quoteCell(v)} (…)`)  →  err(msg('cell.badAmount', { value: quoteCell(v) }))
// plus its zh and en entry in src/core/messages/problems.ts. Since issue 12 the scan covers every
// surface: the CLI, the workbook functions, the worker, the pane and its Office backend, and the
// reader's refusals, the CLI's own refusals and thrown errors are shapes it knows.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..');
const SCANNED = ['src/core', 'src/reader', 'src/workbook', 'src/functions', 'src/worker', 'src/cli', 'src/taskpane', 'src/excel'];

/** The shapes a string-built problem takes: an error Result, a problem or warning pushed with text. */
const STRING_BUILT: readonly RegExp[] = [
  /\berr\(\s*[`'"]/g, // err(`…`) / err('…')
  /\bmessage:\s*[`'"]/g, // { …, message: `…` } in a problem or bad cell
  /\b(warnings|notes|problems|errors)\.push\(\s*[`'"]/g, // warnings.push(`…`)
  /\b(bad|add)\(\s*[^,()]*,\s*[^,()]*,\s*[`'"]/g, // add(item, where, `…`) in the policy compiler
  /\bbad\(\s*[`'"]/g, // bad(`…`) in the policy sheet reader
  /\bthis\.refused\s*=\s*[`'"]/g,
  /\brefuse\(\s*'[^']*',\s*[`'"]/g, // refuse('corrupt', `…`) in the reader
  /\bnew (UserError|Error|MsgError)\(\s*[`'"]/g, // throw new Error(`…`) / new UserError('…')
  /\bnew ArgError\(\s*'[^']*',\s*[`'"]/g, // a workbook function's #VALUE! text
];

/**
 * Sites still built as text, each with why and how many. The count may only fall: a file not
 * listed, or a count that grows, fails. The policy problems were the last part converted (issue 12).
 */
const PENDING: Readonly<Record<string, { n: number; why: string }>> = {
  // Not problems: labels of the bilingual report workbook and a data-validation prompt in the register.
  'src/core/report/sheets.ts': { n: 2, why: 'the report title\'s notes (the workbook is labelled in both languages)' },
  'src/workbook/setup-plan.ts': { n: 1, why: 'the data-validation prompt of a register column (the register sheet is Chinese)' },
  // Not for users: a broken invariant of the program, which the CLI shows only as err.internal.
  'src/core/functions/table.ts': { n: 1, why: 'a function id missing from table.json (a build error)' },
  'src/reader/index.ts': { n: 1, why: 'grid() of a sheet name the caller did not take from sheetNames' },
  'src/cli/check.ts': { n: 1, why: 'loadRegister returned before the policy was resolved (a program error)' },
  'src/cli/report.ts': { n: 1, why: 'loadRegister returned before the policy was resolved (a program error)' },
  'src/cli/thread-blocks.ts': { n: 2, why: 'the second reading thread died: an internal failure, shown through err.internal' },
  'src/cli/main.ts': { n: 2, why: 'the "complaints: " program-name prefix before a line already in --lang' },
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) && !n.endsWith('.generated.ts') ? [p] : [];
  });
}

/** Source without comments, so that a comment quoting an old message is not a site. */
const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

const sites = new Map<string, string[]>();
for (const f of SCANNED.flatMap((d) => files(join(root, d)))) {
  const text = code(readFileSync(f, 'utf8'));
  const found = STRING_BUILT.flatMap((re) => [...text.matchAll(re)].map((m) => text.slice(m.index, (m.index ?? 0) + 60).split('\n')[0]));
  if (found.length) sites.set(relative(root, f), found);
}

test('no file outside the pending list builds a problem message as a string', () => {
  const unlisted = [...sites].filter(([f]) => !(f in PENDING)).map(([f, s]) => `${f}: ${s.join(' | ')}`);
  expect(unlisted).toEqual([]);
});

test.each(Object.entries(PENDING))('%s has no more string-built sites than listed (%o)', (file, { n }) => {
  expect((sites.get(file) ?? []).length).toBeLessThanOrEqual(n);
});

test('the scan finds what it looks for (a string-built site in each shape is caught)', () => {
  const samples = ['return err(`bad ${x}`);', "problems.push({ row, message: 'x' });", 'warnings.push(`列 ${c}`);', "add(policy, 'idPattern', `bad`);", "bad('x', 2);", 'this.refused = `no header`;', "throw refuse('corrupt', `part ${p} is bad`);", 'throw new UserError(`--policy ${arg}: no`);', "reject(new Error('后台计算失败 (failed)'));", "throw new ArgError('invalidValue', `bad ${x}`);"];
  for (const s of samples) expect(STRING_BUILT.some((re) => new RegExp(re.source).test(code(s)))).toBe(true);
  for (const s of ["return err(msg('cell.badAmount', { value }));", "problems.push({ row, msg: msg('map.lineType', { type }) });", '// err(`an old message`)', "throw refuse('corrupt', msg('reader.badUtf8', { part }));", "throw new UserError(m('err.noPreset', { preset }));", "throw new ArgError('invalidValue', fnText(r.error));"]) {
    expect(STRING_BUILT.some((re) => new RegExp(re.source).test(code(s)))).toBe(false);
  }
});

/** A string literal with Chinese in it: a message written at its site instead of in the catalogue. */
const CJK_LITERAL = /([`'"])(?:(?!\1)[^\\\n]|\\.)*?[\u3400-\u9fff\uff00-\uffef](?:(?!\1)[^\\\n]|\\.)*?\1/g;

/** The surfaces issue 12 converted last: their words live in the catalogue only, so no Chinese literal is left at a site. */
const CONVERTED = ['src/excel/tables.ts', 'src/excel/register-read.ts', 'src/core/tier.ts', 'src/core/status.ts', 'src/core/report/consolidate.ts', 'src/functions/policy.ts', 'src/worker/xlsx-source.ts', 'src/worker/runner.ts', 'src/taskpane/file-runner.ts', 'src/workbook/operator.ts', 'src/workbook/pane-views.ts', 'src/workbook/model.ts', 'src/cli/load.ts', ...files(join(root, 'src/reader')).map((f) => relative(root, f))];

test.each(CONVERTED)('%s has no Chinese string literal (its words are catalogued, rendered in each surface\'s language)', (file) => {
  const text = code(readFileSync(join(root, file), 'utf8'));
  expect([...text.matchAll(CJK_LITERAL)].map((m) => m[0])).toEqual([]);
});

test('the Chinese-literal scan finds what it looks for', () => {
  expect('return `情形「${t.detail}」→ ${zh(t.rank)}`;'.match(CJK_LITERAL)).toHaveLength(1);
  expect("message: `投诉政策有误 policy problem: ${label}`".match(CJK_LITERAL)).toHaveLength(1);
  expect("msg('reason.factor', { factor, tier })".match(CJK_LITERAL)).toBeNull();
});
