import { describe, expect, it } from 'vitest';
import flowFile from '../../../flows/intake.json' with { type: 'json' };
import { lineMessageErrors, lineSchemaErrors } from '../../../test/support/line-openapi.ts';
import type { Renderer } from '../../app/ports.ts';
import type { Directory } from '../../core/directory/schema.ts';
import { loadFlow } from '../../core/flow/load.ts';
import type { Button, OutMessage, Reply } from '../../core/flow/message.ts';
import type { SayItem } from '../../core/flow/schema.ts';
import { type DirectoryId, loadDirectory, loadHotlines } from '../directory/load.ts';
import { createTexts, RESOURCES } from '../i18n/texts.ts';
import { LIMITS, MessageLimitError } from './limits.ts';
import { createLineRenderer } from './render.ts';

const texts = createTexts();
const hotlines = loadHotlines();
const flow = loadFlow(flowFile);
const DIRECTORY_IDS: DirectoryId[] = ['sumida', 'arakawa'];
const directories = Object.fromEntries(DIRECTORY_IDS.map((id) => [id, loadDirectory(id)])) as Record<
  DirectoryId,
  Directory
>;
const renderers = Object.fromEntries(
  DIRECTORY_IDS.map((id) => [id, createLineRenderer(texts, directories[id], hotlines)]),
) as Record<DirectoryId, Renderer>;

type Json = Record<string, unknown>;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every LINE limit (LINE-FACTS.md) the built messages break, as readable lines. */
function limitProblems(messages: unknown[]): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  check(messages.length >= 1 && messages.length <= LIMITS.messagesPerCall, `${messages.length} messages`);
  messages.forEach((raw, i) => {
    const m = raw as Json;
    if (m.type === 'text') check(String(m.text).length <= LIMITS.text, `message ${i} text too long`);
    if (m.type === 'flex') {
      check(String(m.altText).length <= LIMITS.altText, `message ${i} altText too long`);
      const contents = m.contents as Json;
      const size = new TextEncoder().encode(JSON.stringify(contents)).length;
      if (contents.type === 'carousel') {
        const bubbles = contents.contents as Json[];
        check(bubbles.length <= LIMITS.carouselBubbles, `message ${i} has ${bubbles.length} bubbles`);
        check(size <= 50_000, `message ${i} carousel is ${size} bytes`);
        for (const b of bubbles)
          check(new TextEncoder().encode(JSON.stringify(b)).length <= 30_000, `message ${i} bubble too big`);
      } else {
        check(size <= 30_000, `message ${i} bubble is ${size} bytes`);
      }
      walkActions(contents, (action) =>
        check(String(action.label).length <= LIMITS.flexButtonLabel, `flex label "${action.label}"`),
      );
    }
    const quick = m.quickReply as { items: { action: Json }[] } | undefined;
    if (quick) {
      check(i === messages.length - 1, `quick reply on message ${i}, not the last`);
      check(quick.items.length <= LIMITS.quickReplyItems, `${quick.items.length} quick replies`);
      for (const { action } of quick.items)
        check(String(action.label).length <= LIMITS.quickReplyLabel, `quick reply label "${action.label}"`);
    }
    walkActions(m, (action) => {
      if (action.data !== undefined)
        check(String(action.data).length <= LIMITS.postbackData, 'postback data too long');
      if (action.displayText !== undefined)
        check(String(action.displayText).length <= LIMITS.displayText, 'displayText too long');
      if (typeof action.uri === 'string') {
        check(action.uri.length <= LIMITS.uri, 'uri too long');
        if (action.uri.startsWith('tel:'))
          check(/^tel:(%23)?[0-9*+]+$/.test(action.uri), `uri ${action.uri}`);
      }
    });
    walkStrings(m, (s) => check(!LONE_SURROGATE.test(s), `lone surrogate in ${JSON.stringify(s)}`));
  });
  return problems;
}

function walkActions(node: unknown, visit: (action: Json) => void): void {
  if (Array.isArray(node)) for (const item of node) walkActions(item, visit);
  else if (node && typeof node === 'object') {
    const action = (node as Json).action;
    if (action && typeof action === 'object') visit(action as Json);
    for (const value of Object.values(node)) walkActions(value, visit);
  }
}

function walkStrings(node: unknown, visit: (s: string) => void): void {
  if (typeof node === 'string') visit(node);
  else if (Array.isArray(node)) for (const item of node) walkStrings(item, visit);
  else if (node && typeof node === 'object')
    for (const value of Object.values(node)) walkStrings(value, visit);
}

