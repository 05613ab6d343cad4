// The two walks of issue 12 through the pane on the demo register, in a real browser:
// - the newcomer's walk (Done when): the status card, working the queue, editing ONE clock and
//   keeping the rest of the policy, generating the month and seeing its figures and chart;
// - the keyboard-only walk: set-up → check → generate with no mouse at all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { focused, holdsUp, tabTo } from './checks.mjs';
import { WEB } from './web.mjs';

/** The built files made (by their source maps) from exceljs. */
const exceljsFiles = () => readdirSync(WEB).filter((f) => f.endsWith('.js') && existsSync(join(WEB, `${f}.map`)) && readFileSync(join(WEB, `${f}.map`), 'utf8').includes('node_modules/exceljs/'));

/** The scripts the page's own thread loaded (webpack's chunks come by <script>; a worker's file and its imports are not the page's). */
const pageScripts = (page) => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.initiatorType === 'script').map((e) => new URL(e.name).pathname.split('/').pop()));

const count = (text, label) => Number(new RegExp(`${label}\\s*(\\d+)`).exec(text)?.[1] ?? NaN);

/** The 投诉政策 sheet of a downloaded workbook, as rows of text. */
async function policyRows(download, dir) {
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('投诉政策');
  assert.ok(ws, `投诉政策 in ${file}`);
  const rows = [];
  ws.eachRow({ includeEmpty: false }, (r) => rows.push((r.values ?? []).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))).join('|')));
  return rows;
}

export async function newcomerWalk(page, url, dir) {
  await page.goto(url);
  await page.getByRole('button', { name: '载入示例登记表' }).click();
  const card = page.getByRole('group', { name: '工作簿状态' });
  // The card's title shows at once; its counts once the workbook is read.
  await card.getByText(/未办结 \d+/).waitFor();
  const cardText = await card.textContent();
  const [open, soon, over] = [count(cardText, '未办结'), count(cardText, '即将到期'), count(cardText, '已超期')];
  assert.ok(open > 0 && over > 0 && soon >= 0 && open >= over + soon, `card counts ${cardText}`);
  assert.match(await page.getByTestId('next-deadline').textContent(), /剩|今日截止/);
  await holdsUp(page, dir, 'walk-1-status-card');

  // The policy as the workbook holds it before any edit, to compare with after.
  await page.getByRole('tab', { name: '登记表' }).click();
  const [before] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载工作簿' }).click()]);
  const rowsBefore = await policyRows(before, dir);

  // Work the queue: its groups say what the card said.
  await page.getByRole('tab', { name: '首页' }).click();
  await page.getByRole('button', { name: '处理队列' }).click();
  const queue = page.getByRole('listbox', { name: '时限队列' });
  await queue.waitFor();
  assert.equal(count(await queue.getByRole('group').nth(0).textContent(), '已超期 \\('), over, 'overdue group = card');
  assert.equal(await queue.getByRole('option').count(), open, 'queue entries = open on the card');
  // Filter by a department: every entry left is of it.
  const dept = page.getByRole('combobox', { name: '部门' });
  const choice = await dept.locator('option').nth(1).getAttribute('value');
  await dept.selectOption(choice);
  const left = await queue.getByRole('option').allTextContents();
  assert.ok(left.length > 0 && left.length < open && left.every((t) => t.includes(choice)), `filtered by ${choice}: ${left.length}`);
  await queue.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByText(/仅在 Excel 中可用/).first().waitFor();
  await holdsUp(page, dir, 'walk-2-queue');

  // Edit ONE clock: 一般投诉 · 首次联系 from 24 to 12 hours; the save shows that one change.
  await page.getByRole('tab', { name: '政策' }).click();
  const clock = page.getByRole('group', { name: '一般投诉 · 首次联系' });
  await clock.getByRole('spinbutton', { name: '时长' }).fill('12');
  await page.getByRole('button', { name: '保存到「投诉政策」' }).click();
  const dialog = page.getByRole('dialog', { name: '替换「投诉政策」？' });
  await dialog.waitFor();
  const lines = await dialog.getByRole('listitem').allTextContents();
  assert.deepEqual(lines, ['一般投诉 · 首次联系: 24 小时 自 受理 → 12 小时 自 受理']);
  await holdsUp(page, dir, 'walk-3-policy-confirm');
  await dialog.getByRole('button', { name: '确认保存' }).click();
  await page.getByText('投诉政策 已保存 ✓').waitFor();

  // The sheet now differs from before in that one clock line and nowhere else.
  await page.getByRole('tab', { name: '登记表' }).click();
  const [after] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载工作簿' }).click()]);
  const rowsAfter = await policyRows(after, dir);
  assert.equal(rowsAfter.length, rowsBefore.length, 'policy rows kept');
  const changed = rowsAfter.filter((r, i) => r !== rowsBefore[i]);
  assert.equal(changed.length, 1, `one policy row changed: ${changed.join('\n')}`);
  assert.match(changed[0], /general\|contact\|小时\|12\|/);

  // Generate the month; its figures and chart appear in the pane.
  await page.getByRole('tab', { name: '月报' }).click();
  const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '生成月报工作表' }).click()]);
  assert.equal(report.suggestedFilename(), 'appraisal-2026-10.xlsx');
  const figures = page.getByTestId('figures');
  await figures.waitFor();
  await page.getByRole('progressbar').waitFor({ state: 'detached' });
  const tiles = await figures.locator('dl').textContent();
  const complaints = count(tiles, '投诉件数');
  assert.ok(complaints > 0, `complaints in ${tiles}`);
  assert.match(tiles, /及时率\d+\.\d%/);
  assert.match(tiles, /满意度\d+\.\d%/);
  // 31 bars for October, adding up to the complaints shown.
  const chart = figures.getByTestId('chart');
  assert.equal(await chart.locator('rect').count(), 31);
  assert.match(await chart.getAttribute('aria-label'), new RegExp(`: ${complaints} `));
  assert.ok((await figures.getByRole('table').getByRole('row').count()) > 1, 'per-department grades');
  const file = join(dir, report.suggestedFilename());
  await report.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  for (const n of ['月度统计', '月度考核', '满意度', '超期清单']) assert.ok(wb.getWorksheet(n), `sheet ${n}`);
  await holdsUp(page, dir, 'walk-4-monthly-figures');
}

