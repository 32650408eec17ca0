import { type Category, type CrisisSignal, isCategory, isCrisisSignal } from '../categories.ts';
import { isUnsure, refineCategories } from '../clarify/refine.ts';
import type { PlaceQuery, PlaceResult } from '../directory/nearby.ts';
import { CONTACT_METHODS, type ContactMethod, type NewReferral } from '../referral/referral.ts';
import { writtenLocale } from '../triage/language.ts';
import type { Routing, TriageResult } from '../triage/types.ts';
import type { Input } from './input.ts';
import type { Button, OpeningInfo, OutMessage, Reply } from './message.ts';
import type { AskStepT, ConditionT, ConversationState, Flow, SayItem, TargetT } from './schema.ts';

/** Set once the resident picks a language from the buttons: the written language no longer decides. */
const LOCALE_CHOSEN = 'localeChosen';

type SayCard = Extract<SayItem, { card: unknown }>['card'];

import { VALIDATORS } from './validators.ts';

/** What the engine needs from the world; all of it pure or injected. */
export interface EngineContext {
  now: Date;
  locales: readonly string[];
  defaultLocale: string;
  detectCrisis(text: string): CrisisSignal | null;
  triage(text: string): TriageResult;
  route(categories: Category[], compound: boolean): Routing;
  /** Places near a location or in an area, with when each is next open. */
  places(query: PlaceQuery, now: Date): PlaceResult;
  /** Whether a window is open now or when next; null when it has no regular hours. */
  opening(serviceId: string, now: Date): OpeningInfo | null;
  /** The area a resident typed ("京島の近く") where an area button was wanted. */
  areaNamed(text: string): string | null;
  newReferenceCode(): string;
}

export type Effect =
  | { type: 'reply'; reply: Reply; locale: string }
  | { type: 'createReferral'; referral: NewReferral }
  | { type: 'forget' }
  /** The resident takes back consent for every referral made from this chat. */
  | { type: 'withdrawConsent' };

export interface StepResult {
  /** null when the conversation was forgotten. */
  state: ConversationState | null;
  effects: Effect[];
}

export type FlowErrorCode = 'loop' | 'consent_missing' | 'unknown_step' | 'incomplete_referral';

export class FlowError extends Error {
  readonly code: FlowErrorCode;
  constructor(code: FlowErrorCode, detail: string) {
    super(`${code}: ${detail}`);
    this.code = code;
  }
}

const MAX_HOPS = 32;

/** What a consent covers; a new concern or a command starts without it. */
const CONSENT_SCOPED = ['consentGiven', 'contactMethod', 'phone'] as const;

/** The clarifying round of one concern; a new concern starts without it. */
const CLARIFY_SCOPED = ['unsure', 'clarifying', 'safetyNet', 'aboutWho', 'ageBand'] as const;

/** Runs one input through the flow: the new state and the effects to carry out. */
export function step(
  flow: Flow,
  prior: ConversationState | null,
  input: Input,
  ctx: EngineContext,
): StepResult {
  return new Turn(flow, prior, ctx).run(input);
}

export function freshState(flow: Flow, locale: string | null): ConversationState {
  return { flowId: flow.id, flowVersion: flow.version, stepId: flow.start, locale, data: {} };
}

class Turn {
  private readonly state: ConversationState;
  private readonly messages: OutMessage[] = [];
  private buttons: Button[] = [];
  private readonly effects: Effect[] = [];
  private forgotten = false;
  private readonly outdated: boolean;
  private readonly flow: Flow;
  private readonly ctx: EngineContext;
  /** The signal that raised the alarm this turn; picks and orders the hotlines shown. */
  private crisisNow: CrisisSignal | null = null;
  /** Places found this turn; the resident's position itself is never kept. */
  private found: PlaceResult | null = null;

  constructor(flow: Flow, prior: ConversationState | null, ctx: EngineContext) {
    this.flow = flow;
    this.ctx = ctx;
    this.outdated =
      prior !== null &&
      (prior.flowId !== flow.id || prior.flowVersion !== flow.version || !flow.steps[prior.stepId]);
    this.state = prior && !this.outdated ? structuredClone(prior) : freshState(flow, prior?.locale ?? null);
  }

  run(input: Input): StepResult {
    // A crisis outranks the apology for an old state: the hotlines still come first.
    const crisisText = input.type === 'text' && this.ctx.detectCrisis(input.text) !== null;
    if (this.outdated && input.type !== 'follow' && !crisisText) {
      this.say({ type: 'text', key: 'common.updated' });
      this.goto(this.flow.commands.menu);
    } else {
      this.handle(input);
    }
    const locale = this.state.locale ?? this.ctx.defaultLocale;
    if (this.messages.length > 0) {
      this.effects.push({ type: 'reply', reply: { messages: this.messages, buttons: this.buttons }, locale });
    }
    return { state: this.forgotten ? null : this.state, effects: this.effects };
  }

