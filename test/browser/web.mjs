// What the browser checks share: the built pane (dist/web) served over http on a free local
// port, and Debian's chromium started headless through playwright-core.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
export const WEB = join(ROOT, 'dist', 'web');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Exits with the reason when chromium or the build is missing. */
export function requireChromiumAndBuild(files = [join(WEB, 'taskpane.html')]) {
  if (!existsSync(CHROMIUM)) {
    console.error(`test:browser: no chromium at ${CHROMIUM}. Install it (Debian: apt-get install -y --no-install-recommends chromium) or set CHROMIUM_PATH.`);
    process.exit(2);
  }
  for (const f of files) {
    if (!existsSync(f)) {
      console.error(`test:browser: ${f} is missing: build first (npm run build).`);
      process.exit(2);
    }
  }
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png', '.xml': 'application/xml', '.css': 'text/css' };

/** Serves dist/web; resolves with the base URL and the server (close it when done). */
export async function serveWeb() {
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
  return { base: `http://127.0.0.1:${server.address().port}`, server };
}

export const launch = () =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

/**
 * Serves the pane, starts chromium, runs `body` with them, closes both and exits 1 with every
 * failure (page errors pushed onto `failures` included) when there are any.
 */
export async function inBrowser(name, body) {
  const { base, server } = await serveWeb();
  const browser = await launch();
  const failures = [];
  try {
    await body({ browser, base, failures });
  } catch (e) {
    failures.push(e instanceof Error ? e.stack ?? e.message : String(e));
  } finally {
    await browser.close();
    server.close();
  }
  if (failures.length) {
    console.error(`${name} FAILED:\n${failures.join('\n')}`);
    process.exit(1);
  }
}
