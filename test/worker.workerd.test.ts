import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import flow from '../flows/intake.json' with { type: 'json' };
import { openPostgres } from '../src/adapters/db/postgres.ts';
import { newPgStore } from '../src/adapters/db/store.ts';
import type { Database } from '../src/adapters/db/tables.ts';
import { signBody } from '../src/adapters/line/signature.ts';
import { systemIds } from '../src/adapters/services.ts';
import {
  type Child,
  freePort,
  startChild,
  type TempDir,
  tempDir,
  WRANGLER,
  waitFor,
} from './support/workerd.ts';

// The Worker entry on workerd (`wrangler dev`, local mode, no Cloudflare account), with Hyperdrive's
// local connection string at a fresh database on the local Postgres and LINE_API_BASE_URL at a fake
// LINE API in its own process.
const DATABASE_URL = process.env.DATABASE_URL;
const SECRET = 'workerd-channel-secret';

interface Sent {
  seq: number;
  via: 'reply' | 'push';
  message: {
    type: string;
    text?: string;
    altText?: string;
    quickReply?: { items: { action: { data?: string } }[] };
  };
}

describe('the Worker on workerd, against Postgres and a fake LINE API', () => {
  if (!DATABASE_URL) {
    if (process.env.CI === 'true') {
      it('runs in CI', () => {
        throw new Error('DATABASE_URL is unset: the workerd test needs a Postgres');
      });
    } else {
      it.skip('needs DATABASE_URL (a local Postgres) to start wrangler dev', () => {});
    }
    return;
  }

  const children: Child[] = [];
  let tmp: TempDir;
  let admin: Kysely<Database>;
  let db: Kysely<Database>;
  let name: string;
  let fakeUrl: string;
  let workerUrl: string;
  let wrangler: Child;

  beforeAll(async () => {
    tmp = tempDir('lfd-workerd-');
    admin = openPostgres(DATABASE_URL, 1);
    name = `lfd_workerd_${process.pid}_${Date.now()}`;
    await sql`CREATE DATABASE ${sql.id(name)}`.execute(admin);
    const url = new URL(DATABASE_URL);
    url.pathname = `/${name}`;
    db = openPostgres(url.toString(), 2);

    // As before a deploy: `npm run migrate` against the database the Worker will use.
    const migrate = startChild(['src/entry/migrate.ts'], { DATABASE_URL: url.toString() });
    children.push(migrate);
    const exit = await waitFor('npm run migrate', () => migrate.process.exitCode, null, 20_000);
    if (exit !== 0) throw new Error(`npm run migrate failed:\n${migrate.output()}`);

    const fake = startChild(['src/entry/fake-line.ts', '0']);
    children.push(fake);
    fakeUrl = await waitFor(
      'the fake LINE API',
      () => fake.output().match(/"fakeLine":"([^"]+)"/)?.[1] ?? null,
      fake,
      15_000,
    );

    // Hyperdrive's local binding insists on a password; trust auth ignores it.
    if (!url.password) url.password = 'local';
    const [port, inspector] = [await freePort(), await freePort()];
    const secrets = tmp.write(
      'dev.vars',
      `LINE_CHANNEL_SECRET=${SECRET}\nLINE_CHANNEL_ACCESS_TOKEN=workerd-access-token\n`,
    );
    wrangler = startChild(
      [
        WRANGLER,
        'dev',
        '--ip=127.0.0.1',
        `--port=${port}`,
        `--inspector-port=${inspector}`,
        `--env-file=${secrets}`,
        `--var=LINE_API_BASE_URL:${fakeUrl}`,
        `--persist-to=${tmp.path}/state`,
        '--test-scheduled',
        '--show-interactive-dev-session=false',
      ],
      {
        CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE: url.toString(),
        WRANGLER_SEND_METRICS: 'false',
        // No trip to workers.cloudflare.com for a Request.cf sample: the test needs no network.
        CLOUDFLARE_CF_FETCH_ENABLED: 'false',
        WRANGLER_LOG_PATH: tmp.path,
      },
    );
    children.push(wrangler);
    workerUrl = `http://127.0.0.1:${port}`;
    await waitFor(
      'wrangler dev answering /healthz',
      async () => {
        const res = await fetch(`${workerUrl}/healthz`).catch(() => null);
        return res?.status === 200 ? true : null;
      },
      wrangler,
      60_000,
    );
  }, 90_000);

  afterAll(async () => {
    for (const child of children.reverse()) await child.stop();
    await db?.destroy();
    if (name) await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(admin);
    await admin?.destroy();
    tmp?.remove();
  }, 30_000);

  let eventCounter = 0;
  async function lineEvent(userId: string, extra: Record<string, unknown>) {
    const res = await fetch(`${fakeUrl}/__fake/reply-token`, {
      method: 'POST',
      body: JSON.stringify({ userId, language: 'ja' }),
    });
    const { replyToken } = (await res.json()) as { replyToken: string };
    return {
      mode: 'active',
      timestamp: Date.now(),
      webhookEventId: `01WORKERD${process.pid}${String(++eventCounter).padStart(12, '0')}`,
      deliveryContext: { isRedelivery: false },
      source: { type: 'user', userId },
      replyToken,
      ...extra,
    };
  }

  async function postWebhook(events: unknown[], secret = SECRET): Promise<Response> {
    const body = JSON.stringify({ destination: 'Ubot', events });
    return fetch(`${workerUrl}/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-line-signature': await signBody(secret, body) },
      body,
    });
  }

  async function messagesTo(userId: string, after: number): Promise<Sent[]> {
    const res = await fetch(`${fakeUrl}/__fake/messages?to=${userId}&after=${after}`);
    return ((await res.json()) as { messages: Sent[] }).messages;
  }

  /** Sends one signed event and returns what the bot answered to it. */
  async function say(userId: string, extra: Record<string, unknown>, after: number): Promise<Sent[]> {
    const res = await postWebhook([await lineEvent(userId, extra)]);
    expect(res.status).toBe(200);
    return waitFor(
      'an answer at the fake LINE API',
      async () => {
        const sent = await messagesTo(userId, after);
        return sent.length > 0 ? sent : null;
      },
      wrangler,
      15_000,
    );
  }

  const buttons = (sent: Sent[]) =>
    sent.flatMap((s) => s.message.quickReply?.items.map((i) => i.action.data) ?? []);
  const texts = (sent: Sent[]) =>
    sent.map((s) => s.message.text ?? `[${s.message.type}] ${s.message.altText}`);

  it('refuses a webhook signed with another secret', async () => {
    const res = await postWebhook(
      [await lineEvent('U00000000000000000000000000000bad', { type: 'follow' })],
      'x',
    );
    expect(res.status).toBe(401);
  });

  it('walks a whole intake through signed webhooks to a referral row', async () => {
    const user = `U${'c'.repeat(31)}1`;
    const last = (sent: Sent[]) => sent[sent.length - 1]?.seq ?? 0;

    const greeting = await say(user, { type: 'follow', follow: { isUnblocked: false } }, 0);
    expect(texts(greeting)[0]).toContain('友だち追加ありがとうございます');

    const concern = {
      id: '1',
      type: 'text',
      text: '家賃が払えなくて、仕事もなくなりました',
      quoteToken: 'q',
    };
    const result = await say(user, { type: 'message', message: concern }, last(greeting));
    expect(result.some((s) => s.message.type === 'flex')).toBe(true);
    expect(buttons(result)).toContain('offer:yes');

    const consentScreen = await say(
      user,
      { type: 'postback', postback: { data: 'offer:yes' } },
      last(result),
    );
    expect(buttons(consentScreen)).toContain('consent:yes');

    const contact = await say(
      user,
      { type: 'postback', postback: { data: 'consent:yes' } },
      last(consentScreen),
    );
    expect(buttons(contact)).toContain('contact:line');

    const done = await say(user, { type: 'postback', postback: { data: 'contact:line' } }, last(contact));
    const code = texts(done)
      .join('\n')
      .match(/[A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}/)?.[0];
    expect(code).toMatch(/^SMD-/);

    // Each answer used the event's reply token: processed within its minute, after the 200.
    const all = await messagesTo(user, 0);
    expect(all.every((s) => s.via === 'reply')).toBe(true);

    const row = await db
      .selectFrom('referrals')
      .selectAll()
      .where('reference_code', '=', code as string)
      .executeTakeFirstOrThrow();
    expect(row.line_user_id).toBe(user);
    expect(row.words).toBe(concern.text);
    expect(row.categories).toEqual(expect.arrayContaining(['livelihood']));
    expect(row.contact_method).toBe('line');
    expect(row.consent_text_version).toBe(flow.consentVersion);
    expect(row.consent_language).toBe('ja');
    expect(row.consented_at).toBeInstanceOf(Date);
    expect(row.status).toBe('new');

    const pending = await db
      .selectFrom('inbox_events')
      .select('id')
      .where('status', '=', 'pending')
      .execute();
    expect(pending).toEqual([]);
  });

  it('answers, on the next Cron Trigger, an event recorded by a Worker evicted before processing', async () => {
    const user = `U${'d'.repeat(31)}2`;
    const event = await lineEvent(user, { type: 'follow', follow: { isUnblocked: false } });
    // What an evicted invocation leaves behind: the event in the inbox, acknowledged, not handled.
    await newPgStore(db, systemIds).inbox.add([
      {
        webhookEventId: event.webhookEventId,
        lane: `user:${user}`,
        eventType: 'follow',
        eventTs: event.timestamp,
        payload: event,
      },
    ]);
    expect(await messagesTo(user, 0)).toEqual([]);

    const answered = await waitFor(
      'the cron run answering',
      async () => {
        // The event is only ready once it is older than the ordering window; until then, try again.
        const cron = await fetch(`${workerUrl}/__scheduled?cron=*+*+*+*+*`);
        expect(cron.status).toBe(200);
        const sent = await messagesTo(user, 0);
        return sent.length > 0 ? sent : null;
      },
      wrangler,
      15_000,
    );
    expect(texts(answered)[0]).toContain('友だち追加ありがとうございます');
    const row = await db
      .selectFrom('inbox_events')
      .select('status')
      .where('webhook_event_id', '=', event.webhookEventId)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('done');
  });

  it('forgets, on the retention Cron Trigger, a conversation untouched for longer than RETENTION_DAYS', async () => {
    const [stale, fresh] = [`U${'e'.repeat(31)}3`, `U${'f'.repeat(31)}4`];
    for (const user of [stale, fresh]) await say(user, { type: 'follow', follow: { isUnblocked: false } }, 0);
    await db
      .updateTable('conversations')
      .set({ updated_at: sql`now() - interval '31 days'` })
      .where('line_user_id', '=', stale)
      .execute();
    const cron = await fetch(`${workerUrl}/__scheduled?cron=${encodeURIComponent('17 */6 * * *')}`);
    expect(cron.status).toBe(200);
    const conversationOf = (user: string) =>
      db.selectFrom('conversations').select('id').where('line_user_id', '=', user).executeTakeFirst();
    await waitFor(
      'the stale conversation to go',
      async () => ((await conversationOf(stale)) ? null : true),
      wrangler,
      10_000,
    );
    expect(await conversationOf(fresh)).toBeDefined();
  });
});
