import { describe, expect, it } from 'vitest';
import intakeJson from '../../../flows/intake.json' with { type: 'json' };
import { loadDirectory } from '../../adapters/directory/load.ts';
import { CATEGORIES } from '../categories.ts';
import { areaNamed } from '../directory/areas.ts';
import { nearbyPlaces, openingOf } from '../directory/nearby.ts';
import { route } from '../directory/routing.ts';
import type { NewReferral } from '../referral/referral.ts';
import { detectCrisis, triage } from '../triage/index.ts';
import type { TriageResult } from '../triage/types.ts';
import { type EngineContext, FlowError, freshState, type StepResult, step } from './engine.ts';
import { COMMANDS, type CommandName, commandFromChoice, type Input } from './input.ts';
import { loadFlow } from './load.ts';
import type { Button, Reply } from './message.ts';
import type { AskStepT, ConversationState, Flow } from './schema.ts';

const flow = loadFlow(intakeJson);
const directory = loadDirectory('sumida');
const NOW = new Date('2026-11-22T09:30:00Z');
const LOCALES = ['ja', 'en', 'ko'];

function context(): EngineContext {
  let issued = 0;
  return {
    now: NOW,
    locales: LOCALES,
    defaultLocale: 'ja',
    detectCrisis,
    triage,
    route: (categories, compound) => route(directory, categories, compound),
    places: (query, now) => nearbyPlaces(directory, query, now),
    opening: (serviceId, now) => openingOf(directory, serviceId, now),
    areaNamed: (words) => areaNamed(directory, words),
    newReferenceCode: () => `SMD-TEST-${String(++issued).padStart(4, '0')}`,
  };
}

const text = (value: string): Input => ({ type: 'text', text: value });
const choice = (value: string): Input => ({ type: 'choice', value });
const command = (name: CommandName): Input => ({ type: 'command', name });
const follow: Input = { type: 'follow', unblocked: false };
const media: Input = { type: 'media', kind: 'sticker' };

/** A button press as the LINE adapter reads it: `cmd:` postbacks become commands. */
function press(value: string): Input {
  const name = commandFromChoice(value);
  return name ? command(name) : choice(value);
}

interface Conversation {
  state: ConversationState | null;
  turns: StepResult[];
  last: StepResult;
}

function talk(inputs: Input[], from: ConversationState | null = null, ctx = context()): Conversation {
  let state = from;
  const turns: StepResult[] = [];
  for (const input of inputs) {
    const result = step(flow, state, input, ctx);
    turns.push(result);
    state = result.state;
  }
  return { state, turns, last: turns.at(-1) as StepResult };
}

function replyOf(result: StepResult): Reply & { locale: string } {
  const replies = result.effects.flatMap((e) =>
    e.type === 'reply' ? [{ ...e.reply, locale: e.locale }] : [],
  );
  expect(replies).toHaveLength(1);
  return replies[0] as Reply & { locale: string };
}

/** What a turn said: text keys, and cards as `card:<kind>`. */
function said(result: StepResult): string[] {
  return replyOf(result).messages.map((m) => (m.type === 'text' ? m.key : `card:${m.type}`));
}

function buttonValues(buttons: Button[]): string[] {
  return buttons.map((b) => (b.type === 'choice' ? b.value : `location:${b.label}`));
}

function referrals(turns: StepResult[]): NewReferral[] {
  return turns.flatMap((t) => t.effects.flatMap((e) => (e.type === 'createReferral' ? [e.referral] : [])));
}

const askSteps = Object.entries(flow.steps).flatMap(([id, s]) =>
  s.type === 'ask' ? [[id, s] as [string, AskStepT]] : [],
);

/** The buttons a step shows, as values. */
function shownValues(ask: AskStepT): string[] {
  return ask.buttons === 'languages'
    ? LOCALES.map((l) => `lang:${l}`)
    : buttonValues(
        ask.buttons.map((b) =>
          'location' in b
            ? { type: 'location', label: b.location }
            : { type: 'choice', label: b.label, value: b.value },
        ),
      );
}

