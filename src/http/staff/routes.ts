import { type Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { changePassword, login, logout, randomToken, sessionFor } from '../../app/staff/auth.ts';
import { act, type CaseAction, CaseError, canWorkCases, listQueue, openCase } from '../../app/staff/cases.ts';
import { type Account, OUTCOMES, type QueueFilters, STATUSES } from '../../app/staff/ports.ts';
import type { StaffServices } from '../../app/staff/services.ts';
import { normaliseReferenceCode } from '../../core/referral/reference-code.ts';
import { accountsView, auditView } from './admin-view.ts';
import { caseView } from './case-view.ts';
import { dashboardCsv, dashboardView } from './dashboard-view.ts';
import { isStaffLang, type StaffLang, translator } from './i18n.ts';
import type { Html, PageContext } from './layout.ts';
import { loginView } from './login-view.ts';
import { passwordView } from './password-view.ts';
import { parseCursor, queueView } from './queue-view.ts';

export type StaffDeps = StaffServices;

type Env = { Variables: { account: Account; csrf: string; lang: StaffLang } };

const SESSION_COOKIE = 'staff_session';
const LOGIN_CSRF_COOKIE = 'staff_login_csrf';
const LANG_COOKIE = 'staff_lang';

const LoginForm = z.object({
  _csrf: z.string().min(1),
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1000),
});
const PasswordForm = z.object({ current: z.string().min(1).max(1000), next: z.string().max(1000) });
const Text = z.object({ body: z.string().max(4000) });
const Close = z.object({ outcome: z.enum(OUTCOMES) });
const Transfer = z.object({ serviceId: z.string().max(100), reason: z.string().max(500) });
const QueueQuery = z.object({
  status: z.enum([...STATUSES, 'open', 'all']).catch('open'),
  category: z.string().max(40).optional().catch(undefined),
  window: z.string().max(100).optional().catch(undefined),
  language: z.string().max(20).optional().catch(undefined),
  compound: z.string().optional().catch(undefined),
  code: z.string().max(40).optional().catch(undefined),
});

function secure(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

function cookieOptions(c: Context, maxAgeSeconds?: number) {
  return {
    httpOnly: true,
    secure: secure(c),
    sameSite: 'Lax' as const,
    path: '/staff',
    ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}),
  };
}

