// A realistic, deterministic demo register: a few hundred complaints over three months on the
// China calendar (including 国庆 and its 调休 Saturdays), every channel, category, tier and
// status present, and a handful of cells people get wrong.
import { CellValue } from '../register/cells';
import { seededRandom } from '../random';
import { RECORD_HEADERS, recordCells } from './records';
import { CATEGORIES, CHANNELS, SATISFACTION_WORDS } from '../register/words';
import { Stamp, dayOf, stampOf, dateFromStamp, dayOfStamp, weekdayMon0 } from '../time';
import { REWORK_HEADERS, reworkCells } from './rework';

export const DEMO_AS_OF = '2026-11-05 10:00';
export const DEMO_LAST_FULL_MONTH = '2026-10';

const DEPARTMENTS: Record<string, string[]> = {
  客服部: ['王芳', '李娜', '张伟'],
  售后服务部: ['刘洋', '陈静', '杨磊'],
  质量部: ['赵敏', '黄强'],
  物流部: ['周杰', '吴昊'],
  销售部: ['徐丽', '孙鹏'],
};
const STAFF = ['马超', '胡军', '郭亮', '何平', '高翔', '林峰', '罗刚', '梁宇'];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'.split('');
const GIVEN = ['先生', '女士', '伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰'];
const SUBJECTS = [
  '冰箱不制冷', '洗衣机漏水', '快递包装破损', '安装人员迟到', '客服态度差', '发票开具错误', '退款未到账', '配件缺货',
  '维修后仍故障', '电话无人接听', '工程进度延误', '验收资料不全', '合同条款争议', '送货时间不符', '产品异味', '空调噪音大',
  '热水器漏电', '门窗变形', '保修期内收费', '重复上门未修好',
];
// Weighted like a real desk: injuries and big losses are rare.
const FACTOR_WORDS = ['质量缺陷', '质量缺陷', '流程不畅', '流程不畅', '包装破损', '包装破损', '包装破损', '服务态度', '服务态度', '服务态度', '服务态度', '人身伤害', '重大经济损失'];
const RESOLUTIONS = ['已更换新品', '已上门维修', '已退款', '已致歉并补偿', '已协调物流重新配送', '已解释说明，客户认可'];

export const DEMO_HEADERS: string[] = [
  '编号', '受理时间', '渠道', '客户', '联系方式', '投诉类别', '投诉事项', '投诉内容', '责任部门', '处理人', '被投诉人',
  '损失金额（元）', '情形', '等级(手工)', '是否有效', '首次联系时间', '上报时间', '方案时间', '办结时间', '回访时间',
  '回访满意度', '处理结果', '暂停时长(小时)',
  ...RECORD_HEADERS,
  // The second round (issue 13): promises, extensions, pause periods, reopens and appeals.
  ...REWORK_HEADERS,
];

export interface DemoRegister {
  headers: string[];
  rows: CellValue[][];
  asOf: string;
}

