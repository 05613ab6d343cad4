// The parts of a zip whose entries are stored, not deflated, as views into its bytes: the CLI's
// appraisal workbook comes from exceljs' streaming writer stored, to get its charts added and be
// deflated once. Unzipping copied every part (a 1M-row report's overdue list is ~100 MB of XML),
// beside the bytes; views copy nothing. The central directory is read by the reader's zip
// (src/reader/zip.ts: zip64, bounds checked), the one parser of it; what is left here is the
// local header in front of each stored part (APPNOTE.TXT 4.3.7). Anything but a stored entry is refused.
import { ZipArchive } from '../reader/zip';
import { bytesSource } from '../reader/source';

const LOCAL = 0x04034b50;
const STORED = 0;

export async function storedParts(zip: Uint8Array): Promise<Record<string, Uint8Array>> {
  const archive = await ZipArchive.open(bytesSource(zip));
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: Record<string, Uint8Array> = {};
  for (const [name, e] of archive.entries) {
    if (e.method !== STORED) throw new Error(`zip entry ${name} is compressed (method ${e.method}), not stored`);
    const local = e.localOffset;
    if (local + 30 > zip.length || view.getUint32(local, true) !== LOCAL) throw new Error(`zip entry ${name}: no local header`);
    const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (data + e.size > zip.length) throw new Error(`zip entry ${name} runs past the end of the zip`);
    out[name] = zip.subarray(data, data + e.size);
  }
  return out;
}
