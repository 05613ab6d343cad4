// The worksheet's <drawing r:id="…"/>, which attaches its drawing part. CT_Worksheet is a sequence
// (ECMA-376 Part 1, 18.3.1.99): drawing comes after sheetData … headerFooter, rowBreaks, colBreaks,
// customProperties, cellWatches, ignoredErrors, smartTags and before legacyDrawing … extLst. An
// extLst also sits inside conditional formats (exceljs' data bars), so the place is found after
// the last element that must precede drawing, not before the first that may follow it.
import { OoxmlPackage, PartWriter } from './package';

const BEFORE_DRAWING = [
  'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews',
  'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter',
  'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags',
];

/** The index just past the last top-level element `name` of the worksheet, or -1. */
function endOfLast(xml: string, name: string): number {
  const start = Math.max(xml.lastIndexOf(`<${name} `), xml.lastIndexOf(`<${name}>`), xml.lastIndexOf(`<${name}/>`));
  if (start < 0) return -1;
  const tagEnd = xml.indexOf('>', start);
  if (xml[tagEnd - 1] === '/') return tagEnd + 1;
  const close = xml.indexOf(`</${name}>`, tagEnd);
  return close < 0 ? -1 : close + name.length + 3;
}

export class SheetDrawingRef implements PartWriter {
  constructor(private readonly sheet: string, private readonly relId: () => string) {}

  write(pkg: OoxmlPackage): void {
    // The rows are left as bytes: nothing is placed inside sheetData.
    pkg.editAround(this.sheet, '<sheetData>', '</sheetData>', (xml) => {
      if (/<drawing\b/.test(xml)) throw new Error(`${this.sheet} has a drawing already`);
      const root = xml.slice(xml.indexOf('<worksheet'), xml.indexOf('>', xml.indexOf('<worksheet')));
      if (!root.includes('xmlns:r=')) xml = xml.replace('<worksheet ', '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ');
      const at = Math.max(...BEFORE_DRAWING.map((n) => endOfLast(xml, n)));
      if (at < 0) throw new Error(`${this.sheet} has no sheetData`);
      return `${xml.slice(0, at)}<drawing r:id="${this.relId()}"/>${xml.slice(at)}`;
    });
  }
}
