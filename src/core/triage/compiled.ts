import type { Category, CrisisSignal } from '../categories.ts';
import type { Entry, IdiomPair, Lexicon, Negation, PairRule } from './lexicon/types.ts';
import { compile, type Pattern, patternOf } from './matcher.ts';
import { LATIN_WITH_MARKS, normalise } from './normalise.ts';

/**
 * The lexicons as the engine matches them: every phrase folded (`compile`), every cue measured. Built
 * from the sources once, by `npm run build:lexicon`, and shipped packed (`lexicon/packed.ts`): folding
 * and compacting some 280,000 phrases took the Worker over two seconds of startup CPU, where reading
 * them packed takes a small part of that. A test checks the packed lexicon is the sources' own.
 */

type Topic = Exclude<Category, 'other'>;

export interface Cue {
  text: string;
  /** How many characters may separate the cue from the phrase it cancels. */
  reach: number;
}

function cues(list: readonly string[]): Cue[] {
  return list.map((raw) => {
    const text = normalise(raw);
    const spaced = /^[a-z0-9\uac00-\ud7af\u0900-\u097f]/.test(text);
    // Latin cues are whole words; Korean and Nepali ones may take endings (「아니라」).
    const latin = /^[a-z0-9]/.test(text);
    // One word ("not") must touch the phrase; a longer cue ("not about") may have an article between;
    // a Korean or Nepali one may follow the verb's ending (「때리지는 않아요」).
    const reach = spaced ? (text.includes(' ') ? 10 : latin ? 1 : 4) : 3;
    return { text: spaced ? ` ${text}${latin ? ' ' : ''}` : text, reach };
  });
}

export interface CompiledNegation {
  before: Cue[];
  after: Cue[];
}

function compileNegation(negation: Negation): CompiledNegation {
  return { before: cues(negation.before), after: cues(negation.after) };
}

export interface CompiledPair {
  signal: CrisisSignal;
  a: Pattern<null>[];
  b: Pattern<null>[];
  ordered: boolean;
  reach: number;
  /** How many sentence breaks may lie between the two words. */
  acrossSentences: number;
  /** The side telling of a past death, whose words idioms do not silence: 0 for `a`, 1 for `b`. */
  pastDeath: number | null;
  farewell: boolean;
}

export interface CompiledIdiomPair {
  a: Pattern<null>[];
  b: Pattern<null>[];
  /** Always: `b` after `a`. */
  ordered: true;
  reach: number;
  acrossSentences: number;
}

function compileIdiomPair(pair: IdiomPair): CompiledIdiomPair {
  const a = pair.a.map((w) => compile(w, null));
  const b = pair.b.map((w) => compile(w, null));
  return {
    a,
    b,
    ordered: true,
    reach: pair.reach ?? a[0]?.gap ?? 32,
    acrossSentences: Number(pair.acrossSentences ?? 0),
  };
}

function compilePair(rule: PairRule): CompiledPair {
  const a = rule.a.map((w) => compile(w, null, true));
  const b = rule.b.map((w) => compile(w, null, true));
  return {
    signal: rule.signal,
    a,
    b,
    ordered: rule.ordered ?? false,
    reach: rule.reach ?? a[0]?.gap ?? 32,
    acrossSentences: Number(rule.acrossSentences ?? 0),
    pastDeath: rule.pastDeath === undefined ? null : rule.pastDeath === 'a' ? 0 : 1,
    farewell: rule.farewell ?? false,
  };
}

export type Frame = 'report' | 'joke' | 'past';

