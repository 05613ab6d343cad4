// COMPLAINTS.TIER, DUE and STATUS as Excel calls them: scalars, 1×N, N×1 and N×M ranges with empty
// cells (null / "") and error cells, through the pure implementations (src/functions/register.ts)
// and the wrappers in src/functions/functions.ts (with a stand-in CustomFunctions global and a
// preset policy injected); the metadata the build derives from the JSDoc tags, and its zh-CN
// localization (src/core/functions/table.json → functions.zh-cn.json).
import path from 'path';
import { createRequire } from 'module';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { CellFault, CellOut, Out } from '../src/functions/grid';
import { dueCells, labelFormat, milestoneOf, statusCells, tierCells } from '../src/functions/register';
import { presetProvider, PolicyState } from '../src/functions/policy';
import { wallClockNow } from '../src/core/now';
import { due, setPolicyProvider, status, tier } from '../src/functions/functions';
import { ArgError, CUSTOM_FUNCTIONS } from '../src/functions/args';
import { FakeCfError, installCustomFunctions, withoutErrorClass } from './helpers/custom-functions-fake';
import { at, cp, serial } from './helpers/fn-time';


const severity = cp('severity');
const klass = cp('class');

const isFault = (v: unknown): v is CellFault => v instanceof CellFault;
/** The message of a fault cell; fails when the cell is not one. */
function faultOf(v: CellOut | Out): string {
  if (!isFault(v)) throw new Error(`expected a CellFault, got ${JSON.stringify(v)}`);
  return v.message;
}

/** An error cell as Excel hands it over. */
const excelError = (code: string, message?: string) => ({ code, message });

