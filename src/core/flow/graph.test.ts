import { describe, expect, it } from 'vitest';
import intakeJson from '../../../flows/intake.json' with { type: 'json' };
import { flowProblems, flowTextKeys } from './graph.ts';
import { loadFlow } from './load.ts';
import { type Flow, FlowSchema } from './schema.ts';

/** A small, sound flow: a menu that triages text, and a say step back to it. */
function soundFlow(): Flow {
  return FlowSchema.parse({
    id: 'small',
    version: 1,
    consentVersion: 'small-v1',
    start: 'hello',
    crisis: 'hello',
    commands: {
      menu: 'menu',
      restart: 'hello',
      language: 'menu',
      delete: 'menu',
      withdraw: 'menu',
      emergency: 'hello',
    },
    steps: {
      hello: { type: 'say', say: [{ text: 'greeting.hello' }], next: 'menu' },
      menu: {
        type: 'ask',
        say: [{ text: 'menu.prompt' }],
        buttons: [{ label: 'menu.consult', value: 'consult' }],
        choices: { consult: 'hello' },
        text: { next: 'triage' },
        reprompt: 'menu.reprompt',
      },
      triage: { type: 'triage', next: 'hello' },
    },
  });
}

describe('flowProblems', () => {
  it('finds nothing wrong with a sound flow', () => {
    expect(flowProblems(soundFlow())).toEqual([]);
  });

  it('catches a target that leads to a missing step', () => {
    const flow = soundFlow();
    flow.steps.triage = { type: 'triage', next: 'results' };
    expect(flowProblems(flow)).toContain('step "triage" leads to missing step "results"');
  });

  it('catches an entry point that is not a step', () => {
    const flow = soundFlow();
    flow.commands.delete = 'delete_confirm';
    expect(flowProblems(flow)).toContain('entry "delete_confirm" is not a step');
  });

  it('catches a step nothing leads to', () => {
    const flow = soundFlow();
    flow.steps.orphan = { type: 'say', say: [{ text: 'declined.text' }], next: 'menu' };
    expect(flowProblems(flow)).toEqual(['step "orphan" cannot be reached']);
  });

  it('catches an ask step that accepts nothing', () => {
    const flow = soundFlow();
    flow.steps.menu = {
      type: 'ask',
      say: [{ text: 'menu.prompt' }],
      buttons: [],
      choices: {},
      reprompt: 'menu.reprompt',
    };
    expect(flowProblems(flow)).toContain('ask step "menu" accepts nothing: a resident would be stuck');
  });

  it('finds no problem in the intake flow', () => {
    expect(flowProblems(FlowSchema.parse(intakeJson))).toEqual([]);
  });
});

describe('flowTextKeys', () => {
  it('lists said texts, reprompts, button labels and the engine keys', () => {
    const keys = flowTextKeys(soundFlow());
    for (const key of ['greeting.hello', 'menu.prompt', 'menu.reprompt', 'menu.consult', 'common.updated']) {
      expect(keys).toContain(key);
    }
    expect(keys).not.toContain('declined.text');
  });
});

describe('loadFlow', () => {
  it('loads the intake flow', () => {
    expect(loadFlow(intakeJson).id).toBe('intake');
  });

  it('names the path and the rule when a flow breaks the schema', () => {
    const broken = structuredClone(intakeJson) as unknown as { steps: { greeting: { next: string } } };
    broken.steps.greeting.next = 'Menu';
    expect(() => loadFlow(broken)).toThrow('invalid flow: steps.greeting.next: step ids are snake_case');
  });

  it('names the field when a step has a key it does not know', () => {
    const broken = structuredClone(intakeJson) as unknown as { steps: { greeting: Record<string, unknown> } };
    broken.steps.greeting.nxt = 'menu';
    expect(() => loadFlow(broken)).toThrow(/invalid flow: steps\.greeting.*nxt/);
  });

  it('throws listing the graph problems of a schema-valid flow', () => {
    const broken = structuredClone(intakeJson) as unknown as { steps: { offer: { choices: object } } };
    broken.steps.offer.choices = { 'offer:yes': 'consent_step', 'offer:no': 'declined' };
    expect(() => loadFlow(broken)).toThrow(
      'invalid flow "intake": step "offer" leads to missing step "consent_step"',
    );
  });
});
