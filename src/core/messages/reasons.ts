// Why a complaint has its tier (src/core/tier.ts), zh-CN and English: `check --json` gives it as
// `tierReason` in the CLI's language with its code and parameters beside. {tier} and {from} are the
// policy's tier names in the language shown; {factor} is the user's own word.
import type { Entry } from './catalogue';

export const REASON_WORDS = {
  'reason.factor': { zh: '情形「{factor}」→ {tier}', en: 'factor "{factor}" → {tier}' },
  'reason.loss': { zh: '损失 {amount} 元 {range} → {tier}', en: 'loss of {amount} yuan, {range} → {tier}' },
  'reason.lower': { zh: '{op} {above}', en: '{op} {above}' },
  'reason.between': { zh: '{op} {above} 且 {opUp} {upTo}', en: '{op} {above} and {opUp} {upTo}' },
  'reason.repeat': { zh: '{months}个月内同一事项第{n}次{from} → {tier}', en: '{from} no. {n} on the same subject within {months} month(s) → {tier}' },
  'reason.override': { zh: '手工指定 → {tier}', en: 'set by hand → {tier}' },
  'reason.default': { zh: '默认等级 → {tier}', en: 'default tier → {tier}' },

  // Report-wide notes of a consolidated appraisal (src/core/report/consolidate.ts): the 读取说明
  // sheet carries both languages, the CLI prints them in --lang.
  'note.ownPolicy': { zh: '{source} 有自己的{sheet}表，未使用：合并报告统一使用 {used}', en: '{source} has its own {sheet} sheet; the consolidated report uses {used} for every register' },
  'note.clash': { zh: '编号 {id} 出现在多个登记表：{places}；均已计入，若为同一投诉请删去一行', en: 'the complaint id {id} is in several registers: {places}; each is counted; if it is one complaint, remove one row' },
  'note.place': { zh: '{register} 第 {row} 行', en: '{register} row {row}' },
  'report.note': { zh: '说明：{note}', en: 'note: {note}' },
  'report.wroteRegisters': { zh: '已写入 {file}：{sheets}（{n} 个登记表，{how}）', en: 'wrote {file}: {sheets} — {n} registers, {how}' },
  'report.merged': { zh: '合并为一个登记表', en: 'merged into one' },
  'report.branchCount': { zh: '{n} 个分公司', en: '{n} branches' },
  'report.branches': { zh: '分公司：{list}', en: 'branches: {list}' },
  'report.branch': { zh: '{unit} 受理 {received} 件，办结 {resolved} 件，得分 {score} {grade}', en: '{unit} {received} received, {resolved} resolved, score {score} {grade}' },
} as const satisfies Record<string, Entry>;