const SINGLE_CONCERN = '母の物忘れがひどくなってきました。';
const COMPOUND_CONCERN = '家賃が払えなくて、仕事もなくなりました';

/** Data a resident has by the time they choose to be phoned: triaged, consented, method chosen. */
const plausibleData = talk([
  follow,
  text(COMPOUND_CONCERN),
  choice('offer:yes'),
  choice('consent:yes'),
  choice('contact:phone'),
]).state?.data as Record<string, unknown>;

function at(stepId: string, data: Record<string, unknown> = plausibleData, locale = 'ja'): ConversationState {
  return { ...freshState(flow, locale), stepId, data: structuredClone(data) };
}

describe('step() with the intake flow', () => {
  it('greets a new friend, explains privacy, then waits at the menu', () => {
    const { state, last } = talk([follow]);
    expect(said(last)).toEqual(['greeting.hello', 'greeting.privacy', 'menu.prompt']);
    expect(state?.stepId).toBe('menu');
    expect(buttonValues(replyOf(last).buttons)).toEqual([
      'consult',
      'places',
      'cmd:language',
      'cmd:emergency',
    ]);
    expect(last.effects).toHaveLength(1);
  });

  it('triages free text at the menu to one window card, then offers contact', () => {
    const { state, last } = talk([follow, text(SINGLE_CONCERN)]);
    const expected = route(directory, ['elderly'], false).primary;
    expect(said(last)).toEqual(['result.intro', 'card:window', 'offer.prompt']);
    expect(replyOf(last).messages[1]).toMatchObject({ type: 'window', serviceId: expected });
    expect(directory.services.find((s) => s.id === expected)?.categories).toContain('elderly');
    expect(state?.stepId).toBe('offer');
    expect(state?.data).toMatchObject({ categories: ['elderly'], compound: false, words: SINGLE_CONCERN });
    expect(state?.data.concern).toBeUndefined();
  });

  it('answers a compound concern with the route card and the coordinator', () => {
    const { state, last } = talk([follow, text(COMPOUND_CONCERN)]);
    expect(said(last)).toEqual(['result.compoundIntro', 'card:route', 'offer.prompt']);
    const card = replyOf(last).messages[1];
    expect(card?.type).toBe('route');
    expect(card?.type === 'route' && card.serviceIds).toEqual(
      route(directory, ['housing', 'livelihood'], true).serviceIds,
    );
    expect(state?.data.compound).toBe(true);
    expect(state?.data.coordinatorServiceId).toBe(directory.coordinatorServiceId);
  });

  it('routes a tapped category without inventing words', () => {
    const { state, last } = talk([follow, choice('consult'), choice('cat:child')]);
    expect(said(last)).toEqual(['result.intro', 'card:window', 'offer.prompt']);
    expect(state?.data).toMatchObject({ categories: ['child'], words: null });
    expect(state?.data.serviceId).toBe(route(directory, ['child'], false).primary);
  });

  it('creates exactly one referral on the full consent path, with consent and words recorded', () => {
    const { state, turns, last } = talk([
      follow,
      text(SINGLE_CONCERN),
      choice('offer:yes'),
      choice('consent:yes'),
      choice('contact:line'),
    ]);
    expect(said(turns[2] as StepResult)).toEqual(['card:consent', 'consent.prompt']);
    const created = referrals(turns);
    expect(created).toHaveLength(1);
    const referral = created[0] as NewReferral;
    expect(referral).toMatchObject({
      referenceCode: 'SMD-TEST-0001',
      categories: ['elderly'],
      words: SINGLE_CONCERN,
      serviceId: route(directory, ['elderly'], false).primary,
      coordinatorServiceId: null,
      compound: false,
      crisis: null,
      contactMethod: 'line',
      contactDetails: {},
      consent: { textVersion: flow.consentVersion, language: 'ja', at: NOW },
      locale: 'ja',
    });
    expect(said(last)).toEqual(['done.code', 'done.next', 'menu.prompt']);
    expect(replyOf(last).messages[0]).toEqual({
      type: 'text',
      key: 'done.code',
      vars: { code: 'SMD-TEST-0001' },
    });
    expect(state?.stepId).toBe('menu');
    for (const field of ['words', 'phone', 'consentGiven', 'contactMethod']) {
      expect(state?.data).not.toHaveProperty(field);
    }
  });

  it('records the phone number normalised and the language the consent was read in', () => {
    const { turns } = talk([
      follow,
      choice('lang:en'),
      text(COMPOUND_CONCERN),
      choice('offer:yes'),
      choice('consent:yes'),
      choice('contact:phone'),
      text('０９０－１２３４－５６７８'),
    ]);
    expect(said(turns[5] as StepResult)).toEqual(['phone.prompt']);
    const created = referrals(turns);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      words: COMPOUND_CONCERN,
      compound: true,
      coordinatorServiceId: directory.coordinatorServiceId,
      contactMethod: 'phone',
      contactDetails: { phone: '09012345678' },
      consent: { textVersion: flow.consentVersion, language: 'en', at: NOW },
      locale: 'en',
    });
  });

  it('sends nothing to staff when the resident declines consent or the offer', () => {
    const declined = talk([follow, text(SINGLE_CONCERN), choice('offer:yes'), choice('consent:no')]);
    expect(referrals(declined.turns)).toEqual([]);
    expect(said(declined.last)).toEqual(['declined.text', 'menu.prompt']);
    expect(declined.state?.data.consentGiven).toBeUndefined();

    const notNow = talk([follow, text(SINGLE_CONCERN), choice('offer:no')]);
    expect(referrals(notNow.turns)).toEqual([]);
    expect(said(notNow.last)).toEqual(['declined.text', 'menu.prompt']);
  });

  it.each(askSteps.filter(([id]) => id !== 'consent'))(
    'ignores a stale consent:yes at %s (no referral, the same step again)',
    (id, ask) => {
      const { state, last } = talk([choice('consent:yes')], at(id));
      expect(referrals([last])).toEqual([]);
      expect(said(last)).toEqual(['common.staleButton']);
      expect(buttonValues(replyOf(last).buttons)).toEqual(shownValues(ask));
      expect(state?.stepId).toBe(id);
    },
  );

  it('creates no second referral when the consent and contact buttons are pressed again afterwards', () => {
    const { turns } = talk([
      follow,
      text(SINGLE_CONCERN),
      choice('offer:yes'),
      choice('consent:yes'),
      choice('contact:line'),
      choice('consent:yes'),
      choice('contact:line'),
    ]);
    expect(referrals(turns)).toHaveLength(1);
  });

  it.each(
    askSteps.flatMap(([id]) => [
      [id, '死にたい'],
      [id, 'I want to kill myself'],
    ]),
  )('interrupts %s with the hotlines on "%s" and keeps the words for later', (id, words) => {
    const { state, last } = talk([text(words)], at(id));
    expect(said(last).slice(0, 2)).toEqual(['crisis.intro', 'card:hotlines']);
    expect(state?.stepId).toBe('crisis_ask');
    expect(state?.data).toMatchObject({ crisis: 'suicide', concern: words });

    const keepTalking = talk([choice('crisis:talk')], state);
    expect(said(keepTalking.last)[0]).toMatch(/^result\./);
    expect(keepTalking.state?.data.words).toBe(words);
    expect(keepTalking.state?.stepId).toBe('offer');
  });

  it('puts the hotlines before anything else even on a state from an older flow', () => {
    const old = { ...at('menu'), flowVersion: flow.version - 1 };
    const { state, last } = talk([text('死にたい')], old);
    expect(said(last).slice(0, 2)).toEqual(['crisis.intro', 'card:hotlines']);
    expect(state?.stepId).toBe('crisis_ask');
  });

  it.each(askSteps)('re-prompts media at %s with common.media and the same buttons', (id, ask) => {
    const prior = at(id);
    const { state, last } = talk([media], prior);
    expect(said(last)).toEqual(['common.media']);
    expect(buttonValues(replyOf(last).buttons)).toEqual(shownValues(ask));
    expect(state).toEqual(prior);
  });

  it('asks for buttons when a location is sent where none is wanted', () => {
    const { state, last } = talk([{ type: 'location', latitude: 35.7, longitude: 139.8 }], at('offer'));
    expect(said(last)).toEqual(['common.useButtons']);
    expect(state?.stepId).toBe('offer');
  });

  const COMMAND_LANDS: Record<CommandName, { step: string; first: string }> = {
    menu: { step: 'menu', first: 'menu.prompt' },
    restart: { step: 'menu', first: 'greeting.hello' },
    language: { step: 'language', first: 'language.prompt' },
    delete: { step: 'delete_confirm', first: 'delete.confirm' },
    withdraw: { step: 'withdraw_confirm', first: 'withdraw.confirm' },
    emergency: { step: 'crisis_ask', first: 'emergency.intro' },
  };

  it.each(askSteps.flatMap(([id]) => COMMANDS.map((name) => [name, id] as const)))(
    'runs the %s command from %s',
    (name, id) => {
      const { state, last } = talk([command(name)], at(id));
      const lands = COMMAND_LANDS[name];
      expect(said(last)[0]).toBe(lands.first);
      expect(state?.stepId).toBe(lands.step);
      expect(referrals([last])).toEqual([]);
      if (name === 'restart') expect(state?.data).toEqual({});
      if (name === 'emergency') expect(said(last)).toContain('card:hotlines');
    },
  );

  it('switches to English from the language step and replies in English', () => {
    const { state, last } = talk([command('language'), choice('lang:en')], at('menu', {}));
    expect(state?.locale).toBe('en');
    expect(replyOf(last).locale).toBe('en');
    expect(said(last)).toEqual(['language.changed', 'menu.prompt']);
  });

  it('goes back to the open concern after a language change mid-way, and asks for consent again', () => {
    const { state, last } = talk([command('language'), choice('lang:en')], at('contact'));
    expect(state?.locale).toBe('en');
    expect(said(last)).toEqual(['language.changed', 'result.compoundIntro', 'card:route', 'offer.prompt']);
    expect(state?.stepId).toBe('offer');
    expect(state?.data.consentGiven).toBeUndefined();
  });

  it('switches language from any step when a language button arrives there', () => {
    const { state, last } = talk([choice('lang:en')], at('offer'));
    expect(state?.locale).toBe('en');
    expect(state?.stepId).toBe('offer');
    expect(replyOf(last).locale).toBe('en');
    expect(said(last)).toEqual(['language.changed']);
  });

  it('answers a concern in the language it is written in, unless the resident chose one', () => {
    const korean = '집세를 못 내서 걱정이에요. 일도 잃었어요';
    const unchosen = talk([text(korean)], at('menu', {}));
    expect(unchosen.state?.locale).toBe('ko');
    expect(replyOf(unchosen.last).locale).toBe('ko');
    // Chosen from the buttons, the language holds — through a restart too.
    const chosen = talk(
      [command('language'), choice('lang:en'), command('restart'), text(korean)],
      at('menu', {}),
    );
    expect(chosen.state?.locale).toBe('en');
    expect(replyOf(chosen.last).locale).toBe('en');
  });

  it('keeps the language when an unknown one is asked for outside the language step', () => {
    const { state, last } = talk([choice('lang:xx')], at('menu'));
    expect(state?.locale).toBe('ja');
    expect(said(last)).toEqual(['common.staleButton']);
  });

  it('replies in the default language while the resident has none', () => {
    const { last } = talk([follow], null, { ...context(), defaultLocale: 'en' });
    expect(replyOf(last).locale).toBe('en');
  });

  it.each([
    ['an older flow version', { flowVersion: flow.version - 1 }],
    ['another flow', { flowId: 'retired' }],
    ['a step that no longer exists', { stepId: 'ask_postcode' }],
  ])('restarts gently from %s with common.updated', (_why, change) => {
    const old: ConversationState = { ...at('contact', plausibleData, 'en'), ...change };
    const { state, last } = talk([choice('contact:line')], old);
    expect(said(last)).toEqual(['common.updated', 'menu.prompt']);
    expect(state).toMatchObject({ flowId: flow.id, flowVersion: flow.version, stepId: 'menu', locale: 'en' });
    expect(state?.data).toEqual({});
    expect(referrals([last])).toEqual([]);
  });

  it('greets again rather than apologising when an old state gets a follow', () => {
    const { last } = talk([follow], { ...at('menu'), flowVersion: flow.version - 1 });
    expect(said(last)).toEqual(['greeting.hello', 'greeting.privacy', 'menu.prompt']);
  });

  it('rejects 12345 at the phone step and stays there', () => {
    const { state, last } = talk([text('12345')], at('phone'));
    expect(said(last)).toEqual(['phone.invalid']);
    expect(buttonValues(replyOf(last).buttons)).toEqual(['phone:other']);
    expect(state?.stepId).toBe('phone');
    expect(referrals([last])).toEqual([]);
  });

  it('accepts a full-width phone number and stores it normalised', () => {
    const { last } = talk([text('０９０－１２３４－５６７８')], at('phone'));
    expect(referrals([last])[0]?.contactDetails).toEqual({ phone: '09012345678' });
  });

  it('forgets the resident on delete:yes', () => {
    const { state, last } = talk([command('delete'), choice('delete:yes')], at('offer'));
    expect(state).toBeNull();
    expect(last.effects).toContainEqual({ type: 'forget' });
    expect(said(last)[0]).toBe('delete.done');
    expect(referrals([last])).toEqual([]);
  });

  it('keeps everything on delete:no', () => {
    const { state, last } = talk([command('delete'), choice('delete:no')], at('offer'));
    expect(state?.stepId).toBe('menu');
    expect(state?.data.serviceId).toBe(plausibleData.serviceId);
    expect(last.effects.some((e) => e.type === 'forget')).toBe(false);
  });

  it.each(askSteps)('accepts every button it shows at %s (none is stale on its own screen)', (id, ask) => {
    for (const value of shownValues(ask)) {
      const input: Input = value.startsWith('location:')
        ? { type: 'location', latitude: 35.71, longitude: 139.81 }
        : press(value);
      const { last } = talk([input], at(id));
      expect(said(last), value).not.toContain('common.staleButton');
    }
  });

  /** Every value a resident can send: every quick-reply button, the categories card, the languages. */
  const SENDABLE = [
    ...new Set([...askSteps.flatMap(([, ask]) => shownValues(ask)), ...CATEGORIES.map((c) => `cat:${c}`)]),
  ];
  const TEXTS = [SINGLE_CONCERN, COMPOUND_CONCERN, '死にたい', '   ', '03-1234-5678', 'hello'];

  it.each(askSteps)('never says more than 5 messages in one turn from %s', (id) => {
    const inputs: Input[] = [
      follow,
      media,
      { type: 'location', latitude: 35.7, longitude: 139.8 },
      ...COMMANDS.map(command),
      ...SENDABLE.map(press),
      ...TEXTS.map(text),
    ];
    for (const data of [plausibleData, { ...plausibleData, concern: SINGLE_CONCERN }]) {
      for (const input of inputs) {
        const result = step(flow, at(id, data), input, context());
        const count = replyOf(result).messages.length;
        expect(count, JSON.stringify(input)).toBeLessThanOrEqual(5);
        expect(count, JSON.stringify(input)).toBeGreaterThan(0);
      }
    }
  });
});

