// Issue 15's header recognition, stated mappings and value maps, and issue 9's duplicate headers.
import { en, zh } from './helpers/msg';
import { MsgError } from '../src/core/messages';
import { FIELDS, FieldKey } from '../src/core/register/fields';
import { matchHeader, matchHeaderDetail, normalizeHeader, stripHeaderNotes } from '../src/core/register/headers';
import { emptyMapping, fieldByWord, mappingFromSheet, mappingToTable, mergeMappings, parseMapArg, parseValueMapArg, Mapping } from '../src/core/register/mapping';
import { scaledTier } from '../src/core/register/scales';
import { readRegister, ReadOptions, RegisterRead } from '../src/core/register/read';
import { findRegister } from '../src/core/workbook';
import { CellValue } from '../src/core/register/cells';
import { formatStamp } from '../src/core/time';

const TIERS = ['general', 'important', 'major'];
const mustMap = (text: string): Mapping => {
  const r = parseMapArg(text);
  if (!r.ok) throw new MsgError(r.error);
  return r.value;
};
function read(grid: CellValue[][], opts: ReadOptions = {}): RegisterRead {
  const r = readRegister(grid, 1, opts);
  if (!r.ok) throw new MsgError(r.error);
  return r.value;
}

describe('synonyms issue 15 names, one test each', () => {
  test.each<[string, FieldKey]>([
    ['开始日期', 'received'], ['登记日期', 'received'], ['受理日期', 'received'], ['Date Received', 'received'], ['Opened', 'received'],
    ['Opened at', 'received'], ['Created at', 'received'], ['创建时间', 'received'],
    ['服务人员', 'handler'], ['经办人', 'handler'], ['Assigned To', 'handler'], ['Owner', 'handler'], ['Agent', 'handler'], ['处理人员', 'handler'],
    ['Resolved On', 'resolved'], ['Closed', 'resolved'], ['完成时间', 'resolved'], ['Closed On', 'resolved'], ['Date closed', 'resolved'], ['关闭时间', 'resolved'],
    ['Priority', 'tierOverride'], ['紧急程度', 'tierOverride'], ['优先级', 'tierOverride'], ['Severity', 'tierOverride'],
    ['Rating', 'satisfaction'], ['评分', 'satisfaction'], ['Rating (1-5)', 'satisfaction'], ['CSAT', 'satisfaction'],
    ['编码', 'id'], ['Ticket ID', 'id'], ['Case Number', 'id'], ['工单编号', 'id'],
    ['投诉主题', 'subject'], ['Summary', 'subject'],
    ['联系人', 'contact'], ['电话', 'contact'], ['Mobile', 'contact'], ['Email address', 'contact'],
    ['客户', 'customer'], ['Customer Name', 'customer'], ['Requester', 'customer'],
    ['投诉类型', 'category'], ['Issue type', 'category'],
    ['描述', 'description'], ['Team', 'department'], ['分公司', 'branch'], ['Branch', 'branch'],
  ])('%j → %s', (text, key) => {
    expect(matchHeader(text)).toBe(key);
  });

  test.each(FIELDS.flatMap((f) => (f.scaled?.synonyms ?? []).map((n): [string, FieldKey] => [n, f.key])))('scaled header %j → %s through the priority scale', (name, key) => {
    expect(matchHeaderDetail(name)).toEqual({ key, scale: 'priority' });
    expect(matchHeaderDetail(name.toUpperCase())).toEqual({ key, scale: 'priority' });
  });

  test('a plain tier header has no scale: its words are tier names', () => {
    expect(matchHeaderDetail('等级')).toEqual({ key: 'tierOverride' });
  });

  test('no header, scaled ones included, names two fields', () => {
    const owner = new Map<string, FieldKey>();
    const clashes: string[] = [];
    for (const f of FIELDS) {
      for (const name of [f.zh, f.en, ...f.synonyms, ...(f.scaled?.synonyms ?? [])]) {
        for (const n of [normalizeHeader(name), stripHeaderNotes(normalizeHeader(name))]) {
          if (owner.has(n) && owner.get(n) !== f.key) clashes.push(`${name}: ${owner.get(n)} / ${f.key}`);
          owner.set(n, f.key);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  test.each<[string, FieldKey]>([
    ['Rating 1-5', 'satisfaction'], ['满意度1～5分', 'satisfaction'], ['评分(1-5分)', 'satisfaction'], ['损失金额/元', 'loss'], ['损失金额_元', 'loss'],
    ['暂停时长_h', 'paused'], ['ＤＡＴＥ　ＲＥＣＥＩＶＥＤ', 'received'], ['Date Received（本地时间）', 'received'], ['开始日期*', 'received'], ['紧急程度（高/中/低）', 'tierOverride'],
  ])('decorated %j → %s (case, width, spaces, brackets and unit tails do not matter)', (text, key) => {
    expect(matchHeader(text)).toBe(key);
  });

  test.each(['客户经理', '状态', 'Status', '备注', '时间', 'received by'])('no field for %j', (text) => {
    expect(matchHeader(text)).toBeUndefined();
  });
});

describe('the priority scale', () => {
  test.each<[string, string]>([
    ['Low', 'general'], ['medium', 'general'], ['一般', 'general'], ['低', 'general'], ['中', 'general'],
    ['High', 'important'], ['高', 'important'], ['紧急', 'important'],
    ['Urgent', 'major'], ['Critical', 'major'], ['非常紧急', 'major'], ['特急', 'major'],
  ])('%j → %s among 一般/重要/重大', (word, tier) => {
    expect(scaledTier('priority', word, TIERS)).toBe(tier);
  });

  test('a two-tier policy: high and urgent are both its upper tier', () => {
    expect(['Low', 'High', 'Urgent'].map((w) => scaledTier('priority', w, ['a', 'b']))).toEqual(['a', 'b', 'b']);
  });

  test('a word off the scale, or no tiers known, is left for the tier rules to judge', () => {
    expect(scaledTier('priority', '重要投诉', TIERS)).toBeUndefined();
    expect(scaledTier('priority', 'High', [])).toBeUndefined();
  });
});

describe('--map and --value-map', () => {
  test('header=field pairs, with keys, Chinese and English field names and - for unread', () => {
    const m = mustMap('开始日期=received, 服务人员=处理人；Owner=Handler,备注=-');
    expect([...m.columns]).toEqual([['开始日期', 'received'], ['服务人员', 'handler'], ['owner', 'handler'], ['备注', null]]);
    expect(m.written.get('owner')).toBe('Owner');
  });

  test.each([
    ['开始日期', /expected header=field/],
    ['=received', /expected header=field/],
    ['开始日期=recieved', /"recieved" is not a field \(fields: id, received/],
  ])('%j is refused: %s', (text, message) => {
    const r = parseMapArg(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(en(r.error)).toMatch(message);
    if (!r.ok) expect(zh(r.error)).toMatch(/^--map "/);
  });

  test('value maps per field; words compared without case, width or spaces', () => {
    const r = parseValueMapArg('tier:High=重要投诉, Low=一般投诉');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([...(r.value.values.get('tierOverride') ?? [])]).toEqual([['high', '重要投诉'], ['low', '一般投诉']]);
    const s = parseValueMapArg('satisfaction：满意 = 4', r.value);
    expect(s.ok && [...(s.value.values.get('satisfaction') ?? [])]).toEqual([['满意', '4']]);
  });

  test.each([
    ['High=重要投诉', /expected field:word=meaning/],
    ['colour:red=1', /"colour" is not a field/],
    ['tier:', /no word=meaning pairs/],
    ['tier:High', /expected word=meaning/],
  ])('value map %j is refused: %s', (text, message) => {
    const r = parseValueMapArg(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(en(r.error)).toMatch(message);
    if (!r.ok) expect(zh(r.error)).toMatch(/^--value-map "/);
  });

  test('field words', () => {
    expect([fieldByWord('tier'), fieldByWord('Priority'), fieldByWord('rating'), fieldByWord('不读'), fieldByWord('受理时间'), fieldByWord('nothing')]).toEqual(['tierOverride', 'tierOverride', 'satisfaction', null, 'received', undefined]);
  });

  test('the command line wins over the saved sheet', () => {
    const merged = mergeMappings(mustMap('A=received,B=customer'), mustMap('a=handler'));
    expect(merged.columns.get('a')).toBe('handler');
    expect(merged.columns.get('b')).toBe('customer');
  });
});

describe('the 列映射 sheet', () => {
  const rows: CellValue[][] = [
    ['类型 Type', '表头/字段', '字段/原值', '映射为', '说明'],
    ['列', '开始日期', 'received'],
    ['Column', '服务人员', '经办人'],
    ['列', '备注', '-'],
    [],
    ['值', 'tier', 'High', '重要投诉'],
    ['value', '满意度', '很好', 5],
  ];

  test('column and value lines are read; the header line and empty lines skipped', () => {
    const { mapping, problems } = mappingFromSheet(rows);
    expect(problems).toEqual([]);
    expect([...mapping.columns]).toEqual([['开始日期', 'received'], ['服务人员', 'handler'], ['备注', null]]);
    expect([...(mapping.values.get('satisfaction') ?? [])]).toEqual([['很好', '5']]);
  });

  test('it round-trips through mappingToTable, the rows the add-in saves', () => {
    const { mapping } = mappingFromSheet(rows);
    const again = mappingFromSheet(mappingToTable(mapping));
    expect(again.problems).toEqual([]);
    expect([...again.mapping.columns]).toEqual([...mapping.columns]);
    expect([...again.mapping.values]).toEqual([...mapping.values]);
  });

  test.each<[CellValue[], RegExp]>([
    [['列', '', 'received'], /needs the header in column B/],
    [['列', 'X', 'nonsense'], /"nonsense" is not a field/],
    [['值', 'colour', 'a', 'b'], /"colour" is not a field/],
    [['值', 'tier', 'High'], /needs the word in column C and its meaning in column D/],
    [['设置', 'a', 'b'], /unknown line type "设置"/],
  ])('problem line %j: %s, with its row', (line, message) => {
    const { problems } = mappingFromSheet([['类型'], line]);
    expect(problems.map((p) => ({ row: p.row, message: en(p.msg) }))).toEqual([{ row: 2, message: expect.stringMatching(message) }]);
  });

  test('a workbook with a broken 列映射 sheet is refused naming sheet and row', () => {
    const r = findRegister([{ name: '登记表', rows: [['受理时间', '客户'], ['2026-11-03', '甲']] }, { name: '列映射', rows: [['列', 'X', 'nonsense']] }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(en(r.error)).toMatch(/^sheet 列映射: row 1: "nonsense" is not a field/);
    if (!r.ok) expect(zh(r.error)).toMatch(/^工作表 列映射：第 1 行："nonsense" 不是字段/);
  });
});

describe('reading with a stated mapping', () => {
  const crm: CellValue[][] = [
    ['编码', '客户', '开始时刻', '经手人', '备注'],
    ['K-1', '甲公司', '2026-11-03 09:00', '李娜', '加急'],
  ];

  test('headers no table knows are read as the user says; unread columns are named', () => {
    const r = read(crm, { mapping: mustMap('开始时刻=received,经手人=handler') });
    expect(r.columns.map((c) => [c.column, c.header, c.field, c.by])).toEqual([
      ['A', '编码', 'id', 'table'], ['B', '客户', 'customer', 'table'], ['C', '开始时刻', 'received', 'mapping'], ['D', '经手人', 'handler', 'mapping'],
    ]);
    expect(r.unread).toEqual([{ column: 'E', header: '备注', why: 'unknown', looks: undefined }]);
    expect(formatStamp(r.complaints[0].received as number)).toBe('2026-11-03T09:00');
    expect(r.complaints[0].handler).toBe('李娜');
  });

  test('without the mapping the same sheet has no register, and says how to state one', () => {
    const r = findRegister([{ name: 'Sheet1', rows: crm }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(en(r.error)).toMatch(/--map "<header>=received,<header>=customer"/);
  });

  test('a stated column takes its field from a recognised one, which is then named as unread', () => {
    const r = read([['受理时间', '客户', '登记时间'], ['2026-11-01 08:00', '甲', '2026-11-03 10:00']], { mapping: mustMap('登记时间=received') });
    expect(formatStamp(r.complaints[0].received as number)).toBe('2026-11-03T10:00');
    expect(r.unread).toEqual([{ column: 'A', header: '受理时间', why: 'taken', field: 'received', looks: 'date' }]);
  });

  test('a column stated "-" is not read, and a date column left unread is warned about', () => {
    const r = read([['受理时间', '客户', 'Resolved On'], ['2026-11-01 08:00', '甲', '2026-11-02 10:00']], { mapping: mustMap('Resolved On=-') });
    expect(r.complaints[0].resolved).toBeUndefined();
    expect(r.unread).toEqual([{ column: 'C', header: 'Resolved On', why: 'stated', field: 'resolved', looks: 'date' }]);
    expect(r.warnings.map(en)).toEqual([expect.stringMatching(/column C "Resolved On" is not read but looks like dates/)]);
    expect(r.warnings.map(zh)).toEqual([expect.stringMatching(/列 C「Resolved On」未读取，但看起来是日期/)]);
  });

  test('a mapping entry naming no column is warned about', () => {
    const r = read([['受理时间', '客户'], ['2026-11-01', '甲']], { mapping: mustMap('开始日期=received') });
    expect(r.warnings.map(en)).toEqual([expect.stringMatching(/the mapping names "开始日期=received" but the header row has no such column/)]);
    expect(r.warnings.map(zh)).toEqual([expect.stringMatching(/映射中的「开始日期=received」在表头中不存在/)]);
  });

  test('value maps apply before parsing; the priority scale needs the tiers', () => {
    const grid: CellValue[][] = [['受理时间', '客户', 'Priority', '评分'], ['2026-11-01', '甲', 'High', '满意'], ['2026-11-02', '乙', 'P9', 'great']];
    const m = parseValueMapArg('satisfaction:great=5');
    if (!m.ok) throw new MsgError(m.error);
    const r = read(grid, { mapping: m.value, tiers: TIERS });
    expect(r.complaints.map((c) => [c.tierOverride, c.satisfaction])).toEqual([['important', 4], ['P9', 5]]);
    const t = parseValueMapArg('tier:P9=重大投诉', m.value);
    if (!t.ok) throw new MsgError(t.error);
    expect(read(grid, { mapping: t.value, tiers: TIERS }).complaints[1].tierOverride).toBe('重大投诉');
    expect(read(grid).complaints[0].tierOverride).toBe('High');
  });
});

describe('duplicate headers (issue 9): refused, naming both columns', () => {
  test('two columns read as 受理时间', () => {
    const r = readRegister([['受理时间', '客户', '备注', '投诉时间'], ['2026-11-01', '甲', '', '2026-11-02']]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(en(r.error)).toBe('header row 1: columns A "受理时间" and D "投诉时间" both read as Received; rename one, or leave one unread with --map "投诉时间=-" or a 列映射 line');
    if (!r.ok) expect(zh(r.error)).toBe('表头第 1 行：列 A「受理时间」与列 D「投诉时间」都是 受理时间；请改名其中一列，或用 --map "投诉时间=-" 或列映射表中的一行让其中一列不读');
  });

  test('the same header twice', () => {
    const r = readRegister([['客户', '受理时间', '客户'], ['甲', '2026-11-01', '乙']]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(zh(r.error)).toMatch(/列 A「客户」与列 C「客户」都是 客户/);
  });

  test('findRegister says why instead of "no register sheet found"', () => {
    const r = findRegister([{ name: '登记', rows: [['受理时间', '客户', '投诉时间']] }]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(en(r.error)).toMatch(/^sheet "登记": header row 1: columns A/);
    if (!r.ok) expect(zh(r.error)).toMatch(/^工作表「登记」：表头第 1 行：列 A/);
  });

  test('leaving one unread with the mapping reads the register', () => {
    const r = read([['受理时间', '客户', '投诉时间'], ['2026-11-01', '甲', '2026-11-02']], { mapping: mustMap('投诉时间=-') });
    expect(formatStamp(r.complaints[0].received as number)).toBe('2026-11-01T00:00');
  });

  test('contact columns are not duplicates: they join', () => {
    const r = read([['受理时间', '客户', '联系人', '电话', '邮箱'], ['2026-11-01', '甲', '王经理', '13812345678', ''], ['2026-11-01', '乙', null, null, 'a@b.example']]);
    expect(r.complaints.map((c) => c.contact)).toEqual(['王经理 / 13812345678', 'a@b.example']);
    expect(r.columns.filter((c) => c.field === 'contact').map((c) => c.by)).toEqual(['table', 'joined', 'joined']);
  });
});

describe('ambiguous words: the values decide', () => {
  test('"Closed" over dates is the resolution time', () => {
    const r = read([['Opened', 'Customer', 'Closed'], ['2026-11-01 08:00', 'A', '2026-11-02 09:00']]);
    expect(formatStamp(r.complaints[0].resolved as number)).toBe('2026-11-02T09:00');
  });

  test('"Closed" over yes/no is a status: not read as a time, named, and closed rows without a time are warned about', () => {
    const r = read([['Opened', 'Customer', 'Closed'], ['2026-11-01 08:00', 'A', 'Y'], ['2026-11-01 09:00', 'B', 'N'], ['2026-11-01 10:00', 'C', 'yes']]);
    expect(r.complaints.map((c) => c.errors)).toEqual([[], [], []]);
    expect(r.columns.map((c) => c.field)).toEqual(['received', 'customer']);
    expect(r.unread).toEqual([{ column: 'C', header: 'Closed', why: 'yes-no', field: 'resolved', looks: 'status' }]);
    expect(r.warnings.map(en)).toEqual([
      expect.stringMatching(/column C "Closed" is not read but looks like a status/),
      expect.stringMatching(/2 row\(s\) say closed in "Closed" but have no resolution time.*rows 2, 4$/),
    ]);
  });

  test('a stated "Closed" is read as the user says, and its yes/no cells are named as bad', () => {
    const r = read([['Opened', 'Customer', 'Closed'], ['2026-11-01 08:00', 'A', 'Y']], { mapping: mustMap('Closed=resolved') });
    expect(r.complaints[0].errors.map((e) => ({ row: e.row, column: e.column, message: zh(e.msg) }))).toEqual([{ row: 2, column: 'Closed', message: expect.stringMatching(/无法识别的日期时间 "Y"/) }]);
  });

  test('a status column of words is named as one', () => {
    const r = read([['受理时间', '客户', '处理状态'], ['2026-11-01', '甲', '已办结'], ['2026-11-02', '乙', '处理中']]);
    expect(r.unread).toEqual([{ column: 'C', header: '处理状态', why: 'unknown', looks: 'status' }]);
    expect(en(r.warnings[1])).toMatch(/1 row\(s\) say closed in "处理状态" but have no resolution time.*rows 2$/);
  });
});

describe('rows around the table', () => {
  const header = ['序号', '受理日期', '客户名称', '损失金额', '办结日期'];
  test('a title block above, a units row under the header, a totals row and a signature line below', () => {
    const r = read([
      ['某公司客户投诉登记表'],
      ['填报单位：华东分公司', null, null, '填报日期：2026年11月30日'],
      header,
      [null, '(年-月-日)', null, '(元)', 'yyyy-mm-dd'],
      [1, '2026年11月4日', '甲', 100, '2026年11月5日'],
      [2, '2026年11月5日', '乙', 200, null],
      ['合计', null, null, 300],
      ['制表人：吴敏', null, '审核人：郑华'],
    ]);
    expect(r.headerRow).toBe(3);
    expect(r.skipped).toEqual([{ row: 4, why: 'units' }, { row: 7, why: 'totals' }, { row: 8, why: 'note' }]);
    expect(r.complaints.map((c) => [c.row, c.customer, c.loss])).toEqual([[5, '甲', 100], [6, '乙', 200]]);
    expect(r.complaints.flatMap((c) => c.errors)).toEqual([]);
  });

  test('a data row that starts with a word like 合计 but has a date is still a complaint', () => {
    const r = read([['客户', '受理时间'], ['合计科技', '2026-11-04']]);
    expect(r.skipped).toEqual([]);
    expect(r.complaints[0].customer).toBe('合计科技');
  });

  test.each<[CellValue[]]>([[['Total Gas Ltd', 46329.5]], [['合计科技', 46329.5]], [['Total', '2026-11-04 10:00']]])('a row %j with a readable 受理时间 is a complaint, whatever its first cell says', (row) => {
    const r = read([['客户', '受理时间'], row]);
    expect(r.skipped).toEqual([]);
    expect(r.complaints[0].customer).toBe(row[0]);
  });

  test('a row of units after complaints is a complaint row, not skipped', () => {
    const r = read([['客户', '受理时间'], ['甲', '2026-11-04'], ['(元)', '(小时)']]);
    expect(r.skipped).toEqual([]);
    expect(r.complaints).toHaveLength(2);
    expect(r.complaints[1].broken).toBe(true);
  });

  test('column letters count from the grid\'s first column', () => {
    const r = read([['客户', '受理时间', '备注'], ['甲', '2026-11-04', 'x']], { firstCol: 2 });
    expect(r.columns.map((c) => c.column)).toEqual(['C', 'D']);
    expect(r.unread.map((u) => u.column)).toEqual(['E']);
  });
});

test('an empty mapping changes nothing', () => {
  const grid: CellValue[][] = [['受理时间', '客户'], ['2026-11-01', '甲']];
  expect(read(grid, { mapping: emptyMapping() })).toEqual(read(grid));
});
