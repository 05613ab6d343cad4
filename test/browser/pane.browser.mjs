// The task pane in a real browser, as someone without Excel uses it: Debian's chromium driven by
// playwright-core opens the built pane (dist/web, served here over http) as a plain web page,
// loads the demo register, checks it, generates October 2026 and downloads the appraisal workbook,
// which is read back with exceljs. A screenshot of each page goes to artifacts/screenshots/.
//   npm run test:browser   (builds first; installs nothing: .ci/run apt-gets chromium)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { ROOT, inBrowser, requireChromiumAndBuild } from './web.mjs';

const SHOTS = join(ROOT, 'artifacts', 'screenshots');
requireChromiumAndBuild();
mkdirSync(SHOTS, { recursive: true });
await inBrowser('test:browser', async ({ browser, base, failures }) => {
  const page = await browser.newPage({ viewport: { width: 420, height: 900 }, acceptDownloads: true });
  page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));
  page.setDefaultTimeout(60_000);
  await page.goto(`${base}/taskpane.html?period=2026-10`);
  await page.getByRole('button', { name: '载入示例登记表' }).click();
  await page.getByText('demo-register.xlsx').first().waitFor();
  await page.screenshot({ path: join(SHOTS, '1-register.png'), fullPage: true });

  await page.getByRole('button', { name: '采用当前工作表' }).click();
  await page.getByRole('button', { name: '确认设置' }).waitFor();
  await page.screenshot({ path: join(SHOTS, '1b-register-mapping.png'), fullPage: true });

  await page.getByRole('tab', { name: '政策' }).click();
  await page.getByRole('button', { name: '保存到「投诉政策」' }).waitFor();
  await page.screenshot({ path: join(SHOTS, '2-policy.png'), fullPage: true });

  await page.getByRole('tab', { name: '检查' }).click();
  await page.getByRole('textbox', { name: '截至' }).fill('2026-11-05 10:00');
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.getByText(/^已超期 \d+/).waitFor();
  await page.screenshot({ path: join(SHOTS, '3-check.png'), fullPage: true });

  await page.getByRole('tab', { name: '月报' }).click();
  await page.screenshot({ path: join(SHOTS, '4-monthly.png'), fullPage: true });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '生成月报工作表' }).click()]);
  assert.equal(download.suggestedFilename(), 'appraisal-2026-10.xlsx');
  const file = join(SHOTS, '..', download.suggestedFilename());
  await download.saveAs(file);
  await page.getByText(/appraisal-2026-10\.xlsx: /).waitFor();
  // The page is done when its buttons are back: only then is the screenshot what a person sees.
  await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.includes('生成月报工作表') && !b.disabled));
  await page.screenshot({ path: join(SHOTS, '5-monthly-done.png'), fullPage: true });

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const names = wb.worksheets.map((w) => w.name);
  for (const n of ['月度统计', '月度考核', '满意度', '超期清单']) assert.ok(names.includes(n), `sheet ${n} in ${names.join(', ')}`);
  assert.match(String(wb.getWorksheet('月度统计').getCell('A1').value), /2026-10/);

  // English, dark.
  const en = await browser.newPage({ viewport: { width: 420, height: 700 }, colorScheme: 'dark' });
  await en.goto(`${base}/taskpane.html?lang=en&page=monthly`);
  await en.getByRole('button', { name: 'Load the demo register' }).click();
  await en.getByRole('button', { name: 'Generate the month’s sheets' }).waitFor();
  await en.screenshot({ path: join(SHOTS, '6-monthly-en-dark.png'), fullPage: true });
  console.log(`test:browser: ok — sheets ${names.join(', ')}; screenshots in ${SHOTS}`);
});
