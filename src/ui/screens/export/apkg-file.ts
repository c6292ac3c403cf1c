// Writes an Anki package: the collection rows into a legacy `collection.anki21` SQLite file (sql.js), zipped with fflate.
import type { SqlJsStatic } from 'sql.js';
import { strToU8, zipSync } from 'fflate';
import type { AnkiCollection } from '../../../core/anki/collection.ts';

/** Anki's schema 11, the layout `collection.anki21` in a legacy .apkg has (what Anki's own schema11.sql creates). */
const SCHEMA_11 = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null,
  dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null,
  tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null,
  usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null,
  factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null,
  lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

function insertAll(db: import('sql.js').Database, table: string, rows: readonly (string | number)[][]): void {
  if (rows.length === 0) return;
  const statement = db.prepare(`INSERT INTO ${table} VALUES (${rows[0]!.map(() => '?').join(',')})`);
  try {
    for (const row of rows) statement.run(row);
  } finally {
    statement.free();
  }
}

/** The .apkg bytes: `collection.anki21` (the collection) and `media` (none: an empty JSON map). */
export function writeApkg(SQL: SqlJsStatic, collection: AnkiCollection): Uint8Array {
  const db = new SQL.Database();
  try {
    db.run(SCHEMA_11);
    db.run('BEGIN');
    insertAll(db, 'col', [collection.col]);
    insertAll(db, 'notes', collection.notes);
    insertAll(db, 'cards', collection.cards);
    insertAll(db, 'revlog', collection.revlog);
    db.run('COMMIT');
    const sqlite = db.export();
    return zipSync({ 'collection.anki21': sqlite, media: strToU8('{}') }, { level: 6 });
  } finally {
    db.close();
  }
}