/** Asserts the messages are LINE-valid per the OpenAPI spec and within the documented limits. */
function expectSendable(messages: unknown[]): void {
  for (const message of messages) expect(lineMessageErrors(message)).toEqual([]);
  expect(lineSchemaErrors('ReplyMessageRequest', { replyToken: 'x', messages })).toEqual([]);
  expect(limitProblems(messages)).toEqual([]);
}

const reply = (messages: OutMessage[], buttons: Button[] = []): Reply => ({ messages, buttons });

/** The reply an ask step of the flow gives, as the engine builds it. */
function askReply(stepId: string, data: Json): Reply {
  const step = flow.steps[stepId];
  if (step?.type !== 'ask') throw new Error(`${stepId} is not an ask step`);
  const card = (item: Extract<SayItem, { card: unknown }>): OutMessage => {
    if (item.card === 'window') return { type: 'window', serviceId: String(data.serviceId) };
    if (item.card === 'route') return { type: 'route', serviceIds: data.serviceIds as string[] };
    return { type: item.card };
  };
  const messages = step.say.map((item) =>
    'card' in item ? card(item) : { type: 'text' as const, key: item.text },
  );
  messages.push({ type: 'text', key: step.reprompt });
  const buttons: Button[] =
    step.buttons === 'languages'
      ? texts.locales.map((lng) => ({ type: 'choice', label: 'language.name', value: `lang:${lng}`, lng }))
      : step.buttons.map((b) =>
          'location' in b
            ? { type: 'location', label: b.location }
            : { type: 'choice', label: b.label, value: b.value },
        );
  return reply(messages, buttons);
}

describe.each(DIRECTORY_IDS)('LINE messages for the %s directory', (dirId) => {
  const directory = directories[dirId];
  const renderer = renderers[dirId];
  const coordinator = directory.coordinatorServiceId;
  const [first, second] = directory.services.filter((s) => s.id !== coordinator);
  const data = {
    serviceId: first?.id,
    serviceIds: [first?.id, second?.id],
    coordinatorServiceId: coordinator,
  };

  describe.each(texts.locales)('in %s', (locale) => {
    it.each(directory.services.map((s) => s.id))('renders the window card of %s', (serviceId) => {
      const messages = renderer.render(reply([{ type: 'window', serviceId }]), locale, {});
      expectSendable(messages);
      const service = directory.services.find((s) => s.id === serviceId);
      const json = JSON.stringify(messages);
      expect(json).toContain(JSON.stringify(service?.name[locale] ?? service?.name.ja).slice(1, -1));
      const phone = service?.phones[0]?.number;
      if (phone) expect(json).toContain(`tel:${phone.replace(/-/g, '')}`);
      else expect(json).not.toContain('tel:');
    });

    it('renders a route that explains the joined-up support, then each window and the coordinator', () => {
      const ids = data.serviceIds as string[];
      const messages = renderer.render(reply([{ type: 'route', serviceIds: ids }]), locale, data);
      expectSendable(messages);
      const flex = messages[0] as { altText: string; contents: { type: string; contents: unknown[] } };
      expect(flex.contents.type).toBe('carousel');
      expect(flex.contents.contents).toHaveLength(4);
      const intro = JSON.stringify(flex.contents.contents[0]);
      expect(intro).toContain(texts.t(locale, 'card.routeSteps'));
      for (const id of [...ids, coordinator]) {
        const s = directory.services.find((x) => x.id === id);
        expect(intro).toContain(JSON.stringify(s?.name[locale] ?? s?.name.ja).slice(1, -1));
      }
      expect(JSON.stringify(flex.contents.contents[3])).toContain(texts.t(locale, 'card.coordinator'));
    });

    it('adds the numbers for a faintly hinted danger as the last bubble of a route', () => {
      const ids = data.serviceIds as string[];
      const plain = JSON.stringify(
        renderer.render(reply([{ type: 'route', serviceIds: ids }]), locale, data),
      );
      const messages = renderer.render(
        reply([{ type: 'route', serviceIds: ids, justInCase: 'child_abuse' }]),
        locale,
        data,
      );
      expectSendable(messages);
      const flex = messages[0] as { altText: string; contents: { contents: unknown[] } };
      const lastBubble = JSON.stringify(flex.contents.contents.at(-1));
      expect(lastBubble).toContain(texts.t(locale, 'card.justInCase'));
      expect(lastBubble).toContain('tel:189');
      expect(flex.altText).toContain('189');
      expect(plain).not.toContain(texts.t(locale, 'card.justInCase'));
    });

    it('puts the numbers for a faintly hinted danger beside a window card', () => {
      const serviceId = first?.id as string;
      const plain = renderer.render(reply([{ type: 'window', serviceId }]), locale, {});
      expect(JSON.stringify(plain)).not.toContain(texts.t(locale, 'card.justInCase'));
      const messages = renderer.render(
        reply([{ type: 'window', serviceId, justInCase: 'emergency' }]),
        locale,
        {},
      );
      expectSendable(messages);
      const flex = messages[0] as { altText: string; contents: { type: string; contents: unknown[] } };
      expect(flex.contents.type).toBe('carousel');
      const numbers = JSON.stringify(flex.contents.contents[1]);
      expect(numbers).toContain(texts.t(locale, 'card.justInCase'));
      expect(numbers).toContain('tel:119');
      expect(flex.altText).toContain('119');
    });

    it('renders a route through every service (bubbles capped at the carousel limit)', () => {
      const ids = directory.services.map((s) => s.id);
      const messages = renderer.render(reply([{ type: 'route', serviceIds: ids }]), locale, data);
      expectSendable(messages);
    });

    it.each(['categories', 'hotlines', 'places'] as const)('renders the %s card', (type) => {
      expectSendable(renderer.render(reply([{ type }]), locale, {}));
    });

    it('renders the consent card naming the window and the coordinator', () => {
      const messages = renderer.render(reply([{ type: 'consent' }]), locale, data);
      expectSendable(messages);
      const json = JSON.stringify(messages);
      const name = (id: string) => {
        const s = directory.services.find((x) => x.id === id);
        return JSON.stringify(s?.name[locale] ?? s?.name.ja).slice(1, -1);
      };
      expect(json).toContain(name(first?.id as string));
      expect(json).toContain(name(coordinator));
    });

    it.each(Object.entries(flow.steps).flatMap(([id, step]) => (step.type === 'ask' ? [id] : [])))(
      'renders the %s step with its quick replies',
      (stepId) => {
        const built = askReply(stepId, data);
        const messages = renderer.render(built, locale, data);
        expectSendable(messages);
        const last = messages.at(-1) as { quickReply?: { items: unknown[] } };
        expect(last.quickReply?.items ?? []).toHaveLength(built.buttons.length);
      },
    );
  });
});

