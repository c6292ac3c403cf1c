// Starts pouchdb-server (CouchDB's HTTP API, from npm) on a loopback port with CORS and an admin: for sync tests and bench:sync.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

export const COUCH_ADMIN = { user: 'learner', password: 'correct horse' };

export interface CouchServer {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Stops the server for good and deletes its files. */
  stop(): Promise<void>;
  /** SIGKILLs the process, keeping its files (what a crash mid-sync does). */
  kill(): Promise<void>;
  /** Starts it again on the same port and files (after kill). */
  restart(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited (${child.exitCode}):\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`pouchdb-server did not start within 30 s:\n${log()}`);
}

/**
 * LevelDOWN on disk (its prebuilt binary ships inside the npm package: nothing is downloaded), so a killed server
 * restarts with its data; `inMemory` for the benchmark's throwaway server.
 */
export async function startCouchServer(options: { inMemory?: boolean } = {}): Promise<CouchServer> {
  const dir = await mkdtemp(join(tmpdir(), 'roadcards-couch-'));
  await mkdir(join(dir, 'data'));
  const config = {
    admins: { [COUCH_ADMIN.user]: COUCH_ADMIN.password },
    httpd: { enable_cors: true },
    cors: { origins: '*', credentials: true, methods: 'GET, PUT, POST, HEAD, DELETE', headers: 'accept, authorization, content-type, origin, referer' },
    log: { file: join(dir, 'log.txt'), level: 'warning' },
  };
  await writeFile(join(dir, 'config.json'), JSON.stringify(config));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const bin = createRequire(import.meta.url).resolve('pouchdb-server/bin/pouchdb-server');
  let child: ChildProcess;
  let output = '';
  const launch = async () => {
    const args = [bin, '--port', String(port), '--host', '127.0.0.1', '--dir', join(dir, 'data'), '--config', join(dir, 'config.json'), '--no-stdout-logs'];
    if (options.inMemory) args.push('--in-memory');
    child = spawn(process.execPath, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitUntilUp(url, child, () => output);
  };
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  };
  await launch();
  return {
    url,
    kill,
    restart: launch,
    stop: async () => {
      await kill();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
