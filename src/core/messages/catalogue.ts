// The words the CLI and the task pane say, zh-CN and English, in one table. Placeholders are
// {name}; lookup() fills them. Status and milestone names are the engine's own tables (sla.ts,
// policy/types.ts), so a name changes in one place and every output follows.
import { STATUS_LABELS, Status } from '../sla';
import { MILESTONE_LABELS, MilestoneKey } from '../policy/types';
import { FILE_WORDS } from './files';
import { PROBLEM_WORDS } from './problems';
import { READER_WORDS } from './reader';
import { REASON_WORDS } from './reasons';

export type Lang = 'zh' | 'en';
export type Entry = Readonly<Record<Lang, string>>;

const statusWords = Object.fromEntries(Object.entries(STATUS_LABELS).map(([k, v]) => [`status.${k}`, v])) as Record<`status.${Status}`, Entry>;
const milestoneWords = Object.fromEntries(Object.entries(MILESTONE_LABELS).map(([k, v]) => [`milestone.${k}`, v])) as Record<`milestone.${MilestoneKey}`, Entry>;

const WORDS = {
  // Shared with the task pane.
  'word.asOf': { zh: '截至', en: 'As of' },
  'word.row': { zh: '行', en: 'row' },
  'word.column': { zh: '列', en: 'column' },
  'word.error': { zh: '出错', en: 'Error' },
  'word.month': { zh: '月', en: 'Month' },
  'word.quarter': { zh: '季度', en: 'Quarter' },
  'word.period': { zh: '期间', en: 'Period' },
  'word.rows': { zh: '行数', en: 'Rows' },
  'word.badCells': { zh: '有误单元格', en: 'Bad cells' },
  'word.none': { zh: '没有问题。', en: 'No problems.' },
  'word.includeContacts': { zh: '包含联系方式', en: 'Include contact details' },
  'word.done': { zh: '完成', en: 'Done' },
  'word.cancelled': { zh: '已取消。', en: 'Cancelled.' },

  // Table headers of `complaints check`.
  'col.row': { zh: '行', en: 'Row' },
  'col.id': { zh: '编号', en: 'ID' },
  'col.tier': { zh: '等级', en: 'Tier' },
  'col.status': { zh: '状态', en: 'Status' },
  'col.left': { zh: '剩余/超期', en: 'Left / overdue' },
  'col.breached': { zh: '超期节点', en: 'Breached' },
  'col.due': { zh: '截止', en: 'Due' },
  'col.problems': { zh: '问题', en: 'Problems' },

  // Time left or overdue, in the unit of the clock that is nearest.
  'left.workdays': { zh: '剩 {n} 个工作日', en: '{n} working day(s) left' },
  'left.today': { zh: '今日截止', en: 'due today' },
  'over.workdays': { zh: '超期 {n} 个工作日', en: '{n} working day(s) overdue' },
  'left.hours': { zh: '剩 {t}', en: '{t} left' },
  'over.hours': { zh: '超期 {t}', en: '{t} overdue' },
  'unit.dh': { zh: '{d}天{h}小时', en: '{d} d {h} h' },
  'unit.h': { zh: '{h}小时', en: '{h} h' },
  'unit.m': { zh: '{m}分钟', en: '{m} min' },
  'unit.hm': { zh: '{h}小时{m}分', en: '{h} h {m} min' },

  // Summary lines.
  'check.sheet': { zh: '登记表「{sheet}」（表头第 {headerRow} 行），政策 {policy}，日历 {calendar}，截至 {asOf}', en: 'register sheet "{sheet}" (header row {headerRow}), policy {policy}, calendar {calendar}, as of {asOf}' },
  'check.count': { zh: '共 {rows} 件投诉：{status}', en: '{rows} complaints: {status}' },
  'check.tiers': { zh: '等级：{tiers}；无效 {invalid} 件', en: 'tiers: {tiers}; invalid {invalid}' },
  'check.errors': { zh: '{rowsWithErrors} 行共 {errors} 处单元格有误', en: '{errors} cell problem(s) in {rowsWithErrors} row(s)' },
  'check.warning': { zh: '提示：{w}', en: 'warning: {w}' },
  'report.reading': { zh: '正在读取 {file}（{mb} MB）…', en: 'reading {file} ({mb} MB)…' },
  'report.wrote': { zh: '已写入 {file}：{sheets}', en: 'wrote {file}: {sheets}' },
  'report.head': { zh: '{period}（截至 {asOf}）：有效投诉 {population} 件（无效 {invalid} 件，无法读取未计入 {bad} 行）', en: '{period} as of {asOf}: {population} valid complaints ({invalid} invalid, {bad} unreadable left out)' },
  'report.notOver': { zh: '{period} 尚未结束：数据截至 {asOf}，不是全期', en: '{period} is not over yet: figures as of {asOf}, not the whole period' },
  'report.empty': { zh: '{period} 没有受理任何投诉：仍写出带标注的空报告', en: '{period} has no complaints: the workbook is written, labelled as empty' },
  'report.rates': { zh: '解决率 {resolution}，及时率 {onTime}，二次投诉率 {secondary}', en: 'resolution rate {resolution}, on-time rate {onTime}, secondary complaints {secondary}' },
  'report.departments': { zh: '部门：{list}', en: 'departments: {list}' },
  'report.lists': { zh: '超期清单 {overdue} 件；须重新处理（1–2 分）{unsatisfied} 件；处罚 {penalties} 人次', en: 'overdue list: {overdue}; to reopen (rated 1–2): {unsatisfied}; penalties: {penalties}' },
  'report.products': { zh: '产品投诉 {n} 件，按产品类别：{categories}；多次投诉的批号：{batches}', en: 'product complaints: {n}, by product category: {categories}; batches with several complaints: {batches}' },
  'report.indicators': { zh: '平均解决时间 {resolution} 小时；重复率 {repeat}；平均响应时间 {response} 小时（为时限的 {ratio}）；建议采纳率 {adoption}', en: 'mean resolution {resolution} h; repeat rate {repeat}; mean response {response} h ({ratio} of the target); suggestions adopted {adoption}' },
  'report.qualityFines': { zh: '品质投诉考核 {n} 人次，合计 {total} 元', en: 'quality fines: {n} lines, {total} yuan in all' },
  'report.badRows': { zh: '工作表「{sheet}」有 {n} 行无法读取，未计入任何数字：', en: 'sheet "{sheet}": {n} row(s) cannot be read and are left out of every figure:' },
  'report.badCells': { zh: '工作表「{sheet}」有 {n} 行含无法读取的单元格（该行其余数据仍计入，该单元格按空处理）：', en: 'sheet "{sheet}": {n} row(s) have cells that cannot be read (the rest of the row counts; the cell is taken as empty):' },
  'report.badRow': { zh: '  第 {row} 行：{errors}', en: '  row {row}: {errors}' },
  'report.more': { zh: '  ……另有 {n} 行', en: '  …and {n} more' },
  'report.survey': { zh: '{sheet} 第 {row} 行 [{column}]：{message}', en: '{sheet} row {row} [{column}]: {message}' },
  'report.surveyMore': { zh: '{sheet}：……另有 {n} 处问题', en: '{sheet}: …and {n} more problem(s)' },
  'demo.wrote': { zh: '已写入 {file}（{n} 件投诉）', en: 'wrote {file} ({n} complaints)' },

  // Refusals: one line each, exit code 2.
  'err.noFile': { zh: '无法读取 {file}：文件不存在', en: 'cannot read {file}: no such file' },
  'err.isDirShort': { zh: '这是一个文件夹', en: 'it is a folder' },
  'err.noFolder': { zh: '文件夹 {dir} 不存在', en: 'the folder {dir} does not exist' },
  'err.isDir': { zh: '无法读取 {file}：这是一个文件夹，不是 .xlsx 文件', en: 'cannot read {file}: it is a folder, not an .xlsx file' },
  'err.notXlsx': { zh: '无法把 {file} 读作 .xlsx 工作簿：{why}', en: 'cannot read {file} as an .xlsx workbook: {why}' },
  'err.tz': { zh: '--tz {zone}：未知时区（例如 Asia/Shanghai）', en: '--tz {zone}: unknown time zone (e.g. Asia/Shanghai)' },
  'err.asOf': { zh: '--as-of "{value}"：应为 "YYYY-MM-DD HH:mm"（{why}）', en: '--as-of "{value}": expected "YYYY-MM-DD HH:mm" ({why})' },
  'err.asOfBefore': { zh: '--as-of {asOf} 早于 {period} 的开始 {start}：此时本期尚无任何投诉', en: '--as-of {asOf} is before {period} begins ({start}): nothing of the period had happened yet' },
  'err.periodFuture': { zh: '{period} 尚未开始（{start} 起）：没有可报告的内容', en: '{period} has not begun ({start}): there is nothing to report yet' },
  'warn.asOfAfter': { zh: '注意：--as-of {asOf} 晚于 {period} 的结束 {end}：期末之后的办结、回访也计入', en: 'note: --as-of {asOf} is after {period} ended ({end}): resolutions and follow-ups recorded after the end count' },
  'err.period': { zh: '"{value}" 不是月份 (YYYY-MM，月份 01–12) 或季度 (YYYY-Qn，n 为 1–4)', en: '"{value}" is not a month (YYYY-MM, month 01–12) or a quarter (YYYY-Qn, n 1–4)' },
  'err.month': { zh: '--month {value}：应为 YYYY-MM', en: '--month {value}: expected YYYY-MM' },
  'err.quarter': { zh: '--quarter {value}：应为 YYYY-Qn', en: '--quarter {value}: expected YYYY-Qn' },
  'err.onePeriod': { zh: '请给出 --month YYYY-MM 或 --quarter YYYY-Qn 之一（恰好一个）', en: 'give exactly one of --month YYYY-MM or --quarter YYYY-Qn' },
  'err.outIsInput': { zh: '--out {out} 指向输入文件 {input}：拒绝覆盖，请换一个文件名', en: '--out {out} is the input {input}: refusing to overwrite it; choose another name' },
  'err.outExt': { zh: '--out {out}：报告是 .xlsx 工作簿，文件名须以 .xlsx 结尾', en: '--out {out}: the report is an .xlsx workbook; the name must end in .xlsx' },
  'err.write': { zh: '无法写入 {file}：{why}', en: 'cannot write {file}: {why}' },
  'err.unknownOption': { zh: '未知选项 {option}{hint}（complaints {command} --help 列出全部选项）', en: 'unknown option {option}{hint} (complaints {command} --help lists them all)' },
  'err.didYouMean': { zh: '，是否想用 {option}？', en: '; did you mean {option}?' },
  'err.missingArgument': { zh: '缺少参数 {name}（例如 complaints {command} register.xlsx）', en: 'missing argument {name} (e.g. complaints {command} register.xlsx)' },
  'err.missingValue': { zh: '选项 {option} 需要一个值', en: 'option {option} needs a value' },
  'err.unknownCommand': { zh: '未知命令 {name}{hint}（可用：check、report、demo）', en: 'unknown command {name}{hint} (commands: check, report, demo)' },
  'err.excessArguments': { zh: '多余的参数：{args}', en: 'too many arguments: {args}' },
  'advice.sheetName': { zh: '；请把其中一个名称交给 --sheet', en: '; give one of those names to --sheet' },
  'advice.headerRow': { zh: '；请检查该工作表的表头行', en: '; check the header row of that sheet' },
  'advice.nameSheet': { zh: '，或用 --sheet 指明登记表工作表', en: ', or name the register sheet with --sheet' },
  'policy.problems': { zh: '政策（{label}）有 {n} 处问题：', en: 'the policy ({label}) has {n} problem(s):' },
  // A workbook function's #VALUE! when the policy cannot be used (src/functions/policy.ts).
  'fn.policyProblem': { zh: '投诉政策有误：{label}：{problem}{more}', en: 'policy problem: {label}: {problem}{more}' },
  'fn.policyMore': { zh: '（另有 {n} 处问题）', en: ' (+{n} more)' },
  'policy.unknownProblem': { zh: '原因不明', en: 'unknown problem' },
  // The CLI's own refusals of its inputs (src/cli/load.ts, consolidate.ts).
  'err.inFile': { zh: '{file}：{why}', en: '{file}: {why}' },
  'err.presetAndPolicy': { zh: '--preset {preset} 与 --policy {policy}：请只给其中一个', en: '--preset {preset} and --policy {policy}: give one of them' },
  'err.noPreset': { zh: '--preset {preset}：没有这个预设（预设：{presets}）', en: '--preset {preset}: no such preset (presets: {presets})' },
  'err.policyMissing': { zh: '--policy {arg}：不是预设（{presets}），也没有这个文件', en: '--policy {arg}: not a preset ({presets}) and no such file' },
  'err.policyFolder': { zh: '无法读取 --policy {arg}：这是一个文件夹，不是文件；请给出预设（{presets}）、政策 .json 文件或含 {sheet} 工作表的 .xlsx', en: 'cannot read --policy {arg}: it is a folder, not a file; give a preset ({presets}), a policy .json or an .xlsx with a {sheet} sheet' },
  'err.policyJson': { zh: '--policy {arg}：不是有效的 JSON（{why}）', en: '--policy {arg}: not valid JSON: {why}' },
  'err.policyNoSheet': { zh: '--policy {arg}：该工作簿没有 {sheet} 工作表（工作表：{sheets}）', en: '--policy {arg}: the workbook has no {sheet} sheet (sheets: {sheets})' },
  'err.noInput': { zh: '无法读取 {input}：没有这个文件或文件夹', en: 'cannot read {input}: no such file or folder' },
  'err.emptyFolder': { zh: '{input}：该文件夹中没有 .xlsx 登记表', en: '{input}: the folder holds no .xlsx register' },
  'err.lang': { zh: '--lang {value}：应为 zh 或 en', en: '--lang {value}: expected zh or en' },
  // What a register read says of its columns (the pane's set-up and check pages).
  'read.title': { zh: '读取情况', en: 'What was read' },
  'read.header': { zh: '表头：工作表「{sheet}」第 {row} 行', en: 'Header: sheet "{sheet}", row {row}' },
  'read.above': { zh: '（其上第 1–{last} 行为标题或说明）', en: ' (rows 1–{last} above it are a title or notes)' },
  'read.columns': { zh: '读取的列（{n}）', en: 'Columns read ({n})' },
  'read.unread': { zh: '未读取的列（{n}）', en: 'Columns not read ({n})' },
  'read.allRead': { zh: '未读取的列：无，每个有表头的列都已读取。', en: 'Columns not read: none — every column with a header is read.' },
  'read.by.mapping': { zh: '按映射', en: 'by the mapping' },
  'read.by.joined': { zh: '合并读取', en: 'joined' },
  'read.scale': { zh: '按{scale}刻度', en: '{scale} scale' },
  'read.why.unknown': { zh: '无对应字段', en: 'no field has this header' },
  'read.why.stated': { zh: '映射指定不读（{field}）', en: 'the mapping says not to read it ({field})' },
  'read.why.taken': { zh: '映射已将{field}给了另一列', en: 'the mapping gave {field} to another column' },
  'read.why.yes-no': { zh: '表头像{field}但值是“是/否”', en: 'a {field} header over yes/no values' },
  'read.looks.date': { zh: '看起来是日期', en: 'looks like dates' },
  'read.looks.status': { zh: '看起来是状态', en: 'looks like a status' },
  'read.skipped': { zh: '跳过的行：{rows}', en: 'Rows skipped: {rows}' },
  'read.skip.units': { zh: '单位行', en: 'units' },
  'read.skip.totals': { zh: '合计行', en: 'totals' },
  'read.skip.note': { zh: '签名/备注行', en: 'note' },
  'read.warnings': { zh: '请注意', en: 'Look at' },
  'read.show': { zh: '读取情况', en: 'What is read' },
  // The pane's own failures (src/worker/runner.ts, src/taskpane/file-runner.ts, src/workbook/operator.ts).
  'pane.workerStart': { zh: '无法启动后台计算：{why}', en: 'cannot start the background worker: {why}' },
  'pane.workerFailed': { zh: '后台计算失败：{why}', en: 'the background computation failed: {why}' },
  'pane.noWorker': { zh: '此浏览器不支持后台计算（Web Worker），请换用新版 Edge、Chrome 或 Safari', en: 'this browser has no Web Worker: use a current Edge, Chrome or Safari' },
  'pane.workerError': { zh: '后台出错', en: 'worker error' },
  'pane.noStorage': { zh: '本机浏览器存储不可用，操作人无法保存', en: 'local storage is not available: the name cannot be kept' },
  'pane.storageFailed': { zh: '操作人无法保存：{why}', en: 'the name could not be kept: {why}' },
  // The Office backend's refusals of a sheet to adopt or read (src/excel).
  'excel.headerInTable': { zh: '「{sheet}」第 {row} 行表头在表格 {table} 的中间，请把表头放在表格的第一行', en: 'the header row {row} of "{sheet}" lies inside table {table}: make it the table\'s header row' },
  'excel.overlapsTable': { zh: '「{sheet}」的登记区与表格 {tables} 重叠：请先移动或删除该表格', en: 'the register on "{sheet}" overlaps table {tables}: move or remove that table first' },
  'excel.tablesOnHeader': { zh: '「{sheet}」第 {row} 行有多个表格（{tables}），请只保留一个登记表格', en: 'several tables on header row {row} of "{sheet}" ({tables}): keep one register table' },
  'excel.filtered': { zh: '表格 {table} 已筛选：请先清除筛选，计算列才能覆盖所有行', en: 'table {table} is filtered: clear the filter first so the computed columns reach every row' },
  'excel.noRegister': { zh: '没有登记表（工作表：{sheets}）', en: 'no register sheet (sheets: {sheets})' },
  'excel.emptySheet': { zh: '「{sheet}」是空表：请先输入表头，或新建登记表', en: 'the sheet "{sheet}" is empty: type the headers first, or set up a new register' },
  'fn.policyUnreadable': { zh: '{sheet} 工作表无法读取，请稍后重算（{why}）', en: 'the {sheet} sheet could not be read, recalculate later: {why}' },
  'err.internal': { zh: '内部错误：{why}（设置 COMPLAINTS_DEBUG=1 可查看详情）', en: 'internal error: {why} (set COMPLAINTS_DEBUG=1 for details)' },
} as const satisfies Record<string, Entry>;

export const CATALOGUE = { ...WORDS, ...FILE_WORDS, ...READER_WORDS, ...REASON_WORDS, ...PROBLEM_WORDS, ...statusWords, ...milestoneWords };
export type MessageKey = keyof typeof CATALOGUE;
