// A small bar chart of counts (complaints per day of the month, or per month of a quarter) as
// inline SVG: no chart library (the bundle has a budget). It scales to the pane's width; the
// figures behind it are in its accessible name and in a <title> per bar.
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  svg: { display: 'block', width: '100%', height: 'auto', maxWidth: '100%' },
  bar: { fill: tokens.colorBrandBackground },
  peak: { fill: tokens.colorPaletteDarkOrangeBackground3 },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  label: { fill: tokens.colorNeutralForeground2, fontSize: '9px' },
});

export interface MiniChartProps {
  title: string;
  bars: readonly { key: string; count: number }[];
}

const W = 300;
const H = 110;
const PAD = { left: 22, right: 4, top: 8, bottom: 16 };

export function MiniChart({ title, bars }: MiniChartProps) {
  const s = useStyles();
  const max = Math.max(1, ...bars.map((b) => b.count));
  const peak = bars.reduce((m, b) => Math.max(m, b.count), 0);
  const step = (W - PAD.left - PAD.right) / Math.max(1, bars.length);
  const h = H - PAD.top - PAD.bottom;
  const total = bars.reduce((n, b) => n + b.count, 0);
  // Every fifth label on a month's 30 bars; all three on a quarter.
  const every = bars.length > 12 ? 5 : 1;
  return (
    <svg className={s.svg} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}: ${total} (max ${peak})`} data-testid="chart">
      <title>{title}</title>
      <line className={s.axis} x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} />
      <text className={s.label} x={PAD.left - 3} y={PAD.top + 6} textAnchor="end">{max}</text>
      <text className={s.label} x={PAD.left - 3} y={H - PAD.bottom} textAnchor="end">0</text>
      {bars.map((b, i) => {
        const bh = (b.count / max) * h;
        const x = PAD.left + i * step + step * 0.15;
        return (
          <g key={b.key}>
            <rect className={b.count === peak && peak > 0 ? s.peak : s.bar} x={x} y={H - PAD.bottom - bh} width={Math.max(1, step * 0.7)} height={bh}>
              <title>{`${b.key}: ${b.count}`}</title>
            </rect>
            {(i % every === 0 || i === bars.length - 1) && (
              <text className={s.label} x={x + step * 0.35} y={H - 4} textAnchor="middle">{b.key}</text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