describe('step() guarding consent', () => {
  const tiny: Flow = loadFlow({
    id: 'tiny',
    version: 1,
    consentVersion: 'tiny-v1',
    start: 'pick',
    crisis: 'pick',
    commands: {
      menu: 'pick',
      restart: 'pick',
      language: 'pick',
      delete: 'pick',
      withdraw: 'pick',
      emergency: 'pick',
    },
    steps: {
      pick: {
        type: 'ask',
        buttons: [{ label: 'contact.line', value: 'contact:line' }],
        choices: { 'contact:*': { next: 'refer', save: 'contactMethod' } },
        reprompt: 'contact.reprompt',
      },
      refer: { type: 'effect', effect: 'createReferral', next: 'pick' },
    },
  });
  const pick = (data: Record<string, unknown>) => () =>
    step(tiny, { ...freshState(tiny, 'ja'), stepId: 'pick', data }, choice('contact:line'), context());

  function codeOf(run: () => unknown): string | undefined {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(FlowError);
      return (error as FlowError).code;
    }
    return undefined;
  }

  it('throws consent_missing when a flow reaches createReferral without consent', () => {
    expect(codeOf(pick({ serviceId: 'sumida-kosei' }))).toBe('consent_missing');
    expect(codeOf(pick({ serviceId: 'sumida-kosei', consentGiven: 'yes' }))).toBe('consent_missing');
  });

  it('creates the referral once consent is in the data', () => {
    const result = pick({ serviceId: 'sumida-kosei', consentGiven: true })();
    expect(referrals([result])).toHaveLength(1);
    expect(referrals([result])[0]?.consent.textVersion).toBe('tiny-v1');
  });

  it('throws incomplete_referral when consent is given but no window was chosen', () => {
    expect(codeOf(pick({ consentGiven: true }))).toBe('incomplete_referral');
  });
});

