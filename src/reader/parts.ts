// The small parts a sheet needs: relationships, workbook.xml (sheet names, date system), styles
// (which cell formats are dates) and the shared strings (held once, as an array).
import { ZipArchive, ZipEntry } from './zip';
import { XmlHandler, ownString, parseEntry, unescapeXstring } from './xml';
import { refuse } from './errors';
import { msg } from '../core/messages/msg';

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;

export interface Rel {
  id: string;
  type: string;
  target: string;
}

/** A relationship target as a zip path, resolved against the part that holds the relationship. */
export function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

const relsPathOf = (part: string) => {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
};

export async function readRels(zip: ZipArchive, part: string): Promise<Rel[]> {
  const e = zip.find(relsPathOf(part));
  if (!e) return [];
  const rels: Rel[] = [];
  await parseEntry(zip, e, {
    open: (n, a) => {
      if (n === 'Relationship' && a.Target !== undefined && a.TargetMode !== 'External') rels.push({ id: a.Id, type: a.Type ?? '', target: resolveTarget(part, a.Target) });
    },
    close: () => undefined,
    text: () => undefined,
  });
  return rels;
}

/** The workbook part's path: from the package relationships, else the usual place. */
export async function workbookPath(zip: ZipArchive): Promise<string> {
  const rels = await readRels(zip, '');
  const main = rels.find((r) => REL_OFFICE_DOCUMENT.test(r.type))?.target;
  if (main && zip.find(main)) return main;
  if (zip.find('xl/workbook.xml')) return 'xl/workbook.xml';
  if (zip.find('mimetype') || zip.find('content.xml')) throw refuse('ods', msg('reader.ods'));
  if (zip.find('word/document.xml') || zip.find('ppt/presentation.xml')) throw refuse('not-workbook', msg('reader.office'));
  throw refuse('not-workbook', msg('reader.noWorkbookPart'));
}

export interface SheetRef {
  name: string;
  /** Zip path of the sheet part; undefined for a chart sheet or a broken reference. */
  path: string | undefined;
}

export interface WorkbookInfo {
  sheets: SheetRef[];
  date1904: boolean;
  sharedStrings?: string;
  styles?: string;
}

const isTrue = (v: string | undefined) => v === '1' || v === 'true';

export async function readWorkbookInfo(zip: ZipArchive, path: string): Promise<WorkbookInfo> {
  const rels = await readRels(zip, path);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetRef[] = [];
  let date1904 = false;
  await parseEntry(zip, zip.find(path) as ZipEntry, {
    open: (n, a) => {
      if (n === 'workbookPr') date1904 = isTrue(a.date1904);
      else if (n === 'sheet') {
        // The relationship id is r:id in any prefix bound to the relationships namespace.
        const idKey = Object.keys(a).find((k) => k === 'id' || k.endsWith(':id'));
        const rel = idKey ? byId.get(a[idKey]) : undefined;
        const worksheet = rel && /\/worksheet$/.test(rel.type) ? rel.target : undefined;
        sheets.push({ name: unescapeXstring(a.name ?? `Sheet${sheets.length + 1}`), path: worksheet });
      }
    },
    close: () => undefined,
    text: () => undefined,
  });
  return {
    sheets,
    date1904,
    sharedStrings: rels.find((r) => /\/sharedStrings$/.test(r.type))?.target,
    styles: rels.find((r) => /\/styles$/.test(r.type))?.target,
  };
}

// Built-in number formats that show a date or time (ECMA-376 Part 1, 18.8.30 numFmt): 14-22 and
// 45-47 in every locale, 27-36 and 50-58 in the East Asian ones (zh-CN: yyyy"年"m"月" ...).
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A custom format code shows a date or time when a date token is left outside quotes, escapes and [brackets]. */
export function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/[_*]./g, '').replace(/\[[^\]]*]/g, '');
  return /[ymdhsb]/i.test(bare.replace(/general/gi, ''));
}

/** For each cell style index (c/@s), whether its number format is a date. */
export async function readDateStyles(zip: ZipArchive, path: string | undefined): Promise<boolean[]> {
  const e = path ? zip.find(path) : undefined;
  if (!e) return [];
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  await parseEntry(zip, e, {
    open: (n, a) => {
      if (n === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (n === 'cellXfs') inCellXfs = true;
      else if (n === 'xf' && inCellXfs) xfFormats.push(Number(a.numFmtId ?? 0));
    },
    close: (n) => {
      if (n === 'cellXfs') inCellXfs = false;
    },
    text: () => undefined,
  });
  return xfFormats.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_IDS.has(id);
  });
}

/** Collects the text of <t> elements (every run), leaving out phonetic guides (<rPh>). */
export class RichText implements Pick<XmlHandler, 'open' | 'close' | 'text'> {
  private inT = false;
  private inPhonetic = false;
  value = '';
  reset(): void {
    this.value = '';
    this.inT = false;
    this.inPhonetic = false;
  }
  open(n: string): void {
    if (n === 't') this.inT = !this.inPhonetic;
    else if (n === 'rPh') this.inPhonetic = true;
  }
  close(n: string): void {
    if (n === 't') this.inT = false;
    else if (n === 'rPh') this.inPhonetic = false;
  }
  text(t: string): void {
    if (this.inT) this.value += t;
  }
}

export async function readSharedStrings(zip: ZipArchive, path: string | undefined): Promise<string[]> {
  const e = path ? zip.find(path) : undefined;
  if (!e) return [];
  const out: string[] = [];
  const rt = new RichText();
  await parseEntry(zip, e, {
    open: (n) => (n === 'si' ? rt.reset() : rt.open(n)),
    close: (n) => (n === 'si' ? out.push(ownString(unescapeXstring(rt.value))) : rt.close(n)),
    text: (t) => rt.text(t),
  });
  return out;
}
