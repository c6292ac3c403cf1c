// Renders a card's plain text as Preact elements: `code` spans, "• " and "1. " lines as lists, other newlines as breaks — never as HTML.
import type { ComponentChildren, VNode } from 'preact';

type Block =
  | { kind: 'lines'; lines: string[] }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'numbers'; items: string[]; start: number };

const BULLET = /^\s*[•·\-*]\s+(.*)$/;
const NUMBERED = /^\s*(\d+)[.、)]\s+(.*)$/;

/** Groups consecutive lines of the same kind, so a run of "• " lines becomes one list. */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const last = blocks[blocks.length - 1];
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet) {
      if (last?.kind === 'bullets') last.items.push(bullet[1] ?? '');
      else blocks.push({ kind: 'bullets', items: [bullet[1] ?? ''] });
    } else if (numbered) {
      if (last?.kind === 'numbers') last.items.push(numbered[2] ?? '');
      else blocks.push({ kind: 'numbers', items: [numbered[2] ?? ''], start: Number(numbered[1]) });
    } else if (last?.kind === 'lines') {
      last.lines.push(line);
    } else {
      blocks.push({ kind: 'lines', lines: [line] });
    }
  }
  return blocks.filter((block) => block.kind !== 'lines' || block.lines.some((line) => line.trim() !== ''));
}

/** Backtick spans become <code>; everything else stays text, so markup in the roadmap is shown, not run. */
export function renderInline(text: string): ComponentChildren[] {
  const parts: ComponentChildren[] = [];
  const pattern = /`([^`]+)`/g;
  let from = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match.index > from) parts.push(text.slice(from, match.index));
    parts.push(<code key={match.index}>{match[1]}</code>);
    from = match.index + match[0].length;
  }
  if (from < text.length) parts.push(text.slice(from));
  return parts;
}

function renderLines(lines: string[]): ComponentChildren[] {
  const trimmed = trimBlankEdges(lines);
  const out: ComponentChildren[] = [];
  trimmed.forEach((line, index) => {
    if (index > 0) out.push(<br key={`br${index}`} />);
    out.push(...renderInline(line));
  });
  return out;
}

function trimBlankEdges(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]?.trim() === '') start++;
  while (end > start && lines[end - 1]?.trim() === '') end--;
  return lines.slice(start, end);
}

export function CardText({ text, class: className }: { text: string; class?: string }): VNode {
  const blocks = splitBlocks(text);
  return (
    <div class={className ? `card-text ${className}` : 'card-text'}>
      {blocks.map((block, index) => {
        if (block.kind === 'bullets') {
          return <ul key={index}>{block.items.map((item, i) => <li key={i}>{renderInline(item)}</li>)}</ul>;
        }
        if (block.kind === 'numbers') {
          return (
            <ol key={index} start={block.start}>
              {block.items.map((item, i) => <li key={i}>{renderInline(item)}</li>)}
            </ol>
          );
        }
        return <p key={index}>{renderLines(block.lines)}</p>;
      })}
    </div>
  );
}
