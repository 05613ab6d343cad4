// Task-pane entry. This page is also the add-in's shared runtime (the functions chunk loads on it
// too), so it renders once Office is ready, and still renders when opened outside Office.
import { createRoot } from 'react-dom/client';
import { FluentProvider, Theme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { App, CalendarInfo } from './App';
import { CUSTOM_FUNCTIONS, DEFAULT_CALENDAR, FUNCTION_NAMESPACE } from '../functions/args';
import { BUILTIN_CALENDAR_SPECS } from '../core/calendar/builtin';

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

function render(host: string | null): void {
  const el = document.getElementById('root');
  if (!el) return;
  const calendars: CalendarInfo[] = Object.values(BUILTIN_CALENDAR_SPECS)
    .map((spec) => ({ name: spec.name, years: spec.days.length > 0 ? spec.coveredYears : undefined }))
    .sort((a, b) => Number(b.name === DEFAULT_CALENDAR) - Number(a.name === DEFAULT_CALENDAR));
  createRoot(el).render(
    <FluentProvider theme={pickTheme()}>
      <App host={host} namespace={FUNCTION_NAMESPACE} functions={CUSTOM_FUNCTIONS} calendars={calendars} defaultCalendar={DEFAULT_CALENDAR} />
    </FluentProvider>,
  );
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  // In Excel this resolves with host "Excel"; in a plain browser tab with office.js loaded it
  // resolves with host null.
  Office.onReady((info) => render(info.host ? String(info.host) : null)).catch(() => render(null));
} else {
  // office.js did not load (opened from disk, blocked, …): render anyway.
  render(null);
}
