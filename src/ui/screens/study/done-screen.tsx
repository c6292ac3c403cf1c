// The end of a session: how many cards were reviewed (distinct cards, and answers when cards came back) and when this node's next card is due.
import { formatDueTime, formatRelative } from '../../format.ts';
import { t } from '../../i18n.ts';
import type { StudyView } from './lib.ts';
import { s } from './study-strings.ts';
import { ReferenceReviewToggle } from './reference-review-toggle.tsx';

/** `onRestart` starts the session again: after reference cards are switched on or off for the node. */
export function DoneScreen({ view, nodeId, now, onRestart }: { view: StudyView; nodeId: string; now: number; onRestart: () => void }) {
  const empty = view.node !== null && view.node.total === 0;
  if ((view.nodeMissing || empty) && view.reviewed === 0) {
    return (
      <section class="done" data-screen="done">
        <ReferenceReviewToggle nodeId={nodeId} onSwitched={onRestart} otherwise={<p>{empty ? t('emptyNode') : t('unknownNode', { id: nodeId })}</p>} />
        <a class="button button--primary" href="/">{t('backHome')}</a>
      </section>
    );
  }
  const next = view.nextDue;
  return (
    <section class="done" data-screen="done" data-waiting={view.waiting ? 'true' : undefined}>
      <h2 class="done__title">{view.waiting ? t('nothingDue') : t('doneTitle')}</h2>
      {view.node && <p class="done__node">{view.node.title}</p>}
      {view.reviewedCards > 0 && (
        <p data-role="done-count">
          {view.reviewed > view.reviewedCards
            ? s('doneCardsAndAnswers', { n: view.reviewedCards, answers: view.reviewed })
            : s('doneCards', { n: view.reviewedCards })}
        </p>
      )}
      <p class="done__next" data-role="next-due" data-next-due={view.nextDueKnown && next !== null ? next : undefined}>
        {!view.nextDueKnown ? t('loading') : next === null ? t('noNextDue') : t('nextDueAt', { relative: formatRelative(next, now), time: formatDueTime(next, now) })}
      </p>
      {!view.nodeMissing && <ReferenceReviewToggle nodeId={nodeId} onSwitched={onRestart} />}
      <a class="button button--primary" href="/">{t('backHome')}</a>
    </section>
  );
}
