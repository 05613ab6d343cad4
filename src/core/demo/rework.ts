// The demo register's second-round columns (issue 13): a promised date on most general complaints,
// a few extensions with their reasons, pause periods, reopens after a poor follow-up rating, and
// department appeals (some late, some upheld with a transfer). Drawn from their own random stream.
import { CellValue } from '../register/cells';
import { Stamp, dateFromStamp, dayOfStamp, formatStamp, stampOf } from '../time';

export const REWORK_HEADERS = ['承诺办结时间', '延期至', '延期原因', '暂停期间', '重新处理时间', '再次办结时间', '申诉时间', '申诉结果', '改派部门', '改派时间'];

const REASONS = ['等待厂家配件', '需第三方检测报告', '客户要求延后上门', '涉及多部门协调'];

export interface ReworkRow {
  received: Stamp;
  reported: Stamp;
  resolved: Stamp;
  followedUp: Stamp;
  rating?: number;
  dept: string;
  serious: boolean;
}

export function reworkCells(rnd: () => number, asOf: Stamp, depts: readonly string[]): (r: ReworkRow) => CellValue[] {
  const chance = (p: number) => rnd() < p;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const t = (s: Stamp): Date | null => (s <= asOf ? dateFromStamp(Math.round(s)) : null);
  const day = (s: Stamp) => dateFromStamp(stampOf(dayOfStamp(s)));
  let runningPause = false;
  return (r) => {
    const promisedAt = !r.serious && chance(0.6) ? r.received + (3 + Math.floor(rnd() * 8)) * 1440 : undefined;
    const extended = promisedAt !== undefined && chance(0.08) ? promisedAt + (3 + Math.floor(rnd() * 5)) * 1440 : undefined;
    let pauses: string | null = null;
    if (chance(0.06)) {
      const s1 = r.received + (2 + rnd() * 20) * 60;
      const e1 = s1 + (2 + rnd() * 40) * 60;
      const two = chance(0.4);
      const s2 = e1 + (5 + rnd() * 30) * 60;
      const e2 = s2 + (1 + rnd() * 8) * 60;
      if (e1 <= asOf) pauses = `${formatStamp(s1, ' ')}–${formatStamp(e1, ' ')}${two && e2 <= asOf ? `; ${formatStamp(s2, ' ')}–${formatStamp(e2, ' ')}` : ''}`;
      // A pause that has begun and not yet ended is written as it stands: still running (issue 13).
      else if (s1 <= asOf && r.resolved > asOf) pauses = `${formatStamp(s1, ' ')}–`;
    }
    // One fresh open complaint waits for its customer as of the demo's date, so 暂停中 shows.
    if (!runningPause && pauses === null && r.resolved > asOf && asOf - r.received >= 120 && asOf - r.received < 2 * 1440) {
      pauses = `${formatStamp(r.received + 60, ' ')}–`;
      runningPause = true;
    }
    const reopenAt = r.rating !== undefined && r.rating <= 2 && chance(0.6) ? r.followedUp + (2 + rnd() * 22) * 60 : undefined;
    const reresolved = reopenAt !== undefined && chance(0.6) ? reopenAt + (12 + rnd() * 24 * 6) * 60 : undefined;
    const appealAt = chance(0.05) ? r.reported + (chance(0.25) ? 50 + rnd() * 48 : 1 + rnd() * 20) * 60 : undefined;
    const upheld = appealAt !== undefined && chance(0.5);
    const transferAt = upheld && appealAt !== undefined ? appealAt + (1 + rnd() * 4) * 60 : undefined;
    const appealed = appealAt !== undefined && appealAt <= asOf;
    return [
      promisedAt !== undefined ? day(promisedAt) : null,
      extended !== undefined && extended - 1440 <= asOf ? day(extended) : null,
      extended !== undefined && extended - 1440 <= asOf ? pick(REASONS) : null,
      pauses,
      reopenAt !== undefined && r.resolved <= asOf ? t(reopenAt) : null,
      reopenAt !== undefined && reresolved !== undefined && r.resolved <= asOf ? t(reresolved) : null,
      appealed ? t(appealAt as Stamp) : null,
      appealed ? (upheld ? '成立' : '不成立') : null,
      appealed && upheld ? pick(depts.filter((d) => d !== r.dept)) : null,
      appealed && transferAt !== undefined ? t(transferAt) : null,
    ];
  };
}
