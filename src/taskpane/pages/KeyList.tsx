// One focusable list of many entries (the SLA queue, the bad cells): a single tab stop, the arrow
// keys, Home and End move within it, Enter or a click picks an entry. The WAI-ARIA listbox
// pattern with aria-activedescendant, so a list of 300 entries is one stop for the Tab key.
// Each group shows its first entries (the queue is sorted by time left, so the most urgent) and a
// button below the list shows more: 100,000 rows' queue is ten thousand entries, and drawing them
// all held the page for seconds while a supervisor reads the top of each group.
import { KeyboardEvent, ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { fill } from '../i18n';

const useStyles = makeStyles({
  box: {
    margin: 0, padding: '2px', listStyleType: 'none', border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium,
    maxHeight: '60vh', overflowY: 'auto', overflowX: 'hidden',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  groupLabel: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
  option: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, cursor: 'pointer', borderRadius: tokens.borderRadiusSmall, overflowWrap: 'anywhere' },
  // The active entry in the neutral colours: a red or orange time left on the selected background
  // falls below 4.5:1 in the dark theme. A badge (a row's state) keeps its own colours: it draws its
  // own background, and the neutral text on a filled badge would not be readable.
  active: { backgroundColor: tokens.colorNeutralBackground1Selected, outline: `1px solid ${tokens.colorNeutralStroke1Selected}`, color: tokens.colorNeutralForeground1, '& *:not(.fui-Badge)': { color: 'inherit' } },
  empty: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, color: tokens.colorNeutralForeground3 },
  more: { alignSelf: 'flex-start' },
});

/** Entries drawn per group until the user asks for more. */
export const KEYLIST_PAGE = 200;

export interface KeyListGroup<T> {
  label: string;
  items: T[];
}

export interface KeyListProps<T> {
  label: string;
  groups: KeyListGroup<T>[];
  render: (item: T) => ReactNode;
  onPick: (item: T) => void;
  /** Shown under a group with no entries. */
  empty: string;
  /** The show-more button's text, with {n}: how many entries are not drawn yet. */
  more: string;
  /** Entries per group drawn at first and added per click of the button (default KEYLIST_PAGE). */
  pageSize?: number;
  testId?: string;
}

export function KeyList<T>({ label, groups, render, onPick, empty, more, pageSize = KEYLIST_PAGE, testId }: KeyListProps<T>) {
  const s = useStyles();
  const base = useId();
  const [limit, setLimit] = useState(pageSize);
  const drawn = groups.map((g) => ({ ...g, items: g.items.slice(0, limit) }));
  const hidden = groups.reduce((n, g, i) => n + g.items.length - drawn[i].items.length, 0);
  const flat = drawn.flatMap((g) => g.items);
  const [active, setActive] = useState(0);
  const box = useRef<HTMLUListElement>(null);
  const at = Math.min(active, Math.max(flat.length - 1, 0));
  const optionId = (i: number) => `${base}-o${i}`;
  // The active entry stays in view as the arrow keys move it.
  useEffect(() => {
    document.getElementById(`${base}-o${at}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [at, base]);
  const onKey = (e: KeyboardEvent) => {
    const move: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: flat.length - 1, PageDown: at + 10, PageUp: at - 10 };
    if (e.key in move && flat.length) {
      e.preventDefault();
      setActive(Math.max(0, Math.min(flat.length - 1, move[e.key])));
    } else if ((e.key === 'Enter' || e.key === ' ') && flat[at] !== undefined) {
      e.preventDefault();
      onPick(flat[at]);
    }
  };
  let index = 0;
  return (
    <>
      <ul
        ref={box}
        className={s.box}
        role="listbox"
        aria-label={label}
        tabIndex={0}
        aria-activedescendant={flat.length ? optionId(at) : undefined}
        onKeyDown={onKey}
        data-testid={testId}
      >
        {drawn.map((g, gi) => (
          <li key={gi} role="presentation">
            <ul role="group" aria-labelledby={`${base}-g${gi}`} style={{ listStyleType: 'none', margin: 0, padding: 0 }}>
              <li role="presentation" id={`${base}-g${gi}`} className={s.groupLabel}>
                {g.label} ({g.items.length < groups[gi].items.length ? `${g.items.length} / ${groups[gi].items.length}` : g.items.length})
              </li>
              {g.items.length === 0 && <li role="presentation" className={s.empty}>{empty}</li>}
              {g.items.map((item) => {
                const i = index++;
                return (
                  <li
                    key={i}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === at}
                    className={i === at ? `${s.option} ${s.active}` : s.option}
                    onClick={() => (setActive(i), box.current?.focus(), onPick(item))}
                  >
                    {render(item)}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <Button className={s.more} size="small" appearance="secondary" onClick={() => setLimit(limit + pageSize)} data-testid={testId ? `${testId}-more` : undefined}>
          {fill(more, { n: hidden })}
        </Button>
      )}
    </>
  );
}