  private handle(input: Input): void {
    switch (input.type) {
      case 'follow':
        this.clearData();
        return this.goto(this.flow.start);
      case 'command':
        if (input.name === 'restart') this.clearData();
        // Consent is for one referral, given on its own screen: leaving that path takes it back.
        for (const field of [...CONSENT_SCOPED, ...CLARIFY_SCOPED]) delete this.state.data[field];
        return this.goto(this.flow.commands[input.name]);
      case 'text':
        return this.onText(input.text);
      case 'choice':
        return this.onChoice(input.value);
      case 'location': {
        const target = this.ask().location;
        if (!target) return this.reprompt('common.useButtons');
        const { latitude, longitude } = input;
        return this.follow(target, { latitude, longitude });
      }
      case 'media':
        return this.reprompt('common.media');
    }
  }

  private onText(text: string): void {
    const crisis = this.ctx.detectCrisis(text);
    if (crisis) {
      this.answerInWritten(text);
      this.crisisNow = crisis;
      this.state.data.crisis = crisis;
      // Kept whatever the step asked for, so "keep talking" triages the words that raised the alarm.
      this.state.data.concern = text;
      return this.goto(this.flow.crisis);
    }
    const area = this.ask().choices['area:*'] ? this.ctx.areaNamed(text) : null;
    if (area) return this.onChoice(`area:${area}`);
    const handler = this.ask().text;
    if (!handler) return this.reprompt(this.ask().reprompt);
    const value = handler.validate ? VALIDATORS[handler.validate](text) : text;
    if (value === null) return this.reprompt(handler.invalid ?? this.ask().reprompt);
    if (handler.save === 'concern') this.answerInWritten(text);
    this.follow(handler, value);
  }

  /**
   * A resident who tells their concern in another language than replies are in (their LINE app's,
   * say: a Korean resident whose phone is set to Japanese) is answered from then on in the language
   * they write, when its script leaves no doubt — the crisis card above all. (Not a name or an address
   * typed in katakana: only a concern or words that raised the alarm.)
   */
  /** What a fresh start forgets: everything but the language the resident chose. */
  private clearData(): void {
    const chosen = this.state.data[LOCALE_CHOSEN] === true;
    this.state.data = chosen ? { [LOCALE_CHOSEN]: true } : {};
  }

  private answerInWritten(text: string): void {
    // A language the resident chose from the buttons holds, whatever they write in.
    if (this.state.data[LOCALE_CHOSEN] === true) return;
    const current = this.state.locale ?? this.ctx.defaultLocale;
    const written = writtenLocale(text, this.ctx.triage(text).language, current, this.ctx.locales);
    if (written) this.state.locale = written;
  }

  private onChoice(value: string): void {
    const ask = this.ask();
    for (const [pattern, target] of Object.entries(ask.choices)) {
      if (pattern === value) return this.follow(target, true);
      if (
        pattern.endsWith('*') &&
        value.startsWith(pattern.slice(0, -1)) &&
        value.length > pattern.length - 1
      ) {
        return this.follow(target, value.slice(pattern.length - 1));
      }
    }
    if (value.startsWith('lang:') && this.ctx.locales.includes(value.slice(5))) {
      this.state.locale = value.slice(5);
      this.state.data[LOCALE_CHOSEN] = true;
      return this.reprompt('language.changed');
    }
    this.reprompt('common.staleButton');
  }

  private follow(target: TargetT, value: unknown): void {
    if (typeof target === 'string') return this.goto(target);
    if (target.save === '@locale') {
      if (typeof value === 'string' && this.ctx.locales.includes(value)) {
        this.state.locale = value;
        this.state.data[LOCALE_CHOSEN] = true;
      }
    } else if (target.save) {
      this.state.data[target.save] = value;
    }
    this.goto(target.next);
  }

  private goto(first: string): void {
    let id = first;
    for (let hop = 0; hop < MAX_HOPS; hop++) {
      const current = this.flow.steps[id];
      if (!current) throw new FlowError('unknown_step', id);
      switch (current.type) {
        case 'say':
          for (const item of current.say) this.sayItem(item);
          id = current.next;
          break;
        case 'ask':
          for (const item of current.say) this.sayItem(item);
          this.buttons = this.buttonsOf(current);
          this.state.stepId = id;
          return;
        case 'triage':
          this.runTriage();
          id = current.next;
          break;
        case 'refine':
          this.runRefine();
          id = current.next;
          break;
        case 'places':
          this.findPlaces();
          id = current.next;
          break;
        case 'branch':
          id = current.cases.find((c) => this.holds(c.when))?.next ?? current.otherwise;
          break;
        case 'effect':
          this.runEffect(current.effect);
          id = current.next;
          break;
      }
    }
    throw new FlowError('loop', first);
  }

