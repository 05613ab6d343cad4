// The custom-functions chunk as the add-in loads it (webpack entry "functions"): the wrappers of
// src/functions/functions.ts, given the workbook's 投诉政策 sheet as their policy. The functions
// layer never imports src/excel; this entry is where the two meet. It is also where the add-in's
// shared runtime starts (startup.ts: the audit trail and new-row ids, pane open or not).
import { setDateOffset, setPolicyProvider } from '../functions/functions';
import { dateSystemOffset } from './dates';
import { setFunctionsLang } from '../functions/lang';
import { recalculateFunctionColumns, workbookPolicy } from './policy-source';

setPolicyProvider(workbookPolicy());

const inExcel = typeof Excel !== 'undefined' && typeof Excel.run === 'function';
// Error texts in Excel's display language; the shared runtime has Office.context once Office is ready.
if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady(() => setFunctionsLang(Office.context?.displayLanguage));
}

// The workbook's date system, once: in a 1904 workbook the function columns computed before the
// answer came are recalculated. Without Excel (a plain browser tab) there is nothing to ask.
if (inExcel) {
  Excel.run(async (ctx) => {
    const offset = await dateSystemOffset(ctx);
    setDateOffset(offset);
    if (offset) await recalculateFunctionColumns(ctx);
  }).catch((e: unknown) => console.warn('complaint-register: could not read the workbook\'s date system; 1900 assumed', e));
}

// Startup code goes in Office.onReady ("Place startup code in Office.initialize or Office.onReady",
// https://learn.microsoft.com/office/dev/add-ins/develop/run-code-on-document-open). Its code is a
// chunk of its own, fetched once Office is ready, so the first paint does not carry it.
if (inExcel && typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady((info) => {
    if (String(info.host) !== 'Excel') return undefined;
    return import(/* webpackChunkName: "runtime-start" */ './startup').then((m) => m.startRuntime());
  }).catch((e: unknown) => console.warn('complaint-register: the add-in\'s runtime did not start; changes are logged only while the pane is open', e));
}
