// The Roadmaps screen's logic: what the compile report shows, and the file name a pasted roadmap is compiled under.
import { CARD_KINDS, type CardKind } from '../../../core/deck/schema.ts';
import type { FileCompileResult } from '../../../core/deck/compile-file.ts';

export interface ReportProblem {
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface CompileReport {
  title: string;
  file: string;
  deckId: string | null;
  sections: number;
  cards: number;
  /** Kinds with at least one card, in the compiler's order. */
  kinds: [CardKind, number][];
  concept: number;
  reference: number;
  emptySections: number;
  /** Errors first, then warnings, each in line order. */
  problems: ReportProblem[];
  /** Any error: the learner cannot add this file. */
  blocked: boolean;
}

/** The report of one compile, in the terms the screen shows (the CLI prints the same figures). */
export function reportOf(result: FileCompileResult, file: string): CompileReport {
  const { stats, deck } = result;
  const problems = result.problems
    .map(({ line, message, severity }) => ({ line, message, severity }))
    .sort((a, b) => (a.severity === b.severity ? a.line - b.line : a.severity === 'error' ? -1 : 1));
  return {
    title: deck?.title ?? file,
    file,
    deckId: deck?.id ?? null,
    sections: stats.sections,
    cards: stats.cards,
    kinds: CARD_KINDS.filter((kind) => stats.byKind[kind] > 0).map((kind) => [kind, stats.byKind[kind]]),
    concept: stats.byRole.concept,
    reference: stats.byRole.reference,
    emptySections: stats.emptySections.length,
    problems,
    blocked: deck === null || problems.some((p) => p.severity === 'error'),
  };
}

/** `line: message`, the compiler's own words (the file name is already on the report). */
export function problemLine(problem: ReportProblem): string {
  return `${problem.line}: ${problem.message}`;
}

/** A pasted roadmap's file name: what the learner typed, with .md added when it has no roadmap extension. */
export function pastedFileName(typed: string): string {
  const name = typed.trim().replace(/[\\/]/g, '-') || 'my-roadmap';
  return /\.(md|markdown|txt)$/i.test(name) ? name : `${name}.md`;
}

/** Only roadmap files are offered to the compiler: a picked .json or image is refused before it is read. */
export function isRoadmapFileName(name: string): boolean {
  return /\.(md|markdown|txt)$/i.test(name);
}