export function demoRegister(seed = 20261105, count = 320): DemoRegister {
  const rnd = seededRandom(seed);
  const recordRnd = seededRandom(seed + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const chance = (p: number) => rnd() < p;
  const asOf = stampOf(dayOf(2026, 11, 5), 10 * 60);
  const first = dayOf(2026, 8, 1);
  const span = dayOf(2026, 11, 5) - first;
  const depts = Object.keys(DEPARTMENTS);
  const rows: CellValue[][] = [];

  // The second-round columns draw from their own stream, so the first 23 columns stay as they were.
  const rework = reworkCells(seededRandom(seed + 1), asOf, depts);
  const receivedTimes: Stamp[] = [];
  for (let i = 0; i < count; i++) {
    // More complaints on working days and in office hours, as on a real desk.
    let day = first + Math.floor(rnd() * span);
    if (weekdayMon0(day) >= 5 && chance(0.6)) day += 7 - weekdayMon0(day);
    receivedTimes.push(stampOf(day, (8 + Math.floor(rnd() * 11)) * 60 + Math.floor(rnd() * 60)));
  }
  // The last days before as-of get some fresh complaints so every open status shows.
  for (let i = 0; i < 14; i++) receivedTimes[i] = asOf - (6 + i * 9) * 60 - Math.floor(rnd() * 30);
  receivedTimes.sort((a, b) => a - b);

  receivedTimes.forEach((received, i) => {
    const dept = pick(depts);
    const factorCount = chance(0.55) ? 1 : chance(0.25) ? 2 : 0;
    const factors = Array.from({ length: factorCount }, () => pick(FACTOR_WORDS));
    const serious = factors.includes('人身伤害') || factors.includes('重大经济损失');
    const hours = (a: number, b: number) => (a + rnd() * (b - a)) * 60;
    // Most clocks are met; some are missed, as they are in real months.
    const late = chance(0.18);
    const contacted = received + (late ? hours(8, 40) : hours(0.3, serious ? 5 : 20));
    const reported = received + (late ? hours(10, 30) : hours(0.5, 10));
    const planned = contacted + (late ? hours(20, 60) : hours(1, 20));
    const resolved = planned + (late ? hours(24 * 6, 24 * 25) : hours(12, 24 * 6));
    const followedUp = resolved + (chance(0.15) ? hours(24 * 4, 24 * 9) : hours(2, 48));
    const t = (s: Stamp): Date | null => (s <= asOf ? dateFromStamp(Math.round(s)) : null);
    const phone = `1${pick(['38', '39', '58', '86', '77'])}${String(Math.floor(rnd() * 1e8)).padStart(8, '0')}`;
    const contact = chance(0.8) ? phone : `${pick(['zhang', 'li', 'wang', 'chen'])}${Math.floor(rnd() * 900 + 100)}@example.com`;
    const rating = followedUp <= asOf ? (chance(0.12) ? 1 + Math.floor(rnd() * 2) : 3 + Math.floor(rnd() * 3)) : undefined;
    const id = `TS-${String(dayOfStamp(received) - first + 1).padStart(3, '0')}-${String(i + 1).padStart(4, '0')}`;
    const description = chance(0.03)
      ? pick(['=非常不满意！', '-_- 等了一周没人管', '+86 电话一直打不通', '@客服 请尽快回复'])
      : `${pick(SUBJECTS)}，客户要求${pick(['尽快处理', '赔偿', '更换', '上门检查', '书面答复'])}`;
    const channel = pick(CHANNELS);
    const customer = `${pick(SURNAMES)}${pick(GIVEN)}`;
    const category = pick(CATEGORIES);
    const subject = pick(SUBJECTS);
    const handler = pick(DEPARTMENTS[dept]);
    rows.push([
      id,
      dateFromStamp(received),
      channel,
      customer,
      contact,
      category,
      subject,
      description,
      dept,
      handler,
      chance(0.45) ? pick(STAFF) : null,
      serious && chance(0.6) ? Math.round(rnd() * 20000) : chance(0.1) ? `${Math.round(rnd() * 3000)}元` : null,
      factors.length ? factors.join('、') : null,
      chance(0.03) ? pick(['重要投诉', 'major', '一般投诉']) : null,
      chance(0.06) ? '否' : '是',
      t(contacted),
      t(reported),
      t(planned),
      t(resolved),
      t(followedUp),
      rating === undefined ? null : chance(0.4) ? SATISFACTION_WORDS[5 - rating] : rating,
      resolved <= asOf ? pick(RESOLUTIONS) : null,
      chance(0.05) ? Math.ceil(rnd() * 48) : null,
      ...recordCells(recordRnd, { subject, category, received, resolved: resolved <= asOf ? resolved : undefined, handler, colleagues: DEPARTMENTS[dept] }),
      ...rework({ received, reported, resolved, followedUp, rating, dept, serious }),
    ]);
  });

  // Cells people get wrong: each must be reported with its row and column, the rest still read.
  const bad: Array<[number, number, CellValue]> = [
    [5, 1, '2026-13-45 09:00'],
    [17, 11, '约五千'],
    [29, 20, '很好吧'],
    [41, 3, null],
    [53, 12, '天灾'],
    [65, 13, '特急'],
    [77, 14, '也许'],
    [89, 15, '昨天下午'],
  ];
  for (const [r, col, v] of bad) if (rows[r]) rows[r][col] = v;
  return { headers: DEMO_HEADERS, rows, asOf: DEMO_AS_OF };
}

export const DEMO_SURVEY_HEADERS = ['调查日期', '客户', '部门', '产品质量', '服务水平', '价格合理性', '品牌形象', '意见'];

/** A satisfaction survey (满意度调查) over the same months: questionnaires, phone calls, visits. */
export function demoSurvey(seed = 20261106, count = 90): CellValue[][] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const first = dayOf(2026, 8, 1);
  const span = dayOf(2026, 11, 1) - first;
  const score = () => (rnd() < 0.1 ? 1 + Math.floor(rnd() * 2) : 3 + Math.floor(rnd() * 3));
  const comments = ['', '', '服务很好', '价格偏高', '送货慢', '质量不错', '希望改进售后响应速度', '请回电 13800138000'];
  return Array.from({ length: count }, () => [
    dateFromStamp(stampOf(first + Math.floor(rnd() * span), (9 + Math.floor(rnd() * 8)) * 60)),
    `${pick(SURNAMES)}${pick(GIVEN)}`,
    pick(Object.keys(DEPARTMENTS)),
    score(),
    score(),
    score(),
    score(),
    pick(comments),
  ]);
}
