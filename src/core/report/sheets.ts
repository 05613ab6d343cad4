// The report's sheets, described once (model.ts) from the figures: 月度统计, 月度考核, 满意度,
// 超期清单 and, for a quarter, 季度汇总. Renderers add nothing but looks.
import { MILESTONES, MILESTONE_LABELS } from '../policy/types';
import { STATUS_LABELS } from '../sla';
import { maskContact, maskDeep, maskText } from '../privacy';
import { Policy, QualityFine } from '../policy/types';
import { ReportFigures, UnitAppraisal, Count, Rate, SatisfactionBlock } from './figures';
import { UnitIndicators } from './indicators';
import { ReportBlock, ReportColumn, ReportModel, ReportSheet, ReportValue, ValueKind } from './model';

export const REPORT_SHEETS = { stats: '月度统计', appraisal: '月度考核', satisfaction: '满意度', overdue: '超期清单', quarter: '季度汇总', products: '产品统计', rework: '延期重办申诉' } as const;

const col = (zh: string, en: string, kind: ValueKind, width = 12, extra: Partial<ReportColumn> = {}): ReportColumn => ({ zh, en, kind, width, ...extra });
const v = (x: number | null | undefined): ReportValue => (x === null || x === undefined ? null : x);

function countBlock(title: string, zh: string, en: string, rows: Count[], note?: string): ReportBlock {
  return {
    title,
    note,
    columns: [col(zh, en, 'text', 16), col('件数', 'Count', 'int', 10, { dataBar: true }), col('占比', 'Share', 'rate', 10)],
    rows: rows.map((r) => [r.key, r.count, r.share]),
  };
}

const rateRow = (zh: string, en: string, r: Rate): ReportValue[] => [zh, en, r.num, r.den, v(r.value)];

function statsSheet(f: ReportFigures, title: string): ReportSheet {
  const overview: ReportBlock = {
    title: '概览 Overview',
    note: '有效投诉 = 本期受理且“是否有效”不为否的投诉；比率 = 分子 ÷ 分母 (rate = numerator ÷ denominator)。',
    columns: [col('指标', 'Indicator', 'text', 22), col('Indicator', 'Indicator (en)', 'text', 30), col('分子', 'Numerator', 'int', 10), col('分母', 'Denominator', 'int', 10), col('比率', 'Rate', 'rate', 10, { dataBar: true })],
    rows: [
      ['有效投诉', 'Valid complaints', f.population, null, null],
      ['无效投诉', 'Invalid complaints', f.invalid, null, null],
      ['无法读取未计入', 'Unreadable rows left out', f.badRows.length, null, null],
      rateRow('二次投诉率', 'Secondary complaint rate', f.secondary),
      rateRow('解决率', 'Resolution rate', f.resolution),
      rateRow('及时率(全部节点)', 'On-time rate (all milestones)', f.onTime.all),
    ],
  };
  const onTime: ReportBlock = {
    title: '各节点及时率 On-time rate per milestone',
    note: '及时率 = 按时完成 ÷ (按时完成 + 超期)；未到期且未完成的不计 (open and not yet due are left out)。',
    columns: [col('节点', 'Milestone', 'text', 16), col('Milestone', 'Milestone (en)', 'text', 14), col('按时', 'Met', 'int', 10), col('按时+超期', 'Met + breached', 'int', 12), col('及时率', 'On-time rate', 'rate', 12, { dataBar: true })],
    rows: MILESTONES.map((m) => rateRow(MILESTONE_LABELS[m].zh, MILESTONE_LABELS[m].en, f.onTime[m])),
  };
  const rt = f.resolutionTime;
  const time: ReportBlock = {
    title: '办结时长 Resolution time',
    note: `已办结 ${rt.resolved} 件；工作日 = 受理次日起至办结当日的工作日数 (working days after the day of receipt up to the day of resolution)。`,
    columns: [col('统计', 'Statistic', 'text', 16), col('小时', 'Hours', 'number', 12), col('工作日', 'Working days', 'number', 12)],
    rows: [['平均 Mean', v(rt.meanHours), v(rt.meanWorkdays)], ['中位数 Median', v(rt.medianHours), v(rt.medianWorkdays)]],
  };
  return {
    name: REPORT_SHEETS.stats,
    title,
    subtitle: '投诉统计 Complaint statistics',
    blocks: [
      overview,
      onTime,
      time,
      countBlock('按等级 By tier', '等级', 'Tier', f.byTier),
      countBlock('按类别 By category', '类别', 'Category', f.byCategory),
      countBlock('按渠道 By channel', '渠道', 'Channel', f.byChannel),
      ...(f.byBranch.length ? [countBlock('按分公司 By branch', '分公司', 'Branch', f.byBranch, '合并多个登记表：每个登记表（或其“分公司”列）为一个分公司 (one branch per register, or per its 分公司 column)。')] : []),
      countBlock('按部门 By department', '部门', 'Department', f.byDepartment),
      countBlock(f.period.kind === 'month' ? '按日 By day of the month' : '按月 By month', f.period.kind === 'month' ? '日' : '月', f.period.kind === 'month' ? 'Day' : 'Month', f.byDay),
    ],
  };
}

