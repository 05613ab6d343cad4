// The `complaints check` command as a user runs it: the compiled CLI on real .xlsx fixtures.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..');
const fixture = (name: string) => join(__dirname, 'fixtures', name);

function cli(args: string[], tz = 'Asia/Shanghai') {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'complaints.js'), ...args], { encoding: 'utf8', env: { ...process.env, TZ: tz, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('complaints check --json', () => {
  const r = cli(['check', fixture('register-messy.xlsx'), '--as-of', '2026-11-04 12:00', '--json']);
  const json = JSON.parse(r.out);

  test('exits 1 when the register was read and has findings (here: bad cells)', () => {
    expect(r.code).toBe(1);
    expect(r.err).toBe('');
  });

  test('every row has the documented fields', () => {
    for (const row of json.rows) {
      expect(Object.keys(row)).toEqual(expect.arrayContaining(['row', 'id', 'tier', 'due', 'breached', 'status', 'errors']));
      expect(typeof row.row).toBe('number');
      for (const d of Object.values(row.due)) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/);
      for (const e of row.errors) expect(Object.keys(e).sort()).toEqual(['code', 'column', 'message', 'params']);
      for (const e of row.errors) expect(e.code).toMatch(/^(cell|row|tier)\.\w+$/);
    }
  });

  test.each([
    [4, 'A-1', 'important', { report: '2026-11-04T02:00', plan: '2026-11-05T14:00', resolve: '2026-11-12' }, [], 'on-track'],
    // 000 "重大投诉 … report to supervisor: immediately" is a 1 h clock (issue 13): not reported by 11-04 12:00, overdue.
    [5, 'A-2', 'major', { contact: '2026-11-03T20:00', report: '2026-11-03T15:00', plan: '2026-11-04T14:00', resolve: '2026-11-24' }, ['contact', 'report'], 'overdue'],
    [6, 'A-3', 'general', { contact: '2026-11-03T09:00', plan: '2026-11-04T09:00', followup: '2026-11-06' }, [], 'on-track'],
    [8, 'A-4', '', {}, [], 'error'],
    [9, 'A-5', '', {}, [], 'error'],
  ])('row %d (%s)', (row, id, tier, due, breached, status) => {
    const got = json.rows.find((x: { row: number }) => x.row === row);
    expect(got).toMatchObject({ row, id, tier, due, breached, status });
  });

  test('bad cells name their column as found', () => {
    const errs = json.rows.flatMap((x: { row: number; errors: { column: string }[] }) => x.errors.map((e) => `${x.row}:${e.column}`));
    expect(errs).toEqual(['8:投诉时间', '8:损失金额（元）', '8:情 形', '9:客户名称', '10:满意度', '11:首次联系时间']);
  });

  test('summary', () => {
    expect(json.summary).toMatchObject({ rows: 7, rowsWithErrors: 4, errors: 6, invalid: 1, asOf: '2026-11-04T12:00', policy: 'severity', sheet: '11月登记' });
    // The invalid row (是否有效 = 否) is never overdue or due soon (issue 13): its own status.
    expect(json.summary.byStatus).toMatchObject({ 'due-soon': 0, 'on-track': 3, error: 2, overdue: 1, invalid: 1 });
  });

  test('the same answer in Los Angeles', () => {
    const la = cli(['check', fixture('register-messy.xlsx'), '--as-of', '2026-11-04 12:00', '--json'], 'America/Los_Angeles');
    expect(la.out).toBe(r.out);
  });
});

describe('policy sources', () => {
  test("the workbook's 投诉政策 sheet applies, with its own calendar day", () => {
    const j = JSON.parse(cli(['check', fixture('register-with-policy.xlsx'), '--as-of', '2026-11-07 12:00', '--json']).out);
    expect(j.summary.policy).toBe('集团投诉办法');
    expect(j.rows.map((x: { tier: string }) => x.tier)).toEqual(['class1', 'class2', 'class1']);
    expect(j.rows[0].due).toEqual({ report: '2026-11-10', resolve: '2026-11-13' }); // 11-09 is the company's day off
    expect(j.rows[2].tierRule).toBe('repeat');
  });

  test('--policy overrides the sheet', () => {
    const j = JSON.parse(cli(['check', fixture('register-with-policy.xlsx'), '--policy', 'urgency', '--as-of', '2026-11-07 12:00', '--json']).out);
    expect(j.summary.policy).toBe('urgency');
    expect(j.rows[0].due).toEqual({ contact: '2026-11-07T16:00' });
  });

  test('--preset picks a shipped preset by name (001 有效投诉考核: 1个工作日内进行登记; 一般性投诉 2个工作日内…答复)', () => {
    const j = JSON.parse(cli(['check', fixture('register-with-policy.xlsx'), '--preset', 'valid-001', '--as-of', '2026-11-07 12:00', '--json']).out);
    expect(j.summary.policy).toBe('valid-001');
    expect(j.rows[0].tier).toBe('simple');
    expect(Object.keys(j.rows[0].due).sort()).toEqual(['contact', 'resolve']);
  });

  test('a broken policy sheet: non-zero exit, every problem with its row', () => {
    const r = cli(['check', fixture('bad-policy.xlsx')]);
    expect(r.code).not.toBe(0);
    // Issue 12: the heading and the places in Chinese too (they were English under the default zh).
    expect(r.err).toMatch(/^complaints: 政策（sheet 投诉政策）有 2 处问题：\n/);
    expect(r.err).toContain('投诉政策 第 3 行：时限数值须为不小于 0 的数字，实为 -1');
    expect(r.err).toContain('投诉政策 第 4 行：未知的等级「zzz」（等级：a）');
    // The same problems in English when the reader asks for it.
    const e = cli(['check', fixture('bad-policy.xlsx'), '--lang', 'en']);
    expect(e.code).not.toBe(0);
    expect(e.err).toContain('row 3: the amount must be a non-negative number, got -1');
    expect(e.err).toContain('row 4: unknown tier "zzz" (tiers: a)');
  });

  test('--sheet picks the register', () => {
    const r = cli(['check', fixture('register-messy.xlsx'), '--sheet', '说明']);
    expect(r.code).not.toBe(0);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('unreadable input: one clear line, non-zero exit', () => {
  test.each([
    ['no such file', ['check', 'no-such-file.xlsx'], /no such file|文件不存在/],
    ['not a workbook', ['check', fixture('not-a-workbook.xlsx')], /not-a-workbook\.xlsx as an \.xlsx workbook|not-a-workbook\.xlsx 当作 \.xlsx 工作簿读取/],
    ['no register sheet', ['check', fixture('no-register.xlsx')], /no register sheet found.*库存|找不到登记表.*（工作表：库存）/],
    ['bad --as-of', ['check', fixture('register-messy.xlsx'), '--as-of', 'tomorrow'], /--as-of "tomorrow"/],
    ['unknown preset', ['check', fixture('register-messy.xlsx'), '--policy', 'strict'], /--policy strict：不是预设（severity, /],
    ['unknown --preset', ['check', fixture('register-messy.xlsx'), '--preset', 'strict'], /--preset strict：没有这个预设（预设：severity, class, urgency, handling-001/],
    ['--preset with --policy', ['check', fixture('register-messy.xlsx'), '--preset', 'class', '--policy', 'urgency'], /--preset class 与 --policy urgency：请只给其中一个/],
    ['unknown preset, in English', ['check', fixture('register-messy.xlsx'), '--policy', 'strict', '--lang', 'en'], /^complaints: --policy strict: not a preset \(severity, [^\u3000-\u9fff]*and no such file\n$/],
    ['unknown --preset, in English', ['check', fixture('register-messy.xlsx'), '--preset', 'strict', '--lang', 'en'], /--preset strict: no such preset \(presets: severity, class, urgency, handling-001/],
    ['--preset with --policy, in English', ['check', fixture('register-messy.xlsx'), '--preset', 'class', '--policy', 'urgency', '--lang', 'en'], /^complaints: --preset class and --policy urgency: give one of them\n$/],
  ])('%s', (_name, args, message) => {
    const r = cli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message as RegExp);
  });
});

test('the readable table puts overdue rows first', () => {
  const r = cli(['check', fixture('register-messy.xlsx'), '--as-of', '2026-11-06 12:00']);
  expect(r.code).toBe(1);
  const lines = r.out.split('\n');
  const first = lines[2];
  expect(first).toMatch(/已超期/);
  expect(r.out).toMatch(/共 7 件投诉：已超期 \d+/);
});
