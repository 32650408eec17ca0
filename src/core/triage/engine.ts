import type { Category, CrisisSignal } from '../categories.ts';
import { detectLanguage } from './language.ts';
import { LEXICONS } from './lexicon/index.ts';
import type { Entry, Lexicon, Negation, PairRule } from './lexicon/types.ts';
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
const SECOND_SHARE = 0.2;
const SECOND_MIN = 0.7;
const FIRST_MIN = 0.5;
/** What a crisis signal adds to its category's score. */
const CRISIS_WEIGHT = 2;

interface Cue {
  text: string;
  /** How many characters may separate the cue from the phrase it cancels. */
  reach: number;
}

function cues(list: readonly string[]): Cue[] {
  return list.map((raw) => {
    const text = normalise(raw);
    const spaced = /^[a-z0-9\uac00-\ud7af\u0900-\u097f]/.test(text);
    // One word ("not") must touch the phrase; a longer cue ("not about") may have an article between.
    const reach = spaced ? (text.includes(' ') ? 10 : 1) : 3;
    // Latin cues are whole words; Korean and Nepali ones may take endings (「아니라」).
    const latin = /^[a-z0-9]/.test(text);
    return { text: spaced ? ` ${text}${latin ? ' ' : ''}` : text, reach };
  });
}

interface CompiledNegation {
  before: Cue[];
  after: Cue[];
}

function compileNegation(negation: Negation): CompiledNegation {
  return { before: cues(negation.before), after: cues(negation.after) };
}

interface CompiledPair {
  signal: CrisisSignal;
  a: Pattern<null>[];
  b: Pattern<null>[];
  ordered: boolean;
  reach: number;
  acrossSentences: boolean;
}

function compilePair(rule: PairRule): CompiledPair {
  const a = rule.a.map((w) => compile(w, null, true));
  const b = rule.b.map((w) => compile(w, null, true));
  const cjk = a[0]?.script === 'cjk';
  return {
    signal: rule.signal,
    a,
    b,
    ordered: rule.ordered ?? false,
    reach: rule.reach ?? (cjk ? 12 : 32),
    acrossSentences: rule.acrossSentences ?? false,
  };
}

type Frame = 'report' | 'joke' | 'past';

/** Which signals each frame cancels (see `Framing`). */
const FRAME_CANCELS: Record<Frame, readonly CrisisSignal[]> = {
  report: ['child_abuse', 'violence'],
  joke: ['violence'],
  past: ['emergency'],
};

interface CompiledLexicon {
  categories: Pattern<Topic>[];
  crisis: Pattern<CrisisSignal>[];
  idioms: Pattern<null>[];
  riskCues: Pattern<string>[];
  endingCues: Pattern<string>[];
  negation: CompiledNegation;
  crisisNegation: CompiledNegation;
  pairs: CompiledPair[];
  framing: Pattern<Frame>[];
}

function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const categories: Pattern<Topic>[] = [];
  const crisis: Pattern<CrisisSignal>[] = [];
  for (const [code, entries] of Object.entries(lexicon.categories) as [Topic, Entry[]][]) {
    for (const entry of entries) categories.push(compile(entry, code));
  }
  for (const [signal, entries] of Object.entries(lexicon.crisis) as [CrisisSignal, Entry[]][]) {
    for (const entry of entries) crisis.push(compile(entry, signal, true));
  }
  return {
    categories,
    crisis,
    idioms: lexicon.idioms.map((idiom) => compile(idiom, null)),
    riskCues: (lexicon.riskCues ?? []).map((cue) => compile(cue, 'risk', true)),
    endingCues: (lexicon.endingCues ?? []).map((cue) => compile(cue, 'ending', true)),
    negation: compileNegation(lexicon.negation),
    crisisNegation: compileNegation(lexicon.crisisNegation),
    pairs: (lexicon.pairs ?? []).map(compilePair),
    framing: (['report', 'joke', 'past'] as const).flatMap((frame) =>
      (lexicon.framing?.[frame] ?? []).map((cue) => compile(cue, frame, true)),
    ),
  };
}

