// A file on disk as a ByteSource. Only this file of src/reader uses Node.
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import { ByteSource } from './source';
import { Crc32, crc32 as jsCrc32 } from './crc32';

// zlib.crc32 exists from Node 20.15 / 22.2 and is several times faster than the table.
const nativeCrc = (zlib as unknown as { crc32?: (d: Uint8Array, v: number) => number }).crc32;
const crc: Crc32 = nativeCrc ? (d, v) => nativeCrc(d, v) : jsCrc32;

export async function fileSource(path: string): Promise<ByteSource> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    return {
      size,
      read: async (offset, length) => {
        const buf = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
        let got = 0;
        while (got < buf.length) {
          const { bytesRead } = await fh.read(buf, got, buf.length - got, offset + got);
          if (bytesRead === 0) break;
          got += bytesRead;
        }
        return got === buf.length ? buf : buf.subarray(0, got);
      },
      crc32: crc,
      // zlib inflates several times faster than fflate; the stream keeps memory flat.
      inflate: (compressed) => Readable.from(compressed).pipe(zlib.createInflateRaw({ chunkSize: 1 << 18 })),
      close: () => fh.close(),
    };
  } catch (e) {
    await fh.close();
    throw e;
  }
}
