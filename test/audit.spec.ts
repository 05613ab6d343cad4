// The audit trail's pure model: which changes are logged (tier, what moves a deadline, resolution,
// validity — issue 13 "who changed tier, deadlines, resolution or validity, and when"), and 办结人
// kept at resolution ("satisfaction is credited to the handler who resolved the complaint").
import { auditEntry, auditRow, resolvedByOnResolution, CellChange, AUDITED_FIELDS } from '../src/core/register/audit';
import { at } from './helpers/build';

const change = (c: Partial<CellChange>): CellChange => ({ sheet: '登记', row: 5, header: 'h', field: undefined, before: null, after: null, id: 'TS-1', ...c });
const now = at('2026-12-03 10:00');

test.each<[string, Partial<CellChange>, string[] | undefined]>([
  ['手工等级', { field: 'tierOverride', header: '等级(手工)', before: null, after: '重大投诉' }, ['2026-12-03 10:00', '甲', '登记', '5', 'TS-1', '等级(手工)', '等级(手工)', '', '重大投诉']],
  ['情形 moves the tier', { field: 'factors', header: '情形', before: '服务态度', after: '人身伤害' }, ['2026-12-03 10:00', '甲', '登记', '5', 'TS-1', '情形', '情形', '服务态度', '人身伤害']],
  ['受理时间 moves every deadline', { field: 'received', header: '受理时间', before: 46330.5, after: 46331.5 }, ['2026-12-03 10:00', '甲', '登记', '5', 'TS-1', '受理时间', '受理时间', '46330.5', '46331.5']],
  ['办结时间', { field: 'resolved', header: '办结时间', before: '', after: '2026-11-05 16:00' }, ['2026-12-03 10:00', '甲', '登记', '5', 'TS-1', '办结时间', '办结时间', '', '2026-11-05 16:00']],
  ['是否有效', { field: 'valid', header: '有效', before: '是', after: '否' }, ['2026-12-03 10:00', '甲', '登记', '5', 'TS-1', '是否有效', '有效', '是', '否']],
  ['客户 is not audited', { field: 'customer', before: '王', after: '李' }, undefined],
  ['an unmapped column is not audited', { field: undefined, before: 'a', after: 'b' }, undefined],
  ['the same value again is no change', { field: 'valid', before: '是', after: '是' }, undefined],
])('%s', (_n, c, row) => {
  const e = auditEntry(change(c), '甲', now);
  expect(e && auditRow(e)).toEqual(row);
});

test('the audited fields', () => {
  // Issue 13: who changed tier, deadlines, resolution or validity — the second round's deadline fields included.
  expect(AUDITED_FIELDS).toEqual([
    'tierOverride', 'factors', 'loss', 'received', 'paused', 'resolved', 'resolution', 'resolvedBy', 'valid',
    'promised', 'extendedTo', 'extensionReason', 'pauses', 'pauseStart', 'pauseEnd', 'reopened', 'reresolved', 'appealed', 'appealResult', 'transferredTo', 'transferredAt',
  ]);
});

test.each<[string, Partial<CellChange>, string | undefined, string | undefined, string | undefined]>([
  ['resolution typed in, 办结人 empty: the handler now', { field: 'resolved', before: null, after: '2026-11-05 16:00' }, ' 甲 ', undefined, '甲'],
  ['办结人 already there: kept', { field: 'resolved', before: null, after: '2026-11-05 16:00' }, '甲', '乙', undefined],
  ['a resolution time corrected: not a new resolution', { field: 'resolved', before: '2026-11-05 16:00', after: '2026-11-05 17:00' }, '甲', undefined, undefined],
  ['no handler: nothing to keep', { field: 'resolved', before: null, after: '2026-11-05 16:00' }, undefined, undefined, undefined],
  ['another column', { field: 'valid', before: null, after: '否' }, '甲', undefined, undefined],
])('%s', (_n, c, handler, resolvedBy, expected) => {
  expect(resolvedByOnResolution(change(c), handler, resolvedBy)).toBe(expected);
});
