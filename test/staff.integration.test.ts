import { beforeAll, describe, expect, it } from 'vitest';
import { DATABASES, residentEvents, textsTo, useHarness, userId, walkToReferral } from './support/harness.ts';
import { createAccount, StaffClient } from './support/staff.ts';

const GROUP = `C${'1'.repeat(32)}`;

describe.each(DATABASES)('staff pick up a referral the bot made (%s)', (kind) => {
  const harness = useHarness(kind, {
    env: { STAFF_LINE_GROUPS: JSON.stringify({ 'sumida-kurashi-shigoto': GROUP, 'sumida-kosei': GROUP }) },
  });
  let staff: StaffClient;
  beforeAll(async () => {
    const h = harness();
    await createAccount(h.services.staff, 'coord@example', 'coordinator');
    staff = new StaffClient(h.app);
    expect((await staff.signIn('coord@example')).status).toBe(303);
  });

  async function referLine(user: string): Promise<{ id: string; code: string }> {
    const h = harness();
    await walkToReferral(h, user, 'line');
    return h.db
      .selectFrom('referrals')
      .select(['id', 'reference_code as code'])
      .where('line_user_id', '=', user)
      .executeTakeFirstOrThrow();
  }

  it("tells the window's staff group once, with no words and no contact details", async () => {
    const h = harness();
    const { code } = await referLine(userId(41));
    const notices = textsTo(h.fake, GROUP).filter((t) => t.includes(code));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain('新しい紹介');
    expect(notices[0]).not.toContain('家賃');
    expect(notices[0]).not.toContain(userId(41));
  });

  it('claims, replies on LINE (the fake LINE API sees the push), and closes', async () => {
    const h = harness();
    const user = userId(42);
    const { id, code } = await referLine(user);
    expect(await (await staff.get('')).text()).toContain(code);
    const { csrf } = await staff.page(`/referrals/${id}`);
    const form = (extra: Record<string, string> = {}) => ({ _csrf: csrf as string, ...extra });
    expect((await staff.post(`/referrals/${id}/claim`, form())).status).toBe(303);
    const before = h.fake.messagesTo(user).length;
    expect(
      (await staff.post(`/referrals/${id}/message`, form({ body: '担当の山田です。明日お電話します。' })))
        .status,
    ).toBe(303);
    const pushed = h.fake.messagesTo(user).slice(before);
    expect(pushed).toHaveLength(1);
    expect(pushed[0]?.via).toBe('push');
    expect(JSON.stringify(pushed[0]?.message)).toContain('担当の山田です');
    expect((await staff.post(`/referrals/${id}/close`, form({ outcome: 'resolved' }))).status).toBe(303);
    const view = await (await staff.get(`/referrals/${id}`)).text();
    expect(view).toContain('担当の山田です');
    expect(view).toContain('終了');
  });

  it("files the resident's LINE answer in the case thread, until they go back to the bot", async () => {
    const h = harness();
    const user = userId(44);
    const r = residentEvents(h.fake, user);
    const { id } = await referLine(user);
    const { csrf } = await staff.page(`/referrals/${id}`);
    const form = (extra: Record<string, string> = {}) => ({ _csrf: csrf as string, ...extra });
    expect((await staff.post(`/referrals/${id}/claim`, form())).status).toBe(303);
    expect(
      (await staff.post(`/referrals/${id}/message`, form({ body: '明日の午後はご都合いかがですか' }))).status,
    ).toBe(303);

    const before = h.fake.messagesTo(user).length;
    await h.say([r.text('午後3時なら大丈夫です')]);
    expect(textsTo(h.fake, user).slice(before)).toEqual([expect.stringContaining('担当の職員に届けました')]);
    const view = await (await staff.get(`/referrals/${id}`)).text();
    expect(view).toContain('午後3時なら大丈夫です');
    expect(view).toContain('返信を受け取りました');

    // Back to the bot: a button, then a new concern goes to triage, not to the thread.
    await h.say([r.postback('cmd:menu')]);
    const afterMenu = h.fake.messagesTo(user).length;
    await h.say([r.text('別のことで、家賃が払えません')]);
    expect(textsTo(h.fake, user).slice(afterMenu).join('\n')).not.toContain('担当の職員に届けました');
    expect(await (await staff.get(`/referrals/${id}`)).text()).not.toContain('家賃が払えません');

    // A crisis is never swallowed by the thread.
    await staff.post(`/referrals/${id}/message`, form({ body: 'その後いかがですか' }));
    const beforeCrisis = h.fake.messagesTo(user).length;
    await h.say([r.text('もう死にたい')]);
    expect(JSON.stringify(h.fake.messagesTo(user).slice(beforeCrisis))).toContain('0120-279-338');
  });

  it('withdraws consent from the chat: the referral shows withdrawn and staff can no longer write', async () => {
    const h = harness();
    const user = userId(43);
    const { id } = await referLine(user);
    const r = residentEvents(h.fake, user);
    await h.say([r.text('同意を取り消す')]);
    expect(textsTo(h.fake, user).at(-1)).toContain('同意を取り消します');
    await h.say([r.postback('withdraw:yes')]);
    expect(textsTo(h.fake, user).some((t) => t.startsWith('同意を取り消しました'))).toBe(true);
    const row = await h.db.selectFrom('referrals').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect([row.status, row.line_user_id, row.words, row.contact_details]).toEqual([
      'withdrawn',
      null,
      null,
      {},
    ]);
    const { csrf } = await staff.page(`/referrals/${id}`);
    const before = h.fake.messagesTo(user).length;
    expect(
      (await staff.post(`/referrals/${id}/message`, { _csrf: csrf as string, body: 'hello' })).status,
    ).toBe(422);
    expect(h.fake.messagesTo(user).length).toBe(before);
  });
});
