// Issue 12: the consolidated appraisal's notes (an id in two registers, a register's own policy
// not used) are catalogued values. The 读取说明 sheet is bilingual by design, like every label of
// the workbook: each note there is 中文 (English); the CLI prints them, and the lines around them
// (what was written, the branches), in --lang.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONSOLIDATION_NOTES } from '../src/core/report/consolidate';
import { notesSheet } from '../src/core/report/notes';
import { render } from '../src/core/messages';

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;
const clash = { id: 'KS-2026-0012', places: [{ register: 'crm-export', row: 2 }, { register: 'helpdesk-export', row: 4 }] };

test.each([
  ['an id in two registers', CONSOLIDATION_NOTES.clash(clash), '编号 KS-2026-0012 出现在多个登记表：crm-export 第 2 行、helpdesk-export 第 4 行；均已计入，若为同一投诉请删去一行', 'the complaint id KS-2026-0012 is in several registers: crm-export row 2, helpdesk-export row 4; each is counted; if it is one complaint, remove one row'],
  ['a register with its own policy', CONSOLIDATION_NOTES.ownPolicy('b.xlsx', 'a.xlsx 投诉政策'), 'b.xlsx 有自己的投诉政策表，未使用：合并报告统一使用 a.xlsx 投诉政策', 'b.xlsx has its own 投诉政策 sheet; the consolidated report uses a.xlsx 投诉政策 for every register'],
])('%s: a value, zh and en', (_what, note, zh, en) => {
  expect(render(note, 'zh')).toBe(zh);
  expect(render(note, 'en')).toBe(en);
  expect(render(note, 'en').split('投诉政策').join('')).not.toMatch(CJK);
});

test('the 读取说明 sheet writes each note in both languages, as its other labels', () => {
  const sheet = notesSheet('t', [], [CONSOLIDATION_NOTES.clash(clash)], false);
  const block = sheet.blocks.find((b) => b.title === '合并说明 Consolidation notes');
  expect(block?.rows).toEqual([[`${render(CONSOLIDATION_NOTES.clash(clash), 'zh')} (${render(CONSOLIDATION_NOTES.clash(clash), 'en')})`]]);
  expect(sheet.subtitle).toBe('读取说明 What was read');
});

describe('complaints report over several registers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'notes-lang-'));
  const regs = join(dir, 'registers');
  mkdirSync(regs);
  for (const f of ['crm-export', 'helpdesk-export', 'wps-template']) copyFileSync(join(__dirname, 'fixtures', 'outside', `${f}.xlsx`), join(regs, `${f}.xlsx`));
  const cli = (args: string[]) => spawnSync(process.execPath, [join(__dirname, '..', 'bin', 'complaints.js'), 'report', regs, '--month', '2026-11', '--as-of', '2026-11-30 18:00', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, TZ: 'Asia/Shanghai', LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' } });
  const en = cli(['--out', 'en.xlsx', '--lang', 'en']).stdout.split('\n');
  const zh = cli(['--out', 'zh.xlsx']).stdout.split('\n');

  test('--lang en: the note, the written line and the branches in English', () => {
    expect(en).toContain(`note: ${render(CONSOLIDATION_NOTES.clash(clash), 'en')}`);
    const wrote = en.find((l) => l.startsWith('wrote en.xlsx: '));
    expect(wrote).toMatch(/ — 3 registers, 3 branches$/);
    const branches = en.find((l) => l.startsWith('branches: '));
    expect(branches).toMatch(/^branches: (\S+ \d+ received, \d+ resolved, score [\d.—]+ \S+(; |$))+/);
    // The sheet names and the policy's grade words are the workbook's own (Chinese) words.
    for (const l of [en.find((x) => x.startsWith('note: ')), branches]) expect((l ?? '').replace(/优秀|良好|合格|不合格/g, '')).not.toMatch(CJK);
  });

  test('default zh: the same in Chinese', () => {
    expect(zh).toContain(`说明：${render(CONSOLIDATION_NOTES.clash(clash), 'zh')}`);
    expect(zh.find((l) => l.startsWith('已写入 zh.xlsx：'))).toMatch(/（3 个登记表，3 个分公司）$/);
    expect(zh.find((l) => l.startsWith('分公司：'))).toMatch(/^分公司：(\S+ 受理 \d+ 件，办结 \d+ 件，得分 [\d.—]+ \S+(；|$))+/);
    expect(zh.join('\n')).not.toMatch(/\b(note|wrote|branches|received|resolved)\b/);
  });

  test('--json: notes in --lang, their codes beside', () => {
    const j = JSON.parse(cli(['--out', 'j.xlsx', '--json', '--lang', 'en']).stdout) as { notes: string[]; noteCodes: { code: string; params: Record<string, string | number> }[] };
    expect(j.notes).toEqual([render(CONSOLIDATION_NOTES.clash(clash), 'en')]);
    expect(j.noteCodes).toEqual([{ code: 'note.clash', params: { id: 'KS-2026-0012', places: 'crm-export row 2, helpdesk-export row 4' } }]);
  });
});
