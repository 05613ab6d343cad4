// Options a user can get wrong, and the exit code of every path (0 ok, 1 findings, 2 usage or
// unreadable input): one clear line on stderr, never the whole help, never a stack trace.
import { join } from 'node:path';
import { demoRows, writeRegister } from './_register.mjs';

export async function make(dir) {
  const reg = await writeRegister(join(dir, 'register.xlsx'), demoRows(1000));
  const clean = await writeRegister(join(dir, 'clean.xlsx'), demoRows(5));
  const inputs = [reg, clean];
  const one = '^complaints: [^\\n]+\\n$'; // exactly one line
  const c = (name, args, expectExit, stderr, stdout) => ({ name, args, expectExit, stderr, stdout, inputs });
  return [
    c('check ok: exit 0 or 1 by findings (these rows have overdue ones)', ['check', reg, '--as-of', '2026-11-05 10:00'], 1, undefined, '已超期'),
    c('check of a register with no findings: exit 0', ['check', clean, '--as-of', '2026-11-05 10:00'], 0, undefined, '共 5 件投诉'),
    c('report ok: exit 0', ['report', reg, '--month', '2026-08', '--out', 'r.xlsx'], 0, undefined, '已写入 r\\.xlsx'),
    c('--version: exit 0', ['--version'], 0, undefined, '^\\d+\\.\\d+\\.\\d+\\n$'),
    c('--help: exit 0, Chinese with English beside', ['--help'], 0, undefined, '用法 Usage:[\\s\\S]*示例 Examples'),
    c('report --help says exactly one of --month/--quarter', ['report', '--help'], 0, undefined, '恰好给一个[\\s\\S]*exactly one of --month'),
    c('no command at all: the overview, exit 2', [], 2, '用法 Usage'),
    c('missing register argument', ['check'], 2, `${one.slice(0, -1)}`.replace('[^\\n]+', '缺少参数 <file>[^\\n]*')),
    c('unknown option names it and the closest valid one', ['check', reg, '--jsn'], 2, '^complaints: 未知选项 --jsn，是否想用 --json？[^\\n]*\\n$'),
    c('unknown option in English', ['check', reg, '--as-off', '2026-11-05 10:00', '--lang', 'en'], 2, "^complaints: unknown option --as-off; did you mean --as-of\\?[^\\n]*\\n$"),
    c('unknown command suggests the closest', ['chek', reg], 2, '未知命令 chek，是否想用 check？'),
    c('option without its value', ['report', reg, '--month'], 2, '选项 --month <YYYY-MM> 需要一个值'),
    c('--tz Nowhere/Invalid', ['check', reg, '--tz', 'Nowhere/Invalid'], 2, '^complaints: --tz Nowhere/Invalid：未知时区[^\\n]*\\n$'),
    c('--as-of malformed', ['check', reg, '--as-of', 'yesterday'], 2, '^complaints: --as-of "yesterday"：应为 "YYYY-MM-DD HH:mm"[^\\n]*\\n$'),
    c('--as-of no such date', ['check', reg, '--as-of', '2026-02-30 10:00'], 2, '日期不存在'),
    c('--as-of hour 25', ['check', reg, '--as-of', '2026-11-05 25:00'], 2, '时间无效'),
    c('--month 2026-13', ['report', reg, '--month', '2026-13'], 2, '^complaints: "2026-13" 不是月份[^\\n]*\\n$'),
    c('--month 2026-00', ['report', reg, '--month', '2026-00'], 2, '不是月份'),
    c('--quarter 2026-Q5', ['report', reg, '--quarter', '2026-Q5'], 2, '不是月份'),
    c('--month given a quarter', ['report', reg, '--month', '2026-Q3'], 2, '--month 2026-Q3：应为 YYYY-MM'),
    c('neither --month nor --quarter', ['report', reg], 2, '恰好一个'),
    c('both --month and --quarter', ['report', reg, '--month', '2026-08', '--quarter', '2026-Q3'], 2, '恰好一个'),
    c('--as-of before the period begins', ['report', reg, '--month', '2026-10', '--as-of', '2026-09-15 00:00', '--out', 'early.xlsx'], 2, '早于 2026-10 的开始'),
    c('a period that has not begun', ['report', reg, '--month', '2099-01', '--out', 'future.xlsx'], 2, '2099-01 尚未开始'),
    c('--as-of after the period: allowed, and said', ['report', reg, '--month', '2026-08', '--as-of', '2026-09-15 00:00', '--out', 'late.xlsx'], 0, '晚于 2026-08 的结束'),
    c('a period with no complaints: a labelled workbook', ['report', reg, '--month', '2026-03', '--out', 'empty.xlsx'], 0, undefined, '2026-03 没有受理任何投诉'),
    c('--out with a non-.xlsx extension', ['report', reg, '--month', '2026-08', '--out', 'report.csv'], 2, '文件名须以 \\.xlsx 结尾'),
    c('--lang fr', ['check', reg, '--lang', 'fr'], 2, '--lang fr：应为 zh 或 en'),
    c('no such register file', ['check', join(dir, 'missing.xlsx')], 2, '文件不存在|no such file'),
    c('no such --policy file', ['check', reg, '--policy', join(dir, 'missing.json')], 2, '不是预设.*也没有这个文件'),
    c('too many arguments', ['check', reg, reg], 2, '多余的参数'),
  ];
}
