import { Policy } from '../../src/core/policy/types';
import { policyToTable } from '../../src/core/policy/table';
import { CellValue } from '../../src/core/register/cells';

/** The 投诉政策 sheet's cells for a policy, as a workbook would hold them. */
export const addPolicySheetRows = (p: Policy): CellValue[][] => policyToTable(p);
