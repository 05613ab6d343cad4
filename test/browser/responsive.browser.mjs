// Issue 12, responsiveness: the built pane in headless Chromium, as a plain web page, on a
// 100,000-row register made by the bench's demo generator (dist/bench/make-register.js). While the
// check runs (in the core worker) the page must keep painting and answer a click at once; Cancel
// must stop it (the worker goes away) and say the workbook was not changed.
//   npm run test:browser   (builds first; the register is kept in artifacts/ between runs)
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { ROOT, WEB, inBrowser, requireChromiumAndBuild } from './web.mjs';

const ART = join(ROOT, 'artifacts');
const ROWS = 100_000;
/** A click is handled within this while the worker runs (issue 12: "within ~200 ms"). */
const MAX_CLICK_MS = 200;
/**
 * Frames may come further apart than clicks are answered: on CI's 2 cores the worker holds one and
 * the renderer, the compositor and this script share the other (seen: 60–200 ms gaps with clicks
 * answered in under 50 ms). A page that blocks on the answer showed 470 ms; this catches that.
 * Taken as the best of up to three checks, as the bench takes its figures.
 */
const MAX_GAP_MS = 300;
/**
 * Drawing the answer: the queue draws its first entries per group (src/taskpane/pages/KeyList.tsx),
 * not the ten thousand of 100,000 rows (which held the page 1–2 s after the answer, and made every
 * progress message re-render them: clicks took 250 ms).
 */
const MAX_ANSWER_GAP_MS = 600;