function appraisalColumns(unitZh: string, unitEn: string): ReportColumn[] {
  return [
    col(unitZh, unitEn, 'text', 14),
    col('受理', 'Received', 'int', 8),
    col('办结', 'Resolved', 'int', 8),
    col('解决率', 'Resolution rate', 'rate', 10, { dataBar: true }),
    col('及时率', 'On-time rate', 'rate', 10, { dataBar: true }),
    col('评价数', 'Rated', 'int', 8),
    col('平均满意度', 'Mean rating', 'number', 10),
    col('满意率', 'CSAT (4–5)', 'rate', 10, { dataBar: true }),
    col('及时得分', 'Timeliness', 'number', 10),
    col('解决得分', 'Resolution', 'number', 10),
    col('满意得分', 'Satisfaction', 'number', 10),
    col('综合得分', 'Score', 'number', 10, { dataBar: true }),
    col('等级', 'Grade', 'text', 8, { grade: true }),
    col('说明', 'Note', 'text', 40),
  ];
}

const appraisalRow = (u: UnitAppraisal): ReportValue[] => [
  u.unit, u.received, u.resolved, v(u.resolutionRate), v(u.onTimeRate), u.rated, v(u.meanSatisfaction), v(u.csat),
  v(u.components.timeliness), v(u.components.resolution), v(u.components.satisfaction), v(u.score), u.grade, u.note,
];

function appraisalSheet(f: ReportFigures, policy: Policy, title: string): ReportSheet {
  const a = policy.appraisal;
  const timely = a.timelinessMeasure === 'onTime' ? '及时率' : '响应时间(平均响应时间对时限, 002)';
  const note = `综合得分 = ${timely}×${a.weights.timeliness}% + 解决率×${a.weights.resolution}% + 满意度×${a.weights.satisfaction}% (各项 0–100；满意度口径 ${a.satisfactionMeasure === 'csat' ? '4–5 分占比' : '平均分/5'})；优秀 ≥ ${a.grades.excellent}，合格 ≥ ${a.grades.pass}，否则不合格。`;
  const blocks: ReportBlock[] = [
    ...(f.appraisal.branches.length ? [{ title: '分公司考核 Appraisal by branch', note, columns: appraisalColumns('分公司', 'Branch'), rows: f.appraisal.branches.map(appraisalRow) }] : []),
    { title: '部门考核 Appraisal by department', note, columns: appraisalColumns('部门', 'Department'), rows: f.appraisal.departments.map(appraisalRow) },
    { title: '处理人考核 Appraisal by handler', note: '已办结的投诉计入办结人（“办结人”列），否则计入处理人 (a resolved complaint, and its rating, counts for who resolved it; else for its handler)。', columns: appraisalColumns('处理人', 'Handler'), rows: f.appraisal.handlers.map(appraisalRow) },
    {
      title: '被投诉人处罚 Penalties per staff member',
      note: `每人每月有效投诉: ${a.penalties.map((r) => `${r.atLeast} 次起 ${r.action}${r.fine ? ` 罚款 ${r.fine} 元` : ''}`).join('；')}。`,
      columns: [col('月份', 'Month', 'text', 10), col('被投诉人', 'Staff', 'text', 12), col('有效投诉', 'Valid complaints', 'int', 10), col('处理', 'Action', 'text', 14, { redWhen: ['辞退审查'] }), col('罚款(元)', 'Fine (yuan)', 'money', 12)],
      rows: f.penalties.map((p) => [p.month, p.staff, p.count, p.action, p.fine]),
    },
  ];
  blocks.push(indicatorBlock('部门指标 Indicators by department', '部门', 'Department', [f.indicators.overall, ...f.indicators.departments]));
  blocks.push(indicatorBlock('处理人指标 Indicators by handler', '处理人', 'Handler', f.indicators.handlers));
  if (a.qualityFines?.length) blocks.push(qualityFineBlock(f, a.qualityFines));
  if (f.reward) {
    blocks.push({
      title: `${f.reward.year} 年度无投诉奖励 Year without complaints`,
      note: '登记表中出现过的处理人与被投诉人中，全年无有效投诉者 (staff and handlers named in the register with no valid complaint all year)。',
      columns: [col('姓名', 'Name', 'text', 14)],
      rows: f.reward.staff.map((s) => [s]),
    });
  }
  return { name: REPORT_SHEETS.appraisal, title, subtitle: '考核 Appraisal', blocks };
}

