// Issue 13's second-round states in the queue and on the home card: 重新处理 (its own resolve clock,
// 000: "If the customer is not satisfied at the follow-up, the complaint is reopened and handled
// again"), 申诉中 / 申诉成立 (001: "An appeal (申诉) by a department that thinks the complaint is not
// its own must come within 1 working day"; upheld, the complaint is the new department's), 已延期
// (004: explain within 24 h and give a date), 暂停中 (a pause period covers the as-of time) and 无效
// (004: an invalid complaint is never overdue, so never in the queue; counted on the card).
import { readRegister } from '../src/core/register/read';
import { checkRegister } from '../src/core/check';
import { RowState, buildQueue, filterQueue, rowStates, stateChoicesOf } from '../src/core/queue';
import { statusCard } from '../src/core/status';
import { at, compiled } from './helpers/build';
import { MsgError } from '../src/core/messages';

const severity = compiled('severity');
const AS_OF = '2026-11-07 10:00';
const HEAD = ['编号', '受理时间', '客户', '责任部门', '首次联系时间', '上报时间', '方案时间', '办结时间', '回访时间', '重新处理时间', '申诉时间', '申诉结果', '改派部门', '改派时间', '延期至', '延期原因', '暂停期间', '是否有效'];
// Each row: its id, the cells it sets (by header), and the states it must show.
const ROWS: [string, Record<string, string>, RowState[]][] = [
  // sla.rework.spec.ts proves this reopen's own resolve deadline: 3 working days from 11-06 15:00 → 11-11.
  ['R', { 受理时间: '2026-10-26 09:00', 首次联系时间: '2026-10-26 10:00', 方案时间: '2026-10-26 11:00', 办结时间: '2026-10-27 10:00', 回访时间: '2026-10-28 10:00', 重新处理时间: '2026-11-06 15:00' }, ['reopened']],
  ['AP', { 受理时间: '2026-11-06 09:00', 上报时间: '2026-11-06 10:00', 申诉时间: '2026-11-06 15:00' }, ['appeal-pending']],
  ['AU', { 受理时间: '2026-11-06 09:00', 上报时间: '2026-11-06 10:00', 申诉时间: '2026-11-06 15:00', 申诉结果: '成立', 改派部门: '售后服务部', 改派时间: '2026-11-06 16:00' }, ['appeal-upheld']],
  ['E', { 受理时间: '2026-11-02 09:00', 延期至: '2026-11-20', 延期原因: '等待厂家配件' }, ['extended']],
  ['P', { 受理时间: '2026-11-05 09:00', 暂停期间: '2026-11-06 09:00–2026-11-09 09:00' }, ['paused']],
  ['P0', { 受理时间: '2026-11-05 09:00', 暂停期间: '2026-11-05 10:00–2026-11-05 12:00' }, []],
  ['N', { 受理时间: '2026-11-02 09:00', 是否有效: '否' }, ['invalid']],
  ['plain', { 受理时间: '2026-11-06 09:00' }, []],
];

function setUp() {
  const grid = [HEAD, ...ROWS.map(([id, cells]) => HEAD.map((h) => (h === '编号' ? id : h === '客户' ? '王先生' : h === '责任部门' ? '物流部' : cells[h] ?? '')))];
  const read = readRegister(grid);
  if (!read.ok) throw new MsgError(read.error);
  const report = checkRegister(read.value, severity, at(AS_OF));
  return { read: read.value, report, queue: buildQueue(report.rows, read.value.complaints, severity.calendar, at(AS_OF)) };
}

describe('each row shows its states', () => {
  const { read, report, queue } = setUp();
  test.each(ROWS)('%s', (id, _cells, states) => {
    const i = report.rows.findIndex((r) => r.id === id);
    expect(report.rows[i].errors).toEqual([]);
    expect(rowStates(report.rows[i], read.complaints[i], at(AS_OF))).toEqual(states);
    const entry = queue.find((q) => q.id === id);
    // 无效 is never in the queue; every other row here has a clock running.
    if (states.includes('invalid')) expect(entry).toBeUndefined();
    else expect(entry?.states).toEqual(states);
  });

  test('重新处理: the entry runs on the reopened complaint\'s own resolve deadline', () => {
    const r = queue.find((q) => q.id === 'R');
    expect([r?.next.milestone, r?.next.day, r?.group]).toEqual(['resolve', at('2026-11-11 00:00') / 1440, 'on-track']);
    expect(report.rows.find((x) => x.id === 'R')?.reopenDue).toBe('2026-11-11');
  });

  test('申诉成立: the new department, and the one it came from', () => {
    const u = queue.find((q) => q.id === 'AU');
    expect([u?.department, u?.appealFrom]).toEqual(['售后服务部', '物流部']);
  });

  test('已延期: the new date', () => {
    expect(queue.find((q) => q.id === 'E')?.extendedTo).toBe(at('2026-11-20 00:00'));
  });

  test('the state filter and its choices', () => {
    expect(stateChoicesOf(queue)).toEqual(['reopened', 'appeal-pending', 'appeal-upheld', 'extended', 'paused']);
    expect(filterQueue(queue, { state: 'paused' }).map((q) => q.id)).toEqual(['P']);
    expect(filterQueue(queue, { state: 'reopened', department: '售后服务部' })).toEqual([]);
    expect(filterQueue(queue, {}).length).toBe(queue.length);
  });

  test('the home card counts each state; 无效 from the register\'s rows', () => {
    const card = statusCard({ register: 'r', policySheet: true, policyProblems: [], queue, invalid: report.summary.invalid });
    expect(card.states).toEqual({ reopened: 1, 'appeal-pending': 1, 'appeal-upheld': 1, extended: 1, paused: 1, invalid: 1 });
    expect(card.open).toBe(ROWS.length - 1);
  });
});
