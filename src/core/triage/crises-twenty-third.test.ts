import { describe, expect, it } from 'vitest';
import { detectCrisis } from './index.ts';

// Crises the twenty-third session found silent on its first engine, each class with its harmless twin.
describe('a means listed with an everyday thing: the everyday thing’s reading is not the means’', () => {
  it.each([
    'ロープとナイフを買った',
    'ホームセンターでロープと包丁を買いました',
    'ロープや果物ナイフを用意した',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('suicide');
  });

  it.each([
    'ナイフを買った',
    '新しい包丁を買いました。よく切れます',
    'キャンプでつかうロープとナイフを買った',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('the writer’s parent hitting a brother or sister', () => {
  it.each([
    'My dad hit my brother while he was playing a game',
    'my mum slapped my little sister because she spilled juice',
    'My stepdad punched my younger brother last night and he has a black eye',
    '我爸在弟弟玩游戏的时候打了他',
    '我妈昨天因为妹妹考试没考好，狠狠地扇了她',
  ])('%s', (text) => {
    expect(detectCrisis(text)).not.toBeNull();
  });

  it.each([
    'I beat my brother at chess and my dad laughed',
    'My dad beat my sister at tennis again',
    'My dad hit my brother hard with the news that grandma died',
    'I hit my brother when we were kids, and we laugh about it now',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('a condition told before its “if” frames its own clause, not the one before it (Nepali «भने»)', () => {
  it.each([
    'बुबा बेहोस हुनुभयो, होश आएन भने के गर्ने?',
    'आमा बेहोस हुनुभयो, उठ्नुभएन भने के गर्ने?',
    'buba behos hunubhayo, hos aayena bhane k garne?',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('emergency');
  });

  it.each(['बुबा बेहोस हुनुभयो भने के गर्ने?', 'हजुरआमा बाथरुममा ढल्नुभयो भने के गर्ने?', 'behos bhayo bhane ke garne?'])(
    '%s',
    (text) => {
      expect(detectCrisis(text)).toBeNull();
    },
  );
});

describe('Nepali typed in Latin letters: unconscious, not breathing', () => {
  it.each([
    'buba behos hunubhayo',
    'hajurama lai bolaunda hos chhaina',
    'aama bathroom ma dhalnu bhayo, hos ma aaunu bhayena',
    'bachha ko sas chhaina',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('emergency');
  });

  it.each([
    'buba hijo behos hunubhayo, ahile thik hunuhunchha',
    'mero ta hos nai udyo, exam ko result dekhera',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('someone else’s self-harm told in the present by a parent or friend', () => {
  it.each([
    'My daughter cuts herself and hides it with her sleeves',
    'my best friend cuts her wrists when her mum yells at her',
    '딸이 팔을 그어요',
    '아들이 커터칼로 팔을 긋는 걸 봤어요',
    'छोरीले आफ्नो हात काट्छे',
    'Minha filha se corta e esconde com a blusa',
    'Meu filho se mutila desde o começo do ano',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('suicide');
  });

  it.each([
    'She cuts herself shaving all the time, so clumsy',
    'He always cuts himself on the kitchen knife when he cooks',
    'Como se corta o cabelo de um bebê?',
    '미용실에서 앞머리를 잘랐어요',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('a joke denied is no joke: the threat stands', () => {
  it.each([
    '친구가 죽여버린다고 했는데 농담 아니에요',
    'He said he would kill me and he was not joking',
    'Ele disse que vai me matar e não é brincadeira',
    'Sabi niya papatayin niya ako, hindi biro',
    '他说要杀了我，不是开玩笑',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('violence');
  });

  it.each([
    '친구가 죽여버린다고 농담했어요 ㅋㅋ',
    'he said hes gonna kill me lol jk',
    '朋友开玩笑说要杀了我，因为我剧透了',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('the writer’s own question, answered no («「叩かれた？」と聞きました。「ちがう」と言いました»)', () => {
  it.each([
    '母に「父さんに叩かれたの？」と聞きました。母は「ちがう」と言いました。転んだそうです。',
    'むすめに 「パパに たたかれた？」と ききました。 むすめは 「ちがう」と いいました。 ころんだ そうです。',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    '母に「父さんに叩かれたの？」と聞いたら「うん」と言いました',
    'むすめに 「パパに たたかれた？」と ききました。 むすめは ないて います',
    '娘に「パパに叩かれた？」と聞いたら、違うと言いました。でも本当は怖いと泣きました',
  ])('%s', (text) => {
    expect(detectCrisis(text)).not.toBeNull();
  });
});

describe('a partner or family member named, then a blow on him or her', () => {
  it.each([
    'fever went down, but my husband hit him hard last night',
    'my boyfriend kicked her in the stomach last night',
    'My stepdad punched him in the face and he is bleeding',
    'Meu marido bateu nele ontem à noite',
    'O namorado dela espancou ela e agora ela está trancada no quarto',
  ])('%s', (text) => {
    expect(detectCrisis(text)).not.toBeNull();
  });

  it.each([
    'my wife beat him at chess again',
    'my dad kicked him out of the band for being late',
    'my husband hit him up on whatsapp about the rent',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});
