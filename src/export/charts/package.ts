// An unzipped OOXML package (ECMA-376 Part 2, Open Packaging Conventions) that part writers edit:
// its parts by name, the relationships of a part, and the content type of each part.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const REL_TYPE = {
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
} as const;
export const CONTENT_TYPE = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
} as const;

/** Text as XML character data or an attribute value. */
export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One XML part of the package, written or edited by one small class (the style of exceljs' lib/xlsx/xform/). */
export interface PartWriter {
  write(pkg: OoxmlPackage): void;
}

/** Zips a package's parts (path → bytes) into one file. */
export type Zipper = (files: Readonly<Record<string, Uint8Array>>) => Uint8Array;

export class OoxmlPackage {
  private readonly files: Record<string, Uint8Array>;

  /** From a zip's bytes, or from its parts already unzipped (path → bytes). */
  constructor(source: Uint8Array | Readonly<Record<string, Uint8Array>>) {
    // Folder entries ("xl/", which exceljs' document writer adds) are not parts (OPC 9.1): dropped.
    if (source instanceof Uint8Array) this.files = unzipSync(source, { filter: (f) => !f.name.endsWith('/') });
    else this.files = Object.fromEntries(Object.entries(source).filter(([name]) => !name.endsWith('/')));
  }

  has(path: string): boolean {
    return path in this.files;
  }

  paths(): string[] {
    return Object.keys(this.files);
  }

  text(path: string): string {
    const f = this.files[path];
    if (!f) throw new Error(`package has no part ${path}`);
    return strFromU8(f);
  }

  set(path: string, xml: string): void {
    this.files[path] = strToU8(xml);
  }

  /**
   * Edits a part's text around its bulk: the bytes between the first `open` and the last `close`
   * (a worksheet's rows, ~100 MB at a million rows) stay bytes, neither decoded nor encoded again.
   * `edit` gets the part's text with the bulk left out, and must keep `open` directly followed by
   * `close` where the bulk goes back. A part without both is edited whole.
   */
  editAround(path: string, open: string, close: string, edit: (xml: string) => string): void {
    const f = this.files[path];
    if (!f) throw new Error(`package has no part ${path}`);
    const a = indexOfBytes(f, strToU8(open));
    const b = a < 0 ? -1 : lastIndexOfBytes(f, strToU8(close));
    const from = a + open.length;
    if (a < 0 || b < from) {
      this.set(path, edit(strFromU8(f)));
      return;
    }
    const xml = edit(strFromU8(f.subarray(0, from)) + strFromU8(f.subarray(b)));
    const k = xml.indexOf(open + close);
    if (k < 0) throw new Error(`${path}: the edit lost ${open}${close}`);
    const head = strToU8(xml.slice(0, k + open.length));
    const tail = strToU8(xml.slice(k + open.length));
    const out = new Uint8Array(head.length + (b - from) + tail.length);
    out.set(head);
    out.set(f.subarray(from, b), head.length);
    out.set(tail, head.length + (b - from));
    this.files[path] = out;
  }

  /** The package zipped: by fflate (pure JS, the task pane's), or by the zipper given (the CLI's, native zlib). */
  bytes(zip?: Zipper): Uint8Array {
    return zip ? zip(this.files) : zipSync(this.files, { level: 6 });
  }
}

/** The first index of `pat` in `bytes`, or -1. */
function indexOfBytes(bytes: Uint8Array, pat: Uint8Array): number {
  for (let i = bytes.indexOf(pat[0]); i >= 0 && i + pat.length <= bytes.length; i = bytes.indexOf(pat[0], i + 1)) if (startsAt(bytes, pat, i)) return i;
  return -1;
}

/** The last index of `pat` in `bytes`, or -1. */
function lastIndexOfBytes(bytes: Uint8Array, pat: Uint8Array): number {
  for (let i = bytes.lastIndexOf(pat[0], bytes.length - pat.length); i >= 0; i = i > 0 ? bytes.lastIndexOf(pat[0], i - 1) : -1) if (startsAt(bytes, pat, i)) return i;
  return -1;
}

function startsAt(bytes: Uint8Array, pat: Uint8Array, i: number): boolean {
  for (let j = 1; j < pat.length; j++) if (bytes[i + j] !== pat[j]) return false;
  return true;
}

/** The relationships part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target relative to the part's folder, as a package path ("../drawings/d.xml" from xl/worksheets/ → xl/drawings/d.xml). */
export function resolveTarget(part: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = part.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}
