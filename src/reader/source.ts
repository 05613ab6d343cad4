// Where the bytes come from. The reader asks for byte ranges, so a file is never read whole:
// a Node file handle (./node-source) or bytes already in memory (the browser's File API).
import { Crc32, crc32 } from './crc32';

export interface ByteSource {
  /** Total size in bytes. */
  readonly size: number;
  /** `length` bytes from `offset` (fewer only at the end). */
  read(offset: number, length: number): Promise<Uint8Array>;
  /** The checksum to verify entries with (a native one when the platform has it). */
  readonly crc32: Crc32;
  /** A native raw-DEFLATE stream, when the platform has one; otherwise fflate inflates. */
  readonly inflate?: (compressed: AsyncIterable<Uint8Array>) => AsyncIterable<Uint8Array>;
  close(): Promise<void>;
}

export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: async (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length)),
    crc32,
    close: async () => undefined,
  };
}