describe('step(): clarifying questions when triage is unsure', () => {
  /** Triage that found nothing it is sure of (the words are kept as they came). */
  const unsureCtx = (found: TriageResult['categories'] = []): EngineContext => ({
    ...context(),
    triage: () => ({ categories: found, compound: false, crisis: null, language: 'ja', confidence: 0.2 }),
  });
  const VAGUE = 'ちょっと聞きたいことがあって';
  const questionsIn = (turns: StepResult[]) =>
    turns.flatMap((t) => said(t)).filter((key) => key === 'clarify.who' || key === 'clarify.age');

  it('asks who and how old, then answers with the window they point at and the general consultation', () => {
    const ctx = unsureCtx();
    const { state, turns, last } = talk(
      [follow, text(VAGUE), choice('who:parent'), choice('age:65plus')],
      null,
      ctx,
    );
    expect(said(turns[1] as StepResult)).toEqual(['clarify.who']);
    expect(buttonValues(replyOf(turns[1] as StepResult).buttons)).toContain('who:skip');
    expect(said(turns[2] as StepResult)).toEqual(['clarify.age']);
    expect(questionsIn(turns)).toHaveLength(2);
    expect(said(last)).toEqual(['result.unsureIntro', 'card:route', 'offer.prompt']);
    const card = replyOf(last).messages[1];
    const elderly = route(directory, ['elderly'], false).primary;
    expect(card).toMatchObject({
      type: 'route',
      serviceIds: [elderly],
      safetyNetServiceId: directory.generalServiceId,
    });
    expect(state?.data).toMatchObject({ categories: ['elderly'], serviceId: elderly, words: VAGUE });
    expect(state?.data.triage).toMatchObject({ clarified: { aboutWho: 'parent', ageBand: '65plus' } });
    for (const field of ['unsure', 'clarifying', 'aboutWho', 'ageBand'])
      expect(state?.data).not.toHaveProperty(field);
  });

  it('needs only one question when the answer is "my child"', () => {
    const { turns, last, state } = talk([follow, text(VAGUE), choice('who:child')], null, unsureCtx());
    expect(questionsIn(turns)).toEqual(['clarify.who']);
    expect(said(last)[0]).toBe('result.unsureIntro');
    expect(state?.data.serviceId).toBe(route(directory, ['child'], false).primary);
  });

  it('ends at the general consultation when the answers point nowhere', () => {
    const { state } = talk([follow, text(VAGUE), choice('who:skip'), choice('age:skip')], null, unsureCtx());
    expect(state?.data).toMatchObject({ categories: ['other'], serviceId: directory.generalServiceId });
  });

  it('keeps the earlier words when the resident answers in words, and asks nothing more', () => {
    let seen = '';
    const ctx: EngineContext = {
      ...unsureCtx(),
      triage: (words) => {
        seen = words;
        return { categories: [], compound: false, crisis: null, language: 'ja', confidence: 0.1 };
      },
    };
    const { turns, last, state } = talk([follow, text(VAGUE), text('母のことです')], null, ctx);
    expect(seen).toBe(`${VAGUE}\n母のことです`);
    expect(questionsIn(turns)).toEqual(['clarify.who']);
    expect(said(last)).toEqual(['result.unsureIntro', 'card:route', 'offer.prompt']);
    expect(state?.data.words).toBe(`${VAGUE}\n母のことです`);
  });

  it('does not ask when triage is sure', () => {
    const { turns } = talk([follow, text(SINGLE_CONCERN)]);
    expect(questionsIn(turns)).toEqual([]);
  });

  it('asks again for a new concern, but forgets an unfinished round on a command', () => {
    const ctx = unsureCtx();
    const { state } = talk([follow, text(VAGUE), command('menu')], null, ctx);
    expect(state?.data).not.toHaveProperty('clarifying');
    const again = talk([text(VAGUE)], state, ctx);
    expect(said(again.last)).toEqual(['clarify.who']);
  });

  it('creates a referral after clarifying, to the window the answers chose', () => {
    const { turns } = talk(
      [
        follow,
        text(VAGUE),
        choice('who:self'),
        choice('age:18to39'),
        choice('offer:yes'),
        choice('consent:yes'),
        choice('contact:line'),
      ],
      null,
      unsureCtx(),
    );
    const [referral] = referrals(turns);
    expect(referral).toMatchObject({
      categories: ['youth'],
      serviceId: route(directory, ['youth'], false).primary,
      words: VAGUE,
    });
  });
});

