// A chart as the screen shows it: a caption that says it in words, the drawing, and a table in its place on tap.
import type { ComponentChildren, JSX } from 'preact';
import { useState } from 'preact/hooks';
import { statsT } from './strings.ts';

interface ChartFigureProps {
  id: string;
  title: string;
  /** The chart in one or two sentences: what a screen reader hears instead of the drawing. */
  summary: string;
  table: () => JSX.Element;
  children: ComponentChildren;
}

export function ChartFigure({ id, title, summary, table, children }: ChartFigureProps) {
  const [asTable, setAsTable] = useState(false);
  const toggle = () => setAsTable((shown) => !shown);
  return (
    <figure class="chart" data-chart={id} aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 class="chart__title" id={`${id}-title`}>{title}</h3>
        <p class="chart__summary" id={`${id}-summary`}>{summary}</p>
      </figcaption>
      {asTable ? (
        <div class="chart__table">{table()}</div>
      ) : (
        // The drawing repeats the summary for the eye; tapping it shows the table (the button says so for everyone).
        <div class="chart__drawing" aria-hidden="true" onClick={toggle}>
          {children}
        </div>
      )}
      <button type="button" class="chart__toggle" aria-pressed={asTable} data-action="toggle-table" onClick={toggle}>
        {asTable ? statsT('showChart') : statsT('showTable')}
      </button>
    </figure>
  );
}

interface BarChartProps {
  values: readonly number[];
  /** Axis labels under some bars (index → text). */
  labels: ReadonlyMap<number, string>;
  /** Bars drawn in the accent colour (e.g. today). */
  highlight?: number;
}

const WIDTH = 320;
const HEIGHT = 120;
const AXIS = 18;

/** Plain vertical bars scaled to the largest value, with its value written at the top left. */
export function BarChart({ values, labels, highlight }: BarChartProps) {
  const max = Math.max(1, ...values);
  const slot = WIDTH / Math.max(1, values.length);
  const gap = Math.min(2, slot * 0.2);
  return (
    <svg class="bars" viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`} role="presentation">
      <line class="bars__axis" x1={0} x2={WIDTH} y1={HEIGHT + 0.5} y2={HEIGHT + 0.5} />
      <text class="bars__max" x={2} y={10}>
        {max}
      </text>
      {values.map((value, i) => {
        const h = (value / max) * (HEIGHT - 14);
        return (
          <rect
            key={i}
            class={i === highlight ? 'bars__bar bars__bar--highlight' : 'bars__bar'}
            x={i * slot + gap / 2}
            y={HEIGHT - h}
            width={slot - gap}
            height={h}
            data-index={i}
            data-value={value}
          />
        );
      })}
      {[...labels].map(([i, text]) => (
        <text key={i} class="bars__label" x={Math.min(WIDTH - 2, i * slot + slot / 2)} y={HEIGHT + AXIS - 4} text-anchor={i === 0 ? 'start' : 'middle'}>
          {text}
        </text>
      ))}
    </svg>
  );
}

/** A two-column table (label, value) for a chart's table view. */
export function PairsTable({ head, rows }: { head: [string, string]; rows: readonly [string, string | number][] }) {
  return (
    <table class="stats-table">
      <thead>
        <tr>
          <th scope="col">{head[0]}</th>
          <th scope="col">{head[1]}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