  private ask(): AskStepT {
    const current = this.flow.steps[this.state.stepId];
    if (current?.type !== 'ask') throw new FlowError('unknown_step', this.state.stepId);
    return current;
  }

  private reprompt(key: string): void {
    this.say({ type: 'text', key });
    this.buttons = this.buttonsOf(this.ask());
  }

  private say(message: OutMessage): void {
    this.messages.push(message);
  }

  private sayItem(item: SayItem): void {
    if ('card' in item) {
      return this.say(this.card(item.card));
    }
    const vars = Object.fromEntries(
      Object.entries(item.vars ?? {}).map(([name, field]) => [name, String(this.state.data[field] ?? '')]),
    );
    this.say(item.vars ? { type: 'text', key: item.text, vars } : { type: 'text', key: item.text });
  }

  private card(kind: SayCard): OutMessage {
    const { data } = this.state;
    switch (kind) {
      case 'window': {
        const serviceId = String(data.serviceId);
        return {
          type: 'window',
          serviceId,
          opening: this.ctx.opening(serviceId, this.ctx.now),
          justInCase: this.justInCase(),
        };
      }
      case 'route':
        return this.routeCard();
      case 'categories':
        return { type: 'categories' };
      case 'hotlines':
        return { type: 'hotlines', signal: this.crisisNow };
      case 'places': {
        const found = this.found ?? this.ctx.places({ areaId: null }, this.ctx.now);
        return { type: 'places', mode: found.mode, places: found.places };
      }
      case 'consent':
      case 'areas':
        return { type: kind };
    }
  }

  /** The danger this concern hinted at too faintly for the crisis card, if any. */
  private justInCase(): CrisisSignal | null {
    const watch = this.state.data.crisisWatch;
    return isCrisisSignal(watch) ? watch : null;
  }

  /** Each window, the coordinator of a compound case, and the general consultation when unsure. */
  private routeCard(): OutMessage {
    const { data } = this.state;
    const serviceIds = stringList(data.serviceIds);
    const coordinatorServiceId =
      typeof data.coordinatorServiceId === 'string' ? data.coordinatorServiceId : null;
    const safetyNetServiceId = data.safetyNet === true ? this.ctx.route(['other'], false).primary : null;
    const shown = [...serviceIds, coordinatorServiceId, safetyNetServiceId].filter(
      (id): id is string => id !== null,
    );
    return {
      type: 'route',
      serviceIds,
      categories: stringList(data.categories).filter(isCategory),
      coordinatorServiceId,
      safetyNetServiceId:
        safetyNetServiceId && !serviceIds.includes(safetyNetServiceId) ? safetyNetServiceId : null,
      openings: Object.fromEntries(shown.map((id) => [id, this.ctx.opening(id, this.ctx.now)])),
      justInCase: this.justInCase(),
    };
  }

  private buttonsOf(ask: AskStepT): Button[] {
    if (ask.buttons === 'languages') {
      return this.ctx.locales.map((lng) => ({
        type: 'choice',
        label: 'language.name',
        value: `lang:${lng}`,
        lng,
      }));
    }
    return ask.buttons.map((b) =>
      'location' in b
        ? { type: 'location', label: b.location }
        : { type: 'choice', label: b.label, value: b.value },
    );
  }

  private holds(when: ConditionT): boolean {
    const value = when.field === '@locale' ? this.state.locale : this.state.data[when.field];
    if (when.exists !== undefined && (value !== undefined && value !== null) !== when.exists) return false;
    if (when.equals !== undefined && value !== when.equals) return false;
    return true;
  }

  /** Consumes the concern (typed words or a tapped category) and decides where it goes. */
  private runTriage(): void {
    const { data } = this.state;
    const picked =
      typeof data.pickedCategory === 'string' && isCategory(data.pickedCategory) ? data.pickedCategory : null;
    // A resident who answers a clarifying question with more words adds to what they said before.
    const clarifying = data.clarifying === true;
    const typed = typeof data.concern === 'string' ? data.concern : null;
    const words = clarifying && typed && typeof data.words === 'string' ? `${data.words}\n${typed}` : typed;
    delete data.pickedCategory;
    delete data.concern;
    for (const field of [...CONSENT_SCOPED, ...CLARIFY_SCOPED]) delete data[field];
    let categories: Category[];
    let compound = false;
    data.crisisWatch = null;
    if (picked) {
      categories = [picked];
      data.triage = { source: 'button', categories: [{ code: picked, score: 1, phrases: [] }] };
      data.words = null;
    } else {
      const result = this.ctx.triage(words ?? '');
      categories = result.categories.map((c) => c.code);
      compound = result.compound;
      // A faint hint of danger stays on the record, so the staff who take the case can see it too.
      data.triage = {
        source: 'text',
        categories: result.categories,
        compound,
        crisisWatch: result.crisisWatch ?? null,
      };
      data.words = words;
      if (result.crisis && !data.crisis) data.crisis = result.crisis;
      // Someone already shown the hotlines is not shown a second, fainter set.
      if (!data.crisis && result.crisisWatch) data.crisisWatch = result.crisisWatch;
      // At most one round of questions per concern; after it the general consultation backs the answer.
      // Someone who has just been shown the hotlines is not quizzed: they get the answer and the safety net.
      if (clarifying || (data.crisis && isUnsure(categories, result.confidence))) data.safetyNet = true;
      else if (isUnsure(categories, result.confidence)) {
        data.unsure = true;
        data.clarifying = true;
      }
    }
    if (categories.length === 0) categories = ['other'];
    this.routeTo(categories, compound);
  }