function indicatorBlock(title: string, zh: string, en: string, units: UnitIndicators[]): ReportBlock {
  return {
    title,
    note: '平均解决时间 = 受理至办结的平均小时数；重复率 = 二次投诉占比；建议采纳率 = 采纳 ÷ 填写了“建议是否采纳”的件数；响应/时限 = 响应用时 ÷ 时限的平均 (≤ 1 为达标)。',
    columns: [
      col(zh, en, 'text', 14), col('受理', 'Received', 'int', 8), col('平均解决时间(小时)', 'Mean resolution (h)', 'number', 14),
      col('重复率', 'Repeat rate', 'rate', 10), col('建议数', 'Suggestions', 'int', 8), col('建议采纳率', 'Adoption rate', 'rate', 10),
      col('平均响应时间(小时)', 'Mean response (h)', 'number', 14), col('响应/时限', 'Response ÷ target', 'number', 12), col('响应得分', 'Response score', 'number', 10, { dataBar: true }),
    ],
    rows: units.map((u) => [u.unit, u.received, v(u.meanResolutionHours), v(u.repeatRate), u.suggestions, v(u.adoptionRate), v(u.meanResponseHours), v(u.responseRatio), v(u.responseScore)]),
  };
}

function qualityFineBlock(f: ReportFigures, fines: readonly QualityFine[]): ReportBlock {
  const branch = f.qualityFines.some((q) => q.branch !== '');
  return {
    title: '品质投诉考核 Quality fines per case',
    note: `每例按等级与角色考核 (001): ${fines.map((q) => `${q.role} ${q.min}–${q.max} 元按 ${q.fine} 元`).join('；')}。`,
    columns: [
      ...(branch ? [col('分公司', 'Branch', 'text', 14)] : []),
      col('行', 'Row', 'int', 6), col('编号', 'ID', 'text', 14), col('受理时间', 'Received', 'datetime', 17), col('责任部门', 'Department', 'text', 12),
      col('责任员工', 'Staff', 'text', 10), col('损失(元)', 'Loss (yuan)', 'money', 12), col('等级', 'Tier', 'text', 14), col('角色', 'Role', 'text', 10),
      col('范围(元)', 'Range (yuan)', 'text', 10), col('考核(元)', 'Fine (yuan)', 'money', 10),
    ],
    rows: f.qualityFines.map((q) => [...(branch ? [q.branch] : []), q.row, q.id, q.received, q.department, q.staff, q.loss, q.tier, q.role, q.range, q.fine]),
  };
}

