import type { Category, CrisisSignal } from '../../categories.ts';

/**
 * One way residents put something: a phrase, or fragments joined by `...` that must appear in order
 * close together in one sentence (「家賃...払えな」 matches 「家賃がどうしても払えない」). A pair gives a
 * weight: 2 for words that settle the matter alone (「認知症」), 0.5 for hints (「祖母」). Matching is
 * done after normalisation, so write entries as people type them: katakana, full width and
 * diacritics fold away (「デイサービス」 also matches 「でいさーびす」, "não" matches "nao"). An entry
 * starting with a Latin letter matches at the start of a word ("rent" matches "rented", not "parent");
 * end it with `$` to match the whole word only.
 */
export type Entry = string | readonly [string, number];

/** Words that cancel a nearby phrase: "not about" + "money", 「お金」 + 「には困っていない」. */
export interface Negation {
  /** Cues written just before the phrase they cancel. */
  before: readonly string[];
  /** Cues written just after the phrase they cancel. */
  after: readonly string[];
}

/**
 * A productive crisis rule: any word of `a` close to any word of `b` in one sentence raises `signal`.
 * Two small open lists stand for every sentence built from them — an ending verb with a form of wish
 * or intent (「消え」 + 「よう」), a child with marks on the body, a collapse with no answer — so new
 * wording is caught without listing it. Idioms and, for abuse and violence, negation still apply.
 */
export interface PairRule {
  signal: CrisisSignal;
  a: readonly string[];
  b: readonly string[];
  /** `b` must come after `a` (default: either order). */
  ordered?: boolean;
  /** How many characters may separate them (default 12 for Japanese/Chinese, 32 otherwise). */
  reach?: number;
  /**
   * Whether they may sit in consecutive sentences («倒れました。呼んでも起きません»), or how many sentence
   * breaks may lie between them (2: a question, an aside, then how tired one is).
   */
  acrossSentences?: boolean | number;
  /**
   * The side that tells of a death already past («自殺した兄», "took his own life"), which an idiom
   * keeps quiet alone: here its words still count, for the other side — a wish to follow — is the danger.
   */
  pastDeath?: 'a' | 'b';
  /**
   * A farewell and no more: thanks for all these years, no need to contact me again. A case closed
   * with good news anywhere in the message (`Lexicon.closing`) sets it aside.
   */
  farewell?: boolean;
}

/**
 * Words that put a crisis word in a frame that is not a danger now, within the same sentence: a news
 * report (abuse, violence), a joke (violence), or the distant past of a medical history (emergency).
 * Never applied to suicide: a past or joking wish to die is still asked about.
 */
export interface Framing {
  report?: readonly string[];
  joke?: readonly string[];
  past?: readonly string[];
}

/**
 * A figure of speech made of two open lists: any phrase of `a`, then any phrase of `b` within `reach`
 * characters after it (one sentence, or the next with `acrossSentences`) — a trifle and a wish laughed
 * off ('前髪切りすぎた' … 'しにたい笑'), a phone and its "dying" ('phone' 'dying'). Like an idiom with a gap
 * it takes the danger out of the crisis words it is made of, not of those between; written as two
 * lists, every combination is matched without being listed (a list of them all made the lexicons
 * three times as many idioms, and the Worker's startup twice as slow).
 */
export interface IdiomPair {
  a: readonly string[];
  b: readonly string[];
  /** Characters that may separate them (default 12 for Japanese/Chinese, 32 otherwise). */
  reach?: number;
  acrossSentences?: boolean | number;
}

/** What one language contributes: how people describe problems, danger, and what cancels them. */
export interface Lexicon {
  categories: Partial<Record<Exclude<Category, 'other'>, readonly Entry[]>>;
  crisis: Partial<Record<CrisisSignal, readonly Entry[]>>;
  /** Figures of speech that contain crisis words but are not crises (「死ぬほど忙しい」, "killing me"). */
  idioms: readonly string[];
  /** Figures of speech made of two open lists (see `IdiomPair`). */
  idiomPairs?: readonly IdiomPair[];
  negation: Negation;
  /**
   * Words about ending — disappearing, death, "forever", goodbyes, no point — that are not alarming
   * alone but are next to a `riskCues` word or another ending word («负担» + «消失», "burden" +
   * "giving my things away"). Hardship alone ("burden" + "give up") raises nothing.
   */
  endingCues?: readonly string[];
  /** Words of hardship (burden, giving up, hell, life) that count toward `endingCues`. */
  riskCues?: readonly string[];
  /** Productive pairs of open word lists (see `PairRule`). */
  pairs?: readonly PairRule[];
  /** Frames that cancel a crisis word in the same sentence (see `Framing`). */
  framing?: Framing;
  /** Cues that say abuse or violence is NOT happening (「暴力はない」); never applied to suicide. */
  crisisNegation: Negation;
  /**
   * Farewells that raise the suicide signal alone (「今までありがとう」, 「今までお世話になりました」)
   * unless the message closes the case with good news (`closing`).
   */
  farewells?: readonly string[];
  /**
   * Reasons a resident closes the consultation with good news — a job found, a move, better now, the
   * problem solved — which anywhere in the message set `farewells` and farewell pairs aside (the
   * "just in case" numbers still go with the answer). They are idioms too.
   */
  closing?: readonly string[];
}
