// Registers laid out the way three outside tools lay out complaint logs (test/fixtures/outside,
// written by make-outside-fixtures.mjs): each is read with the right mapping, every column is
// either read or named as unread, and what was read is said in check's output.
import { MsgError } from '../src/core/messages';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { readWorkbookFile, sheetGrid } from '../src/export/read-workbook';
import { findRegister } from '../src/core/workbook';
import { RegisterRead } from '../src/core/register/read';
import { headerText } from '../src/core/register/headers';
import { formatStamp } from '../src/core/time';

const root = join(__dirname, '..');
const outside = (name: string) => join(__dirname, 'fixtures', 'outside', name);
const SEVERITY_TIERS = ['general', 'important', 'major'];

async function read(name: string): Promise<{ sheet: string; read: RegisterRead; headers: string[] }> {
  const wb = await readWorkbookFile(outside(name));
  const sheets = wb.worksheets.map(sheetGrid);
  const found = findRegister(sheets, { tiers: SEVERITY_TIERS });
  if (!found.ok) throw new MsgError(found.error);
  const headers = (sheets.find((s) => s.name === found.value.sheet)?.rows[found.value.read.headerRow - 1] ?? []).map((c) => headerText(c).trim()).filter((h) => h !== '');
  return { ...found.value, headers };
}

