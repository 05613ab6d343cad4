// The appraisal workbook's 读取说明 sheet: for every register read, which column fed which field,
// which columns were left unread and why, rows that were not complaints, and the warnings. A
// figure can only be trusted as far as what it was computed from; this sheet says what that was.
import { maskContact } from '../privacy';
import { Readout } from '../register/readout';
import { ReportBlock, ReportSheet } from './model';
import { Msg, lookup, render } from '../messages';

export const NOTES_SHEET = '读取说明';

export interface RegisterNote {
  /** The register as the user named it: file [sheet], or a branch label. */
  label: string;
  readout: Readout;
}

const cols = [
  { zh: '列', en: 'Column', kind: 'text' as const, width: 8 },
  { zh: '表头', en: 'Header', kind: 'text' as const, width: 22 },
  { zh: '读作', en: 'Read as', kind: 'text' as const, width: 28 },
  { zh: '说明', en: 'Note', kind: 'text' as const, width: 60 },
];

/** A catalogued message in both languages, as every label of this workbook is: 中文 (English). */
const both = (x: Msg): string => {
  const zh = render(x, 'zh');
  const en = render(x, 'en');
  return zh === en ? zh : `${zh} (${en})`;
};

function registerBlock(n: RegisterNote, contacts: boolean): ReportBlock {
  const m = (s: string) => (contacts ? s : maskContact(s));
  const r = n.readout;
  const rows: (string | null)[][] = [
    ...r.columns.map((c) => [c.column, m(c.header), c.fieldName, [c.by === 'mapping' ? '按映射 stated mapping' : c.by === 'joined' ? '与同字段其他列合并 joined with the field\'s other columns' : '按表头识别 recognised header', c.scale ? `值按 ${c.scale} 刻度换算为等级 (values through the ${c.scale} scale)` : ''].filter(Boolean).join('; ')]),
    ...r.unread.map((u) => [u.column, m(u.header), '未读取 not read', [both(u.why), u.looks ? `${lookup('zh', `read.looks.${u.looks}`)} ${lookup('en', `read.looks.${u.looks}`)}` : ''].filter(Boolean).join('; ')]),
    ...r.skipped.map((s) => [null, null, `第 ${s.row} 行 row ${s.row}`, `跳过 skipped: ${lookup('zh', `read.skip.${s.why}`)} ${lookup('en', `read.skip.${s.why}`)}`]),
    ...r.warnings.map((w) => [null, null, '注意 warning', m(both(w))]),
  ];
  return { title: `${m(n.label)} — 表头在第 ${r.headerRow} 行 (header row ${r.headerRow})`, note: `工作表 sheet "${m(r.sheet)}"; 读取 ${r.columns.length} 列, 未读取 ${r.unread.length} 列 (${r.columns.length} read, ${r.unread.length} not read)`, columns: cols, rows };
}

/** The notes sheet for the registers a report was computed from, plus report-wide notes (clashing ids). */
export function notesSheet(title: string, registers: readonly RegisterNote[], notes: readonly Msg[], contacts: boolean): ReportSheet {
  const blocks = registers.map((r) => registerBlock(r, contacts));
  if (notes.length) {
    blocks.push({ title: '合并说明 Consolidation notes', columns: [{ zh: '说明', en: 'Note', kind: 'text', width: 100 }], rows: notes.map((x) => [contacts ? both(x) : maskContact(both(x))]) });
  }
  return { name: NOTES_SHEET, title, subtitle: '读取说明 What was read', blocks };
}
