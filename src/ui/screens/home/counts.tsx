// New / learning / due as labelled numbers for the eye and one sentence for a screen reader.
import './counts.css';
import type { DeckTreeNode } from '../../../core/review-contract.ts';
import { t } from '../../i18n.ts';
import { homeT } from './strings.ts';

type CountsValue = DeckTreeNode['counts'];

const KINDS = [
  ['new', 'countNew'],
  ['learning', 'countLearning'],
  ['due', 'countDue'],
] as const;

export function spokenCounts(counts: CountsValue): string {
  return homeT('countsSpoken', { new: counts.new, learning: counts.learning, due: counts.due });
}

/**
 * The numbers (`data-count`, read by the browser tests) each with its word: in the summary (`large`) all three, the
 * word under the number and a zero muted; on a row (one line on a phone) only the non-zero ones, "20 新", the zeros
 * kept in the DOM but not shown. The visible part is hidden from screen readers, which read the sentence instead: in the flow
 * (the summary), or, given an `id`, only as the description of the row's controls (so it is not read twice).
 */
export function Counts({ counts, id, large = false }: { counts: CountsValue; id?: string; large?: boolean }) {
  return (
    <span class={large ? 'counts counts--large' : 'counts'}>
      <span class="counts__visible" aria-hidden="true">
        {KINDS.map(([kind, label]) => (
          <span key={kind} class={counts[kind] === 0 ? 'counts__item counts__item--zero' : 'counts__item'}>
            <span class={counts[kind] === 0 ? 'count count--zero' : `count count--${kind}`} data-count={kind}>
              {counts[kind]}
            </span>
            <span class="counts__label">{t(label)}</span>
          </span>
        ))}
      </span>
      <span class="home-sr-only" id={id} hidden={id !== undefined}>
        {spokenCounts(counts)}
      </span>
    </span>
  );
}
