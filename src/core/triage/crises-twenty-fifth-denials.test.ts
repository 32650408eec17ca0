import { describe, it } from 'vitest';
import { alarms, quiet, watched } from '../../../test/support/crisis-cases.ts';

// Denials the twenty-fifth pass found raising the alarm: a wish said "not so much", and a blow denied before
// another complaint. Each stands as a denial (a watch for a wish to die, silence for a blow); each dangerous
// twin, where what follows is dark or the harm still ahead, alarms. A wish to die denied and then turned with
// "but", even to only sadness or a request to talk, still alarms: letting those stand was tried and cost a
// crisis written that way in an exam batch.

describe('a wish to die denied, then "but": still an alarm, whatever follows', () => {
  it.each([
    "I'm not going to kill myself, but I've been so sad since my mum moved into a care home. Is there someone I can talk to?",
    "I'm not suicidal, but I feel really lonely here. Where can I meet people?",
    '死にたいとは思っていません。でも、毎日さびしくて、だれかと話したいです。',
    'しにたい とは おもって いません。 でも まいにち つらい です。',
    '我不想死，但是最近很孤独，有没有人可以聊聊？',
    '我不想自杀，但是很难过，有人能陪我说说话吗？',
    '죽을 생각은 없어요. 근데 너무 외롭고 힘들어요. 상담할 수 있는 곳이 있나요?',
    'Em không muốn tự tử, nhưng dạo này mất ngủ, có chỗ nào tư vấn không?',
    'Não penso em suicídio, mas me sinto muito sozinha aqui. Onde posso conversar com alguém?',
    'Saya tidak berniat bunuh diri, tapi saya sedih dan kesepian. Ada tempat konseling?',
    'Hindi naman ako magpapakamatay, pero nalulungkot ako at wala akong makausap. Saan pwede?',
    'आत्महत्या गर्ने सोच छैन, तर म धेरै उदास छु। कुरा गर्ने ठाउँ छ?',
  ])('an ordinary feeling after the turn: %s', alarms('suicide'));

  // The Korean denial with 「같은 건」 between the wish and 없어요.
  it.each(['어머니 간병이 힘들어도 죽을 생각 같은 건 없어요. 그냥 누가 제 얘기를 들어줬으면 해요'])(
    '%s',
    watched,
  );

  it.each([
    "I'm not going to kill myself, but sometimes I think about it.",
    "I'm not going to kill myself, but I can't go on like this.",
    "I'm not suicidal, but I've been saving my pills.",
    "I'm not suicidal but I don't know how much longer I can do this.",
    "I'm not going to kill myself, but life is so hard right now.",
    "I'm not going to kill myself tonight, but I'm so sad.",
    '死にたいとは思っていません。でも、時々考えてしまいます。',
    '死にたいとは思ってない。けど、もう限界。',
    '我不想死，但是有时候会冒出这种念头。',
    '我不想死，但是我已经撑不下去了。',
    '죽을 생각 같은 건 없어요. 근데 사라지고 싶어요.',
    'Em không muốn chết đâu, nhưng em không chịu nổi nữa.',
    'Não quero me matar, mas às vezes penso nisso.',
    'Aku nggak mau bunuh diri kok, tapi kadang kepikiran.',
    'Hindi naman ako magpapakamatay ha, pero minsan naiisip ko.',
    'Hindi pa ako magpapakamatay, pero malungkot ako.',
    'आत्महत्या गर्ने सोच छैन, तर कहिलेकाहीं सोच आउँछ।',
    'आत्महत्या गर्ने सोच छैन, तर जीवन गाह्रो छ।',
  ])('dark after the turn: %s', alarms('suicide'));
});

describe('"not so much that I want to die": a watch', () => {
  // …unless turned with "but", as any denial (see above).
  it.each(['ひとり で つらい。 しにたい ほど では ない けど、 はなし を きいて ほしい。'])(
    'turned: %s',
    alarms('suicide'),
  );

  it.each([
    '死にたいほどじゃない、ただ寂しい',
    '死にたいほどではないですが、寂しくて眠れません',
    "It's not to the point of wanting to die, I'm just lonely",
    'Not so bad that I want to die, just lonely.',
    '还没到想死的地步，就是很孤独',
    '还不至于想死，就是很累',
    '죽고 싶을 정도는 아니에요. 그냥 외로워요',
    'Em không đến mức muốn chết, chỉ là buồn',
    'Não a ponto de querer morrer, só estou triste',
    'Nggak sampai pengen mati sih, cuma kesepian',
    'Hindi naman sa punto na gusto kong mamatay, malungkot lang ako',
    'मर्न मन लाग्ने अवस्था त छैन, एक्लो मात्र छु',
  ])('%s', watched);

  it.each([
    '死にたいほどつらい',
    '死にたいほどではないけど、消えたい。',
    '死にたいほどではないけど、生きてるのがしんどい',
    '죽고 싶을 정도로 힘들어요',
    '죽고 싶을 정도까진 아니에요. 근데 사라지고 싶어요',
    '我倒不至于想死，但是已经撑不下去了',
    "It's not to the point of wanting to die, but I've been looking at the bridge.",
    "Not to the point of wanting to die yet, but it's getting close.",
    'Belum sampai pengen mati sih, tapi capek.',
  ])('still dark: %s', alarms('suicide'));
});

describe('a blow denied by the writer, then another complaint: no alarm', () => {
  it.each([
    'わたし は たたかれて いません。 でも おかね が ありません。',
    'ぼく は たたかれて いないです。 でも がっこう に いきたくない。',
    '叩かれていません。でも毎日怒鳴られます',
    '我没被打，就是工资一直拖欠',
  ])('%s', quiet);

  it.each([
    'なぐられて いません。 でも しゃちょう が ころす と いいます。',
    'わたし は なぐられて いません。 でも おっと が「ころすぞ」と いいます。',
    'まだ なぐられて いません。 でも ナイフ を もって います。',
    'まだ なぐられて いません。 でも こわい です。',
    'きのう まで は なぐられて いませんでした。',
    '殴られていません。でも首を絞められました',
    "I'm not hit, but he says he will kill me.",
    'Not hit yet but he has a knife.',
    '我还没被打，但是他说要杀了我',
    '我没被打，但是他拿刀威胁我',
  ])('harm still ahead: %s', alarms('violence'));
});
