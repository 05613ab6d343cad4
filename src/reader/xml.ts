// One zip entry through the tokenizer as it inflates: the handler sees local element names (any
// prefix dropped: some writers emit <x:row>) and plain attribute maps. A part that is not
// well-formed is read again by saxes, the tokenizer's oracle, which words the refusal.
import { SaxesParser } from 'saxes';
import { ZipArchive, ZipEntry } from './zip';
import { refuse, ReaderRefusal } from './errors';
import { msg } from '../core/messages/msg';
import { XmlSyntaxError, XmlTokenizer } from './tokenizer';
import type { CellHandler } from './cell-path';

export interface XmlHandler {
  open(name: string, attrs: Record<string, string>): void;
  close(name: string): void;
  text(t: string): void;
  /** Whole cells, where the tokenizer recognises one (TokenHandler.cell; prefixed cells come as events). */
  cell?: CellHandler;
}

export const localName = (n: string): string => {
  const i = n.indexOf(':');
  return i < 0 ? n : n.slice(i + 1);
};

const notWellFormed = (entry: ZipEntry, why: string): ReaderRefusal => refuse('corrupt', msg('reader.badXml', { part: entry.name, detail: why.split('\n')[0].slice(0, 120) }));

async function* decoded(zip: ZipArchive, entry: ZipEntry): AsyncGenerator<string> {
  const dec = new TextDecoder('utf-8', { fatal: true });
  const decode = (chunk?: Uint8Array) => {
    try {
      return chunk ? dec.decode(chunk, { stream: true }) : dec.decode();
    } catch {
      throw refuse('corrupt', msg('reader.badUtf8', { part: entry.name }));
    }
  };
  for await (const chunk of zip.chunks(entry)) yield decode(chunk);
  yield decode();
}

/** saxes's words for what is wrong with a part, or undefined when it finds nothing wrong. */
export async function saxesVerdict(zip: ZipArchive, entry: ZipEntry): Promise<string | undefined> {
  const parser = new SaxesParser({ position: false });
  try {
    for await (const s of decoded(zip, entry)) parser.write(s);
    parser.close();
    return undefined;
  } catch (e) {
    if (e instanceof ReaderRefusal) throw e;
    return String((e as Error).message ?? e);
  }
}

/** The same through saxes: for a part the tokenizer leaves to it (one with a DOCTYPE). */
async function* saxesSteps(zip: ZipArchive, entry: ZipEntry, h: XmlHandler): AsyncGenerator<void> {
  const parser = new SaxesParser({ position: false });
  parser.on('opentag', (t) => h.open(localName(t.name), t.attributes as Record<string, string>));
  parser.on('closetag', (t) => h.close(localName(t.name)));
  parser.on('text', (t) => h.text(t));
  parser.on('cdata', (t) => h.text(t));
  const write = (s: string | undefined) => {
    try {
      if (s === undefined) parser.close();
      else parser.write(s);
    } catch (e) {
      if (e instanceof ReaderRefusal) throw e;
      throw notWellFormed(entry, String((e as Error).message ?? e));
    }
  };
  for await (const s of decoded(zip, entry)) {
    write(s);
    yield;
  }
  write(undefined);
}

/**
 * Feeds `entry` through `h`, yielding after each inflated chunk so the caller can hand on what
 * the handler collected, or stop reading (return from its loop) once it has what it needs.
 */
export async function* xmlSteps(zip: ZipArchive, entry: ZipEntry, h: XmlHandler): AsyncGenerator<void> {
  let opened = false;
  const tok = new XmlTokenizer({
    open: (n, a) => {
      opened = true;
      h.open(localName(n), a);
    },
    close: (n) => h.close(localName(n)),
    text: (t) => h.text(t),
    cell: h.cell?.bind(h),
  });
  try {
    for await (const s of decoded(zip, entry)) {
      tok.write(s);
      yield;
    }
    tok.close();
  } catch (e) {
    if (!(e instanceof XmlSyntaxError)) throw e;
    // A DOCTYPE comes before the root element, so the handler has seen nothing yet.
    if (e.unsupported && !opened) return yield* saxesSteps(zip, entry, h);
    // saxes finding nothing wrong would be a tokenizer bug (the differential spec looks for them): say ours.
    throw notWellFormed(entry, (await saxesVerdict(zip, entry)) ?? e.message);
  }
}

/** Reads a whole (small) entry through `h`. */
export async function parseEntry(zip: ZipArchive, entry: ZipEntry, h: XmlHandler): Promise<void> {
  for await (const _ of xmlSteps(zip, entry, h));
}

/** Excel's escape for characters XML cannot carry (ECMA-376 Part 1, 22.9.2.19 ST_Xstring): _x000D_ is CR. */
export function unescapeXstring(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * A string that holds its own characters. saxes hands text over as slices of the decoded chunk,
 * and V8 keeps a slice of 13 or more characters as a view into its parent: one kept cell text
 * would keep its whole chunk (about half a megabyte) alive, and a register's shared strings the
 * whole of sharedStrings.xml. JSON's parser builds a fresh string.
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
