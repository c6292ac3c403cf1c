// Prints, per roadmap in decks/, how many cards multiple choice can ask and where their distractors come from.
// Usage: npm run bench:quiz -- [--seeds N] [decks dir]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRoadmap } from '../src/core/deck/index.ts';
import { buildChoiceQuestion, buildCloze, buildTypedQuestion, prepareChoicePool, seededRng } from '../src/core/quiz/index.ts';
import type { Nearness } from '../src/core/quiz/index.ts';

const args = process.argv.slice(2);
const seedsAt = args.indexOf('--seeds');
const seeds = seedsAt >= 0 ? Number(args[seedsAt + 1]) : 1;
const dir = args.find((a, i) => !a.startsWith('--') && (seedsAt < 0 || i !== seedsAt + 1)) ?? 'decks';

interface Row {
  deck: string;
  cards: number;
  choiceKinds: number;
  asked: number;
  fourOptions: number;
  distractors: Record<Nearness, number>;
  typed: number;
  cloze: number;
}

const rows: Row[] = [];
for (const file of readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).sort()) {
  const { deck } = compileRoadmap(readFileSync(join(dir, file), 'utf8'), file);
  if (!deck) {
    console.error(`${file}: did not compile`);
    process.exitCode = 1;
    continue;
  }
  const pool = prepareChoicePool(deck.cards);
  const row: Row = { deck: deck.slug, cards: deck.cards.length, choiceKinds: 0, asked: 0, fourOptions: 0, distractors: { section: 0, stage: 0, roadmap: 0 }, typed: 0, cloze: 0 };
  for (const card of deck.cards) {
    if (['definition', 'list', 'sequence', 'table-row'].includes(card.kind)) row.choiceKinds++;
    if (buildTypedQuestion(card, pool)) row.typed++;
    if (buildCloze(card, seededRng(card.id), pool)) row.cloze++;
    // Several seeds average the distractor origins over different directions and picked items.
    for (let seed = 0; seed < seeds; seed++) {
      const question = buildChoiceQuestion(card, pool, seededRng(`${card.id}#${seed}`));
      if (!question) continue;
      if (seed === 0) row.asked++;
      if (question.options.length === 4) row.fourOptions++;
      for (const from of question.distractorSources) row.distractors[from]++;
    }
  }
  rows.push(row);
}

const pct = (part: number, whole: number) => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`);
console.log(`multiple choice per roadmap (distractor origins over ${seeds} seed(s) per card)`);
console.log('deck                  cards  choice-kind  asked-as-MC  4-option  distractors  same-section  same-stage  roadmap  typed  cloze');
for (const r of rows) {
  const total = r.distractors.section + r.distractors.stage + r.distractors.roadmap;
  console.log(
    [
      r.deck.padEnd(20),
      String(r.cards).padStart(6),
      String(r.choiceKinds).padStart(12),
      `${r.asked} (${pct(r.asked, r.cards)})`.padStart(13),
      pct(r.fourOptions, r.asked * seeds).padStart(9),
      String(total).padStart(12),
      `${r.distractors.section} (${pct(r.distractors.section, total)})`.padStart(14),
      `${r.distractors.stage} (${pct(r.distractors.stage, total)})`.padStart(12),
      `${r.distractors.roadmap} (${pct(r.distractors.roadmap, total)})`.padStart(9),
      String(r.typed).padStart(6),
      String(r.cloze).padStart(6),
    ].join(' '),
  );
}
