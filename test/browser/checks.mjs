// What every page of the pane is held to in the browser test: a screenshot kept as an artifact,
// no element reaching past the viewport's right edge (no horizontal scrolling at 320 px), and
// axe-core with no serious or critical violation. Plus the keyboard helper of the keyboard walk.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import assert from 'node:assert/strict';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

/** Elements whose right edge is past the viewport (visible ones; a clipped scroll box's content is not). */
export async function overflowing(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    if (document.documentElement.scrollWidth > width + 1) out.push(`document scrollWidth ${document.documentElement.scrollWidth} > ${width}`);
    const clipped = (el) => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const ox = getComputedStyle(p).overflowX;
        if (ox === 'hidden' || ox === 'auto' || ox === 'scroll' || ox === 'clip') return true;
      }
      return false;
    };
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const st = getComputedStyle(el);
      if (st.visibility === 'hidden' || st.position === 'fixed') continue;
      if (r.right > width + 1 && !clipped(el)) {
        out.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} "${(el.textContent ?? '').trim().slice(0, 30)}" right=${Math.round(r.right)} > ${width}`);
      }
    }
    return out.slice(0, 10);
  });
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.addScriptTag({ path: AXE });
  const res = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    // Fluent's focus manager (Tabster) puts focusable aria-hidden <i data-tabster-dummy> bumpers
    // at the edges of focus groups; they only pass focus on. A known false positive of
    // aria-hidden-focus (microsoft/tabster#288; Accessibility Insights suppresses exactly these
    // nodes, microsoft/accessibility-insights-web#7605). Only those nodes are left out.
    const real = (v, n) => !(v.id === 'aria-hidden-focus' && /data-tabster-dummy/.test(n.html));
    return r.violations
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.filter((n) => real(v, n)).map((n) => n.target.join(' ')) }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => ({ ...v, nodes: v.nodes.slice(0, 5) }));
  });
  return res.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Screenshot, overflow and axe for one page state; `name` names the artifact. */
export async function holdsUp(page, dir, name) {
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
  const over = await overflowing(page);
  assert.deepEqual(over, [], `${name}: elements overflow the viewport horizontally:\n${over.join('\n')}`);
  const v = await seriousViolations(page);
  assert.deepEqual(v, [], `${name}: axe serious/critical violations:\n${JSON.stringify(v, null, 1)}`);
}

/** The accessible name (aria-label, else text) and role of the focused element. */
export const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const label = el?.getAttribute('aria-label') ?? el?.textContent ?? '';
    return { role: el?.getAttribute('role') ?? el?.tagName.toLowerCase(), name: label.trim() };
  });

/** Presses Tab until the focused element's name matches, at most `max` times; fails if it never does. */
export async function tabTo(page, name, { max = 60, back = false, role } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if ((typeof name === 'string' ? f.name === name : name.test(f.name)) && (!role || f.role === role)) return f;
  }
  assert.fail(`Tab never reached "${name}" in ${max} presses`);
}
