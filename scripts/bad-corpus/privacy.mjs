// Never leak: a register with a customer contact in every column, in every form (mobile with
// and without separators, +86, bracketed and dashed landlines, 400/800, e-mail, ID numbers), in
// its survey sheet, its sheet name, its document properties, a defined name and a comment. Every
// output path runs on it and the harness greps all it printed and wrote (the unzipped XML).
import { join } from 'node:path';
import { CONTACTS, findContacts } from './_contacts.mjs';
import { col, demoRows, HEADERS, writeRegister } from './_register.mjs';

const SHEET = '登记 13812345678';

export async function make(dir) {
  for (const c of CONTACTS) if (findContacts(`x ${c} x`).length === 0) throw new Error(`the privacy grep misses ${c}`);
  const october = demoRows(400).filter((r) => r[col('受理时间')] instanceof Date && r[col('受理时间')].getUTCMonth() === 9);
  const text = ['客户', '联系方式', '投诉事项', '投诉内容', '责任部门', '处理人', '被投诉人', '渠道', '投诉类别', '处理结果'];
  const rows = CONTACTS.map((contact, i) => {
    const r = [...october[i]];
    r[col('编号')] = `P-${i + 1} ${contact}`;
    for (const h of text) r[col(h)] = `${r[col(h)] ?? h} ${contact}`;
    r[col('联系方式')] = contact;
    if (i % 2 === 0) r[col('办结时间')] = null; // still open: on the overdue list
    else r[col('回访满意度')] = 1; // rated 1: on the list to reopen
    return r;
  });
  // A bad cell whose message quotes a contact, in two columns.
  const bad = [...october[20]];
  bad[col('编号')] = 'P-BAD';
  bad[col('损失金额（元）')] = 'wang.li@example.com';
  bad[col('回访满意度')] = '13987654321';
  rows.push(bad);
  const survey = CONTACTS.map((contact, i) => [new Date(Date.UTC(2026, 9, 2 + i, 10)), `客户 ${contact}`, `部门 ${contact}`, 1, 2, 3, 1, `意见 ${contact}`]);
  const reg = await writeRegister(join(dir, 'contacts.xlsx'), rows, {
    headers: HEADERS,
    sheet: SHEET,
    survey,
    edit: (wb, ws) => {
      wb.title = `投诉 ${CONTACTS[0]}`;
      wb.subject = `客户 ${CONTACTS[12]}`;
      wb.creator = `录入人 ${CONTACTS[6]}`;
      wb.description = CONTACTS.join(' ');
      wb.keywords = CONTACTS[14];
      ws.getCell('A2').note = `客户电话 ${CONTACTS[1]}`;
      wb.definedNames.add(`'${SHEET}'!$A$2`, 'tel_13812345678');
    },
  });
  const inputs = [reg];
  return [
    { name: 'check table', args: ['check', reg, '--as-of', '2026-11-05 10:00'], expectExit: 1, stdout: '138\\*\\*\\*\\*5678', inputs },
    { name: 'check table in English', args: ['check', reg, '--as-of', '2026-11-05 10:00', '--lang', 'en'], expectExit: 1, stdout: 'complaints:', inputs },
    { name: 'check --json', args: ['check', reg, '--as-of', '2026-11-05 10:00', '--json'], expectExit: 1, stdout: '"id":"P-1 138\\*\\*\\*\\*5678"', inputs },
    { name: 'report workbook (every sheet, cell, docProps, defined name)', args: ['report', reg, '--month', '2026-10', '--out', 'month.xlsx'], expectExit: 0, stdout: '已写入 month\\.xlsx', stderr: '无法识别的金额', inputs },
    { name: 'report --json', args: ['report', reg, '--month', '2026-10', '--out', 'month-json.xlsx', '--json'], expectExit: 0, stdout: '"overdue":\\[\\{', inputs },
    { name: 'quarterly report at an as-of inside it', args: ['report', reg, '--quarter', '2026-Q4', '--as-of', '2026-11-05 10:00', '--out', 'quarter.xlsx'], expectExit: 0, stdout: '季度汇总', inputs },
    { name: 'report to the default folder', args: ['report', reg, '--month', '2026-10'], expectExit: 0, stdout: 'reports/appraisal-2026-10\\.xlsx', inputs },
    // The control: asked for, the contacts are there, so the grep above would have seen them.
    { name: 'control: --include-contacts keeps them (grep skipped)', args: ['check', reg, '--as-of', '2026-11-05 10:00', '--json', '--include-contacts'], expectExit: 1, stdout: '13812345678[\\s\\S]*\\(0755\\)8888 8888[\\s\\S]*wang\\.li@example\\.com[\\s\\S]*11010519491231002X', inputs },
  ];
}
