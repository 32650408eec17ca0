import { describe, expect, it } from 'vitest';
import { detectCrisis, detectLanguage, normalise, triage } from './index.ts';

const codes = (text: string) => triage(text).categories.map((c) => c.code);

describe('normalise', () => {
  it('folds width, case, katakana and Latin diacritics into one form', () => {
    expect(normalise('ﾔﾁﾝ ｶﾞ ﾊﾗｴﾅｲ')).toBe('やちんがはらえない');
    expect(normalise('ＤＶ　Ｈｅｌｐ')).toBe('dv help');
    expect(normalise('Tôi không muốn sống nữa')).toBe('toi khong muon song nua');
    expect(normalise('我媽媽')).toBe('我妈妈');
  });
});

describe('language', () => {
  it.each([
    ['母の物忘れがひどい', 'ja'],
    ['介護保険申請', 'ja'],
    ['my rent is late', 'en'],
    ['我妈妈最近总是忘事', 'zh-Hans'],
    ['我媽媽最近常常忘記事情', 'zh-Hant'],
    ['어머니가 치매 같아요', 'ko'],
    ['Mẹ tôi hay quên', 'vi'],
    ['मेरो आमालाई बिर्सने समस्या छ', 'ne'],
    ['Ang nanay ko ay nakakalimot', 'tl'],
    ['Minha mãe esquece tudo', 'pt'],
    ['Ibu saya sering lupa', 'id'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text, normalise(text))).toBe(language);
    expect(triage(text).language).toBe(language);
  });
});

describe('categories', () => {
  it('reads everyday words, not category names', () => {
    expect(codes('父の物忘れがひどくて')[0]).toBe('elderly');
    expect(codes('家賃が払えない')).toEqual(expect.arrayContaining(['housing', 'livelihood']));
    expect(codes('息子が学校に行かない')[0]).toBe('child');
    expect(codes('my landlord says I must leave next month')[0]).toBe('housing');
  });

  it('matches English words at word starts only', () => {
    expect(codes('my parents are fine')).not.toContain('housing');
    expect(codes('we were evicted')[0]).toBe('housing');
  });

  it('gives the resident their own words back as the reason', () => {
    const result = triage('母のデイサービスを探しています');
    expect(result.categories[0]?.phrases).toContain('デイサービス');
  });

  it('drops what the resident says is not the problem', () => {
    expect(codes('お金には困っていないけど、父の介護の相談をしたい')).not.toContain('livelihood');
    expect(codes("It's not about money, my dad can't bathe himself")).not.toContain('livelihood');
    expect(codes('家賃は払えてるけど、食費が足りない')).not.toContain('housing');
    expect(codes('不是钱的问题，是妈妈需要照顾')).not.toContain('livelihood');
  });

  it('flags a household with several problems as compound', () => {
    const result = triage('失業して家賃も払えず、妻は病気で通院もやめた');
    expect(result.compound).toBe(true);
    expect(result.categories.map((c) => c.code)).toEqual(
      expect.arrayContaining(['livelihood', 'housing', 'medical']),
    );
    expect(triage('物忘れがひどい祖母').compound).toBe(false);
  });

  it('finds nothing in words with no concern, and says it is unsure', () => {
    const result = triage('こんにちは');
    expect(result.categories).toEqual([]);
    expect(result.confidence).toBe(0);
    expect(triage('認知症の母の介護保険の申請').confidence).toBeGreaterThan(0.5);
  });
});

describe('crisis', () => {
  it.each([
    ['もう消えたい', 'suicide'],
    ['生きている意味がない', 'suicide'],
    ['全部終わりにしたい', 'suicide'],
    ["I don't want to wake up tomorrow", 'suicide'],
    ['không muốn sống nữa', 'suicide'],
    ['khong muon song nua', 'suicide'],
    ['不想活了', 'suicide'],
    ['죽고 싶어', 'suicide'],
    ['Ayoko nang mabuhay', 'suicide'],
    ['Quero morrer', 'suicide'],
    ['Saya ingin mati saja', 'suicide'],
    ['म मर्न चाहन्छु', 'suicide'],
    ['子どもを叩いてしまう', 'child_abuse'],
    ['夫に殴られた', 'violence'],
    ['父が倒れて意識がない', 'emergency'],
    ['ともだちが たおれました。うごきません', 'emergency'],
  ])('%s → %s', (text, signal) => {
    expect(detectCrisis(text)).toBe(signal);
    expect(triage(text).crisis).toBe(signal);
  });

  it.each([
    '死ぬほど忙しい',
    '母が亡くなった後の手続き',
    'this heat is killing me',
    "I'm dying to know about after-school clubs",
    '累死了，想问托儿所',
    'Mệt muốn chết, muốn hỏi về bảo hiểm',
    'Estou morrendo de fome',
    '夫と喧嘩したけど、暴力はないです',
    'Drowning in debt',
  ])('%s is not a crisis', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it('puts the window for the danger first and says which words raised it', () => {
    const result = triage('生まれてこなければよかった');
    expect(result.categories[0]?.code).toBe('mental_health');
    expect(result.crisisPhrases).toEqual(['生まれてこなければ']);
  });
});
