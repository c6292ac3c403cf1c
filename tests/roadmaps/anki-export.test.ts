// Export to Anki: the .apkg opened with SQLite (sql.js, and python3's sqlite3) holds the node's notes, decks A::B::C, fields and revlog.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { compileRoadmapFile } from '../../src/core/deck/compile-file.ts';
import type { Deck } from '../../src/core/deck/schema.ts';
import { exportNodeToApkg } from '../../src/ui/screens/export/lib.ts';
import { DAY, T0 } from '../fixtures/review/clock.ts';
import { closedAfterEach } from '../fixtures/review/db.ts';
import { deckServer } from '../fixtures/review/decks.ts';

const setup = closedAfterEach(afterEach);
const dir = mkdtempSync(join(tmpdir(), 'roadcards-apkg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await initSqlJs();
});

const FILE = 'golang-web-backend.md';
const deck: Deck = compileRoadmapFile(new Uint8Array(readFileSync(join('decks', FILE))), FILE).deck!;

function openApkg(bytes: Uint8Array): { db: Database; files: string[] } {
  const files = unzipSync(bytes);
  expect(new TextDecoder().decode(files.media)).toBe('{}');
  return { db: new SQL.Database(files['collection.anki21']), files: Object.keys(files).sort() };
}

function rows<T = unknown[]>(db: Database, sql: string): T[] {
  return (db.exec(sql)[0]?.values ?? []) as T[];
}

async function studied() {
  const device = await setup();
  await device.rc.syncDecks(deckServer([deck]).fetchJson, T0);
  const [first, second] = deck.cards.filter((card) => card.role !== 'reference');
  await device.rc.grade(first!.id, 3, T0);
  await device.rc.grade(first!.id, 3, T0 + 10 * 60_000);
  await device.rc.grade(second!.id, 1, T0 + 60_000);
  return { ...device, first: first!, second: second! };
}

describe('an .apkg of a roadmap', () => {
  it('holds one note per card with Front, Back, Section and Source, in decks named like the roadmap tree, and no history unless asked', async () => {
    const { rc } = await studied();
    const out = (await exportNodeToApkg(rc, SQL, deck.id, false, T0 + DAY))!;
    expect(out.fileName).toBe(`roadcards-${deck.title.replace(/\s+/g, '-')}.apkg`);
    const { db, files } = openApkg(out.bytes);
    expect(files).toEqual(['collection.anki21', 'media']);
    expect(rows(db, 'SELECT count(*) FROM notes')[0]).toEqual([deck.cards.length]);
    expect(rows(db, 'SELECT count(*) FROM revlog')[0]).toEqual([0]);
    expect(rows(db, 'SELECT DISTINCT type, queue FROM cards')).toEqual([[0, 0]]);
    const [ver, modelsText, decksText] = rows<[number, string, string]>(db, 'SELECT ver, models, decks FROM col')[0]!;
    expect(ver).toBe(11);
    const models = Object.values(JSON.parse(modelsText) as Record<string, { name: string; flds: { name: string }[] }>);
    expect(models.map((m) => [m.name, m.flds.map((f) => f.name)])).toEqual([['Roadcards', ['Front', 'Back', 'Section', 'Source']]]);
    const deckNames = new Map(Object.values(JSON.parse(decksText) as Record<string, { id: number; name: string }>).map((d) => [d.id, d.name]));
    // Every card sits in the deck of its section, `Roadmap::Stage::Section`, and every parent deck exists.
    const byGuid = new Map(rows<[string, string, number]>(db, 'SELECT n.guid, n.flds, c.did FROM notes n JOIN cards c ON c.nid = n.id').map(([guid, flds, did]) => [guid, { fields: flds.split('\x1f'), deck: deckNames.get(did)! }]));
    for (const card of deck.cards) {
      const note = byGuid.get(card.id)!;
      const section = deck.sections.find((s) => s.id === card.sectionId);
      expect(note.deck).toBe([deck.title, ...(section?.path ?? [])].map((t) => t.replace(/::/g, ':').trim() || '-').join('::'));
      expect(note.fields).toHaveLength(4);
      expect(note.fields[3]).toBe(`${FILE}:${card.source.line}`);
      expect(note.fields[0]!.replace(/<br>/g, '\n').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')).toBe(card.front);
    }
    for (const name of deckNames.values()) {
      const parts = name.split('::');
      if (parts.length > 1) expect([...deckNames.values()]).toContain(parts.slice(0, -1).join('::'));
    }
    expect(deckNames.size).toBeGreaterThan(3);
    db.close();
  });

  it('with history: the review log as revlog rows and the FSRS memory state on the studied cards', async () => {
    const { rc, raw, first, second } = await studied();
    const out = (await exportNodeToApkg(rc, SQL, deck.id, true, T0 + DAY))!;
    const { db } = openApkg(out.bytes);
    expect(rows(db, 'SELECT count(*) FROM revlog')[0]).toEqual([await raw.logs.count()]);
    expect(rows(db, 'SELECT ease FROM revlog ORDER BY id')).toEqual([[3], [1], [3]]);
    const state = (await raw.states.get(first.id))!;
    const [type, data, reps] = rows<[number, string, number]>(db, `SELECT c.type, c.data, c.reps FROM cards c JOIN notes n ON c.nid = n.id WHERE n.guid = '${first.id}'`)[0]!;
    expect(type).toBe(state.phase === 2 ? 2 : state.phase);
    expect(reps).toBe(2);
    expect(JSON.parse(data)).toMatchObject({ s: Number(state.stability.toFixed(4)), d: Number(state.difficulty.toFixed(4)), dr: 0.9 });
    const relearned = rows<[number]>(db, `SELECT c.type FROM cards c JOIN notes n ON c.nid = n.id WHERE n.guid = '${second.id}'`)[0]!;
    expect(relearned[0]).toBe(1);
    expect(rows(db, 'SELECT count(*) FROM cards WHERE type = 0')[0]).toEqual([deck.cards.length - 2]);
    db.close();
  });

  it('of a section: only its cards, under the full deck path; python3 sqlite3 reads the same rows', async () => {
    const { rc } = await studied();
    const stage = deck.sections.find((s) => s.parentId === null && deck.sections.some((c) => c.parentId === s.id))!;
    const inStage = new Set(deck.sections.filter((s) => s.path[0] === stage.path[0] && s.path.length >= stage.path.length).map((s) => s.id));
    const expected = deck.cards.filter((card) => inStage.has(card.sectionId)).length;
    const out = (await exportNodeToApkg(rc, SQL, stage.id, false, T0 + DAY))!;
    expect(out.notes).toBe(expected);
    const path = join(dir, 'collection.anki21');
    writeFileSync(path, unzipSync(out.bytes)['collection.anki21']!);
    const python = spawnSync('python3', ['-c', `import sqlite3,sys,json
db = sqlite3.connect(sys.argv[1])
decks = json.loads(db.execute('select decks from col').fetchone()[0])
print(db.execute('select count(*) from notes').fetchone()[0])
print(sorted(set(decks[str(d)]['name'].split('::')[1] for (d,) in db.execute('select did from cards'))))`, path], { encoding: 'utf8' });
    expect(python.status, python.stderr).toBe(0);
    const [count, stages] = python.stdout.trim().split('\n');
    expect(Number(count)).toBe(expected);
    expect(stages).toBe(`['${stage.path[0]}']`);
  });
});
