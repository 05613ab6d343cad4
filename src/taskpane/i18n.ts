// The task pane's words, Chinese and English. zh is the default; English when Office's display
// language is English; the user can switch. Words the CLI says too (status names, 截至, 行/列, …)
// come from the shared catalogue in src/core/messages, so both always say the same.
import { CATALOGUE, Lang, MessageKey, langOf } from '../core/messages';

export type { Lang };

const SHARED = {
  asOf: 'word.asOf',
  badCells: 'word.badCells',
  overdue: 'status.overdue',
  dueSoon: 'status.due-soon',
  rows: 'word.rows',
  none: 'word.none',
  period: 'word.period',
  month: 'word.month',
  quarter: 'word.quarter',
  includeContacts: 'word.includeContacts',
  cancelled: 'word.cancelled',
  error: 'word.error',
  done: 'word.done',
  row: 'word.row',
  column: 'word.column',
} as const satisfies Record<string, MessageKey>;

const shared = (lang: Lang) => Object.fromEntries(Object.entries(SHARED).map(([k, key]) => [k, CATALOGUE[key][lang]])) as Record<keyof typeof SHARED, string>;

const zh = {
  title: '投诉登记表',
  langSwitch: 'English',
  tabRegister: '登记表',
  tabPolicy: '政策',
  tabCheck: '检查',
  tabMonthly: '月报',
  outside: '未在 Excel 中打开：请选择一个 .xlsx 文件（WPS、LibreOffice 用户），结果以 .xlsx 下载。',
  pickFile: '打开 .xlsx 文件',
  loadDemo: '载入示例登记表',
  saveFile: '下载工作簿',
  noWorkbook: '请先打开一个工作簿。',
  newRegister: '新建登记表',
  adoptSheet: '采用当前工作表',
  mapping: '列映射',
  header: '表头',
  field: '字段',
  notUsed: '（不使用）',
  apply: '确认设置',
  missing: '缺少必填列',
  presets: '预设',
  loadFromSheet: '从「投诉政策」读取',
  savePolicy: '保存到「投诉政策」',
  settings: '设置',
  warnHours: '预警小时',
  calendar: '日历',
  defaultTier: '默认等级',
  tiers: '等级',
  clocks: '时限',
  factors: '情形',
  days: '日历日',
  weights: '考核权重 (%)',
  grades: '等级线',
  penalties: '处罚阶梯',
  add: '添加',
  remove: '删除',
  runCheck: '检查',
  generate: '生成月报工作表',
  exportWb: '导出考核工作簿',
  cancel: '取消',
  working: '处理中…',
  // The progress bar (ops.ts): the step's word, then how many of how many.
  op: {
    cancelledUnchanged: '已取消，工作簿未作任何改动。',
    steps: { read: '读取', check: '检查', figures: '计算数据', write: '写入', setup: '设置登记表', plan: '规划', compute: '写入计算列', done: '完成' } as Record<string, string>,
    units: { rows: '行', blocks: '块', sheets: '个工作表' },
  },
  consolidate: '合并登记表（每个工作表作为一个分公司）',
  consolidateHint: '选择两个或以上登记表工作表，生成一份含各分公司及合计的考核；选一个则只用该表，不选则用登记表。',
  ...shared('zh'),
};
export type Words = typeof zh;

const en: Words = {
  title: 'Complaint register',
  langSwitch: '中文',
  tabRegister: 'Register',
  tabPolicy: 'Policy',
  tabCheck: 'Check',
  tabMonthly: 'Monthly',
  outside: 'Not opened in Excel: pick an .xlsx file (WPS, LibreOffice users); results download as .xlsx.',
  pickFile: 'Open an .xlsx file',
  loadDemo: 'Load the demo register',
  saveFile: 'Download workbook',
  noWorkbook: 'Open a workbook first.',
  newRegister: 'New register',
  adoptSheet: 'Adopt the current sheet',
  mapping: 'Column mapping',
  header: 'Header',
  field: 'Field',
  notUsed: '(not used)',
  apply: 'Set up',
  missing: 'Missing required column',
  presets: 'Preset',
  loadFromSheet: 'Read 投诉政策',
  savePolicy: 'Save to 投诉政策',
  settings: 'Settings',
  warnHours: 'Due-soon hours',
  calendar: 'Calendar',
  defaultTier: 'Default tier',
  tiers: 'Tiers',
  clocks: 'Clocks',
  factors: 'Factors',
  days: 'Calendar days',
  weights: 'Appraisal weights (%)',
  grades: 'Grade thresholds',
  penalties: 'Penalty ladder',
  add: 'Add',
  remove: 'Remove',
  runCheck: 'Check',
  generate: 'Generate the month’s sheets',
  exportWb: 'Export the appraisal workbook',
  cancel: 'Cancel',
  working: 'Working…',
  op: {
    cancelledUnchanged: 'Cancelled; the workbook was not changed.',
    steps: { read: 'Reading', check: 'Checking', figures: 'Computing figures', write: 'Writing', setup: 'Setting up the register', plan: 'Planning', compute: 'Writing computed columns', done: 'Done' },
    units: { rows: 'rows', blocks: 'blocks', sheets: 'sheets' },
  },
  consolidate: 'Consolidate registers (one branch per sheet)',
  consolidateHint: 'Pick two or more register sheets for one appraisal with per-branch and total figures; one to use that sheet alone; none to use the register.',
  ...shared('en'),
};

export const WORDS: Readonly<Record<Lang, Words>> = { zh, en };

/** zh unless Office's display language (e.g. "en-US") is English. */
export function defaultLang(displayLanguage: string | undefined): Lang {
  return langOf(displayLanguage);
}