describe('step(): a danger hinted at too faintly for the crisis card', () => {
  const faint = (crisisWatch: TriageResult['crisisWatch']): EngineContext => ({
    ...context(),
    triage: () => ({
      categories: [{ code: 'mental_health', score: 3, phrases: [] }],
      compound: false,
      crisis: null,
      crisisWatch,
      language: 'ja',
      confidence: 0.9,
    }),
  });

  it('answers with the window and puts the numbers for that danger beside it', () => {
    const { last, state } = talk([follow, text('最近なにもかもしんどい')], null, faint('suicide'));
    expect(said(last)).toEqual(['result.intro', 'card:window', 'offer.prompt']);
    expect(replyOf(last).messages[1]).toMatchObject({ type: 'window', justInCase: 'suicide' });
    expect(state?.data.crisis).toBeUndefined();
  });

  it('puts them last in the route card of a compound concern', () => {
    const ctx = faint('violence');
    const compound: EngineContext = {
      ...ctx,
      triage: (words) => ({
        ...ctx.triage(words),
        categories: [
          { code: 'livelihood', score: 3, phrases: [] },
          { code: 'housing', score: 2, phrases: [] },
        ],
        compound: true,
      }),
    };
    const { last } = talk([follow, text('お金も家もなくて')], null, compound);
    expect(said(last)).toEqual(['result.compoundIntro', 'card:route', 'offer.prompt']);
    expect(replyOf(last).messages[1]).toMatchObject({ type: 'route', justInCase: 'violence' });
  });

  it('shows no extra numbers when the words hint at nothing, or a later concern does not', () => {
    const none = talk([follow, text('最近なにもかもしんどい')], null, faint(null));
    expect(replyOf(none.last).messages[1]).toMatchObject({ type: 'window', justInCase: null });
    const first = talk([follow, text('最近なにもかもしんどい')], null, faint('suicide'));
    const later = talk([command('menu'), text('家賃のこと')], first.state, faint(null));
    expect(later.state?.data.crisisWatch).toBeNull();
  });
});

