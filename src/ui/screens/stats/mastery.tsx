// Mastery of the node and of each child: cards by state and the share FSRS expects recalled today, one bar per child.
import type { CardTally } from '../../../core/stats/index.ts';
import type { ChildMastery } from '../../../storage/index.ts';
import { percent } from '../../format.ts';
import { Figure } from './figure.tsx';
import { formatShare } from './lib.ts';
import { statsT } from './strings.ts';

const SEGMENTS = ['mature', 'young', 'learning', 'new'] as const;

function share(tally: CardTally): number {
  return tally.total ? tally.recalled / tally.total : 0;
}

/** A bar split by state (mature first, so a strong stage is mostly solid); the words beside it carry the same counts. */
function StateBar({ tally }: { tally: CardTally }) {
  return (
    <span class="state-bar" aria-hidden="true">
      {SEGMENTS.map((segment) =>
        tally[segment] > 0 ? <span key={segment} class={`state-bar__part state-bar__part--${segment}`} style={{ flexGrow: tally[segment] }} /> : null,
      )}
    </span>
  );
}

function ChildRow({ child, weakest }: { child: ChildMastery; weakest: boolean }) {
  const { tally } = child;
  const pct = percent(share(tally));
  return (
    <li class="mastery-row" data-node-id={child.id} data-recalled={share(tally)}>
      <a class="mastery-row__title" href={`/stats/${encodeURIComponent(child.id)}`}>
        {child.title}
      </a>
      <span class={weakest ? 'mastery-row__share mastery-row__share--weak' : 'mastery-row__share'}>
        {weakest ? statsT('weakest', { share: pct }) : statsT('recalled', { share: pct })}
      </span>
      <StateBar tally={tally} />
      <span class="mastery-row__words">
        {statsT('childLine', { new: tally.new, learning: tally.learning, young: tally.young, mature: tally.mature, share: pct })}
        {tally.suspended > 0 && statsT('childSuspended', { suspended: tally.suspended })}
      </span>
    </li>
  );
}

export function MasterySection({ tally, children, target }: { tally: CardTally; children: ChildMastery[]; target: number }) {
  const studied = children.filter((child) => child.tally.total > child.tally.new);
  const weakest = studied.length > 1 ? studied.reduce((a, b) => (share(b.tally) < share(a.tally) ? b : a)).id : null;
  return (
    <section class="stats-section" aria-labelledby="stats-mastery">
      <h2 id="stats-mastery">{statsT('masterySection')}</h2>
      <div class="figures figures--four">
        <Figure stat="cards-new" value={tally.new} label={statsT('cardsNew')} text={String(tally.new)} />
        <Figure stat="cards-learning" value={tally.learning} label={statsT('cardsLearning')} text={String(tally.learning)} />
        <Figure stat="cards-young" value={tally.young} label={statsT('cardsYoung')} text={String(tally.young)} />
        <Figure stat="cards-mature" value={tally.mature} label={statsT('cardsMature')} text={String(tally.mature)} />
        <Figure stat="cards-suspended" value={tally.suspended} label={statsT('cardsSuspended')} text={String(tally.suspended)} />
      </div>
      <p class="stats-hint" data-stat="recalled-share" data-value={share(tally)}>
        {statsT('recalledShare', { target: formatShare(target), share: percent(share(tally)), recalled: tally.recalled, total: tally.total })}
      </p>
      {children.length > 0 && (
        <ul class="mastery" role="list">
          {children.map((child) => (
            <ChildRow key={child.id} child={child} weakest={child.id === weakest} />
          ))}
        </ul>
      )}
    </section>
  );
}
