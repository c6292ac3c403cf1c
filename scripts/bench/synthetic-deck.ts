// A synthetic compiled deck of N cards (valid per the deck schema) and a copy of dist/ that serves it as the only deck.
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  buildDeckIndexEntry,
  contentHashOf,
  DECK_FORMAT_VERSION,
  explainDeckProblem,
  type Card,
  type Deck,
  type DeckIndex,
  type Section,
} from '../../src/core/deck/index.ts';

export const BENCH_DECK_ID = 'bench-synthetic';

/** Stages of sections of cards, like a long roadmap: `stages × sectionsPerStage` sections share the cards. */
export function syntheticDeck(cardCount: number, stages = 20, sectionsPerStage = 10): Deck {
  const slug = BENCH_DECK_ID;
  const sections: Section[] = [];
  const leaves: Section[] = [];
  for (let s = 0; s < stages; s++) {
    const stage: Section = { id: `${slug}.st${s}`, path: [`阶段${s + 1}`], title: `阶段${s + 1}`, parentId: null, kind: 'stage', line: 1 + s * 1000, cardCount: 0 };
    sections.push(stage);
    for (let c = 0; c < sectionsPerStage; c++) {
      const title = `主题 ${s + 1}.${c + 1}`;
      const leaf: Section = { id: `${stage.id}.c${c}`, path: [stage.title, title], title, parentId: stage.id, kind: 'heading', line: stage.line + 1 + c * 90, cardCount: 0 };
      sections.push(leaf);
      leaves.push(leaf);
    }
  }
  const cards: Card[] = [];
  for (let i = 0; i < cardCount; i++) {
    const leaf = leaves[i % leaves.length]!;
    leaf.cardCount += 1;
    const front = `术语 ${i}：它是什么？`;
    const back = `术语 ${i} 的解释：一段足够长的说明文字，包括 \`code\` 和 **重点**，就像真实路线图里的一条定义。`;
    cards.push({
      id: `${slug}.k${i.toString(36)}`,
      kind: 'definition',
      section: leaf.path,
      sectionId: leaf.id,
      front,
      back,
      source: { file: `${slug}.md`, line: leaf.line + 1 + (i % 80) },
      contentHash: contentHashOf(front, back),
      term: `术语 ${i}`,
      explanation: back,
    });
  }
  const deck: Deck = { formatVersion: DECK_FORMAT_VERSION, id: slug, slug, title: `合成路线图（${cardCount} 张卡）`, file: `${slug}.md`, sections, cards };
  const problem = explainDeckProblem(deck);
  if (problem) throw new Error(`synthetic deck is invalid: ${problem}`);
  return deck;
}

/** Copies `distDir` to `benchDir` and makes the synthetic deck the only one in decks/index.json. */
export async function writeBenchDist(distDir: string, benchDir: string, deck: Deck): Promise<void> {
  await rm(benchDir, { recursive: true, force: true });
  await cp(distDir, benchDir, { recursive: true });
  const decksDir = join(benchDir, 'decks');
  await mkdir(decksDir, { recursive: true });
  const entry = buildDeckIndexEntry(deck);
  const index: DeckIndex = { formatVersion: DECK_FORMAT_VERSION, decks: [entry] };
  await writeFile(join(decksDir, entry.path), JSON.stringify(deck));
  await writeFile(join(decksDir, 'index.json'), JSON.stringify(index, null, 2));
}
