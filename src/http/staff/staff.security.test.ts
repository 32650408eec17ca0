import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAccount,
  createStaffFixture,
  insertReferral,
  StaffClient,
} from '../../../test/support/staff.ts';

describe('staff UI security', () => {
  let f: Awaited<ReturnType<typeof createStaffFixture>>;
  let ownId: string;
  let otherId: string;
  beforeAll(async () => {
    f = await createStaffFixture();
    await createAccount(f.staff, 'a@kosei.example', 'staff', 'sumida-kosei');
    await createAccount(f.staff, 'admin@example', 'admin');
    ownId = (await insertReferral(f.db, { serviceId: 'sumida-kosei', words: '<script>alert(1)</script>&"' }))
      .id;
    otherId = (await insertReferral(f.db, { serviceId: 'sumida-kurashi-shigoto', words: 'B の相談' })).id;
  });
  afterAll(async () => {
    await f?.close();
  });

  it.each([
    '/staff',
    `/staff/referrals/00000000-0000-4000-8000-000000000000`,
    '/staff/dashboard',
    '/staff/audit',
  ])('sends someone not signed in from %s to the sign-in page', async (path) => {
    const response = await f.app.request(path);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/staff/login');
  });

  it('refuses an action from someone not signed in', async () => {
    const response = await new StaffClient(f.app).post(`/referrals/${ownId}/claim`, { _csrf: 'x' });
    expect(response.status).toBe(403);
    expect((await f.staff.store.referral(ownId))?.status).toBe('new');
  });

  it("answers 404 to staff of window A asking for window B's referral, and to a made-up id", async () => {
    const client = new StaffClient(f.app);
    expect((await client.signIn('a@kosei.example')).status).toBe(303);
    const other = await client.get(`/referrals/${otherId}`);
    expect(other.status).toBe(404);
    expect(await other.text()).not.toContain('B の相談');
    expect((await client.get('/referrals/not-a-uuid')).status).toBe(404);
    const { csrf } = await client.page('');
    const claim = await client.post(`/referrals/${otherId}/claim`, { _csrf: csrf as string });
    expect(claim.status).toBe(404);
    expect((await f.staff.store.referral(otherId))?.status).toBe('new');
    const queue = await (await client.get('?status=all')).text();
    expect(queue).not.toContain(otherId);
  });

  it('refuses a form without the CSRF token, or with another one, with 403', async () => {
    const client = new StaffClient(f.app);
    await client.signIn('a@kosei.example');
    expect((await client.post(`/referrals/${ownId}/claim`, {})).status).toBe(403);
    expect((await client.post(`/referrals/${ownId}/claim`, { _csrf: 'guessed' })).status).toBe(403);
    expect((await f.staff.store.referral(ownId))?.status).toBe('new');
    const login = await new StaffClient(f.app).post('/login', { email: 'a@kosei.example', password: 'x' });
    expect(login.status).toBe(403);
  });

  it("renders a resident's <script> as inert text", async () => {
    const client = new StaffClient(f.app);
    await client.signIn('a@kosei.example');
    const { status, html } = await client.page(`/referrals/${ownId}`);
    expect(status).toBe(200);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;');
    const response = await client.get(`/referrals/${ownId}`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('sets the session cookie HttpOnly, and Secure behind https', async () => {
    const page = await f.app.request('https://city.example/staff/login');
    const csrf = StaffClient.csrfOf(await page.text());
    const loginCookie = page.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    const response = await f.app.request('https://city.example/staff/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: loginCookie },
      body: new URLSearchParams({
        _csrf: csrf,
        email: 'a@kosei.example',
        password: 'correct horse battery staple',
      }),
    });
    const session = response.headers.getSetCookie().find((c) => c.startsWith('staff_session='));
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/Secure/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(session).toMatch(/Expires=/);
  });

  it('limits failed sign-ins per email, in the database', async () => {
    await createAccount(f.staff, 'target@example', 'staff', 'sumida-kosei');
    const client = new StaffClient(f.app);
    for (let i = 0; i < 5; i++) expect((await client.signIn('target@example', 'wrong')).status).toBe(403);
    const limited = await client.signIn('target@example');
    expect(limited.status).toBe(429);
    expect(client.hasCookie('staff_session')).toBe(false);
  });

  it('ends the session on logout: the old cookie opens nothing', async () => {
    const client = new StaffClient(f.app);
    await client.signIn('a@kosei.example');
    const { csrf } = await client.page('');
    const cookie = (await f.db.selectFrom('staff_sessions').select('token_hash').execute()).length;
    expect(cookie).toBeGreaterThan(0);
    const out = await client.post('/logout', { _csrf: csrf as string });
    expect(out.status).toBe(303);
    expect((await client.get('')).headers.get('location')).toBe('/staff/login');
  });

  it('keeps the audit log and accounts for admins only, and the queue for case workers', async () => {
    const staff = new StaffClient(f.app);
    await staff.signIn('a@kosei.example');
    expect((await staff.get('/audit')).status).toBe(404);
    expect((await staff.get('/dashboard')).status).toBe(404);
    const admin = new StaffClient(f.app);
    await admin.signIn('admin@example');
    expect((await admin.get('/audit')).status).toBe(200);
    expect((await admin.get(`/referrals/${ownId}`)).status).toBe(404);
  });
});

describe('a one-time password', () => {
  it('opens only the page that replaces it, then works no more', async () => {
    const f = await createStaffFixture();
    try {
      const hasher = (await import('../../adapters/staff/password.ts')).argon2Hasher((n) =>
        crypto.getRandomValues(new Uint8Array(n)),
      );
      await f.staff.store.createAccount({
        email: 'new@example',
        passwordHash: await hasher.hash('one-time-pass-123'),
        role: 'staff',
        orgId: 'sumida-kosei',
        mustChangePassword: true,
      });
      const client = new StaffClient(f.app);
      const signIn = await client.signIn('new@example', 'one-time-pass-123');
      expect(signIn.headers.get('location')).toBe('/staff/password');
      expect((await client.get('')).headers.get('location')).toBe('/staff/password');
      const { csrf } = await client.page('/password');
      const short = await client.post('/password', {
        _csrf: csrf as string,
        current: 'one-time-pass-123',
        next: 'short',
      });
      expect(short.status).toBe(422);
      const ok = await client.post('/password', {
        _csrf: csrf as string,
        current: 'one-time-pass-123',
        next: 'a much longer secret',
      });
      expect(ok.headers.get('location')).toBe('/staff');
      expect((await client.get('')).status).toBe(200);
      const again = new StaffClient(f.app);
      expect((await again.signIn('new@example', 'one-time-pass-123')).status).toBe(403);
      expect((await again.signIn('new@example', 'a much longer secret')).headers.get('location')).toBe(
        '/staff',
      );
    } finally {
      await f.close();
    }
  });
});
