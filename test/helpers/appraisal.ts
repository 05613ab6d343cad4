// The demo's appraisal report model for a period, as the CLI builds it (severity preset, survey).
import { MsgError } from '../../src/core/messages';
import { reportFigures } from '../../src/core/report/figures';
import { reportModel } from '../../src/core/report/sheets';
import { ReportModel } from '../../src/core/report/model';
import { parsePeriod } from '../../src/core/report/period';
import { demoRegister, demoSurvey, DEMO_SURVEY_HEADERS } from '../../src/core/demo/generate';
import { readRegister } from '../../src/core/register/read';
import { readSurvey } from '../../src/core/report/survey';
import { preset } from '../../src/core/policy/presets';
import { compiled } from './build';

/** `count` complaints instead of the demo's 320 (the same generator, so a longer month). */
export function demoAppraisalModel(period: string, includeContacts = false, count?: number): ReportModel {
  const demo = demoRegister(undefined, count);
  const read = readRegister([demo.headers, ...demo.rows]);
  if (!read.ok) throw new MsgError(read.error);
  const survey = readSurvey([DEMO_SURVEY_HEADERS, ...demoSurvey()]).responses;
  const p = parsePeriod(period);
  if (!p.ok) throw new MsgError(p.error);
  const f = reportFigures({ policy: compiled('severity'), complaints: read.value.complaints, survey, period: p.value, asOf: p.value.end });
  return reportModel(f, preset('severity')!, { register: 'demo-register.xlsx [投诉登记表]', policyLabel: 'preset severity', includeContacts });
}
