import { type ChildProcess, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { createInterface } from 'node:readline';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../src/adapters/db/tables.ts';
import { sleep } from '../../src/app/retry.ts';
import { scratchDatabase } from './scratch-database.ts';

// Real processes for the fault tests: the Node server as a child we can SIGKILL, the fake LINE API in
// its own process, and a TCP proxy in front of Postgres we can cut (the machine's Postgres keeps running).

const root = new URL('../..', import.meta.url).pathname;
export const PROCESS_SECRET = 'fault-test-secret';

const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

function launch(args: string[], env: Record<string, string>, output: string[]): ChildProcess {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream }).on('line', (line) => output.push(line));
  }
  return child;
}

export interface FakeLineProcess {
  url: string;
  receipts(): Promise<{ to: string; via: 'reply' | 'push'; at: number; key: string | null }[]>;
  replyTokens(userIds: string[]): Promise<string[]>;
  fail(path: string, status: number, times: number): Promise<void>;
  stop(): void;
}

export async function startFakeLine(): Promise<FakeLineProcess> {
  const output: string[] = [];
  const child = launch(['src/entry/fake-line.ts', '0'], { FAKE_LINE_RATE: '0' }, output);
  let url = '';
  for (let i = 0; i < 200 && !url; i++) {
    const line = output.find((l) => l.includes('"fakeLine"'));
    if (line) url = (JSON.parse(line) as { fakeLine: string }).fakeLine;
    else await sleep(50);
  }
  if (!url) throw new Error(`fake LINE did not start: ${output.join('\n')}`);
  const post = async (path: string, body: unknown) =>
    (await fetch(`${url}${path}`, { method: 'POST', body: JSON.stringify(body) })).json();
  return {
    url,
    async receipts() {
      return ((await (await fetch(`${url}/__fake/tally`)).json()) as { receipts: never[] }).receipts;
    },
    async replyTokens(userIds) {
      return ((await post('/__fake/reply-tokens', { userIds })) as { replyTokens: string[] }).replyTokens;
    },
    async fail(path, status, times) {
      await post('/__fake/fail', { path, status, times });
    },
    stop: () => child.kill('SIGKILL'),
  };
}

export interface ServerProcess {
  url: string;
  output: string[];
  child: ChildProcess;
  kill(): Promise<void>;
}

export async function startServer(env: Record<string, string>, port: number): Promise<ServerProcess> {
  const output: string[] = [];
  const child = launch(
    ['src/entry/node.ts'],
    {
      PORT: String(port),
      LINE_CHANNEL_SECRET: PROCESS_SECRET,
      LINE_CHANNEL_ACCESS_TOKEN: 'fault-test-token',
      INBOX_ORDER_WINDOW_MS: '20',
      LOG_LEVEL: 'info',
      ...env,
    },
    output,
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/healthz`)).ok) {
        return {
          url,
          output,
          child,
          async kill() {
            if (child.exitCode !== null) return;
            const exited = new Promise((r) => child.once('exit', r));
            child.kill('SIGKILL');
            await exited;
          },
        };
      }
    } catch {}
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error(`server did not become healthy:\n${output.slice(-20).join('\n')}`);
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  await new Promise((r) => server.close(r));
  return typeof address === 'object' && address ? address.port : 0;
}

/** A TCP proxy to Postgres that a test can cut (every connection dropped, new ones refused) and restore. */
export class CuttableProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private isCut = false;
  private readonly target: { host: string; port: number };
  port = 0;

  constructor(target: { host: string; port: number }) {
    this.target = target;
  }

  async start(): Promise<void> {
    this.server = createServer((client) => {
      if (this.isCut) {
        client.destroy();
        return;
      }
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }

  /** Postgres "goes away": open connections die mid-query and new ones are refused. */
  cut(): void {
    this.isCut = true;
    for (const socket of this.sockets) socket.destroy();
  }

  restore(): void {
    this.isCut = false;
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise((r) => this.server?.close(r));
  }

  /** DATABASE_URL through this proxy. */
  urlFor(databaseUrl: string): string {
    const url = new URL(databaseUrl);
    url.hostname = '127.0.0.1';
    url.port = String(this.port);
    return url.toString();
  }
}

/** Sends one event as LINE does: signed with the channel secret. */
export async function postEvents(serverUrl: string, events: unknown[]): Promise<number> {
  const body = JSON.stringify({ destination: 'Ufault', events });
  const signature = createHmac('sha256', PROCESS_SECRET).update(body).digest('base64');
  try {
    const response = await fetch(`${serverUrl}/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-line-signature': signature },
      body,
    });
    return response.status;
  } catch {
    return 0;
  }
}

/** A database of its own for a fault test (small pool: the servers under test bring their own). */
export const faultDatabase = () => scratchDatabase('lfd_fault', 2);

let eventSeq = 0;

/** The five taps of a walk from friend-add to a referral with contact over LINE, as LINE events. */
export const WALK = ['follow', 'text', 'offer:yes', 'consent:yes', 'contact:line'] as const;

export function walkEvent(step: number, user: string, replyToken: string, timestamp = Date.now()) {
  const id = `01FAULT${process.pid}${String(++eventSeq).padStart(12, '0')}`;
  const base = {
    mode: 'active',
    timestamp,
    webhookEventId: id,
    deliveryContext: { isRedelivery: false },
    source: { type: 'user', userId: user },
    replyToken,
  };
  const kind = WALK[step];
  if (kind === 'follow') return { ...base, type: 'follow', follow: { isUnblocked: false } };
  if (kind === 'text')
    return {
      ...base,
      type: 'message',
      message: { id, type: 'text', text: '家賃が払えません', quoteToken: 'q' },
    };
  return { ...base, type: 'postback', postback: { data: kind } };
}

/** Waits until the inbox and the outbox hold nothing pending. */
export async function settled(db: Kysely<Database>, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const { rows } = await sql<{ inbox: number; outbox: number }>`
      SELECT (SELECT count(*) FROM inbox_events WHERE status = 'pending')::int AS inbox,
             (SELECT count(*) FROM outbox WHERE status = 'pending')::int AS outbox`.execute(db);
    if (rows[0]?.inbox === 0 && rows[0]?.outbox === 0) return;
    await sleep(100);
  }
  throw new Error('still pending');
}
