// Prints, per roadmap in decks/, how many cards multiple choice can ask, where their distractors come from, and
// what a learner would object to (choice-audit.ts): mis-keyed questions, right answers offered as wrong, give-away lengths.
// Usage: npm run bench:quiz -- [--seeds N] [decks dir]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRoadmap } from '../src/core/deck/index.ts';
import { buildChoiceQuestion, buildCloze, buildTypedQuestion, prepareChoicePool, seededRng } from '../src/core/quiz/index.ts';
import type { Nearness } from '../src/core/quiz/index.ts';
import { choiceAuditor } from '../src/core/quiz/choice-audit.ts';

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
  /** Seed-0 questions only; `concept` counts those of concept cards (what a default drill asks). */
  audit: { questions: number; misKeyed: number; contextDropped: number; alsoRight: number; lengthOutliers: number; listMember: number; definition: number };
  conceptAudit: { questions: number; misKeyed: number; alsoRight: number; lengthOutliers: number };
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
  const audit = choiceAuditor(deck.cards);
  const row: Row = {
    deck: deck.slug,
    cards: deck.cards.length,
    choiceKinds: 0,
    asked: 0,
    fourOptions: 0,
    distractors: { section: 0, stage: 0, roadmap: 0 },
    typed: 0,
    cloze: 0,
    audit: { questions: 0, misKeyed: 0, contextDropped: 0, alsoRight: 0, lengthOutliers: 0, listMember: 0, definition: 0 },
    conceptAudit: { questions: 0, misKeyed: 0, alsoRight: 0, lengthOutliers: 0 },
  };
  for (const card of deck.cards) {
    if (['definition', 'list', 'sequence', 'table-row'].includes(card.kind)) row.choiceKinds++;
    if (buildTypedQuestion(card, pool)) row.typed++;
    if (buildCloze(card, seededRng(card.id), pool)) row.cloze++;
    // Several seeds average the distractor origins over different directions and picked items.
    for (let seed = 0; seed < seeds; seed++) {
      const question = buildChoiceQuestion(card, pool, seededRng(`${card.id}#${seed}`));
      if (!question) continue;
      if (seed === 0) {
        row.asked++;
        const found = audit(question);
        const a = row.audit;
        a.questions++;
        if (question.variant === 'list-member') a.listMember++;
        if (question.variant === 'term-to-explanation' || question.variant === 'explanation-to-term') a.definition++;
        a.misKeyed += Number(found.misKeyed);
        a.contextDropped += Number(found.contextDropped);
        a.alsoRight += Number(found.alsoRight.length > 0);
        a.lengthOutliers += Number(found.lengthOutlier);
        if (card.role !== 'reference') {
          const c = row.conceptAudit;
          c.questions++;
          c.misKeyed += Number(found.misKeyed);
          c.alsoRight += Number(found.alsoRight.length > 0);
          c.lengthOutliers += Number(found.lengthOutlier);
        }
      }
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

console.log('\nwhat a learner would object to (seed-0 question of every card; concept cards = a default drill)');
console.log('deck                  questions  mis-keyed  context-dropped  right-as-wrong  length≥1.5×  | concept: questions  mis-keyed  right-as-wrong  length≥1.5×');
const sum = { q: 0, mk: 0, cd: 0, ar: 0, lo: 0, lm: 0, def: 0, cq: 0, cmk: 0, car: 0, clo: 0 };
for (const r of rows) {
  const a = r.audit;
  const c = r.conceptAudit;
  Object.assign(sum, {
    q: sum.q + a.questions, mk: sum.mk + a.misKeyed, cd: sum.cd + a.contextDropped, ar: sum.ar + a.alsoRight, lo: sum.lo + a.lengthOutliers,
    lm: sum.lm + a.listMember, def: sum.def + a.definition, cq: sum.cq + c.questions, cmk: sum.cmk + c.misKeyed, car: sum.car + c.alsoRight, clo: sum.clo + c.lengthOutliers,
  });
  console.log(
    [r.deck.padEnd(20), String(a.questions).padStart(10), String(a.misKeyed).padStart(10), String(a.contextDropped).padStart(16), String(a.alsoRight).padStart(14), String(a.lengthOutliers).padStart(12), ' |', String(c.questions).padStart(19), String(c.misKeyed).padStart(10), String(c.alsoRight).padStart(15), String(c.lengthOutliers).padStart(12)].join(' '),
  );
}
console.log(
  `all: ${sum.q} questions (${sum.def} definition, ${sum.lm} list-member): mis-keyed ${sum.mk}, context dropped ${sum.cd}, right-as-wrong ${sum.ar}, length outliers ${sum.lo}; ` +
    `concept cards: ${sum.cq} questions, mis-keyed ${sum.cmk}, right-as-wrong ${sum.car}, length outliers ${sum.clo}`,
);
