// styles.xml's first font is the workbook's default (the Normal style: empty cells, new cells,
// Excel's column width unit). exceljs always writes Calibri 11; the report's font replaces it.
import { OoxmlPackage, PartWriter, esc } from './package';

export const STYLES = 'xl/styles.xml';

export class DefaultFont implements PartWriter {
  constructor(private readonly font: { name: string; family: number; charset: number }, private readonly size: number) {}

  write(pkg: OoxmlPackage): void {
    const xml = pkg.text(STYLES);
    const m = /<fonts\b[^>]*>\s*(<font>[\s\S]*?<\/font>|<font\/>)/.exec(xml);
    if (!m) throw new Error(`${STYLES} has no default font`);
    const font = `<font><sz val="${this.size}"/><color theme="1"/><name val="${esc(this.font.name)}"/><family val="${this.font.family}"/><charset val="${this.font.charset}"/></font>`;
    const start = m.index + m[0].length - m[1].length;
    pkg.set(STYLES, xml.slice(0, start) + font + xml.slice(start + m[1].length));
  }
}
