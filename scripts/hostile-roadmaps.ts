// Hostile roadmaps generated in code (not committed as huge files): the compiler's tests and `npm run bench:decks` use them.
// Each has a section heading above its hostile part, so the compiler parses it in pieces, as it does real roadmaps.

/** `n` sections, each with one definition card, as short as that can be: 100,000 sections are 2.4 MB. */
export function manySections(n: number): string {
  const parts = ['# 大路线\n'];
  for (let i = 0; i < n; i++) parts.push(`## s${i}\n- t${i}：e\n`);
  return parts.join('\n');
}

/** Images nested `depth` levels in one paragraph: `![![![x](u)](u)](u)`. */
export const imagesNestedOnOneLine = (depth: number): string => `# 深图片\n\n## 节\n\n${'!['.repeat(depth)}x${'](u)'.repeat(depth)}\n`;

/** Emphasis nested `depth` levels: `*a0 *a1 … x* … *`. */
export const emphasisNested = (depth: number): string =>
  `# 深强调\n\n## 节\n\n${Array.from({ length: depth }, (_, i) => `*a${i} `).join('')}x${'*'.repeat(depth)}\n`;

/** Markdown fences nested `depth` deep, each a backtick longer than the one inside it, a card at the bottom. */
export function markdownFencesNested(depth: number): string {
  const lines = ['# 深围栏', ''];
  for (let k = 0; k < depth; k++) lines.push(`${'`'.repeat(depth + 3 - k)}markdown`, `## 第${k}层`);
  lines.push('- 术语：解释');
  for (let k = depth - 1; k >= 0; k--) lines.push('`'.repeat(depth + 3 - k));
  return `${lines.join('\n')}\n`;
}

/** A list nested `depth` levels on one line: `- - - … x`. */
export const listNestedOnOneLine = (depth: number): string => `# 深列表\n\n## 节\n\n${'- '.repeat(depth)}x\n`;

/** `depth` nested blockquotes on one line: `> > > … x`. */
export const quotesNestedOnOneLine = (depth: number): string => `# 深引用\n\n## 节\n\n${'> '.repeat(depth)}x\n`;

/** A list nested `depth` levels, one level per line, each indented two more spaces (≈ depth² bytes). */
export function listNestedPerLine(depth: number): string {
  const lines = ['# 深列表', '', '## 节', ''];
  for (let k = 0; k < depth; k++) lines.push(`${'  '.repeat(k)}- 第${k}层：说明`);
  return `${lines.join('\n')}\n`;
}

/** Blockquotes nested `depth` levels, one more `>` per line (≈ depth²/2 bytes). */
export function quotesNestedPerLine(depth: number): string {
  const lines = ['# 深引用', '', '## 节', ''];
  for (let k = 1; k <= depth; k++) lines.push(`${'>'.repeat(k)} 第${k}层`);
  return `${lines.join('\n')}\n`;
}

/** One paragraph of `n` emphasis marks that never pair (`a* a* …`): micromark's pairing grew with their square. */
export const unpairedMarks = (n: number): string => `# 标记\n\n## 节\n\n${'a* '.repeat(n)}\n`;
