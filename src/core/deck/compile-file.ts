// One roadmap file's bytes → deck or problems, exactly as `npm run decks` compiles it: the CLI and the app's Worker both call this.
import { compileRoadmap, emptyStats, type CompileResult } from './compile.ts';
import { decodeRoadmap } from './decode.ts';
import type { Problem } from './problems.ts';

/** A file that could not be read as a roadmap has the stats of an empty one, so a report shows it all the same. */
export type FileCompileResult = CompileResult;

function failed(problem: Problem): FileCompileResult {
  return { deck: null, problems: [problem], stats: emptyStats() };
}

/**
 * Decodes (size, UTF-8, NUL checks) and compiles one file. Never throws: a compiler bug the limits did not foresee
 * still becomes a `file:line: message`, never a stack trace, in the CLI and in the app alike.
 */
export function compileRoadmapFile(bytes: Uint8Array, file: string): FileCompileResult {
  const decoded = decodeRoadmap(bytes, file);
  if (!decoded.ok) return failed(decoded.problem);
  try {
    return compileRoadmap(decoded.text, file);
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const message = `the compiler failed on this file (${reason}); please report it with the file`;
    return failed({ file, line: 1, severity: 'error', message });
  }
}
