#!/usr/bin/env node
// The `complaints` command: the same engine as the add-in, headless, on any .xlsx.
// Exit codes: 0 done, 1 (check) done with findings: cells that could not be read, overdue complaints;
// 2 nothing done: a usage error or an input that cannot be read (one line on stderr).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { runCheck, printCheck, checkFindings, checkForOutput } from './check';
import { runDemo } from './demo';
import { runReportMany } from './consolidate';
import { UserError, policyArg } from './load';
import { PRESET_NAMES } from '../core/policy/presets';
import { REGISTER_ZONE } from '../core/now';
import { collect } from './mapping-args';
import { threadsArg } from './thread-blocks';
import { maskText } from '../core/privacy';
import { chooseLang, langArg, m, setLang } from './lang';
import { helpTitle, EXAMPLES } from './help';
import { commanderMessage } from './usage';

const write = (stream: NodeJS.WriteStream, s: string, mask: boolean) => stream.write(`${mask ? maskText(s) : s}\n`);
let maskLines = true;
const out = (s: string) => write(process.stdout, s, maskLines);
const err = (s: string) => write(process.stderr, s, maskLines);

function version(): string {
  try {
    return JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

/** Runs one command; a UserError is one line and exit 2, anything else one line too (stack on request). */
async function guard(fn: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await fn();
  } catch (e) {
    if (e instanceof UserError) {
      err(`complaints: ${e.message}`);
    } else {
      err(`complaints: ${m('err.internal', { why: (e as Error).message ?? String(e) })}`);
      if (process.env.COMPLAINTS_DEBUG === '1') process.stderr.write(`${(e as Error).stack}\n`);
    }
    process.exitCode = 2;
  }
}

export function program(): Command {
  const p = new Command('complaints')
    .description('投诉登记表：等级、按中国工作日计的处理时限、检查与月报\ncomplaint register: tiers, SLA clocks on Chinese working days, checks and reports')
    .version(version(), '-V, --version', '显示版本 show the version')
    .helpOption('-h, --help', '显示帮助 show help')
    .helpCommand('help [command]', '显示某个命令的帮助 help for a command')
    .option('--lang <zh|en>', '输出语言 output language (default: zh, or en when LANG=en*)')
    .configureHelp({ styleTitle: helpTitle })
    .configureOutput({ outputError: () => undefined })
    .exitOverride()
    .addHelpText('after', EXAMPLES.main);

  p.command('check')
    .description('检查登记表：每件投诉的等级、各节点截止时间、超期与状态\ncheck a register: tier, deadlines, breaches and status of every complaint')
    .argument('<file>', '登记表工作簿 register workbook (.xlsx)')
    .option('--sheet <name>', '登记表所在工作表 register sheet (default: the first whose headers match)')
    .option('--policy <preset|file>', `政策：预设名、政策 .json 或含「投诉政策」表的 .xlsx（默认：工作簿中的「投诉政策」，否则 severity）\npolicy preset, .json, or an .xlsx with a 投诉政策 sheet`)
    .option('--preset <name>', `预设政策 a shipped preset: ${PRESET_NAMES.join(' | ')}`)
    .option('--as-of <time>', '按此时间评估 evaluate at "YYYY-MM-DD HH:mm" (default: now)')
    .option('--tz <zone>', '未给 --as-of 时“现在”的时区 time zone of "now"', REGISTER_ZONE)
    .option('--json', '输出 JSON print JSON')
    .option('--ndjson', '逐行输出 JSON，每行一件投诉，最后一行为汇总 print JSON, one row per line and the summary last')
    .option('--include-contacts', '不脱敏联系方式 keep phone numbers, e-mails and ID numbers unmasked')
    .option('--map <header=field,…>', '指定列的含义（- 表示不读该列），可重复 say which column is which, e.g. "开始日期=received,服务人员=handler" (- leaves a column unread); repeatable', collect)
    .option('--value-map <field:word=meaning,…>', '列中词语的含义，可重复 what a column\'s words mean, e.g. "tier:High=重要投诉" or "satisfaction:满意=4"; repeatable', collect)
    .addHelpText('after', EXAMPLES.check)
    .action((file: string, opts) => guard(async () => {
      maskLines = !opts.includeContacts;
      opts.policy = policyArg(opts);
      const r = await runCheck(file, opts);
      await printCheck(checkForOutput(r, !!opts.includeContacts), opts.ndjson ? 'ndjson' : !!opts.json, out);
      return checkFindings(r) ? 1 : 0;
    }));

  p.command('report')
    .description('月度或季度统计、考核与满意度：写出考核工作簿（--month 与 --quarter 恰好给一个）\nmonthly or quarterly figures, appraisal and satisfaction: writes the appraisal workbook (exactly one of --month / --quarter)')
    .argument('<files...>', '登记表工作簿（.xlsx）或其所在文件夹：多个登记表合成一份考核，每个登记表为一个分公司\nregister workbook(s) (.xlsx), or a folder of them: several registers make one appraisal with a 分公司 (branch) per register')
    .option('--month <YYYY-MM>', '月份 the month')
    .option('--quarter <YYYY-Qn>', '季度 the quarter')
    .option('--sheet <name>', '登记表所在工作表 register sheet')
    .option('--policy <preset|file>', '同 check as for check')
    .option('--preset <name>', '同 check as for check')
    .option('--as-of <time>', '数据截至 evaluate at "YYYY-MM-DD HH:mm" (default: the end of the period, or now if it is not over)')
    .option('--tz <zone>', '“现在”的时区 time zone of "now"', REGISTER_ZONE)
    .option('--out <file.xlsx>', '输出工作簿 output workbook (default: reports/appraisal-<period>.xlsx)')
    .option('--include-contacts', '不脱敏联系方式 keep contacts unmasked')
    .option('--json', '同时在标准输出打印全部数字 also print every figure as JSON')
    .option('--map <header=field,…>', '同 check，适用于每个登记表 as for check; applies to every register', collect)
    .option('--value-map <field:word=meaning,…>', '同 check as for check', collect)
    .option('--merge', '多个登记表是同一登记表的几部分（如每月一个），不分分公司 several registers are parts of one (e.g. one per month): no 分公司 per register')
    .option('--threads <1|2>', '读取线程数 threads for reading a register (default: 2 above 1 MB)', threadsArg)
    .addHelpText('after', EXAMPLES.report)
    .action((files: string[], opts) => guard(async () => {
      maskLines = !opts.includeContacts;
      opts.policy = policyArg(opts);
      // Written is done: rows left out are listed on stderr and in the workbook's 月度统计.
      await runReportMany(files, opts, { out, err });
      return 0;
    }));

  p.command('demo')
    .description('写出示例登记表并检查、出月报\nwrite a realistic demo register workbook, check it and report its last full month')
    .option('--out <dir>', '输出文件夹 output folder', 'demo-out')
    .addHelpText('after', EXAMPLES.demo)
    .action((opts) => guard(async () => {
      await runDemo(opts.out, out);
      return 0;
    }));

  return p;
}

/** Reading stops early (`| head`): nothing left to say, so leave quietly. */
function quietOnEpipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

export async function main(argv: string[]): Promise<void> {
  quietOnEpipe(process.stdout);
  quietOnEpipe(process.stderr);
  setLang(chooseLang(argv.slice(2), process.env));
  const asked = langArg(argv.slice(2));
  if (asked !== undefined && asked !== 'zh' && asked !== 'en') {
    process.stderr.write(`complaints: ${m('err.lang', { value: asked })}\n`);
    process.exitCode = 2;
    return;
  }
  const p = program();
  try {
    await p.parseAsync(argv);
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    if (e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version') {
      process.exitCode = 0;
      return;
    }
    // `complaints` alone: commander has shown the overview on stderr; that is a usage error too.
    const line = commanderMessage(e, argv.slice(2));
    if (line !== undefined) process.stderr.write(`complaints: ${line}\n`);
    process.exitCode = 2;
  }
}

if (require.main === module) void main(process.argv);
