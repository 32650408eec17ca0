import type { CrisisSignal } from '../../categories.ts';
import { ABUSE_CONCEPTS } from './concepts-abuse.ts';
import { ELDERS_CONCEPTS } from './concepts-elders.ts';
import { EMERGENCY_CONCEPTS } from './concepts-emergency.ts';
import { MONEY_CONCEPTS } from './concepts-money.ts';
import { PARENTHOOD_CONCEPTS } from './concepts-parenthood.ts';
import { PLANS_AND_LOADS_CONCEPTS } from './concepts-plans-and-loads.ts';
import { SAFE_CONCEPTS } from './concepts-safe.ts';
import { SEASON_CONCEPTS } from './concepts-season.ts';
import { SIGNS_CONCEPTS } from './concepts-signs.ts';
import { SUICIDE_CONCEPTS } from './concepts-suicide.ts';
import { VIOLENCE_CONCEPTS } from './concepts-violence.ts';
import { concat } from './extend-concepts.ts';
import type { Framing, IdiomPair, Lexicon, Negation, PairRule } from './types.ts';

/**
 * Crisis knowledge organised by CONCEPT rather than by example: each concept (a wish to die, pills put
 * aside, a child shut out in the cold, a face drooping on one side, …) is written once for every
 * lexicon, so no language is left with only the sentences its writer happened to see. A concept's
 * words are phrases that settle it alone (`say`) and open pairs of word lists (`pairs`: a means near
 * an intent, a child near a mark) that stand for the many ways people put it. The type makes every
 * language required: a concept cannot be added for some languages and forgotten for others.
 *
 * The other side — what must NOT alarm — is a concept too (`SAFE_CONCEPTS`): idioms of death and
 * exhaustion, deaths already past, news and games, first-aid classes, old medical history, denials.
 */
export const CONCEPT_LANGUAGES = ['ja', 'en', 'zh', 'ko', 'vi', 'ne', 'tl', 'pt', 'id'] as const;
export type ConceptLanguage = (typeof CONCEPT_LANGUAGES)[number];

/** One list of words for every language a concept is written in (the themed concept files' tables). */
export type Lists = Readonly<Record<ConceptLanguage, readonly string[]>>;

/** A pair rule whose signal is the concept's (see `PairRule`). */
export type ConceptPair = Omit<PairRule, 'signal'>;

export interface ConceptWords {
  /** Phrases that raise the concept's signal on their own. */
  say?: readonly string[];
  /** Open combinations: any word of `a` near any word of `b`. */
  pairs?: readonly ConceptPair[];
  /**
   * Figures of speech and set phrases that contain the concept's words but are no danger — written
   * out, or as two open lists (`IdiomPair`: what `each` and the like in concepts-safe.ts make).
   */
  idioms?: readonly (string | IdiomPair)[];
  /** Frames that cancel abuse/violence (report, joke) or an emergency (past) in the same sentence. */
  framing?: Framing;
  /** Denials of abuse or violence. */
  crisisNegation?: Negation;
  /** Farewells that raise the suicide signal alone unless the case closes with good news (see `Lexicon.farewells`). */
  farewells?: readonly string[];
  /** Reasons a case closes with good news, which set farewells aside (see `Lexicon.closing`). */
  closing?: readonly string[];
}

export interface Concept {
  name: string;
  /** The signal the concept raises; `null` for concepts that keep safe concerns quiet. */
  signal: CrisisSignal | null;
  /** Every lexicon must express the concept (Japanese including kana forms for やさしい日本語). */
  words: Readonly<Record<ConceptLanguage, ConceptWords>>;
}

export const CONCEPTS: readonly Concept[] = [
  ...SUICIDE_CONCEPTS,
  ...ABUSE_CONCEPTS,
  ...VIOLENCE_CONCEPTS,
  ...EMERGENCY_CONCEPTS,
  ...SAFE_CONCEPTS,
  ...ELDERS_CONCEPTS,
  ...SIGNS_CONCEPTS,
  ...SEASON_CONCEPTS,
  ...MONEY_CONCEPTS,
  ...PARENTHOOD_CONCEPTS,
  ...PLANS_AND_LOADS_CONCEPTS,
];

const merge = (a: readonly string[] | undefined, b: readonly string[] | undefined): string[] =>
  concat(a, b) ?? [];

/** The lexicon with every concept's words for its language merged in. */
export function withConcepts(tag: string, lexicon: Lexicon): Lexicon {
  if (!(CONCEPT_LANGUAGES as readonly string[]).includes(tag)) return lexicon;
  const language = tag as ConceptLanguage;
  const crisis: Record<string, string[]> = {};
  for (const [signal, entries] of Object.entries(lexicon.crisis))
    crisis[signal] = [...(entries ?? [])] as string[];
  const pairs: PairRule[] = [...(lexicon.pairs ?? [])];
  const idioms: string[] = [...lexicon.idioms];
  const idiomPairs: IdiomPair[] = [...(lexicon.idiomPairs ?? [])];
  const framing = { ...lexicon.framing };
  const negation = { before: [...lexicon.crisisNegation.before], after: [...lexicon.crisisNegation.after] };
  const farewells = [...(lexicon.farewells ?? [])];
  const closing = [...(lexicon.closing ?? [])];
  for (const concept of CONCEPTS) {
    const words = concept.words[language];
    if (concept.signal) {
      crisis[concept.signal] = merge(crisis[concept.signal], words.say);
      for (const pair of words.pairs ?? []) pairs.push({ ...pair, signal: concept.signal });
    }
    for (const idiom of words.idioms ?? []) {
      if (typeof idiom === 'string') idioms.push(idiom);
      else idiomPairs.push(idiom);
    }
    idioms.push(...(words.closing ?? []));
    farewells.push(...(words.farewells ?? []));
    closing.push(...(words.closing ?? []));
    framing.report = merge(framing.report, words.framing?.report);
    framing.joke = merge(framing.joke, words.framing?.joke);
    framing.past = merge(framing.past, words.framing?.past);
    negation.before.push(...(words.crisisNegation?.before ?? []));
    negation.after.push(...(words.crisisNegation?.after ?? []));
  }
  return {
    ...lexicon,
    crisis,
    pairs,
    idioms,
    idiomPairs,
    framing,
    crisisNegation: negation,
    farewells,
    closing,
  };
}
