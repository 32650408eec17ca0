import { z } from 'zod';

/** Text in Japanese, with other languages beside it where written. */
export const Localised = z.object({ ja: z.string().min(1) }).catchall(z.string().min(1));
export type LocalisedText = z.infer<typeof Localised>;

/** The language a locale is of: `ja-x-easy` is Japanese, `zh-Hant` Chinese, `pt-BR` Portuguese. */
export const baseLanguage = (locale: string): string => locale.split('-')[0] as string;

/** Japanese and やさしい日本語 (ja-x-easy) readers read the Japanese text itself. */
export function readsJapanese(locale: string): boolean {
  return locale === 'ja' || locale.startsWith('ja-');
}

/**
 * The text in the wanted language, else its base language (zh-Hans → zh), else English for those
 * who do not read Japanese (directories are written in Japanese and English first), else Japanese.
 */
export function localised(text: LocalisedText, locale: string): string {
  return (
    text[locale] ?? text[baseLanguage(locale)] ?? (readsJapanese(locale) ? undefined : text.en) ?? text.ja
  );
}

/**
 * A window's or hotline's name as residents will need to say it at the counter or on the phone:
 * the Japanese name, and beside it the name in the resident's language when there is one.
 */
export function windowName(name: LocalisedText, locale: string): { ja: string; beside: string | null } {
  const beside = readsJapanese(locale) ? (name[locale] ?? null) : localised(name, locale);
  return { ja: name.ja, beside: beside && beside !== name.ja ? beside : null };
}

/** The same on one line, for alt texts and lists. */
export function windowNameLine(name: LocalisedText, locale: string): string {
  const { ja, beside } = windowName(name, locale);
  return beside ? `${ja} (${beside})` : ja;
}
