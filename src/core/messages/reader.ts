// Why the .xlsx reader (src/reader) refuses a file, zh-CN and English: the detail that follows
// "cannot read x.xlsx as an .xlsx workbook" in the CLI and the pane. Zip entry and part names,
// row numbers and a parser's own words stay parameters: they are the file's, not ours.
import type { Entry } from './catalogue';

export const READER_WORDS = {
  'reader.empty': { zh: '文件是空的（0 字节），不是 .xlsx 工作簿', en: 'the file is empty (0 bytes), not an .xlsx workbook' },
  'reader.encryptedFile': { zh: '工作簿设有密码（加密的 Office 文件），无法读取', en: 'the workbook is password-protected (an encrypted Office file), so it cannot be read' },
  'reader.xls': { zh: '这是 Excel 97-2003 工作簿（.xls，BIFF 格式），不是 .xlsx', en: 'it is an Excel 97-2003 workbook (.xls, BIFF), not .xlsx' },
  'reader.cfb': { zh: '这是 OLE 复合文件（较旧的 Office 格式），不是 .xlsx', en: 'it is an OLE compound file (an older Office format), not .xlsx' },
  'reader.noDirectory': { zh: 'zip 文件不完整（缺少中央目录）', en: 'the zip is truncated (its central directory is missing)' },
  'reader.text': { zh: '这是文本文件（CSV 或类似格式），不是 .xlsx 工作簿', en: 'it is a text file (CSV or similar), not an .xlsx workbook' },
  'reader.notZip': { zh: '文件内容不是 .xlsx 工作簿（不是 zip 压缩包）', en: 'its content is not an .xlsx workbook (not a zip archive)' },
  'reader.ods': { zh: '这是 OpenDocument 电子表格（.ods），不是 .xlsx', en: 'it is an OpenDocument spreadsheet (.ods), not .xlsx' },
  'reader.office': { zh: '这是 Word 或 PowerPoint 文件，不是 Excel 工作簿', en: 'it is a Word or PowerPoint file, not an Excel workbook' },
  'reader.noWorkbookPart': { zh: '这是 zip 压缩包，但不是 Excel 工作簿（没有工作簿部件）', en: 'it is a zip archive but not an Excel workbook (no workbook part)' },
  'reader.zip64Locator': { zh: 'zip 文件不完整（缺少 zip64 目录定位记录）', en: 'the zip64 directory locator is missing' },
  'reader.zip64Directory': { zh: 'zip 文件不完整（缺少 zip64 目录）', en: 'the zip64 directory is missing' },
  'reader.directoryPastEnd': { zh: 'zip 文件不完整（中央目录指向文件末尾之后）', en: 'the zip is truncated (its central directory points past the end of the file)' },
  'reader.directoryDamaged': { zh: 'zip 目录已损坏', en: 'the zip directory is damaged' },
  'reader.entryEncrypted': { zh: 'zip 条目 {entry} 已加密', en: 'the zip entry {entry} is encrypted' },
  'reader.entryMethod': { zh: 'zip 条目 {entry} 使用压缩方法 {method}，.xlsx 不使用这种方法', en: 'the zip entry {entry} uses compression method {method}, which .xlsx does not use' },
  'reader.entryNoHeader': { zh: 'zip 条目 {entry} 已损坏（没有本地文件头）', en: 'the zip entry {entry} is damaged (no local header)' },
  'reader.entryPastEnd': { zh: 'zip 文件不完整（条目 {entry} 超出文件末尾）', en: 'the zip is truncated (entry {entry} runs past the end of the file)' },
  'reader.entryChecksum': { zh: 'zip 条目 {entry} 已损坏（大小或校验和不符）', en: 'the zip entry {entry} is damaged (its size or checksum does not match)' },
  'reader.entryInflate': { zh: 'zip 条目 {entry} 已损坏（{detail}）', en: 'the zip entry {entry} is damaged ({detail})' },
  'reader.badDeflate': { zh: '压缩数据无效', en: 'invalid compressed data' },
  'reader.badXml': { zh: '部件 {part} 不是格式正确的 XML（{detail}）', en: 'part {part} is not well-formed XML ({detail})' },
  'reader.badUtf8': { zh: '部件 {part} 不是有效的 UTF-8 文本', en: 'part {part} is not valid UTF-8 text' },
  'reader.sheetPartMissing': { zh: '工作表「{sheet}」已列出，但其部件 {part} 缺失', en: 'sheet "{sheet}" is listed but its part {part} is missing' },
  'reader.missingString': { zh: '工作表「{sheet}」第 {row} 行：单元格引用的共享字符串 {index} 不存在', en: 'sheet "{sheet}" row {row}: cell refers to shared string {index}, which does not exist' },
  'reader.rowOrder': { zh: '工作表「{sheet}」：第 {row} 行排在第 {after} 行之后（行序错乱）', en: 'sheet "{sheet}": row {row} comes after row {after} (rows out of order)' },
  // Where the reader's detail is not a refusal (an unexpected error): said as it is.
  'file.cannotRead': { zh: '无法读取 {file}：{why}', en: 'cannot read {file}: {why}' },
} as const satisfies Record<string, Entry>;
