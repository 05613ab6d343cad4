// CRC-32 (the zip checksum, ISO 3309 polynomial 0xEDB88320), for where Node's zlib.crc32 is absent
// (the browser, Node < 20.15). A damaged entry that still inflates is caught by this check.
let table: Int32Array | undefined;

function makeTable(): Int32Array {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
}

export type Crc32 = (data: Uint8Array, previous: number) => number;

export const crc32: Crc32 = (data, previous) => {
  const t = (table ??= makeTable());
  let c = ~previous;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
};
