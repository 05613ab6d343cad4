// The pieces every section of the policy page is made of: a titled section with an add button,
// a remove button, a number field, and the edit function that changes a copy of the policy.
import { ReactNode } from 'react';
import { Button, Field, Input, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Policy } from '../../../core/policy/types';
import type { Words } from '../../i18n';

export const usePolicyStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
  // One card per tier, clock, rule, day or rung: its fields wrap, so 320 px never scrolls sideways.
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: 'none' },
  card: {
    display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, alignItems: 'end',
    padding: tokens.spacingVerticalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
    // A text field's intrinsic width (20 characters) would push a card past 320 px.
    '& .fui-Input, & .fui-Select, & input, & select': { minWidth: '0', width: '100%', maxWidth: '100%' },
  },
  cardTitle: { flexBasis: '100%', fontWeight: tokens.fontWeightSemibold },
  cell: { flexGrow: 1, flexBasis: '6em', minWidth: 0 },
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

/** A section whose rows are cards (tiers, clocks, factors, days, penalties), one list. */
export function TableSection({ title, children, onAdd, w }: SectionFrameProps) {
  const s = usePolicyStyles();
  return (
    <Section title={title} w={w} onAdd={onAdd}>
      <ul className={s.list} aria-label={title}>{children}</ul>
    </Section>
  );
}

/** One tier, clock, rule, day or rung: a labelled group of fields, its title first. */
export function RowCard({ title, children }: { title: string; children: ReactNode }) {
  const s = usePolicyStyles();
  return (
    <li>
      <div className={s.card} role="group" aria-label={title}>
        <span className={s.cardTitle} aria-hidden="true">{title}</span>
        {children}
      </div>
    </li>
  );
}

/** A labelled field in a row card; `label` is what a screen reader and the eye both read. */
export function Cell({ label, children }: { label: string; children: ReactNode }) {
  const s = usePolicyStyles();
  return (
    <Field className={s.cell} label={label} size="small">
      {children}
    </Field>
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
      ✕ {w.remove}
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

/** A tier by its name in the policy (Chinese first; English in the English pane when it has one), the key only when it has no name. */
export function tierName(policy: Policy, key: string, lang: 'zh' | 'en' = 'zh'): string {
  const t = policy.tiers.find((x) => x.key === key);
  return (lang === 'en' ? t?.en || t?.zh : t?.zh) || key;
}

/** The policy's tiers as <option>s, for every tier drop-down. */
export function TierOptions({ policy, lang = 'zh' }: { policy: Policy; lang?: 'zh' | 'en' }) {
  return (
    <>
      {policy.tiers.map((t) => (
        <option key={t.key} value={t.key}>
          {tierName(policy, t.key, lang)}
        </option>
      ))}
    </>
  );
}
