// Task-pane entry. This page is also the add-in's shared runtime (the functions chunk loads on it
// too), so it renders once Office is ready. In Excel the pane works on the open workbook; opened
// as a plain web page (WPS / LibreOffice users) it works on an .xlsx the user picks.
import { createRoot } from 'react-dom/client';
import { FluentProvider, Theme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { App, PageKey } from './App';
import { defaultLang, Lang } from './i18n';
import type { WorkbookBackend } from '../workbook/backend';
import { downloadBytes } from './download';
import { CoreRunner, noWorkerRunner, workerRunner } from '../worker/runner';

/**
 * Check and generate run the core in a Web Worker (webpack's core-worker entry, next to this
 * page), so the pane keeps painting and Cancel can stop them at once. Every host the add-in
 * supports has Workers (Edge WebView2, WKWebView, current browsers); without one the pane says so.
 */
const core: CoreRunner = typeof Worker === 'function' ? workerRunner(() => new Worker(new URL('core-worker.js', document.baseURI))) : noWorkerRunner;

/** True for a dark #rrggbb colour (relative luminance below one half). */
function isDark(color: string): boolean {
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return false;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.5;
}

/** Office's theme when the host exposes one, else the browser's colour-scheme preference. */
function pickTheme(): Theme {
  try {
    const bg = typeof Office !== 'undefined' ? Office.context?.officeTheme?.bodyBackgroundColor : undefined;
    if (bg) return isDark(bg) ? webDarkTheme : webLightTheme;
  } catch {
    // officeTheme is not available on every host / platform.
  }
  const dark = typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
  return dark ? webDarkTheme : webLightTheme;
}

function pickLang(): Lang {
  const q = new URLSearchParams(window.location.search).get('lang');
  if (q === 'en' || q === 'zh') return q;
  try {
    if (typeof Office !== 'undefined' && Office.context?.displayLanguage) return defaultLang(Office.context.displayLanguage);
  } catch {
    // not in Office
  }
  return 'zh';
}

/**
 * The browser-mode backend (its exceljs work runs in the file worker): a chunk of its own, loaded
 * when the user opens a file or the demo, so the first paint stays within its budget
 * (scripts/first-paint.cjs, test/bundle.budget.spec.ts).
 */
const fileBackend = async () => (await import(/* webpackChunkName: "file-backend" */ './file-backend')).FileBackend;

/** Browser mode's workbook changes, in the file worker (src/export/file.worker.ts): exceljs never runs on the page. */
const files = async () => {
  const { fileWorkerRunner } = await import(/* webpackChunkName: "file-backend" */ './file-runner');
  return fileWorkerRunner(() => new Worker(new URL('file-worker.js', document.baseURI)));
};

/**
 * The Office backend, in Excel only: a chunk of its own, so a browser (WPS / LibreOffice users)
 * never loads it. In Excel the pane paints first and takes the backend when its chunk arrives
 * (App's `connect`), so the chunk is not part of the first paint (scripts/first-paint.cjs).
 */
const officeBackend = async (): Promise<WorkbookBackend> => {
  const { OfficeBackend } = await import(/* webpackChunkName: "office-backend" */ '../excel/office-backend');
  return new OfficeBackend(downloadBytes, core);
};

/** Renders the pane; `problem` says why Office could not be used, shown to the user. */
async function render(host: string | null, problem?: string): Promise<void> {
  const el = document.getElementById('root');
  if (!el) return;
  const q = new URLSearchParams(window.location.search);
  const inExcel = host === 'Excel' && typeof Excel !== 'undefined';
  const page = q.get('page') as PageKey | null;
  createRoot(el).render(
    <FluentProvider theme={pickTheme()}>
      {inExcel ? (
        <App connect={officeBackend()} initialLang={pickLang()} initialPage={page ?? undefined} />
      ) : (
        <App
          openFile={async (f) => (await fileBackend()).open(f.name, await f.arrayBuffer(), downloadBytes, core, await files())}
          openDemo={async () => (await fileBackend()).demo(downloadBytes, core, await files())}
          initialLang={pickLang()}
          initialPage={page ?? undefined}
          initialPeriod={q.get('period') ?? undefined}
          initialAsOf={q.get('asOf') ?? undefined}
          startupNotice={problem ? { intent: 'error', text: problem } : undefined}
        />
      )}
    </FluentProvider>,
  );
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  // In Excel this resolves with host "Excel"; in a plain browser tab with office.js loaded it
  // resolves with host null.
  Office.onReady((info) => render(info.host ? String(info.host) : null)).catch((e: unknown) =>
    // The pane still works on a picked file; the user learns why it does not on the open workbook.
    render(null, `Office 未能启动，可打开 .xlsx 文件继续 (Office did not start: ${e instanceof Error ? e.message : String(e)})`),
  );
} else {
  // office.js did not load (opened from disk, blocked, …): render anyway.
  void render(null);
}
