import { describe, expect, it } from 'vitest';
import { detectCrisis } from './index.ts';

// Money trouble (crisis-31): debts and collectors, gambling, the power cut off — each class on new sentences,
// with its harmless twin.
describe('a child not fed for days, and the power, gas or heating off at home', () => {
  it.each([
    'My daughter came back from her dad’s and said she hasn’t eaten since Tuesday. The power has been cut there too.',
    'Picked up my kid today, he hasnt eaten in days and there is no electricity in that flat',
    '元妻の家から戻った息子が、昨日から何も食べてないって。電気止められてるらしい',
    '孩子说从昨天就没吃饭，他爸家里也断电了，孩子才五岁',
    '아들이 어제부터 아무것도 못 먹었대요. 그 집은 전기도 끊겼대요',
    'Con tôi nói mấy ngày không ăn gì, nhà bố nó bị cắt điện',
    'Anak saya bilang belum makan dari kemarin, listrik di rumah ayahnya diputus',
    'Meu filho disse que não come desde sexta, e lá cortaram a luz',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('child_abuse');
  });

  it.each([
    // an adult's own bills and an empty fridge, no child named
    'The power was cut last week and I have no food left until payday. Where is a food bank?',
    '電気止められて、給料日まで食べるものもない。フードバンクはどこですか',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('a loan shark or collector threatening to deal with or hurt a family member', () => {
  it.each([
    '高利贷的人打电话说要去处理我老爸,我爸75岁一个人在家',
    'The loan shark texted that they will hurt my dad if I do not pay by tonight. Dad is home alone.',
    'Tín dụng đen gọi nói sẽ xử bố em nếu em không trả tiền hôm nay. Bố em 72 tuổi ở nhà một mình',
    'O agiota disse que vai machucar minha mãe se eu não pagar hoje. Ela tem 78 anos e mora sozinha',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('violence');
  });

  it.each([
    // a suit, a call to work
    'The debt collector said they will deal with it in court if I do not pay. Can they?',
    '催债的说要去法院起诉我,我该怎么办',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('a blade put to the wrist, and cut deep today', () => {
  it.each([
    '돈도 없고 일도 잘렸어요. 손목에 칼을 대다가 오늘은 깊게 그었어요',
    'No money, no job. I keep putting a blade to my wrist and today I cut deep',
    '没钱交房租，总是把刀片放在手腕上，今天划得很深',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('suicide');
  });
});

describe('killed or dead over the pachinko or the card bill, said in jest before the real question', () => {
  it.each([
    '老公看到这个月的卡费账单会杀了我 哈哈 说真的,有没有理财咨询?',
    'If my husband sees the credit card statement he will kill me lol. But seriously, is there free debt advice?',
    '我爸說我再去打柏青哥就打死我,說真的我想戒賭',
    'Pag nakita ng asawa ko yung credit card bill patay ako haha pero seryoso, saan pwede magpa-advice?',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    // no spending and no jest: a threat
    'My husband said he will kill me if I leave. I am scared.',
    '老公说我再顶嘴就打死我,我现在很害怕',
  ])('%s', (text) => {
    expect(detectCrisis(text)).not.toBeNull();
  });
});

describe('a wish to die in the years of the debt, the debt settled or life steady now', () => {
  it.each([
    '以前被催债的时候想过一死了之,现在债都还清了。想问怎么存钱',
    'Ten years ago I tried to end things over card debt. Paid it all off since, doing well now. Any volunteer groups?',
    '昔、借金で死のうと思ったこともあったけど、今は完済して落ち着いています。弟の相談先を知りたい',
    'Dulu pernah mau bunuh diri karena utang, sekarang sudah lunas. Mau tanya soal tabungan',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    // the wish now, the debt still there
    'I paid off one card but I still want to die every day.',
    '借金はまだ残っていて、今も死にたいです',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('suicide');
  });
});

describe('nearly died of the cold or of hunger, said as a feeling, the power back or the help come', () => {
  it.each([
    'Alhamdulillah gas sudah nyala lagi. Kemarin rasanya mau mati kedinginan',
    'Thank you, the power came back today. Last night I thought I would freeze to death',
    '电来了,谢谢!昨晚真的以为要冻死了',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('financial suicide, the ruin said as a figure of speech', () => {
  it.each([
    'Signing as guarantor for him would be financial suicide, I am afraid I would end up like that too. Any advice?',
    'Kata teman, ambil pinjol itu bunuh diri finansial. Saya juga takut, ada konsultasi gratis?',
    '보증 서는 건 경제적 자살이래요. 저도 그렇게 될까 봐 무서워요',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each(['My friend killed himself over his debts and I want to do the same.'])('%s', (text) => {
    expect(detectCrisis(text)).toBe('suicide');
  });
});

describe('a landlord’s threat to throw out belongings; an ex who used to hit; collectors in a family story', () => {
  it.each([
    '집주인이 다음 주까지 안 나가면 짐을 다 내다 버린다고 했어요. 어디에 상담하나요?',
    'The landlord says he will throw my stuff out if I am not gone by Friday. Is that legal?',
    '前の夫は暴力をふるう人でした。離婚して5年、今は連絡も取っていません。養育費の相談です',
    'My grandma used to tell us how the loan sharks beat her father. Now I owe money myself, where can I get advice?',
    'Ông tôi hay kể hồi xưa bị xã hội đen đánh vì nợ. Giờ tôi cũng nợ thẻ tín dụng, hỏi chỗ tư vấn',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    // a child thrown out, a blow now
    '엄마가 말 안 들으면 나를 갖다 버린다고 해요',
    '夫は今も暴力をふるいます。さっきも殴られました',
  ])('%s', (text) => {
    expect(detectCrisis(text)).not.toBeNull();
  });
});