const COMPILED = new Map(Object.entries(LEXICONS).map(([tag, lexicon]) => [tag, compileLexicon(lexicon)]));
const ALL = [...COMPILED.values()];
const CRISIS_PATTERNS = ALL.flatMap((l) => l.crisis);
const IDIOMS = ALL.flatMap((l) => l.idioms);
const RISK_CUES = ALL.flatMap((l) => [...l.riskCues, ...l.endingCues]);
const PAIRS = ALL.flatMap((l) => l.pairs);
const FRAMING = ALL.flatMap((l) => l.framing);
/** How many different risk cues together raise the suicide signal. */
const RISK_CUES_NEEDED = 2;
const CRISIS_NEGATION: CompiledNegation = {
  before: ALL.flatMap((l) => l.crisisNegation.before),
  after: ALL.flatMap((l) => l.crisisNegation.after),
};

/**
 * The lexicons that describe problems in a concern's language. Folding makes short words of
 * different languages collide ("nợ" → "no"), so categories use the concern's own lexicon plus
 * English (residents mix in English words); crisis words of every language are always checked.
 */
function lexiconsFor(language: string): CompiledLexicon[] {
  const own = COMPILED.get(language.startsWith('zh') ? 'zh' : language) ?? COMPILED.get('ja');
  const english = COMPILED.get('en');
  return [...new Set([own, english])].filter((l): l is CompiledLexicon => l !== undefined);
}

function negated(text: string, match: { start: number; end: number }, negation: CompiledNegation): boolean {
  for (const cue of negation.after) {
    const at = text.indexOf(cue.text, match.end - (cue.text.startsWith(' ') ? 1 : 0));
    if (at >= 0 && at - match.end <= cue.reach && !text.slice(match.end, at).includes('|')) return true;
  }
  for (const cue of negation.before) {
    const at = text.lastIndexOf(cue.text, match.start - cue.text.length + (cue.text.endsWith(' ') ? 1 : 0));
    const end = at + cue.text.length - (cue.text.endsWith(' ') ? 1 : 0);
    if (at >= 0 && match.start - end <= cue.reach && !text.slice(end, match.start).includes('|')) return true;
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

/** How many sentence breaks lie between two positions. */
function breaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let at = text.indexOf('|', from); at >= 0 && at < to; at = text.indexOf('|', at + 1)) n++;
  return n;
}

/** Matches of productive pairs: one word of each list, close together, as their rule allows. */
function pairMatches(text: string, idioms: Match<null>[]): Match<CrisisSignal>[] {
  const scripts = scriptsIn(text);
  const found: Match<CrisisSignal>[] = [];
  // Each word of a pair is checked against idioms on its own: the span between them is free text.
  const hits = (patterns: Pattern<null>[]) =>
    run(text, patterns).filter((m) => !idioms.some((i) => i.start < m.end && m.start < i.end));
  for (const pair of PAIRS) {
    if (!pair.a.some((p) => scripts.has(p.script))) continue;
    const as = hits(pair.a);
    if (as.length === 0) continue;
    const bs = hits(pair.b);
    for (const a of as) {
      for (const b of bs) {
        const forward = b.start >= a.end;
        if (!forward && (pair.ordered || a.start < b.end)) continue;
        const [first, second] = forward ? [a, b] : [b, a];
        let gap = second.start - first.end;
        const between = breaks(text, first.end, second.start);
        if (between > (pair.acrossSentences ? 1 : 0)) continue;
        gap -= 3 * between;
        if (gap > pair.reach) continue;
        found.push({ tag: pair.signal, weight: 1, start: first.start, end: second.end });
      }
    }
  }
  return found;
}

/** Whether a frame that cancels this signal sits in the same sentence as the match. */
function framed(text: string, match: Match<CrisisSignal>, frames: Match<Frame>[]): boolean {
  return frames.some(
    (f) =>
      FRAME_CANCELS[f.tag].includes(match.tag) &&
      breaks(text, Math.min(f.end, match.end), Math.max(f.start, match.start)) === 0,
  );
}

