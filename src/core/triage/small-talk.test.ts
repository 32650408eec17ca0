import { describe, expect, it } from 'vitest';
import { detectCrisis, detectLanguage, normalise } from './index.ts';
import { onlySmallTalk } from './model/formulas.ts';

const small = (text: string) => {
  const folded = ` ${normalise(text)} `;
  return onlySmallTalk(folded, detectLanguage(text, folded.trim()));
};

describe('the talk around a concern is small talk', () => {
  it.each([
    // openers, knocks, the bot itself, the language
    'Hi, can I ask you something?',
    'Is anybody there?',
    'Sorry to bother you.',
    'Are you a bot?',
    'すみません、誰かいますか？',
    'やさしい日本語でもいいですか',
    '不好意思，有人在吗？',
    '혹시 한국어로 해도 되나요?',
    'Xin lỗi làm phiền, có ai nói tiếng Việt không?',
    'माफ गर्नुहोस्, सोध्न मिल्छ?',
    'Pwede po magtanong?',
    'Com licença, alguém fala português?',
    'Maaf mengganggu, ada yang bisa bahasa Indonesia?',
    // a test message
    'just testing',
    'テストです',
    '测试一下',
    'this is a test message',
    // closers that say the talk goes on another time
    'Thanks, let me think about it and I will get back to you.',
    'ok, talk to you later!',
    'わかりました。考えておきます。また連絡します',
    '好的，我考虑一下，回头再联系',
    '네, 생각해 볼게요. 나중에 다시 연락드릴게요',
    'Dạ, để em suy nghĩ thêm, em nhắn lại sau',
    'सोचेर भन्छु, पछि फेरि सम्पर्क गर्छु',
    'Sige po, pag-iisipan ko muna',
    'Obrigada, vou pensar. Até logo!',
    'Oke, saya pikir pikir dulu, nanti saya kabari lagi',
    // everyday complaints with their plain cause named
    'so tired after work lol, off to bed',
    '仕事でくたくた。もう寝ます',
    '加班好累，先睡了',
    '퇴근하고 너무 피곤해요',
    'capek banget habis kerja',
    'It is so hot, I cannot stand this heat',
    '寒すぎて無理',
    'trời nóng quá, chịu không nổi',
    // round 2: just saying hi, closers said with other pronouns and words, a late reply, "goodbye" after "that's all"
    'Just saying hi, nice day today',
    '그냥 말 걸어봤어요 ㅎㅎ 오늘 날씨 좋네요',
    '只是打个招呼，今天天气不错',
    'Để mình suy nghĩ thêm rồi nhắn lại sau nhé',
    'म अलि सोचेर फेरि म्यासेज गर्छु',
    'Vou pensar com calma e depois volto a falar com vocês',
    'I will think it over and let you know',
    '생각해 보고 다시 연락드릴게요',
    'Namatay phone ko kanina, kaya ngayon lang ako nakareply',
    'Sorry for the late reply, my phone died',
    '抱歉回复晚了，手机没电了',
    'Maaf baru balas, hp saya mati',
    'それだけ です。 さようなら。',
    "That's all for now, goodbye!",
    'É só isso, adeus',
    // complaints about the app itself
    'このアプリもう使うのやめようかな、通知多すぎ',
    '这个App我不想用了，太难用了',
    '這個App我不想再用了，一直閃退',
    'This app is so hard to use, I am going to delete it',
    'Esse aplicativo fica travando, vou desinstalar',
    'Aplikasi ini lemot banget, mau hapus aja',
    // tiredness with the day named, a sigh or a particle beside it
    'あー、もう疲れた〜。今日はさっさと寝ます',
    '今天好累喔',
    // round 3: fillers (ok, lol, a sigh, kak/po/chị/님, pronouns) around a closer made of parts — think it over /
    // check / ask the family, then, message / reply, later / tomorrow / again — in words no list holds whole
    'Hmm okay, so I will check with my husband and text you on Friday lol',
    'ok ill talk to my parents first and then reply tomorrow',
    'ええと、夫と相談してから、また来週連絡しますね',
    'うーん、一度考えてから、あした返事しますね笑',
    '嗯嗯好的，我跟家里人商量一下，下周再回复你们哈',
    '음 네네 ㅎㅎ 남편이랑 상의해 보고 모레 다시 연락드릴게요',
    'Dạ vâng chị ơi, em bàn với gia đình rồi tuần sau em báo lại nha',
    'Ok po kuya, pag uusapan muna namin ng asawa ko tapos itetext ko kayo bukas',
    'Beleza moço, vou ver com minha esposa e semana que vem te respondo',
    'Siap kak, nanti aku diskusi dulu sama suami, minggu depan aku kabarin lagi ya',
    'हजुर दिदी, म परिवारसँग सल्लाह गरेर भोलि फेरि सम्पर्क गर्छु',
    // a late reply with the reason given, an opener unsure of the place, no more questions
    'ah sorry for the late response, I was driving 😅',
    'ごめんなさい、返信がおそくなりました。バイトでした',
    '不好意思，刚看到，现在才回，刚才在上班',
    'Maaf ya kak baru balas, tadi lagi kerja',
    'Sorry po sa abala, hindi ko sure kung tama ba itong napuntahan ko',
    'Ayos na po, wala na akong tanong. Salamat ulit!',
    'Tudo certo, sem mais dúvidas. Obrigado!',
    'ठिक छ, म अलि सोचेर फेरि लेख्छु।',
    // the app or the day named beside the complaint, said another way
    'Honestly I am done with this app, it keeps logging me out',
    '這個app爛透了，不想再用了',
    '이 앱 진짜 그만 쓰고 싶다 자꾸 튕겨요',
    'あー疲れた。今日はもう何もしたくない',
    'Hari ini lagi gak pengen ngobrol, cuma capek aja.',
    // answers inside a conversation: who it is about, a follow-up on yesterday, "I'll call tomorrow"
    'Yes, it is my mother',
    "yeah that's right, my dad",
    'good morning! following up on what I asked yesterday',
    'はい、母です',
    'そうです、主人のことです',
    '昨日の件ですが、明日電話します',
    '對，是我爸爸',
    '早上好，接着昨天的问题问一下',
    '就这些，辛苦了！',
    '네 맞아요, 어머니예요',
    '어제 문의한 건인데요, 내일 전화드릴게요',
    'Dạ đúng rồi, là mẹ em ạ',
    'Dạ em hiểu rồi, mai em gọi điện ạ',
    'हजुर, मेरी आमा हो',
    'Opo, nanay ko po',
    'Sige po, tatawag na lang ako bukas',
    'Sim, é a minha mãe',
    'Sobre o que perguntei ontem, eu ligo amanhã',
    'Iya betul, ibu saya',
    'Lanjutan yang kemarin kak, nanti saya telepon',
    // an age given as the answer, and "I'll go to the counter tomorrow"
    "It's about my dad. He's 79",
    'Para po sa nanay ko, 68 years old na po siya',
    'はい、母です。82さいです',
    '是我妈妈，75岁',
    'Oke kak, sudah paham. Besok saya ke loket. Makasih ya!',
    'Ok, I will go to the ward office tomorrow. Thanks!',
    'わかりました。明日、窓口に行きます',
    'Entendi, amanhã vou lá. Obrigada!',
    'Dạ em hiểu rồi, mai em lên quầy ạ',
  ])('%s', (text) => {
    expect(small(text)).toBe(true);
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    // a farewell of finality, thanks for everything
    'goodbye everyone, thank you for everything',
    'みんな今までありがとう、さようなら',
    'Obrigado por tudo. Adeus.',
    // a closer beside a wish, a plan or a goodbye
    "I'll think about it. I don't want to live anymore",
    'Até mais, não vou estar aqui amanhã',
    'わかりました。考えておきます。もう消えたい',
    // tiredness with no cause, or of life itself
    "I'm tired of living",
    'もう疲れた。全部終わりにしたい',
    "I'm so tired today. I'm tired of everything",
    "I'm so tired today, I want to sleep forever",
    '好累，不想活了',
    'pagod na ako sa buhay',
    // "can't take it" with no weather named
    "I can't take it anymore",
    'Não aguento mais viver',
    'ga kuat lagi',
    // round 2's twins: the same talk beside a wish or a final goodbye
    'それだけです。さようなら。もう会えません',
    "That's all. Goodbye forever",
    'Adeus. É só isso. Obrigada por tudo',
    '这个App我不想用了，我不想活了',
    "I'm going to delete this app. I want to end it all",
    'このアプリもう使うのやめようかな。生きるのやめようかな',
    'Namatay phone ko kanina, gusto ko na rin mamatay',
    'My phone died, and I want to die too',
    '그냥 말 걸어봤어요. 죽고 싶어요',
    'Để mình suy nghĩ thêm, mình không muốn sống nữa',
    'Vou pensar com calma. Não quero mais viver',
    '今天好累喔，不想活了',
    // round 3's twins: fillers and closer parts beside a wish, a plan or a farewell
    'Hmm ok, I will check with my husband. I want to die',
    "ok lol I'll text u later. I want to kill myself",
    'Sorry for the late reply. I want to die',
    'ええと、夫と相談してから、また連絡します。もう死にたい',
    '嗯嗯好的，我跟家里人商量一下，明天再联系，我想死',
    '음 네네 남편이랑 상의해 보고 다시 연락드릴게요. 죽고 싶어요',
    'Dạ vâng, em bàn với gia đình rồi báo lại sau. Em muốn chết',
    'Ok po, tatanungin ko asawa ko. Gusto ko nang mamatay',
    'Beleza, vou ver com minha esposa e amanhã te respondo. Quero morrer',
    'Siap kak, nanti aku kabarin lagi ya. Aku mau bunuh diri',
    'हजुर, म भोलि फेरि सम्पर्क गर्छु। म मर्न चाहन्छु',
    'Honestly I am done with this app. I am done with life',
    'あー疲れた。今日はもう何もしたくない。消えたい',
    // the answers' twins: the same words beside a wish or a goodbye for ever
    'Yes, it is my mother. I want to die',
    'はい、母です。もう死にたい',
    '對，是我爸爸。我不想活了',
    'Dạ đúng rồi, là mẹ em ạ. Em không muốn sống nữa',
    'Sige po, tatawag na lang ako bukas. Gusto ko nang mamatay',
    'Sim, é a minha mãe. Eu quero morrer',
    'Oke kak, sudah paham. Besok saya ke loket. Saya mau bunuh diri',
    "It's about my dad. He's 79. I want to die",
  ])('%s still alarms', (text) => {
    expect(small(text)).toBe(false);
    expect(detectCrisis(text)).toBe('suicide');
  });

  it('a complaint with no cause is not small talk', () => {
    for (const text of ["I'm so tired", 'もう無理', '今日はもう無理', 'não aguento mais', '累了'])
      expect(small(text)).toBe(false);
  });
});

