// The few CouchDB HTTP calls sync needs, over fetch: database info and creation, a marker doc, _bulk_docs, _changes.
import type { EventDoc } from '../../core/sync/events.ts';

export interface CouchConfig {
  /** The server's base URL, e.g. https://couch.example.com:6984 (a path prefix is kept). */
  url: string;
  db: string;
  user: string;
  password: string;
}

/** Why a sync failed, in kinds the settings screen words for the learner. */
export type SyncErrorKind = 'offline' | 'unreachable' | 'cors' | 'unauthorized' | 'forbidden' | 'no-database' | 'timeout' | 'server' | 'bad-config';

export class SyncError extends Error {
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** The document that names this database's incarnation: a wiped or recreated database has none, or another id. */
export const MARKER_ID = 'roadcards-sync';

export interface ChangesPage {
  docs: unknown[];
  lastSeq: string;
  /** Rows read, deleted and non-event documents included (fewer than the limit: the feed is drained). */
  rows: number;
}

export class CouchClient {
  /** Bytes of request and response bodies (events and replies): what bench:sync reports. */
  bytesSent = 0;
  bytesReceived = 0;
  /** Milliseconds spent waiting for the server's answers (bench:sync tells it apart from local work). */
  serverMs = 0;
  private readonly base: string;
  private readonly auth: string;

  constructor(
    config: CouchConfig,
    private readonly fetchFn: FetchLike,
    private readonly timeoutMs = 30_000,
  ) {
    let url: URL;
    try {
      url = new URL(config.url);
    } catch {
      throw new SyncError('bad-config', `not a URL: ${config.url}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SyncError('bad-config', `not an http(s) URL: ${config.url}`);
    // CouchDB database names: lowercase letter first, then lowercase letters, digits and _$()+-/.
    if (!/^[a-z][a-z0-9_$()+/-]*$/.test(config.db)) throw new SyncError('bad-config', `not a CouchDB database name: ${config.db}`);
    this.base = `${url.origin}${url.pathname.replace(/\/+$/, '')}/${encodeURIComponent(config.db)}`;
    this.auth = config.user ? `Basic ${base64(`${config.user}:${config.password}`)}` : '';
  }

  /** Creates the database when it is missing (201 made, 412 another device made it first). */
  async ensureDatabase(): Promise<void> {
    const info = await this.request('GET', '');
    if (info.status === 200) return;
    if (info.status !== 404) throw this.failure(info.status, 'database');
    const made = await this.request('PUT', '');
    if (made.status === 201 || made.status === 202 || made.status === 412) return;
    if (made.status === 401 || made.status === 403) {
      throw new SyncError('no-database', 'the database does not exist and this user may not create it');
    }
    throw this.failure(made.status, 'create database');
  }

  /** The marker's id for this database incarnation, created (by this device or a racing one) when missing. */
  async markerId(makeId: () => string): Promise<{ dbId: string; created: boolean }> {
    const read = await this.request('GET', `/${MARKER_ID}`);
    if (read.status === 200) return { dbId: String(((await read.json()) as { dbId?: unknown }).dbId), created: false };
    if (read.status !== 404) throw this.failure(read.status, 'marker');
    const dbId = makeId();
    const put = await this.request('PUT', `/${MARKER_ID}`, { dbId, app: 'roadcards' });
    if (put.status === 201 || put.status === 202) return { dbId, created: true };
    // 409: another device wrote the marker between our read and write; theirs names the database.
    if (put.status === 409) return this.markerId(makeId);
    throw this.failure(put.status, 'marker');
  }

  /** Writes events; a document already there (409 conflict) is the same event, so it counts as stored. */
  async bulkDocs(docs: EventDoc[]): Promise<void> {
    const response = await this.request('POST', '/_bulk_docs', { docs });
    if (response.status !== 201 && response.status !== 200) throw this.failure(response.status, '_bulk_docs');
    const results = (await this.json(response)) as { id: string; error?: string; reason?: string }[];
    const failed = results.find((result) => result.error !== undefined && result.error !== 'conflict');
    if (failed) throw new SyncError(failed.error === 'forbidden' ? 'forbidden' : 'server', `${failed.id}: ${failed.error} ${failed.reason ?? ''}`.trim());
  }

  async changes(since: string, limit: number): Promise<ChangesPage> {
    const query = `?since=${encodeURIComponent(since)}&include_docs=true&limit=${limit}`;
    const response = await this.request('GET', `/_changes${query}`);
    if (response.status !== 200) throw this.failure(response.status, '_changes');
    const body = (await this.json(response)) as { results?: { doc?: unknown; deleted?: boolean }[]; last_seq?: unknown };
    const results = body.results ?? [];
    return { docs: results.filter((row) => !row.deleted).map((row) => row.doc), lastSeq: String(body.last_seq ?? since), rows: results.length };
  }

  private async request(method: string, path: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.auth) headers.authorization = this.auth;
    let payload: string | undefined;
    if (body !== undefined) {
      payload = JSON.stringify(body);
      headers['content-type'] = 'application/json';
      this.bytesSent += new TextEncoder().encode(payload).length;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    let response: Response;
    const started = performance.now();
    try {
      response = await this.fetchFn(this.base + path, { method, headers, body: payload, signal: controller.signal, credentials: 'omit' });
    } catch (error) {
      clearTimeout(timer);
      if (controller.signal.aborted) throw new SyncError('timeout', `no answer within ${Math.round(this.timeoutMs / 1000)} s`);
      throw await this.networkFailure(error);
    }
    clearTimeout(timer);
    this.serverMs += performance.now() - started;
    if (response.status === 401) throw new SyncError('unauthorized', 'the server refused the user name or password');
    return response;
  }

  /**
   * A fetch that failed outright: offline, nothing listening, or (in a browser) CORS. A no-cors request reaches a
   * server that merely lacks CORS headers, so its success tells CORS apart from an unreachable server.
   */
  private async networkFailure(error: unknown): Promise<SyncError> {
    const nav = (globalThis as { navigator?: { onLine?: boolean } }).navigator;
    if (nav?.onLine === false) return new SyncError('offline', 'this device is offline');
    if (typeof (globalThis as { document?: unknown }).document !== 'undefined') {
      try {
        await this.fetchFn(this.base, { mode: 'no-cors', credentials: 'omit' });
        return new SyncError('cors', 'the server answered, but does not allow this site (CORS)');
      } catch {
        // Not reachable even without CORS: fall through.
      }
    }
    return new SyncError('unreachable', `cannot reach the server (${error instanceof Error ? error.message : String(error)})`);
  }

  /** The body read as text first, so the bytes received are counted whatever the transfer encoding. */
  private async json(response: Response): Promise<unknown> {
    const started = performance.now();
    const text = await response.text();
    this.serverMs += performance.now() - started;
    this.bytesReceived += new TextEncoder().encode(text).length;
    return JSON.parse(text) as unknown;
  }

  private failure(status: number, what: string): SyncError {
    if (status === 403) return new SyncError('forbidden', `${what}: this user may not use the database (403)`);
    if (status === 404) return new SyncError('no-database', `${what}: not found (404)`);
    return new SyncError('server', `${what}: HTTP ${status}`);
  }
}

/** UTF-8 then base64: btoa alone refuses a password with characters beyond Latin-1. */
function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
