import type { Category, CrisisSignal } from '../categories.ts';
import { detectLanguage } from './language.ts';
import { LEXICONS } from './lexicon/index.ts';
import type { Negation } from './lexicon/types.ts';
import { compile, type Match, matchAll, type Pattern, scriptsIn } from './matcher.ts';
import { type Folded, fold, normalise } from './normalise.ts';
import type { ScoredCategory, TriageResult } from './types.ts';

type Topic = Exclude<Category, 'other'>;

/** Which signal wins when several fire: the one whose help is most urgent to show first. */
const CRISIS_ORDER: readonly CrisisSignal[] = ['emergency', 'suicide', 'child_abuse', 'violence'];

/** The window a crisis belongs to when the words named no category of their own. */
const CRISIS_CATEGORY: Record<CrisisSignal, Topic> = {
  suicide: 'mental_health',
  child_abuse: 'child',
  violence: 'women',
  emergency: 'medical',
};

/** A category below this share of the best score is noise, not a second problem. */
const SECOND_SHARE = 0.34;
const SECOND_MIN = 1;
const FIRST_MIN = 0.5;

interface Cue {
  text: string;
  /** How many characters may separate the cue from the phrase it cancels. */
  reach: number;
}

function cues(list: readonly string[]): Cue[] {
  return list.map((raw) => {
    const text = normalise(raw);
    const latin = /^[a-z0-9\uac00-\ud7af\u0900-\u097f]/.test(text);
    return { text: latin ? ` ${text} ` : text, reach: latin ? 12 : 3 };
  });
}

interface CompiledNegation {
  before: Cue[];
  after: Cue[];
}

function compileNegation(all: Negation[]): CompiledNegation {
  return { before: cues(all.flatMap((n) => n.before)), after: cues(all.flatMap((n) => n.after)) };
}

const CATEGORY_PATTERNS: Pattern<Topic>[] = [];
const CRISIS_PATTERNS: Pattern<CrisisSignal>[] = [];
const IDIOMS: Pattern<null>[] = [];
for (const lexicon of LEXICONS) {
  for (const [code, entries] of Object.entries(lexicon.categories) as [Topic, string[]][]) {
    for (const entry of entries) CATEGORY_PATTERNS.push(compile(entry, code));
  }
  for (const [signal, entries] of Object.entries(lexicon.crisis) as [CrisisSignal, string[]][]) {
    for (const entry of entries) CRISIS_PATTERNS.push(compile(entry, signal));
  }
  for (const idiom of lexicon.idioms) IDIOMS.push(compile(idiom, null));
}
const NEGATION = compileNegation(LEXICONS.map((l) => l.negation));
const CRISIS_NEGATION = compileNegation(LEXICONS.map((l) => l.crisisNegation));

function negated(text: string, match: { start: number; end: number }, negation: CompiledNegation): boolean {
  for (const cue of negation.after) {
    const at = text.indexOf(cue.text, match.end - (cue.text.startsWith(' ') ? 1 : 0));
    if (at >= 0 && at - match.end <= cue.reach && !text.slice(match.end, at).includes('|')) return true;
  }
  for (const cue of negation.before) {
    const from = Math.max(0, match.start - cue.text.length - cue.reach);
    const at = text.lastIndexOf(cue.text, match.start);
    if (at >= from && !text.slice(at, match.start).includes('|')) return true;
  }
  return false;
}

function run<T>(folded: string, patterns: Pattern<T>[]): Match<T>[] {
  const scripts = scriptsIn(folded);
  const found: Match<T>[] = [];
  for (const pattern of patterns) {
    if (scripts.has(pattern.script)) for (const match of matchAll(folded, pattern)) found.push(match);
  }
  return found;
}

/** Keeps, per tag, only matches not contained in a longer match of the same tag. */
function outermost<T>(matches: Match<T>[]): Match<T>[] {
  const sorted = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: Match<T>[] = [];
  for (const m of sorted) {
    if (!kept.some((k) => k.tag === m.tag && k.start <= m.start && m.end <= k.end)) kept.push(m);
  }
  return kept;
}

function phrase(folded: Folded, match: { start: number; end: number }): string {
  const from = folded.origin[match.start] ?? 0;
  const to = (folded.origin[match.end - 1] ?? from) + 1;
  let end = to;
  // The origin of a folded character is where its source character starts; take the whole of it.
  while (end < folded.source.length && /[\p{M}\udc00-\udfff]/u.test(folded.source.charAt(end))) end++;
  return folded.source.slice(from, end).trim();
}

interface CrisisFinding {
  signal: CrisisSignal;
  phrases: string[];
}

function findCrisis(folded: Folded): CrisisFinding | null {
  const idioms = run(folded.text, IDIOMS);
  const hits = run(folded.text, CRISIS_PATTERNS).filter(
    (m) =>
      !idioms.some((i) => i.start < m.end && m.start < i.end) &&
      (m.tag === 'suicide' || !negated(folded.text, m, CRISIS_NEGATION)),
  );
  for (const signal of CRISIS_ORDER) {
    const own = hits.filter((m) => m.tag === signal);
    if (own.length > 0) return { signal, phrases: [...new Set(own.map((m) => phrase(folded, m)))] };
  }
  return null;
}

/** The most urgent crisis signal in a message, if any; checked before anything else on every message. */
export function detectCrisis(text: string): CrisisSignal | null {
  return findCrisis(fold(text))?.signal ?? null;
}

/** Text in any supported language → ranked categories with the phrases that led there, compound and crisis. */
export function triage(text: string): TriageResult {
  const folded = fold(text);
  const matches = outermost(run(folded.text, CATEGORY_PATTERNS)).filter(
    (m) => !negated(folded.text, m, NEGATION),
  );
  const scores = new Map<Topic, { score: number; first: number; phrases: string[] }>();
  for (const m of matches.sort((a, b) => a.start - b.start)) {
    const entry = scores.get(m.tag) ?? { score: 0, first: m.start, phrases: [] };
    entry.score += m.weight;
    const said = phrase(folded, m);
    if (!entry.phrases.includes(said)) entry.phrases.push(said);
    scores.set(m.tag, entry);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1].score - a[1].score || a[1].first - b[1].first);
  const top = ranked[0]?.[1].score ?? 0;
  const categories: ScoredCategory[] = ranked
    .filter(([, s], i) => (i === 0 ? s.score >= FIRST_MIN : s.score >= Math.max(SECOND_MIN, top * SECOND_SHARE)))
    .map(([code, s]) => ({ code, score: s.score, phrases: s.phrases }));

  const crisis = findCrisis(folded);
  if (crisis) {
    const code = CRISIS_CATEGORY[crisis.signal];
    if (!categories.some((c) => c.code === code)) categories.push({ code, score: 1, phrases: crisis.phrases });
  }
  const second = ranked[1]?.[1].score ?? 0;
  const confidence =
    categories.length === 0 ? 0 : Math.min(1, top / 2.5) * (categories.length > 1 ? 1 : 1 - (0.5 * second) / top);
  return {
    categories,
    compound: categories.length >= 2,
    crisis: crisis?.signal ?? null,
    crisisPhrases: crisis?.phrases ?? [],
    language: detectLanguage(folded.source, folded.text),
    confidence: Math.round(confidence * 100) / 100,
  };
}
