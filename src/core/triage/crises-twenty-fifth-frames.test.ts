import { describe, it } from 'vitest';
import { alarms, quiet, watched } from '../../../test/support/crisis-cases.ts';

// Frames the twenty-fifth pass found raising the alarm: a wish to die denied with 「…생각 같은 건 없어요」 or
// said "not really" a few words after it, self-harm or a relative's overdose long past with the writer or
// relative well now, a danger only supposed and asked ahead, a show's ending explaining a friend's quoted
// wish, a ghost feared after a horror film. Each dangerous twin — the danger now, the thought come back, a
// means, a partner — still alarms. And the reverse: another's attempt "fine now", then the writer's wish to
// do the same, alarms in every language.

describe('a wish to die denied with the thought named (자살 생각 같은 건 없어요): a watch', () => {
  it.each([
    '자살 생각 같은 건 없어요. 그냥 요즘 혼자라서 외로워요',
    '자살할 생각 같은 건 없어요. 그냥 이야기할 사람이 필요해요',
  ])('%s', watched);
  it.each([
    '자살 생각 같은 건 없어요. 근데 가끔 사라지고 싶어요',
    '자살 생각 같은 건 없어요. 근데 약을 모아 뒀어요',
  ])('still dark: %s', alarms('suicide'));
});

describe('"not really", a few words after the wish, then only an ordinary reason: a watch', () => {
  it.each([
    'Lembur terus, rasanya pengen mati aja, tapi bukan beneran kok, cuma capek banget.',
    'Sometimes I want to die, but not really, just worn out from the night shifts.',
    '死にたい…なんて、本気じゃないけどね。ただ仕事がつらいだけ',
    '有时候想死，但不是真的，只是工作太累了',
    '죽고 싶다… 진심은 아니고 그냥 일이 너무 힘들어요',
    'Nhiều lúc muốn chết, nhưng không phải thật đâu, chỉ là mệt thôi',
    'Às vezes dá vontade de morrer, mas não de verdade, só cansaço do trabalho',
    'मर्न मन लाग्छ, तर साँच्चै होइन, काममा थाकेको मात्र',
  ])('%s', watched);
  it.each([
    'Sometimes I want to die, but not really sure who to talk to.',
    'Sometimes I want to die, but not really, I just cannot take it anymore.',
    'Rasanya pengen mati aja, tapi bukan beneran kok, cuma kadang kepikiran.',
    '死にたい…なんて本気じゃないけど、最近よく考えてしまう',
    '有时候想死，但不是真的，只是已经撑不下去了',
    '죽고 싶다… 진심은 아니지만 사라지고 싶어',
    'Às vezes dá vontade de morrer, mas não de verdade, só que às vezes penso nisso',
  ])('still dark: %s', alarms('suicide'));
});

describe('self-harm or an overdose long past, the writer or a relative well now, care asked for: a watch', () => {
  it.each([
    'Tentei me matar aos 19, hoje tenho 34 e faço terapia, tô bem. Queria indicação de psicólogo que fale inglês.',
    '我以前有割腕的习惯，已经好几年没有了，只是最近想找个心理咨询师',
    'I used to cut myself in high school but haven’t done it in six years. Lately I’ve been looking for a new therapist.',
    '学生の頃に自傷していたけど、もう5年やっていません。最近カウンセラーを探しています',
    'Meu pai teve overdose ano passado, ficou internado e agora está limpo. Existe grupo de apoio para a família?',
    'My brother overdosed last year and was hospitalised; he is clean now. Is there a support group for families?',
  ])('%s', watched);
  it.each([
    'I tried to kill myself at 17 and lately I’ve been thinking about it again.',
    'I used to cut myself, it’s been years, but last night I cut again.',
    '我以前有割腕的习惯，已经好几年没有了，但最近又开始想割了',
    'Tentei me matar aos 19, hoje faço terapia, mas ultimamente penso nisso de novo.',
    'I used to cut myself but haven’t in six years. Lately I’ve been looking for a therapist because I want to cut again.',
  ])('the danger back: %s', alarms('suicide'));
});