export interface CompiledLexicon {
  categories: Pattern<Topic>[];
  crisis: Pattern<CrisisSignal>[];
  /** Tagged with each idiom's letters as written when they carry Latin marks, else '' (see `markedLetters`). */
  idioms: Pattern<string>[];
  idiomPairs: CompiledIdiomPair[];
  riskCues: Pattern<string>[];
  endingCues: Pattern<string>[];
  negation: CompiledNegation;
  crisisNegation: CompiledNegation;
  pairs: CompiledPair[];
  framing: Pattern<Frame>[];
  farewells: Pattern<CrisisSignal>[];
  closing: Pattern<null>[];
}

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
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
    idioms: lexicon.idioms.map((idiom) => compile(idiom, markedLetters(idiom))),
    idiomPairs: (lexicon.idiomPairs ?? []).map(compileIdiomPair),
    riskCues: (lexicon.riskCues ?? []).map((cue) => compile(cue, 'risk', true)),
    endingCues: (lexicon.endingCues ?? []).map((cue) => compile(cue, 'ending', true)),
    negation: compileNegation(lexicon.negation),
    crisisNegation: compileNegation(lexicon.crisisNegation),
    pairs: (lexicon.pairs ?? []).map(compilePair),
    framing: (['report', 'joke', 'past'] as const).flatMap((frame) =>
      (lexicon.framing?.[frame] ?? []).map((cue) => compile(cue, frame, true)),
    ),
    farewells: (lexicon.farewells ?? []).map((entry) => compile(entry, 'suicide' as const, true)),
    closing: (lexicon.closing ?? []).map((reason) => compile(reason, null)),
  };
}

/**
 * An idiom's tag: its letters as written when they carry Latin marks, which `otherMarks` (engine.ts)
 * compares with the letters a message wrote; else '', for a written form with marks differs from any
 * unmarked one alike.
 */
function markedLetters(idiom: string): string {
  const letters = lettersOf(idiom);
  return LATIN_WITH_MARKS.test(letters) ? letters : '';
}

/** Lower-case letters only, composed, as written (Vietnamese and Portuguese marks kept). */
export function lettersOf(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}]/gu, '')
    .normalize('NFC');
}

/** The lists of a compiled lexicon that hold patterns with one tag each, in the order they are packed. */
const PATTERN_LISTS = [
  'categories',
  'crisis',
  'idioms',
  'riskCues',
  'endingCues',
  'framing',
  'farewells',
  'closing',
] as const;

/** What folded text never holds, and the packed text could not: the separators and template escapes. */
const UNPACKABLE = /[\t\n`\\]/;
/** The first characters of the lines that are not patterns. */
const MARKERS = /^[@#={}^!-]/;
/** How many characters a pattern shares with the one before, by the digit it starts with. */
const SHARED = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * The compiled lexicons as text, one line each (`lexicon/packed.ts`, written by `npm run build:lexicon`):
 *
 *     @ja                         a language
 *     #crisis                     one of its lists (`PATTERN_LISTS`, then `pairs`, `idiomPairs`)
 *     =suicide 1 1                the tag (`~` for none), weight and 1 if across sentences, of the patterns below
 *     3たい                        a pattern: its folded fragments, tab between them, after a digit (below)
 *     {"signal":"suicide",…}      a pair rule, then its `a` patterns, `-`, its `b` patterns
 *     ^12                         in place of a pair's list: the 12th list written before, again
 *     !{"negation":…}             the language's negation cues
 *
 * A pattern's first character is how many characters it shares with the start of the pattern before it
 * (0–9, then A–Z for 10–35, a–z for 36–61): 「しにたい」 after 「しにた」 is 「3い」. Neighbouring phrases
 * share their starts (「40になる息子」, 「40になる娘」), and this takes a fifth off the gzipped size, which
 * is then smaller than the sources'. Folded text holds no backquote or backslash, so the text is written
 * as a raw template literal; it is read in a fraction of the time folding the sources takes.
 */
export function packLexicons(compiled: Readonly<Record<string, CompiledLexicon>>): string {
  const lines: string[] = [];
  let header = '';
  const patterns = (list: readonly Pattern<string | null>[]) => {
    for (const p of list) {
      const next = `=${p.tag ?? '~'} ${p.weight} ${p.acrossSentences ? 1 : 0}`;
      if (next !== header) {
        header = next;
        lines.push(header);
      }
      if (p.fragments.some((f) => UNPACKABLE.test(f)) || (p.tag !== null && /[\s`\\~]/.test(p.tag)))
        throw new Error(`cannot pack the pattern "${p.fragments.join('...')}" (${p.tag})`);
      lines.push(p.fragments.join('\t'));
    }
  };
  const seen = new Map<string, number>();
  const list = (words: readonly Pattern<null>[]) => {
    const key = words.map((p) => `${p.weight} ${p.acrossSentences} ${p.fragments.join('\t')}`).join('\n');
    const earlier = seen.get(key);
    if (earlier !== undefined) lines.push(`^${earlier}`);
    else {
      seen.set(key, seen.size);
      header = '';
      patterns(words);
    }
  };
  const pairs = (rules: readonly (CompiledPair | CompiledIdiomPair)[]) => {
    for (const { a, b, ...rule } of rules) {
      lines.push(JSON.stringify(rule));
      list(a);
      lines.push('-');
      list(b);
    }
  };
  for (const [tag, lexicon] of Object.entries(compiled)) {
    lines.push(`@${tag}`);
    for (const name of PATTERN_LISTS) {
      lines.push(`#${name}`);
      header = '';
      patterns(lexicon[name]);
    }
    lines.push('#pairs');
    pairs(lexicon.pairs);
    lines.push('#idiomPairs');
    pairs(lexicon.idiomPairs);
    lines.push(`!${JSON.stringify({ negation: lexicon.negation, crisisNegation: lexicon.crisisNegation })}`);
  }
  let before = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (MARKERS.test(line)) continue;
    let shared = 0;
    const most = Math.min(line.length, before.length, SHARED.length - 1);
    while (shared < most && line[shared] === before[shared]) shared++;
    // A character outside the BMP is two UTF-16 units: never cut between them.
    if (shared > 0 && /[\udc00-\udfff]/.test(line.charAt(shared))) shared--;
    lines[i] = `${SHARED[shared]}${line.slice(shared)}`;
    before = line;
  }
  const text = lines.join('\n');
  if (text.includes('${')) throw new Error('the packed lexicon cannot be a template literal');
  return text;
}

