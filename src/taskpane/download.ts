// The browser's file download, handed to whichever backend needs one by the entry file
// (index.tsx): the file backend's results and, in Excel hosts without createWorkbook, the
// Office backend's exported workbook.
/** Saves bytes as a file download (browsers; Excel hosts without createWorkbook). */
export function downloadBytes(name: string, bytes: ArrayBuffer | Uint8Array): void {
  const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