describe('LINE limits in the renderer', () => {
  const renderer = renderers.sumida;

  it('has a limit check that flags what LINE would refuse', () => {
    const quick = (label: string, n = 1) => ({
      items: Array.from({ length: n }, () => ({
        type: 'action',
        action: { type: 'postback', label, data: 'x' },
      })),
    });
    expect(limitProblems([{ type: 'text', text: 'x'.repeat(5001) }])).toHaveLength(1);
    expect(limitProblems([{ type: 'text', text: '\uD83D' }])).toHaveLength(1);
    expect(limitProblems([{ type: 'text', text: 'x', quickReply: quick('x'.repeat(21)) }])).toHaveLength(1);
    expect(limitProblems([{ type: 'text', text: 'x', quickReply: quick('x', 14) }])).toHaveLength(1);
    expect(limitProblems(Array.from({ length: 6 }, () => ({ type: 'text', text: 'x' })))).toHaveLength(1);
    const button = (uri: string, label = 'call') => ({
      type: 'flex',
      altText: 'x',
      contents: { type: 'bubble', body: { type: 'button', action: { type: 'uri', label, uri } } },
    });
    expect(limitProblems([button('tel:03-1234-5678')])).toHaveLength(1);
    expect(limitProblems([button('tel:0312345678', 'x'.repeat(41))])).toHaveLength(1);
    expect(limitProblems([button('tel:0312345678')])).toEqual([]);
  });

  it('joins six or more texts so no more than five messages go out', () => {
    const keys = ['greeting.hello', 'greeting.privacy', 'menu.prompt', 'offer.prompt', 'tell.reprompt'];
    const messages = renderer.render(
      reply(
        [...keys, 'declined.text', 'done.next'].map((key) => ({ type: 'text', key })),
        [{ type: 'choice', label: 'common.menu', value: 'cmd:menu' }],
      ),
      'ja',
      {},
    );
    expectSendable(messages);
    const all = messages.map((m) => (m as { text: string }).text).join('\n\n');
    for (const key of [...keys, 'declined.text', 'done.next']) expect(all).toContain(texts.t('ja', key));
  });

  it('joins texts around a card and keeps the card', () => {
    const t = (key: string): OutMessage => ({ type: 'text', key });
    const messages = renderer.render(
      reply([
        t('greeting.hello'),
        t('greeting.privacy'),
        t('menu.prompt'),
        { type: 'hotlines' },
        t('offer.prompt'),
        t('tell.reprompt'),
      ]),
      'ja',
      {},
    );
    expectSendable(messages);
    expect((messages as Json[]).map((m) => m.type)).toEqual(['text', 'flex', 'text']);
  });

  it('refuses six cards rather than letting LINE reject the reply', () => {
    const cards = Array.from({ length: 6 }, (): OutMessage => ({ type: 'categories' }));
    expect(() => renderer.render(reply(cards), 'ja', {})).toThrow(MessageLimitError);
  });

  it.each([0, 1])('clamps a 6000-unit emoji var to 5000 without splitting a pair (offset %i)', (offset) => {
    const code = `${'a'.repeat(offset)}${'😀家'.repeat(2000)}`;
    expect(code.length).toBeGreaterThanOrEqual(6000);
    const [message] = renderer.render(
      reply([{ type: 'text', key: 'done.code', vars: { code } }]),
      'ja',
      {},
    ) as [{ text: string }];
    expect(message.text.length).toBeLessThanOrEqual(LIMITS.text);
    expect(message.text.length).toBeGreaterThan(LIMITS.text - 3);
    expect(message.text).not.toMatch(LONE_SURROGATE);
    expect(message.text.startsWith('受け付けました')).toBe(true);
    expectSendable([message]);
  });

  it('clamps at every boundary parity without splitting a pair', () => {
    for (let pad = 0; pad < 4; pad++) {
      const code = `${'x'.repeat(pad)}${'🙏'.repeat(3000)}`;
      const [message] = renderer.render(
        reply([{ type: 'text', key: 'done.code', vars: { code } }]),
        'en',
        {},
      ) as [{ text: string }];
      expect(message.text.length).toBeLessThanOrEqual(LIMITS.text);
      expect(message.text).not.toMatch(LONE_SURROGATE);
    }
  });

  describe('with long texts', () => {
    const ja = RESOURCES.ja as Record<string, Record<string, string>>;
    const long = createTexts({
      ...RESOURCES,
      ja: {
        ...ja,
        test: {
          emoji: '🙇'.repeat(30),
          words: '窓口の職員からあなたに連絡してもらうことに同意して次へ進むためのボタンです',
          sentence: 'x'.repeat(400),
        },
        categories: { ...ja.categories, other: '🤔'.repeat(30) },
        card: {
          ...ja.card,
          call: 'この窓口にいますぐ電話をかけて、担当の職員とお話しして相談するためのとても長いボタンの文字です。',
        },
        hotlines: { ...ja.hotlines, title: '📞'.repeat(1000) },
      },
    });
    const longRenderer = createLineRenderer(long, directories.sumida, hotlines);
    const labels = (node: unknown) => {
      const found: string[] = [];
      walkActions(node, (a) => found.push(String(a.label)));
      return found;
    };

    it('clamps quick-reply labels to 20 and displayText to 300, keeping pairs whole', () => {
      const buttons: Button[] = ['test.emoji', 'test.words', 'test.sentence'].map((label, i) => ({
        type: 'choice',
        label,
        value: `v${i}`,
      }));
      buttons.push({ type: 'location', label: 'test.emoji' });
      const messages = longRenderer.render(reply([{ type: 'text', key: 'menu.prompt' }], buttons), 'ja', {});
      expectSendable(messages);
      const items = (messages[0] as { quickReply: { items: { action: Json }[] } }).quickReply.items;
      expect(items.map((i) => String(i.action.label).length).every((n) => n <= 20 && n >= 18)).toBe(true);
      expect(items.every((i) => String(i.action.label).endsWith('…'))).toBe(true);
      expect(String(items[1]?.action.displayText)).toBe(long.t('ja', 'test.words'));
      expect(String(items[2]?.action.displayText)).toHaveLength(300);
    });

    it('clamps Flex button labels to 40, keeping pairs whole', () => {
      const cards = longRenderer.render(reply([{ type: 'categories' }, { type: 'hotlines' }]), 'ja', {});
      expectSendable(cards);
      const all = labels(cards);
      const category = all.filter((l) => l.startsWith('🤔'));
      const calls = all.filter((l) => l.startsWith('この窓口に'));
      expect(category).toHaveLength(1);
      expect(calls.length).toBeGreaterThan(0);
      for (const label of [...category, ...calls]) {
        expect(label.endsWith('…')).toBe(true);
        expect(label.length).toBeGreaterThanOrEqual(39);
      }
    });

    it('clamps altText to 1500, keeping pairs whole', () => {
      const [flex] = longRenderer.render(reply([{ type: 'hotlines' }]), 'ja', {}) as [{ altText: string }];
      expectSendable([flex]);
      expect(flex.altText.length).toBeGreaterThanOrEqual(1499);
    });
  });

  it('allows 13 quick replies and refuses 14', () => {
    const buttons = (n: number): Button[] =>
      Array.from({ length: n }, (_, i) => ({ type: 'choice', label: 'common.menu', value: `v${i}` }));
    const thirteen = renderer.render(reply([{ type: 'text', key: 'menu.prompt' }], buttons(13)), 'ja', {});
    expectSendable(thirteen);
    expect(() =>
      renderer.render(reply([{ type: 'text', key: 'menu.prompt' }], buttons(14)), 'ja', {}),
    ).toThrow(MessageLimitError);
  });

  it('sends 300 characters of postback data and refuses 301', () => {
    const withData = (value: string) =>
      reply([{ type: 'text', key: 'menu.prompt' }], [{ type: 'choice', label: 'common.menu', value }]);
    expectSendable(renderer.render(withData('d'.repeat(300)), 'ja', {}));
    expect(() => renderer.render(withData('d'.repeat(301)), 'ja', {})).toThrow(MessageLimitError);
    expect(() => renderer.render(withData('😀'.repeat(151)), 'ja', {})).toThrow(MessageLimitError);
  });

  it('dials hotlines and windows with hyphen-free tel: URIs', () => {
    const uris: string[] = [];
    for (const type of ['hotlines', 'places'] as const) {
      walkActions(renderer.render(reply([{ type }]), 'ja', {}), (a) => {
        if (typeof a.uri === 'string') uris.push(a.uri);
      });
    }
    walkActions(
      renderer.render(reply([{ type: 'window', serviceId: 'sumida-kurashi-shigoto' }]), 'ja', {}),
      (a) => {
        if (typeof a.uri === 'string') uris.push(a.uri);
      },
    );
    expect(uris).toContain('tel:0120279338');
    expect(uris).toContain('tel:0356086289');
    expect(uris).toContain('tel:110');
    for (const uri of uris) expect(uri).toMatch(/^tel:(%23)?[0-9]+$/);
  });
});

