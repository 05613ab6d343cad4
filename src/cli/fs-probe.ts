// Looking at a path without hiding failures: "nothing there" is an answer, anything else (no
// permission, an I/O error) is a failure the user must see, so it is thrown, not swallowed.
import { stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';

const ABSENT = new Set(['ENOENT', 'ENOTDIR']);

/** The path's stat, or undefined when nothing is there; other failures are thrown to be reported. */
export async function statIfAny(p: string): Promise<Stats | undefined> {
  try {
    return await stat(p);
  } catch (e) {
    if (ABSENT.has((e as NodeJS.ErrnoException).code ?? '')) return undefined;
    throw e;
  }
}

/**
 * Clean-up after a failure that is itself thrown to the user (a temp file left behind, a folder that
 * cannot be fsynced on this platform): its own failure would only hide the first one.
 */
export async function bestEffort(p: Promise<unknown>): Promise<void> {
  try {
    await p;
  } catch {
    // The reported failure is the one that caused the clean-up.
  }
}