interface CrisisFinding {
  signal: CrisisSignal;
  phrases: string[];
}

function findCrisis(folded: Folded): CrisisFinding | null {
  const idioms = run(folded.text, IDIOMS);
  const frames = run(folded.text, FRAMING);
  const hits = [
    ...run(folded.text, CRISIS_PATTERNS).filter(
      (m) => !idioms.some((i) => i.start < m.end && m.start < i.end),
    ),
    ...pairMatches(folded.text, idioms),
  ].filter(
    (m) =>
      !framed(folded.text, m, frames) &&
      // Only abuse and violence can be denied ("no violence"); a denied wish to die is still asked about.
      !((m.tag === 'child_abuse' || m.tag === 'violence') && negated(folded.text, m, CRISIS_NEGATION)),
  );
  for (const signal of CRISIS_ORDER) {
    const own = hits.filter((m) => m.tag === signal);
    if (own.length > 0) return { signal, phrases: [...new Set(own.map((m) => phrase(folded, m)))] };
  }
  const cues = run(folded.text, RISK_CUES)
    .filter((m) => !idioms.some((i) => i.start < m.end && m.start < i.end))
    .sort((a, b) => b.end - b.start - (a.end - a.start));
  const separate = cues.filter((m, i) => !cues.some((o, j) => j < i && o.start < m.end && m.start < o.end));
  if (separate.length >= RISK_CUES_NEEDED && separate.some((m) => m.tag === 'ending')) {
    return { signal: 'suicide', phrases: [...new Set(separate.map((m) => phrase(folded, m)))] };
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
  const language = detectLanguage(folded.source, folded.text);
  const lexicons = lexiconsFor(language);
  const negation: CompiledNegation = {
    before: lexicons.flatMap((l) => l.negation.before),
    after: lexicons.flatMap((l) => l.negation.after),
  };
  const matches = outermost(
    run(
      folded.text,
      lexicons.flatMap((l) => l.categories),
    ),
  ).filter((m) => !negated(folded.text, m, negation));
  const scores = new Map<Topic, { score: number; first: number; phrases: string[] }>();
  for (const m of matches.sort((a, b) => a.start - b.start)) {
    const entry = scores.get(m.tag) ?? { score: 0, first: m.start, phrases: [] };
    entry.score += m.weight;
    const said = phrase(folded, m);
    if (!entry.phrases.includes(said)) entry.phrases.push(said);
    scores.set(m.tag, entry);
  }
  const crisis = findCrisis(folded);
  if (crisis) {
    // Whatever else is going on, the window for the danger comes first.
    const code = CRISIS_CATEGORY[crisis.signal];
    const entry = scores.get(code) ?? { score: 0, first: -1, phrases: [] };
    entry.score += CRISIS_WEIGHT;
    for (const said of crisis.phrases) if (!entry.phrases.includes(said)) entry.phrases.push(said);
    scores.set(code, entry);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1].score - a[1].score || a[1].first - b[1].first);
  const top = ranked[0]?.[1].score ?? 0;
  const categories: ScoredCategory[] = ranked
    .filter(([, s], i) =>
      i === 0 ? s.score >= FIRST_MIN : s.score >= Math.max(SECOND_MIN, top * SECOND_SHARE),
    )
    .map(([code, s]) => ({ code, score: s.score, phrases: s.phrases }));
  const second = ranked[1]?.[1].score ?? 0;
  // One clear phrase (weight 1) is enough to answer; hints alone (weight < 1) or a close runner-up
  // that was not kept leave it unsure, which is when the flow asks a clarifying question.
  const margin = categories.length > 1 ? 1 : 1 - (0.3 * second) / top;
  const confidence = categories.length === 0 ? 0 : Math.min(1, 0.25 + top / 3) * margin;
  return {
    categories,
    compound: categories.length >= 2,
    crisis: crisis?.signal ?? null,
    crisisPhrases: crisis?.phrases ?? [],
    language,
    confidence: Math.round(confidence * 100) / 100,
  };
}
