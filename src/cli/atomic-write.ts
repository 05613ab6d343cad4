// The one way the CLI writes a file: a temp file in the same directory, fsync, rename over the
// target, fsync the directory. A crash at any moment leaves the old file or the new one, never a
// torn one; two writers racing to one path each rename a complete file, the last one wins.
import { open, rename, unlink, realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { bestEffort, statIfAny } from './fs-probe';

export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const dir = dirname(resolve(target));
  const temp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fh = await open(temp, 'wx', 0o644);
  try {
    await fh.writeFile(data);
    await fh.sync();
  } catch (e) {
    await bestEffort(fh.close());
    await bestEffort(unlink(temp));
    throw e;
  }
  await fh.close();
  try {
    await rename(temp, target);
  } catch (e) {
    await bestEffort(unlink(temp));
    throw e;
  }
  // The rename itself is durable only once the directory entry is on disk; not every platform
  // lets a directory be opened for fsync (Windows), and the file is complete either way.
  let d: Awaited<ReturnType<typeof open>> | undefined;
  try {
    d = await open(dir, 'r');
    await d.sync();
  } catch {
    // No directory fsync here (Windows, some network file systems): the file itself is complete.
  } finally {
    await d?.close();
  }
}

/** The path as the file system resolves it: symlinks followed, a missing file by its folder. */
async function resolved(p: string): Promise<string> {
  try {
    return await realpath(p);
  } catch {
    const dir = await realpath(dirname(resolve(p))).catch(() => dirname(resolve(p)));
    return join(dir, basename(p));
  }
}

/**
 * The input that `out` would overwrite, if any: the same path, a symlink to it, or a hard link
 * (same device and inode). Case-insensitive file systems are covered by the inode comparison.
 */
export async function clashingInput(out: string, inputs: readonly string[]): Promise<string | undefined> {
  const outReal = await resolved(out);
  const outStat = await statIfAny(out);
  for (const input of inputs) {
    if ((await resolved(input)) === outReal) return input;
    const s = await statIfAny(input);
    if (s && outStat && s.dev === outStat.dev && s.ino === outStat.ino) return input;
  }
  return undefined;
}
