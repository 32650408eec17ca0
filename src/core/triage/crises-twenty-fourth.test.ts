import { describe, expect, it } from 'vitest';
import { detectCrisis } from './index.ts';

// Foreign residents' and workers' crises the twenty-fourth pass found silent, each class with its harmless twin.
describe('shut in by an employer: a dorm locked from outside, a threat to break legs, beaten for trying to leave', () => {
  it.each([
    'The gate of our dorm is chained from outside at night',
    'The boss said he will break my legs if I quit',
    '老板把我们锁在宿舍，从外面锁上了',
    '佢哋鎖住宿舍唔俾出',
    'Ký túc xá bị khóa từ bên ngoài, chủ nói ai bỏ trốn sẽ đánh gãy chân',
    'Asrama kami dikunci dari luar setiap malam',
    'A porta do alojamento fica trancada por fora à noite',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('violence');
  });

  it.each([
    'The lock on my room door is broken, will the landlord fix it?',
    '阿媽唔俾出街，好悶',
    'I broke my leg skiing last winter, can I still get insurance?',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('in a child’s own words: when a parent gets angry, they kick or hit me', () => {
  it.each([
    'おとうさん は おこる と わたし を けります',
    'おかあさん は まいにち ぼく を たたきます',
    'Bố em giận là đá em',
    '아빠는 화나면 나를 발로 차요',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('child_abuse');
  });

  it.each(['おとうさん は わたし と サッカー を します', 'Bố em dạy em đá bóng'])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('ashamed to go home a failure, with a means at hand', () => {
  it.each([
    '試験に落ちて家族に合わせる顔がない。薬はもう集めてある',
    '我没脸回国，药已经存好了',
    'Em không còn mặt mũi nào về nước, đang đứng ngoài ban công tầng 10',
    'Malu pulang ke kampung, obat sudah kukumpulkan',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('suicide');
  });

  it.each(['考试没过，没脸回家见爸妈，怎么办', 'Thuốc của mẹ em để trong tủ lạnh được không?'])(
    '%s',
    (text) => {
      expect(detectCrisis(text)).toBeNull();
    },
  );
});

describe('a death asked about as paperwork, with a sign of intent', () => {
  it.each([
    'What happens to my bank account when I die? I won’t need it after this month anyway.',
    '如果我不在了，孩子的签证怎么办？我已经准备好了',
    'Kung mamatay ako, sino mag-aasikaso ng papeles? Handa na ako',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('suicide');
  });

  it.each([
    'How does inheritance work for foreigners in Japan?',
    '搬家前我打算把家具都送人，有没有回收的地方？',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('look-alikes of foreign residents that stay quiet', () => {
  it.each([
    '请问在日本叫救护车打几号？想提前存手机里，以防万一',
    '车站贴了“自杀对策强化月”的海报，是什么意思？',
    '看了个纪录片，讲实习生被关在宿舍，我想去做志愿者',
    '以前差点被房东赶出去，现在搬好家了。想问年金的事',
    'Before my previous employer transferred me, at my previous company I was hit sometimes, now I am happy at the new one',
    'भिसाको नतिजा नआउँदा मर्नु न बाँच्नु भएको छ, कति दिन लाग्छ?',
    'छोरा ५ वर्षको भयो, शिक्षकले बोली ढिलो छ भन्नुभयो',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    ['救护车！我爸倒下了，没有呼吸', 'emergency'],
    ['My husband had a stroke, his face is drooping right now', 'emergency'],
  ] as const)('%s', (text, signal) => {
    expect(detectCrisis(text)).toBe(signal);
  });
});
