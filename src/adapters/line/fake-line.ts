import { type Context, Hono } from 'hono';
import { LIMITS } from './limits.ts';

export interface SentMessage {
  seq: number;
  at: string;
  to: string;
  via: 'reply' | 'push';
  message: unknown;
}

export interface FakeLineOptions {
  now?: () => number;
  /**
   * LINE allows each endpoint (reply, push, profile, rich-menu link…) about 2,000 requests a second
   * per channel; beyond an endpoint's bucket the fake answers 429.
   */
  rateLimitPerSecond?: number;
  /** Serve /__fake/* routes so another process (a benchmark, workerd) can drive the fake over HTTP. */
  control?: boolean;
}

/** A rich menu as the fake keeps it: the object sent, and the picture once uploaded. */
interface StoredRichMenu {
  menu: unknown;
  image: { type: string; bytes: Uint8Array } | null;
}

interface ReplyToken {
  userId: string;
  issuedAt: number;
  used: boolean;
}

export const REPLY = '/v2/bot/message/reply';
export const PUSH = '/v2/bot/message/push';

/** What the fake answers a call: status, JSON body, and any extra headers. */
export interface FakeAnswer {
  status: number;
  json: unknown;
  headers?: Record<string, string>;
}

/** The rate-limited endpoint a path belongs to: `/v2/bot/message/reply`, `/v2/bot/profile`, … */
function endpointOf(path: string): string {
  const parts = path.split('/');
  return parts[3] === 'message' ? parts.slice(0, 5).join('/') : parts.slice(0, 4).join('/');
}

/**
 * A stand-in for LINE's Messaging API with LINE's rules: single-use reply tokens valid for a
 * minute, at most five messages, idempotent push by X-Line-Retry-Key. For the simulator and tests.
 */
export class FakeLine {
  readonly app = new Hono();
  private readonly tokens = new Map<string, ReplyToken>();
  private readonly retryKeys = new Map<string, string>();
  private readonly sent: SentMessage[] = [];
  private readonly languages = new Map<string, string>();
  readonly richMenus = new Map<string, StoredRichMenu>();
  readonly richMenuAliases = new Map<string, string>();
  private readonly userRichMenus = new Map<string, string>();
  private defaultRichMenu: string | null = null;
  private richMenuCounter = 0;
  private readonly faults: { path: string; status: number }[] = [];
  private seq = 0;
  private tokenCounter = 0;
  readonly calls: { path: string; status: number }[] = [];
  /** One entry per accepted reply or push call. */
  readonly deliveries: { to: string; via: 'reply' | 'push'; messages: number }[] = [];
  /** The same calls with when (ms) and the reply token or retry key they came with, for the benchmark. */
  readonly receipts: { to: string; via: 'reply' | 'push'; at: number; key: string | null }[] = [];

  private readonly now: () => number;
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly rate: number;

  constructor(options: FakeLineOptions = {}) {
    this.now = options.now ?? Date.now;
    this.rate = options.rateLimitPerSecond ?? 0;
    this.app.use('/v2/*', async (c, next) => {
      const refused = this.admit(c.req.path, c.req.header('authorization'));
      if (refused) return c.json(refused.json, refused.status as 400);
      await next();
      this.calls.push({ path: c.req.path, status: c.res.status });
      return undefined;
    });
    const answer = (c: Context, a: FakeAnswer) => {
      for (const [name, value] of Object.entries(a.headers ?? {})) c.header(name, value);
      return c.json(a.json, a.status as 200);
    };
    this.app.post(REPLY, async (c) => answer(c, this.reply(await c.req.json())));
    this.app.post(PUSH, async (c) =>
      answer(c, this.push(await c.req.json(), c.req.header('x-line-retry-key'))),
    );
    this.app.get('/v2/bot/profile/:userId', (c) => {
      const userId = c.req.param('userId');
      const language = this.languages.get(userId);
      return c.json({ userId, displayName: 'Resident', ...(language ? { language } : {}) });
    });
    this.app.post('/v2/bot/chat/loading/start', (c) => c.body(null, 202));
    this.richMenuRoutes();
    if (options.control) this.controlRoutes();
  }

