import { compact } from './compact.ts';
import { withConcepts } from './concepts.ts';
import { en } from './en.ts';
import { withFamilies } from './families.ts';
import { id } from './id.ts';
import { ja } from './ja.ts';
import { ko } from './ko.ts';
import { ne } from './ne.ts';
import { pt } from './pt.ts';
import { tl } from './tl.ts';
import type { Lexicon } from './types.ts';
import { vi } from './vi.ts';
import { zh } from './zh.ts';

/**
 * Every language's lexicon, by the language tags `detectLanguage` returns, with its language's crisis
 * families (`families.ts`) and concepts (`concepts.ts`) merged in and made cheap to match
 * (`compact.ts`). A municipality adds a language by writing one more file like these and listing it
 * here.
 */
export const LEXICONS: Readonly<Record<string, Lexicon>> = compact(
  Object.fromEntries(
    Object.entries({ ja, en, zh, ko, vi, ne, tl, pt, id }).map(([tag, lexicon]) => [
      tag,
      withConcepts(tag, withFamilies(tag, lexicon)),
    ]),
  ),
);
