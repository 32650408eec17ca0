import type { CrisisSignal } from '../../categories.ts';
import { compile } from '../matcher.ts';
import type { Entry, Lexicon, PairRule } from './types.ts';

/**
 * Makes the merged lexicons cheaper to match without changing what they find. Every crisis phrase of
 * every language is tried on every message, so phrases written once per concept pile up; this drops
 * the ones that can never add a match and merges pair rules that share a list:
 *
 * - A suicide or emergency phrase is dropped when a shorter phrase of the same signal (in any
 *   language) lies inside it: wherever the longer one matches, the shorter one does too, and an idiom
 *   or frame that cancels the shorter match cancels the longer one as well — unless an idiom lies
 *   inside the longer phrase too ("drowning in" inside "drowning in the pool"): the idiom cancels the
 *   shorter match but not the longer one, which is kept. Abuse and violence keep their phrases (only
 *   exact repeats go), because a denial is measured from a phrase's own edges.
 * - Pair rules of one language with the same signal, order, reach and one identical list are merged
 *   into one rule, and an unordered rule tries its shorter list first (it is always tried; the other
 *   only when the first is found).
 */
const SUBSUMABLE: ReadonlySet<CrisisSignal> = new Set(['suicide', 'emergency']);

/**
 * Whether a string of `among` no longer than `longest` lies inside `fragment` (its substrings, looked
 * up); `lengths` are those of `among`, ascending.
 */
function containsAny(
  fragment: string,
  among: ReadonlySet<string>,
  lengths: readonly number[],
  longest = fragment.length,
): boolean {
  for (const length of lengths) {
    if (length > longest) break;
    for (let at = 0; at + length <= fragment.length; at++)
      if (among.has(fragment.slice(at, at + length))) return true;
  }
  return false;
}

function dedupeCrisis(lexicons: Record<string, Lexicon>): Record<string, Lexicon> {
  // Each entry is compiled once; single-fragment phrases of a signal are what may subsume others.
  const compiled = new Map<CrisisSignal, Map<Entry, string[]>>();
  const fragmentsOf = (entry: Entry, signal: CrisisSignal): string[] => {
    const ofSignal = compiled.get(signal) ?? new Map<Entry, string[]>();
    compiled.set(signal, ofSignal);
    let fragments = ofSignal.get(entry);
    if (!fragments) {
      fragments = compile(entry, signal, true).fragments;
      ofSignal.set(entry, fragments);
    }
    return fragments;
  };
  const single = new Map<CrisisSignal, Set<string>>();
  for (const lexicon of Object.values(lexicons)) {
    for (const [signal, entries] of Object.entries(lexicon.crisis) as [CrisisSignal, Entry[]][]) {
      const set = single.get(signal) ?? new Set<string>();
      for (const entry of entries) {
        const fragments = fragmentsOf(entry, signal);
        if (fragments.length === 1) set.add(fragments[0] as string);
      }
      single.set(signal, set);
    }
  }
  // Every idiom's words, of every language: a longer phrase with one inside it is never dropped.
  const idioms = new Set<string>();
  for (const lexicon of Object.values(lexicons))
    for (const idiom of [...lexicon.idioms, ...(lexicon.idiomPairs ?? []).flatMap((p) => [...p.a, ...p.b])])
      for (const fragment of compile(idiom, null, true).fragments) idioms.add(fragment);
  const idiomLengths = [...new Set([...idioms].map((s) => s.length))].sort((a, b) => a - b);
  const lengths = new Map(
    [...single].map(([signal, set]) => [
      signal,
      [...new Set([...set].map((s) => s.length))].sort((a, b) => a - b),
    ]),
  );
  const keep = (signal: CrisisSignal, entry: Entry, seen: Set<string>): boolean => {
    const fragments = fragmentsOf(entry, signal);
    const key = fragments.join('…');
    if (seen.has(key)) return false;
    seen.add(key);
    if (!SUBSUMABLE.has(signal)) return true;
    const shorter = single.get(signal) ?? new Set<string>();
    const sizes = lengths.get(signal) ?? [];
    return !fragments.some(
      (fragment) =>
        containsAny(fragment, shorter, sizes, fragment.length - 1) &&
        !containsAny(fragment, idioms, idiomLengths),
    );
  };
  const seen = new Map<CrisisSignal, Set<string>>();
  return Object.fromEntries(
    Object.entries(lexicons).map(([tag, lexicon]) => {
      const crisis: Lexicon['crisis'] = {};
      for (const [signal, entries] of Object.entries(lexicon.crisis) as [CrisisSignal, Entry[]][]) {
        const own = seen.get(signal) ?? new Set<string>();
        seen.set(signal, own);
        crisis[signal] = entries.filter((entry) => keep(signal, entry, own));
      }
      return [tag, { ...lexicon, crisis }];
    }),
  );
}

/** The rule with its reach made explicit (by default its first word's own gap: closer for Japanese and Chinese). */
function explicit(rule: PairRule): PairRule {
  const first = rule.a[0];
  return { ...rule, reach: rule.reach ?? (first === undefined ? 32 : compile(first, null, true).gap) };
}

function mergePairs(pairs: readonly PairRule[]): PairRule[] {
  const byList = (rules: PairRule[], side: 'a' | 'b'): PairRule[] => {
    const other = side === 'a' ? 'b' : 'a';
    const groups = new Map<string, PairRule>();
    for (const rule of rules) {
      const key = [
        rule.signal,
        rule.ordered ?? false,
        rule.reach,
        rule.acrossSentences ?? false,
        rule.pastDeath ?? '',
        rule.farewell ?? false,
        [...rule[side]].sort().join('|'),
      ].join('#');
      const found = groups.get(key);
      if (found) groups.set(key, { ...found, [other]: [...new Set([...found[other], ...rule[other]])] });
      else groups.set(key, rule);
    }
    return [...groups.values()];
  };
  const merged = byList(byList(pairs.map(explicit), 'a'), 'b');
  return merged.map((rule) =>
    !rule.ordered && rule.b.length < rule.a.length
      ? { ...rule, a: rule.b, b: rule.a, pastDeath: rule.pastDeath && (rule.pastDeath === 'a' ? 'b' : 'a') }
      : rule,
  );
}

export function compact(lexicons: Record<string, Lexicon>): Record<string, Lexicon> {
  return Object.fromEntries(
    Object.entries(dedupeCrisis(lexicons)).map(([tag, lexicon]) => [
      tag,
      { ...lexicon, pairs: mergePairs(lexicon.pairs ?? []) },
    ]),
  );
}
