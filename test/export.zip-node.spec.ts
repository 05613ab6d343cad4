// The CLI's zipper (src/export/zip-node.ts) against two readers it shares no code with: fflate's
// unzip gives every part back byte for byte, and Python's zipfile (CPython's own reader, which
// checks each entry's CRC-32 and sizes against the central directory) finds the archive sound.
// Its stored-zip reader (src/export/stored-zip.ts) against fflate's unzip of the same bytes.
import { execFileSync } from 'node:child_process';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { zipWithZlib } from '../src/export/zip-node';
import { storedParts } from '../src/export/stored-zip';

const files: Record<string, Uint8Array> = {
  '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
  'xl/worksheets/sheet1.xml': strToU8('<row>'.repeat(50_000)),
  'xl/empty.bin': new Uint8Array(0),
  'xl/投诉.xml': strToU8('客户投诉 complaint'),
  'xl/random.bin': Uint8Array.from({ length: 70_000 }, (_, i) => (i * 2654435761) >>> 24),
};

const PY = `
import sys, zipfile, io, json
z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))
bad = z.testzip()
print(json.dumps({"bad": bad, "names": z.namelist(), "sizes": [i.file_size for i in z.infolist()], "methods": sorted({i.compress_type for i in z.infolist()})}))
`;

describe('zipWithZlib', () => {
  const zipped = zipWithZlib(files);

  it('gives every part back byte for byte, in the order given (fflate)', () => {
    const back = unzipSync(zipped);
    expect(Object.keys(back)).toEqual(Object.keys(files));
    for (const [name, data] of Object.entries(files)) expect(Buffer.from(back[name]).equals(Buffer.from(data))).toBe(true);
  });

  it('is a sound zip to CPython: CRCs and sizes match, names UTF-8, every part deflated', () => {
    const out = JSON.parse(execFileSync('python3', ['-c', PY], { input: Buffer.from(zipped) }).toString()) as { bad: string | null; names: string[]; sizes: number[]; methods: number[] };
    expect(out.bad).toBeNull();
    expect(out.names).toEqual(Object.keys(files));
    expect(out.sizes).toEqual(Object.values(files).map((f) => f.length));
    expect(out.methods).toEqual([8]);
  });

  it('deflates: a repetitive part takes a small fraction of its size', () => {
    expect(zipped.length).toBeLessThan(70_000 + 20_000);
  });
});

describe('storedParts', () => {
  it('reads a stored zip in place, part for part as fflate unzips it, folder entries included', async () => {
    const stored = zipSync({ ...files, 'xl/': new Uint8Array(0) }, { level: 0 });
    const parts = await storedParts(stored);
    const back = unzipSync(stored);
    expect(Object.keys(parts)).toEqual(Object.keys(back));
    for (const [name, data] of Object.entries(back)) expect(Buffer.from(parts[name]).equals(Buffer.from(data))).toBe(true);
    // Views into the zip's own bytes, not copies.
    expect(parts['xl/worksheets/sheet1.xml'].buffer).toBe(stored.buffer);
  });

  it('refuses a deflated entry and bytes that are no zip', async () => {
    await expect(storedParts(zipWithZlib(files))).rejects.toThrow('is compressed (method 8), not stored');
    // The reader's refusal of a file that is no zip (here: text), as for any register.
    await expect(storedParts(strToU8('no zip here, just text long enough to search'))).rejects.toMatchObject({ name: 'ReaderRefusal', kind: 'text' });
  });

  it('refuses a stored entry whose local header or bytes lie outside the zip', async () => {
    const stored = zipSync({ 'a.xml': strToU8('<a/>') }, { level: 0 });
    // The central directory's local-header offset (APPNOTE 4.3.12, +42) pointed past the end.
    const badOffset = stored.slice();
    const cd = badOffset.length - 22 - (46 + 'a.xml'.length);
    new DataView(badOffset.buffer).setUint32(cd + 42, badOffset.length - 10, true);
    await expect(storedParts(badOffset)).rejects.toThrow('zip entry a.xml: no local header');
    // Its size (+24) made larger than the zip.
    const badSize = stored.slice();
    new DataView(badSize.buffer).setUint32(cd + 24, 1 << 20, true);
    await expect(storedParts(badSize)).rejects.toThrow('zip entry a.xml runs past the end of the zip');
  });
});
