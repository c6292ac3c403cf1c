// Drill (/drill/<node id>, loaded lazily): setup, the questions weakest first with keys 1–4 / Enter / Y / N, results; attempts recorded as they are given.
// The drill wears the study screen's top bar, progress bar, card and answer bar: their styles, now that Study loads lazily too.
import '../study/study.css';
import '../study/answer-bar.css';
import './drill.css';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { planDrill, prepareChoicePool, summarizeDrill, type ChoicePool } from '../../../core/quiz/index.ts';
import type { Card } from '../../../core/deck/schema.ts';
import type { DrillDeck, Roadcards } from '../../../storage/index.ts';
import { useAppData, useRoadcardsQuery } from '../../data/app-data.tsx';
import { WriteFailure, describeWriteFailure, type UnsavedThing, type WriteFailureInfo } from '../../components/write-failure.tsx';
import { LoadFailed, Loading } from '../../components/status.tsx';
import { t } from '../../i18n.ts';
import { DrillQuestionView, type QuestionHandlers } from './drill-question.tsx';
import { DrillResults } from './drill-results.tsx';
import { DrillSetup, type DrillChoices } from './drill-setup.tsx';
import * as flow from './lib.ts';
import { s } from './drill-strings.ts';
import { watchForKeyboard } from '../study/keyboard-hints.ts';
import { RevealGuard, REVEAL_GUARD_MS } from '../study/reveal-guard.ts';
import { useHoldUpdateWhileOpen } from '../../update/hold-for-screen.ts';

function DrillTop({ run }: { run: flow.DrillRun | null }) {
  const value = run ? Math.min(run.index, run.questions.length) : 0;
  const max = run ? run.questions.length : 0;
  return (
    <div class="study-top">
      <a class="icon-button" href="/" aria-label={t('back')}>
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><path fill="currentColor" d="M15.4 5.4 14 4l-8 8 8 8 1.4-1.4L8.8 12z" /></svg>
      </a>
      {run && (
        <div class="study-top__progress">
          <div class="progress" role="progressbar" aria-label={t('drillProgress')} aria-valuemin={0} aria-valuenow={value} aria-valuemax={max}>
            <div class="progress__fill" style={{ width: `${max === 0 ? 100 : Math.round((value / max) * 100)}%` }} />
          </div>
          <span class="study-top__figures">{value} / {max}</span>
        </div>
      )}
    </div>
  );
}

function newDrillId(now: number): string {
  return `drill-${now}-${globalThis.crypto?.randomUUID?.() ?? Math.random().toString(36).slice(2)}`;
}

