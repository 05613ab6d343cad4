// The policy page: opens on the workbook's 投诉政策 sheet (or the default preset when it has none),
// edits it section by section in labelled cards, and saves it back. Saving over a sheet that says
// something else first shows what changes (core's diffPolicy) and asks. The compiled policy's
// problems are shown and block saving.
import { render } from '../../core/messages';
import { useEffect, useState } from 'react';
import {
  Badge, Button, Caption1, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Select, makeStyles, tokens,
} from '@fluentui/react-components';
import type { Policy } from '../../core/policy/types';
import { PRESET_NAMES, preset } from '../../core/policy/presets';
import { compilePolicy } from '../../core/policy/compile';
import { DiffLine, diffPolicy } from '../../core/policy/diff';
import type { Lang } from '../../core/messages';
import type { PolicyLoad, WorkbookBackend } from '../../workbook/backend';
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

const useStyles = makeStyles({
  diff: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  was: { color: tokens.colorPaletteRedForeground1, textDecorationLine: 'line-through' },
  now: { color: tokens.colorPaletteGreenForeground1 },
});

export interface PolicyPageProps {
  backend: WorkbookBackend;
  op: OpState;
  w: Words;
  lang?: Lang;
  policy: Policy;
  setPolicy: (p: Policy) => void;
  /** The policy the workbook's sheet holds (last read or saved); undefined when the workbook has none. */
  baseline?: Policy;
  /** Given with `loaded` false, the page reads the workbook's policy when it opens and hands it up here. */
  onLoad?: (r: PolicyLoad) => void;
  loaded?: boolean;
  /** Told the policy just written to the sheet. */
  onSaved?: (p: Policy) => void;
}

export function PolicyPage({ backend, op, w, lang = 'zh', policy, setPolicy, baseline, onLoad, loaded = true, onSaved }: PolicyPageProps) {
  const s = usePolicyStyles();
  const d = useStyles();
  const [name, setName] = useState('');
  const [pending, setPending] = useState<DiffLine[] | undefined>();
  const edit: Edit = (change) => {
    const p = clone(policy);
    change(p);
    setPolicy(p);
  };
  const compiled = compilePolicy(policy);
  const problems = compiled.ok ? [] : compiled.problems.map((p) => `${p.where}: ${render(p.message, lang)}`);
  const load = () =>
    op.run(async () => {
      const r = await backend.readPolicy();
      onLoad?.(r);
      if (!onLoad && r.policy) setPolicy(clone(r.policy));
      if (r.problems.length) throw new Error(r.problems.map((p) => render(p, lang)).join('\n'));
      return r.source === 'sheet' ? w.policyFromSheet : w.policyFromPreset;
    });
  // The workbook's policy, read when the page first opens: never the preset over a customised sheet.
  useEffect(() => {
    if (onLoad && !loaded) void load();
    // Once per backend and load: `load` is a new function every render.
  }, [backend, loaded]);
  const write = () =>
    op.run(async () => {
      const msg = await backend.writePolicy(policy);
      onSaved?.(clone(policy));
      return msg;
    });
  const save = () => {
    if (!baseline) return void write();
    const lines = diffPolicy(baseline, policy, lang);
    if (lines.length === 0) op.setNotice({ intent: 'info', text: w.noChanges });
    else setPending(lines);
  };
  const changed = baseline ? diffPolicy(baseline, policy, lang).length > 0 : true;
  const sections = { policy, edit, w };
  // Nothing to edit until the workbook's policy is in: an edit made before would be overwritten.
  if (onLoad && !loaded) return <section aria-label={w.tabPolicy}><Caption1>{w.working}</Caption1></section>;
  return (
    <section aria-label={w.tabPolicy} className={s.col}>
      <Caption1>
        {baseline ? w.policyFromSheet : w.policyFromPreset}
        {baseline && changed ? ' ' : ''}
        {baseline && changed && <Badge appearance="tint" color="warning">{w.unsaved}</Badge>}
      </Caption1>
      <div className={s.row}>
        <Field label={w.presets}>
          <Select
            value={name}
            onChange={(_, v) => {
              setName(v.value);
              const p = preset(v.value);
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
        <Button disabledFocusable={op.busy} onClick={load}>
          {w.reloadPolicy}
        </Button>
        <Button appearance="primary" disabledFocusable={op.busy || problems.length > 0} onClick={save}>
          {w.savePolicy}
        </Button>
      </div>
      <Problems problems={problems} />
      <Dialog open={pending !== undefined} onOpenChange={(_, v) => !v.open && setPending(undefined)}>
        <DialogSurface aria-describedby="policy-diff-body">
          <DialogBody>
            <DialogTitle>{w.confirmTitle}</DialogTitle>
            <DialogContent id="policy-diff-body">
              <p>{w.confirmBody}</p>
              <ul className={d.diff} aria-label={w.confirmBody}>
                {(pending ?? []).map((l, i) => (
                  <li key={i}>
                    <strong>{l.what}</strong>
                    {': '}
                    {l.before !== undefined && <span className={d.was}>{l.after === undefined ? `${w.removedWord} ` : ''}{l.before}</span>}
                    {l.before !== undefined && l.after !== undefined ? ' → ' : ''}
                    {l.after !== undefined && <span className={d.now}>{l.before === undefined ? `${w.added} ` : ''}{l.after}</span>}
                  </li>
                ))}
              </ul>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => (setPending(undefined), void write())}>
                {w.confirmSave}
              </Button>
              <Button onClick={() => setPending(undefined)}>{w.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
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
