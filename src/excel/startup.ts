// The add-in's start in its shared runtime (manifest: Runtimes lifetime="long", "the add-in can
// start when the document opens and run indefinitely … even if the user closes the task pane",
// https://learn.microsoft.com/javascript/api/manifest/runtime). The audit trail and the 编号 of new
// rows hang on a Worksheet.onChanged handler, and Excel calls it only while this runtime runs, so:
// - the handler is added when the runtime starts (functions-entry.ts, at Office.onReady), not when
//   a page of the pane mounts; and once per runtime (audit.ts keeps which sheets have one), however
//   often the pane is opened, closed and reopened;
// - set-up switches the workbook to load the add-in when it opens, with no pane shown:
//   Office.addin.setStartupBehavior(Office.StartupBehavior.load), SharedRuntime 1.1. It is per
//   document, and takes effect from the next opening: "the add-in won't run the first time a user
//   opens the document … whenever the document is reopened, the add-in loads immediately and any
//   code in Office.initialize or Office.onReady runs"
//   (https://learn.microsoft.com/office/dev/add-ins/develop/run-code-on-document-open). The pane
//   says so and can turn it off (StartupBehavior.none: "The add-in does not load until opened by
//   the user", https://learn.microsoft.com/javascript/api/office/office.startupbehavior);
// - when the pane is shown again (Office.addin.onVisibilityModeChanged,
//   https://learn.microsoft.com/javascript/api/office/office.visibilitymode) the register and its
//   编号格式 are read again: a register set up or a pattern changed since is then watched as it is.
import { readPolicyRows, readSheetsState } from './adapter';
import { watchRegister } from './audit';
import { wallClockNow } from '../core/now';
import { DEFAULT_ID_PATTERN } from '../core/register/ids';
import { idPatternOf } from '../workbook/ids-plan';
import { policyOf } from '../workbook/model';
import { readOperator } from '../workbook/operator';

/** The parts of Office.addin used here. */
export type AddinApi = Pick<Office.Addin, 'getStartupBehavior' | 'setStartupBehavior' | 'onVisibilityModeChanged'>;

/** Office.addin where the host has SharedRuntime 1.1 (the manifest requires it; a plain browser tab has none). */
function addin(): AddinApi | undefined {
  if (typeof Office === 'undefined' || !Office.addin) return undefined;
  return Office.context?.requirements?.isSetSupported?.('SharedRuntime', '1.1') ? Office.addin : undefined;
}

const warn = (what: string) => (e: unknown) => console.warn(`complaint-register: ${what}`, e);

/**
 * Watches the workbook's register, when one is set up, in this runtime: changes are logged and new
 * rows numbered. Says which sheet ('' when there is none). The handler is added once; a later call
 * takes the 编号格式 the policy sheet has now.
 */
export function watchWorkbookRegister(): Promise<string> {
  return Excel.run(async (c) => {
    const state = await readSheetsState(c);
    const sheet = state.register?.sheet;
    if (!sheet) return '';
    const pattern = idPatternOf(policyOf(await readPolicyRows(c))) ?? DEFAULT_ID_PATTERN;
    watchRegister(c, sheet, () => readOperator(), () => wallClockNow(), { idPattern: pattern });
    await c.sync();
    return sheet;
  });
}

/** Whether this workbook loads the add-in when it opens; undefined where the host cannot (no shared runtime). */
export async function loadOnOpen(): Promise<boolean | undefined> {
  const a = addin();
  return a ? (await a.getStartupBehavior()) === Office.StartupBehavior.load : undefined;
}

/** Switches loading on open on or off for this workbook; resolves with the setting as it now is. */
export async function setLoadOnOpen(on: boolean): Promise<boolean | undefined> {
  const a = addin();
  if (!a) return undefined;
  await a.setStartupBehavior(on ? Office.StartupBehavior.load : Office.StartupBehavior.none);
  return loadOnOpen();
}

/**
 * After a register is set up: watch it from now on, and from the next opening of the workbook. The
 * set-up itself is done, so a failure here does not fail it: the register is watched again each
 * time the pane is shown (startRuntime) and the home card says whether loading on open is on.
 */
export async function afterSetUp(): Promise<void> {
  await setLoadOnOpen(true).catch(warn('could not make the workbook load the add-in when it opens'));
  await watchWorkbookRegister().catch(warn('could not watch the register'));
}

let started: Promise<void> | undefined;

/** The runtime's start, once: watch the register, and read it again each time the pane is shown. */
export function startRuntime(): Promise<void> {
  started ??= (async () => {
    await watchWorkbookRegister().catch(warn('could not watch the register'));
    const a = addin();
    if (!a) return;
    await a.onVisibilityModeChanged((m) => {
      if (m.visibilityMode === Office.VisibilityMode.taskpane) void watchWorkbookRegister().catch(warn('could not watch the register'));
    });
  })();
  return started;
}

/** A runtime starts once per document; specs that fake several documents start a new one each. */
export function forgetStart(): void {
  started = undefined;
}
