import type { Entry } from './lexicon/types.ts';
import { normalise } from './normalise.ts';

type Script = 'latin' | 'cjk' | 'hangul' | 'devanagari' | 'other';

/** A lexicon entry ready to match: folded fragments that appear in order, close together. */
export interface Pattern<T> {
  tag: T;
  fragments: string[];
  weight: number;
  /** How many characters may come between two fragments. */
  gap: number;
  /** Whether the fragments may sit in consecutive sentences (「たおれました。うごきません」). */
  acrossSentences: boolean;
}

export interface Match<T> {
  tag: T;
  weight: number;
  start: number;
  end: number;
}

/** Scripts by character code: hundreds of thousands of patterns start with a few thousand characters. */
const SCRIPTS = new Map<number, Script>();
function scriptOf(ch: string): Script {
  const code = ch.charCodeAt(0);
  let script = SCRIPTS.get(code);
  if (script === undefined) {
    script = scriptOfCode(ch, code);
    SCRIPTS.set(code, script);
  }
  return script;
}

function scriptOfCode(ch: string, code: number): Script {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return 'latin';
  if (code < 0x80) return 'other';
  if (/[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/.test(ch)) return 'hangul';
  if (/[\u0900-\u097f]/.test(ch)) return 'devanagari';
  if (/[\p{Script=Han}\p{Script=Hiragana}\u30fc]/u.test(ch)) return 'cjk';
  return 'other';
}

/**
 * A lexicon fragment folded as messages are, with a word edge where its script has spaces. Memoised:
 * the concept lexicons repeat fragments across languages, and compaction compiles them too.
 */
const FRAGMENTS = new Map<string, string>();
function compileFragment(part: string): string {
  let fragment = FRAGMENTS.get(part);
  if (fragment === undefined) {
    const wholeWord = part.trimEnd().endsWith('$');
    fragment = normalise(wholeWord ? part.trimEnd().slice(0, -1) : part);
    const first = scriptOf(fragment.charAt(0));
    if (first === 'latin' || first === 'hangul' || first === 'devanagari') fragment = ` ${fragment}`;
    if (wholeWord) fragment = `${fragment} `;
    FRAGMENTS.set(part, fragment);
  }
  return fragment;
}

/** Compiles an entry; Latin fragments get the word boundaries they need in the folded text. */
export function compile<T>(entry: Entry, tag: T, acrossSentences = false): Pattern<T> {
  const [raw, weight] = typeof entry === 'string' ? [entry, 1] : entry;
  const parts = raw.includes('..') || raw.includes('…') ? raw.split(/\.\.\.|…/) : [raw];
  return patternOf(tag, parts.map(compileFragment), weight, acrossSentences);
}

/**
 * A pattern from fragments already folded (`compile`'s, or the packed lexicon's): its gap is its first
 * fragment's script's, read past the word boundary a spaced script was given.
 */
export function patternOf<T>(
  tag: T,
  fragments: string[],
  weight: number,
  acrossSentences: boolean,
): Pattern<T> {
  const first = fragments[0] ?? '';
  const script = scriptOf(first.charAt(first.startsWith(' ') ? 1 : 0));
  return { tag, fragments, weight, gap: script === 'cjk' ? 12 : 32, acrossSentences };
}

/** Which scripts a folded text contains, so patterns of absent scripts are skipped. */
export function scriptsIn(text: string): Set<Script> {
  const found = new Set<Script>();
  if (/[a-z0-9]/.test(text)) found.add('latin');
  if (/[\p{Script=Han}\p{Script=Hiragana}]/u.test(text)) found.add('cjk');
  if (/[\uac00-\ud7af]/.test(text)) found.add('hangul');
  if (/[\u0900-\u097f]/.test(text)) found.add('devanagari');
  found.add('other');
  return found;
}

/** A fragment found at `at`, without the word boundaries (spaces) it was written with. */
function spanOf(text: string, fragment: string, at: number): { start: number; end: number } {
  const end = at + fragment.length;
  return {
    start: at + (fragment.startsWith(' ') ? 1 : 0),
    end: end - (text.charAt(end - 1) === ' ' ? 1 : 0),
  };
}

/**
 * Where a pattern whose first fragment ends at `from` ends, or -1; with `spans`, each later fragment's
 * place is added to it.
 */
function follow<T>(
  text: string,
  pattern: Pattern<T>,
  from: number,
  spans?: { start: number; end: number }[],
): number {
  const { fragments, gap } = pattern;
  let end = from;
  for (let i = 1; i < fragments.length; i++) {
    const fragment = fragments[i] as string;
    // A leading space belongs to the fragment's word boundary; the gap may end on that space.
    const at = text.indexOf(fragment, end - (fragment.startsWith(' ') ? 1 : 0));
    if (at < 0 || at - end > gap || (!pattern.acrossSentences && text.slice(end, at).includes('|')))
      return -1;
    spans?.push(spanOf(text, fragment, at));
    end = at + fragment.length;
  }
  return end;
}

/**
 * Where each fragment of a pattern lies in a match of it that starts at `start` (as `matchAll` and
 * `matchSet` give it): the pattern's own words, without the free text of its gaps.
 */
export function fragmentSpans<T>(
  text: string,
  pattern: Pattern<T>,
  start: number,
): { start: number; end: number }[] {
  const first = pattern.fragments[0] as string;
  const at = start - (first.startsWith(' ') ? 1 : 0);
  const spans = [spanOf(text, first, at)];
  follow(text, pattern, at + first.length, spans);
  return spans;
}

/** Every place a pattern occurs in a folded text. */
export function matchAll<T>(text: string, pattern: Pattern<T>): Match<T>[] {
  const first = pattern.fragments[0] as string;
  const found: Match<T>[] = [];
  let at = text.indexOf(first);
  while (at >= 0) {
    const end = follow(text, pattern, at + first.length);
    if (end >= 0) {
      const lead = first.startsWith(' ') ? 1 : 0;
      const trail = text.charAt(end - 1) === ' ' ? 1 : 0;
      found.push({ tag: pattern.tag, weight: pattern.weight, start: at + lead, end: end - trail });
    }
    at = text.indexOf(first, at + 1);
  }
  return found;
}

/** How many leading characters of a first fragment index it (shorter fragments by all they have). */
const KEY = 4;

/**
 * A number for the first `length` characters of a text at `at`, built one character at a time, so
 * a text is indexed without cutting strings out of it. Different prefixes may share a number (it
 * is a hash; a candidate is always checked with startsWith); prefixes of different lengths never do.
 */
function step(hash: number, code: number): number {
  return (Math.imul(hash, 0x01000193) ^ code) & 0x0fffffff;
}
const keyOf = (hash: number, length: number) => hash * KEY + (length - 1);
/** Size of the first-character filter (characters share a slot; a shared slot only costs a lookup). */
const STARTS = 4096;

/** Patterns indexed by how their first fragment begins, so a text is read once, not once per pattern. */
export interface PatternSet<T> {
  patterns: readonly Pattern<unknown>[];
  /** The tag of each pattern's matches, when not the pattern's own (one pattern serves several rules). */
  tags?: readonly T[];
  byKey: Map<number, number[]>;
  /** Which characters (by slot) begin a first fragment: every other position is passed over at once. */
  starts: Uint8Array;
}

export function patternSet<T>(patterns: readonly Pattern<T>[]): PatternSet<T>;
export function patternSet<T>(patterns: readonly Pattern<unknown>[], tags: readonly T[]): PatternSet<T>;
export function patternSet<T>(patterns: readonly Pattern<unknown>[], tags?: readonly T[]): PatternSet<T> {
  const byKey = new Map<number, number[]>();
  const starts = new Uint8Array(STARTS);
  patterns.forEach((pattern, i) => {
    const first = pattern.fragments[0] ?? '';
    const length = Math.min(KEY, first.length);
    if (length === 0) return;
    starts[first.charCodeAt(0) & (STARTS - 1)] = 1;
    let hash = 0;
    for (let k = 0; k < length; k++) hash = step(hash, first.charCodeAt(k));
    const key = keyOf(hash, length);
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  return tags ? { patterns, tags, byKey, starts } : { patterns, byKey, starts };
}

/** Every match of every pattern in the set: the same matches, in the same order, as `matchAll` pattern by pattern. */
export function matchSet<T>(text: string, set: PatternSet<T>): Match<T>[] {
  const hits: { index: number; match: Match<T> }[] = [];
  const { byKey, patterns, starts, tags } = set;
  for (let at = 0; at < text.length; at++) {
    if (starts[text.charCodeAt(at) & (STARTS - 1)] === 0) continue;
    let hash = 0;
    for (let length = 1; length <= KEY && at + length <= text.length; length++) {
      hash = step(hash, text.charCodeAt(at + length - 1));
      const list = byKey.get(keyOf(hash, length));
      if (!list) continue;
      for (const index of list) {
        const pattern = patterns[index] as Pattern<unknown>;
        const first = pattern.fragments[0] as string;
        if (!text.startsWith(first, at)) continue;
        const end = follow(text, pattern, at + first.length);
        if (end < 0) continue;
        const lead = first.startsWith(' ') ? 1 : 0;
        const trail = text.charAt(end - 1) === ' ' ? 1 : 0;
        hits.push({
          index,
          match: {
            tag: (tags ? tags[index] : pattern.tag) as T,
            weight: pattern.weight,
            start: at + lead,
            end: end - trail,
          },
        });
      }
    }
  }
  hits.sort((a, b) => a.index - b.index || a.match.start - b.match.start);
  return hits.map((h) => h.match);
}