  /** Rich menus as LINE keeps them: an image before an alias or a link, aliases, one menu per user. */
  private richMenuRoutes(): void {
    const bad = (c: Context, message: string) => c.json({ message }, 400);
    this.app.post('/v2/bot/richmenu', async (c) => {
      const menu = (await c.req.json()) as { chatBarText?: string; areas?: unknown[]; size?: unknown };
      if (!menu.size || !Array.isArray(menu.areas) || menu.areas.length === 0 || menu.areas.length > 20)
        return bad(c, 'invalid rich menu');
      if (!menu.chatBarText || menu.chatBarText.length > 14)
        return bad(c, 'chatBarText must be 1-14 characters');
      const richMenuId = `richmenu-${(++this.richMenuCounter).toString(16).padStart(32, '0')}`;
      this.richMenus.set(richMenuId, { menu, image: null });
      return c.json({ richMenuId });
    });
    this.app.post('/v2/bot/richmenu/:id/content', async (c) => {
      const entry = this.richMenus.get(c.req.param('id'));
      if (!entry) return c.json({ message: 'Not found' }, 404);
      const type = c.req.header('content-type') ?? '';
      if (type !== 'image/png' && type !== 'image/jpeg') return bad(c, 'image must be PNG or JPEG');
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (bytes.length === 0 || bytes.length > 1_000_000) return bad(c, 'image must be at most 1 MB');
      if (entry.image) return bad(c, 'An image has already been uploaded to the richmenu');
      entry.image = { type, bytes };
      return c.json({});
    });
    this.app.get('/v2/bot/richmenu/list', (c) =>
      c.json({
        richmenus: [...this.richMenus].map(([richMenuId, e]) => ({ richMenuId, ...(e.menu as object) })),
      }),
    );
    this.app.delete('/v2/bot/richmenu/:id', (c) => {
      const id = c.req.param('id');
      if (!this.richMenus.delete(id)) return c.json({ message: 'Not found' }, 404);
      for (const [user, menu] of this.userRichMenus) if (menu === id) this.userRichMenus.delete(user);
      if (this.defaultRichMenu === id) this.defaultRichMenu = null;
      return c.json({});
    });
    this.app.post('/v2/bot/richmenu/alias', async (c) => {
      const { richMenuAliasId, richMenuId } = (await c.req.json()) as Record<string, string>;
      if (!richMenuAliasId || !/^[a-z0-9_-]{1,32}$/i.test(richMenuAliasId)) return bad(c, 'invalid alias id');
      if (this.richMenuAliases.has(richMenuAliasId)) return bad(c, 'conflict richmenu alias id');
      if (!this.richMenus.get(richMenuId ?? '')?.image) return bad(c, 'richmenu not found or has no image');
      this.richMenuAliases.set(richMenuAliasId, richMenuId as string);
      return c.json({});
    });
    this.app.post('/v2/bot/richmenu/alias/:alias', async (c) => {
      const alias = c.req.param('alias');
      const { richMenuId } = (await c.req.json()) as Record<string, string>;
      if (!this.richMenuAliases.has(alias)) return bad(c, 'richmenu alias not found');
      if (!this.richMenus.get(richMenuId ?? '')?.image) return bad(c, 'richmenu not found or has no image');
      this.richMenuAliases.set(alias, richMenuId as string);
      return c.json({});
    });
    this.app.get('/v2/bot/richmenu/alias/:alias', (c) => {
      const richMenuId = this.richMenuAliases.get(c.req.param('alias'));
      return richMenuId
        ? c.json({ richMenuAliasId: c.req.param('alias'), richMenuId })
        : bad(c, 'richmenu alias not found');
    });
    this.app.post('/v2/bot/user/all/richmenu/:id', (c) => {
      if (!this.richMenus.get(c.req.param('id'))?.image) return bad(c, 'richmenu not found or has no image');
      this.defaultRichMenu = c.req.param('id');
      return c.json({});
    });
    this.app.post('/v2/bot/user/:userId/richmenu/:id', (c) => {
      if (!this.richMenus.get(c.req.param('id'))?.image) return bad(c, 'richmenu not found or has no image');
      this.userRichMenus.set(c.req.param('userId'), c.req.param('id'));
      return c.json({});
    });
    this.app.get('/v2/bot/user/:userId/richmenu', (c) => {
      const richMenuId = this.userRichMenus.get(c.req.param('userId')) ?? this.defaultRichMenu;
      return richMenuId ? c.json({ richMenuId }) : c.json({ message: 'the user has no richmenu' }, 404);
    });
  }

  /** The rich menu a user sees: their own, else the default. */
  richMenuOf(userId: string): ({ id: string } & StoredRichMenu) | null {
    const id = this.userRichMenus.get(userId) ?? this.defaultRichMenu;
    const entry = id ? this.richMenus.get(id) : undefined;
    return id && entry ? { id, ...entry } : null;
  }

  private controlRoutes(): void {
    this.app.post('/__fake/reply-token', async (c) => {
      const { userId, language } = (await c.req.json()) as { userId: string; language?: string };
      if (language !== undefined) this.setLanguage(userId, language);
      return c.json({ replyToken: this.issueReplyToken(userId) });
    });
    // Many tokens in one call, so a load generator does not double its own request rate.
    this.app.post('/__fake/reply-tokens', async (c) => {
      const { userIds } = (await c.req.json()) as { userIds: string[] };
      return c.json({ replyTokens: userIds.map((userId) => this.issueReplyToken(userId)) });
    });
    // Counts and timings only, without message bodies, for a benchmark run's tally.
    this.app.get('/__fake/tally', (c) =>
      c.json({
        receipts: this.receipts.slice(Number(c.req.query('since') ?? 0)),
        // Calls answered 429 (over an endpoint's rate).
        limited: this.calls.filter((call) => call.status === 429).length,
      }),
    );
    this.app.get('/__fake/messages', (c) =>
      c.json({ messages: this.messagesTo(c.req.query('to') ?? '', Number(c.req.query('after') ?? 0)) }),
    );
    this.app.get('/__fake/deliveries', (c) => c.json({ deliveries: this.deliveries, calls: this.calls }));
    this.app.post('/__fake/fail', async (c) => {
      const { path, status, times } = (await c.req.json()) as {
        path: string;
        status: number;
        times?: number;
      };
      this.failNext(path, status, times ?? 1);
      return c.json({ ok: true });
    });
  }