describe('TIER', () => {
  test('scalars: a factor, a loss, the default; zh label by default, key with "key"', () => {
    expect(tierCells(severity, { loss: null, factors: '人身伤害' })).toBe('重大投诉');
    expect(tierCells(severity, { loss: null, factors: '人身伤害' }, 'key')).toBe('major');
    expect(tierCells(severity, { loss: null, factors: '包装破损、质量缺陷' })).toBe('重要投诉');
    expect(tierCells(severity, { loss: 100, factors: null, received: serial('2026-11-03', 14) })).toBe('一般投诉');
    expect(tierCells(klass, { loss: 6000, factors: null }, 'key')).toBe('class1');
    expect(tierCells(klass, { loss: '¥5,000', factors: '' }, 'key')).toBe('class2');
    expect(tierCells(klass, { loss: null, factors: '未要求处理' })).toBe('一般性抱怨');
    expect(tierCells(severity, { loss: null, factors: '人身伤害', override: '一般投诉' })).toBe('一般投诉');
    expect(tierCells(severity, { loss: null, factors: null, override: 'major' }, 'en')).toBe('Major');
  });

  test('an empty row gives ""', () => {
    expect(tierCells(severity, { loss: null, factors: null })).toBe('');
    expect(tierCells(severity, { loss: '', factors: '  ', subject: null })).toBe('');
    // received given but empty: empty row even with a factor (a formula filled past the register's end)
    expect(tierCells(severity, { loss: null, factors: '人身伤害', received: '' })).toBe('');
  });

  test('a column: repeats on the same subject within three months escalate (assignTiers over all rows)', () => {
    const col = (xs: unknown[]) => xs.map((x) => [x]);
    const received = col([serial('2026-08-01', 10), serial('2026-09-01', 9), serial('2026-09-02', 9), null, serial('2026-09-03', 9), serial('2026-09-04', 9), serial('2026-12-15', 9)]);
    const subject = col(['冰箱不制冷', '冰箱不制冷', '洗衣机漏水', '冰箱不制冷', '冰箱不制冷', '洗衣机漏水', '冰箱不制冷']);
    const loss = col([1000, null, '', null, 'abc', null, null]);
    const factors = col([null, '', '未要求处理', null, null, '天灾', '']);
    const out = tierCells(klass, { loss, factors, subject, received }, 'key') as CellOut[][];
    expect(out).toHaveLength(7);
    expect(out.every((r) => r.length === 1)).toBe(true);
    expect(out[0][0]).toBe('class2');
    expect(out[1][0]).toBe('class1'); // second class2 on 冰箱不制冷 within 3 months
    expect(out[2][0]).toBe('grumble');
    expect(out[3][0]).toBe(''); // received empty
    expect(faultOf(out[4][0])).toMatch(/^损失金额 loss: 无法识别的金额 "abc"/);
    expect(faultOf(out[5][0])).toMatch(/^情形 factors: 情形「天灾」不在政策的情形列表中/);
    // 2026-12-15: the earlier class2 (08-01, 09-01 before escalation) are more than three months back… 09-01 is not:
    // 2026-12-15 minus three months is 2026-09-15, so neither 08-01 nor 09-01 is in the window; the bad row 09-03 is no history.
    expect(out[6][0]).toBe('class2');
  });

  test('a 1×N row and an N×M block; a lone scalar argument is repeated over the range', () => {
    const row = tierCells(severity, { loss: null, factors: [['人身伤害', '质量缺陷', null, '服务态度']] });
    expect(row).toEqual([['重大投诉', '重要投诉', '', '一般投诉']]);
    const d = serial('2026-11-03', 14);
    const block = tierCells(severity, {
      loss: null,
      factors: [['人身伤害', '质量缺陷'], [null, '服务态度']],
      received: [[d, d], [d, null]],
    });
    expect(block).toEqual([['重大投诉', '重要投诉'], ['一般投诉', '']]);
    // A 1×1 range (what Excel passes for one cell) gives a 1×1 result.
    expect(tierCells(severity, { loss: [[null]], factors: [['人身伤害']] })).toEqual([['重大投诉']]);
  });

  test('error cells and bad cells fail only their own result cell, with a message naming the argument', () => {
    const out = tierCells(severity, {
      loss: [[null], [null], [null]],
      factors: [['人身伤害'], [excelError('#N/A')], [null]],
      received: [[serial('2026-11-03', 14)], [serial('2026-11-03', 14)], ['2026-13-45']],
      override: [[null], [null], [null]],
    }) as CellOut[][];
    expect(out[0][0]).toBe('重大投诉');
    expect(faultOf(out[1][0])).toBe('情形 factors: 单元格是错误值 #N/A (the cell holds an error)');
    expect(faultOf(out[2][0])).toMatch(/^受理时间 received: 日期不存在 "2026-13-45"|^受理时间 received: .*"2026-13-45"/);
    expect(faultOf(tierCells(severity, { loss: null, factors: null, override: '特急' }))).toMatch(/^等级\(手工\) override: 「特急」不是政策中的等级/);
  });

  test('a range smaller than the others: the cells it does not reach are faults', () => {
    const out = tierCells(severity, { loss: [[1], [2]], factors: [['人身伤害'], ['人身伤害'], ['人身伤害']] }) as CellOut[][];
    expect(out[0][0]).toBe('重大投诉');
    expect(out[1][0]).toBe('重大投诉');
    expect(faultOf(out[2][0])).toMatch(/^损失金额 loss: 参数区域比其他参数小/);
  });

  test('format: "key", empty or zh; anything else is an argument error', () => {
    expect(labelFormat(undefined)).toBe('zh');
    expect(labelFormat(null)).toBe('zh');
    expect(labelFormat('')).toBe('zh');
    expect(labelFormat(' KEY ')).toBe('key');
    expect(labelFormat('en')).toBe('en');
    expect(() => labelFormat('xml')).toThrow(ArgError);
    expect(() => labelFormat('xml')).toThrow(/格式 "xml" 无法识别/);
  });
});

