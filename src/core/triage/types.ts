import type { Category, CrisisSignal } from '../categories.ts';

export interface ScoredCategory {
  code: Category;
  score: number;
  /** The resident's phrases that led here, so staff can see why. */
  phrases: string[];
}

/** What triage made of one concern: ranked categories, best first. */
export interface TriageResult {
  categories: ScoredCategory[];
  compound: boolean;
  crisis: CrisisSignal | null;
  /** The resident's words that raised the crisis signal, so staff can see why. */
  crisisPhrases?: string[];
  /**
   * A danger the words hint at too faintly for the crisis card: the answer still carries its numbers,
   * just in case. Never set with `crisis`.
   */
  crisisWatch?: CrisisSignal | null;
  /** The language the concern seems to be written in (BCP 47, e.g. `ja`, `en`, `zh-Hans`). */
  language: string;
  /** 0..1: how sure the ranking is; low confidence is when a clarifying question helps. */
  confidence: number;
}

/** Which windows a set of categories goes to. */
export interface Routing {
  primary: string;
  serviceIds: string[];
  /** Coordinators who also receive compound cases. */
  coordinator: string | null;
}
