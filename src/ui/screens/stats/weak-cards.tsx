// The studied cards the learner is likeliest to have forgotten, each opening its card info.
import type { WeakCard } from '../../../storage/index.ts';
import { percent } from '../../format.ts';
import { statsT } from './strings.ts';

export function WeakCards({ cards }: { cards: WeakCard[] }) {
  return (
    <section class="stats-section" aria-labelledby="stats-weak">
      <h2 id="stats-weak">{statsT('weakCards')}</h2>
      {cards.length === 0 ? (
        <p class="stats-hint">{statsT('weakCardsNone')}</p>
      ) : (
        <ol class="weak-cards">
          {cards.map((card) => (
            <li key={card.cardId}>
              <a href={`/card/${encodeURIComponent(card.cardId)}`} data-card-id={card.cardId}>
                <span class="weak-cards__front">{card.front}</span>
                <span class="weak-cards__share">{statsT('recalled', { share: percent(card.retrievability) })}</span>
              </a>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
