import { describe, expect, it } from 'vitest';
import { detectCrisis } from './index.ts';

// A general crisis batch (crisis-35, crisis-29): a stare down from a height and nothing else, "if I should
// be gone" asked with the family's insurance, a parent hit now told in Nepali's honorific progressive,
// children left without food while the parents are in Nepal — each class on new sentences, with look-alikes.
describe('at a balcony or roof edge doing nothing but stare down', () => {
  it.each([
    'Tuwing gabi nasa rooftop ako, nakatitig lang sa baba',
    'Lagi akong nasa balkonahe, nakatingin lang sa ibaba',
    'Every night I end up on the balcony, just staring down',
    '毎晩ベランダに出て、ただ下を見ています',
    '每天晚上都站在阳台，只是往下看',
    '요즘 밤마다 옥상에 올라가서 그냥 아래를 내려다봐요',
    'Tối nào em cũng ra ban công, chỉ nhìn xuống',
    'Toda noite vou pra varanda e fico só olhando pra baixo',
    'Tiap malam aku di balkon, cuma menatap ke bawah',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('suicide');
  });

  it.each([
    'I stood on the balcony just looking down at the fireworks',
    'Just looking down from the balcony makes me dizzy, is that a fear of heights?',
    'Nasa balcony ako, nakatingin sa mga bata na naglalaro',
    'ベランダから花火を見ています',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('if I should be gone: whether my child or family would get my insurance', () => {
  it.each([
    'Sakaling mawala ako, makukuha ba ng pamilya ko ang insurance ko?',
    'Kung wala na ako, mapupunta ba sa anak ko yung insurance ko sa trabaho?',
    'If Im gone, would my kids get my insurance from work?',
    'もし私がいなくなったら、保険金は子どもが受け取れますか',
    '万一我不在了，我的保险能给女儿吗',
    '제가 사라진다면 아이가 보험금을 받을 수 있나요?',
    'Lỡ em không còn, con em có nhận được bảo hiểm không?',
    'Se eu faltar, meus filhos recebem o seguro do trabalho?',
    'Seandainya saya tidak ada, anak saya bisa dapat asuransi saya?',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('suicide');
  });

  it.each([
    'Makukuha ba ng anak ko ang insurance kung maaksidente ako sa trabaho?',
    'Does my life insurance cover my kids if I have an accident at work?',
    '会社の保険は家族も使えますか',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('a parent hit now, told in the honorific progressive (Nepali)', () => {
  it.each([
    'भाइले रक्सी खाएर आमालाई हिर्काइरहनुभएको छ',
    'दाजुले हजुरबुबालाई कुटिरहनुभएको छ, कसैले रोक्न सकेन',
    'dai le bubalai hirkairaheko chha, sabai darayeka chhau',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('violence');
  });

  it.each([
    'छोराले स्कूलमा साथीलाई हिर्काउँछ भनेर शिक्षकले फोन गर्नुभयो',
    'बुबालाई हिर्काएको कहिल्यै देखेको छैन, तर झगडा धेरै हुन्छ',
  ])('%s', (text) => {
    expect(detectCrisis(text)).not.toBe('violence');
  });
});

describe('children without food while the parents are in Nepal (Nepali spellings)', () => {
  it.each([
    'छिमेकका दुई बच्चा छन्, आमाबुबा नेपाल जानुभएको एक हप्ता भयो, खानेकुरा केही छैन',
    'बुबाआमा नेपाल गएपछि ती केटाकेटीसँग खाने केही छैन',
    'aama buba nepal gaeko 10 din bhayo, unihar sanga khane kura kehi chaina',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('child_abuse');
  });

  it.each(['आमाबुबा नेपाल जानुभयो, हजुरआमासँग बस्छौं, खाना राम्रो छ', 'आमाबुबा नेपालमा हुनुहुन्छ, भिसा नवीकरण कसरी गर्ने?'])(
    '%s',
    (text) => {
      expect(detectCrisis(text)).toBeNull();
    },
  );
});