/** Shown where a unit has complaints but no rating: the row stays, its figures say there are none. */
const NO_RATING = '—';
const satRow = (zh: string, en: string, b: SatisfactionBlock, none: ReportValue = null): ReportValue[] => [zh, en, b.responses, b.mean ?? none, b.csat ?? none];
const satColumns = (zh: string, en: string): ReportColumn[] => [col(zh, en, 'text', 16), col('English', 'English', 'text', 16), col('份数', 'Responses', 'int', 10), col('平均分', 'Mean (1–5)', 'number', 10), col('满意率', 'CSAT (4–5)', 'rate', 10, { dataBar: true })];

function satisfactionSheet(f: ReportFigures, title: string, contacts: boolean): ReportSheet {
  const s = f.satisfaction;
  return {
    name: REPORT_SHEETS.satisfaction,
    title,
    subtitle: '满意度 Satisfaction',
    blocks: [
      {
        title: '总体与趋势 Overall and trend',
        note: `与上期 (${s.previous.period}) 比较；满意率 = 4–5 分的占比。`,
        columns: [...satColumns('来源', 'Source'), col('上期平均分', 'Previous mean', 'number', 12), col('上期满意率', 'Previous CSAT', 'rate', 12), col('满意率变化', 'CSAT change', 'rate', 12)],
        rows: [
          [...satRow('回访满意度', 'Follow-up ratings', s.register), v(s.previous.register.mean), v(s.previous.register.csat), v(s.change.register)],
          [...satRow('满意度调查', 'Survey', s.survey), v(s.previous.survey.mean), v(s.previous.survey.csat), v(s.change.survey)],
        ],
      },
      { title: '调查各维度 Survey by dimension', columns: satColumns('维度', 'Dimension'), rows: s.survey.byDimension.map((d) => satRow(d.zh, d.dimension, d)) },
      { title: '回访满意度按部门 Follow-up ratings by department', columns: satColumns('部门', 'Department'), note: '有投诉但无回访评价的部门显示 —。', rows: s.register.byDepartment.map((d) => satRow(d.department, '', d, NO_RATING)) },
      { title: '调查按部门 Survey by department', columns: satColumns('部门', 'Department'), rows: s.survey.byDepartment.map((d) => satRow(d.department, '', d)) },
      {
        title: '不满意须重新处理 Unsatisfied: reopen',
        note: '回访满意度 1–2 分的投诉须重新处理 (000)。',
        columns: [col('行', 'Row', 'int', 6), col('编号', 'ID', 'text', 14), col('客户', 'Customer', 'text', 12), col('部门', 'Department', 'text', 12), col('处理人', 'Handler', 'text', 10), col('评分', 'Rating', 'int', 6), col('回访时间', 'Followed up', 'datetime', 17)],
        rows: s.unsatisfied.map((u) => [u.row, u.id, u.customer, u.department, u.handler, u.rating, u.followedUp || null]),
      },
      {
        title: '调查低分 Survey responses scoring 1–2',
        columns: [col('行', 'Row', 'int', 6), col('日期', 'Date', 'datetime', 17), col('客户', 'Customer', 'text', 12), col('部门', 'Department', 'text', 12), col('最低分', 'Lowest', 'int', 8), col('意见', 'Comment', 'text', 40)],
        rows: s.lowSurvey.map((r) => [r.row, r.date, r.customer, r.department, r.lowest, contacts ? r.comment : maskContact(r.comment)]),
      },
    ],
  };
}

/** The reopened complaint's own resolve clock, as the overdue list names it. */
const REOPEN_LABEL = '重新处理';

/** The deadline of the first breached milestone (in milestone order), as "YYYY-MM-DD HH:mm". */
function firstBreachedDue(o: ReportFigures['overdue'][number]): string | null {
  const m = MILESTONES.find((k) => o.breached.includes(k) && o.due[k]);
  const due = m ? o.due[m] : o.reopenDue;
  return due?.replace('T', ' ') ?? null;
}