function DrillSession({ deck, initialOwnDate }: { deck: DrillDeck; initialOwnDate: number | null }) {
  const data = useAppData();
  const [ownDate, setOwnDate] = useState(initialOwnDate);
  const [inherited, setInherited] = useState(initialOwnDate === null ? deck.interviewDate : null);
  const [choices, setChoices] = useState<DrillChoices | null>(null);
  const [run, setRun] = useState<flow.DrillRun | null>(null);
  /** A write that failed: which one (the drill record or the interview date), why, and how to try it again. */
  const [failure, setFailure] = useState<{ what: UnsavedThing; info: WriteFailureInfo; retry: () => void } | null>(null);
  const drillId = useRef('');
  const pool = useRef<ChoicePool | null>(null);
  const recording = useRef<Promise<unknown>>(Promise.resolve());
  const nextButton = useRef<HTMLButtonElement>(null);
  const runRef = useRef(run);
  runRef.current = run;
  // A flashcard's judges take the reveal button's place: the second tap of a double tap must not judge.
  const guard = useRef(new RevealGuard(REVEAL_GUARD_MS)).current;
  const [judgesReady, setJudgesReady] = useState(false);
  const revealed = run?.revealed ?? false;
  useEffect(() => {
    setJudgesReady(false);
    if (!revealed) return;
    const timer = setTimeout(() => setJudgesReady(true), REVEAL_GUARD_MS);
    return () => clearTimeout(timer);
  }, [revealed, run?.index]);
  // A drill in progress is like a card on screen: a newer version reloads only once the learner leaves it.
  useHoldUpdateWhileOpen(() => recording.current);

  /** `count` overrides the setup's count without changing it (the missed ones are drilled all). */
  const begin = (cards: readonly Card[], picked: DrillChoices, count: flow.DrillCount = picked.count) => {
    const now = data.now();
    pool.current ??= prepareChoicePool(deck.roadmapCards);
    const plan = planDrill(cards, deck.states, {
      count,
      interviewDate: flow.planningDate(picked.day, now),
      rng: Math.random,
      weights: deck.weights,
      // Reference cards borrow distractors from each other, not from the concepts.
      pool: picked.includeReference ? prepareChoicePool([...deck.roadmapCards, ...deck.referenceCards]) : pool.current,
      reference: picked.includeReference ? 'include' : 'skip',
    });
    drillId.current = newDrillId(now);
    setChoices(picked);
    setRun(flow.startRun(plan.questions.map((planned) => planned.question), now));
  };

  // Every answer is kept as soon as it is given; the same drill id makes a repeated call record only the new ones.
  const attempts = run?.attempts;
  const record = (list: NonNullable<typeof attempts>, options: Parameters<Roadcards['recordDrill']>[1]) => {
    recording.current = recording.current
      .then(() => data.ready)
      .then((roadcards) => roadcards.recordDrill(list, options))
      .then(
        () => setFailure((current) => (current?.what === 'drill' ? null : current)),
        // The same drill id: retrying records only what is missing.
        (error: unknown) => setFailure({ what: 'drill', info: describeWriteFailure(error), retry: () => record(list, options) }),
      );
  };
  useEffect(() => {
    if (!attempts?.length || !choices) return;
    record(attempts, { countAsReviews: choices.countAsReviews, now: data.now(), drillId: drillId.current, nodeId: deck.nodeId });
  }, [attempts]);

  // A long question may have been scrolled: each new one starts at the top.
  const index = run?.index;
  useEffect(() => {
    if (document.scrollingElement) document.scrollingElement.scrollTop = 0;
  }, [index]);

  const answer = run?.answer;
  useEffect(() => {
    if (answer) nextButton.current?.focus();
  }, [answer]);

  const update = (change: (current: flow.DrillRun) => flow.DrillRun) => setRun((current) => (current ? change(current) : current));
  const handlers: QuestionHandlers = {
    onPick: (option) => update((r) => flow.pick(r, option)),
    onSubmitTyped: (typed) => update((r) => flow.submitTyped(r, typed)),
    onOverride: (outcome) => update((r) => flow.override(r, outcome)),
    onReveal: () => {
      if (!runRef.current?.revealed) guard.revealed();
      update(flow.reveal);
    },
    onJudge: (knew) => {
      if (guard.tooSoon()) return;
      update((r) => flow.judge(r, knew, data.now()));
    },
  };
  const goOn = () => update((r) => flow.next(r, data.now()));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const current = runRef.current;
      const key = flow.drillKey(event);
      if (!current || !key || flow.isFinished(current)) return;
      const action = flow.actionForKey(current, key);
      if (!action) return;
      event.preventDefault();
      if (action.kind === 'pick') handlers.onPick(action.option);
      else if (action.kind === 'next') goOn();
      else if (action.kind === 'reveal') handlers.onReveal();
      else if (action.kind === 'judge') handlers.onJudge(action.knew);
      else handlers.onOverride(action.outcome);
    };
    window.addEventListener('keydown', onKey);
    const stopWatching = watchForKeyboard();
    return () => {
      window.removeEventListener('keydown', onKey);
      stopWatching();
    };
  }, []);

  const finished = run !== null && flow.isFinished(run);
  const summary = useMemo(() => (finished && run ? summarizeDrill(run.attempts) : null), [finished, run]);

  const saveDate = async (date: number | null) => {
    try {
      const roadcards = await data.ready;
      await roadcards.setInterviewDate(deck.nodeId, date);
      // Cleared: an ancestor's date may apply now, and only storage knows the node's ancestry.
      setInherited(date === null ? ((await roadcards.drillDeck(deck.nodeId, data.now()))?.interviewDate ?? null) : null);
      setOwnDate(date);
      setFailure((current) => (current?.what === 'interviewDate' ? null : current));
    } catch (error) {
      setFailure({ what: 'interviewDate', info: describeWriteFailure(error), retry: () => void saveDate(date) });
    }
  };

  const title = deck.path[deck.path.length - 1] ?? deck.nodeId;
  return (
    <div class="screen screen--drill" data-screen="drill" data-node-id={deck.nodeId}>
      <DrillTop run={run} />
      {failure && <WriteFailure what={failure.what} failure={failure.info} onRetry={failure.retry} />}
      {!run && (
        <>
          <h1 class="screen-title">{t('drillTitle', { title })}</h1>
          {deck.path.length > 1 && <p class="drill-path">{deck.path.slice(0, -1).join(' › ')}</p>}
          {deck.cards.length === 0 && <p class="empty">{t('noDrillCards')}</p>}
          <DrillSetup deck={deck} ownDate={ownDate} inherited={inherited} now={data.now()} initial={choices} onSaveDate={saveDate} onStart={(picked) => begin(picked.includeReference ? [...deck.cards, ...deck.referenceCards] : deck.cards, picked)} />
        </>
      )}
      {run && !finished && (
        <>
          <h1 class="visually-hidden">{s('drillHeading', { title })}</h1>
          <DrillQuestionView run={run} handlers={handlers} nextRef={nextButton} onNext={goOn} countAsReviews={choices?.countAsReviews ?? false} judgesReady={judgesReady} />
        </>
      )}
      {summary && choices && (
        <DrillResults
          summary={summary}
          nodePath={deck.path}
          onDrillMissed={() => begin([...deck.cards, ...deck.referenceCards].filter((card) => summary.missedCardIds.includes(card.id)), choices, 'all')}
          onNewDrill={() => setRun(null)}
        />
      )}
    </div>
  );
}

export function DrillScreen() {
  const { params } = useRoute();
  const nodeId = params.nodeId ?? '';
  const [loaded, reload] = useRoadcardsQuery(async (roadcards, now) => {
    const [deck, dates] = await Promise.all([roadcards.drillDeck(nodeId, now), roadcards.interviewDates()]);
    return { deck, ownDate: deck ? (dates[deck.nodeId] ?? null) : null };
  }, [nodeId]);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <LoadFailed error={loaded.error} onRetry={reload} />;
  const { deck, ownDate } = loaded.value;
  if (!deck) {
    return (
      <section class="done" data-screen="drill-missing">
        <p>{t('unknownNode', { id: nodeId })}</p>
        <a class="button button--primary" href="/">{t('backHome')}</a>
      </section>
    );
  }
  return <DrillSession key={deck.nodeId} deck={deck} initialOwnDate={ownDate} />;
}
