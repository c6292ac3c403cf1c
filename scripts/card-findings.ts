// Prints, per roadmap in decks/, what a learner would want to skip (src/core/deck/findings.ts) and how many cards
// daily review takes. Usage: npm run bench:cards -- [decks dir]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRoadmap } from '../src/core/deck/index.ts';
import { deckFindings, type DeckFindings } from '../src/core/deck/findings.ts';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'decks';
const columns: [keyof DeckFindings, string][] = [
  ['cards', 'cards'],
  ['inReview', 'in-review'],
  ['reference', 'reference'],
  ['planInReview', 'plan-in-review'],
  ['selfChecks', 'self-checks'],
  ['stockSelfChecks', 'stock-backs'],
  ['looseAnswers', 'loose-answers'],
  ['targetSelfChecksInReview', 'target-checks'],
  ['bareLabelLists', 'bare-label-lists'],
  ['giveAwayFronts', 'give-away'],
  ['syllabusBacks', 'syllabus-backs'],
  ['sequences', 'sequences'],
  ['unorderedSequences', 'unordered'],
  ['sameBackGroups', 'same-back-groups'],
  ['sameBackCards', 'same-back-cards'],
  ['nearDuplicatePairs', 'near-dup-pairs'],
  ['listRepeats', 'list-repeats'],
  ['wrongHeading', 'wrong-heading'],
  ['skipWorthy', 'skip-worthy'],
];

const totals = Object.fromEntries(columns.map(([key]) => [key, 0])) as Record<keyof DeckFindings, number>;
console.log('what a learner would skip, per roadmap (counts over cards in daily review unless the column says otherwise)');
console.log(['deck'.padEnd(20), ...columns.map(([, title]) => title.padStart(title.length + 1))].join(''));
for (const file of readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f)).sort()) {
  const text = readFileSync(join(dir, file), 'utf8');
  const { deck } = compileRoadmap(text, file);
  if (!deck) {
    console.error(`${file}: did not compile`);
    process.exitCode = 1;
    continue;
  }
  const found = deckFindings(deck, text);
  for (const [key] of columns) totals[key] += found[key];
  console.log([deck.slug.padEnd(20), ...columns.map(([key, title]) => String(found[key]).padStart(title.length + 1))].join(''));
}
console.log(['all'.padEnd(20), ...columns.map(([key, title]) => String(totals[key]).padStart(title.length + 1))].join(''));
const share = totals.inReview > 0 ? (100 * totals.skipWorthy) / totals.inReview : 0;
console.log(`skip-worthy: ${totals.skipWorthy} of ${totals.inReview} cards in review (${share.toFixed(2)}%) have a bare-label list, a give-away front or a back another card shares (target ≤ 1%)`);