describe('step(): nearby places', () => {
  const MONDAY_NOON = new Date('2026-11-09T03:00:00Z');
  const located = (): Input => ({ type: 'location', latitude: 35.71, longitude: 139.81 });

  it('says distances are not available yet and offers areas when no place has coordinates', () => {
    const { state, last } = talk([follow, choice('places'), located()]);
    expect(said(last)).toEqual(['places.noCoordinates', 'places.intro', 'card:areas']);
    expect(state?.stepId).toBe('places');
    expect(JSON.stringify(state?.data)).not.toContain('35.71');
  });

  it('accepts a location straight from the menu', () => {
    const { last } = talk([follow, located()]);
    expect(said(last)[0]).toBe('places.noCoordinates');
  });

  it('lists up to three places for a chosen area, each with when it next opens', () => {
    const { state, last } = talk([follow, choice('places'), choice('area:honjo')], null, {
      ...context(),
      now: MONDAY_NOON,
    });
    expect(said(last)).toEqual(['places.byArea', 'card:places', 'places.after']);
    const card = replyOf(last).messages[1];
    if (card?.type !== 'places') throw new Error('no places card');
    expect(card.mode).toBe('area');
    expect(card.places).toHaveLength(3);
    expect(card.places?.[0]).toMatchObject({
      serviceId: 'sumida-platform-honjo',
      inArea: true,
      openNow: true,
    });
    for (const place of card.places ?? []) expect(place.openNow || place.nextOpen !== null).toBe(true);
    expect(state?.data).not.toHaveProperty('area');
  });

  it('reads an area typed at the places step as that area, and other words as a concern', () => {
    const typed = talk([follow, choice('places'), text('京島の近く')], null, {
      ...context(),
      now: MONDAY_NOON,
    });
    expect(said(typed.last)[0]).toBe('places.byArea');
    const concern = talk([follow, choice('places'), text(SINGLE_CONCERN)]);
    expect(said(concern.last)[0]).toBe('result.intro');
  });

  it('ranks by distance when the directory has coordinates', () => {
    const withPoint = structuredClone(directory);
    for (const location of withPoint.locations) {
      if (location.id === 'sumida-platform-kyojima')
        [location.latitude, location.longitude] = [35.71, 139.811];
    }
    const ctx: EngineContext = {
      ...context(),
      now: MONDAY_NOON,
      places: (query, now) => nearbyPlaces(withPoint, query, now),
    };
    const { last, state } = talk([follow, choice('places'), located()], null, ctx);
    expect(said(last)).toEqual(['places.nearest', 'card:places', 'places.after']);
    const card = replyOf(last).messages[1];
    expect(card).toMatchObject({
      type: 'places',
      mode: 'distance',
      places: [{ serviceId: 'sumida-platform-kyojima' }],
    });
    expect(state?.data).not.toHaveProperty('position');
  });
});