function overdueSheet(f: ReportFigures, title: string, contacts: boolean): ReportSheet {
  // A consolidated report names each line's branch: row numbers repeat across registers.
  const branch = f.overdue.some((o) => o.branch !== '');
  return {
    name: REPORT_SHEETS.overdue,
    title,
    subtitle: '超期清单 Breached and overdue complaints',
    blocks: [{
      title: '超期清单 Breached and overdue',
      note: `本期受理且有节点超期的投诉，以及往期受理至 ${f.period.asOf.replace('T', ' ')} 仍超期未办的投诉 (carried over)。${contacts ? '' : '联系方式已脱敏 (contacts masked)。'}`,
      columns: [
        ...(branch ? [col('分公司', 'Branch', 'text', 14)] : []),
        col('行', 'Row', 'int', 6), col('编号', 'ID', 'text', 14), col('受理时间', 'Received', 'datetime', 17), col('客户', 'Customer', 'text', 10),
        col('联系方式', 'Contact', 'text', 18, { contact: true }), col('责任部门', 'Department', 'text', 12), col('处理人', 'Handler', 'text', 10),
        col('等级', 'Tier', 'text', 10), col('状态', 'Status', 'text', 10, { redWhen: [STATUS_LABELS.overdue.zh] }), col('超期节点', 'Breached', 'text', 26),
        // One deadline, the first breached one, not one column per milestone: the list prints on
        // A4 landscape at a readable size (issue 12); the register holds every deadline.
        col('最早超期截止', 'First breached due', 'datetime', 17),
        col('往期', 'Carried over', 'text', 8),
      ],
      rows: f.overdue.map((o) => [
        ...(branch ? [o.branch] : []),
        o.row, o.id, o.received, o.customer, contacts ? o.contact : maskContact(o.contact), o.department, o.handler, o.tier,
        STATUS_LABELS[o.status].zh, [...o.breached.map((m) => MILESTONE_LABELS[m].zh), ...(o.reopenDue ? [REOPEN_LABEL] : [])].join('、'),
        firstBreachedDue(o),
        o.carriedOver ? '是' : '',
      ]),
    }],
  };
}

function quarterSheet(f: ReportFigures, title: string): ReportSheet | undefined {
  if (!f.quarter) return undefined;
  return {
    name: REPORT_SHEETS.quarter,
    title,
    subtitle: '季度汇总 Quarterly roll-up',
    blocks: [{
      title: '部门季度考核 Departments this quarter',
      note: `连续两个季度不合格：扣减奖金并对部门负责人进行考核 (001)。上季度为 ${f.quarter.previous}。`,
      columns: [...appraisalColumns('部门', 'Department').slice(0, 13), col('上季度等级', 'Previous grade', 'text', 10, { grade: true }), col('连续两季不合格', 'Failed twice', 'text', 12, { redWhen: ['是'] })],
      rows: f.quarter.departments.map((u) => [...appraisalRow(u).slice(0, 13), u.previousGrade, u.failedTwice ? '是' : '否']),
    }],
  };
}

function productsSheet(f: ReportFigures, title: string): ReportSheet | undefined {
  const p = f.products;
  if (!p) return undefined;
  return {
    name: REPORT_SHEETS.products,
    title,
    subtitle: '产品投诉统计 Product complaints (004)',
    blocks: [
      countBlock('按产品类别 By product category', '产品类别', 'Product category', p.byProductCategory, `本期填写了产品类别或批号的有效投诉 ${p.productComplaints} 件 (complaints naming a product or batch)。`),
      {
        title: '按批号 By batch',
        note: `同一批号本期有 ${p.batchSeveral} 件及以上投诉的标为“多次投诉” (a batch with ${p.batchSeveral} or more complaints is flagged)。`,
        columns: [
          col('批号', 'Batch', 'text', 16), col('产品类别', 'Product category', 'text', 16), col('件数', 'Count', 'int', 8, { dataBar: true }),
          col('最早生产日期', 'Earliest manufactured', 'date', 14), col('最晚到货日期', 'Latest arrival', 'date', 14),
          col('投诉编号', 'Complaints', 'text', 30), col('标记', 'Flag', 'text', 10, { redWhen: ['多次投诉'] }),
        ],
        rows: p.batches.map((b) => [b.batch, b.productCategory, b.count, b.manufactured || null, b.arrived || null, b.complaints.join('、'), b.flagged ? '多次投诉' : '']),
      },
    ],
  };
}

