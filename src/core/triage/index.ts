export { detectCrisis, triage } from './engine.ts';
export { detectLanguage } from './language.ts';
export { normalise } from './normalise.ts';
export type { ScoredCategory, TriageResult } from './types.ts';
