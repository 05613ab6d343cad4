/**
 * @jest-environment jsdom
 */
// Issue 12 "Everything in the user's language": the problems of a broken 投诉政策 sheet on the home
// card and on the Policy page's load are catalogued values (StatusCard.policyProblems,
// PolicyLoad.problems), rendered by the page in the pane's language. Before, statusView and
// policyLoad rendered them in Chinese whatever the pane's language. Built from a real sheet through
// the same functions both backends use (statusView, policyLoad), so the values are core's own.
import '@testing-library/jest-dom';
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../src/taskpane/App';
import { paneSpecSetup } from './helpers/pane-setup';
import type { WorkbookBackend } from '../src/workbook/backend';
import { policyLoad } from '../src/workbook/model';
import { statusView } from '../src/workbook/pane-views';
import { policyToTable } from '../src/core/policy/table';
import { preset } from '../src/core/policy/presets';
import type { CellValue } from '../src/core/register/cells';
import { msg, render as say } from '../src/core/messages';
import { err } from '../src/core/result';
import { fakeBackend } from './helpers/pane-fakes';
import { at } from './helpers/build';

paneSpecSetup();

const rows: CellValue[][] = policyToTable(preset('severity')!);
rows.push(['时限', 'urgent', 'contact', '小时', 2, '受理']);
const badRow = rows.length;
const asOf = at('2026-11-05 10:00');
const card = statusView(err(msg('sheet.none', { names: 'Sheet1' })), rows, asOf);
const load = policyLoad(rows);

const backend = (): WorkbookBackend => fakeBackend({ kind: 'file', label: 'broken.xlsx', readPolicy: jest.fn(async () => load), status: jest.fn(async () => card) });

const ui = (lang: 'zh' | 'en', page: 'home' | 'policy' = 'home') =>
  render(
    <FluentProvider theme={webLightTheme}>
      <App backend={backend()} initialLang={lang} initialPage={page} />
    </FluentProvider>,
  );

/** Text with the sheet's own name and the user's values (quoted or in 「」) taken out. */
const words = (t: string) => t.split('投诉政策').join(' ').replace(/"[^"]*"|「[^」]*」/g, ' ');
const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

test('the sheet has the problem (the spec is not vacuous), and the values carry no rendered text', () => {
  expect(card.policyProblems.map((p) => p.code)).toEqual(['policy.at']);
  expect(load.problems).toEqual(card.policyProblems);
  expect(load.policy).toBeUndefined();
  expect(say(card.policyProblems[0], 'en')).toBe(`投诉政策 row ${badRow}: unknown tier "urgent" (tiers: general, important, major)`);
  expect(say(card.policyProblems[0], 'zh')).toBe(`投诉政策 第 ${badRow} 行：未知的等级「urgent」（等级：general, important, major）`);
});

test('en-US home card: the policy problem in English', async () => {
  ui('en');
  const line = await screen.findByText(`投诉政策 row ${badRow}: unknown tier "urgent" (tiers: general, important, major)`);
  expect(words(line.textContent ?? '')).not.toMatch(CJK);
});

test('zh-CN home card: the same problem in Chinese', async () => {
  ui('zh');
  const line = await screen.findByText(`投诉政策 第 ${badRow} 行：未知的等级「urgent」（等级：general, important, major）`);
  // The tier keys listed are the policy's own codes, as the user types them.
  expect(words(line.textContent ?? '').replace(/general|important|major/g, ' ')).not.toMatch(/[A-Za-z]{3,}/);
});

test.each([
  ['en', `投诉政策 row ${badRow}: unknown tier "urgent" (tiers: general, important, major)`],
  ['zh', `投诉政策 第 ${badRow} 行：未知的等级「urgent」（等级：general, important, major）`],
] as const)('%s Policy page: loading the broken sheet says its problem in the pane\'s language', async (lang, text) => {
  ui(lang, 'policy');
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(text);
  if (lang === 'en') expect(words(alert.textContent ?? '')).not.toMatch(CJK);
  // Reloading says it again, in the same language.
  fireEvent.click(screen.getByRole('button', { name: lang === 'en' ? /reload|read/i : /读取/ }));
  expect(await screen.findByRole('alert')).toHaveTextContent(text);
});
