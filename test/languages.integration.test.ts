import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import hotlinesFile from '../directories/hotlines.json' with { type: 'json' };
import sumidaFile from '../directories/sumida.json' with { type: 'json' };
import { createTexts, EASY_JAPANESE, RESOURCES } from '../src/adapters/i18n/texts.ts';
import { richMenuAlias } from '../src/adapters/line/rich-menu.ts';
import { richMenuPng } from '../src/adapters/line/rich-menu-image.ts';
import { publishRichMenus } from '../src/adapters/line/rich-menu-publish.ts';
import {
  createHarness,
  DATABASES,
  type Harness,
  quickRepliesOf,
  residentEvents,
  userId,
} from './support/harness.ts';

const texts = createTexts();
const locales = Object.keys(RESOURCES);

/** What LINE calls the app language that maps to each locale (easy Japanese is chosen in the chat). */
const APP_LANGUAGE: Record<string, string> = {
  ja: 'ja',
  [EASY_JAPANESE]: 'ja',
  en: 'en',
  'zh-Hans': 'zh-CN',
  'zh-Hant': 'zh-TW',
  ko: 'ko',
  vi: 'vi',
  ne: 'ne',
  tl: 'fil',
  'pt-BR': 'pt-BR',
  id: 'id',
};

/**
 * Names of windows, places and hotlines (in Japanese, said at the counter or on the phone, with the
 * directory's translation beside them: English until a directory adds the resident's language) and
 * addresses (shown to find the place) are exempt.
 */
const NAMES_AND_ADDRESSES: string[] = (() => {
  const found = new Set<string>();
  const walk = (node: unknown, key = ''): void => {
    if (Array.isArray(node)) {
      for (const n of node) walk(n);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if ((key === 'name' || key === 'address') && typeof record.ja === 'string') {
      for (const value of Object.values(record)) if (typeof value === 'string') found.add(value);
    }
    for (const [k, v] of Object.entries(record)) walk(v, k);
  };
  walk(sumidaFile);
  walk(hotlinesFile);
  return [...found].sort((a, b) => b.length - a.length);
})();

/** Every string a message shows (texts, alt texts, labels), minus names and addresses. */
function shown(message: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) walk(n);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    // The way to another language may speak two (言語 / Language); the picker names each in its own.
    if (typeof record.data === 'string' && /^(lang:|cmd:language$)/.test(record.data)) return;
    for (const key of ['text', 'altText', 'label', 'displayText']) {
      if (typeof record[key] === 'string') out.push(record[key] as string);
    }
    for (const value of Object.values(record)) if (typeof value === 'object') walk(value);
  };
  walk(message);
  return out.map((s) => NAMES_AND_ADDRESSES.reduce((rest, name) => rest.split(name).join(' '), s));
}

const KANA = /[\u3041-\u3096\u30A1-\u30FA\u30FC]/;
const HAN = /\p{Script=Han}/u;
const HANGUL = /\p{Script=Hangul}/u;
const DEVANAGARI = /\p{Script=Devanagari}/u;
// Letters only Vietnamese uses (â, ê, ô are Portuguese too).
const VIETNAMESE = /[ăđơưĂĐƠƯ\u1EA0-\u1EF9]/;

/** Characters of scripts a resident reading `locale` should not meet. */
function foreignScript(locale: string): RegExp[] {
  switch (locale) {
    case 'ja':
    case EASY_JAPANESE:
      return [HANGUL, DEVANAGARI, VIETNAMESE];
    case 'zh-Hans':
    case 'zh-Hant':
      return [KANA, HANGUL, DEVANAGARI, VIETNAMESE];
    case 'ko':
      return [KANA, HAN, DEVANAGARI, VIETNAMESE];
    case 'ne':
      return [KANA, HAN, HANGUL, VIETNAMESE];
    case 'vi':
      return [KANA, HAN, HANGUL, DEVANAGARI];
    default:
      return [KANA, HAN, HANGUL, DEVANAGARI, VIETNAMESE];
  }
}

function leaves(tree: Record<string, unknown>, out: string[] = []): string[] {
  for (const value of Object.values(tree)) {
    if (value !== null && typeof value === 'object') leaves(value as Record<string, unknown>, out);
    else out.push(String(value));
  }
  return out;
}

/** Sentences of every other locale that this one does not share: none may reach this resident. */
function otherLocalesSentences(locale: string): string[] {
  const mine = new Set(leaves(RESOURCES[locale] as Record<string, unknown>));
  return locales
    .filter((l) => l !== locale)
    .flatMap((l) => leaves(RESOURCES[l] as Record<string, unknown>))
    .filter((s) => s.length >= 12 && !s.includes('{{') && !mine.has(s));
}

