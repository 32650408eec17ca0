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
}

/** Which windows a set of categories goes to. */
export interface Routing {
  primary: string;
  serviceIds: string[];
  /** Coordinators who also receive compound cases. */
  coordinator: string | null;
}
