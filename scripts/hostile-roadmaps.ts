// Hostile roadmaps generated in code (not committed as huge files): the compiler's tests and `npm run bench:decks` use them.

/** `n` sections, each with one definition card: the 100,000-section input is about 3 MB. */
export function manySections(n: number): string {
  const parts = ['# 大路线\n'];
  for (let i = 0; i < n; i++) parts.push(`## 第 ${i} 节\n- 术语${i}：解释${i}\n`);
  return parts.join('\n');
}

/** A list nested `depth` levels on one line: `- - - … x`. */
export const listNestedOnOneLine = (depth: number): string => `# 深列表\n\n${'- '.repeat(depth)}x\n`;

/** `depth` nested blockquotes on one line: `> > > … x`. */
export const quotesNestedOnOneLine = (depth: number): string => `# 深引用\n\n${'> '.repeat(depth)}x\n`;

/** A list nested `depth` levels, one level per line, each indented two more spaces (≈ depth² bytes). */
export function listNestedPerLine(depth: number): string {
  const lines = ['# 深列表', ''];
  for (let k = 0; k < depth; k++) lines.push(`${'  '.repeat(k)}- 第${k}层：说明`);
  return `${lines.join('\n')}\n`;
}

/** Blockquotes nested `depth` levels, one more `>` per line (≈ depth²/2 bytes). */
export function quotesNestedPerLine(depth: number): string {
  const lines = ['# 深引用', ''];
  for (let k = 1; k <= depth; k++) lines.push(`${'>'.repeat(k)} 第${k}层`);
  return `${lines.join('\n')}\n`;
}
