// The task pane in a real browser, as someone without Excel uses it: Debian's chromium driven by
// playwright-core opens the built pane (dist/web, served here over http) as a plain web page on
// the demo register. Every page at 320 px (Excel's default pane width) and 800 px, in zh-CN and
// en-US: a screenshot each (test-artifacts/pane/), no element overflowing horizontally, axe-core
// with no serious or critical violation. Then the newcomer's walk and the keyboard-only walk
// (walks.mjs). The as-of time is the demo's own (2026-11-05 10:00), so the queue is the same
// every day.
//   npm run test:browser   (builds first; installs nothing: .ci/run apt-gets chromium)
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { holdsUp } from './checks.mjs';
import { keyboardWalk, newcomerWalk } from './walks.mjs';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const WEB = join(ROOT, 'dist', 'web');
const SHOTS = join(ROOT, 'test-artifacts', 'pane');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  console.error(`test:browser: no chromium at ${CHROMIUM}. Install it (Debian: apt-get install -y --no-install-recommends chromium) or set CHROMIUM_PATH.`);
  process.exit(2);
}
if (!existsSync(join(WEB, 'taskpane.html'))) {
  console.error(`test:browser: ${WEB}/taskpane.html is missing: build first (npx webpack --mode production).`);
  process.exit(2);
}
mkdirSync(SHOTS, { recursive: true });

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png', '.xml': 'application/xml', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^([/\\])+/, '');
  const file = join(WEB, path || 'taskpane.html');
  if (!file.startsWith(WEB) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const url = (lang) => `${base}/taskpane.html?lang=${lang}&period=2026-10&asOf=${encodeURIComponent('2026-11-05 10:00')}`;

/** The words the matrix clicks, per language (the pane's own, from i18n.ts). */
const W = {
  zh: { demo: '载入示例登记表', card: '工作簿状态', tabs: ['首页', '登记表', '政策', '检查', '月报'], save: '保存到「投诉政策」', queue: '时限队列', generate: '生成月报工作表' },
  en: { demo: 'Load the demo register', card: 'Workbook status', tabs: ['Home', 'Register', 'Policy', 'Check', 'Monthly'], save: 'Save to 投诉政策', queue: 'SLA queue', generate: 'Generate the month’s sheets' },
};

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const failures = [];
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

try {
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
        await page.getByRole('group', { name: w.card }).waitFor();
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
} finally {
  await browser.close();
  server.close();
}
if (failures.length) {
  console.error(`test:browser FAILED:\n${failures.join('\n\n')}`);
  process.exit(1);
}
console.log(`test:browser: ok — screenshots in ${SHOTS}`);
