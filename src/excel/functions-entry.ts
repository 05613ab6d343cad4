// The custom-functions chunk as the add-in loads it (webpack entry "functions"): the wrappers of
// src/functions/functions.ts, given the workbook's 投诉政策 sheet as their policy. The functions
// layer never imports src/excel; this entry is where the two meet.
import { setDateOffset, setPolicyProvider } from '../functions/functions';
import { dateSystemOffset } from './dates';
import { setFunctionsLang } from '../functions/lang';
import { recalculateFunctionColumns, workbookPolicy } from './policy-source';

setPolicyProvider(workbookPolicy());

// Error texts in Excel's display language; the shared runtime has Office.context once Office is ready.
if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady(() => setFunctionsLang(Office.context?.displayLanguage));
}

// The workbook's date system, once: in a 1904 workbook the function columns computed before the
// answer came are recalculated. Without Excel (a plain browser tab) there is nothing to ask.
if (typeof Excel !== 'undefined' && typeof Excel.run === 'function') {
  Excel.run(async (ctx) => {
    const offset = await dateSystemOffset(ctx);
    setDateOffset(offset);
    if (offset) await recalculateFunctionColumns(ctx);
  }).catch((e: unknown) => console.warn('complaint-register: could not read the workbook\'s date system; 1900 assumed', e));
}
