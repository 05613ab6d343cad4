// Cells that are not what they claim: each bad cell is named by row and column with its reason,
// the good rows still go through, and nothing prints as NaN. Dates typed as text in the common
// Chinese forms and Excel serials are read, not refused.
import { join } from 'node:path';
import { col, demoRows, writeRegister } from './_register.mjs';

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function make(dir) {
  const good = demoRows(12).filter((_, i) => i !== 5).slice(0, 8); // the demo's row 7 is a bad date
  const base = good[0];
  const bad = [];
  const row = (id, header, value) => {
    const r = [...base];
    r[col('编号')] = id;
    r[col(header)] = value;
    bad.push({ id, header, value, r });
  };
  row('BAD-PAUSE', '暂停时长(小时)', 1e12);
  row('BAD-PAUSE-TEXT', '暂停时长(小时)', '100000小时');
  row('BAD-NEG', '损失金额（元）', -5);
  row('BAD-NEG-TEXT', '损失金额（元）', '-5,000元');
  row('BAD-NAN', '损失金额（元）', 'NaN');
  row('BAD-INF', '损失金额（元）', 'Infinity');
  row('BAD-1899', '受理时间', '1899-12-31 10:00');
  row('BAD-10000', '受理时间', '10000-01-01');
  row('BAD-SERIAL', '受理时间', 3_000_000);
  row('BAD-FEB30', '首次联系时间', '2026年2月30日 14:30');
  row('BAD-RATING', '回访满意度', 7);
  const reads = [
    ['TEXT-SLASH', '受理时间', '2026/8/1 10:14'],
    ['TEXT-ZH', '受理时间', '2026年8月1日 10:14'],
    ['TEXT-ISO', '受理时间', '2026-08-01T10:14'],
    ['SERIAL', '受理时间', 46235.42638888889],
    ['LONG', '投诉内容', `很长的投诉${'字'.repeat(32_757)}`],
    ['CONTROL', '投诉内容', '换行\n制表\t响铃\u0007结束'],
    ['EMOJI', '投诉事项', '快递盒破了😡📦'],
    ['RTL', '客户', 'مرحبا שלום'],
    ['FORMULA', '投诉事项', '=HYPERLINK("http://x","点我")'],
  ];
  const okRows = reads.map(([id, header, value]) => {
    const r = [...base];
    r[col('编号')] = id;
    r[col(header)] = value;
    return r;
  });
  const reg = await writeRegister(join(dir, 'cells.xlsx'), [...good, ...okRows, ...bad.map((b) => b.r)]);
  const inputs = [reg];
  const total = good.length + okRows.length + bad.length;
  const cases = bad.map((b) => ({
    name: `bad cell ${b.id}: ${b.header} = ${String(b.value).slice(0, 30)} is named by row and column`,
    args: ['check', reg, '--as-of', '2026-11-05 10:00'],
    expectExit: 1,
    stdout: `\\n${good.length + okRows.length + bad.indexOf(b) + 2}\\s+${esc(b.id)}\\s[^\\n]*\\[${esc(b.header)}\\] [^\\n]*(超出范围|不能为负|无法识别|不存在)`,
    inputs,
  }));
  cases.push(
    { name: 'check: every row listed, the bad ones counted, no NaN anywhere', args: ['check', reg, '--as-of', '2026-11-05 10:00'], expectExit: 1, stdout: `^(?![\\s\\S]*(NaN-|-NaN|0NaN))[\\s\\S]*共 ${total} 件投诉[\\s\\S]*\\d+ 行共 \\d+ 处单元格有误`, inputs },
    { name: 'check --json: the text dates and the serial are read (same received time as the demo row)', args: ['check', reg, '--as-of', '2026-11-05 10:00', '--json'], expectExit: 1, stdout: '"id":"TEXT-SLASH","tier":"[a-z]+"[\\s\\S]*"id":"TEXT-ZH","tier":"[a-z]+"[\\s\\S]*"id":"TEXT-ISO","tier":"[a-z]+"[\\s\\S]*"id":"SERIAL","tier":"[a-z]+"', inputs },
    { name: 'report: bad rows on stderr by sheet and row, good rows in the figures', args: ['report', reg, '--month', '2026-08', '--out', 'cells-report.xlsx'], expectExit: 0, stderr: '工作表「投诉登记表」有 \\d+ 行无法读取[\\s\\S]*第 \\d+ 行：\\[受理时间\\]', stdout: `有效投诉 (1[0-9]|[2-9][0-9]) 件`, inputs },
    { name: 'report --json: no NaN, no Infinity', args: ['report', reg, '--month', '2026-08', '--out', 'cells-json.xlsx', '--json'], expectExit: 0, stdout: '^(?![\\s\\S]*(NaN|Infinity))\\{"period"', inputs },
  );
  return cases;
}