  /** Re-ranks an unsure concern with "who is it about?" and "how old?", then routes it. */
  private runRefine(): void {
    const { data } = this.state;
    const found = stringList(data.categories).filter(isCategory);
    const categories = refineCategories(found, data.aboutWho, data.ageBand);
    if (data.triage && typeof data.triage === 'object') {
      data.triage = {
        ...data.triage,
        clarified: { aboutWho: data.aboutWho ?? null, ageBand: data.ageBand ?? null },
      };
    }
    for (const field of CLARIFY_SCOPED) delete data[field];
    data.safetyNet = true;
    this.routeTo(categories, false);
  }

  /** Records the concern's categories and the windows they route to. */
  private routeTo(categories: Category[], compound: boolean): void {
    const { data } = this.state;
    const routing = this.ctx.route(categories, compound);
    data.categories = categories;
    data.compound = compound;
    data.serviceId = routing.primary;
    data.serviceIds = routing.serviceIds;
    data.coordinatorServiceId = routing.coordinator;
  }

  /** Nearby places for a shared location or a chosen area. */
  private findPlaces(): void {
    const { data } = this.state;
    const position = data.position as { latitude?: unknown; longitude?: unknown } | undefined;
    const query: PlaceQuery =
      typeof position?.latitude === 'number' && typeof position.longitude === 'number'
        ? { latitude: position.latitude, longitude: position.longitude }
        : { areaId: typeof data.area === 'string' && data.area !== 'any' ? data.area : null };
    // Where the resident stands is used for this answer only, never stored.
    delete data.position;
    delete data.area;
    this.found = this.ctx.places(query, this.ctx.now);
    data.placesMode = this.found.mode;
  }

  private runEffect(effect: 'createReferral' | 'forget' | 'clearData' | 'withdrawConsent'): void {
    switch (effect) {
      case 'createReferral':
        this.effects.push({ type: 'createReferral', referral: this.referral() });
        return;
      case 'withdrawConsent':
        this.effects.push({ type: 'withdrawConsent' });
        delete this.state.data.referenceCode;
        return;
      case 'forget':
        this.effects.push({ type: 'forget' });
        this.forgotten = true;
        this.state.data = {};
        return;
      case 'clearData':
        this.clearData();
        return;
    }
  }

  private referral(): NewReferral {
    const { data } = this.state;
    if (data.consentGiven !== true) throw new FlowError('consent_missing', this.state.stepId);
    const method = data.contactMethod;
    if (!isContactMethod(method) || typeof data.serviceId !== 'string') {
      throw new FlowError('incomplete_referral', this.state.stepId);
    }
    const referenceCode = this.ctx.newReferenceCode();
    data.referenceCode = referenceCode;
    const referral: NewReferral = {
      referenceCode,
      categories: stringList(data.categories).filter(isCategory),
      words: typeof data.words === 'string' ? data.words : null,
      triage: data.triage ?? null,
      serviceId: data.serviceId,
      coordinatorServiceId: typeof data.coordinatorServiceId === 'string' ? data.coordinatorServiceId : null,
      compound: data.compound === true,
      crisis: (data.crisis as CrisisSignal | undefined) ?? null,
      contactMethod: method,
      contactDetails: method === 'phone' && typeof data.phone === 'string' ? { phone: data.phone } : {},
      consent: {
        textVersion: this.flow.consentVersion,
        language: this.state.locale ?? this.ctx.defaultLocale,
        at: this.ctx.now,
      },
      locale: this.state.locale ?? this.ctx.defaultLocale,
    };
    // Collected for this referral only: what was shared now lives in the referral record.
    for (const field of ['words', 'triage', 'phone', 'consentGiven', 'contactMethod']) delete data[field];
    return referral;
  }
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function isContactMethod(value: unknown): value is ContactMethod {
  return typeof value === 'string' && (CONTACT_METHODS as readonly string[]).includes(value);
}
