import type { Concept, ConceptLanguage, ConceptWords } from './concepts.ts';

/**
 * More ways to say a concept that is already written for every language: open families (a small
 * child alone for days, a household poison swallowed, someone down who does not answer) added to
 * some languages' words without restating the others. `into` names the concept they extend.
 */
export interface ConceptExtension {
  /** What the added words are about (for reading; `into` decides where they go). */
  name: string;
  into: string;
  words: Partial<Record<ConceptLanguage, ConceptWords>>;
}

/** Words for every concept language from one function of the language (crisis-30's families). */
export const inEachLanguage = (
  words: (lang: ConceptLanguage) => ConceptWords,
): Record<ConceptLanguage, ConceptWords> =>
  Object.fromEntries(
    (['ja', 'en', 'zh', 'ko', 'vi', 'ne', 'tl', 'pt', 'id'] as const).map((lang) => [lang, words(lang)]),
  ) as Record<ConceptLanguage, ConceptWords>;

/** A pair's reach by language: Japanese and Chinese are read closer (no spaces between words). */
export const near = (language: ConceptLanguage, han: number, other: number): number =>
  language === 'ja' || language === 'zh' ? han : other;

/** Both lists, one after the other; none when neither is there. */
export const concat = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] | undefined =>
  a || b ? [...(a ?? []), ...(b ?? [])] : undefined;

/**
 * Every `x` then every `y`, joined («お母さん» + «が帰らない»; with `'...'` between, a gap is allowed). For
 * small lists: two open lists of any size are an `IdiomPair` or a `PairRule`, not written out.
 */
export const cross = (xs: readonly string[], ys: readonly string[], join = ''): string[] =>
  xs.flatMap((x) => ys.map((y) => `${x}${join}${y}`));

/** The concepts with each extension's words merged into the concept it names (an unknown name throws). */
export function extendConcepts(
  concepts: readonly Concept[],
  extensions: readonly ConceptExtension[],
): readonly Concept[] {
  for (const extension of extensions)
    if (!concepts.some((concept) => concept.name === extension.into))
      throw new Error(`concept extension "${extension.name}": no concept named "${extension.into}"`);
  return concepts.map((concept) => {
    const more = extensions.filter((extension) => extension.into === concept.name);
    if (more.length === 0) return concept;
    const words: Record<string, ConceptWords> = { ...concept.words };
    for (const extension of more)
      for (const [language, added] of Object.entries(extension.words) as [ConceptLanguage, ConceptWords][]) {
        const base = words[language] ?? {};
        words[language] = {
          ...base,
          say: concat(base.say, added.say),
          pairs: concat(base.pairs, added.pairs),
          idioms: concat(base.idioms, added.idioms),
        };
      }
    return { ...concept, words: words as Concept['words'] };
  });
}
