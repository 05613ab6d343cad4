// The parts of a zip whose entries are stored, not deflated, as views into its bytes: the CLI's
// appraisal workbook comes from exceljs' streaming writer stored, to get its charts added and be
// deflated once. Unzipping copied every part (a 1M-row report's overdue list is ~100 MB of XML),
// beside the bytes; views copy nothing. The directory is read by the reader's zip (src/reader/zip.ts:
// zip64, bounds and headers checked); anything but a stored entry is refused.
import { ZipArchive } from '../reader/zip';
import { bytesSource } from '../reader/source';

const STORED = 0;

export async function storedParts(zip: Uint8Array): Promise<Record<string, Uint8Array>> {
  const archive = await ZipArchive.open(bytesSource(zip));
  const out: Record<string, Uint8Array> = {};
  for (const [name, e] of archive.entries) {
    if (e.method !== STORED) throw new Error(`zip entry ${name} is compressed (method ${e.method}), not stored`);
    const { at, end } = await archive.dataAt(e);
    out[name] = zip.subarray(at, end);
  }
  return out;
}
