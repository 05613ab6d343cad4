// The one catalogue (src/core/messages): every code has zh and en with the same placeholders, every
// problem code is used somewhere, and render() fills nested messages, lists and bilingual words.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE, msg, msgJson, render } from '../src/core/messages';
import { PROBLEM_WORDS } from '../src/core/messages/problems';

const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

test.each(Object.entries(CATALOGUE))('%s: zh and en, both non-empty, with the same placeholders', (_code, entry) => {
  expect(entry.zh.trim()).not.toBe('');
  expect(entry.en.trim()).not.toBe('');
  expect(placeholders(entry.zh)).toEqual(placeholders(entry.en));
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(n) && !p.includes('/messages/') ? [readFileSync(p, 'utf8')] : [];
  });
}
const src = sources(join(__dirname, '..', 'src')).join('\n');
/** Codes built from a family prefix and a key (`what.${kind}`, `read.why.${why}`): the prefix must be built somewhere. */
const FAMILIES = ['what.', 'scale.'];

test.each(Object.keys(PROBLEM_WORDS))('%s is used by the engine', (code) => {
  const family = FAMILIES.find((f) => code.startsWith(f));
  if (family) expect(src).toContain(`\`${family}\${`);
  else expect(src).toMatch(new RegExp(`['\`]${code.replace(/\./g, '\\.')}['\`]`));
});

describe('render', () => {
  test.each([
    ['a user value, quoted as the cell showed it', msg('cell.badTime', { value: '"25:00"' }), '时间无效 "25:00"（小时须为 0–23，分钟和秒须为 0–59）', 'invalid time "25:00" (hours must be 0–23, minutes and seconds 0–59)'],
    ['a bilingual word', msg('row.required', { field: { zh: '客户', en: 'Customer' } }), '客户 为必填项', 'Customer is required'],
    ['a nested message', msg('sheet.problem', { name: '登记', why: msg('sheet.noHeader', { n: 30 }) }), '工作表「登记」：找不到登记表的表头行：前 30 行中至少要有 受理时间 和 客户 两列', 'sheet "登记": no register header row found: need at least 受理时间 (Received) and 客户 (Customer) columns in the first 30 rows'],
    ['a list of messages', msg('entry.status', { parts: [msg('entry.breached', { list: [msg('milestone.contact')] }), msg('entry.over', { h: '2.0' })] }), '已超期节点：首次联系；已超 2.0 小时', 'breached: Contact; 2.0 h overdue'],
  ])('%s', (_what, m, zh, en) => {
    expect(render(m, 'zh')).toBe(zh);
    expect(render(m, 'en')).toBe(en);
  });

  test('a missing placeholder stays visible, an unknown code shows as itself (never a throw)', () => {
    expect(render(msg('cell.badTime'), 'en')).toBe('invalid time {value} (hours must be 0–23, minutes and seconds 0–59)');
    expect(render({ code: 'no.such' as never, params: {} }, 'zh')).toBe('no.such');
  });

  test('the JSON form: the rendered message, the code, and parameters as plain strings and numbers', () => {
    expect(msgJson(msg('row.timeOrder', { later: { zh: '首次联系时间', en: 'Contacted' }, earlier: { zh: '受理时间', en: 'Received' } }), 'en')).toEqual({
      message: 'Contacted is before Received',
      code: 'row.timeOrder',
      params: { later: 'Contacted', earlier: 'Received' },
    });
    expect(msgJson(msg('cell.serialRange', { value: '"0"', max: 2958465 }), 'zh').params).toEqual({ value: '"0"', max: 2958465 });
  });
});