function problemsFor(locale: string, messages: unknown[]): string[] {
  const strings = messages.flatMap(shown);
  const scripts = foreignScript(locale);
  const others = otherLocalesSentences(locale);
  return [
    ...strings.filter((s) => scripts.some((re) => re.test(s))).map((s) => `foreign script: ${s}`),
    ...strings.flatMap((s) => others.filter((o) => s.includes(o)).map((o) => `another locale's text: ${o}`)),
  ];
}

describe.each(DATABASES)('every resident in their own language (%s)', (kind) => {
  let h: Harness;
  let menus: Map<string, string>;
  beforeAll(async () => {
    h = await createHarness(kind);
    const line = h.services.config.line;
    const png = richMenuPng('ja', texts.t);
    const published = await publishRichMenus({
      channelAccessToken: line.channelAccessToken,
      baseURL: line.apiBaseUrl,
      locales,
      t: texts.t,
      image: () => png,
      defaultLocale: 'ja',
    });
    menus = new Map(published.map((p) => [p.locale, p.richMenuId]));
  });
  afterAll(async () => {
    await h?.close();
  });

  async function say(events: unknown[]) {
    expect((await h.webhook(events)).status).toBe(200);
    await h.settle();
  }

  const messagesTo = (user: string, after = 0) => h.fake.messagesTo(user, after).map((m) => m.message);
  const lastSeq = (user: string) => h.fake.messagesTo(user).at(-1)?.seq ?? 0;
  const buttonsNow = (user: string) => quickRepliesOf(messagesTo(user).at(-1)).map((q) => q.data ?? '');
  const textsNow = (user: string, after = 0) =>
    messagesTo(user, after).map((m) => (m as { text?: string; altText?: string }).text ?? '');

  /** Answers whatever the bot asks next until it gives a reference number; returns that number. */
  async function walkToReferral(user: string, contact: 'line' | 'phone'): Promise<string> {
    const r = residentEvents(h.fake, user);
    for (let turn = 0; turn < 10; turn++) {
      const code = textsNow(user)
        .join('\n')
        .match(/[A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}/)?.[0];
      if (code) return code;
      const buttons = buttonsNow(user);
      const pick =
        ['offer:yes', 'consent:yes', `contact:${contact}`].find((b) => buttons.includes(b)) ??
        buttons.find((b) => b.startsWith('who:') || b.startsWith('age:'));
      if (pick) await say([r.postback(pick)]);
      else if (buttons.includes('phone:other')) await say([r.text('090-1234-5678')]);
      else throw new Error(`stuck: buttons ${buttons.join(', ')}`);
    }
    throw new Error('no reference number after ten turns');
  }

  it('greets a resident whose LINE is in Vietnamese in Vietnamese and takes them to a referral', async () => {
    const user = userId(501);
    const r = residentEvents(h.fake, user);
    h.fake.setLanguage(user, 'vi');
    await say([r.follow()]);
    expect(textsNow(user)[0]).toBe(texts.t('vi', 'greeting.hello'));
    expect(h.fake.richMenuOf(user)?.id).toBe(menus.get('vi'));

    const words = 'Tôi không trả được tiền nhà và đã mất việc.';
    await say([r.text(words)]);
    const code = await walkToReferral(user, 'phone');
    expect(textsNow(user)).toContain(texts.t('vi', 'done.code', { code }));

    const row = await h.db
      .selectFrom('referrals')
      .selectAll()
      .where('reference_code', '=', code)
      .executeTakeFirstOrThrow();
    expect(row.words).toBe(words);
    expect(row.locale).toBe('vi');
    expect(row.consent_language).toBe('vi');
    expect(problemsFor('vi', messagesTo(user))).toEqual([]);
  });

  it('answers a Vietnamese resident in crisis with the hotlines in Vietnamese, their Japanese names kept', async () => {
    const user = userId(503);
    const r = residentEvents(h.fake, user);
    h.fake.setLanguage(user, 'vi');
    await say([r.follow()]);
    const from = lastSeq(user);
    await say([r.text('Tôi không muốn sống nữa')]);
    const [intro, card] = messagesTo(user, from) as { text?: string; altText?: string }[];
    expect(intro?.text).toBe(texts.t('vi', 'crisis.intro'));
    expect(card?.altText).toMatch(new RegExp(`^${texts.t('vi', 'hotlines.title')}: `));
    expect(card?.altText).toContain('いのちの電話');
    expect(problemsFor('vi', messagesTo(user, from))).toEqual([]);
  });

  it('answers a Korean resident whose LINE is in Japanese with the crisis card in Korean, and goes on in Korean', async () => {
    const user = userId(506);
    const r = residentEvents(h.fake, user);
    h.fake.setLanguage(user, 'ja');
    await say([r.follow()]);
    expect(textsNow(user)[0]).toBe(texts.t('ja', 'greeting.hello'));
    const from = lastSeq(user);
    await say([r.text('더 이상 살고 싶지 않아요. 오늘 밤에 죽으려고 약을 모아 뒀어요')]);
    const [intro, card] = messagesTo(user, from) as { text?: string; altText?: string }[];
    expect(intro?.text).toBe(texts.t('ko', 'crisis.intro'));
    expect(card?.altText).toMatch(new RegExp(`^${texts.t('ko', 'hotlines.title')}: `));
    expect(card?.altText).toContain('いのちの電話');
    expect(problemsFor('ko', messagesTo(user, from))).toEqual([]);
    // The menu follows the language the resident writes in.
    expect(h.fake.richMenuOf(user)?.id).toBe(menus.get('ko'));
  });

  it('keeps the language a resident chose, whatever they then write in', async () => {
    const user = userId(507);
    const r = residentEvents(h.fake, user);
    h.fake.setLanguage(user, 'ja');
    await say([r.follow()]);
    await say([r.text('言語')]);
    await say([r.postback('lang:en')]);
    const from = lastSeq(user);
    await say([r.text('もう死にたい。今夜、薬を全部飲むつもりです')]);
    const [intro] = messagesTo(user, from) as { text?: string }[];
    expect(intro?.text).toBe(texts.t('en', 'crisis.intro'));
  });

  it('switches a Vietnamese resident to やさしい日本語 mid-way and carries on from where they were', async () => {
    const user = userId(502);
    const r = residentEvents(h.fake, user);
    h.fake.setLanguage(user, 'vi');
    await say([r.follow()]);
    await say([r.postback('consult')]);
    await say([r.postback('cat:housing')]);
    expect(buttonsNow(user)).toContain('offer:yes');

    await say([r.text('言語')]);
    const picker = quickRepliesOf(messagesTo(user).at(-1));
    expect(picker.map((q) => q.data)).toEqual(locales.map((l) => `lang:${l}`));
    expect(picker.map((q) => q.label)).toContain('やさしい にほんご');

    const switchedAt = lastSeq(user);
    await say([r.postback(`lang:${EASY_JAPANESE}`)]);
    const after = textsNow(user, switchedAt);
    expect(after[0]).toBe(texts.t(EASY_JAPANESE, 'language.changed'));
    expect(after.at(-1)).toBe(texts.t(EASY_JAPANESE, 'offer.prompt'));
    expect(h.fake.richMenuOf(user)?.id).toBe(menus.get(EASY_JAPANESE));

    const code = await walkToReferral(user, 'line');
    const row = await h.db
      .selectFrom('referrals')
      .select(['locale', 'consent_language', 'categories'])
      .where('reference_code', '=', code)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ locale: EASY_JAPANESE, consent_language: EASY_JAPANESE });
    expect(row.categories).toContain('housing');
    expect(problemsFor(EASY_JAPANESE, messagesTo(user, switchedAt))).toEqual([]);
  });

  it.each(locales)('walks the whole intake in %s without a word of another language', async (locale) => {
    const user = userId(600 + locales.indexOf(locale));
    const r = residentEvents(h.fake, user);
    h.fake.setLanguage(user, APP_LANGUAGE[locale] as string);
    await say([r.follow()]);
    // LINE has no easy Japanese setting: the resident types its name, as the greeting's button would.
    const from = locale === EASY_JAPANESE ? lastSeq(user) : 0;
    if (locale === EASY_JAPANESE) await say([r.text(texts.t(EASY_JAPANESE, 'language.name'))]);
    await say([r.postback('consult')]);
    await say([r.postback('cat:livelihood')]);
    const code = await walkToReferral(user, 'phone');
    const row = await h.db
      .selectFrom('referrals')
      .select(['locale', 'consent_language'])
      .where('reference_code', '=', code)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ locale, consent_language: locale });
    expect(h.fake.richMenuOf(user)?.id).toBe(menus.get(locale));
    // Then the places nearby, by area, with when each next opens.
    await say([r.postback('places')]);
    await say([r.postback('area:any')]);
    expect(textsNow(user)).toContain(texts.t(locale, 'places.after'));
    expect(problemsFor(locale, messagesTo(user, from))).toEqual([]);
  });

  it('answers even when LINE fails to link the rich menu', async () => {
    const user = userId(504);
    const r = residentEvents(h.fake, user);
    h.fake.setLanguage(user, 'ko');
    h.fake.failNext(`/user/${user}/richmenu/${menus.get('ko')}`, 500);
    await say([r.follow()]);
    expect(textsNow(user)[0]).toBe(texts.t('ko', 'greeting.hello'));
    expect(h.fake.richMenuOf(user)?.id).toBe(menus.get('ja'));
    expect(h.logs.some((l) => l.includes('rich_menu_unavailable'))).toBe(true);
  });

  it('gives each locale its own menu on the channel, the Japanese one by default', () => {
    expect([...h.fake.richMenuAliases.keys()].sort()).toEqual(locales.map(richMenuAlias).sort());
    expect(h.fake.richMenuOf(userId(999))?.id).toBe(menus.get('ja'));
  });
});
