import type { Logger } from '../ports.ts';
import type { AuthServices } from './auth.ts';
import type { CaseServices } from './cases.ts';
import type { StaffStore } from './ports.ts';

/** What the staff UI needs, built once in `buildServices`. */
export interface StaffServices {
  auth: AuthServices;
  cases: CaseServices;
  store: StaffStore;
  /** The directory's windows: the organisations staff belong to. */
  windows: { id: string; name: Record<string, string> }[];
  languages: readonly string[];
  log: Logger;
  now(): Date;
}