describe('interpret(): typed words that mean a command or a button', () => {
  const renderer = renderers.sumida;
  const consentButtons = [
    { label: 'consent.agree', value: 'consent:yes' },
    { label: 'consent.decline', value: 'consent:no' },
  ];

  it.each(['メニュー', 'Menu ', 'ＭＥＮＵ', 'menu。', ' めにゅー '])(
    'reads %j as the menu command',
    (typed) => {
      expect(renderer.interpret(typed, 'ja', [])).toEqual({ type: 'command', name: 'menu' });
      expect(renderer.interpret(typed, 'en', [])).toEqual({ type: 'command', name: 'menu' });
    },
  );

  it('reads other commands in either language', () => {
    expect(renderer.interpret('データを削除', 'ja', [])).toEqual({ type: 'command', name: 'delete' });
    expect(renderer.interpret('Delete my data', 'en', [])).toEqual({ type: 'command', name: 'delete' });
    expect(renderer.interpret('言語 / Language', 'ja', [])).toEqual({ type: 'command', name: 'language' });
  });

  it.each([
    ['English', 'lang:en'],
    ['ｅｎｇｌｉｓｈ', 'lang:en'],
    ['日本語', 'lang:ja'],
  ])('reads %j as a language choice', (typed, value) => {
    expect(renderer.interpret(typed, 'ja', [])).toEqual({ type: 'choice', value });
  });

  it.each([
    ['同意する', 'consent:yes'],
    ['「同意する」', 'consent:yes'],
    ['同意しない', 'consent:no'],
  ])('reads the typed button label %j as that button', (typed, value) => {
    expect(renderer.interpret(typed, 'ja', consentButtons)).toEqual({ type: 'choice', value });
  });

  it('reads an English button label in English', () => {
    const label = texts.t('en', 'consent.agree');
    expect(renderer.interpret(` ${label.toUpperCase()} `, 'en', consentButtons)).toEqual({
      type: 'choice',
      value: 'consent:yes',
    });
  });

  it('does not read a label of a button that is not on screen', () => {
    expect(renderer.interpret('同意する', 'ja', [])).toBeNull();
  });

  it.each(['家賃が払えなくて困っています', 'I lost my job and cannot pay rent', '', '   ', '。'])(
    'leaves %j as words',
    (typed) => {
      expect(renderer.interpret(typed, 'ja', consentButtons)).toBeNull();
    },
  );
});
