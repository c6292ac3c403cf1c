// The UI's pure helpers: card text rendering, language choice, study keys, settings parsing, Home totals.
import { render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CardText, splitBlocks } from '../../src/ui/components/card-text.tsx';
import { pickLocale, loadLocale, setLocale, t } from '../../src/ui/i18n.ts';
import { keyAction } from '../../src/ui/screens/study/keys.ts';
import { fromForm, parseSteps, toForm } from '../../src/ui/screens/settings/lib.ts';
import { summarizeTree } from '../../src/ui/screens/home/lib.ts';
import type { DeckTreeNode } from '../../src/core/review-contract.ts';

afterEach(() => setLocale('zh'));

describe('CardText', () => {
  it('renders backtick spans as code and bullet lines as one list', () => {
    const { container } = render(<CardText text={'用 `go f()` 启动\n• 数据\n• 同步\n之后'} />);
    expect(container.querySelector('code')?.textContent).toBe('go f()');
    expect([...container.querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual(['数据', '同步']);
    expect(container.querySelectorAll('p')).toHaveLength(2);
  });

  it('keeps numbered lines as an ordered list starting at their number', () => {
    const { container } = render(<CardText text={'2. 第二步\n3. 第三步'} />);
    const list = container.querySelector('ol');
    expect(list?.getAttribute('start')).toBe('2');
    expect(list?.querySelectorAll('li')).toHaveLength(2);
  });

  it('shows HTML in the source as text, never as markup', () => {
    const { container } = render(<CardText text={'<img src=x onerror=alert(1)> 和 <b>粗体</b>'} />);
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('turns plain newlines into line breaks inside one paragraph', () => {
    expect(splitBlocks('第一行\n第二行')).toEqual([{ kind: 'lines', lines: ['第一行', '第二行'] }]);
    const { container } = render(<CardText text={'第一行\n第二行'} />);
    expect(container.querySelectorAll('p br')).toHaveLength(1);
  });
});

describe('i18n', () => {
  it('is Chinese by default and for zh-*, English for other languages', () => {
    expect(pickLocale(undefined)).toBe('zh');
    expect(pickLocale('zh-TW')).toBe('zh');
    expect(pickLocale('en-GB')).toBe('en');
    expect(pickLocale('de-DE')).toBe('en');
  });

  it('sets <html lang> and fills placeholders', async () => {
    await loadLocale('en');
    setLocale('en');
    expect(document.documentElement.lang).toBe('en');
    expect(t('doneReviewed', { n: 3 })).toBe('You reviewed 3 cards this session.');
    setLocale('zh');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(t('updateAvailable')).toBe('更新可用');
  });
});

describe('study keys', () => {
  const press = (key: string, extra: Partial<KeyboardEvent> = {}, target: EventTarget | null = document.body) =>
    keyAction({ key, code: '', ctrlKey: false, metaKey: false, altKey: false, repeat: false, target, ...extra });

  it('maps Space/Enter, 1–4, U and Ctrl+Z', () => {
    expect(press(' ')).toEqual({ kind: 'reveal' });
    expect(press('Enter')).toEqual({ kind: 'reveal' });
    expect(press('3')).toEqual({ kind: 'grade', grade: 3 });
    expect(press('U')).toEqual({ kind: 'undo' });
    expect(press('z', { ctrlKey: true })).toEqual({ kind: 'undo' });
    expect(press('5')).toBeNull();
    expect(press('3', { repeat: true })).toBeNull();
  });

  it('leaves typing and other focused controls alone', () => {
    const input = document.createElement('input');
    const link = document.createElement('a');
    document.body.append(input, link);
    expect(press('1', {}, input)).toBeNull();
    expect(press('Enter', {}, link)).toBeNull();
    input.remove();
    link.remove();
  });

  it('lets the focused card info control keep Enter and Space, while a grade button in the bar does not', () => {
    const bar = document.createElement('div');
    bar.className = 'answer-bar';
    const info = document.createElement('button');
    info.dataset.action = 'card-info';
    const grade = document.createElement('button');
    grade.dataset.grade = '3';
    bar.append(info, grade);
    document.body.append(bar);
    expect(press('Enter', {}, info)).toBeNull();
    expect(press(' ', {}, info)).toBeNull();
    expect(press('3', {}, info)).toEqual({ kind: 'grade', grade: 3 });
    expect(press(' ', {}, grade)).toEqual({ kind: 'reveal' });
    bar.remove();
  });
});

describe('settings form', () => {
  const defaults = {
    desiredRetention: 0.9, maximumIntervalDays: 36500, learningSteps: ['1m', '10m'], relearningSteps: ['10m'],
    enableFuzz: true, newPerDay: 20, reviewsPerDay: 200, dayStartHour: 4,
  };

  it('round-trips settings through the form', () => {
    expect(fromForm(toForm(defaults))).toEqual({ ok: true, settings: defaults });
  });

  it('names every field that is out of range or malformed', () => {
    const form = { ...toForm(defaults), desiredRetention: '1.5', learningSteps: '1m 5 min', dayStartHour: '24' };
    expect(fromForm(form)).toEqual({ ok: false, invalid: ['desiredRetention', 'learningSteps', 'dayStartHour'] });
    expect(parseSteps('1m, 10m，1h')).toEqual(['1m', '10m', '1h']);
  });
});

describe('home totals', () => {
  const node = (id: string, counts: DeckTreeNode['counts'], nextDue: number | null): DeckTreeNode => ({
    id, deckId: id, title: id, path: [id], children: [], counts, total: 5, nextDue,
  });

  it('sums the roots and keeps the soonest due time', () => {
    const summary = summarizeTree([node('a', { new: 1, learning: 2, due: 3 }, 500), node('b', { new: 4, learning: 0, due: 1 }, 200)]);
    expect(summary).toEqual({ counts: { new: 5, learning: 2, due: 4 }, nextDue: 200 });
  });
});