function cli(args: string[], tz = 'Asia/Shanghai') {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'complaints.js'), ...args], { encoding: 'utf8', env: { ...process.env, TZ: tz } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const mapping = (r: RegisterRead) => Object.fromEntries(r.columns.map((c) => [c.header, c.field]));

describe.each<[string, string, number, Record<string, string>, string[]]>([
  ['crm-export.xlsx', '投诉工单', 1,
    { 编码: 'id', 投诉主题: 'subject', 客户: 'customer', 服务人员: 'handler', 联系人: 'contact', 电话: 'contact', 投诉类型: 'category', 紧急程度: 'tierOverride', 开始日期: 'received', 完成时间: 'resolved' },
    ['状态', '客户经理', '备注']],
  ['helpdesk-export.xlsx', 'Tickets', 1,
    { 'Complaint ID': 'id', 'Date Received': 'received', 'Customer Name': 'customer', Email: 'contact', Category: 'category', Description: 'description', Department: 'department', 'Assigned To': 'handler', Priority: 'tierOverride', 'Resolved On': 'resolved', 'Rating (1-5)': 'satisfaction' },
    ['Status']],
  ['wps-template.xlsx', '投诉登记', 3,
    { 序号: 'id', 受理日期: 'received', 客户名称: 'customer', 联系电话: 'contact', 投诉内容: 'description', 责任部门: 'department', 处理人: 'handler', 损失金额: 'loss', 办结日期: 'resolved', 服务满意度: 'satisfaction' },
    ['备注']],
])('%s', (file, sheet, headerRow, expected, unread) => {
  let r: Awaited<ReturnType<typeof read>>;
  beforeAll(async () => {
    r = await read(file);
  });

  test('the register sheet and its header row are found', () => {
    expect(r.sheet).toBe(sheet);
    expect(r.read.headerRow).toBe(headerRow);
  });

  test('every column is read into the right field', () => {
    expect(mapping(r.read)).toEqual(expected);
  });

  test('the columns left unread are named, and no column is silent', () => {
    expect(r.read.unread.map((u) => u.header)).toEqual(unread);
    const named = [...r.read.columns.map((c) => c.header), ...r.read.unread.map((u) => u.header)].sort();
    expect(named).toEqual([...r.headers].sort());
  });

  test('no cell problems: every value was understood', () => {
    expect(r.read.complaints.flatMap((c) => c.errors)).toEqual([]);
  });

  test('check names the mapping and the unread columns in its table and its JSON', () => {
    const table = cli(['check', outside(file), '--as-of', '2026-11-30 18:00']);
    for (const [header] of Object.entries(expected)) expect(table.out).toContain(`「${header}」→`);
    for (const header of unread) expect(table.out).toMatch(new RegExp(`[A-Z]+「${header.replace(/[()]/g, '\\$&')}」：`));
    const tableEn = cli(['check', outside(file), '--as-of', '2026-11-30 18:00', '--lang', 'en']);
    for (const [header] of Object.entries(expected)) expect(tableEn.out).toContain(`"${header}" →`);
    for (const header of unread) expect(tableEn.out).toMatch(new RegExp(`[A-Z]+ "${header.replace(/[()]/g, '\\$&')}": `));
    const json = JSON.parse(cli(['check', outside(file), '--as-of', '2026-11-30 18:00', '--json']).out);
    expect(Object.fromEntries(json.read.columns.map((c: { header: string; field: string }) => [c.header, c.field]))).toEqual(expected);
    expect(json.read.unread.map((u: { header: string }) => u.header)).toEqual(unread);
    expect(json.read.headerRow).toBe(headerRow);
    // Exit 1 means findings (a bad cell or an overdue complaint), as the README promises.
    expect(table.code).toBe(json.summary.errors > 0 || json.summary.byStatus.overdue > 0 ? 1 : 0);
  });
});

describe('values as the outside tools write them', () => {
  test('CRM: text date-times with seconds, 紧急程度 through the priority scale, contact columns joined', async () => {
    const { read: r } = await read('crm-export.xlsx');
    const c = r.complaints;
    expect(c.map((x) => formatStamp(x.received as number))).toEqual(['2026-11-03T09:15', '2026-11-10T14:00', '2026-11-18T08:30', '2026-11-25T11:00']);
    expect(c.map((x) => x.tierOverride)).toEqual(['important', 'general', 'major', 'general']); // 高, 一般, 非常紧急, 低
    expect(c[0].contact).toBe('王先生 / 13812345678');
    expect(c[3].contact).toBe('13700002222');
    expect(r.columns.find((x) => x.header === '紧急程度')?.scale).toBe('priority');
    expect(r.unread.find((u) => u.header === '状态')?.looks).toBe('status');
  });

  test('helpdesk: Priority words become tiers, Rating (1-5) is satisfaction, Resolved On is the resolution', async () => {
    const { read: r } = await read('helpdesk-export.xlsx');
    expect(r.complaints.map((x) => x.tierOverride)).toEqual(['general', 'important', 'general', 'major']); // Low, High, Medium, Urgent
    expect(r.complaints.map((x) => x.satisfaction)).toEqual([5, 2, undefined, 4]);
    expect(r.complaints.map((x) => (x.resolved === undefined ? '' : formatStamp(x.resolved)))).toEqual(['2026-11-02T16:00', '2026-11-12T15:00', '', '2026-11-24T12:00']);
  });

  test('WPS: title block above, units row, 合计 and signature rows are not complaints; the saved 列映射 maps 服务满意度 and its words', async () => {
    const { read: r } = await read('wps-template.xlsx');
    expect(r.skipped).toEqual([{ row: 4, why: 'units' }, { row: 8, why: 'totals' }, { row: 10, why: 'note' }]);
    expect(r.complaints.map((x) => x.row)).toEqual([5, 6, 7]);
    expect(r.complaints.map((x) => x.satisfaction)).toEqual([5, 3, undefined]); // 很好 → 5, 还行 → 3
    expect(r.columns.find((x) => x.header === '服务满意度')?.by).toBe('mapping');
    expect(r.complaints.map((x) => x.loss)).toEqual([0, 800, 2400]);
  });
});

describe('a resolved complaint is never reported overdue because its resolution column went unread', () => {
  // Issue 15: "Resolved On" was ignored and C-1001, resolved the same day, showed two breaches.
  const asOf = ['--as-of', '2026-11-03 12:00'];
  test('C-1001 resolved within the day is closed on time', () => {
    const json = JSON.parse(cli(['check', outside('helpdesk-export.xlsx'), ...asOf, '--json']).out);
    const row = json.rows.find((x: { id: string }) => x.id === 'C-1001');
    // Resolved at 16:00 the day it came in: contact and plan count done then; only the follow-up is still to come.
    expect(row).toMatchObject({ status: 'on-track', breached: [], done: { contact: '2026-11-02T16:00', plan: '2026-11-02T16:00' } });
  });

  test('leaving the column unread on purpose is said, with a warning that it holds dates', () => {
    const json = JSON.parse(cli(['check', outside('helpdesk-export.xlsx'), ...asOf, '--json', '--map', 'Resolved On=-']).out);
    expect(json.read.unread).toContainEqual(expect.objectContaining({ column: 'J', header: 'Resolved On', looks: 'date' }));
    expect(json.read.warnings.join('\n')).toMatch(/列 J「Resolved On」未读取，但看起来是日期/);
    expect(json.read.warningCodes).toContainEqual({ code: 'warn.unreadLooks', params: { column: 'J', header: 'Resolved On', looks: '日期' } });
    // What the unread column costs: the same complaint now shows a breach; the warning says why.
    expect(json.rows.find((x: { id: string }) => x.id === 'C-1001')).toMatchObject({ status: 'overdue', breached: ['contact'] });
  });
});
