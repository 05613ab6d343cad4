// Excel custom functions (namespace COMPLAINTS), run in the add-in's shared runtime. The JSDoc tags
// are the source of functions.json (custom-functions-metadata-plugin), and the plugin's loader
// appends the CustomFunctions.associate(id, fn) calls to this file at build time, so none are
// written here. Each function is a thin wrapper: the work is in ./args (pure, tested in Node).
import { ArgError, networkdaysCount, workdaySerial } from './args';

// office.js defines CustomFunctions.associate as soon as it loads. When the page is opened without
// it (a plain browser tab, office.js missing), give the appended associate calls a no-op so this
// chunk loads quietly instead of stopping on a ReferenceError.
if (typeof CustomFunctions === 'undefined') {
  (globalThis as { CustomFunctions?: Pick<typeof CustomFunctions, 'associate'> }).CustomFunctions = { associate: () => undefined };
}

/**
 * Rethrows an argument problem as the Excel error it stands for: #VALUE! with the message (shown
 * from the cell's error flag) or #NUM!, which Excel allows no custom message for. CustomFunctions.Error
 * arrived with CustomFunctionsRuntime 1.2; on a 1.1 host a plain Error still shows #VALUE!.
 */
function toExcelError(e: unknown): unknown {
  if (!(e instanceof ArgError) || typeof CustomFunctions.Error !== 'function') return e;
  return e.code === 'invalidNumber'
    ? new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber)
    : new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, e.message);
}

/**
 * The working day a number of working days after (or before) a start date, on China's calendar (放假 and 调休) by default.
 * @customfunction WORKDAY
 * @param start Start date (the time of day is ignored).
 * @param days Working days to add; negative counts backwards; fractions are truncated toward zero.
 * @param [holidays] Extra days off: a range of dates; empty cells are skipped.
 * @param [calendar] "china" (default) or "weekends" (Saturday and Sunday only).
 * @returns The date serial of that working day (format the cell as a date).
 */
export function workday(start: number, days: number, holidays?: number[][], calendar?: string): number {
  try {
    return workdaySerial(start, days, holidays, calendar);
  } catch (e) {
    throw toExcelError(e);
  }
}

/**
 * The number of working days from start to end, both counted, on China's calendar (放假 and 调休) by default.
 * @customfunction NETWORKDAYS
 * @param start Start date (the time of day is ignored).
 * @param end End date (the time of day is ignored).
 * @param [holidays] Extra days off: a range of dates; empty cells are skipped.
 * @param [calendar] "china" (default) or "weekends" (Saturday and Sunday only).
 * @returns The number of working days.
 */
export function networkdays(start: number, end: number, holidays?: number[][], calendar?: string): number {
  try {
    return networkdaysCount(start, end, holidays, calendar);
  } catch (e) {
    throw toExcelError(e);
  }
}
