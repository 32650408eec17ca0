import { describe, expect, it } from 'vitest';
import { detectCrisis } from './index.ts';

// Pregnancy, babies and small children, second pass (crisis-34): each class on new sentences, with its
// dangerous twin that must still alarm.
const quiet = (text: string) => expect(detectCrisis(text), text).toBeNull();
const emergency = (text: string) => expect(detectCrisis(text), text).toBe('emergency');
const alarms = (text: string) => expect(detectCrisis(text), text).not.toBeNull();

describe('a small child who swallowed a grown-up’s medicine, or a lot of it, is an emergency', () => {
  it.each([
    'むすめが ママの くすりを のんで しまいました。 ねむそう です',
    '2歳の子が私の薬を飲んでしまいました',
    'My toddler got into my pills, he is very sleepy',
    '孩子吃了我的药，现在一直睡',
    '아이가 제 약을 먹었어요. 계속 졸려해요',
    'Con em uống thuốc của em, giờ bé lơ mơ',
    'छोराले मेरो औषधि खायो, धेरै निदाउँछ',
    'Nakainom ng gamot ko ang anak ko, antok na antok siya',
    'Meu filho tomou meus remédios, está sonolento',
    'Anak saya minum obat saya, sekarang lemas',
  ])('%s', emergency);
  it.each([
    '子どもが薬をちゃんと飲みました。熱も下がりました',
    'My son took his medicine without a fuss today',
  ])('quiet: %s', quiet);
});

describe('a seizure that has stopped, called common or over, is no emergency now', () => {
  it.each([
    'おととい こどもが ねつで けいれんしました。 けいれんは とまりました。 いまは だいじょうぶ です',
    "update: it was a febrile seizure, doctor says it's very common. he's home now",
    'A convulsão foi febril, o pediatra disse que é comum. Já está brincando.',
    '孩子昨晚抽搐了，抽搐已经停了，医生说很常见',
    'Kemarin anak saya kejang demam, kejangnya sudah berhenti dan sekarang sudah di rumah',
  ])('quiet: %s', quiet);
  it.each([
    'My son had a febrile seizure, doctor says he’s fine. Now he’s having another seizure and won’t stop',
    'Meu filho teve uma convulsão febril e não para de convulsionar',
    '子どもが熱性けいれんを起こしました。5分以上止まりません',
  ])('still alarms: %s', emergency);
});

describe('something swallowed long ago and taken out or healed is no emergency now', () => {
  it.each([
    'むかし むすこが じしゃくを のみました。 びょういんで とってもらいました。 いまは げんきです',
    'My son swallowed a magnet last year and had it removed at the hospital. How do I childproof the fridge?',
    '女儿以前吞了硬币，医院取出来了，现在想问怎么防止',
    'Anak saya dulu menelan baterai, sudah dikeluarkan di rs. Sekarang baterai disimpan di mana ya?',
  ])('quiet: %s', quiet);
  it.each([
    '子どもがボタン電池を飲みました。今は元気そうです',
    'My son swallowed a button battery an hour ago',
  ])('still alarms: %s', emergency);
});

describe('a scare that was none: "I thought he had swallowed it", and it was found', () => {
  it.each([
    '以为孩子喝了洗衣液，后来发现瓶盖没拧开',
    'Akala ko nakalunok ng barya si baby, pero nakita ko sa ilalim ng kama',
    '子どもが電池を飲んだかと思って焦りましたが、ソファの下で見つかりました',
    '아이가 동전을 삼킨 줄 알았는데 알고 보니 바닥에 떨어져 있었어요',
    'I thought he had swallowed a coin but found it under the couch',
    'Achei que ele tinha engolido uma moeda, mas achei debaixo do sofá',
    'Cứ tưởng bé nuốt phải đồng xu, hóa ra nó rơi dưới gầm giường',
  ])('quiet: %s', quiet);
  it.each([
    '以为孩子喝了洗衣液，他现在在吐',
    'Akala ko okay lang, pero nakalunok ng baterya ang anak ko',
    '子どもが電池を飲んだかと思って焦りましたが、ぐったりしています',
  ])('still alarms: %s', emergency);
});

describe('a question asked ahead, with the asking ahead said in the next sentence', () => {
  it.each([
    '如果孩子误吞了纽扣电池应该怎么处理？提前了解一下',
    'Nếu bé uống nhầm thuốc tẩy thì làm gì? Em hỏi trước để phòng thôi',
    'Is there an infant first aid course near us? Choking, CPR on babies etc.',
  ])('quiet: %s', quiet);
  it.each([
    'My baby is choking, what do I do? I should have done a first aid course',
    '如果孩子误吞了纽扣电池怎么办？他刚才好像吞了一个',
    'Is there a first aid course? My son is choking',
  ])('still alarms: %s', emergency);
});

describe('an accident to a stranger’s child, seen in the news', () => {
  it.each([
    'Saw on the news that a toddler fell from a balcony. How high should our railings be?',
    '看到新闻说有个孩子从窗户掉下来，我们家要装防护栏吗',
    'Vi a notícia de uma criança que caiu da janela. Onde compro tela de proteção?',
  ])('quiet: %s', quiet);
  it.each([
    'Saw the news about a boy who fell from a window. My son just fell from our balcony and is not moving',
  ])('still alarms: %s', emergency);
});

describe('a toddler’s tantrum screamed "as if being killed", a breath-holding spell', () => {
  it.each([
    'イヤイヤ期で、床に寝転んで殺されるみたいな声で泣き叫ぶ。近所の目がつらい',
    'My 2 year old has tantrums where he screams like hes being murdered in the shop',
    'छोरी जिद्दी गर्दा भुइँमा पल्टिएर चिच्याउँछ, छिमेकीले के भन्लान्',
    '아이가 울다가 숨을 참아서 얼굴이 새파래져요. 소아과에서는 괜찮대요',
    'My son holds his breath in tantrums until he turns blue, the GP said it is harmless',
  ])('quiet: %s', quiet);
  it.each([
    '息子がかんしゃくを起こすと夫が叩く',
    'My toddler’s tantrums are bad and my husband hits him when he screams',
    '아이가 얼굴이 새파래요 숨을 안 쉬어요',
  ])('still alarms: %s', alarms);
});

describe('a baby sick after a feed but playing, and thanks for help given', () => {
  it.each([
    '아기가 분유 먹고 토하는데 병원 가야 할까요? 열은 없고 잘 놀아요',
    'Bé bú xong bị nôn, nhưng vẫn chơi bình thường, có cần đi viện không?',
    'Hôm qua con em sốt, giờ đỡ rồi. Cảm ơn mọi người đã giúp',
  ])('quiet: %s', quiet);
  it.each([
    'Cảm ơn mọi người đã giúp em, em không muốn sống nữa',
    'Obrigada pela ajuda de todos, não aguento mais, vou acabar com tudo hoje',
  ])('still alarms: %s', alarms);
});