requireChromiumAndBuild([join(WEB, 'taskpane.html'), join(WEB, 'core-worker.js'), join(ROOT, 'dist', 'bench', 'make-register.js')]);
mkdirSync(join(ART, 'screenshots'), { recursive: true });
const REGISTER = join(ART, `register-${ROWS}.xlsx`);
if (!existsSync(REGISTER)) {
  const t0 = Date.now();
  await createRequire(import.meta.url)(join(ROOT, 'dist', 'bench', 'make-register.js')).makeRegister(ROWS, REGISTER);
  console.log(`responsive: wrote ${REGISTER} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}


/** In the page: every animation frame's time and the progress label then, and each click's delay (handler time − event time). */
const MONITOR = () => {
  const w = window;
  w.__frames = [];
  w.__clicks = [];
  w.__watching = true;
  const tick = (t) => {
    const label = document.querySelector('[data-testid="progress-label"]')?.textContent ?? null;
    w.__frames.push([t, label]);
    if (w.__watching) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  if (!w.__listening) document.addEventListener('pointerdown', (e) => w.__clicks.push(performance.now() - e.timeStamp), true);
  w.__listening = true;
};

await inBrowser('test:browser (responsive)', async ({ browser, base, failures }) => {
  const page = await browser.newPage({ viewport: { width: 420, height: 900 } });
  page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));
  page.setDefaultTimeout(120_000);
  const workers = new Set();
  page.on('worker', (w) => {
    workers.add(w);
    w.on('close', () => workers.delete(w));
  });
  await page.goto(`${base}/taskpane.html?page=check`);
  await page.getByTestId('file-input').setInputFiles(REGISTER);
  await page.getByText(`register-${ROWS}.xlsx`).first().waitFor();
  // The check page checks the workbook when it opens (as of now): let that run finish, so the
  // frames measured below are those of one check, the one started here.
  await page.getByText(/^已超期 \d+/).waitFor();
  await page.waitForFunction(() => !document.querySelector('[data-testid="progress-label"]'));
  await page.getByRole('textbox', { name: '截至' }).fill('2026-11-05 10:00');

  // 1. The check on 100,000 rows: frames keep coming and clicks are handled while it runs.
  // Timed as the bench times: the best of up to three checks. A page that blocks does so every time;
  // a gap that comes from the two cores being shared does not.
  const measure = async () => {
    await page.evaluate(MONITOR);
    const t0 = Date.now();
    await page.getByRole('button', { name: '检查', exact: true }).click();
    await page.getByTestId('progress-label').waitFor();
    // Click a spot of the page that does nothing, every 150 ms, while the worker reads and checks.
    let clicks = 0;
    while (clicks < 40) {
      const label = await page.getByTestId('progress-label').textContent({ timeout: 1000 }).catch(() => null);
      if (label === null || /^检查 [\d,]+ 行$/.test(label)) break; // done, or the check step finished: the answer is on its way
      await page.mouse.click(400, 880);
      clicks++;
      await page.waitForTimeout(150);
    }
    // The answer is in when the progress bar is gone (the page shows the result of the earlier check until then).
    await page.waitForFunction(() => !document.querySelector('[data-testid="progress-label"]'));
    await page.getByText(/^已超期 \d+/).waitFor();
    const seconds = (Date.now() - t0) / 1000;
    const { frames, delays } = await page.evaluate(() => {
      window.__watching = false;
      return { frames: window.__frames, delays: window.__clicks };
    });
    // The frames while the work was under way: from the first with the progress label to the last still reading or checking.
    const busy = frames.filter(([, l]) => l !== null && !/^检查 [\d,]+ 行$/.test(l));
    assert.ok(busy.length > 10, `frames while working: ${busy.length}`);
    const first = frames.indexOf(busy[0]);
    const last = frames.indexOf(busy[busy.length - 1]);
    let worst = 0;
    for (let i = first + 1; i <= last; i++) worst = Math.max(worst, frames[i][0] - frames[i - 1][0]);
    // After the answer: receiving 100,000 checked rows and drawing the result run on the page.
    let tail = 0;
    for (let i = last + 1; i < frames.length; i++) tail = Math.max(tail, frames[i][0] - frames[i - 1][0]);
    const steps = [...new Set(busy.map(([, l]) => l.replace(/[\d,]+/g, 'n')))];
    console.log(`responsive: check of ${ROWS} rows in ${seconds.toFixed(1)} s; ${last - first} frames while working, longest gap ${worst.toFixed(0)} ms; ${delays.length} clicks, slowest ${Math.max(0, ...delays).toFixed(0)} ms; labels ${steps.join(' → ')}; after the answer the longest gap was ${tail.toFixed(0)} ms`);
    return { clicks, delays, worst, steps, tail };
  };
  let best;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const m = await measure();
    if (!best || m.worst < best.worst) best = m;
    if (best.worst <= MAX_GAP_MS) break;
  }
  const { clicks, delays, worst, steps, tail } = best;
  assert.ok(clicks >= 3, `clicks made while working: ${clicks}`);
  assert.ok(delays.length >= 3, `clicks handled while working: ${delays.length}`);
  assert.ok(worst <= MAX_GAP_MS, `longest gap between frames while working: ${worst.toFixed(0)} ms`);
  assert.ok(Math.max(...delays) <= MAX_CLICK_MS, `slowest click while working: ${Math.max(...delays).toFixed(0)} ms`);
  assert.ok(tail <= MAX_ANSWER_GAP_MS, `longest gap between frames while the answer is drawn: ${tail.toFixed(0)} ms`);
  assert.ok(steps.some((s) => s.startsWith('读取 n')), `the read is counted: ${steps.join(', ')}`);
  await page.screenshot({ path: join(ART, 'screenshots', 'responsive-checked.png'), fullPage: false }).catch(() => undefined);

  // 2. Cancel while reading: the worker is terminated, the pane says nothing was changed.
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.getByText(/^读取 [\d,]+ 行/).waitFor();
  assert.ok(workers.size >= 1, 'a worker runs the check');
  const c0 = Date.now();
  await page.getByRole('button', { name: '取消' }).click();
  await page.getByText('已取消，工作簿未作任何改动。').waitFor({ timeout: 5000 });
  const cancelMs = Date.now() - c0;
  await page.waitForFunction(() => !document.querySelector('[data-testid="progress-label"]'));
  for (let i = 0; i < 50 && workers.size; i++) await page.waitForTimeout(100);
  assert.equal(workers.size, 0, 'the worker is gone after Cancel');
  assert.ok(cancelMs < 2000, `Cancel took ${cancelMs} ms`);
  console.log(`responsive: Cancel stopped the check in ${cancelMs} ms; the worker is gone`);
});
console.log('test:browser (responsive): ok');
