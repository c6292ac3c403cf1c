// A deploy in a test: a tiny static server whose folder can be swapped mid-session, and a "next version" of dist/
// made from a copy (every chunk renamed as a rebuild renames it, cards retired from a deck, sw.js changed).
import { createServer, type Server } from 'node:http';
import { cp, mkdtemp, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface SwappableSite {
  url: string;
  /** From now on every request is answered from `dir` (what a deploy does to a static host). */
  serve(dir: string): void;
  close(): Promise<void>;
}

/** Serves one folder like a static host: files as they are, any other path without an extension → index.html. */
export async function serveSwappable(initialDir: string): Promise<SwappableSite> {
  let root = initialDir;
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
      let file = join(root, path);
      const isFile = await stat(file).then((s) => s.isFile(), () => false);
      if (!isFile) {
        // App routes (/study/<node id>) fall back to the shell; a missing asset is a 404, as on a real host.
        if (path.startsWith('/assets/') || path.startsWith('/decks/') || path === '/sw.js') {
          response.writeHead(404).end('not found');
          return;
        }
        file = join(root, 'index.html');
      }
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      response.end(body);
    })().catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    serve: (dir) => {
      root = dir;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function copyOfDist(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'roadcards-site-'));
  await cp('dist', dir, { recursive: true });
  return dir;
}

interface DeckJson {
  cards: { id: string; sectionId: string }[];
  sections: { id: string; cardCount: number }[];
}
interface IndexJson {
  decks: { id: string; path: string; cardCount: number; contentHash: string }[];
}

/**
 * The next version of the site in `dir` (a copy of the previous one): every JS and CSS chunk gets a new name, as a
 * rebuild with changed code gives them, so the old names are gone from the server and from the new worker's precache;
 * `retire` cards leave their deck; sw.js changes (new precache revisions), so browsers see a new worker.
 */
export async function makeNextVersion(previous: string, deckId: string, retire: readonly string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'roadcards-site-next-'));
  await cp(previous, dir, { recursive: true });
  const renames = new Map<string, string>();
  for (const name of await readdir(join(dir, 'assets'))) {
    if (!/\.(js|css)$/.test(name)) continue;
    const next = name.replace(/\.(js|css)$/, 'n.$1');
    await rename(join(dir, 'assets', name), join(dir, 'assets', next));
    renames.set(name, next);
  }
  const textFiles = ['index.html', 'sw.js', ...[...renames.values()].map((name) => `assets/${name}`)];
  for (const file of textFiles) {
    let text = await readFile(join(dir, file), 'utf8');
    for (const [from, to] of renames) text = text.split(from).join(to);
    await writeFile(join(dir, file), text);
  }

  const index = JSON.parse(await readFile(join(dir, 'decks/index.json'), 'utf8')) as IndexJson;
  const entry = index.decks.find((deck) => deck.id === deckId);
  if (!entry) throw new Error(`no deck ${deckId}`);
  const deck = JSON.parse(await readFile(join(dir, 'decks', entry.path), 'utf8')) as DeckJson;
  for (const id of retire) {
    const card = deck.cards.find((c) => c.id === id);
    if (!card) throw new Error(`no card ${id} in ${deckId}`);
    const section = deck.sections.find((s) => s.id === card.sectionId);
    if (section) section.cardCount -= 1;
  }
  deck.cards = deck.cards.filter((card) => !retire.includes(card.id));
  entry.cardCount = deck.cards.length;
  entry.contentHash += 'n';
  await writeFile(join(dir, 'decks', entry.path), JSON.stringify(deck));
  await writeFile(join(dir, 'decks/index.json'), JSON.stringify(index));

  // A new revision for the shell's page, so the new worker precaches it afresh (a new build's worker differs the
  // same way). Decks are not precached: the worker fetches them network-first, so the new ones arrive as they are.
  let sw = await readFile(join(dir, 'sw.js'), 'utf8');
  const pattern = /"revision":"([0-9a-f]+)","url":"index\.html"/;
  if (!pattern.test(sw)) throw new Error('sw.js has no precache entry for index.html');
  sw = sw.replace(pattern, (_whole, revision: string) => `"revision":"${revision}n","url":"index.html"`);
  await writeFile(join(dir, 'sw.js'), sw);
  return dir;
}
