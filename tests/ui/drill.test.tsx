// The drill screen over real storage (fake-indexeddb): a keyboard drill to its score, typed near misses and overrides, readiness on Home.
import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RoadcardsDb } from '../../src/storage/schema.ts';
import { findNode } from '../../src/ui/screens/study/lib.ts';
import { cardOf, drillFetchJson, ownTexts } from './drill-fixtures.ts';
import { closeApp, findElement, renderApp, type Harness } from './harness.tsx';

let harness: Harness | null = null;
let raw: RoadcardsDb | null = null;
afterEach(async () => {
  raw?.close();
  raw = null;
  await closeApp(harness);
  harness = null;
});

function rawDb(): RoadcardsDb {
  raw ??= new RoadcardsDb(harness!.dbName);
  return raw;
}

function answered(): number {
  return Number(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') ?? -1);
}

async function question(): Promise<HTMLElement> {
  return findElement<HTMLElement>('[data-question-type]');
}

async function startDrill(): Promise<void> {
  fireEvent.click(await findElement('button[data-action="start-drill"]'));
  await findElement('[role="progressbar"]');
}

async function typeAnswer(card: HTMLElement, text: string): Promise<void> {
  const input = card.querySelector<HTMLInputElement>('input[name="answer"]')!;
  fireEvent.input(input, { target: { value: text } });
  fireEvent.submit(input.form!);
  await waitFor(() => expect(card.dataset.outcome).toBeTruthy());
}

/** Answers the question on screen from the keyboard as a learner who knows the deck would, or gets it wrong on purpose. */
async function answerByKeys(right: boolean): Promise<{ cardId: string; type: string }> {
  const element = await question();
  const before = answered();
  const cardId = element.dataset.cardId!;
  const type = element.dataset.questionType!;
  const card = cardOf(cardId);
  if (type === 'choice') {
    const options = [...element.querySelectorAll<HTMLElement>('button[data-option]')].map((b) => b.querySelector('.option__text')!.textContent!.trim());
    const rightIndex = options.findIndex((text) => ownTexts(card).includes(text));
    expect(rightIndex, `${cardId}: ${options.join(' | ')}`).toBeGreaterThanOrEqual(0);
    fireEvent.keyDown(window, { key: String(((right ? rightIndex : rightIndex + 1) % options.length) + 1) });
    await waitFor(() => expect(element.dataset.outcome).toBe(right ? 'correct' : 'wrong'));
    expect(element.querySelector('[data-correct="true"]')?.getAttribute('data-option')).toBe(String(rightIndex + 1));
  } else if (type === 'typed' || type === 'cloze') {
    const shown = [...element.querySelectorAll('.cloze li:not(.cloze__blank)')].map((li) => li.textContent!.trim());
    const expected = type === 'typed' ? card.term! : card.items!.find((item) => !shown.includes(item.trim()))!;
    await typeAnswer(element, right ? expected : '完全不对的答案');
    expect(element.dataset.outcome).toBe(right ? 'correct' : 'wrong');
  } else {
    fireEvent.keyDown(window, { key: 'Enter' });
    await findElement('.answer-bar[data-ready="true"] button[data-judge]'); // judges ignore input for a moment after the reveal
    fireEvent.keyDown(window, { key: right ? '2' : '1' });
  }
  if (type !== 'flashcard') fireEvent.keyDown(window, { key: 'Enter' });
  await waitFor(() => expect(answered()).toBe(before + 1));
  return { cardId, type };
}

describe('drill', () => {
  it('drills a stage from the keyboard to a score, lists the misses with their source, and leaves the schedule alone', async () => {
    harness = renderApp('/drill/hand.s-1', undefined, drillFetchJson);
    const roadcards = await harness.data.ready;
    const countsBefore = findNode(await roadcards.deckTree(harness.clock.now), 'hand')!.counts;
    expect((await findElement('[data-role="drill-readiness"]')).textContent).toContain('准备度 0%');
    expect((document.querySelector<HTMLInputElement>('input[data-role="count-as-reviews"]'))!.checked).toBe(false);
    await startDrill();

    const wrong = new Set<string>();
    const types = new Set<string>();
    let asked = 0;
    while (!document.querySelector('[data-screen="drill-results"]')) {
      const right = asked % 3 !== 2;
      const { cardId, type } = await answerByKeys(right);
      if (!right) wrong.add(cardId);
      types.add(type);
      asked += 1;
    }
    expect(asked).toBe(12); // the stage's 12 cards, fewer than the 20 asked for
    expect([...types].sort()).toEqual(expect.arrayContaining(['choice', 'flashcard']));
    const score = (await findElement('[data-role="score"]'));
    expect(score.dataset).toMatchObject({ right: '8', total: '12' });
    expect(score.textContent).toContain('67%');
    expect(score.textContent).toContain('答对 8 / 12');
    const missed = [...document.querySelectorAll<HTMLElement>('[data-role="missed"] [data-card-id]')];
    expect(new Set(missed.map((li) => li.dataset.cardId))).toEqual(wrong);
    const first = cardOf(missed[0]!.dataset.cardId!);
    expect(missed[0]!.textContent).toContain(`hand.md 第 ${first.source.line} 行`);
    expect(missed[0]!.querySelector('a.missed__source')?.getAttribute('href')).toBe(`/card/${encodeURIComponent(first.id)}`);
    const sections = [...document.querySelectorAll<HTMLElement>('[data-role="by-section"] [data-section-id]')].map((li) => li.dataset.sectionId);
    expect(sections.sort()).toEqual(['hand.s-conc', 'hand.s-err', 'hand.s-mem']);

    // Attempts are kept as drill attempts; card states, the review log and Home's counts are untouched.
    await waitFor(async () => expect(await rawDb().drills.count()).toBe(12));
    expect(await rawDb().logs.count()).toBe(0);
    expect(findNode(await roadcards.deckTree(harness.clock.now), 'hand')!.counts).toEqual(countsBefore);

    fireEvent.click(await findElement('button[data-action="drill-missed"]'));
    await waitFor(() => expect(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuemax')).toBe(String(wrong.size)));
    expect(wrong.has((await question()).dataset.cardId!)).toBe(true);
  });

  it('counts a typed near miss as Hard, and lets the learner override the checker', async () => {
    harness = renderApp('/drill/solo', undefined, drillFetchJson);
    const checkbox = await findElement<HTMLInputElement>('input[data-role="count-as-reviews"]');
    fireEvent.click(checkbox);
    expect(checkbox.checked).toBe(true);
    const grades = async () => (await rawDb().logs.toArray()).map((log) => log.grade);

    // Near miss, kept: right but hard.
    await startDrill();
    const card = await question();
    expect(card.dataset.questionType).toBe('typed');
    expect(card.textContent).toContain('开源的容器编排平台');
    await typeAnswer(card, 'Kubernets');
    expect(card.dataset.outcome).toBe('near');
    expect(card.querySelector('[data-role="verdict"]')!.textContent).toContain('差一点 · 记为「困难」');
    expect(card.querySelector('[data-role="diff"] .diff__missing')?.textContent).toBe('e');
    expect(card.querySelector('[data-role="expected"]')?.textContent).toBe('Kubernetes');
    fireEvent.keyDown(window, { key: 'Enter' });
    expect((await findElement('[data-role="score"]')).dataset).toMatchObject({ right: '1', total: '1' });
    await waitFor(async () => expect(await grades()).toEqual([2]));

    // Near miss, overridden with N: counted wrong, listed as missed.
    fireEvent.click(await findElement('button[data-action="new-drill"]'));
    await startDrill();
    // Pressed at once, while the checked (now read-only) field still has the focus.
    await typeAnswer(await question(), 'kubernets');
    fireEvent.keyDown(document.querySelector('input[name="answer"]')!, { key: 'n' });
    await waitFor(() => expect(document.querySelector<HTMLElement>('[data-question-type]')!.dataset.outcome).toBe('wrong'));
    expect(document.querySelector('[data-role="verdict"]')!.textContent).toContain('已按你的判断计分');
    fireEvent.keyDown(window, { key: 'Enter' });
    expect((await findElement('[data-role="score"]')).dataset).toMatchObject({ right: '0', total: '1' });
    expect(document.querySelector('[data-role="missed"]')!.textContent).toContain('solo.md 第 3 行');
    await waitFor(async () => expect(await grades()).toEqual([2, 1]));

    // A miss the learner knows was right (a synonym): "I was right" by tapping makes it Good.
    fireEvent.click(await findElement('button[data-action="new-drill"]'));
    await startDrill();
    await typeAnswer(await question(), 'k8s');
    expect(document.querySelector<HTMLElement>('[data-question-type]')!.dataset.outcome).toBe('wrong');
    fireEvent.click(await findElement('button[data-action="override-correct"]'));
    fireEvent.click(await findElement('button[data-action="next"]'));
    expect((await findElement('[data-role="score"]')).dataset).toMatchObject({ right: '1', total: '1' });
    await waitFor(async () => expect(await grades()).toEqual([2, 1, 3]));
  });

  it('sets an interview date on a node: Home shows its readiness, and clearing the date removes it', async () => {
    harness = renderApp('/drill/hand.s-1', async (roadcards, now) => {
      for (const id of ['hand.d1', 'hand.d2', 'hand.d3', 'hand.d4']) await roadcards.grade(id, 4, now);
    }, drillFetchJson);
    const date = await findElement<HTMLInputElement>('input[name="interview-date"]');
    fireEvent.input(date, { target: { value: '2026-01-12' } });
    const setupReadiness = (await findElement('[data-role="drill-readiness"]')).textContent!;
    expect(setupReadiness).toMatch(/^准备度 \d+% · 1月12日$/);
    fireEvent.click(await findElement('button[data-action="save-interview"]'));
    await waitFor(() => expect(document.querySelector('[data-role="interview-status"]')!.textContent).toBe('已设为这个节点的面试日期：1月12日'));

    fireEvent.click(document.querySelector<HTMLAnchorElement>('[data-screen="drill"] a[href="/"]')!);
    const shown = await findElement<HTMLAnchorElement>('[data-node-id="hand.s-1"] [data-role="readiness"]');
    expect(shown.textContent).toBe(setupReadiness);
    const stored = findNode(await (await harness.data.ready).deckTree(harness.clock.now), 'hand.s-1')!.readiness!;
    expect(stored.value).toBeGreaterThan(0); // four of twelve cards learnt, recall on the date below 1
    expect(shown.textContent).toContain(`${Math.round(stored.value * 100)}%`);
    expect(document.querySelectorAll('[data-role="readiness"]')).toHaveLength(1); // other nodes have no date

    fireEvent.click(shown);
    fireEvent.click(await findElement('button[data-action="clear-interview"]'));
    await waitFor(() => expect(document.querySelector('[data-role="interview-status"]')!.textContent).toBe('这个节点还没有面试日期。'));
    fireEvent.click(document.querySelector<HTMLAnchorElement>('[data-screen="drill"] a[href="/"]')!);
    await findElement('[data-screen="home"] [data-node-id="hand"]');
    expect(document.querySelector('[data-role="readiness"]')).toBeNull();
  });
});