type AnyPattern = Pattern<string | null>;
type Rule = Omit<CompiledPair, 'a' | 'b'> | Omit<CompiledIdiomPair, 'a' | 'b'>;

/** The compiled lexicons, by language tag, from their packed text (see `packLexicons`). */
export function unpackLexicons(packed: string): Map<string, CompiledLexicon> {
  const out = new Map<string, CompiledLexicon>();
  const lists: AnyPattern[][] = [];
  let lexicon: Record<string, unknown> = {};
  let field = '';
  let target: AnyPattern[] = [];
  let tag: string | null = null;
  let weight = 1;
  let across = false;
  let rule: (Rule & { a: AnyPattern[]; b: AnyPattern[] }) | null = null;
  /** The pattern before, which the next one may start as. */
  let before = '';
  /** A pair's list starts: a fresh one, numbered as the packer numbered it. */
  const startList = (): AnyPattern[] => {
    const words: AnyPattern[] = [];
    lists.push(words);
    return words;
  };
  for (let from = 0; from <= packed.length; ) {
    const to = packed.indexOf('\n', from);
    const line = packed.slice(from, to < 0 ? packed.length : to);
    from = to < 0 ? packed.length + 1 : to + 1;
    switch (line.charAt(0)) {
      case '@':
        lexicon = {};
        out.set(line.slice(1), lexicon as unknown as CompiledLexicon);
        break;
      case '#':
        field = line.slice(1);
        target = [];
        lexicon[field] = target;
        rule = null;
        break;
      case '=': {
        const [t, w, a] = line.slice(1).split(' ');
        tag = t === '~' ? null : (t as string);
        weight = Number(w);
        across = a === '1';
        break;
      }
      case '{':
        rule = { ...(JSON.parse(line) as Rule), a: [], b: [] };
        (lexicon[field] as unknown[]).push(rule);
        rule.a = startList();
        target = rule.a;
        break;
      case '-':
        if (rule) {
          rule.b = startList();
          target = rule.b;
        }
        break;
      case '^': {
        const earlier = lists[Number(line.slice(1))] as AnyPattern[];
        if (rule) {
          // The list numbered for this place was never filled: take the earlier one's place and number.
          lists.pop();
          if (target === rule.a) rule.a = earlier;
          else rule.b = earlier;
        }
        break;
      }
      case '!':
        Object.assign(lexicon, JSON.parse(line.slice(1)));
        break;
      default: {
        const code = line.charCodeAt(0);
        const shared = code <= 0x39 ? code - 0x30 : code <= 0x5a ? code - 0x37 : code - 0x3d;
        const text = shared === 0 ? line.slice(1) : before.slice(0, shared) + line.slice(1);
        target.push(patternOf(tag, text.split('\t'), weight, across));
        before = text;
      }
    }
  }
  return out;
}
