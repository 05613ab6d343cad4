// [Content_Types].xml: an Override for each part added (ECMA-376 Part 2, 10.1.2.3).
import { OoxmlPackage, PartWriter, esc } from './package';

export const CONTENT_TYPES = '[Content_Types].xml';

export class ContentTypeOverride implements PartWriter {
  constructor(private readonly part: string, private readonly type: string) {}

  write(pkg: OoxmlPackage): void {
    const xml = pkg.text(CONTENT_TYPES);
    if (xml.includes(`PartName="/${this.part}"`)) return;
    pkg.set(CONTENT_TYPES, xml.replace('</Types>', `<Override PartName="/${esc(this.part)}" ContentType="${esc(this.type)}"/></Types>`));
  }
}
