import { describe, expect, it } from 'vitest';
import ja from '../locales/ja.json' with { type: 'json' };
import { DATABASES, quickRepliesOf, residentEvents, textsTo, useHarness, userId } from './support/harness.ts';

describe.each(DATABASES)('places, clarifying questions and compound routes end to end (%s)', (kind) => {
  const harness = useHarness(kind);

  const sent = (user: string) =>
    harness()
      .fake.messagesTo(user)
      .map(({ message }) => message);
  const json = (user: string) => JSON.stringify(sent(user));

  it('answers a shared location honestly, then lists places with opening times for a chosen area', async () => {
    const h = harness();
    const user = userId(101);
    const r = residentEvents(h.fake, user);
    await h.say([r.postback('places')]);
    const offered = sent(user).at(-1);
    expect(quickRepliesOf(offered).map((q) => q.label)).toContain('位置情報を送る');
    await h.say([r.location(35.71, 139.81)]);
    const texts = textsTo(h.fake, user);
    expect(texts).toContain(ja.places.noCoordinates);
    expect(json(user)).toContain('"data":"area:kyojima"');

    const before = sent(user).length;
    await h.say([r.postback('area:kyojima')]);
    const places = sent(user).slice(before);
    const card = places.find((m) => (m as { type: string }).type === 'flex') as { altText: string };
    expect(card.altText).toContain('京島');
    const shown = JSON.stringify(card);
    expect(shown).toMatch(/いま開いています|次に開くのは/);
    expect(shown).toContain('選んだ地域にあります');
    const stored = await h.db.selectFrom('conversations').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain('139.81');
  });

  it('asks at most two clarifying questions for a vague concern, then answers with a safety net', async () => {
    const h = harness();
    const user = userId(102);
    const r = residentEvents(h.fake, user);
    await h.say([r.text('ちょっと聞いてもいいですか')]);
    expect(textsTo(h.fake, user).at(-1)).toContain('だれのことでの相談ですか');
    await h.say([r.postback('who:parent')]);
    expect(textsTo(h.fake, user).at(-1)).toContain('何歳くらい');
    await h.say([r.postback('age:65plus')]);
    const texts = textsTo(h.fake, user);
    const questions = texts.filter((t) => t.includes('だれのことでの相談ですか') || t.includes('何歳くらい'));
    expect(questions).toHaveLength(2);
    expect(texts).toContain(ja.result.unsureIntro);
    const route = sent(user).at(-2);
    expect(JSON.stringify(route)).toContain(ja.card.safetyNet);
    expect(JSON.stringify(route)).toContain('高齢者');
  });

  it('routes a compound concern to several windows and refers it to the coordinator too', async () => {
    const h = harness();
    const user = userId(103);
    const r = residentEvents(h.fake, user);
    const directory = h.services.directory;
    const coordinator = directory.services.find((s) => s.id === directory.coordinatorServiceId);
    await h.say([r.text('家賃が払えなくて、仕事もなくなりました')]);
    const routeCard = JSON.stringify(sent(user).find((m) => (m as { type: string }).type === 'flex'));
    expect(routeCard).toContain(coordinator?.name.ja);
    expect(routeCard).toContain(ja.card.routeSteps);
    await h.say([r.postback('offer:yes')]);
    expect(json(user)).toContain(ja.consent.coordinator);
    await h.say([r.postback('consent:yes')]);
    await h.say([r.postback('contact:line')]);
    const row = await h.db
      .selectFrom('referrals')
      .selectAll()
      .where('line_user_id', '=', user)
      .executeTakeFirstOrThrow();
    expect(row.compound).toBe(true);
    expect(row.coordinator_service_id).toBe(directory.coordinatorServiceId);
    expect(row.service_id).not.toBe(directory.coordinatorServiceId);
  });
});
