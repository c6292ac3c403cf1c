// Loads sql.js and its WASM for the Anki export only: a lazy chunk, the .wasm a Vite asset fetched on first export.
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';

let loading: Promise<SqlJsStatic> | null = null;

export function loadSqlJs(): Promise<SqlJsStatic> {
  return (loading ??= initSqlJs({ locateFile: () => wasmUrl }).catch((error: unknown) => {
    loading = null;
    throw error;
  }));
}
