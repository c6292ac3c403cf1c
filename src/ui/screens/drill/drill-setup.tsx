// Drill setup: how many questions, the interview date (set or cleared on the node, readiness for it), the count-as-reviews
// and include-reference switches, Start.
import './drill-setup.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { readinessAt } from '../../../core/quiz/index.ts';
import type { DrillDeck } from '../../../storage/index.ts';
import { formatDay, percent } from '../../format.ts';
import { defineStrings, t } from '../../i18n.ts';
import { DRILL_COUNTS, dayInputValue, interviewTimeOf, planningDate, type DrillCount } from './lib.ts';

export interface DrillChoices {
  count: DrillCount;
  /** The date input's value, YYYY-MM-DD. */
  day: string;
  countAsReviews: boolean;
  /** Also drill the node's reference cards (plans, catalogues); off by default. */
  includeReference: boolean;
}

const own = defineStrings(
  {
    includeReference: '包括参考卡片',
    includeReferenceHint: '本节点另有 {n} 张参考卡片（学习计划、书单、认证、薪资等），默认不测验。',
  },
  {
    includeReference: 'Include reference cards',
    includeReferenceHint: 'This node also has {n} reference cards (plans, reading lists, certifications, salaries), left out by default.',
  },
);

interface SetupProps {
  deck: DrillDeck;
  /** The date set on this very node, or null. */
  ownDate: number | null;
  /** Without a date of its own, the nearest dated ancestor's date still ahead, or null. */
  inherited: number | null;
  now: number;
  initial: DrillChoices | null;
  onSaveDate: (date: number | null) => Promise<void>;
  onStart: (choices: DrillChoices) => void;
}

function InterviewStatus({ ownDate, inherited }: { ownDate: number | null; inherited: number | null }) {
  if (ownDate !== null) return <p class="drill-field__hint" data-role="interview-status">{t('interviewSet', { date: formatDay(ownDate) })}</p>;
  if (inherited !== null) return <p class="drill-field__hint" data-role="interview-status">{t('interviewInherited', { date: formatDay(inherited) })}</p>;
  return <p class="drill-field__hint" data-role="interview-status">{t('interviewNone')}</p>;
}

export function DrillSetup({ deck, ownDate, inherited, now, initial, onSaveDate, onStart }: SetupProps) {
  const [choices, setChoices] = useState<DrillChoices>(
    () => initial ?? { count: 20, day: dayInputValue(ownDate ?? inherited ?? now), countAsReviews: false, includeReference: false },
  );
  const [busy, setBusy] = useState(false);
  const start = useRef<HTMLButtonElement>(null);
  // Enter starts at once: the drill is meant to be run from the keyboard too.
  useEffect(() => start.current?.focus(), []);

  const chosenTime = interviewTimeOf(choices.day);
  const readiness = readinessAt(deck.cards.map((card) => deck.states.get(card.id)), planningDate(choices.day, now), deck.weights);
  const dateIsSaved = ownDate !== null && chosenTime !== null && dayInputValue(ownDate) === choices.day;
  const saveDate = (date: number | null) => {
    setBusy(true);
    void onSaveDate(date).finally(() => setBusy(false));
  };

  return (
    <form
      class="drill-setup"
      data-screen="drill-setup"
      onSubmit={(event) => {
        event.preventDefault();
        onStart(choices);
      }}
    >
      <fieldset class="drill-setup__group">
        <legend class="drill-field__label">{t('drillCount')}</legend>
        <div class="segmented">
          {DRILL_COUNTS.map((count) => (
            <label key={String(count)} class={choices.count === count ? 'segmented__item segmented__item--on' : 'segmented__item'}>
              <input
                type="radio"
                name="count"
                value={String(count)}
                checked={choices.count === count}
                onChange={() => setChoices({ ...choices, count })}
              />
              <span>{count === 'all' ? t('drillCountAll', { n: deck.cards.length + (choices.includeReference ? deck.referenceCards.length : 0) }) : count}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div class="drill-setup__group">
        <label class="drill-field">
          <span class="drill-field__label">{t('interviewDate')}</span>
          <input
            class="text-input"
            type="date"
            name="interview-date"
            value={choices.day}
            min={dayInputValue(now)}
            onInput={(event) => setChoices({ ...choices, day: (event.currentTarget as HTMLInputElement).value })}
          />
        </label>
        <p class="readiness readiness--large" data-role="drill-readiness" data-value={readiness.toFixed(4)}>
          {t('readiness', { percent: percent(readiness), date: formatDay(planningDate(choices.day, now)) })}
        </p>
        <p class="drill-field__hint">{t('readinessHint')}</p>
        <InterviewStatus ownDate={ownDate} inherited={inherited} />
        <div class="drill-setup__date-actions">
          {!dateIsSaved && chosenTime !== null && (
            <button type="button" class="button" data-action="save-interview" disabled={busy} onClick={() => saveDate(chosenTime)}>
              {t('saveInterview')}
            </button>
          )}
          {ownDate !== null && (
            <button type="button" class="button button--quiet" data-action="clear-interview" disabled={busy} onClick={() => saveDate(null)}>
              {t('clearInterview')}
            </button>
          )}
        </div>
      </div>

      <label class="drill-field drill-field--toggle drill-setup__group">
        <input
          type="checkbox"
          name="count-as-reviews"
          data-role="count-as-reviews"
          checked={choices.countAsReviews}
          onChange={(event) => setChoices({ ...choices, countAsReviews: (event.currentTarget as HTMLInputElement).checked })}
        />
        <span>
          <span class="drill-field__label">{t('countAsReviews')}</span>
          <small class="drill-field__hint">{choices.countAsReviews ? t('countAsReviewsOn') : t('countAsReviewsOff')}</small>
        </span>
      </label>

      {deck.referenceCards.length > 0 && (
        <label class="drill-field drill-field--toggle drill-setup__group">
          <input
            type="checkbox"
            name="include-reference"
            data-role="include-reference"
            checked={choices.includeReference}
            onChange={(event) => setChoices({ ...choices, includeReference: (event.currentTarget as HTMLInputElement).checked })}
          />
          <span>
            <span class="drill-field__label">{own('includeReference')}</span>
            <small class="drill-field__hint">{own('includeReferenceHint', { n: deck.referenceCards.length })}</small>
          </span>
        </label>
      )}

      <div class="answer-bar">
        <button type="submit" ref={start} class="button button--primary button--reveal" data-action="start-drill" disabled={deck.cards.length === 0 && !choices.includeReference}>
          <span>{t('startDrill')}</span>
          <small class="keys-only">{t('nextHint')}</small>
        </button>
      </div>
    </form>
  );
}
