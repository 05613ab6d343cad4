// Opens the exported appraisal workbooks in a real client, LibreOffice (headless), converts every
// sheet to CSV as LibreOffice shows it, and checks each figure against `complaints report --json`.
// Also renders the month's workbook to PDF and PNG under artifacts/appraisal-pages/ for a look, and
// runs the print spec (test/report.print.spec.ts: pages, font sizes, charts drawn) with LibreOffice required.
// Run by `npm run test:libreoffice` (CI installs libreoffice-calc-nogui first).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'lo-check-'));
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);
if (!soffice) {
  console.error('check-libreoffice: LibreOffice is not installed (apt-get install -y --no-install-recommends libreoffice-calc-nogui)');
  process.exit(1);
}

let passed = 0;
const failures = [];
const check = (what, ok, detail = '') => (ok ? passed++ : failures.push(`${what}${detail ? `: ${detail}` : ''}`));

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}
const complaints = (...args) => run(process.execPath, [join(root, 'bin', 'complaints.js'), ...args], { cwd: work });

// A profile that recalculates on load, so LibreOffice shows what it computes, not cached values.
const profile = join(work, 'profile');
mkdirSync(join(profile, 'user'), { recursive: true });
writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`);

function toCsv(xlsx) {
  const out = join(work, `csv-${Date.now()}`);
  run(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', '--outdir', out, xlsx]);
  const sheets = {};
  for (const f of readdirSync(out)) sheets[f.replace(/^.*-([^-]+)\.csv$/, '$1')] = parseCsv(readFileSync(join(out, f), 'utf8'));
  return sheets;
}

function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endCell();
    else if (ch === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else if (ch !== '\r') cell += ch;
  }
  if (cell !== '' || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** The data rows of the block titled `title`: after its note line (text in column A only), if any, and its two header rows, to the blank line. */
function block(rows, title) {
  const start = rows.findIndex((r) => r[0] === title);
  if (start < 0) throw new Error(`no block "${title}"`);
  let header = start + 1;
  if (rows[header].slice(1).every((c) => c === '')) header++;
  const data = [];
  for (let r = header + 2; r < rows.length && rows[r].some((c) => c !== ''); r++) data.push(rows[r]);
  return data;
}

const num = (s) => (s === '' || s === undefined ? null : Number(String(s).replace(/[,%]/g, '')));
const near = (what, shown, expected, tol) => {
  const got = num(shown);
  const ok = expected === null ? got === null : got !== null && Math.abs(got - expected) <= tol;
  check(what, ok, `LibreOffice shows "${shown}", --json says ${expected}`);
};
const pct = (what, shown, v) => near(what, shown, v === null ? null : v * 100, 0.05 + 1e-9);
const int = (what, shown, v) => near(what, shown, v, 0);
const dec = (what, shown, v) => near(what, shown, v, 0.005 + 1e-9);
const text = (what, shown, v) => check(what, shown === v, `LibreOffice shows "${shown}", --json says "${v}"`);

const ZH = { contact: '首次联系', report: '上报/派单', plan: '初步方案', resolve: '办结', followup: '回访' };

function compare(sheets, f) {
  const stats = sheets['月度统计'];
  const ov = Object.fromEntries(block(stats, '概览 Overview').map((r) => [r[0], r]));
  int('有效投诉', ov['有效投诉'][2], f.population);
  int('无效投诉', ov['无效投诉'][2], f.invalid);
  int('无法读取未计入', ov['无法读取未计入'][2], f.badRows.length);
  for (const [zh, r] of [['二次投诉率', f.secondary], ['解决率', f.resolution], ['及时率(全部节点)', f.onTime.all]]) {
    int(`${zh} numerator`, ov[zh][2], r.num);
    int(`${zh} denominator`, ov[zh][3], r.den);
    pct(zh, ov[zh][4], r.value);
  }
  for (const r of block(stats, '各节点及时率 On-time rate per milestone')) {
    const key = Object.keys(ZH).find((k) => ZH[k] === r[0]);
    int(`on-time ${key} met`, r[2], f.onTime[key].num);
    int(`on-time ${key} met+breached`, r[3], f.onTime[key].den);
    pct(`on-time ${key}`, r[4], f.onTime[key].value);
  }
  const rt = block(stats, '办结时长 Resolution time');
  dec('mean hours', rt[0][1], f.resolutionTime.meanHours);
  dec('mean working days', rt[0][2], f.resolutionTime.meanWorkdays);
  dec('median hours', rt[1][1], f.resolutionTime.medianHours);
  dec('median working days', rt[1][2], f.resolutionTime.medianWorkdays);
  for (const [title, counts] of [['按等级 By tier', f.byTier], ['按类别 By category', f.byCategory], ['按渠道 By channel', f.byChannel], ['按部门 By department', f.byDepartment], [f.period.kind === 'month' ? '按日 By day of the month' : '按月 By month', f.byDay]]) {
    const rows = block(stats, title);
    check(`${title} rows`, rows.length === counts.length, `${rows.length} vs ${counts.length}`);
    counts.forEach((c, i) => {
      text(`${title} ${c.key}`, rows[i]?.[0], c.key);
      int(`${title} ${c.key} count`, rows[i]?.[1], c.count);
      pct(`${title} ${c.key} share`, rows[i]?.[2], c.share);
    });
  }

  const ap = sheets['月度考核'];
  for (const [title, units] of [['部门考核 Appraisal by department', f.appraisal.departments], ['处理人考核 Appraisal by handler', f.appraisal.handlers]]) {
    const rows = block(ap, title);
    check(`${title} rows`, rows.length === units.length);
    units.forEach((u, i) => {
      const r = rows[i] ?? [];
      text(`${u.unit}`, r[0], u.unit);
      int(`${u.unit} received`, r[1], u.received);
      int(`${u.unit} resolved`, r[2], u.resolved);
      pct(`${u.unit} resolution rate`, r[3], u.resolutionRate);
      pct(`${u.unit} on-time rate`, r[4], u.onTimeRate);
      int(`${u.unit} rated`, r[5], u.rated);
      dec(`${u.unit} mean rating`, r[6], u.meanSatisfaction);
      pct(`${u.unit} CSAT`, r[7], u.csat);
      dec(`${u.unit} timeliness`, r[8], u.components.timeliness);
      dec(`${u.unit} resolution`, r[9], u.components.resolution);
      dec(`${u.unit} satisfaction`, r[10], u.components.satisfaction);
      dec(`${u.unit} score`, r[11], u.score);
      text(`${u.unit} grade`, r[12], u.grade);
    });
  }
  const pen = block(ap, '被投诉人处罚 Penalties per staff member');
  const penRows = pen[0]?.[0]?.startsWith('（无') ? [] : pen;
  check('penalty rows', penRows.length === f.penalties.length, `${penRows.length} vs ${f.penalties.length}`);
  f.penalties.forEach((p, i) => {
    text(`penalty ${p.staff}`, penRows[i]?.[1], p.staff);
    int(`penalty ${p.staff} count`, penRows[i]?.[2], p.count);
    dec(`penalty ${p.staff} fine`, penRows[i]?.[4], p.fine);
  });

  const sat = block(sheets['满意度'], '总体与趋势 Overall and trend');
  for (const [i, b] of [[0, f.satisfaction.register], [1, f.satisfaction.survey]]) {
    int(`satisfaction ${i} responses`, sat[i][2], b.responses);
    dec(`satisfaction ${i} mean`, sat[i][3], b.mean);
    pct(`satisfaction ${i} CSAT`, sat[i][4], b.csat);
  }
  block(sheets['满意度'], '调查各维度 Survey by dimension').forEach((r, i) => {
    const d = f.satisfaction.survey.byDimension[i];
    text(`dimension ${d.zh}`, r[0], d.zh);
    dec(`dimension ${d.zh} mean`, r[3], d.mean);
    pct(`dimension ${d.zh} CSAT`, r[4], d.csat);
  });
  const reopen = block(sheets['满意度'], '不满意须重新处理 Unsatisfied: reopen').map((r) => r[1]);
  text('cases to reopen', reopen.join(' '), f.satisfaction.unsatisfied.map((u) => u.id).join(' '));

  // A one-table sheet prints without its table's title (issue 12: one A4 page): the sheet's subtitle heads the table.
  const od = block(sheets['超期清单'], '超期清单 Breached and overdue complaints').map((r) => r[1]);
  text('overdue list', od.join(' '), f.overdue.map((o) => o.id).join(' '));

  if (f.quarter) {
    const q = block(sheets['季度汇总'], '季度汇总 Quarterly roll-up');
    f.quarter.departments.forEach((u, i) => {
      text(`quarter ${u.unit}`, q[i]?.[0], u.unit);
      dec(`quarter ${u.unit} score`, q[i]?.[11], u.score);
      text(`quarter ${u.unit} grade`, q[i]?.[12], u.grade);
      text(`quarter ${u.unit} previous grade`, q[i]?.[13], u.previousGrade);
      text(`quarter ${u.unit} failed twice`, q[i]?.[14], u.failedTwice ? '是' : '否');
    });
  }
}

complaints('demo', '--out', work);
const register = join(work, 'demo-register.xlsx');
for (const period of [['--month', '2026-10'], ['--month', '2026-11', '--as-of', '2026-11-05 10:00'], ['--quarter', '2026-Q4']]) {
  const out = join(work, `appraisal-${period[1]}.xlsx`);
  const figures = JSON.parse(complaints('report', register, ...period, '--out', out, '--json'));
  const before = passed + failures.length;
  compare(toCsv(out), figures);
  console.log(`${period.join(' ')}: ${passed + failures.length - before} figures compared`);
}

// One look at it as a person would: PDF, then PNG pages.
const pages = join(root, 'artifacts', 'appraisal-pages');
mkdirSync(pages, { recursive: true });
run(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', pages, join(work, 'appraisal-2026-10.xlsx')]);
const pdftoppm = spawnSync('pdftoppm', ['-r', '70', '-png', join(pages, 'appraisal-2026-10.pdf'), join(pages, 'page')]);
console.log(pdftoppm.status === 0 ? `pages rendered to ${pages}` : 'pdftoppm not found: PDF only');

// The printed workbook (A4 pages, ≥ 9 pt, headers whole, the charts drawn): test/report.print.spec.ts,
// which `npm test` skips where LibreOffice is missing; here LibreOffice is required, so it runs.
const print = spawnSync(process.execPath, [join(root, 'node_modules', 'jest', 'bin', 'jest.js'), 'test/report.print.spec.ts'], { cwd: root, stdio: 'inherit', env: { ...process.env, REQUIRE_SOFFICE: '1' } });
check('printed workbook (test/report.print.spec.ts)', print.status === 0, `jest exit ${print.status}`);

for (const f of failures.slice(0, 30)) console.log(`FAIL ${f}`);
console.log(`libreoffice: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
