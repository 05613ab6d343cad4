// The task pane in a real browser, as someone without Excel uses it: Debian's chromium driven by
// playwright-core opens the built pane (dist/web, served here over http) as a plain web page on
// the demo register. Every page at 320 px (Excel's default pane width) and 800 px, in zh-CN and
// en-US: a screenshot each (test-artifacts/pane/), no element overflowing horizontally, axe-core
// with no serious or critical violation. Then the newcomer's walk and the keyboard-only walk
// (walks.mjs). The as-of time is the demo's own (2026-11-05 10:00), so the queue is the same
// every day.
//   npm run test:browser   (builds first; installs nothing: .ci/run apt-gets chromium)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, inBrowser, requireChromiumAndBuild } from './web.mjs';
import { holdsUp } from './checks.mjs';
import { keyboardWalk, newcomerWalk } from './walks.mjs';

const SHOTS = join(ROOT, 'test-artifacts', 'pane');
requireChromiumAndBuild();
mkdirSync(SHOTS, { recursive: true });

/** The words the matrix clicks, per language (the pane's own, from i18n.ts). */
const W = {
  zh: { demo: '载入示例登记表', card: '工作簿状态', tabs: ['首页', '登记表', '政策', '检查', '月报'], save: '保存到「投诉政策」', queue: '时限队列', generate: '生成月报工作表' },
  en: { demo: 'Load the demo register', card: 'Workbook status', tabs: ['Home', 'Register', 'Policy', 'Check', 'Monthly'], save: 'Save to 投诉政策', queue: 'SLA queue', generate: 'Generate the month’s sheets' },
};

await inBrowser('test:browser', async ({ browser, base, failures }) => {
  const url = (lang) => `${base}/taskpane.html?lang=${lang}&period=2026-10&asOf=${encodeURIComponent('2026-11-05 10:00')}`;
  const pageAt = async (width, opts = {}) => {
    const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true, ...opts });
    page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));
    page.setDefaultTimeout(60_000);
    return page;
  };
  /** One failing step does not hide the others: each is reported. */
  const step = async (name, f) => {
    const t = Date.now();
    try {
      await f();
      console.log(`test:browser: ${name} ok (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    } catch (e) {
      failures.push(`${name}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    }
  };

    for (const width of [320, 800]) {
      for (const lang of ['zh', 'en']) {
        await step(`every page at ${width} px, ${lang}`, async () => {
          const w = W[lang];
          // The 800 px English run is in the dark theme: both themes are held to the same checks.
          const page = await pageAt(width, width === 800 && lang === 'en' ? { colorScheme: 'dark' } : {});
          const name = (n) => `${width}-${lang}-${n}`;
          await page.goto(url(lang));
          await holdsUp(page, SHOTS, name('0-start'));
          await page.getByRole('button', { name: w.demo }).click();
          await page.getByRole('group', { name: w.card }).getByTestId('next-deadline').waitFor();
          await holdsUp(page, SHOTS, name('1-home'));
          await page.getByRole('tab', { name: w.tabs[1] }).click();
          await holdsUp(page, SHOTS, name('2-register'));
          await page.getByRole('tab', { name: w.tabs[2] }).click();
          await page.getByRole('button', { name: w.save }).waitFor();
          await holdsUp(page, SHOTS, name('3-policy'));
          await page.getByRole('tab', { name: w.tabs[3] }).click();
          await page.getByRole('listbox', { name: w.queue }).waitFor();
          await holdsUp(page, SHOTS, name('4-check'));
          await page.getByRole('tab', { name: w.tabs[4] }).click();
          await holdsUp(page, SHOTS, name('5-monthly'));
          await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: w.generate }).click()]);
          await page.getByTestId('figures').waitFor();
          await page.getByRole('progressbar').waitFor({ state: 'detached' });
          await holdsUp(page, SHOTS, name('6-monthly-figures'));
          await page.close();
        });
      }
    }
    await step('the newcomer’s walk (320 px, zh)', async () => newcomerWalk(await pageAt(320), url('zh'), SHOTS));
    await step('the keyboard-only walk (320 px, zh)', async () => keyboardWalk(await pageAt(320), url('zh'), SHOTS));
    console.log(`test:browser: ${failures.length ? 'failed' : 'ok'} — screenshots in ${SHOTS}`);
});
