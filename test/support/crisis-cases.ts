import { expect, it } from 'vitest';
import type { CrisisSignal } from '../../src/core/categories.ts';
import { triage } from '../../src/core/triage/index.ts';

// The expectations the triage behaviour tests make of one message, in the two ways the files call them:
// as a callback for `it.each([...])('%s', …)`, and as a whole list of cases at once.

/** No alarm: the crisis card stays away (a watch, "just in case" numbers, may still come). */
export const quiet = (text: string): void => expect(triage(text).crisis, text).toBeNull();

/** The crisis card for `signal`. */
export const alarms =
  (signal: CrisisSignal) =>
  (text: string): void =>
    expect(triage(text).crisis, text).toBe(signal);

/** No alarm, but the numbers of `signal` beside the answer, just in case. */
export const watchedFor =
  (signal: CrisisSignal) =>
  (text: string): void => {
    const result = triage(text);
    expect(result.crisis, text).toBeNull();
    expect(result.crisisWatch, text).toBe(signal);
  };

/** No alarm, but the suicide numbers beside the answer: a wish to die denied or long past. */
export const watched = watchedFor('suicide');

/** One case per text, each quiet. */
export const quietCases = (texts: readonly string[]): void => it.each(texts)('quiet: %s', quiet);

/** One case per text, each raising `signal`. */
export const alarmCases = (signal: CrisisSignal, texts: readonly string[]): void =>
  it.each(texts)(`${signal}: %s`, alarms(signal));