export interface ReportOptions {
  register: string;
  policyLabel: string;
  includeContacts: boolean;
}

/** The figures as they may leave the register: every contact in every text masked (see privacy.ts). */
export function figuresForOutput(f: ReportFigures, includeContacts: boolean): ReportFigures {
  if (includeContacts) return f;
  const masked = maskDeep(f);
  return { ...masked, overdue: masked.overdue.map((o) => ({ ...o, contact: maskContact(o.contact) })) };
}

/**
 * 延期重办申诉 (issue 13): the period's extensions (004), those explained to the customer after 24 h,
 * reopens (000) and appeals (001), one line per department and a total; none when there were none.
 */
function reworkSheet(f: ReportFigures, title: string): ReportSheet | undefined {
  const r = f.rework;
  if (!r || r.extensions + r.reopens + r.appeals.total === 0) return undefined;
  return {
    name: REPORT_SHEETS.rework,
    title,
    subtitle: '延期、重新处理与申诉 Extensions, reopens and appeals',
    blocks: [{
      title: '按部门 By department',
      note: `延期说明超时：受理后 24 小时内未向客户说明情况并给出解决时间 (004)。申诉 ${r.appeals.total} 件：成立 ${r.appeals.upheld}，不成立 ${r.appeals.rejected}，超时 ${r.appeals.late} (001)。重新处理也计入重复率。`,
      columns: [
        col('部门', 'Department', 'text', 16), col('延期', 'Extensions', 'int', 10, { dataBar: true }), col('延期说明超时', 'Explained late', 'int', 12),
        col('重新处理', 'Reopens', 'int', 10, { dataBar: true }), col('申诉', 'Appeals', 'int', 10, { dataBar: true }),
      ],
      rows: [
        ...r.byDepartment.map((u) => [u.unit, u.extensions, u.lateExplanations, u.reopens, u.appeals]),
        ['合计 Total', r.extensions, r.lateExplanations, r.reopens, r.appeals.total],
      ],
    }],
  };
}

/** `shown`: the figures already made fit to leave (figuresForOutput), when the caller needs them too. */
export function reportModel(figures: ReportFigures, policy: Policy, opts: ReportOptions, shown?: ReportFigures): ReportModel {
  const f = shown ?? figuresForOutput(figures, opts.includeContacts);
  const title = reportTitle(f);
  const sheets = [
    statsSheet(f, title),
    appraisalSheet(f, policy, title),
    satisfactionSheet(f, title, opts.includeContacts),
    overdueSheet(f, title, opts.includeContacts),
    quarterSheet(f, title),
    productsSheet(f, title),
    reworkSheet(f, title),
  ].filter((s): s is ReportSheet => s !== undefined);
  const model: ReportModel = {
    sheets,
    properties: {
      title,
      subject: `complaint report ${f.period.label}`,
      register: opts.includeContacts ? opts.register : maskText(opts.register),
      policy: `${opts.policyLabel} (${policy.name})`,
      asOf: f.period.asOf,
      period: f.period.label,
      contactsIncluded: opts.includeContacts,
    },
  };
  // Policy texts, the register's file and sheet names: whatever else a contact could hide in.
  return opts.includeContacts ? model : maskDeep(model);
}

/** True when the figures stop before the period's end: the period was not over at the as-of time. */
export const isPartial = (f: ReportFigures): boolean => f.period.asOf < f.period.end;

/** "2026-10 客户投诉月度报告 (截至 2026-11-01 00:00)", saying so when the period is not over or empty. */
export function reportTitle(f: ReportFigures): string {
  const notes = [`截至 ${f.period.asOf.replace('T', ' ')}`];
  if (isPartial(f)) notes.push('本期尚未结束 period not over');
  if (f.population === 0 && f.invalid === 0) notes.push('本期无投诉 no complaints');
  return `${f.period.label} 客户投诉${f.period.kind === 'month' ? '月度' : '季度'}报告 (${notes.join('；')})`;
}
