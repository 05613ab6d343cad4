// The pieces every section of the policy page is made of: a titled section with an add button,
// a remove button, a number field, and the edit function that changes a copy of the policy.
import { ReactNode } from 'react';
import { Button, Field, Input, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Policy } from '../../../core/policy/types';
import type { Words } from '../../i18n';

export const usePolicyStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
  table: { borderCollapse: 'collapse', width: '100%', '& td': { padding: '1px 2px' }, '& input, & select': { minWidth: '0' } },
  small: { width: '5em' },
});

/** Changes a copy of the policy and hands it up: the policy in the page's state is never mutated. */
export type Edit = (change: (p: Policy) => void) => void;

/** What every section gets. */
export interface SectionProps {
  policy: Policy;
  edit: Edit;
  w: Words;
}

export interface SectionFrameProps {
  title: string;
  children: ReactNode;
  /** Adds a row; no button when absent. */
  onAdd?: () => void;
  w: Words;
}

export function Section({ title, children, onAdd, w }: SectionFrameProps) {
  const s = usePolicyStyles();
  return (
    <div className={s.col}>
      <Subtitle2 as="h2">{title}</Subtitle2>
      {children}
      {onAdd && (
        <div>
          <Button size="small" onClick={onAdd}>
            {w.add}
          </Button>
        </div>
      )}
    </div>
  );
}

/** A section whose rows are table rows (tiers, clocks, factors, days, penalties). */
export function TableSection({ title, children, onAdd, w }: SectionFrameProps) {
  const s = usePolicyStyles();
  return (
    <Section title={title} w={w} onAdd={onAdd}>
      <table className={s.table}>
        <tbody>{children}</tbody>
      </table>
    </Section>
  );
}

export interface RemoveProps {
  /** What is removed, for the button's accessible name. */
  label: string;
  onRemove: () => void;
  w: Words;
}

export function RemoveButton({ label, onRemove, w }: RemoveProps) {
  return (
    <Button size="small" appearance="subtle" aria-label={`${w.remove} ${label}`} onClick={onRemove}>
      ✕
    </Button>
  );
}

export interface NumberFieldProps {
  label: string;
  value: number;
  onChange: (v: number) => void;
}

export function NumberField({ label, value, onChange }: NumberFieldProps) {
  const s = usePolicyStyles();
  return (
    <Field label={label}>
      <Input type="number" className={s.small} value={String(value)} onChange={(_, d) => onChange(Number(d.value))} />
    </Field>
  );
}

/** The policy's tiers as <option>s, for every tier drop-down. */
export function TierOptions({ policy }: { policy: Policy }) {
  return (
    <>
      {policy.tiers.map((t) => (
        <option key={t.key} value={t.key}>
          {t.key} {t.zh}
        </option>
      ))}
    </>
  );
}
