import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAccount,
  createStaffFixture,
  insertReferral,
  StaffClient,
} from '../../../test/support/staff.ts';
import { newPgStore } from '../../adapters/db/store.ts';

const LINE_USER = `U${'a'.repeat(32)}`;

describe('staff UI routes', () => {
  let f: Awaited<ReturnType<typeof createStaffFixture>>;
  let staff: StaffClient;
  let coordinator: StaffClient;
  let staffId: string;
  beforeAll(async () => {
    f = await createStaffFixture();
    staffId = (await createAccount(f.staff, 'kosei@example', 'staff', 'sumida-kosei')).id;
    await createAccount(f.staff, 'coord@example', 'coordinator');
    await createAccount(f.staff, 'admin@example', 'admin');
    staff = new StaffClient(f.app);
    coordinator = new StaffClient(f.app);
    expect((await staff.signIn('kosei@example')).headers.get('location')).toBe('/staff');
    expect((await coordinator.signIn('coord@example')).status).toBe(303);
  });
  afterAll(async () => {
    await f?.close();
  });

  async function post(client: StaffClient, id: string, action: string, form: Record<string, string> = {}) {
    const { csrf } = await client.page(`/referrals/${id}`);
    return client.post(`/referrals/${id}/${action}`, { _csrf: csrf as string, ...form });
  }

  it('lists my window, urgent first then oldest unclaimed, with time waiting', async () => {
    const hour = 3_600_000;
    const old = await insertReferral(f.db, { createdAt: new Date(Date.now() - 50 * hour) });
    const urgent = await insertReferral(f.db, { crisis: 'suicide', createdAt: new Date(Date.now() - hour) });
    const recent = await insertReferral(f.db, { createdAt: new Date(Date.now() - 2 * hour) });
    const elsewhere = await insertReferral(f.db, { serviceId: 'sumida-kurashi-shigoto' });
    const html = await (await staff.get('')).text();
    const order = [urgent.code, old.code, recent.code].map((c) => html.indexOf(c));
    expect(order.every((i) => i > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(html).not.toContain(elsewhere.code);
    expect(html).toContain('2日2時間');
    const all = await (await coordinator.get('')).text();
    expect(all).toContain(elsewhere.code);
  });

  it('filters by status, category, window, language and compound, and finds a reference code', async () => {
    const en = await insertReferral(f.db, { locale: 'en', categories: ['housing'], compound: true });
    const byLang = await (await coordinator.get('?language=en')).text();
    expect(byLang).toContain(en.code);
    expect(byLang.match(/SMD-\d{4}-\d{4}/g)?.length).toBe(1);
    expect(await (await coordinator.get('?category=housing&compound=1')).text()).toContain(en.code);
    expect(await (await coordinator.get('?category=elderly')).text()).not.toContain(en.code);
    expect(await (await coordinator.get('?window=sumida-kurashi-shigoto')).text()).not.toContain(en.code);
    expect(await (await coordinator.get('?status=closed')).text()).not.toContain(en.code);
    const found = await (await coordinator.get(`?code=${en.code.toLowerCase()}`)).text();
    expect(found.match(/SMD-\d{4}-\d{4}/g)?.filter((c) => c !== en.code)).toEqual([]);
  });

  it('pages with a cursor: no row twice, none missed', async () => {
    for (let i = 0; i < 60; i++) await insertReferral(f.db, { serviceId: 'sumida-seikatsu-fukushi' });
    const seen: string[] = [];
    let path = '?window=sumida-seikatsu-fukushi';
    for (let pages = 0; pages < 5 && path; pages++) {
      const html = await (await coordinator.get(path)).text();
      seen.push(...(html.match(/SMD-\d{4}-\d{4}/g) ?? []));
      const next = /rel="next" href="\/staff(\?[^"]*)"/.exec(html);
      path = next?.[1]?.replace(/&amp;/g, '&') ?? '';
    }
    expect(seen.length).toBe(60);
    expect(new Set(seen).size).toBe(60);
  });

  it('claims, marks contacted, closes with an outcome and reopens, recording each step', async () => {
    const { id } = await insertReferral(f.db);
    expect((await post(staff, id, 'claim')).status).toBe(303);
    let r = await f.staff.store.referral(id);
    expect(r?.status).toBe('claimed');
    expect(r?.claimedBy).toBe(staffId);
    expect((await post(staff, id, 'claim')).status).toBe(409);
    expect((await post(staff, id, 'contacted')).status).toBe(303);
    expect((await post(staff, id, 'close', { outcome: 'nonsense' })).status).toBe(422);
    expect((await post(staff, id, 'close', { outcome: 'referred_elsewhere' })).status).toBe(303);
    r = await f.staff.store.referral(id);
    expect([r?.status, r?.outcome]).toEqual(['closed', 'referred_elsewhere']);
    expect((await post(staff, id, 'reopen')).status).toBe(303);
    expect((await f.staff.store.referral(id))?.status).toBe('new');
    const kinds = (await f.staff.store.events(id)).map((e) => `${e.kind}:${e.status}`);
    expect(kinds).toEqual(['claim:claimed', 'status:contacted', 'status:closed', 'status:new']);
  });

  it('releases a claim back to the queue', async () => {
    const { id } = await insertReferral(f.db);
    await post(staff, id, 'claim');
    expect((await post(staff, id, 'release')).status).toBe(303);
    const r = await f.staff.store.referral(id);
    expect([r?.status, r?.claimedBy]).toEqual(['new', null]);
  });

  it('transfers to another window with a reason (つなぎ直し); the old window loses it', async () => {
    const { id } = await insertReferral(f.db);
    expect((await post(staff, id, 'transfer', { serviceId: 'sumida-kosei', reason: 'x' })).status).toBe(422);
    expect((await post(staff, id, 'transfer', { serviceId: 'nowhere', reason: 'x' })).status).toBe(422);
    expect(
      (await post(staff, id, 'transfer', { serviceId: 'sumida-kurashi-shigoto', reason: '' })).status,
    ).toBe(422);
    const moved = await post(staff, id, 'transfer', {
      serviceId: 'sumida-kurashi-shigoto',
      reason: '就労の相談が中心',
    });
    expect(moved.status).toBe(303);
    expect((await staff.get(`/referrals/${id}`)).status).toBe(404);
    const view = await (await coordinator.get(`/referrals/${id}`)).text();
    expect(view).toContain('就労の相談が中心');
  });

  it('adds a note shown in the history', async () => {
    const { id } = await insertReferral(f.db);
    expect((await post(staff, id, 'note', { body: '午後に電話予定' })).status).toBe(303);
    expect(await (await staff.get(`/referrals/${id}`)).text()).toContain('午後に電話予定');
    expect((await post(staff, id, 'note', { body: '  ' })).status).toBe(422);
  });

  it('sends the resident a LINE message through the bot and shows it in the thread', async () => {
    const { id } = await insertReferral(f.db, { contactMethod: 'line', lineUserId: LINE_USER });
    const sent = await post(staff, id, 'message', { body: '明日お電話してもよいですか' });
    expect(sent.status).toBe(303);
    const push = f.pushes.at(-1);
    expect(push?.to).toBe(LINE_USER);
    expect(push?.retryKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(push?.messages)).toContain('明日お電話してもよいですか');
    expect(JSON.stringify(push?.messages)).toContain('厚生課');
    const view = await (await staff.get(`/referrals/${id}`)).text();
    expect(view).toContain('明日お電話してもよいですか');
    expect(view).toContain('送信済み');
    expect(f.logs.join('\n')).not.toContain('明日お電話');
    expect(f.logs.join('\n')).not.toContain(LINE_USER);
  });

  it('refuses a LINE message to a resident who chose the phone', async () => {
    const { id } = await insertReferral(f.db, { contactMethod: 'phone', phone: '09012345678' });
    const pushes = f.pushes.length;
    expect((await post(staff, id, 'message', { body: 'hello' })).status).toBe(422);
    expect(f.pushes.length).toBe(pushes);
    expect(await (await staff.get(`/referrals/${id}`)).text()).toContain('09012345678');
  });

  it('after withdrawal shows "withdrawn", erases contact and words, and sends nothing more', async () => {
    const user = `U${'b'.repeat(32)}`;
    const { id } = await insertReferral(f.db, {
      contactMethod: 'line',
      lineUserId: user,
      words: '秘密の相談',
    });
    await post(staff, id, 'message', { body: '最初の連絡です' });
    const store = newPgStore(f.db, {
      uuid: () => crypto.randomUUID(),
      randomBytes: (n) => new Uint8Array(n),
    });
    expect(await store.atomically((tx) => tx.withdrawConsent(user, new Date()))).toBe(1);
    const r = await f.staff.store.referral(id);
    expect([r?.status, r?.words, r?.hasLineContact, r?.contactDetails]).toEqual([
      'withdrawn',
      null,
      false,
      {},
    ]);
    const pushes = f.pushes.length;
    expect((await post(staff, id, 'message', { body: 'まだ届く？' })).status).toBe(422);
    expect(f.pushes.length).toBe(pushes);
    const view = await (await staff.get(`/referrals/${id}`)).text();
    expect(view).toContain('同意撤回');
    expect(view).not.toContain('秘密の相談');
    expect(view).not.toContain('最初の連絡です');
    expect((await post(staff, id, 'claim')).status).toBe(409);
  });

  it('records every view and change in the audit log, which admins read', async () => {
    const { id } = await insertReferral(f.db);
    await staff.get(`/referrals/${id}`);
    await post(staff, id, 'claim');
    const rows = await f.db
      .selectFrom('staff_audit')
      .select(['action', 'account_id'])
      .where('referral_id', '=', id)
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.action)).toEqual(['view_case', 'view_case', 'claim']);
    expect(new Set(rows.map((r) => r.account_id))).toEqual(new Set([staffId]));
    const admin = new StaffClient(f.app);
    await admin.signIn('admin@example');
    const log = await (await admin.get('/audit')).text();
    expect(log).toContain(id);
    expect(log).toContain('kosei@example');
  });

  it('draws the weekly dashboard and a CSV of aggregates without personal data', async () => {
    const html = await (await coordinator.get('/dashboard')).text();
    expect(html).toContain('<svg');
    const csv = await (await coordinator.get('/dashboard.csv')).text();
    expect(csv.split('\n')[0]).toBe('week,measure,key,value');
    expect(csv).toMatch(/referrals_by_category,livelihood,\d+/);
    expect(csv).not.toMatch(/SMD-|家賃|0901234|U[ab]{32}/);
  });

  it('switches to English and remembers it', async () => {
    const english = await (await staff.get('?lang=en')).text();
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('Referrals');
    expect(await (await staff.get('')).text()).toContain('<html lang="en">');
    expect(await (await staff.get('?lang=ja')).text()).toContain('紹介一覧');
  });
});
