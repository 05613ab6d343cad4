// The policy page: pick a preset or load the workbook's 投诉政策 sheet, edit it section by section,
// save it back. The compiled policy's problems are shown and block saving.
import { useState } from 'react';
import { Button, Field, Select } from '@fluentui/react-components';
import type { Policy } from '../../core/policy/types';
import { PRESET_NAMES, preset } from '../../core/policy/presets';
import { compilePolicy } from '../../core/policy/compile';
import type { WorkbookBackend } from '../../workbook/backend';
import type { OpState } from '../ops';
import { Problems } from './Problems';
import type { Words } from '../i18n';
import { Edit, usePolicyStyles } from './policy/parts';
import { SettingsSection } from './policy/SettingsSection';
import { TiersSection } from './policy/TiersSection';
import { ClocksSection } from './policy/ClocksSection';
import { FactorsSection } from './policy/FactorsSection';
import { DaysSection } from './policy/DaysSection';
import { GradesSection, PenaltiesSection, WeightsSection } from './policy/AppraisalSections';

const clone = (p: Policy): Policy => JSON.parse(JSON.stringify(p)) as Policy;

export interface PolicyPageProps {
  backend: WorkbookBackend;
  op: OpState;
  w: Words;
  policy: Policy;
  setPolicy: (p: Policy) => void;
}

export function PolicyPage({ backend, op, w, policy, setPolicy }: PolicyPageProps) {
  const s = usePolicyStyles();
  const [name, setName] = useState('');
  const edit: Edit = (change) => {
    const p = clone(policy);
    change(p);
    setPolicy(p);
  };
  const compiled = compilePolicy(policy);
  const problems = compiled.ok ? [] : compiled.problems.map((p) => `${p.where}: ${p.message}`);
  const load = () =>
    op.run(async () => {
      const r = await backend.readPolicy();
      if (r.policy) setPolicy(clone(r.policy));
      if (r.problems.length) throw new Error(r.problems.join('\n'));
      return r.source === 'sheet' ? '投诉政策 ✓' : `preset ${r.policy?.name ?? ''}`;
    });
  const sections = { policy, edit, w };
  return (
    <section aria-label={w.tabPolicy} className={s.col}>
      <div className={s.row}>
        <Field label={w.presets}>
          <Select
            value={name}
            onChange={(_, d) => {
              setName(d.value);
              const p = preset(d.value);
              if (p) setPolicy(clone(p));
            }}
          >
            <option value="">—</option>
            {PRESET_NAMES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabled={op.busy} onClick={load}>
          {w.loadFromSheet}
        </Button>
        <Button appearance="primary" disabled={op.busy || problems.length > 0} onClick={() => op.run(() => backend.writePolicy(policy))}>
          {w.savePolicy}
        </Button>
      </div>
      <Problems problems={problems} />
      <SettingsSection {...sections} />
      <TiersSection {...sections} />
      <ClocksSection {...sections} />
      <FactorsSection {...sections} />
      <DaysSection {...sections} />
      <WeightsSection {...sections} />
      <GradesSection {...sections} />
      <PenaltiesSection {...sections} />
    </section>
  );
}