export async function keyboardWalk(page, url, dir) {
  const workers = [];
  page.on('worker', (w) => workers.push(new URL(w.url()).pathname.split('/').pop()));
  await page.goto(url);
  await tabTo(page, '载入示例登记表');
  await page.keyboard.press('Enter');
  await page.getByRole('group', { name: '工作簿状态' }).getByTestId('next-deadline').waitFor();

  // Set-up: the Register page, adopt the sheet, confirm.
  await tabTo(page, '首页', { role: 'tab' });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await tabTo(page, '采用当前工作表');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '确认设置' }).waitFor();
  await tabTo(page, '确认设置');
  await page.keyboard.press('Enter');
  await page.getByText(/下拉列表 \d+ 个，计算列 \d+ 个/).waitFor();
  assert.equal((await focused(page)).name, '确认设置', 'focus stays on the button that did it');
  // Issue 12: set-up ran in the file worker; the page thread never loaded exceljs.
  const heavy = exceljsFiles();
  assert.ok(heavy.includes('file-worker.js'), `exceljs is in the file worker (${heavy.join(', ')})`);
  assert.ok(workers.includes('file-worker.js'), `the file worker ran (workers: ${workers.join(', ')})`);
  const loaded = await pageScripts(page);
  assert.ok(loaded.some((f) => f.startsWith('file-backend.')), `the file backend's chunk is the page's (${loaded.join(', ')})`);
  assert.deepEqual(loaded.filter((f) => heavy.includes(f)), [], 'no exceljs on the page thread during set-up');
  await holdsUp(page, dir, 'keys-1-set-up');

  // Check: the queue is one tab stop; arrows move inside it.
  await tabTo(page, '登记表', { back: true, role: 'tab' });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.getByRole('listbox', { name: '时限队列' }).waitFor();
  const f = await tabTo(page, '时限队列');
  assert.equal(f.role, 'listbox');
  const active = () => page.evaluate(() => document.activeElement.getAttribute('aria-activedescendant'));
  const first = await active();
  await page.keyboard.press('ArrowDown');
  assert.notEqual(await active(), first, 'ArrowDown moves within the list');
  await page.keyboard.press('Tab');
  assert.notEqual((await focused(page)).role, 'option', 'one Tab leaves the list');
  await holdsUp(page, dir, 'keys-2-check');

  // Generate.
  await tabTo(page, '检查', { back: true, role: 'tab' });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await tabTo(page, '生成月报工作表');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.equal(download.suggestedFilename(), 'appraisal-2026-10.xlsx');
  await page.getByTestId('figures').waitFor();
  await page.getByRole('progressbar').waitFor({ state: 'detached' });
  assert.equal((await focused(page)).name, '生成月报工作表', 'focus stays on generate');
  // The appraisal download was written in the file worker too.
  assert.deepEqual((await pageScripts(page)).filter((f) => exceljsFiles().includes(f)), [], 'no exceljs on the page thread after generating');
  await holdsUp(page, dir, 'keys-3-generated');
}
