// The zip container (APPNOTE.TXT 6.3.x): the central directory, then each entry read in ranges
// and inflated as a stream (fflate), its CRC-32 and size checked at the end. Nothing holds a whole
// entry: a 1,000,000-row sheet passes through in chunks.
import { Inflate } from 'fflate';
import { ByteSource } from './source';
import { refuse } from './errors';
import { msg } from '../core/messages/msg';
import { notZip } from './sniff';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;
/** Compressed bytes read per step: large enough to amortise the reads, small enough to stream. */
const CHUNK = 1 << 20;

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 0x100000000;

export class ZipArchive {
  private constructor(private readonly src: ByteSource, readonly entries: ReadonlyMap<string, ZipEntry>) {}

  /** Opens the archive, or refuses with what the file actually is. */
  static async open(src: ByteSource): Promise<ZipArchive> {
    const head = await src.read(0, 4096);
    const tailLen = Math.min(src.size, 22 + MAX_COMMENT);
    const tail = await src.read(src.size - tailLen, tailLen);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (u32(tail, i) === SIG_EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0 || !(head[0] === 0x50 && head[1] === 0x4b)) {
      const all = src.size <= 1 << 24 ? await src.read(0, src.size) : undefined;
      throw notZip(head, all, src.size);
    }
    let count = u16(tail, eocd + 10);
    let cdSize = u32(tail, eocd + 12);
    let cdOffset = u32(tail, eocd + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const loc = eocd - 20;
      if (loc < 0 || u32(tail, loc) !== SIG_EOCD64_LOCATOR) throw refuse('truncated', msg('reader.zip64Locator'));
      const at = u64(tail, loc + 8);
      const rec = await src.read(at, 56);
      if (rec.length < 56 || u32(rec, 0) !== SIG_EOCD64) throw refuse('truncated', msg('reader.zip64Directory'));
      count = u64(rec, 32);
      cdSize = u64(rec, 40);
      cdOffset = u64(rec, 48);
    }
    if (cdOffset + cdSize > src.size) throw refuse('truncated', msg('reader.directoryPastEnd'));
    const cd = await src.read(cdOffset, cdSize);
    const entries = new Map<string, ZipEntry>();
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cd.length || u32(cd, p) !== SIG_CENTRAL) throw refuse('corrupt', msg('reader.directoryDamaged'));
      const nameLen = u16(cd, p + 28);
      const extraLen = u16(cd, p + 30);
      const commentLen = u16(cd, p + 32);
      const e: ZipEntry = {
        flags: u16(cd, p + 8),
        method: u16(cd, p + 10),
        crc: u32(cd, p + 16),
        compressedSize: u32(cd, p + 20),
        size: u32(cd, p + 24),
        localOffset: u32(cd, p + 42),
        name: new TextDecoder().decode(cd.subarray(p + 46, p + 46 + nameLen)),
      };
      readZip64Extra(e, cd.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen));
      entries.set(e.name, e);
      p += 46 + nameLen + extraLen + commentLen;
    }
    return new ZipArchive(src, entries);
  }

  /** The entry of that name; zip names are case-sensitive but some writers vary the case. */
  find(name: string): ZipEntry | undefined {
    const exact = this.entries.get(name);
    if (exact) return exact;
    const lower = name.toLowerCase();
    for (const [k, e] of this.entries) if (k.toLowerCase() === lower) return e;
    return undefined;
  }

  /**
   * The inflated bytes of an entry, chunk by chunk; the caller may stop early (only the first rows
   * of a sheet were wanted). Refuses a damaged entry: bad compressed data, size or CRC-32.
   */
  async *chunks(e: ZipEntry): AsyncGenerator<Uint8Array> {
    if (e.flags & 1) throw refuse('encrypted', msg('reader.entryEncrypted', { entry: e.name }));
    if (e.method !== 0 && e.method !== 8) throw refuse('unsupported', msg('reader.entryMethod', { entry: e.name, method: e.method }));
    const local = await this.src.read(e.localOffset, 30);
    if (local.length < 30 || u32(local, 0) !== SIG_LOCAL) throw refuse('corrupt', msg('reader.entryNoHeader', { entry: e.name }));
    const at = e.localOffset + 30 + u16(local, 26) + u16(local, 28);
    const end = at + e.compressedSize;
    if (end > this.src.size) throw refuse('truncated', msg('reader.entryPastEnd', { entry: e.name }));
    let crc = 0;
    let size = 0;
    for await (const chunk of this.inflated(e, at, at + e.compressedSize)) {
      crc = this.src.crc32(chunk, crc);
      size += chunk.length;
      yield chunk;
    }
    if (size !== e.size || crc !== e.crc) throw refuse('corrupt', msg('reader.entryChecksum', { entry: e.name }));
  }

  /** The compressed bytes of an entry from `at` to `end`, read in ranges. */
  private async *compressed(at: number, end: number): AsyncGenerator<Uint8Array> {
    while (at < end) {
      const n = Math.min(CHUNK, end - at);
      yield await this.src.read(at, n);
      at += n;
    }
  }

  /** The entry's bytes, inflated by the platform's zlib when there is one, else by fflate. */
  private async *inflated(e: ZipEntry, at: number, end: number): AsyncGenerator<Uint8Array> {
    if (e.method === 0) {
      yield* this.compressed(at, end);
      return;
    }
    const damaged = (err: unknown) => refuse('corrupt', msg('reader.entryInflate', { entry: e.name, detail: (err as Error).message || msg('reader.badDeflate') }));
    if (this.src.inflate) {
      try {
        for await (const c of this.src.inflate(this.compressed(at, end))) yield c;
      } catch (err) {
        if (err instanceof Error && err.name === 'ReaderRefusal') throw err;
        throw damaged(err);
      }
      return;
    }
    let out: Uint8Array[] = [];
    const inflate = new Inflate((chunk) => out.push(chunk));
    for await (const data of this.compressed(at, end)) {
      try {
        inflate.push(data, false);
      } catch (err) {
        throw damaged(err);
      }
      const ready = out;
      out = [];
      yield* ready;
    }
    try {
      inflate.push(new Uint8Array(0), true);
    } catch (err) {
      throw damaged(err);
    }
    yield* out;
  }

  /** A small entry whole, as text (workbook, rels, styles). */
  async text(e: ZipEntry): Promise<string> {
    const dec = new TextDecoder('utf-8');
    let s = '';
    for await (const c of this.chunks(e)) s += dec.decode(c, { stream: true });
    return s + dec.decode();
  }
}

/** Zip64 extended information (APPNOTE 4.5.3): the real sizes and offset when the 32-bit ones overflow. */
function readZip64Extra(e: ZipEntry, extra: Uint8Array): void {
  for (let p = 0; p + 4 <= extra.length; ) {
    const id = u16(extra, p);
    const len = u16(extra, p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      if (e.size === 0xffffffff) {
        e.size = u64(extra, q);
        q += 8;
      }
      if (e.compressedSize === 0xffffffff) {
        e.compressedSize = u64(extra, q);
        q += 8;
      }
      if (e.localOffset === 0xffffffff) e.localOffset = u64(extra, q);
    }
    p += 4 + len;
  }
}
