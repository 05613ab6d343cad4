// A part's relationships (.rels): adds one, creating the part when the source has none yet.
import { OoxmlPackage, PartWriter, REL_NS, esc, relsPath } from './package';

export class RelationshipAdd implements PartWriter {
  /** The id given, known once written. */
  id = '';

  constructor(private readonly source: string, private readonly type: string, private readonly target: string) {}

  write(pkg: OoxmlPackage): void {
    const path = relsPath(this.source);
    const xml = pkg.has(path) ? pkg.text(path) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`;
    const taken = new Set([...xml.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    this.id = `rId${n}`;
    const rel = `<Relationship Id="${this.id}" Type="${esc(this.type)}" Target="${esc(this.target)}"/>`;
    pkg.set(path, xml.includes('</Relationships>') ? xml.replace('</Relationships>', `${rel}</Relationships>`) : xml.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`));
  }
}