describe('DUE', () => {
  test('hand-computed deadlines (severity): hour clocks give date-times, day clocks dates on the china calendar', () => {
    // general, received 2026-11-03 14:00: contact within 24 h
    expect(dueCells(severity, { milestone: 'contact', received: serial('2026-11-03', 14), tier: 'general' })).toBeCloseTo(serial('2026-11-04', 14), 9);
    expect(dueCells(severity, { milestone: '初步方案', received: serial('2026-11-03', 14), tier: '一般投诉' })).toBeCloseTo(serial('2026-11-05', 14), 9);
    // important, received 2026-09-30 10:00: 7 working days, over 国庆 with the 10-10 调休 Saturday
    expect(dueCells(severity, { milestone: 'resolve', received: serial('2026-09-30', 10), tier: 'important' })).toBe(serial('2026-10-15'));
    expect(dueCells(severity, { milestone: '办结', received: serial('2026-09-30', 10), tier: '重要投诉' })).toBe(serial('2026-10-15'));
    expect(dueCells(severity, { milestone: '上报', received: serial('2026-09-30', 10), tier: 'Important' })).toBeCloseTo(serial('2026-09-30', 22), 9);
    // major: 15 working days
    expect(dueCells(severity, { milestone: 'resolve', received: serial('2026-09-30', 10), tier: 'major' })).toBe(serial('2026-10-27'));
  });

  test('"" when the tier has no such clock, or no deadline yet (follow-up before resolution)', () => {
    expect(dueCells(severity, { milestone: 'resolve', received: serial('2026-11-03', 14), tier: 'general' })).toBe('');
    expect(dueCells(severity, { milestone: 'report', received: serial('2026-11-03', 14), tier: 'general' })).toBe('');
    expect(dueCells(severity, { milestone: '回访', received: serial('2026-09-30', 10), tier: 'important' })).toBe('');
    // follow-up: 3 working days after the recorded resolution
    expect(dueCells(severity, { milestone: 'followup', received: serial('2026-09-30', 10), tier: 'important', resolved: serial('2026-10-14', 16) })).toBe(serial('2026-10-19'));
  });

  test('anchors, recorded milestones and pauses behave as in the CLI (class preset: resolve after dispatch)', () => {
    const received = serial('2026-11-06', 16);
    expect(dueCells(klass, { milestone: '派单', received, tier: 'class1' })).toBe(serial('2026-11-09'));
    expect(dueCells(klass, { milestone: 'resolve', received, tier: '一类投诉' })).toBe(serial('2026-11-12'));
    expect(dueCells(klass, { milestone: 'resolve', received, tier: 'class1', reported: serial('2026-11-07', 10) })).toBe(serial('2026-11-11'));
    // 30 paused hours move date deadlines by 2 days
    expect(dueCells(klass, { milestone: 'resolve', received, tier: 'class2', paused: 30 })).toBe(serial('2026-11-13'));
    // 2 paused hours move an hour deadline by 2 hours
    expect(dueCells(severity, { milestone: 'contact', received: serial('2026-11-03', 14), tier: 'major', paused: '2小时' })).toBeCloseTo(serial('2026-11-03', 22), 9);
  });

  test('a column of rows with empty and bad cells; the milestone is repeated down the column', () => {
    const out = dueCells(severity, {
      milestone: [['resolve']],
      received: [[serial('2026-09-30', 10)], [null], [''], ['2026-09-30 10:00'], ['昨天'], [serial('2026-09-30', 10)], [serial('2026-09-30', 10)], [excelError('#REF!')]],
      tier: [['important'], ['major'], [null], ['major'], ['major'], ['urgent'], [''], ['major']],
    }) as CellOut[][];
    expect(out.map((r) => r.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(out[0][0]).toBe(serial('2026-10-15'));
    expect(out[1][0]).toBe('');
    expect(out[2][0]).toBe('');
    expect(out[3][0]).toBe(serial('2026-10-27')); // text date-times are read too
    expect(faultOf(out[4][0])).toMatch(/^受理时间 received: 无法识别的日期时间 "昨天"/);
    expect(faultOf(out[5][0])).toMatch(/^等级 tier: 「urgent」不是政策中的等级 .*general\/一般投诉/);
    expect(faultOf(out[6][0])).toMatch(/^等级 tier: 等级为空/);
    expect(faultOf(out[7][0])).toBe('受理时间 received: 单元格是错误值 #REF! (the cell holds an error)');
  });

  test('a row of milestones against one complaint (1×N) and bad milestones', () => {
    const out = dueCells(severity, { milestone: [['contact', 'plan', 'resolve', 'followup', 'lunch', '']], received: [[serial('2026-09-30', 10)]], tier: [['major']] }) as CellOut[][];
    expect(out).toHaveLength(1);
    expect(out[0][0]).toBeCloseTo(serial('2026-09-30', 16), 9);
    expect(out[0][1]).toBeCloseTo(serial('2026-10-01', 10), 9);
    expect(out[0][2]).toBe(serial('2026-10-27'));
    expect(out[0][3]).toBe('');
    expect(faultOf(out[0][4])).toMatch(/^环节 milestone: 无法识别的环节 "lunch"/);
    expect(faultOf(out[0][5])).toMatch(/^环节 milestone: 环节为空/);
  });

  test('a milestone recorded before receipt is a fault', () => {
    expect(faultOf(dueCells(severity, { milestone: 'plan', received: serial('2026-11-03', 14), tier: 'general', contacted: serial('2026-11-02', 9) }))).toMatch(
      /^首次联系时间 contacted: 早于受理时间/,
    );
  });

  test('milestone words: keys, zh and en labels', () => {
    expect(['contact', '首次联系', 'Contact', '联系'].map(milestoneOf)).toEqual(['contact', 'contact', 'contact', 'contact']);
    expect(['report', '上报', '派单', '上报/派单', 'dispatch'].map(milestoneOf)).toEqual(Array(5).fill('report'));
    expect(['plan', '初步方案', '方案'].map(milestoneOf)).toEqual(Array(3).fill('plan'));
    expect(['resolve', '办结'].map(milestoneOf)).toEqual(['resolve', 'resolve']);
    expect(['followup', '回访', 'Follow-up'].map(milestoneOf)).toEqual(['followup', 'followup', 'followup']);
    expect(milestoneOf('x')).toBeUndefined();
    expect(milestoneOf(3)).toBeUndefined();
  });
});

describe('STATUS', () => {
  const received = serial('2026-11-03', 14);
  test.each<[string, string, Record<string, unknown>, string]>([
    ['open, contact due in 2 h: due soon', '2026-11-04 12:00', {}, 'due-soon'],
    ['contacted; the plan is due in 46 h: on track', '2026-11-03 16:00', { contacted: serial('2026-11-03', 15) }, 'on-track'],
    ['contact missed', '2026-11-05 10:00', {}, 'overdue'],
    ['contacted and planned, not resolved: no clock running', '2026-11-10 10:00', { contacted: serial('2026-11-03', 15), planned: serial('2026-11-04', 10) }, 'on-track'],
    ['resolved and followed up in time', '2026-11-10 10:00', { resolved: serial('2026-11-04', 12), followedUp: serial('2026-11-05', 9) }, 'closed-on-time'],
    ['resolved after the plan deadline (unrecorded plan counts as done then)', '2026-11-10 10:00', { contacted: serial('2026-11-03', 15), resolved: serial('2026-11-06', 12), followedUp: serial('2026-11-06', 13) }, 'closed-late'],
    ['resolved, follow-up still open and past due', '2026-11-20 10:00', { resolved: serial('2026-11-04', 12) }, 'overdue'],
  ])('%s', (_name, asOf, extra, expected) => {
    const [d, t] = asOf.split(' ');
    const [hh, mm] = t.split(':').map(Number);
    expect(statusCells(severity, { received, tier: 'general', ...extra }, at(d, hh, mm), 'key')).toBe(expected);
  });

  test('zh labels by default; a column with empty, bad and error cells', () => {
    const out = statusCells(
      severity,
      {
        received: [[received], [null], [received], ['abc'], [excelError('#DIV/0!')]],
        tier: [['一般投诉'], [null], ['major'], ['general'], ['general']],
        paused: [[null], [null], [-3], [null], [null]],
      },
      at('2026-11-04', 12),
    ) as CellOut[][];
    expect(out[0][0]).toBe('即将到期');
    expect(out[1][0]).toBe('');
    expect(faultOf(out[2][0])).toMatch(/^暂停时长 paused: 时长不能为负 "-3"/);
    expect(faultOf(out[3][0])).toMatch(/^受理时间 received: 无法识别的日期时间 "abc"/);
    expect(faultOf(out[4][0])).toBe('受理时间 received: 单元格是错误值 #DIV/0! (the cell holds an error)');
  });

  test('"now" is Beijing wall-clock time whatever the machine zone', () => {
    // 04:00 UTC is 12:00 in Asia/Shanghai.
    expect(wallClockNow(undefined, new Date('2026-11-04T04:00:00Z'))).toBe(at('2026-11-04', 12));
    expect(wallClockNow('Asia/Shanghai', new Date('2026-11-03T16:30:00Z'))).toBe(at('2026-11-04', 0, 30));
  });
});

describe('the Excel wrappers (functions.ts)', () => {
  let restore: () => void;
  beforeAll(() => {
    restore = installCustomFunctions();
    setPolicyProvider(presetProvider('severity'));
  });
  afterAll(() => {
    restore();
    jest.useRealTimers();
  });

  test('matrix in, matrix out; bad cells become #VALUE! values with their message, the rest compute', async () => {
    const out = await tier([[null], [null], ['abc']], [['人身伤害'], [null], [null]], undefined, [[serial('2026-11-03', 14)], [null], [serial('2026-11-03', 14)]]);
    expect(out[0][0]).toBe('重大投诉');
    expect(out[1][0]).toBe('');
    expect(out[2][0]).toBeInstanceOf(FakeCfError);
    expect(out[2][0].code).toBe('#VALUE!');
    expect(out[2][0].message).toMatch(/^损失金额 loss: 无法识别的金额 "abc"/);
    expect(await tier([[null]], [['人身伤害']], undefined, undefined, undefined, 'key')).toEqual([['major']]);
  });

  test('DUE: serials; "" for no clock', async () => {
    const out = await due([['resolve']], [[serial('2026-09-30', 10)], [serial('2026-09-30', 10)]], [['important'], ['general']]);
    expect(out).toEqual([[serial('2026-10-15')], ['']]);
  });

  test('STATUS reads the clock in Asia/Shanghai', async () => {
    jest.useFakeTimers({ now: new Date('2026-11-04T04:00:00Z') }); // 12:00 in Beijing
    expect(await status([[serial('2026-11-03', 14)]], [['general']])).toEqual([['即将到期']]);
    jest.setSystemTime(new Date('2026-11-05T02:00:00Z')); // 10:00 the next day
    expect(await status([[serial('2026-11-03', 14)]], [['general']], null as never, null as never, null as never, null as never, null as never, null as never, 'key')).toEqual([['overdue']]);
    jest.useRealTimers();
  });

  test('a bad format or a policy with problems fails the whole call with #VALUE! and the message', async () => {
    await expect(tier([[null]], [['人身伤害']], undefined, undefined, undefined, 'xml')).rejects.toMatchObject({ code: '#VALUE!', message: expect.stringMatching(/格式 "xml" 无法识别/) });
    const broken: PolicyState = { ok: false, label: 'sheet 投诉政策', message: '投诉政策有误 policy problem: sheet 投诉政策 row 7: unknown tier "urgent"' };
    setPolicyProvider({ policy: () => broken });
    try {
      await expect(due([['contact']], [[serial('2026-11-03', 14)]], [['general']])).rejects.toMatchObject({ code: '#VALUE!', message: expect.stringMatching(/row 7: unknown tier "urgent"/) });
      await expect(status([[serial('2026-11-03', 14)]], [['general']])).rejects.toBeInstanceOf(FakeCfError);
    } finally {
      setPolicyProvider(presetProvider('severity'));
    }
  });

  test('long messages are cut for Excel', async () => {
    const long = 'x'.repeat(400);
    const out = await tier([[null]], [[long]]);
    expect(out[0][0].message.length).toBeLessThanOrEqual(250);
  });

  test('on a 1.1 host without CustomFunctions.Error a bad cell shows its message as text', async () => {
    const out = await withoutErrorClass(() => tier([['abc']], [[null]]));
    expect(out[0][0]).toMatch(/^#VALUE! 损失金额 loss/);
  });
});

// ---- metadata ----

interface MetaParam {
  name: string;
  description?: string;
  type?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface MetaFunction {
  id: string;
  name: string;
  description?: string;
  options?: { volatile?: boolean };
  parameters: MetaParam[];
  result: { type?: string; dimensionality?: string };
}
interface Metadata {
  functions: MetaFunction[];
}

const requireHere = createRequire(__filename);
const localize = requireHere('../scripts/localize-functions.cjs') as {
  loadTable: () => { namespace: string; functions: Array<{ id: string; zh: string; params: Array<{ name: string; zh: { name: string } }> }> };
  localizeMetadata: (m: Metadata, table: object) => Metadata;
};

describe('metadata (functions.json) of TIER, DUE and STATUS', () => {
  let meta: Metadata;
  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata([path.join(__dirname, '..', 'src', 'functions', 'functions.ts')], false);
    expect(result.errors).toEqual([]);
    meta = JSON.parse(result.metadataJson) as Metadata;
  });
  const fn = (id: string) => meta.functions.find((f) => f.id === id)!;
  const params = (id: string) => fn(id).parameters.map((p) => [p.name, p.dimensionality ?? 'scalar', Boolean(p.optional)]);

  test('ids, names and parameters; every register column accepts a whole range (matrix)', () => {
    expect(meta.functions.map((f) => f.id)).toEqual(['WORKDAY', 'NETWORKDAYS', 'TIER', 'DUE', 'STATUS']);
    for (const id of ['TIER', 'DUE', 'STATUS']) {
      expect(fn(id).name).toBe(id);
      expect(fn(id).result.dimensionality).toBe('matrix');
      expect(fn(id).description).toBeTruthy();
    }
    expect(params('TIER')).toEqual([
      ['loss', 'matrix', false],
      ['factors', 'matrix', false],
      ['subject', 'matrix', true],
      ['received', 'matrix', true],
      ['override', 'matrix', true],
      ['format', 'scalar', true],
    ]);
    expect(params('DUE')).toEqual([
      ['milestone', 'matrix', false],
      ['received', 'matrix', false],
      ['tier', 'matrix', false],
      ['contacted', 'matrix', true],
      ['reported', 'matrix', true],
      ['planned', 'matrix', true],
      ['resolved', 'matrix', true],
      ['paused', 'matrix', true],
      ['promised', 'matrix', true],
      ['extendedTo', 'matrix', true],
      ['extensionReason', 'matrix', true],
      ['pauses', 'matrix', true],
      ['appealed', 'matrix', true],
      ['appealResult', 'matrix', true],
      ['transferredAt', 'matrix', true],
    ]);
    expect(params('STATUS')).toEqual([
      ['received', 'matrix', false],
      ['tier', 'matrix', false],
      ['contacted', 'matrix', true],
      ['reported', 'matrix', true],
      ['planned', 'matrix', true],
      ['resolved', 'matrix', true],
      ['followedUp', 'matrix', true],
      ['paused', 'matrix', true],
      ['format', 'scalar', true],
      ['valid', 'matrix', true],
      ['promised', 'matrix', true],
      ['extendedTo', 'matrix', true],
      ['extensionReason', 'matrix', true],
      ['pauses', 'matrix', true],
      ['reopened', 'matrix', true],
      ['reresolved', 'matrix', true],
      ['appealed', 'matrix', true],
      ['appealResult', 'matrix', true],
      ['transferredAt', 'matrix', true],
    ]);
    expect(fn('TIER').parameters.find((p) => p.name === 'format')!.type).toBe('string');
    expect(fn('STATUS').parameters.find((p) => p.name === 'format')!.type).toBe('string');
  });

  test('STATUS alone is volatile (time moves on); TIER and DUE recalculate only when their cells change', () => {
    expect(fn('STATUS').options?.volatile).toBe(true);
    for (const id of ['WORKDAY', 'NETWORKDAYS', 'TIER', 'DUE']) expect(fn(id).options?.volatile ?? false).toBe(false);
  });

  test('the task pane catalogue lists every function with its signature', () => {
    expect(CUSTOM_FUNCTIONS.map((f) => f.id)).toEqual(meta.functions.map((f) => f.id));
    const optional = (p: MetaParam) => (p.optional ? `[${p.name}]` : p.name);
    for (const f of meta.functions) expect(CUSTOM_FUNCTIONS.find((c) => c.id === f.id)!.signature).toBe(`${f.id}(${f.parameters.map(optional).join(', ')})`);
  });

  test('zh-CN metadata (functions.zh-cn.json): same ids, names and shapes; Chinese descriptions and parameter names from the table', () => {
    const table = localize.loadTable();
    const zh = localize.localizeMetadata(meta, table);
    expect(zh.functions.map((f) => f.id)).toEqual(meta.functions.map((f) => f.id));
    // Names stay the ids, so =COMPLAINTS.TIER(...) written by the add-in resolves in zh-CN Excel (issue 10).
    expect(zh.functions.map((f) => f.name)).toEqual(meta.functions.map((f) => f.id));
    zh.functions.forEach((f, i) => {
      const en = meta.functions[i];
      expect(f.description).toMatch(/[\u4e00-\u9fff]/);
      expect(f.parameters.map((p) => [p.type, p.dimensionality, p.optional])).toEqual(en.parameters.map((p) => [p.type, p.dimensionality, p.optional]));
      expect(f.options).toEqual(en.options);
      expect(f.result).toEqual(en.result);
      for (const p of f.parameters) expect(p.name).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(new Set(f.parameters.map((p) => p.name)).size).toBe(f.parameters.length);
    });
    // The English file is left as it was.
    expect(meta.functions.find((f) => f.id === 'TIER')!.parameters[0].name).toBe('loss');
  });

  test('a function or parameter missing from the table, or a renamed function, fails the build', () => {
    const table = localize.loadTable();
    const withoutTier = { ...table, functions: table.functions.filter((f) => f.id !== 'TIER') };
    expect(() => localize.localizeMetadata(meta, withoutTier)).toThrow(/TIER has no entry/);
    const noParam = JSON.parse(JSON.stringify(table)) as typeof table;
    const due = noParam.functions.find((f) => f.id === 'DUE')!;
    due.params = due.params.filter((p) => p.name !== 'paused');
    expect(() => localize.localizeMetadata(meta, noParam)).toThrow(/DUE: parameter paused/);
    const renamed = JSON.parse(JSON.stringify(meta)) as Metadata;
    renamed.functions[2].name = '投诉等级';
    expect(() => localize.localizeMetadata(renamed, table)).toThrow(/must stay its id/);
  });
});
