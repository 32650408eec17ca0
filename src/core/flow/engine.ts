import { type Category, type CrisisSignal, isCategory } from '../categories.ts';
import { CONTACT_METHODS, type ContactMethod, type NewReferral } from '../referral/referral.ts';
import type { Routing, TriageResult } from '../triage/types.ts';
import type { Input } from './input.ts';
import type { Button, OutMessage, Reply } from './message.ts';
import type { AskStepT, ConditionT, ConversationState, Flow, SayItem, TargetT } from './schema.ts';

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
  newReferenceCode(): string;
}

export type Effect =
  | { type: 'reply'; reply: Reply; locale: string }
  | { type: 'createReferral'; referral: NewReferral }
  | { type: 'forget' };

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
        this.state.data = {};
        return this.goto(this.flow.start);
      case 'command':
        if (input.name === 'restart') this.state.data = {};
        // Consent is for one referral, given on its own screen: leaving that path takes it back.
        for (const field of CONSENT_SCOPED) delete this.state.data[field];
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
      this.state.data.crisis = crisis;
      // Kept whatever the step asked for, so "keep talking" triages the words that raised the alarm.
      this.state.data.concern = text;
      return this.goto(this.flow.crisis);
    }
    const handler = this.ask().text;
    if (!handler) return this.reprompt(this.ask().reprompt);
    const value = handler.validate ? VALIDATORS[handler.validate](text) : text;
    if (value === null) return this.reprompt(handler.invalid ?? this.ask().reprompt);
    this.follow(handler, value);
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
      return this.reprompt('language.changed');
    }
    this.reprompt('common.staleButton');
  }

  private follow(target: TargetT, value: unknown): void {
    if (typeof target === 'string') return this.goto(target);
    if (target.save === '@locale') {
      if (typeof value === 'string' && this.ctx.locales.includes(value)) this.state.locale = value;
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
      case 'window':
        return { type: 'window', serviceId: String(data.serviceId) };
      case 'route':
        return { type: 'route', serviceIds: stringList(data.serviceIds) };
      case 'categories':
        return { type: 'categories' };
      case 'hotlines':
      case 'consent':
      case 'places':
        return { type: kind };
    }
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
    const words = typeof data.concern === 'string' ? data.concern : null;
    delete data.pickedCategory;
    delete data.concern;
    for (const field of CONSENT_SCOPED) delete data[field];
    let categories: Category[];
    let compound = false;
    if (picked) {
      categories = [picked];
      data.triage = { source: 'button', categories: [{ code: picked, score: 1, phrases: [] }] };
      data.words = null;
    } else {
      const result = this.ctx.triage(words ?? '');
      categories = result.categories.map((c) => c.code);
      compound = result.compound;
      data.triage = { source: 'text', categories: result.categories, compound };
      data.words = words;
      if (result.crisis && !data.crisis) data.crisis = result.crisis;
    }
    if (categories.length === 0) categories = ['other'];
    const routing = this.ctx.route(categories, compound);
    data.categories = categories;
    data.compound = compound;
    data.serviceId = routing.primary;
    data.serviceIds = routing.serviceIds;
    data.coordinatorServiceId = routing.coordinator;
  }

  private runEffect(effect: 'createReferral' | 'forget' | 'clearData'): void {
    switch (effect) {
      case 'createReferral':
        this.effects.push({ type: 'createReferral', referral: this.referral() });
        return;
      case 'forget':
        this.effects.push({ type: 'forget' });
        this.forgotten = true;
        this.state.data = {};
        return;
      case 'clearData':
        this.state.data = {};
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
