// One drill question on screen: multiple choice, typed answer, cloze or flashcard; it carries data-card-id, data-question-type and, once answered, data-outcome.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Ref } from 'preact';
import type { ChoiceQuestion, ClozeQuestion, DrillQuestion, FlashcardQuestion, TypedQuestion } from '../../../core/quiz/index.ts';
import { CardText, renderInline } from '../../components/card-text.tsx';
import { getLocale, t, type MessageKey } from '../../i18n.ts';
import type { Answer, DrillRun } from './lib.ts';
import { s } from './drill-strings.ts';

export interface QuestionHandlers {
  onPick: (option: number) => void;
  onSubmitTyped: (typed: string) => void;
  onOverride: (outcome: 'correct' | 'wrong') => void;
  onReveal: () => void;
  onJudge: (knew: boolean) => void;
}

/** The question line in the UI language: the core's Chinese wording as is, rebuilt from the parts for English. */
export function promptOf(question: DrillQuestion): string {
  if (getLocale() === 'zh' || question.type === 'flashcard') return question.prompt;
  if (question.type === 'typed') return t('promptTyped');
  if (question.type === 'cloze') return t('promptCloze', { subject: question.subject });
  // A mapping card is asked as a mapping in English too (its Chinese prompt ends as the card's front does).
  if (question.variant === 'term-to-explanation' && question.prompt.endsWith('用什么实现？')) return s('promptImplements', { subject: question.subject });
  if (question.variant === 'term-to-explanation' && question.prompt.endsWith('有哪些？')) return s('promptMembers', { subject: question.subject });
  const keys: Record<ChoiceQuestion['variant'], MessageKey> = {
    'term-to-explanation': 'promptTermToExplanation',
    'explanation-to-term': 'promptExplanationToTerm',
    'list-member': 'promptListMember',
    'table-cell': 'promptTableCell',
  };
  return t(keys[question.variant], { subject: question.subject, header: question.header ?? '' });
}

