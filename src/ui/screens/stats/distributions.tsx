// Histograms of the node's studied cards: stability, difficulty and recall probability now.
import type { Distributions, Histogram } from '../../../core/stats/index.ts';
import { BarChart, ChartFigure, PairsTable } from './chart.tsx';
import { statsT } from './strings.ts';

type Kind = keyof Distributions;

function bucketName(h: Histogram, i: number, kind: Kind): string {
  const show = (v: number) => (kind === 'retrievability' ? `${Math.round(v * 100)}%` : String(v));
  const low = h.bounds[i]!;
  const high = i + 1 < h.bounds.length ? h.bounds[i + 1]! : h.upper;
  return high === null ? `≥ ${show(low)}` : `${show(low)}–${show(high)}`;
}

function HistogramFigure({ kind, histogram }: { kind: Kind; histogram: Histogram }) {
  const total = histogram.counts.reduce((a, b) => a + b, 0);
  const top = histogram.counts.indexOf(Math.max(...histogram.counts));
  const names = histogram.counts.map((_, i) => bucketName(histogram, i, kind));
  const summary = total === 0 ? statsT('distributionNone') : statsT('distributionSummary', { total, bucket: names[top]!, n: histogram.counts[top]! });
  const labels = new Map([0, histogram.counts.length - 1].map((i) => [i, names[i]!]));
  return (
    <ChartFigure
      id={`dist-${kind}`}
      title={statsT(kind)}
      summary={summary}
      table={() => <PairsTable head={[statsT('bucket'), statsT('count')]} rows={histogram.counts.map((n, i) => [names[i]!, n])} />}
    >
      <BarChart values={histogram.counts} labels={labels} />
    </ChartFigure>
  );
}

export function DistributionsSection({ distributions }: { distributions: Distributions }) {
  return (
    <section class="stats-section" aria-labelledby="stats-distributions">
      <h2 id="stats-distributions">{statsT('distributionsSection')}</h2>
      {(['stability', 'difficulty', 'retrievability'] as const).map((kind) => (
        <HistogramFigure key={kind} kind={kind} histogram={distributions[kind]} />
      ))}
    </section>
  );
}
