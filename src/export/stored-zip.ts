// The parts of a zip whose entries are stored, not deflated (APPNOTE.TXT 4.3.7 local file header,
// 4.3.12 central directory header, 4.3.16 end of central directory), as views into its bytes: the
// CLI's appraisal workbook comes from exceljs' streaming writer stored, to get its charts added
// and be deflated once. Unzipping copied every part (a 1M-row report's overdue list is ~100 MB of
// XML), beside the bytes; views copy nothing. Anything but a stored entry is refused.
const END = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;

export function storedParts(zip: Uint8Array): Record<string, Uint8Array> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  // The end record is last, after a comment of at most 65,535 bytes.
  while (end >= 0 && view.getUint32(end, true) !== END) end--;
  if (end < 0) throw new Error('not a zip: no end of central directory record');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names = new TextDecoder();
  const out: Record<string, Uint8Array> = {};
  for (let k = 0; k < count; k++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error(`zip central directory entry ${k} is damaged`);
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = names.decode(zip.subarray(at + 46, at + 46 + nameLen));
    if (method !== STORED) throw new Error(`zip entry ${name} is compressed (method ${method}), not stored`);
    if (view.getUint32(local, true) !== LOCAL) throw new Error(`zip entry ${name}: no local header`);
    const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    out[name] = zip.subarray(data, data + size);
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}