describe('everyday idioms of plans and trifles stay quiet', () => {
  it.each([
    'I finally give up on this diet, cake wins',
    'I kill all my plants, any tips for a cactus?',
    "I'm dying to see my grandkids at New Year",
    '这个周末只想一个人静静，看看书',
    '주말에는 혼자 푹 쉬고 싶어요',
    'Hari terakhir kerja di kantor ini, minggu depan mulai kerja baru',
    'Last day at my job today, I start at a new company on Monday!',
    '大掃除して、使わないものを捨てたらすっきりした',
    '방 정리하고 안 입는 옷 버렸더니 개운해요',
    'Ăn no quá, chết mất',
    'Nhớ mấy đứa cháu muốn chết luôn, mong được gặp',
    'mamamatay na ako sa sabik makita ang mga apo ko',
    'Meu filho de 3 anos não come verdura, alguma dica?',
    'Anak saya susah makan sayur',
    // round 2: any group chat named after the wish to vanish; a pet rehomed for an allergy; a trip with its weeks named
    'グループ の LINE から きえたい。 メッセージ が おおすぎる。',
    'I want to vanish from the PTA group chat, 200 messages a day 😩',
    'Queria sumir desse grupo de mães, só tem fofoca kkkk',
    '娘が猫アレルギーだと分かったので、猫は友人の家に引き取ってもらいました。元気にしてるみたいです',
    'Vou pro Brasil em dezembro passar 2 meses com a família, preciso avisar a prefeitura?',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    // the trifle gone, or a wish told beside it
    'I give up on this diet. I give up on everything.',
    'My plant died. I want to kill myself',
    'I want to be alone forever',
    'Today is my last day. Thank you all for everything',
    '今天是我最后一天了，谢谢大家',
    '部屋を片付けて、いらないものを全部捨てた。もう思い残すことはない',
    'Nhớ con quá, muốn chết luôn',
    'Não aguento mais esse calor, não aguento mais viver',
    'I want to vanish from the group chat and from this world',
    'グループのLINEからも、この世からも消えたい',
    '猫はアレルギーで友人に引き取ってもらいました。もう思い残すことはありません',
    'Vou pro Brasil em dezembro e não vou voltar, adeus a todos',
    '请问区役所能帮忙把我的骨灰送回国吗？我不想再熬了，就这几天',
  ])('%s still alarms', (text) => {
    expect(detectCrisis(text)).toBe('suicide');
  });

  it('a picky eater beside a child not fed still alarms', () => {
    expect(detectCrisis('Anak saya tidak dikasih makan 3 hari')).toBe('child_abuse');
  });

  it.each([
    // round 3: missing the grandchildren with a visit to come; a group chat left for a few days; a form that "will kill me"
    'Nhớ mấy đứa cháu muốn chết, tháng sau mới được gặp.',
    'Kangen banget sama cucu-cucu, rasanya mau mati saking kangennya. Untung bulan depan ketemu 😊',
    '단톡방에서 조용히 사라지고 싶다… 알림 너무 많아',
    'साथीहरूको ग्रुप च्याटबाट केही दिन हराउन मन छ, धेरै म्यासेज आउँछ।',
    "Papatayin ako ng form na 'to, ang daming tanong 😂",
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    ['Nhớ cháu muốn chết, không bao giờ được gặp lại nữa', 'suicide'],
    ['Kangen almarhum suami, rasanya mau mati', 'suicide'],
    ['단톡방에서도 이 세상에서도 사라지고 싶다', 'suicide'],
    ['यो संसारबाट हराउन मन छ', 'suicide'],
    ['Papatayin ako ng asawa ko', 'violence'],
  ])('%s still alarms', (text, signal) => {
    expect(detectCrisis(text)).toBe(signal);
  });
});