function Choice({ question, answer, onPick }: { question: ChoiceQuestion; answer: Answer | null; onPick: (option: number) => void }) {
  return (
    <>
      {question.variant === 'explanation-to-term' && <CardText text={question.subject} class="drill-card__subject" />}
      <ol class="options" aria-label={s('options')}>
        {question.options.map((option, index) => {
          const picked = answer?.picked === index;
          const state = !answer ? '' : option.correct ? ' option--correct' : picked ? ' option--wrong' : ' option--faded';
          // Told in words and a mark, not by colour alone.
          const mark = !answer ? null : option.correct ? '✓' : picked ? '✗' : null;
          const note = !answer ? null : option.correct ? s('correctOption') : picked ? s('yourPick') : null;
          return (
            <li key={index}>
              <button
                type="button"
                class={`option${state}`}
                data-option={index + 1}
                data-correct={answer ? String(option.correct) : undefined}
                aria-pressed={answer ? answer.picked === index : undefined}
                onClick={() => onPick(index)}
              >
                <span class="option__key" aria-hidden={mark ? 'true' : undefined}>{mark ?? <kbd class="keys-only">{index + 1}</kbd>}</span>
                <span class="option__text">
                  {note && <strong class="option__note">{note}{option.correct && picked ? ` · ${s('yourPick')}` : ''}</strong>}
                  {renderInline(option.text)}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </>
  );
}

const VERDICT_LABELS = { correct: 'verdictCorrect', near: 'verdictNear', wrong: 'verdictWrong' } as const;
const VERDICT_MARKS = { correct: '✓', near: '≈', wrong: '✗' } as const;

/** The grade a verdict is recorded as, only when answers count as reviews: otherwise the schedule is left alone. */
function verdictLine(outcome: Answer['outcome'], countAsReviews: boolean): string {
  return countAsReviews ? t(VERDICT_LABELS[outcome]) : s(VERDICT_LABELS[outcome]);
}

function TypedCheck({ answer, expected, countAsReviews, onOverride }: { answer: Answer; expected: string; countAsReviews: boolean; onOverride: QuestionHandlers['onOverride'] }) {
  const check = answer.check;
  return (
    <div class={`verdict verdict--${answer.outcome}`} data-role="verdict" data-verdict={check?.verdict}>
      <p class="verdict__line"><span aria-hidden="true">{VERDICT_MARKS[answer.outcome]} </span>{verdictLine(answer.outcome, countAsReviews)}</p>
      {!countAsReviews && <p class="verdict__note">{s('notCounted')}</p>}
      {check && check.verdict !== 'exact' && check.diff.length > 0 && (
        <p class="diff" data-role="diff" aria-label={answer.typed}>
          {check.diff.map((segment, index) => (
            <span key={index} class={`diff__${segment.op}`}>{segment.text}</span>
          ))}
        </p>
      )}
      <p class="verdict__expected">
        {t('expectedAnswer')}: <strong data-role="expected">{expected}</strong>
      </p>
      {answer.overridden && <p class="verdict__note">{t('overridden')}</p>}
      <div class="verdict__overrides">
        {answer.outcome !== 'correct' && (
          <button type="button" class="button" data-action="override-correct" onClick={() => onOverride('correct')}>{t('overrideRight')}</button>
        )}
        {answer.outcome !== 'wrong' && (
          <button type="button" class="button" data-action="override-wrong" onClick={() => onOverride('wrong')}>{t('overrideWrong')}</button>
        )}
      </div>
      <p class="keys-hint keys-only">{t('overrideKeys')}</p>
    </div>
  );
}

function Typed({ question, answer, countAsReviews, handlers }: { question: TypedQuestion | ClozeQuestion; answer: Answer | null; countAsReviews: boolean; handlers: QuestionHandlers }) {
  const [typed, setTyped] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!answer) input.current?.focus();
  }, [answer === null]);
  return (
    <>
      {question.type === 'typed' ? (
        <CardText text={question.subject} class="drill-card__subject" />
      ) : (
        <ul class="cloze">
          {question.slots.map((slot, index) => (
            <li key={index} class={slot.blank ? 'cloze__blank' : undefined}>{slot.blank ? (answer ? question.answer : '？') : renderInline(slot.text)}</li>
          ))}
        </ul>
      )}
      <form
        class="typed-form"
        onSubmit={(event) => {
          event.preventDefault();
          handlers.onSubmitTyped(typed);
        }}
      >
        <input
          ref={input}
          class="text-input typed-form__input"
          name="answer"
          value={typed}
          readOnly={answer !== null}
          aria-label={t('typeHere')}
          placeholder={t('typeHere')}
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          enterKeyHint="done"
          onInput={(event) => setTyped((event.currentTarget as HTMLInputElement).value)}
        />
        {!answer && <button type="submit" class="button button--primary" data-action="check">{t('check')}</button>}
      </form>
      {answer && <TypedCheck answer={answer} expected={question.answer} countAsReviews={countAsReviews} onOverride={handlers.onOverride} />}
    </>
  );
}

function Flashcard({ question, revealed, ready, handlers }: { question: FlashcardQuestion; revealed: boolean; ready: boolean; handlers: QuestionHandlers }) {
  if (!revealed) {
    return (
      <div class="answer-bar">
        <button type="button" class="button button--primary button--reveal" data-action="reveal" onClick={handlers.onReveal}>
          <span>{t('reveal')}</span>
          <small class="keys-only">{t('nextHint')}</small>
        </button>
      </div>
    );
  }
  return (
    <>
      <hr class="study-card__divider" />
      <CardText text={question.back} class="drill-card__back" />
      {question.selfCheck && <p class="keys-hint">{t('selfCheckHint')}</p>}
      <p class="keys-hint keys-only">{t('flashcardKeys')}</p>
      {/* In the fixed bar at the bottom, where the thumb is. */}
      <div class="answer-bar answer-bar--judges" data-ready={ready ? 'true' : 'false'}>
        <button type="button" class="button judge judge--wrong" data-judge="wrong" aria-disabled={ready ? undefined : 'true'} onClick={() => handlers.onJudge(false)}>{t('notYet')}</button>
        <button type="button" class="button judge judge--correct" data-judge="correct" aria-disabled={ready ? undefined : 'true'} onClick={() => handlers.onJudge(true)}>{t('knewIt')}</button>
      </div>
    </>
  );
}

interface QuestionViewProps {
  run: DrillRun;
  handlers: QuestionHandlers;
  nextRef: Ref<HTMLButtonElement>;
  onNext: () => void;
  /** Whether answers are recorded as reviews: the verdict names the grade only then. */
  countAsReviews: boolean;
  /** False for a moment after a flashcard's reveal: its judges ignore input (no double-tap judging). */
  judgesReady: boolean;
}

export function DrillQuestionView({ run, handlers, nextRef, onNext, countAsReviews, judgesReady }: QuestionViewProps) {
  const question = run.questions[run.index];
  if (!question) return null;
  const answer = run.answer;
  return (
    <>
      <article
        class="drill-card"
        data-card-id={question.card.id}
        data-question-type={question.type}
        data-outcome={answer?.outcome}
        aria-live="polite"
      >
        <nav class="breadcrumb" aria-label={question.card.section.join(' › ')}>
          {question.card.section.map((crumb, index) => <span key={index} class="breadcrumb__item">{crumb}</span>)}
        </nav>
        {question.type === 'flashcard' ? <CardText text={question.prompt} class="drill-card__prompt" /> : <p class="drill-card__prompt">{renderInline(promptOf(question))}</p>}
        {question.type === 'choice' && <Choice question={question} answer={answer} onPick={handlers.onPick} />}
        {(question.type === 'typed' || question.type === 'cloze') && <Typed key={run.index} question={question} answer={answer} countAsReviews={countAsReviews} handlers={handlers} />}
        {question.type === 'flashcard' && <Flashcard question={question} revealed={run.revealed} ready={judgesReady} handlers={handlers} />}
      </article>
      {answer && (
        <div class="answer-bar">
          <button type="button" ref={nextRef} class="button button--primary button--reveal" data-action="next" onClick={onNext}>
            <span>{t('next')}</span>
            <small class="keys-only">{t('nextHint')}</small>
          </button>
        </div>
      )}
    </>
  );
}
