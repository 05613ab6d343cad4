// What the CLI says when a file cannot be read at all, zh-CN and English: what, which file, why,
// and what to do. The reader's refusal kinds (src/reader/errors.ts) each get their own advice here;
// the reader's `why` (a technical detail such as "the central directory is missing") follows in
// brackets in either language.
import type { Entry } from './catalogue';

export const FILE_WORDS = {
  'file.noSuch': { zh: '无法读取 {file}：文件不存在；请检查路径', en: 'cannot read {file}: no such file; check the path' },
  'file.denied': { zh: '无法读取 {file}：没有读取权限；请检查文件权限，或换一个有权读取的用户运行', en: "cannot read {file}: permission denied; check the file's permissions or run as a user who may read it" },
  'file.other': { zh: '无法读取 {file}：{code}；请检查路径', en: 'cannot read {file}: {code}; check the path' },
  'file.folder': { zh: '无法读取 {file}：这是一个文件夹，不是文件；请给出 .xlsx 工作簿的路径', en: 'cannot read {file}: it is a folder, not a file; give the path of the .xlsx workbook' },
  'file.special': { zh: '无法读取 {file}：这不是普通文件（设备或管道）；请给出 .xlsx 工作簿的路径', en: 'cannot read {file}: it is not a regular file (a device or pipe); give the path of the .xlsx workbook' },
  'file.notXlsx': { zh: '无法把 {file} 当作 .xlsx 工作簿读取（{why}）：{hint}', en: 'cannot read {file} as an .xlsx workbook: {why}; {hint}' },
  'refuse.empty': { zh: '请确认复制或下载已完成，或选对文件', en: 'check that the copy or download finished, or pick the right file' },
  'refuse.truncated': { zh: '文件不完整，请重新复制或下载', en: 'the file is incomplete; copy or download it again' },
  'refuse.corrupt': { zh: '文件已损坏，请从备份恢复，或用 Excel 打开后重新保存', en: 'the file is damaged; restore it from a backup, or open it in Excel and save it again' },
  'refuse.xls': { zh: '请用 Excel 或 LibreOffice 打开，另存为 .xlsx（Excel 工作簿）', en: 'open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook)' },
  'refuse.encrypted': { zh: '请用 Excel 打开，去掉密码（文件 > 信息 > 保护工作簿 > 用密码进行加密），保存后再试', en: 'open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password), save, and try again' },
  'refuse.cfb': { zh: '请用生成它的程序打开，另存为 .xlsx', en: 'open it in the program that made it and save it as .xlsx' },
  'refuse.ods': { zh: '请用 LibreOffice 或 Excel 打开，另存为 .xlsx（Excel 2007-365）', en: 'open it in LibreOffice or Excel and save it as .xlsx (Excel 2007-365)' },
  'refuse.text': { zh: '请用 Excel 打开，另存为 .xlsx（Excel 工作簿）', en: 'open it in Excel and save it as .xlsx (Excel Workbook)' },
  'refuse.not-zip': { zh: '请给出 Excel、WPS 或 LibreOffice 保存的 .xlsx 工作簿', en: 'give an .xlsx workbook saved by Excel, WPS or LibreOffice' },
  'refuse.not-workbook': { zh: '请给出 Excel、WPS 或 LibreOffice 保存的 .xlsx 工作簿', en: 'give an .xlsx workbook saved by Excel, WPS or LibreOffice' },
  'refuse.unsupported': { zh: '请用 Excel 打开后重新另存为 .xlsx', en: 'open it in Excel and save it again as .xlsx' },
} as const satisfies Record<string, Entry>;
