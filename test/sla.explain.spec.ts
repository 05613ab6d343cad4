// 004 4.4.3 "所有投诉问题必须在24小时内作出回复,重大问题或牵涉面较广无法在24小时内答复的,需在24小时内向客户说明情况,并给予客户明确解决时间"
// (policy-rules.md §3: "Every complaint answered within 24 h; if it cannot be, explain within 24 h and give a date (004).")
// The date is 延期至 with its 延期原因; when the customer was told is 延期说明时间, due within 24
// calendar hours (the text says 小时) of receipt. Late explanations show in check and count in the appraisal.
import { evaluate } from '../src/core/sla';
import { assignTiers } from '../src/core/tier';
import { readRegister } from '../src/core/register/read';
import { checkRegister } from '../src/core/check';
import { reportFigures } from '../src/core/report/figures';
import { parsePeriod } from '../src/core/report/period';
import { FIELD_BY_KEY } from '../src/core/register/fields';
import { at, compiled, complaint } from './helpers/build';
import { MsgError, render } from '../src/core/messages';

const severity = compiled('severity');
const extended = (explained: string | undefined, more: Record<string, unknown> = {}) =>
  complaint({ received: '2026-11-06 15:00', extendedTo: at('2026-11-20 00:00'), extensionReason: '等待厂家检测', ...(explained ? { extensionExplained: at(explained) } : {}), ...more });

describe('the explanation of an extension is due 24 calendar hours after receipt', () => {
  // Received Fri 15:00: by Sat 15:00 (calendar hours: the weekend is not skipped).
  test.each<[string, string | undefined, boolean | undefined]>([
    ['the same day', '2026-11-06 17:00', false],
    ['exactly 24 h later', '2026-11-07 15:00', false],
    ['a minute after', '2026-11-07 15:01', true],
    ['on Monday (working hours would still allow it; the text says 24 小时)', '2026-11-09 09:00', true],
    ['not recorded: nothing to judge', undefined, undefined],
  ])('%s', (_n, explained, late) => {
    const c = extended(explained);
    const ev = evaluate(severity, c, assignTiers(severity, [c])[0].rank, at('2026-11-10 10:00'));
    expect(ev.extension?.by).toBe(at('2026-11-07 15:00'));
    expect(ev.extension?.late).toBe(late);
  });

  test('no extension, no explanation state', () => {
    const c = complaint({ received: '2026-11-06 15:00', extensionExplained: at('2026-11-09 09:00') });
    expect(evaluate(severity, c, 0, at('2026-11-10 10:00')).extension).toBeUndefined();
  });
});

describe('延期说明时间 is read through the synonym table', () => {
  const def = FIELD_BY_KEY.extensionExplained;
  test.each([def.zh, def.en, ...def.synonyms])('%j', (header) => {
    const read = readRegister([['受理时间', '客户', '延期至', '延期原因', header], ['2026-11-06 15:00', '王先生', '2026-11-20', '等待厂家检测', '2026-11-07 10:00']]);
    if (!read.ok) throw new MsgError(read.error);
    expect(read.value.map.columns.extensionExplained).toBe(4);
    expect(read.value.complaints[0].extensionExplained).toBe(at('2026-11-07 10:00'));
    expect(read.value.map.columns.extensionReason).toBe(3);
  });

  test('before receipt: a cell error in that column, the row still counts', () => {
    const read = readRegister([['受理时间', '客户', '延期说明时间'], ['2026-11-06 15:00', '王先生', '2026-11-05 10:00']]);
    if (!read.ok) throw new MsgError(read.error);
    expect(read.value.complaints[0].errors.map((e) => e.column)).toEqual(['延期说明时间']);
    expect(read.value.complaints[0].broken).toBe(false);
  });
});

describe('check and the appraisal', () => {
  const rows = [
    ['受理时间', '客户', '责任部门', '延期至', '延期原因', '延期说明时间', '是否有效'],
    ['2026-10-06 15:00', '王先生', '物流部', '2026-10-20', '等待检测', '2026-10-08 09:00', ''],
    ['2026-10-06 15:00', '李女士', '物流部', '2026-10-20', '等待检测', '2026-10-07 09:00', ''],
    ['2026-10-07 15:00', '赵先生', '客服部', '2026-10-21', '配件缺货', '2026-10-09 09:00', ''],
    ['2026-10-07 15:00', '孙先生', '客服部', '2026-10-21', '配件缺货', '2026-10-09 09:00', '否'],
  ];
  const read = readRegister(rows);
  if (!read.ok) throw new MsgError(read.error);

  test('check names the cell and the deadline on late rows, counts them (an invalid complaint is not held to it)', () => {
    const r = checkRegister(read.value, severity, at('2026-10-12 10:00'));
    expect(r.rows.map((x) => x.explanationLate)).toEqual([true, false, true, true]);
    expect(r.rows[0].errors.map((e) => ({ column: e.column, zh: render(e.msg, 'zh'), en: render(e.msg, 'en') }))).toEqual([{ column: '延期说明时间', zh: expect.stringContaining('应于 2026-10-07 15:00 前'), en: expect.stringContaining('by 2026-10-07 15:00') }]);
    expect(r.rows[1].errors).toEqual([]);
    expect(r.rows[3].errors).toEqual([]);
    expect(r.summary.rework?.explanationsLate).toBe(2);
    expect(r.summary.rework?.extensions).toBe(4);
  });

  test('the month’s rework figures count late explanations, per department', () => {
    const p = parsePeriod('2026-10');
    if (!p.ok) throw new MsgError(p.error);
    const f = reportFigures({ policy: severity, complaints: read.value.complaints, survey: [], period: p.value, asOf: p.value.end });
    expect(f.rework?.lateExplanations).toBe(2);
    expect(f.rework?.byDepartment.map((u) => [u.unit, u.extensions, u.lateExplanations])).toEqual([['客服部', 1, 1], ['物流部', 2, 1]]);
  });
});