describe('step(): cards carry what the renderer needs', () => {
  it('orders the hotlines by the signal that raised the alarm, and shows all on the emergency button', () => {
    const suicide = talk([follow, text('死にたい')]);
    expect(replyOf(suicide.last).messages[1]).toEqual({ type: 'hotlines', signal: 'suicide' });
    const button = talk([follow, command('emergency')]);
    expect(replyOf(button.last).messages[1]).toEqual({ type: 'hotlines', signal: null });
  });

  it('names each window, the resident’s categories and the coordinator on a compound route', () => {
    const { last } = talk([follow, text(COMPOUND_CONCERN)]);
    const card = replyOf(last).messages[1];
    if (card?.type !== 'route') throw new Error('no route card');
    expect(card.coordinatorServiceId).toBe(directory.coordinatorServiceId);
    expect(card.categories).toEqual(expect.arrayContaining(['livelihood', 'housing']));
    expect(Object.keys(card.openings ?? {})).toEqual([...card.serviceIds, directory.coordinatorServiceId]);
  });

  it('tells a window card when the window is open', () => {
    const { last } = talk([follow, choice('consult'), choice('cat:isolation')], null, {
      ...context(),
      route: () => ({
        primary: 'sumida-platform-sumida',
        serviceIds: ['sumida-platform-sumida'],
        coordinator: null,
      }),
      now: new Date('2026-11-25T05:00:00Z'),
    });
    expect(replyOf(last).messages[1]).toEqual({
      type: 'window',
      serviceId: 'sumida-platform-sumida',
      opening: { openNow: true, closesAt: '2026-11-25T07:30:00.000Z', nextOpen: null },
      justInCase: null,
    });
  });
});
