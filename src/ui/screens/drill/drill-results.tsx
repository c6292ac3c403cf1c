// Drill results: the score, then what to do next (drill the missed ones again first), accuracy per section, the missed concepts with their source line.
import './drill-results.css';
import type { DrillSummary } from '../../../core/quiz/index.ts';
import { percent } from '../../format.ts';
import { t } from '../../i18n.ts';

interface ResultsProps {
  summary: DrillSummary;
  /** Titles above the drilled node's sections, left out of each section's name (they are the same for all). */
  nodePath: readonly string[];
  onDrillMissed: () => void;
  onNewDrill: () => void;
}

function sectionName(section: readonly string[], nodePath: readonly string[]): string {
  // The drilled node's own path (below the roadmap title) is a shared prefix: name sections by what differs.
  const shared = nodePath.slice(1);
  let from = 0;
  while (from < shared.length && from < section.length - 1 && section[from] === shared[from]) from++;
  return section.slice(from).join(' › ') || section.join(' › ');
}

export function DrillResults({ summary, nodePath, onDrillMissed, onNewDrill }: ResultsProps) {
  const right = summary.correct + summary.near;
  return (
    <section class="drill-results" data-screen="drill-results">
      <h1 class="drill-results__title">{t('resultsTitle')}</h1>
      <p class="drill-results__score" data-role="score" data-right={right} data-total={summary.total}>
        <strong>{percent(summary.score)}%</strong>
        <span>{t('scoreLine', { right, total: summary.total })}</span>
      </p>

      {/* What to do next comes first: the details below can run to thousands of pixels on a phone. */}
      <div class="drill-results__actions">
        {summary.missed.length > 0 && (
          <button type="button" class="button button--primary" data-action="drill-missed" onClick={onDrillMissed}>
            {t('drillMissed', { n: summary.missed.length })}
          </button>
        )}
        <button type="button" class="button" data-action="new-drill" onClick={onNewDrill}>{t('drillAgain')}</button>
        <a class="button button--quiet" href="/">{t('backHome')}</a>
      </div>

      <h2>{t('bySection')}</h2>
      <ul class="section-accuracy" data-role="by-section">
        {summary.bySection.map((section) => (
          <li key={section.sectionId} data-section-id={section.sectionId}>
            <span class="section-accuracy__name">{sectionName(section.section, nodePath)}</span>
            <span class="section-accuracy__figures">
              {section.right}/{section.asked} · {percent(section.accuracy)}%
            </span>
            <span class="meter" aria-hidden="true">
              <span class="meter__fill" style={{ width: `${percent(section.accuracy)}%` }} />
            </span>
          </li>
        ))}
      </ul>

      <h2>{t('missedTitle')}</h2>
      {summary.missed.length === 0 ? (
        <p class="drill-results__none">{t('noMissed')}</p>
      ) : (
        <ul class="missed" data-role="missed">
          {summary.missed.map((missed) => (
            <li key={missed.cardId} data-card-id={missed.cardId}>
              <strong class="missed__concept">{missed.concept}</strong>
              <span class="missed__where">{missed.section.join(' › ')}</span>
              <a class="missed__source" href={`/card/${encodeURIComponent(missed.cardId)}`}>{t('sourceLine', { file: missed.source.file, line: missed.source.line })}</a>
            </li>
          ))}
        </ul>
      )}

    </section>
  );
}
