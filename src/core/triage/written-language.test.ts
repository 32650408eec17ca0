import { describe, expect, it } from 'vitest';
import { detectLanguage, writtenLocale } from './language.ts';
import { fold } from './normalise.ts';

const LOCALES = ['ja', 'ja-x-easy', 'en', 'zh-Hans', 'zh-Hant', 'ko', 'vi', 'ne', 'tl', 'pt-BR', 'id'];
const written = (text: string, current: string) => {
  const folded = fold(text);
  return writtenLocale(text, detectLanguage(folded.source, folded.text), current, LOCALES);
};

describe('the language a resident plainly writes in', () => {
  it.each([
    ['남편이 때려요. 지금 집에 못 들어가요', 'ja', 'ko'],
    ['मलाई धेरै गाह्रो भइरहेको छ, कसैसँग कुरा गर्न चाहन्छु', 'en', 'ne'],
    ['家賃が払えなくて困っています', 'en', 'ja'],
    ['我老公每天打我，我不敢回家了怎么办', 'ja', 'zh-Hans'],
    ['我先生每天打我，我不敢回家了怎麼辦', 'ko', 'zh-Hant'],
    ['Tôi không trả được tiền nhà tháng này', 'ja', 'vi'],
    ['Tôi không trả được tiền nhà tháng này', 'en', 'vi'],
    ['Não consigo pagar o aluguel este mês', 'tl', 'pt-BR'],
    ['I cannot pay my rent this month', 'ja', 'en'],
  ])('%s (replies in %s) → %s', (text, current, expected) => {
    expect(written(text, current)).toBe(expected);
  });

  it.each([
    // The same language: Japanese to a resident who chose やさしい日本語, Chinese in the other script.
    ['家賃が払えなくて困っています', 'ja-x-easy'],
    ['我老公每天打我，我不敢回家了怎么办', 'zh-Hant'],
    ['남편이 때려요', 'ko'],
    // Too little to go on: a word or two, a few kanji with no kana, a name in another script.
    ['ok thanks', 'ja'],
    ['母入院中', 'ko'],
    ['김민지です。よろしくお願いします。母のことで相談したいです', 'ja'],
    ['090-1234-5678', 'en'],
    ['😭😭', 'ja'],
    // Between plain Latin-letter languages, function words are too weak a sign (Taglish, English).
    ['I cannot pay my rent this month', 'tl'],
    ['Hindi ko na po kaya magbayad ng upa', 'en'],
    ['Saya tidak bisa bayar sewa bulan ini', 'en'],
  ])('%s (replies in %s) → no switch', (text, current) => {
    expect(written(text, current)).toBeNull();
  });
});
