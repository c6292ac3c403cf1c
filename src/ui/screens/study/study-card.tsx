// The card on screen: breadcrumb, front, and once revealed the back; it carries data-card-id and data-side for the browser tests.
import type { StudyItem } from '../../../core/review-contract.ts';
import { CardText } from '../../components/card-text.tsx';
import { t } from '../../i18n.ts';
import type { Side } from './lib.ts';

export function breadcrumb(item: StudyItem, deckTitles: ReadonlyMap<string, string>): string[] {
  const deckTitle = deckTitles.get(item.state.deckId);
  return deckTitle ? [deckTitle, ...item.card.section] : [...item.card.section];
}

interface StudyCardProps {
  item: StudyItem;
  side: Side;
  deckTitles: ReadonlyMap<string, string>;
  onReveal: () => void;
}

export function StudyCard({ item, side, deckTitles, onReveal }: StudyCardProps) {
  const crumbs = breadcrumb(item, deckTitles);
  return (
    <article
      class={`study-card study-card--${side}`}
      data-card-id={item.card.id}
      data-side={side}
      aria-live="polite"
      onClick={side === 'front' ? onReveal : undefined}
    >
      <nav class="breadcrumb" aria-label={crumbs.join(' › ')}>
        {crumbs.map((crumb, index) => (
          <span key={index} class="breadcrumb__item">{crumb}</span>
        ))}
        {item.updated && <span class="badge">{t('updatedCard')}</span>}
      </nav>
      <CardText text={item.card.front} class="study-card__front" />
      {side === 'back' && (
        <>
          <hr class="study-card__divider" />
          <CardText text={item.card.back} class="study-card__back" />
        </>
      )}
    </article>
  );
}
