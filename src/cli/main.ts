#!/usr/bin/env node
// The `complaints` command: the same engine as the add-in, headless, on any .xlsx.
import { Command } from 'commander';
import { runCheck, printCheck } from './check';
import { runDemo } from './demo';
import { runReport } from './report';
import { UserError } from './load';
import { REGISTER_ZONE } from '../core/now';

const out = (s: string) => process.stdout.write(`${s}\n`);

async function guard(fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof UserError) {
      process.stderr.write(`complaints: ${e.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`complaints: internal error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 70;
  }
}

export function program(): Command {
  const p = new Command('complaints')
    .description('投诉登记表 complaint register: tiers, SLA clocks on Chinese working days, checks and reports')
    .showHelpAfterError();

  p.command('check')
    .description('check a register workbook: tier, deadlines, breaches and status of every complaint')
    .argument('<file>', 'register workbook (.xlsx)')
    .option('--sheet <name>', 'register sheet (default: the first sheet whose headers match)')
    .option('--policy <preset|file>', 'severity | class | urgency, a policy .json, or an .xlsx with a 投诉政策 sheet (default: the workbook\'s 投诉政策 sheet, else severity)')
    .option('--as-of <time>', 'evaluate at this wall-clock time, "YYYY-MM-DD HH:mm" (default: now)')
    .option('--tz <zone>', 'time zone of "now" when --as-of is not given', REGISTER_ZONE)
    .option('--json', 'print JSON')
    .option('--ndjson', 'print JSON, one row per line and the summary last')
    .action((file: string, opts) => guard(async () => printCheck(await runCheck(file, opts), opts.ndjson ? 'ndjson' : !!opts.json, out)));

  p.command('report')
    .description('monthly or quarterly figures, appraisal and satisfaction: writes the appraisal workbook')
    .argument('<file>', 'register workbook (.xlsx)')
    .option('--month <YYYY-MM>', 'the month')
    .option('--quarter <YYYY-Qn>', 'the quarter')
    .option('--sheet <name>', 'register sheet (default: the first sheet whose headers match)')
    .option('--policy <preset|file>', 'as for check')
    .option('--as-of <time>', 'evaluate at this wall-clock time (default: the end of the period)')
    .option('--out <file>', 'output workbook (default: appraisal-<period>.xlsx)')
    .option('--include-contacts', 'keep phone numbers and e-mail addresses unmasked')
    .option('--json', 'also print every figure as JSON on stdout')
    .action((file: string, opts) => guard(async () => {
      await runReport(file, opts, { out, err: (s) => process.stderr.write(`${s}\n`) });
    }));

  p.command('demo')
    .description('write a realistic demo register workbook and check it')
    .option('--out <dir>', 'output folder', 'demo-out')
    .action((opts) => guard(() => runDemo(opts.out, out)));

  return p;
}

if (require.main === module) {
  program().parseAsync(process.argv).catch((e) => {
    process.stderr.write(`complaints: ${(e as Error).message}\n`);
    process.exitCode = 2;
  });
}
