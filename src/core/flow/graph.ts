import type { Flow, Step, TargetT } from './schema.ts';

/** Keys the engine itself says, whatever the flow. */
export const ENGINE_TEXT_KEYS = [
  'common.updated',
  'common.media',
  'common.staleButton',
  'common.useButtons',
  'language.changed',
  'language.name',
] as const;

function targetId(target: TargetT): string {
  return typeof target === 'string' ? target : target.next;
}

/** Every step a step can lead to. */
export function successors(step: Step): string[] {
  switch (step.type) {
    case 'say':
    case 'triage':
    case 'refine':
    case 'places':
    case 'effect':
      return [step.next];
    case 'branch':
      return [...step.cases.map((c) => c.next), step.otherwise];
    case 'ask':
      return [
        ...Object.values(step.choices).map(targetId),
        ...(step.text ? [step.text.next] : []),
        ...(step.location ? [targetId(step.location)] : []),
      ];
  }
}

/** Problems that make a flow unsafe to run: dangling targets, unreachable steps, dead ends. */
export function flowProblems(flow: Flow): string[] {
  const problems: string[] = [];
  const entries = [flow.start, flow.crisis, ...Object.values(flow.commands)];
  for (const id of entries) {
    if (!flow.steps[id]) problems.push(`entry "${id}" is not a step`);
  }
  for (const [id, step] of Object.entries(flow.steps)) {
    for (const next of successors(step)) {
      if (!flow.steps[next]) problems.push(`step "${id}" leads to missing step "${next}"`);
    }
    if (step.type === 'ask' && successors(step).length === 0 && step.buttons !== 'languages') {
      problems.push(`ask step "${id}" accepts nothing: a resident would be stuck`);
    }
  }
  const reached = new Set<string>();
  const queue = entries.filter((id) => flow.steps[id]);
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (reached.has(id)) continue;
    reached.add(id);
    const step = flow.steps[id];
    if (step) queue.push(...successors(step).filter((next) => flow.steps[next]));
  }
  for (const id of Object.keys(flow.steps)) {
    if (!reached.has(id)) problems.push(`step "${id}" cannot be reached`);
  }
  return problems;
}

/** Every text key a flow can say, including the engine's own. */
export function flowTextKeys(flow: Flow): Set<string> {
  const keys = new Set<string>(ENGINE_TEXT_KEYS);
  for (const step of Object.values(flow.steps)) {
    if (step.type === 'say' || step.type === 'ask') {
      for (const item of step.say) if ('text' in item) keys.add(item.text);
    }
    if (step.type === 'ask') {
      keys.add(step.reprompt);
      if (step.text?.invalid) keys.add(step.text.invalid);
      if (Array.isArray(step.buttons)) {
        for (const b of step.buttons) keys.add('label' in b ? b.label : b.location);
      }
    }
  }
  return keys;
}
