import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sleep } from '../../src/app/retry.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const WRANGLER = join(ROOT, 'node_modules/wrangler/bin/wrangler.js');

/** A child process in its own group, so stopping it also stops what it started (wrangler → workerd). */
export interface Child {
  process: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

const live = new Set<number>();
// A test runner that exits without running afterAll must not leave wrangler and workerd behind.
process.once('exit', () => {
  for (const pid of live) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {}
  }
});

export function startChild(args: string[], env: Record<string, string> = {}): Child {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid !== undefined) live.add(pid);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  return {
    process: child,
    output: () => output,
    async stop() {
      if (pid === undefined) return;
      const exited = child.exitCode !== null || child.signalCode !== null;
      const exit = exited
        ? Promise.resolve()
        : new Promise<void>((resolve) => child.once('exit', () => resolve()));
      // The whole group, even when the leader has already gone: workerd may outlive wrangler.
      const signal = (name: NodeJS.Signals) => {
        try {
          process.kill(-pid, name);
        } catch {}
      };
      signal('SIGTERM');
      if (!(await Promise.race([exit.then(() => true), sleep(5_000).then(() => false)]))) signal('SIGKILL');
      live.delete(pid);
    },
  };
}

/** Waits until `read()` finds what it looks for, or fails with the child's output. */
export async function waitFor<T>(
  what: string,
  read: () => Promise<T | null> | T | null,
  child: Child | null,
  timeoutMs: number,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child && child.process.exitCode !== null) break;
    const found = await read();
    if (found !== null) return found;
    await sleep(100);
  }
  throw new Error(`${what}: not within ${timeoutMs} ms${child ? `\n--- output ---\n${child.output()}` : ''}`);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface TempDir {
  path: string;
  write(name: string, text: string): string;
  remove(): void;
}

export function tempDir(prefix: string): TempDir {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return {
    path,
    write(name, text) {
      const file = join(path, name);
      writeFileSync(file, text);
      return file;
    },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}
