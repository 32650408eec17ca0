import { z } from 'zod';
import { COMMANDS } from './input.ts';

const StepId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'step ids are snake_case');
const TextKey = z.string().regex(/^[a-zA-Z][\w.]*$/, 'text keys are dotted identifiers');
/** A data field name; `@locale` stores a language choice in the state itself. */
const Field = z.string().regex(/^(@locale|[a-zA-Z]\w*)$/);

const Say = z.union([
  z.strictObject({ text: TextKey, vars: z.record(z.string(), Field).optional() }),
  z.strictObject({
    card: z.enum(['window', 'route', 'categories', 'hotlines', 'consent', 'places', 'areas']),
  }),
]);

const ButtonSpec = z.union([
  z.strictObject({ label: TextKey, value: z.string().min(1).max(300) }),
  z.strictObject({ location: TextKey }),
]);

const Target = z.union([StepId, z.strictObject({ next: StepId, save: Field.optional() })]);

const Condition = z.strictObject({
  field: Field,
  equals: z.union([z.string(), z.boolean(), z.number()]).optional(),
  exists: z.boolean().optional(),
});

const SayStep = z.strictObject({ type: z.literal('say'), say: z.array(Say).min(1), next: StepId });

const AskStep = z.strictObject({
  type: z.literal('ask'),
  say: z.array(Say).default([]),
  buttons: z.union([z.array(ButtonSpec).max(13), z.literal('languages')]).default([]),
  /** Button values (a trailing `*` matches a prefix; the rest is what `save` stores). */
  choices: z.record(z.string(), Target).default({}),
  text: z
    .strictObject({
      next: StepId,
      save: Field.optional(),
      validate: z.enum(['phone', 'nonEmpty']).optional(),
      invalid: TextKey.optional(),
    })
    .optional(),
  location: Target.optional(),
  /** Said, with the buttons again, when the input does not fit this step. */
  reprompt: TextKey,
});

const TriageStep = z.strictObject({ type: z.literal('triage'), next: StepId });

/** Re-ranks an unsure concern with the answers to the clarifying questions (`aboutWho`, `ageBand`). */
const RefineStep = z.strictObject({ type: z.literal('refine'), next: StepId });

/** Finds places for a shared location (`position`) or a chosen area (`area`); sets `placesMode`. */
const PlacesStep = z.strictObject({ type: z.literal('places'), next: StepId });

const BranchStep = z.strictObject({
  type: z.literal('branch'),
  cases: z.array(z.strictObject({ when: Condition, next: StepId })).min(1),
  otherwise: StepId,
});

const EffectStep = z.strictObject({
  type: z.literal('effect'),
  effect: z.enum(['createReferral', 'forget', 'clearData', 'withdrawConsent']),
  next: StepId,
});

export const StepSchema = z.discriminatedUnion('type', [
  SayStep,
  AskStep,
  TriageStep,
  RefineStep,
  PlacesStep,
  BranchStep,
  EffectStep,
]);

export const FlowSchema = z.strictObject({
  id: z.string().min(1),
  version: z.number().int().positive(),
  /** Version of the consent wording; recorded with every consent. */
  consentVersion: z.string().min(1),
  start: StepId,
  /** Where a redelivered follow, a crisis and each global command lead. */
  crisis: StepId,
  commands: z.strictObject(
    Object.fromEntries(COMMANDS.map((c) => [c, StepId])) as Record<(typeof COMMANDS)[number], typeof StepId>,
  ),
  steps: z.record(StepId, StepSchema),
});

export type Flow = z.infer<typeof FlowSchema>;
export type Step = z.infer<typeof StepSchema>;
export type AskStepT = z.infer<typeof AskStep>;
export type SayItem = z.infer<typeof Say>;
export type TargetT = z.infer<typeof Target>;
export type ConditionT = z.infer<typeof Condition>;

/** Stored conversation state; carries the flow version it was written under. */
export const ConversationStateSchema = z.object({
  flowId: z.string(),
  flowVersion: z.number().int(),
  stepId: z.string(),
  locale: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type ConversationState = z.infer<typeof ConversationStateSchema>;