describe('a danger only supposed and asked ahead, "not now": no alarm', () => {
  it.each([
    'Kalau nanti ada KDRT, pekerja asing bisa lapor ke mana? Saya cuma mau tanya sebelumnya.',
    'If there is ever domestic violence, where can a foreigner get help? Just asking in advance.',
    '如果以后遇到家暴，外国人可以找谁帮忙？我只是提前问一下。',
    '만약 나중에 가정폭력이 생기면 어디에 연락해요? 미리 물어봐요',
    'かじ の とき は 119 ですか。 いま は かじ では ありません。 しりたい だけ です',
  ])('%s', quiet);
  it.each([
    'Sekarang ada KDRT di rumah, saya harus lapor ke mana? Cuma mau tanya.',
    'Kalau suami saya pukul saya lagi, saya harus ke mana? Cuma mau tanya sebelumnya.',
    'Kalau nanti saya dipukul lagi, ke mana? Cuma mau tanya sebelumnya.',
  ])('the danger now or the writer’s: %s', alarms('violence'));
  it.each([
    'いま かじ です。 119 ですか 110 ですか。',
    'If there is a fire, is it 119 or 110? There is a fire now!',
  ])('the fire now: %s', alarms('emergency'));
});

describe('a friend’s quoted wish over a show’s ending, and a ghost feared after a horror film', () => {
  it.each([
    '我同学在IG上写「好想死」，原来是她追的剧大结局了😂 不过我自己最近压力很大。',
    'My cousin posted "I want to die" on her story, turns out her k-drama had its finale lol.',
  ])('%s', quiet);
  it.each([
    'My friend posted "I want to die" because her drama ended, and now she is not answering her phone.',
    '我同学在IG上写「好想死」，因为她追的剧大结局了，但是她最近都不回消息',
    '我同学在IG上写「好想死」，因为她追的剧大结局了，但是我觉得她是认真的',
  ])('no show’s explanation: %s', alarms('suicide'));
  it.each([
    'Sejak nonton film horor, anak saya takut dibunuh hantu dan nggak mau tidur sendiri.',
    '看了恐怖片以后，儿子一直怕被鬼杀死，不敢一个人睡',
    'Depois de um filme de terror, minha filha tem medo de ser morta por um fantasma',
    'Sau khi xem phim ma, con tôi sợ bị con ma giết, không dám ngủ một mình',
  ])('%s', quiet);
  it.each([
    'Sejak nonton film horor, anak saya takut dibunuh bapaknya dan nggak mau tidur sendiri.',
    'My son is scared his dad will kill him, he won’t sleep alone.',
  ])('a person’s threat: %s', alarms('violence'));
});

describe('another’s attempt or overdose "fine now", then the writer wants to do the same: the alarm', () => {
  it.each([
    'My cousin overdosed two weeks ago. He is fine now. I want to do what he did.',
    'My best friend tried to kill herself last month. She is okay now. I want to do the same.',
    '姉が先月オーバードーズした。今はもう元気。私も同じことをしたい。',
    '我表姐上个月自杀未遂，现在没事了。我也想那样。',
    '언니가 지난달 약을 과다복용했어요. 지금은 괜찮아요. 저도 언니처럼 하고 싶어요.',
    'Chị tôi tự tử hụt tháng trước. Giờ chị ổn rồi. Tôi cũng muốn làm giống chị.',
    'Minha prima teve overdose mês passado. Ela está bem agora. Eu quero fazer o mesmo.',
    'Kakak saya overdosis bulan lalu. Sekarang dia sudah baik. Saya juga mau melakukan hal yang sama.',
    'Nag-overdose ang pinsan ko noong isang buwan. Okay na siya ngayon. Gusto ko ring gawin ang ginawa niya.',
    'मेरी दिदीले गत महिना धेरै औषधि खानुभयो। अहिले ठिक हुनुहुन्छ। म पनि त्यस्तै गर्न चाहन्छु।',
  ])('%s', alarms('suicide'));
  it.each([
    'My sister became a nurse last year. I want to do the same.',
    '姉は去年看護師になりました。私も同じことをしたい。',
  ])('no attempt before: %s', quiet);
});
