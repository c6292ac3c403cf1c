// The deck compiler's public surface: roadmap markdown → Deck, plus the helpers scripts and tests use.
export { compileRoadmap, type CompileResult, type CompileStats, type EmptySection } from './compile.ts';
export { compileRoadmapFile, type FileCompileResult } from './compile-file.ts';
export { decodeRoadmap, findInvalidUtf8, type Decoded } from './decode.ts';
export { formatProblem, type Problem } from './problems.ts';
export { MAX_NESTING, MAX_ROADMAP_BYTES, tooLargeProblem } from './limits.ts';
export { cardIdentity, cardIdFor, contentHashOf, identityKey, sectionIdFor, shortHash, slugFromFile } from './ids.ts';
export { buildDeckIndexEntry } from './deck-index.ts';
export * from './schema.ts';
