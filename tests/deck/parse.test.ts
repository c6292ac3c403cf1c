// Parsing in pieces cut at headings gives exactly the tree one whole parse gives, positions included.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, parseWhole, pieceStarts } from '../../src/core/deck/parse.ts';

const text = fc.oneof(
  fc.constantFrom('goroutine', '并发：GMP', '**粗体**', '`code`', '[链接](./a.md)', '<b>x</b>', '<div>', '<!--', '~~删~~', 'a | b', '`', '~~~', '```'),
  fc.string({ maxLength: 5 }),
);
const indent = fc.constantFrom('', ' ', '  ', '   ', '    ', '\t', ' \t');
const line = fc.oneof(
  text,
  fc.tuple(fc.integer({ min: 1, max: 7 }), fc.constantFrom('', ' ', '  '), text).map(([d, pad, t]) => `${pad}${'#'.repeat(d)} ${t}`),
  fc.constantFrom('#', '##', '#x', '## \r'),
  fc.tuple(indent, fc.constantFrom('```', '````', '~~~', '```go', '```a`b', '``` ', '```\r'), text).map(([i, f, t]) => `${i}${f}${t.length % 2 ? '' : t}`),
  fc.tuple(indent, fc.constantFrom('- ', '* ', '1. ', '10. ', '> ', '- [ ] ', '> - ', '- > '), text).map(([i, b, t]) => `${i}${b}${t}`),
  fc.constantFrom('', '', '   ', '---', '===', '| a | b |', '|---|---|', '| 1 | 2 |', '<!--', '-->', '<div>', '</div>', '<script>', '[ref]: /url', '[ref]', '    code'),
);
const markdown = fc.array(line, { maxLength: 50 }).map((lines) => lines.join('\n'));

describe('parseMarkdown', { timeout: 60_000 }, () => {
  it('equals one whole parse on random markdown, fences, containers and HTML included', () => {
    let cut = 0;
    fc.assert(
      fc.property(markdown, (md) => {
        if (pieceStarts(md).length > 1) cut++;
        expect(parseMarkdown(md, 0).children).toEqual(parseWhole(md).children);
      }),
      { numRuns: Number(process.env.PARSE_RUNS ?? 3000) },
    );
    // The property only speaks for cut documents: most random ones must be cut.
    expect(cut).toBeGreaterThan(450);
  });

  it('equals one whole parse where a fence opened in a quote meets an unquoted closer (a case the property found)', () => {
    for (const md of ['- > ```\n    ```\n#', '> ```\n```\n# x', '- > ~~~\n  > ~~~\n## y']) {
      expect(parseMarkdown(md, 0).children, JSON.stringify(md)).toEqual(parseWhole(md).children);
    }
  });

  it('equals one whole parse on each of the five roadmaps, and cuts each into many pieces', () => {
    for (const file of readdirSync('decks').filter((f) => f.endsWith('.md'))) {
      const roadmap = readFileSync(`decks/${file}`, 'utf8');
      const whole = parseWhole(roadmap);
      expect(parseMarkdown(roadmap), file).toEqual(whole);
      expect(parseMarkdown(roadmap, 0), `${file}, cut at every point`).toEqual(whole);
      expect(pieceStarts(roadmap).length, file).toBeGreaterThan(10);
    }
  });

  it('makes no cut inside a fence or an HTML block, or where a reference definition is used', () => {
    expect(pieceStarts('# a\n```\n# not a heading\n```\n# b\n')).toEqual([0, 28]);
    expect(pieceStarts('# a\n<!--\n# inside a comment\n-->\n# b\n')).toEqual([0, 32]);
    expect(pieceStarts('# a\n<div>\n# inside a block\n\n# b\n')).toEqual([0, 28]);
    expect(pieceStarts('# a\n- item\n  <!--\n# b\n')).toEqual([0]);
    // A roadmap opening with a comment still parses in pieces (one piece took minutes for 16,000 sections).
    const commented = `<!-- 说明 -->\n\n${Array.from({ length: 500 }, (_, i) => `## s${i}\n- t${i}：e\n`).join('\n')}`;
    expect(pieceStarts(commented).length).toBe(501);
    expect(parseMarkdown(commented, 0)).toEqual(parseWhole(commented));
    expect(pieceStarts('# a\n[x]\n# b\n[x]: /url\n')).toEqual([0]);
    // A list item's fence ends at a less indented line, so the cutting stops rather than guess.
    expect(pieceStarts('# a\n1. item\n   ```\n   code\n# b\n')).toEqual([0]);
  });

  it('cuts after a blank line before a column-0 line no list or quote continues, so many lists need no heading', () => {
    expect(pieceStarts('- a\n\ntext\n\n- b\n\n> q\n\n1. c\n\n  indented\n\nend\n')).toEqual([0, 5, 39]);
    const lists = Array.from({ length: 300 }, (_, i) => `- 术语${i}：解释${i}\n\n段落${i}\n`).join('\n');
    expect(pieceStarts(lists).length).toBe(1 + 300); // the start, then each paragraph
    expect(parseMarkdown(lists, 0)).toEqual(parseWhole(lists));
  });
});
