import { flowProblems } from './graph.ts';
import { type Flow, FlowSchema } from './schema.ts';

/** Parses and checks a flow file; throws with every problem listed. */
export function loadFlow(raw: unknown): Flow {
  const parsed = FlowSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      `invalid flow: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  const problems = flowProblems(parsed.data);
  if (problems.length > 0) throw new Error(`invalid flow "${parsed.data.id}": ${problems.join('; ')}`);
  return parsed.data;
}
