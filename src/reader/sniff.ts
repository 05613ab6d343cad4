// What a file that is not a readable zip actually is, from its first bytes, so the refusal can
// say "an .xls" or "password-protected" rather than "invalid signature".
import { ReaderRefusal, refuse } from './errors';
import { msg } from '../core/messages/msg';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (b: Uint8Array, sig: readonly number[]) => sig.every((x, i) => b[i] === x);

/** "EncryptedPackage" as UTF-16LE: the stream name Office gives an encrypted OOXML package (MS-OFFCRYPTO 2.3.4.4). */
const ENCRYPTED_PACKAGE = new Uint8Array([...'EncryptedPackage'].flatMap((ch) => [ch.charCodeAt(0), 0]));
/** "Workbook" / "Book" as UTF-16LE: the BIFF8 / BIFF5 workbook stream names (MS-XLS 2.1.2). */
const BIFF_STREAMS = ['Workbook', 'Book'].map((n) => new Uint8Array([...n].flatMap((ch) => [ch.charCodeAt(0), 0])));

function contains(hay: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * The refusal for a file whose bytes are not a zip. `head` is the first bytes of the file and
 * `all` (when small enough to have been read) the whole of it, for the CFB directory search.
 */
export function notZip(head: Uint8Array, all: Uint8Array | undefined, size: number): ReaderRefusal {
  if (size === 0) return refuse('empty', msg('reader.empty'));
  if (startsWith(head, CFB_MAGIC)) {
    const body = all ?? head;
    if (contains(body, ENCRYPTED_PACKAGE)) return refuse('encrypted', msg('reader.encryptedFile'));
    if (BIFF_STREAMS.some((s) => contains(body, s))) return refuse('xls', msg('reader.xls'));
    return refuse('cfb', msg('reader.cfb'));
  }
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    return refuse('truncated', msg('reader.noDirectory'));
  }
  if (looksLikeText(head)) return refuse('text', msg('reader.text'));
  return refuse('not-zip', msg('reader.notZip'));
}

/** Mostly printable UTF-8 (or UTF-16 with a BOM): a CSV, TSV or HTML table saved under .xlsx. */
function looksLikeText(b: Uint8Array): boolean {
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return true;
  let bad = 0;
  for (const x of b) if (x < 0x09 || (x > 0x0d && x < 0x20) || x === 0x7f) bad++;
  return b.length > 0 && bad / b.length < 0.01;
}
