// One normal form for answers and options, so ＧＯＲＯＵＴＩＮＥ, "Goroutine" and "go routine" compare equal.

// Punctuation of every script (、，。：；（）「」 included) and whitespace carry no meaning in an answer. `#` stays
// because it does (C# is not C); symbols such as + stay for the same reason (C++). Backticks are inline-code marks.
const IGNORED = /[\s\p{P}`]/gu;
const KEPT_PUNCTUATION = /#/u;

/**
 * The form answers are compared in: NFKC (full-width → half-width, compatibility forms folded), case-folded,
 * without spaces or punctuation. Empty when nothing meaningful is left.
 */
export function normalizeAnswer(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(IGNORED, (char) => (KEPT_PUNCTUATION.test(char) ? char : ''));
}

/** Length in characters as a reader counts them (code points, so one CJK character or emoji is 1). */
export function charLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
