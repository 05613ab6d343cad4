// Automatic 编号: every source policy registers a complaint under a unique number (policy-rules.md
// §1 "登记 register (unique number)"; 001 "为投诉事项开立投诉登记表"). New rows get the next number of
// the pattern; existing ids are never changed or renumbered; duplicates are reported with their rows.
import { en, zh } from './helpers/msg';
import { MsgError } from '../src/core/messages';
import { allocateIds, duplicateIds, parseIdPattern, IdPattern, DEFAULT_ID_PATTERN } from '../src/core/register/ids';
import { checkRegister } from '../src/core/check';
import { readRegister } from '../src/core/register/read';
import { at, compiled } from './helpers/build';
import { preset } from '../src/core/policy/presets';
import { policyFromTable, policyToTable } from '../src/core/policy/table';
import { compilePolicy } from '../src/core/policy/compile';

const pattern = (text = DEFAULT_ID_PATTERN): IdPattern => {
  const p = parseIdPattern(text);
  if (!p.ok) throw new MsgError(p.error);
  return p.value;
};
const now = at('2026-12-03 10:00');

describe('allocateIds', () => {
  test.each<[string, string, { id?: string; received?: string }[], (string | undefined)[]]>([
    ['an empty register starts at 0001', DEFAULT_ID_PATTERN, [{ received: '2026-11-03 10:00' }, { received: '2026-11-04 10:00' }], ['TS-2026-0001', 'TS-2026-0002']],
    ['follows the highest existing number, gaps are not refilled', DEFAULT_ID_PATTERN,
      [{ id: 'TS-2026-0007', received: '2026-11-01 10:00' }, { id: 'TS-2026-0003' }, { received: '2026-11-05 10:00' }], [undefined, undefined, 'TS-2026-0008']],
    ['existing ids of any form are kept as they are', DEFAULT_ID_PATTERN,
      [{ id: ' 旧-12 ' }, { id: 'ts-2026-0009' }, { received: '2026-11-05 10:00' }], [undefined, undefined, 'TS-2026-0010']],
    ['the year of receipt picks the frame, each year counts on its own', DEFAULT_ID_PATTERN,
      [{ id: 'TS-2025-0120' }, { received: '2025-12-31 23:00' }, { received: '2026-01-01 08:00' }], [undefined, 'TS-2025-0121', 'TS-2026-0001']],
    ['no 受理时间: the number of now', DEFAULT_ID_PATTERN, [{}], ['TS-2026-0001']],
    ['month and a short year, a wider sequence', 'KS{YY}{MM}-{#####}', [{ id: 'KS2611-00041' }, { received: '2026-11-20 09:00' }, { received: '2026-10-02 09:00' }],
      [undefined, 'KS2611-00042', 'KS2610-00001']],
    ['a sequence past its width grows rather than wrap', 'A-{#}', [{ id: 'A-9' }, { received: '2026-11-20 09:00' }], [undefined, 'A-10']],
    ['text after the sequence', 'No.{####}号', [{ id: 'No.0002号' }, { received: '2026-11-20 09:00' }], [undefined, 'No.0003号']],
    ['an empty or blank id cell is a new row', DEFAULT_ID_PATTERN, [{ id: '  ', received: '2026-11-03 10:00' }], ['TS-2026-0001']],
  ])('%s', (_n, text, rows, expected) => {
    const got = allocateIds(rows.map((r) => ({ id: r.id, received: r.received ? at(r.received) : undefined })), pattern(text), now);
    expect(got).toEqual(expected);
  });

  test('a number any row holds is never given again, even out of order', () => {
    const rows = [{ id: 'TS-2026-0002' }, { received: at('2026-11-03 10:00') }, { id: 'TS-2026-0001' }, { received: at('2026-11-03 11:00') }];
    const got = allocateIds(rows, pattern(), now);
    expect(got).toEqual([undefined, 'TS-2026-0003', undefined, 'TS-2026-0004']);
    const all = rows.map((r, i) => r.id ?? got[i]);
    expect(new Set(all).size).toBe(all.length);
  });

  test.each([
    ['TS-{YYYY}', /exactly one sequence/],
    ['{##}-{###}', /exactly one sequence/],
    ['TS-{YEAR}-{####}', /unknown \{…\} token/],
  ])('pattern %j is refused: %s', (text, message) => {
    const p = parseIdPattern(text);
    expect(p.ok).toBe(false);
    expect(!p.ok && en(p.error)).toMatch(message);
    expect(!p.ok && zh(p.error)).toMatch(/^编号格式 "/);
  });
});

describe('duplicate ids', () => {
  test.each<[string, { row: number; id?: string }[], { id: string; rows: number[] }[]]>([
    ['none', [{ row: 2, id: 'A' }, { row: 3, id: 'B' }, { row: 4 }], []],
    ['each with all its rows', [{ row: 2, id: 'A' }, { row: 3, id: 'B' }, { row: 4, id: 'A' }, { row: 5, id: 'B' }, { row: 6, id: 'A' }], [{ id: 'A', rows: [2, 4, 6] }, { id: 'B', rows: [3, 5] }]],
    ['as people read them: width, case and spaces do not make two ids', [{ row: 2, id: 'TS-2026-0001' }, { row: 9, id: ' ｔｓ-2026-0001' }], [{ id: 'TS-2026-0001', rows: [2, 9] }]],
    ['empty ids are not duplicates', [{ row: 2, id: '' }, { row: 3, id: ' ' }, { row: 4 }], []],
  ])('%s', (_n, rows, expected) => {
    expect(duplicateIds(rows)).toEqual(expected);
  });

  test('check reports them with their rows, as a warning and in the summary', () => {
    const r = readRegister([
      ['编号', '受理时间', '客户'],
      ['TS-1', '2026-11-03 10:00', '王'],
      ['TS-2', '2026-11-03 11:00', '李'],
      ['TS-1', '2026-11-03 12:00', '张'],
    ]);
    if (!r.ok) throw new MsgError(r.error);
    const report = checkRegister(r.value, compiled('severity'), at('2026-11-03 13:00'));
    expect(report.summary.duplicateIds).toEqual([{ id: 'TS-1', rows: [2, 4] }]);
    expect(report.summary.warnings.map(zh)).toContain('编号「TS-1」重复：第 2、4 行（编号须唯一）');
    expect(report.summary.warnings.map(en)).toContain('id TS-1 is on rows 2, 4; an id must be unique');
  });
});

describe('编号格式 is a policy setting', () => {
  test('it round-trips through the 投诉政策 sheet, and a bad one is refused at its cell', () => {
    const p = preset('severity')!;
    p.idPattern = 'KS{YY}{MM}-{###}';
    const rows = policyToTable(p);
    expect(policyFromTable(rows).policy!.idPattern).toBe('KS{YY}{MM}-{###}');
    const i = rows.findIndex((r) => r[1] === '编号格式');
    const bad = rows.map((r, j) => (j === i ? [r[0], r[1], 'KS-{YEAR}'] : r));
    expect(policyFromTable(bad).problems).toEqual([{ row: i + 1, where: `投诉政策!C${i + 1}`, message: expect.objectContaining({ code: 'id.oneRun', params: { pattern: 'KS-{YEAR}', example: DEFAULT_ID_PATTERN } }) }]);
  });
  test('compile refuses a bad pattern given as JSON', () => {
    const p = preset('severity')!;
    p.idPattern = 'no sequence';
    const r = compilePolicy(p);
    expect(!r.ok && r.problems.map((x) => x.where)).toEqual(['idPattern']);
  });
});
