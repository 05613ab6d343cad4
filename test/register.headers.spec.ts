import { FIELDS, FIELD_BY_KEY, FIELD_KEYS, FieldKey, REQUIRED_FIELDS } from '../src/core/register/fields';
import { findHeaderRow, headerText, mapHeaders, matchHeader, normalizeHeader, stripHeaderNotes } from '../src/core/register/headers';

describe('FIELDS table', () => {
  test('keys are unique and in the documented order', () => {
    expect(FIELD_KEYS).toEqual([
      'id', 'received', 'channel', 'customer', 'contact', 'category', 'subject', 'description', 'department',
      'handler', 'staff', 'loss', 'factors', 'tierOverride', 'valid', 'contacted', 'reported', 'planned',
      'resolved', 'followedUp', 'satisfaction', 'resolution', 'paused', 'branch',
      'productCategory', 'batch', 'manufactured', 'arrived', 'resolvedBy', 'suggestionAdopted', 'promised', 'extendedTo', 'extensionReason', 'extensionExplained',
      'pauses', 'pauseStart', 'pauseEnd', 'reopened', 'reresolved', 'appealed', 'appealResult', 'transferredTo', 'transferredAt',
    ]);
    expect(new Set(FIELD_KEYS).size).toBe(FIELDS.length);
  });

  test('required fields are 受理时间 and 客户', () => {
    expect(REQUIRED_FIELDS).toEqual(['received', 'customer']);
  });

  test.each<[FieldKey, string, string, string]>([
    ['id', '编号', 'ID', 'text'],
    ['received', '受理时间', 'Received', 'datetime'],
    ['channel', '渠道', 'Channel', 'text'],
    ['customer', '客户', 'Customer', 'text'],
    ['contact', '联系方式', 'Contact', 'text'],
    ['category', '投诉类别', 'Category', 'text'],
    ['subject', '投诉事项', 'Subject', 'text'],
    ['description', '投诉内容', 'Description', 'text'],
    ['department', '责任部门', 'Department', 'text'],
    ['handler', '处理人', 'Handler', 'text'],
    ['staff', '被投诉人', 'Staff complained about', 'text'],
    ['loss', '损失金额', 'Loss', 'amount'],
    ['factors', '情形', 'Factors', 'list'],
    ['tierOverride', '等级(手工)', 'Tier override', 'tier'],
    ['valid', '是否有效', 'Valid', 'bool'],
    ['contacted', '首次联系时间', 'Contacted', 'datetime'],
    ['reported', '上报时间', 'Reported', 'datetime'],
    ['planned', '方案时间', 'Plan given', 'datetime'],
    ['resolved', '办结时间', 'Resolved', 'datetime'],
    ['followedUp', '回访时间', 'Followed up', 'datetime'],
    ['satisfaction', '回访满意度', 'Satisfaction', 'rating'],
    ['resolution', '处理结果', 'Resolution', 'text'],
    ['paused', '暂停时长(小时)', 'Paused (h)', 'hours'],
    ['productCategory', '产品类别', 'Product category', 'text'],
    ['batch', '批号', 'Batch', 'text'],
    ['manufactured', '生产日期', 'Manufactured', 'datetime'],
    ['arrived', '到货日期', 'Arrived', 'datetime'],
    ['resolvedBy', '办结人', 'Resolved by', 'text'],
    ['suggestionAdopted', '建议是否采纳', 'Suggestion adopted', 'bool'],
  ])('%s is %s / %s (%s)', (key, zh, en, type) => {
    const f = FIELD_BY_KEY[key];
    expect([f.zh, f.en, f.type]).toEqual([zh, en, type]);
  });

  test('no header (in normalised form) names two fields', () => {
    const owner = new Map<string, FieldKey>();
    const clashes: string[] = [];
    for (const f of FIELDS) {
      for (const name of [f.zh, f.en, ...f.synonyms]) {
        for (const n of [normalizeHeader(name), stripHeaderNotes(normalizeHeader(name))]) {
          const prev = owner.get(n);
          if (prev !== undefined && prev !== f.key) clashes.push(`${name}: ${prev} / ${f.key}`);
          owner.set(n, f.key);
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('normalizeHeader', () => {
  test.each([
    ['  受理时间  ', '受理时间'],
    ['受 理 时 间', '受理时间'],
    ['受理\u3000时间', '受理时间'],
    ['受理\n时间', '受理时间'],
    ['损失金额（元）', '损失金额(元)'],
    ['ＩＤ', 'id'],
    ['Ｌｏｓｓ', 'loss'],
    ['Received At', 'receivedat'],
    ['DATE RECEIVED', 'datereceived'],
    ['等级［手工］', '等级[手工]'],
    ['暂停时长（小时）', '暂停时长(小时)'],
    ['编号０１', '编号01'],
    ['Paused (h)', 'paused(h)'],
    ['\uFEFF客户', '客户'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeHeader(input)).toBe(expected);
  });

  test.each([
    ['损失金额(元)', '损失金额'],
    ['受理时间[必填]', '受理时间'],
    ['受理时间(必填)*', '受理时间'],
    ['*客户', '客户'],
    ['客户*', '客户'],
    ['客户:', '客户'],
    ['受理时间【必填】', '受理时间'],
    ['(元)', '(元)'],
    ['损失金额', '损失金额'],
  ])('stripHeaderNotes %j → %j', (input, expected) => {
    expect(stripHeaderNotes(input)).toBe(expected);
  });
});

describe('matchHeader', () => {
  // Every name in the table, as written, in lower and upper case.
  const everyName: [string, FieldKey][] = FIELDS.flatMap((f) => [f.zh, f.en, ...f.synonyms].map((n): [string, FieldKey] => [n, f.key]));
  test.each(everyName)('table name %j → %s', (name, key) => {
    expect(matchHeader(name)).toBe(key);
    expect(matchHeader(name.toUpperCase())).toBe(key);
    expect(matchHeader(name.toLowerCase())).toBe(key);
    expect(matchHeader(`  ${name} `)).toBe(key);
  });

  // The synonyms the brief promises, listed literally so the table cannot silently lose one.
  test.each<[string, FieldKey]>([
    ['编号', 'id'], ['投诉编号', 'id'], ['序号', 'id'], ['ID', 'id'], ['id', 'id'],
    ['受理时间', 'received'], ['投诉时间', 'received'], ['受理日期', 'received'], ['登记时间', 'received'], ['接收时间', 'received'],
    ['Received', 'received'], ['Received at', 'received'], ['Date received', 'received'], ['RECEIVED AT', 'received'],
    ['渠道', 'channel'], ['投诉渠道', 'channel'], ['来源', 'channel'], ['Channel', 'channel'],
    ['客户', 'customer'], ['客户名称', 'customer'], ['投诉人', 'customer'], ['客户姓名', 'customer'], ['Customer', 'customer'], ['Customer name', 'customer'],
    ['联系方式', 'contact'], ['联系电话', 'contact'], ['电话', 'contact'], ['手机', 'contact'], ['邮箱', 'contact'], ['Contact', 'contact'], ['Phone', 'contact'], ['Email', 'contact'],
    ['投诉类别', 'category'], ['类别', 'category'], ['投诉类型', 'category'], ['Category', 'category'],
    ['投诉事项', 'subject'], ['事项', 'subject'], ['主题', 'subject'], ['Subject', 'subject'],
    ['投诉内容', 'description'], ['内容', 'description'], ['投诉描述', 'description'], ['Description', 'description'],
    ['责任部门', 'department'], ['被投诉部门', 'department'], ['部门', 'department'], ['Department', 'department'],
    ['处理人', 'handler'], ['责任人', 'handler'], ['经办人', 'handler'], ['Handler', 'handler'],
    ['被投诉人', 'staff'], ['Staff complained about', 'staff'], ['staff complained about', 'staff'],
    ['损失金额', 'loss'], ['经济损失', 'loss'], ['赔偿金额', 'loss'], ['Loss', 'loss'],
    ['情形', 'factors'], ['投诉情形', 'factors'], ['Factors', 'factors'],
    ['等级(手工)', 'tierOverride'], ['手工等级', 'tierOverride'], ['等级', 'tierOverride'], ['Tier override', 'tierOverride'],
    ['是否有效', 'valid'], ['有效性', 'valid'], ['有效', 'valid'], ['Valid', 'valid'],
    ['首次联系时间', 'contacted'], ['Contacted', 'contacted'],
    ['上报时间', 'reported'], ['Reported', 'reported'],
    ['方案时间', 'planned'], ['Plan given', 'planned'],
    ['办结时间', 'resolved'], ['处理完成时间', 'resolved'], ['解决时间', 'resolved'], ['结案时间', 'resolved'], ['Resolved', 'resolved'], ['Resolved at', 'resolved'],
    ['回访时间', 'followedUp'], ['Followed up', 'followedUp'],
    ['回访满意度', 'satisfaction'], ['满意度', 'satisfaction'], ['Satisfaction', 'satisfaction'],
    ['处理结果', 'resolution'], ['Resolution', 'resolution'],
    ['暂停时长(小时)', 'paused'], ['暂停时长', 'paused'], ['等待客户时长', 'paused'], ['暂停', 'paused'], ['Paused (h)', 'paused'], ['paused', 'paused'],
  ])('brief synonym %j → %s', (text, key) => {
    expect(matchHeader(text)).toBe(key);
  });

  // Product complaints (004: 产品类别, 批号, 生产日期, 到货日期), the resolver and the suggestion column.
  test.each<[string, FieldKey]>([
    ['产品类别', 'productCategory'], ['产品类型', 'productCategory'], ['产品种类', 'productCategory'], ['产品分类', 'productCategory'], ['品类', 'productCategory'],
    ['Product category', 'productCategory'], ['Product type', 'productCategory'], ['Product line', 'productCategory'],
    ['批号', 'batch'], ['批次', 'batch'], ['批次号', 'batch'], ['生产批号', 'batch'], ['产品批号', 'batch'], ['Batch', 'batch'], ['Batch No.', 'batch'],
    ['Batch number', 'batch'], ['Lot', 'batch'], ['Lot No.', 'batch'], ['Lot number', 'batch'],
    ['生产日期', 'manufactured'], ['制造日期', 'manufactured'], ['Manufactured', 'manufactured'], ['Production date', 'manufactured'],
    ['Manufacture date', 'manufactured'], ['Date of manufacture', 'manufactured'], ['Mfg date', 'manufactured'],
    ['到货日期', 'arrived'], ['到货时间', 'arrived'], ['收货日期', 'arrived'], ['收货时间', 'arrived'], ['Arrived', 'arrived'], ['Arrival date', 'arrived'],
    ['Delivery date', 'arrived'], ['Delivered on', 'arrived'],
    ['办结人', 'resolvedBy'], ['结案人', 'resolvedBy'], ['解决人', 'resolvedBy'], ['办结处理人', 'resolvedBy'], ['Resolved by', 'resolvedBy'], ['Closed by', 'resolvedBy'], ['Resolver', 'resolvedBy'],
    ['建议是否采纳', 'suggestionAdopted'], ['建议采纳', 'suggestionAdopted'], ['是否采纳', 'suggestionAdopted'], ['采纳建议', 'suggestionAdopted'],
    ['Suggestion adopted', 'suggestionAdopted'], ['Suggestion accepted', 'suggestionAdopted'], ['Adopted', 'suggestionAdopted'],
    ['批号（产品）', 'batch'], ['生产日期*', 'manufactured'],
  ])('product/record synonym %j → %s', (text, key) => {
    expect(matchHeader(text)).toBe(key);
  });

  // Decorations people add: units, required marks, full-width forms, stray spaces.
  test.each<[string, FieldKey]>([
    ['损失金额（元）', 'loss'],
    ['损失金额(元)', 'loss'],
    ['损失金额 (元)', 'loss'],
    ['损失金额【元】', 'loss'],
    ['经济损失（万元）', 'loss'],
    ['Loss (CNY)', 'loss'],
    ['Loss（￥）', 'loss'],
    ['暂停时长（小时）', 'paused'],
    ['暂停时长(h)', 'paused'],
    ['暂停时长（天）', 'paused'],
    ['Paused（h）', 'paused'],
    ['受理时间[必填]', 'received'],
    ['受理时间［必填］', 'received'],
    ['受理时间*', 'received'],
    ['受理时间＊', 'received'],
    ['*受理时间', 'received'],
    ['受理时间（必填）*', 'received'],
    ['受理时间：', 'received'],
    ['客户名称*', 'customer'],
    ['等级（手工）', 'tierOverride'],
    ['等级［手工］', 'tierOverride'],
    ['等级 (手工)', 'tierOverride'],
    ['等级(手工)*', 'tierOverride'],
    ['等级（手工填写）', 'tierOverride'],
    ['ＩＤ', 'id'],
    ['Ｒｅｃｅｉｖｅｄ', 'received'],
    ['Ｃｕｓｔｏｍｅｒ　Ｎａｍｅ', 'customer'],
    ['回访满意度（1-5）', 'satisfaction'],
    ['满意度(1～5分)', 'satisfaction'],
    ['是否有效（是/否）', 'valid'],
    ['情形（多个用顿号分隔）', 'factors'],
    ['联系 电话', 'contact'],
    ['E-mail', 'contact'],
    ['Received at (local time)', 'received'],
  ])('decorated %j → %s', (text, key) => {
    expect(matchHeader(text)).toBe(key);
  });

  test.each(['', '   ', '备注', 'Remarks', '金额', '时间', '(元)', '客户经理', 'received by', '编号编号', '*', '受理时间 备注'])(
    'no field for %j',
    (text) => {
      expect(matchHeader(text)).toBeUndefined();
    },
  );
});

describe('mapHeaders', () => {
  test('maps a Chinese header row, with unknown columns and gaps', () => {
    const m = mapHeaders(['编号', '受理时间', null, '客户名称', '备注', '损失金额（元）', undefined, '等级(手工)', '  ']);
    expect(m.columns).toEqual({ id: 0, received: 1, customer: 3, loss: 5, tierOverride: 7 });
    expect(m.headers).toEqual({ id: '编号', received: '受理时间', customer: '客户名称', loss: '损失金额（元）', tierOverride: '等级(手工)' });
    expect(m.unknown).toEqual([{ index: 4, text: '备注' }]);
    expect(m.duplicates).toEqual([]);
    expect(m.missingRequired).toEqual([]);
  });

  test('maps an English header row', () => {
    const m = mapHeaders(['ID', 'Date received', 'Customer name', 'Phone', 'Loss', 'Factors', 'Tier override', 'Paused (h)', 'Resolved at']);
    expect(m.columns).toEqual({ id: 0, received: 1, customer: 2, contact: 3, loss: 4, factors: 5, tierOverride: 6, paused: 7, resolved: 8 });
    expect(m.missingRequired).toEqual([]);
  });

  test('a second column naming a field is a duplicate naming both columns; contact columns join instead', () => {
    const m = mapHeaders(['客户', '受理时间', '电话', '手机', '邮箱', '投诉时间']);
    expect(m.columns).toEqual({ customer: 0, received: 1, contact: 2 });
    expect(m.joined).toEqual([
      { key: 'contact', index: 3, text: '手机' },
      { key: 'contact', index: 4, text: '邮箱' },
    ]);
    expect(m.duplicates).toEqual([{ key: 'received', index: 5, text: '投诉时间', first: 1, firstText: '受理时间' }]);
  });

  test('missing required fields are reported in table order', () => {
    expect(mapHeaders(['编号', '渠道']).missingRequired).toEqual(['received', 'customer']);
    expect(mapHeaders(['客户']).missingRequired).toEqual(['received']);
    expect(mapHeaders([]).missingRequired).toEqual(['received', 'customer']);
  });

  test('header text is kept as found (trimmed), and non-string cells are read', () => {
    const m = mapHeaders([' 受理时间 ', { richText: [{ text: '客户' }, { text: '名称' }] }, { text: '电话', hyperlink: 'x' }, 2026, true, new Date(0)]);
    expect(m.headers).toEqual({ received: '受理时间', customer: '客户名称', contact: '电话' });
    expect(m.unknown).toEqual([{ index: 3, text: '2026' }, { index: 4, text: 'true' }]);
  });

  test.each<[unknown, string]>([
    ['abc', 'abc'],
    [null, ''],
    [undefined, ''],
    [12, '12'],
    [false, 'false'],
    [{ richText: [{ text: 'a' }, { text: 'b' }, {}] }, 'ab'],
    [{ text: 't' }, 't'],
    [{ formula: 'A1', result: 'r' }, 'r'],
    [{ formula: 'A1', result: 3 }, ''],
    [new Date(0), ''],
  ])('headerText(%j) → %j', (cell, text) => {
    expect(headerText(cell)).toBe(text);
  });
});

describe('findHeaderRow', () => {
  const header = ['编号', '受理时间', '客户', '联系方式', '投诉事项', '损失金额（元）'];
  const data = ['C-001', '2026-11-03 14:00', '张三', '13800138000', '退款慢', 5000];

  test('row 0 when the table starts at the top', () => {
    const r = findHeaderRow([header, data]);
    expect(r?.rowIndex).toBe(0);
    expect(r?.map.columns.received).toBe(1);
  });

  test('skips a title row and a note row above the table', () => {
    const rows = [['2026年11月客户投诉登记表'], ['填表说明：带*为必填项', null, null], [], header, data];
    const r = findHeaderRow(rows);
    expect(r?.rowIndex).toBe(3);
    expect(r?.map.columns).toEqual({ id: 0, received: 1, customer: 2, contact: 3, subject: 4, loss: 5 });
  });

  test('a title row that happens to mention a field is not taken for the header', () => {
    const rows = [['客户投诉登记表', '受理时间：2026年11月'], header, data];
    expect(findHeaderRow(rows)?.rowIndex).toBe(1);
  });

  test('three fields including 受理时间 are enough without 客户', () => {
    const rows = [['标题'], ['受理时间', '渠道', '投诉事项'], ['2026-11-03', '电话', '退款']];
    const r = findHeaderRow(rows);
    expect(r?.rowIndex).toBe(1);
    expect(r?.map.missingRequired).toEqual(['customer']);
  });

  test('both required fields alone are enough', () => {
    expect(findHeaderRow([['Customer', 'Received']])?.rowIndex).toBe(0);
  });

  test.each<[string, unknown[][]]>([
    ['no rows', []],
    ['only a title', [['投诉登记表']]],
    ['three fields without 受理时间', [['客户', '渠道', '投诉事项']]],
    ['受理时间 with only one other field', [['受理时间', '渠道']]],
    ['data only', [data, data]],
  ])('none found: %s', (_name, rows) => {
    expect(findHeaderRow(rows)).toBeUndefined();
  });

  test('only the first maxScan rows are searched', () => {
    const rows = [...Array.from({ length: 10 }, () => ['说明']), header];
    expect(findHeaderRow(rows)).toBeUndefined();
    expect(findHeaderRow(rows, 11)?.rowIndex).toBe(10);
    expect(findHeaderRow([['x'], header], 1)).toBeUndefined();
  });

  test('of several qualifying rows the one with most matches wins, the first on a tie', () => {
    const small = ['受理时间', '客户'];
    const rows = [small, header, [...header]];
    expect(findHeaderRow(rows)?.rowIndex).toBe(1);
    expect(findHeaderRow([small, ['客户', '受理时间']])?.rowIndex).toBe(0);
  });
});
