import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { readMigrations } from '../../src/adapters/db/migration-files.ts';
import { migrate } from '../../src/adapters/db/migrator.ts';
import { openPglite } from '../../src/adapters/db/pglite.ts';
import { newPgStore } from '../../src/adapters/db/store.ts';
import type { Database } from '../../src/adapters/db/tables.ts';
import { loadDirectory } from '../../src/adapters/directory/load.ts';
import { createLogger } from '../../src/adapters/log.ts';
import { buildStaff } from '../../src/adapters/staff/build.ts';
import { argon2Hasher } from '../../src/adapters/staff/password.ts';
import type { Messenger } from '../../src/app/ports.ts';
import type { Role } from '../../src/app/staff/ports.ts';
import type { StaffServices } from '../../src/app/staff/services.ts';
import { staffRoutes } from '../../src/http/staff/routes.ts';

export const PASSWORD = 'correct horse battery staple';

const ids = {
  uuid: () => crypto.randomUUID(),
  randomBytes: (n: number) => crypto.getRandomValues(new Uint8Array(n)),
};

/** A messenger twin that records pushes: what LINE would have been asked to send. */
export function recordingMessenger() {
  const pushes: { to: string; messages: unknown[]; retryKey: string }[] = [];
  const messenger: Messenger = {
    reply: async () => {},
    push: async (to, messages, retryKey) => {
      pushes.push({ to, messages, retryKey });
    },
    profileLanguage: async () => null,
    showMenu: async () => false,
  };
  return { messenger, pushes };
}

/** The staff UI alone over a fresh PGlite: no webhook, no processor. */
export async function createStaffFixture() {
  const db: Kysely<Database> = openPglite('memory://');
  await migrate(db as Kysely<unknown>, readMigrations());
  const { messenger, pushes } = recordingMessenger();
  const logs: string[] = [];
  const { staff } = buildStaff({
    db,
    store: newPgStore(db, ids),
    messenger,
    clock: { now: () => new Date() },
    ids,
    log: createLogger('info', (line) => logs.push(line)),
    retry: { attempts: 1, baseMs: 1, sleep: async () => {} },
    directory: loadDirectory('sumida'),
    locales: ['ja', 'en'],
    staffLineGroups: {},
  });
  const app = new Hono().route('/staff', staffRoutes(staff));
  return { db, staff, app, pushes, logs, close: () => db.destroy() };
}

export async function createAccount(
  staff: StaffServices,
  email: string,
  role: Role,
  orgId: string | null = null,
) {
  const hasher = argon2Hasher(ids.randomBytes);
  return staff.store.createAccount({ email, passwordHash: await hasher.hash(PASSWORD), role, orgId });
}

let codes = 0;

/** A consented referral as the bot writes it. */
export async function insertReferral(
  db: Kysely<Database>,
  r: Partial<{
    serviceId: string;
    words: string | null;
    lineUserId: string | null;
    contactMethod: 'line' | 'phone' | 'visit';
    crisis: string | null;
    compound: boolean;
    categories: string[];
    locale: string;
    createdAt: Date;
    phone: string;
  }> = {},
): Promise<{ id: string; code: string }> {
  const code = `SMD-${String(++codes).padStart(4, '0')}-${Math.floor(Math.random() * 9000 + 1000)}`;
  const at = r.createdAt ?? new Date();
  const row = await db
    .insertInto('referrals')
    .values({
      reference_code: code,
      line_user_id: r.lineUserId ?? null,
      categories: r.categories ?? ['livelihood'],
      words: r.words === undefined ? '家賃が払えません' : r.words,
      triage: JSON.stringify({ source: 'text', categories: r.categories ?? ['livelihood'], compound: false }),
      service_id: r.serviceId ?? 'sumida-kosei',
      compound: r.compound ?? false,
      crisis: r.crisis ?? null,
      contact_method: r.contactMethod ?? 'phone',
      contact_details: JSON.stringify(r.phone ? { phone: r.phone } : {}),
      consent_text_version: '2026-11-v1',
      consent_language: r.locale ?? 'ja',
      consented_at: at,
      locale: r.locale ?? 'ja',
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, code };
}

type Fetcher = { request(path: string, init?: RequestInit): Response | Promise<Response> };

/** A browser-like client: keeps cookies, reads CSRF tokens from forms. */
export class StaffClient {
  private readonly cookies = new Map<string, string>();
  private readonly app: Fetcher;
  private readonly prefix: string;
  constructor(app: Fetcher, prefix = '/staff') {
    this.app = app;
    this.prefix = prefix;
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0)
      headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await this.app.request(`${this.prefix}${path}`, {
      ...init,
      headers,
      redirect: 'manual',
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      const expired = attrs.some((a) => /max-age=0/i.test(a) || /expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || value === '') this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    return response;
  }

  get(path: string) {
    return this.request(path);
  }

  post(path: string, form: Record<string, string>) {
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
  }

  /** The CSRF token of the first form on a page. */
  static csrfOf(html: string): string {
    const match = /name="_csrf" value="([^"]+)"/.exec(html);
    if (!match?.[1]) throw new Error('no CSRF field on the page');
    return match[1];
  }

  async signIn(email: string, password = PASSWORD): Promise<Response> {
    const page = await (await this.get('/login')).text();
    return this.post('/login', { _csrf: StaffClient.csrfOf(page), email, password });
  }

  /** A page and its CSRF token, for posting the next form. */
  async page(path: string): Promise<{ status: number; html: string; csrf: string | null }> {
    const response = await this.get(path);
    const html = await response.text();
    const match = /name="_csrf" value="([^"]+)"/.exec(html);
    return { status: response.status, html, csrf: match?.[1] ?? null };
  }

  hasCookie(name: string): boolean {
    return this.cookies.has(name);
  }
}
