// The compile-decks CLI: writes validated decks, and on bad input prints `file:line: message`, exits non-zero, writes nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { deckIndexSchema, deckSchema } from '../../src/core/deck/index.ts';
import { listNestedOnOneLine, quotesNestedOnOneLine } from '../../scripts/hostile-roadmaps.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const temps: string[] = [];

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'roadcards-cli-'));
  temps.push(dir);
  return dir;
}

function run(src: string, out: string) {
  return spawnSync('npx', ['tsx', 'scripts/compile-decks.ts', '--src', src, '--out', out], { cwd: ROOT, encoding: 'utf8' });
}

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const GOOD = '# 小路线\n\n## 并发\n\n- goroutine：轻量级线程\n- channel：通信管道\n';

describe('compile-decks CLI', { timeout: 120_000 }, () => {
  it('writes an index and one deck per roadmap, all valid, and removes decks whose roadmap is gone', () => {
    const src = temp();
    const out = join(temp(), 'decks');
    writeFileSync(join(src, 'small-roadmap.md'), GOOD);
    writeFileSync(join(src, 'notes.txt'), '# 笔记\n\n- [ ] 能解释 GMP\n');
    writeFileSync(join(src, 'ignored.json'), '{}');
    const first = run(src, out);
    expect(first.status, first.stderr).toBe(0);
    // Both items have their own card, so no list recalls their labels; the report counts the roles.
    expect(first.stdout).toMatch(/small-roadmap\.md: \d+ sections, 2 cards \(definition 2\); concepts 2, reference 0/);
    const index = z.parse(deckIndexSchema, JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')));
    expect(index.decks.map((d) => [d.id, d.path, d.cardCount])).toEqual([
      ['notes', 'notes.json', 1],
      ['small-roadmap', 'small-roadmap.json', 2],
    ]);
    for (const entry of index.decks) z.parse(deckSchema, JSON.parse(readFileSync(join(out, entry.path), 'utf8')));

    rmSync(join(src, 'notes.txt'));
    const second = run(src, out);
    expect(second.status, second.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['index.json', 'small-roadmap.json']);
  });

  it('leaves JSON files alone in a folder it does not own', () => {
    const src = temp();
    const out = temp();
    writeFileSync(join(src, 'a.md'), GOOD);
    writeFileSync(join(out, 'someone-else.json'), '{"keep":true}');
    expect(run(src, out).status).toBe(0);
    expect(readFileSync(join(out, 'someone-else.json'), 'utf8')).toBe('{"keep":true}');
  });

  it('rejects a non-UTF-8 file and an empty file with file:line messages, writing nothing', () => {
    const src = temp();
    const out = join(temp(), 'decks');
    writeFileSync(join(src, 'good.md'), GOOD);
    writeFileSync(join(src, 'latin1.md'), Buffer.concat([Buffer.from('# 标题\n\n- café：'), Buffer.from([0xe9, 0x0a])]));
    writeFileSync(join(src, 'empty.md'), '');
    const result = run(src, out);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`${join(src, 'latin1.md')}:3: not UTF-8 text`);
    expect(result.stderr).toContain(`${join(src, 'empty.md')}:1: empty file`);
    expect(existsSync(out)).toBe(false);
  });

  it('keeps the previous output untouched when a later compile fails', () => {
    const src = temp();
    const out = join(temp(), 'decks');
    writeFileSync(join(src, 'good.md'), GOOD);
    expect(run(src, out).status).toBe(0);
    const before = readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]);
    writeFileSync(join(src, 'good.md'), `${GOOD}- select：多路复用\n`);
    writeFileSync(join(src, 'binary.md'), Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]));
    const failed = run(src, out);
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toContain(`${join(src, 'binary.md')}:1: not a text file`);
    expect(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')])).toEqual(before);
    expect(readdirSync(join(out, '..')).filter((f) => f.startsWith('.decks-staging'))).toEqual([]);
  });

  it('refuses a 50 MB roadmap by its size with a file:line message, writing nothing', () => {
    const src = temp();
    const out = join(temp(), 'decks');
    writeFileSync(join(src, 'good.md'), GOOD);
    writeFileSync(join(src, 'huge.md'), '');
    truncateSync(join(src, 'huge.md'), 50 * 1024 * 1024);
    const result = run(src, out);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`${join(src, 'huge.md')}:1: file is 50.0 MB; a roadmap may be at most 4.0 MB: split it into several files`);
    expect(existsSync(out)).toBe(false);
  });

  it('reports lists and quotes nested thousands deep at their line, with no stack trace, writing nothing', () => {
    const src = temp();
    const out = join(temp(), 'decks');
    writeFileSync(join(src, 'good.md'), GOOD);
    writeFileSync(join(src, 'deep-list.md'), listNestedOnOneLine(1000));
    writeFileSync(join(src, 'deep-quotes.md'), quotesNestedOnOneLine(5000));
    const result = run(src, out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(src, 'deep-list.md')}:5: nesting deeper than 100 levels`);
    expect(result.stderr).toContain(`${join(src, 'deep-quotes.md')}:5: nesting deeper than 100 levels`);
    // Every line is a file:line message or the closing summary: nothing a stack trace would print.
    for (const line of result.stderr.trim().split('\n')) expect(line).toMatch(/^\S+:\d+: |^decks: nothing written to /);
    expect(existsSync(out)).toBe(false);
  });

  it('fails on a folder with no roadmaps', () => {
    const src = temp();
    mkdirSync(join(src, 'sub'));
    const result = run(src, join(temp(), 'out'));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('no .md or .txt roadmaps');
  });
});