  /**
   * Authentication, the endpoint's rate bucket and injected faults, for every `/v2` call: the
   * refusal to answer, or null to go on (the call is then recorded by whoever answers it).
   */
  admit(path: string, authorization: string | undefined): FakeAnswer | null {
    if (!authorization?.startsWith('Bearer '))
      return { status: 401, json: { message: 'Authentication failed' } };
    if (!this.takeToken(endpointOf(path))) {
      this.calls.push({ path, status: 429 });
      return { status: 429, json: { message: 'The API rate limit has been exceeded. Try again later.' } };
    }
    const fault = this.faults.findIndex((f) => path.endsWith(f.path));
    if (fault < 0) return null;
    const [{ status }] = this.faults.splice(fault, 1) as [{ path: string; status: number }];
    this.calls.push({ path, status });
    return { status, json: { message: 'injected fault' } };
  }

  /** A reply or push call end to end (admission, the rules, the record of the call), for a lean HTTP front. */
  message(
    path: typeof REPLY | typeof PUSH,
    authorization: string | undefined,
    retryKey: string | undefined,
    body: unknown,
  ): FakeAnswer {
    const refused = this.admit(path, authorization);
    if (refused) return refused;
    const answer = path === REPLY ? this.reply(body) : this.push(body, retryKey);
    this.calls.push({ path, status: answer.status });
    return answer;
  }

  /** POST /v2/bot/message/reply: a single-use token under a minute old, at most five messages. */
  reply(body: unknown): FakeAnswer {
    const { replyToken, messages } = (body ?? {}) as { replyToken?: string; messages?: unknown[] };
    const problem = this.checkMessages(messages);
    if (problem) return { status: 400, json: { message: problem } };
    const token = this.tokens.get(replyToken ?? '');
    if (!token || token.used || this.now() - token.issuedAt > 60_000)
      return { status: 400, json: { message: 'Invalid reply token' } };
    token.used = true;
    this.record(token.userId, 'reply', messages as unknown[], replyToken ?? null);
    return { status: 200, json: { sentMessages: [] } };
  }

  /** POST /v2/bot/message/push: idempotent by X-Line-Retry-Key (a repeat answers 409). */
  push(body: unknown, retryKey: string | undefined): FakeAnswer {
    const { to, messages } = (body ?? {}) as { to?: string; messages?: unknown[] };
    const problem = this.checkMessages(messages) ?? (to ? null : 'The property, to, is required');
    if (problem) return { status: 400, json: { message: problem } };
    if (retryKey) {
      const accepted = this.retryKeys.get(retryKey);
      if (accepted)
        return {
          status: 409,
          json: { message: 'The retry key is already accepted' },
          headers: { 'x-line-accepted-request-id': accepted },
        };
      this.retryKeys.set(retryKey, `req-${this.seq + 1}`);
    }
    this.record(to as string, 'push', messages as unknown[], retryKey ?? null);
    return { status: 200, json: { sentMessages: [] } };
  }

  private takeToken(endpoint: string): boolean {
    if (this.rate <= 0) return true;
    const now = this.now();
    const bucket = this.buckets.get(endpoint) ?? { tokens: this.rate, at: now };
    bucket.tokens = Math.min(this.rate, bucket.tokens + ((now - bucket.at) * this.rate) / 1000);
    bucket.at = now;
    this.buckets.set(endpoint, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** A reply token for an event we are about to send as LINE would. */
  issueReplyToken(userId: string): string {
    const token = `rt${++this.tokenCounter}x${Math.random().toString(36).slice(2, 10)}`;
    this.tokens.set(token, { userId, issuedAt: this.now(), used: false });
    return token;
  }

  setLanguage(userId: string, language: string | null): void {
    if (language) this.languages.set(userId, language);
    else this.languages.delete(userId);
  }

  /** The next call to a path ending in `path` answers `status`. */
  failNext(path: string, status: number, times = 1): void {
    for (let i = 0; i < times; i++) this.faults.push({ path, status });
  }

  messagesTo(userId: string, afterSeq = 0): SentMessage[] {
    return this.sent.filter((m) => m.to === userId && m.seq > afterSeq);
  }

  get all(): readonly SentMessage[] {
    return this.sent;
  }

  private checkMessages(messages: unknown): string | null {
    if (!Array.isArray(messages) || messages.length === 0) return 'messages must be a non-empty array';
    if (messages.length > LIMITS.messagesPerCall) return 'Size must be between 1 and 5';
    return null;
  }

  private record(to: string, via: 'reply' | 'push', messages: unknown[], key: string | null = null): void {
    const at = new Date(this.now()).toISOString();
    this.deliveries.push({ to, via, messages: messages.length });
    this.receipts.push({ to, via, at: this.now(), key });
    for (const message of messages) this.sent.push({ seq: ++this.seq, at, to, via, message });
  }
}
