import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Kysely } from 'kysely';
import { http } from 'msw';
import { type SetupServer, setupServer } from 'msw/node';
import { request as undiciRequest } from 'undici';
import { afterAll, beforeAll, expect } from 'vitest';
import { readMigrations } from '../../src/adapters/db/migration-files.ts';
import { openPglite } from '../../src/adapters/db/pglite.ts';
import { openPostgres } from '../../src/adapters/db/postgres.ts';
import type { Database } from '../../src/adapters/db/tables.ts';
import { FakeLine } from '../../src/adapters/line/fake-line.ts';
import { verifySignatureNode } from '../../src/adapters/line/node-signature.ts';
import { signBody } from '../../src/adapters/line/signature.ts';
import { buildServices, type Services } from '../../src/adapters/services.ts';
import { sleep } from '../../src/app/retry.ts';
import { parseConfig } from '../../src/config.ts';
import { newApp } from '../../src/http/app.ts';
import { nodeListener } from '../../src/http/node-front.ts';
import { scratchDatabase } from './scratch-database.ts';

export type DatabaseKind = 'pglite' | 'postgres';

/** PGlite always; real Postgres too when DATABASE_URL is set (as in CI). */
export const DATABASES: DatabaseKind[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export const SECRET = 'test-channel-secret';

let server: SetupServer | null = null;
let instances = 0;

/** LINE is faked at fetch: msw hands every call for this base URL to a FakeLine. */
function lineServer(): SetupServer {
  if (!server) {
    server = setupServer();
    server.listen({ onUnhandledFrame: 'error' });
  }
  return server;
}

export interface Harness {
  kind: DatabaseKind;
  services: Services;
  app: ReturnType<typeof newApp>;
  /** A request through the harness's front (`HarnessOptions.front`). */
  request(path: string, init?: RequestInit): Promise<Response>;
  fake: FakeLine;
  db: Kysely<Database>;
  logs: string[];
  /** Builds a second server process on the same database (its own pool on Postgres). */
  anotherProcess(): Promise<Services>;
  /** Posts a signed webhook with these events (or a raw body/signature of your own). */
  webhook(events: unknown[], options?: { body?: string; signature?: string | null }): Promise<Response>;
  /** Posts these events, expects LINE's 200 back and waits until they are processed. */
  say(events: unknown[]): Promise<void>;
  /** Processes everything pending and waits until nothing is left. */
  settle(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  env?: Record<string, string>;
  /** Start no background processing: the test drives it with settle(). */
  manual?: boolean;
  /**
   * Which front receives requests: the Hono app (as Workers do; the default) or the Node server's own
   * listener (node-front.ts) over real HTTP on a local port.
   */
  front?: Front;
}

export type Front = 'hono' | 'node';
export const FRONTS: Front[] = ['hono', 'node'];

/** Requests to the Node front travel over real HTTP (undici, which msw leaves alone). */
async function listenNode(app: ReturnType<typeof newApp>, services: Services, manual: boolean) {
  const server = createServer(
    nodeListener(app, services, manual ? () => {} : () => services.processor.kick()),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const request = async (path: string, init: RequestInit = {}) => {
    const answer = await undiciRequest(`${origin}${path}`, {
      method: (init.method ?? 'GET') as 'GET',
      headers: init.headers as Record<string, string>,
      body: (init.body ?? null) as string | Uint8Array | null,
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(answer.headers))
      if (typeof value === 'string') headers.set(name, value);
    const bytes = await answer.body.arrayBuffer();
    return new Response(answer.statusCode === 204 ? null : bytes, { status: answer.statusCode, headers });
  };
  const close = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return { request, close };
}

export async function createHarness(kind: DatabaseKind, options: HarnessOptions = {}): Promise<Harness> {
  const base = `https://api-${++instances}.line.test`;
  const fake = new FakeLine();
  lineServer().use(http.all(`${base}/*`, ({ request }) => fake.app.fetch(request)));
  const { db, url, drop } =
    kind === 'pglite'
      ? { db: openPglite('memory://'), url: null, drop: async () => {} }
      : await scratchDatabase('lfd_test', 10);
  const config = parseConfig({
    LINE_CHANNEL_SECRET: SECRET,
    LINE_CHANNEL_ACCESS_TOKEN: 'test-access-token',
    LINE_API_BASE_URL: base,
    LOG_LEVEL: 'info',
    INBOX_ORDER_WINDOW_MS: '0',
    ...options.env,
  });
  const logs: string[] = [];
  const build = (database: Kysely<Database>) =>
    buildServices(config, {
      db: database,
      // On Postgres the tests run the production split: bookkeeping commits without waiting for disk.
      ...(url ? { bookkeepingDb: openPostgres(url, 4, { relaxedCommit: true }) } : {}),
      migrations: readMigrations(),
      // LINE through fetch, which msw intercepts (the Node server's undici client is tested against a
      // real server in node-http.test.ts and end to end in the process tests).
      verifySignature: verifySignatureNode,
      logWrite: (line) => logs.push(line),
      retry: { attempts: 4, baseMs: 5, sleep },
    });
  const services = await build(db);
  const others: Services[] = [];
  const app = newApp(services, options.manual ? { onRecorded: () => {} } : {});
  const node = options.front === 'node' ? await listenNode(app, services, options.manual ?? false) : null;
  const request = node ? node.request : async (path: string, init?: RequestInit) => app.request(path, init);
  const harness: Harness = {
    kind,
    services,
    app,
    fake,
    db,
    logs,
    async anotherProcess() {
      const other = await build(url ? openPostgres(url, 10) : db);
      others.push(other);
      return other;
    },
    async webhook(events, opts = {}) {
      const body = opts.body ?? JSON.stringify({ destination: 'Ubot', events });
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      const signature = opts.signature === undefined ? await signBody(SECRET, body) : opts.signature;
      if (signature !== null) headers['x-line-signature'] = signature;
      return request('/webhook', { method: 'POST', headers, body });
    },
    request,
    async say(events) {
      expect((await harness.webhook(events)).status).toBe(200);
      await harness.settle();
    },
    async settle(timeoutMs = 15_000) {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        await services.processor.drain();
        const pending = await services.store.inbox.countPending();
        const unsent = await db
          .selectFrom('outbox')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('status', '=', 'pending')
          .executeTakeFirstOrThrow();
        if (pending === 0 && Number(unsent.n) === 0) return;
        await sleep(20);
      }
      throw new Error('events still pending after settle timeout');
    },
    async close() {
      await node?.close();
      await services.processor.stop();
      for (const other of others) {
        await other.processor.stop();
        if (url) await other.store.close();
      }
      if (kind === 'pglite') await db.destroy();
      else {
        await services.store.close();
        await drop({ dbClosed: true });
      }
    },
  };
  return harness;
}

/** One harness for the enclosing describe: created before its tests, closed after them. */
export function useHarness(kind: DatabaseKind, options: HarnessOptions = {}): () => Harness {
  let current: Harness | undefined;
  beforeAll(async () => {
    current = await createHarness(kind, options);
  });
  afterAll(async () => {
    await current?.close();
  });
  return () => {
    if (!current) throw new Error('the harness is ready only inside tests and hooks');
    return current;
  };
}

let eventCounter = 0;

/** LINE-shaped events for a resident; each gets a fresh id, a time and a reply token. */
export function residentEvents(fake: FakeLine, userId: string) {
  const base = (type: string, extra: Record<string, unknown>, at = Date.now() + eventCounter) => ({
    type,
    mode: 'active',
    timestamp: at,
    webhookEventId: `01TEST${String(++eventCounter).padStart(20, '0')}`,
    deliveryContext: { isRedelivery: false },
    source: { type: 'user', userId },
    replyToken: fake.issueReplyToken(userId),
    ...extra,
  });
  return {
    follow: () => base('follow', { follow: { isUnblocked: false } }),
    unfollow: () => base('unfollow', {}),
    text: (text: string, at?: number) =>
      base('message', { message: { id: String(eventCounter), type: 'text', text, quoteToken: 'q' } }, at),
    postback: (data: string) => base('postback', { postback: { data } }),
    sticker: () => base('message', { message: { id: '1', type: 'sticker', packageId: '1', stickerId: '1' } }),
    location: (latitude: number, longitude: number) =>
      base('message', { message: { id: '1', type: 'location', latitude, longitude, address: 'somewhere' } }),
  };
}

/** Rent arrears and a lost job: one concern that is housing and money at once. */
export const CONCERN = '家賃が払えなくて、仕事もなくなりました';
/** A phone number as residents type it on a Japanese keyboard. */
export const PHONE = '０９０－１２３４－５６７８';

/** A Japanese-speaking resident walks the intake to a referral: concern, offer, consent, contact. */
export async function walkToReferral(h: Harness, user: string, contact: 'phone' | 'line') {
  const r = residentEvents(h.fake, user);
  h.fake.setLanguage(user, 'ja');
  await h.say([r.follow()]);
  await h.say([r.text(CONCERN)]);
  await h.say([r.postback('offer:yes')]);
  await h.say([r.postback('consent:yes')]);
  await h.say([r.postback(`contact:${contact}`)]);
  if (contact === 'phone') await h.say([r.text(PHONE)]);
  return r;
}

export function userId(n: number): string {
  return `U${n.toString(16).padStart(32, '0')}`;
}

/** Texts of the messages the fake LINE received for a user (flex as its altText). */
export function textsTo(fake: FakeLine, user: string): string[] {
  return fake.messagesTo(user).map(({ message }) => {
    const m = message as { type: string; text?: string; altText?: string };
    return m.type === 'text' ? (m.text ?? '') : `[${m.type}] ${m.altText ?? ''}`;
  });
}

export function quickRepliesOf(message: unknown): { label: string; data?: string }[] {
  const items = (message as { quickReply?: { items: { action: { label: string; data?: string } }[] } })
    .quickReply?.items;
  return (items ?? []).map((i) => ({
    label: i.action.label,
    ...(i.action.data ? { data: i.action.data } : {}),
  }));
}