/** The staff UI: sign-in, queue, case view and actions, dashboard, audit. Server-rendered, no script. */
export function staffRoutes(d: StaffDeps): Hono<Env> {
  const app = new Hono<Env>();
  const windows = (lang: StaffLang) =>
    d.windows.map((w) => ({ id: w.id, name: w.name[lang] ?? w.name.ja ?? w.id }));

  app.use('*', async (c, next) => {
    const asked = c.req.query('lang');
    let lang: StaffLang = 'ja';
    if (isStaffLang(asked)) {
      lang = asked;
      setCookie(c, LANG_COOKIE, asked, { ...cookieOptions(c, 365 * 86_400), httpOnly: false });
    } else {
      const saved = getCookie(c, LANG_COOKIE);
      if (isStaffLang(saved)) lang = saved;
    }
    c.set('lang', lang);
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
  });

  const ctxOf = (c: Context<Env>, withAccount = true): PageContext => ({
    t: translator(c.get('lang')),
    lang: c.get('lang'),
    account: withAccount ? c.get('account') : null,
    csrf: withAccount ? c.get('csrf') : null,
    here: new URL(c.req.url).pathname + new URL(c.req.url).search,
  });
  const render = (
    c: Context<Env>,
    body: Html | string,
    status: 200 | 400 | 403 | 404 | 409 | 422 | 429 = 200,
  ) => c.html(body, status);

  app.get('/login', (c) => {
    const csrf = randomToken(d.auth);
    setCookie(c, LOGIN_CSRF_COOKIE, csrf, cookieOptions(c, 3_600));
    return render(c, loginView(ctxOf(c, false), csrf, null));
  });

  app.post('/login', async (c) => {
    const form = LoginForm.safeParse(await c.req.parseBody());
    const expected = getCookie(c, LOGIN_CSRF_COOKIE);
    if (!form.success || !expected || form.data._csrf !== expected) return render(c, forbidden(c), 403);
    const result = await login(d.auth, form.data.email, form.data.password, null);
    if (result.type !== 'ok') {
      d.log.warn('staff_login_refused', { reason: result.type });
      return render(
        c,
        loginView(ctxOf(c, false), expected, result.type, form.data.email),
        result.type === 'limited' ? 429 : 403,
      );
    }
    deleteCookie(c, LOGIN_CSRF_COOKIE, { path: '/staff' });
    setCookie(c, SESSION_COOKIE, result.token, { ...cookieOptions(c), expires: result.expiresAt });
    await d.store.audit({ accountId: result.account.id, referralId: null, action: 'login' });
    if (result.account.mustChangePassword) return c.redirect('/staff/password', 303);
    return c.redirect(result.account.role === 'admin' ? '/staff/audit' : '/staff', 303);
  });

  // Everything below needs a session; every POST needs the session's CSRF token.
  app.use('*', async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await sessionFor(d.auth, token) : null;
    if (!session) {
      if (c.req.method === 'GET') return c.redirect('/staff/login', 303);
      return render(c, forbidden(c), 403);
    }
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const form = await c.req.parseBody();
      if (typeof form._csrf !== 'string' || form._csrf !== session.csrfToken)
        return render(c, forbidden(c), 403);
    }
    c.set('account', session.account);
    c.set('csrf', session.csrfToken);
    // A one-time password opens only the page that replaces it (and sign-out).
    const path = new URL(c.req.url).pathname;
    if (session.account.mustChangePassword && !/\/(password|logout)$/.test(path)) {
      if (c.req.method === 'GET') return c.redirect('/staff/password', 303);
      return render(c, forbidden(c), 403);
    }
    await next();
    return undefined;
  });

  app.get('/password', (c) => render(c, passwordView(ctxOf(c), null)));

  app.post('/password', async (c) => {
    const form = PasswordForm.safeParse(await c.req.parseBody());
    if (!form.success) return render(c, passwordView(ctxOf(c), 'too_short'), 422);
    const result = await changePassword(d.auth, c.get('account'), form.data.current, form.data.next);
    if (result.type !== 'ok') return render(c, passwordView(ctxOf(c), result.type), 422);
    await d.store.audit({ accountId: c.get('account').id, referralId: null, action: 'change_password' });
    return c.redirect('/staff', 303);
  });

  app.post('/logout', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await logout(d.auth, token);
    await d.store.audit({ accountId: c.get('account').id, referralId: null, action: 'logout' });
    deleteCookie(c, SESSION_COOKIE, { path: '/staff' });
    return c.redirect('/staff/login', 303);
  });

  app.get('/', async (c) => {
    const account = c.get('account');
    if (!canWorkCases(account)) return c.redirect('/staff/audit', 303);
    const q = QueueQuery.parse(c.req.query());
    const code = q.code ? normaliseReferenceCode(q.code) : null;
    const filters: QueueFilters = {
      status: code ? 'all' : q.status,
      category: q.category || null,
      serviceId: account.role === 'coordinator' ? q.window || null : null,
      language: q.language || null,
      compound: q.compound === '1',
      referenceCode: code ?? (q.code ? q.code : null),
    };
    const { rows, next } = await listQueue(d.cases, account, filters, parseCursor(c.req.query('after')));
    return render(
      c,
      queueView(ctxOf(c), {
        rows,
        next,
        filters: { ...filters, referenceCode: q.code ?? null },
        windows: windows(c.get('lang')),
        languages: d.languages,
        now: d.now(),
        showWindowFilter: account.role === 'coordinator',
      }),
    );
  });

  const showCase = async (
    c: Context<Env>,
    problem: 'conflict' | 'invalid' | 'unreachable' | null,
    status: 200 | 400 | 409 | 422 = 200,
  ) => {
    const opened = await openCase(d.cases, c.get('account'), c.req.param('id') ?? '');
    return render(
      c,
      caseView(ctxOf(c), { ...opened, windows: windows(c.get('lang')), now: d.now(), problem }),
      status,
    );
  };

  app.get('/referrals/:id', async (c) => {
    try {
      return await showCase(c, null);
    } catch (error) {
      return caseFailure(c, error);
    }
  });

  const actions: Record<string, (form: Record<string, unknown>) => CaseAction | null> = {
    claim: () => ({ type: 'claim' }),
    release: () => ({ type: 'release' }),
    contacted: () => ({ type: 'contacted' }),
    reopen: () => ({ type: 'reopen' }),
    close: (f) => {
      const p = Close.safeParse(f);
      return p.success ? { type: 'close', outcome: p.data.outcome } : null;
    },
    transfer: (f) => {
      const p = Transfer.safeParse(f);
      return p.success ? { type: 'transfer', serviceId: p.data.serviceId, reason: p.data.reason } : null;
    },
    note: (f) => {
      const p = Text.safeParse(f);
      return p.success ? { type: 'note', body: p.data.body } : null;
    },
    message: (f) => {
      const p = Text.safeParse(f);
      return p.success ? { type: 'message', body: p.data.body } : null;
    },
  };

  app.post('/referrals/:id/:action', async (c) => {
    const make = actions[c.req.param('action')];
    if (!make) return render(c, notFound(c), 404);
    const action = make(await c.req.parseBody());
    try {
      if (!action) throw new CaseError('invalid', 'form');
      await act(d.cases, c.get('account'), c.req.param('id'), action);
      return c.redirect(`/staff/referrals/${c.req.param('id')}`, 303);
    } catch (error) {
      if (error instanceof CaseError && error.code !== 'not_found') {
        try {
          return await showCase(c, error.code, error.code === 'conflict' ? 409 : 422);
        } catch (inner) {
          return caseFailure(c, inner);
        }
      }
      return caseFailure(c, error);
    }
  });

  const requireRole = (c: Context<Env>, roles: Account['role'][]) => roles.includes(c.get('account').role);

  app.get('/dashboard', async (c) => {
    if (!requireRole(c, ['coordinator', 'admin'])) return render(c, notFound(c), 404);
    await d.store.audit({ accountId: c.get('account').id, referralId: null, action: 'view_dashboard' });
    return render(c, dashboardView(ctxOf(c), await d.store.weekly(12, d.now())));
  });

  app.get('/dashboard.csv', async (c) => {
    if (!requireRole(c, ['coordinator', 'admin'])) return render(c, notFound(c), 404);
    await d.store.audit({ accountId: c.get('account').id, referralId: null, action: 'export_dashboard' });
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', 'attachment; filename="referral-statistics.csv"');
    return c.body(dashboardCsv(await d.store.weekly(52, d.now())));
  });

  app.get('/audit', async (c) => {
    if (!requireRole(c, ['admin'])) return render(c, notFound(c), 404);
    const entries = await d.store.auditLog(c.req.query('before') ?? null, 101);
    const page = entries.slice(0, 100);
    return render(c, auditView(ctxOf(c), page, entries.length > 100 ? (page.at(-1)?.id ?? null) : null));
  });

  app.get('/accounts', async (c) => {
    if (!requireRole(c, ['admin'])) return render(c, notFound(c), 404);
    const names = windows(c.get('lang'));
    return render(
      c,
      accountsView(
        ctxOf(c),
        await d.store.listAccounts(),
        (id) => names.find((w) => w.id === id)?.name ?? id,
      ),
    );
  });

  function forbidden(c: Context<Env>) {
    const t = translator(c.get('lang'));
    return `<!doctype html><meta charset="utf-8"><title>403</title><p>${t('forbidden')}</p>`;
  }
  function notFound(c: Context<Env>) {
    const t = translator(c.get('lang'));
    return `<!doctype html><meta charset="utf-8"><title>404</title><p>${t('notFound')}</p><p><a href="/staff">←</a></p>`;
  }
  function caseFailure(c: Context<Env>, error: unknown) {
    if (error instanceof CaseError && error.code === 'not_found') return render(c, notFound(c), 404);
    throw error;
  }

  return app;
}
