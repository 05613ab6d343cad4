// Every command in a Chinese and an English locale: labels, formats and exit codes (issue 16).
// Chinese is the default (LANG=zh_CN or C); English with LANG=en_* or --lang en.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'locale-'));
const messy = join(__dirname, 'fixtures', 'register-messy.xlsx');

function cli(args: string[], LANG: string) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'complaints.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG, LC_ALL: '', LC_MESSAGES: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const zh = { LANG: 'zh_CN.UTF-8', extra: [] as string[] };
const en = { LANG: 'en_US.UTF-8', extra: [] as string[] };
const enByOption = { LANG: 'zh_CN.UTF-8', extra: ['--lang', 'en'] };

const words = {
  zh: { header: /^行\s+编号\s+等级\s+状态\s+剩余\/超期\s+超期节点\s+截止\s+问题$/m, overdue: '已超期', tier: /重大投诉|一般投诉|重要投诉/, milestone: '首次联系', left: /(超期|剩) \d+(天\d+小时|小时|分钟| 个工作日)|今日截止/, summary: '共 7 件投诉', wrote: /^已写入 r\.xlsx：月度统计, 月度考核, 满意度, 超期清单, 读取说明$/m, valid: /有效投诉 \d+ 件/, unknown: /^complaints: 未知选项 --jsn，是否想用 --json？/, missing: /^complaints: 缺少参数 <file>/, demo: /已写入 .*demo-register\.xlsx（320 件投诉）/ },
  en: { header: /^Row\s+ID\s+Tier\s+Status\s+Left \/ overdue\s+Breached\s+Due\s+Problems$/m, overdue: 'Overdue', tier: /Major|General|Important/, milestone: 'Contact', left: /\d+ (d \d+ h|h|min|h \d+ min) (left|overdue)|\d+ working day\(s\) (left|overdue)|due today/, summary: '7 complaints', wrote: /^wrote r\.xlsx: 月度统计, 月度考核, 满意度, 超期清单, 读取说明$/m, valid: /\d+ valid complaints/, unknown: /^complaints: unknown option --jsn; did you mean --json\?/, missing: /^complaints: missing argument <file>/, demo: /wrote .*demo-register\.xlsx \(320 complaints\)/ },
};

describe.each([
  ['zh (LANG=zh_CN.UTF-8)', zh, words.zh],
  ['en (LANG=en_US.UTF-8)', en, words.en],
  ['en (--lang en over LANG=zh_CN)', enByOption, words.en],
])('%s', (_name, loc, w) => {
  const run = (args: string[]) => cli([...args, ...loc.extra], loc.LANG);

  test('check: table labels, wall-clock dates, time left in the clock unit, summary, exit 1 on findings', () => {
    const r = run(['check', messy, '--as-of', '2026-11-06 12:00']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
    expect(r.out).toMatch(w.header);
    expect(r.out).toContain(w.overdue);
    expect(r.out).toMatch(w.tier);
    expect(r.out).toContain(w.milestone);
    expect(r.out).toMatch(w.left);
    expect(r.out).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(r.out).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}/);
    expect(r.out).not.toMatch(/-?\d+\.\d h\b|-\d{2,}\.\d/); // no raw "-982.6" hours
    expect(r.out).toContain(w.summary);
  });

  test('check --json: the same machine format in every language, messages in the reader\'s', () => {
    const r = run(['check', messy, '--as-of', '2026-11-06 12:00', '--json']);
    expect(r.code).toBe(1);
    const zhOut = cli(['check', messy, '--as-of', '2026-11-06 12:00', '--json'], 'C').out;
    // Tools rely on codes: with the rendered words taken out, every language prints the same document
    // (a row's tierReason is rendered words too since issue 12; tierReasonCode stays).
    const machine = (text: string) => JSON.stringify(JSON.parse(text), (k, v) => (k === 'message' || k === 'warnings' || k === 'params' || k === 'why' || k === 'tierReason' ? undefined : v));
    expect(machine(r.out)).toBe(machine(zhOut));
    const firstError = (text: string) => JSON.parse(text).rows.flatMap((x: { errors: { message: string }[] }) => x.errors)[0].message as string;
    expect(firstError(r.out)).toMatch(w === words.en ? /^no such date "2026-02-30 10:00"/ : /^日期不存在 "2026-02-30 10:00"/);
  });

  test('report: summary lines, exit 0', () => {
    const r = run(['report', messy, '--month', '2026-11', '--as-of', '2026-11-30 12:00', '--out', 'r.xlsx']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(w.wrote);
    expect(r.out).toMatch(w.valid);
  });

  test('report --json: the same in every language', () => {
    const r = run(['report', messy, '--month', '2026-11', '--as-of', '2026-11-30 12:00', '--out', 'j.xlsx', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).period.label).toBe('2026-11');
  });

  test('demo: what it wrote, exit 0', () => {
    const r = run(['demo', '--out', `demo-${loc.LANG}-${loc.extra.length}`]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(w.demo);
  }, 60_000);

  test('--help: Chinese with English beside, an example per command; --version', () => {
    for (const cmd of [[], ['check'], ['report'], ['demo']]) {
      const r = run([...cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/用法 Usage:/);
      expect(r.out).toMatch(/示例 Examples?:\n {2}complaints /);
    }
    expect(run(['report', '--help']).out).toMatch(/--month 与 --quarter 恰好给一个[\s\S]*exactly one of --month \/ --quarter/);
    const v = run(['--version']);
    expect(v.code).toBe(0);
    expect(v.out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('usage errors: one line in the language, exit 2', () => {
    const u = run(['check', messy, '--jsn']);
    expect(u.code).toBe(2);
    expect(u.err).toMatch(w.unknown);
    expect(u.err.trim().split('\n')).toHaveLength(1);
    const m = run(['check']);
    expect(m.code).toBe(2);
    expect(m.err).toMatch(w.missing);
  });
});

// The exit code of every path (README "Exit codes").
test.each<[string, string[], number]>([
  ['check with findings', ['check', messy, '--as-of', '2026-11-06 12:00'], 1],
  ['report written', ['report', messy, '--month', '2026-11', '--as-of', '2026-11-30 12:00', '--out', 'e.xlsx'], 0],
  ['--version', ['--version'], 0],
  ['--help', ['--help'], 0],
  ['no command', [], 2],
  ['missing argument', ['check'], 2],
  ['unknown option', ['check', messy, '--jsn'], 2],
  ['unknown command', ['chek'], 2],
  ['option without value', ['report', messy, '--month'], 2],
  ['bad --tz', ['check', messy, '--tz', 'Nowhere/Invalid'], 2],
  ['bad --as-of', ['check', messy, '--as-of', 'soon'], 2],
  ['month 2026-13', ['report', messy, '--month', '2026-13'], 2],
  ['neither period', ['report', messy], 2],
  ['--out not .xlsx', ['report', messy, '--month', '2026-11', '--out', 'x.pdf'], 2],
  ['--out is the input', ['report', messy, '--month', '2026-11', '--out', messy], 2],
  ['no such file', ['check', join(dir, 'nope.xlsx')], 2],
  ['not a workbook', ['check', join(__dirname, 'fixtures', 'not-a-workbook.xlsx')], 2],
  ['no register sheet', ['check', join(__dirname, 'fixtures', 'no-register.xlsx')], 2],
  ['a broken policy', ['check', join(__dirname, 'fixtures', 'bad-policy.xlsx')], 2],
])('exit code: %s → %d', (_n, args, code) => {
  expect(cli(args, 'C.UTF-8').code).toBe(code);
});
