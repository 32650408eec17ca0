import { describe, expect, it } from 'vitest';
import { triage } from './index.ts';

// Dark words quoted — a status line, a message sent earlier, a child's words — and told in the same message for
// what they really were: a song's words, a meme, a voice-input or autocorrect slip, a joke, a complaint about a
// test, a figure of speech meant otherwise, cooking smoke with all well now. Each has a dangerous twin: the
// explanation missing, denied, doubted or followed by "but", the words said to be meant after all, a means named,
// the one who said them out of reach — which must still alarm.
const quiet = (text: string) => expect(triage(text).crisis, text).toBeNull();
const alarms = (text: string) => expect(triage(text).crisis, text).not.toBeNull();

describe('dark words quoted and explained away', () => {
  it.each([
    '息子のプロフィールのひとことが「もう死にたい」になってたけど、アニメの主題歌の歌詞でした。来月の保護者会の日程を教えてください',
    'きのう ともだち に 「しにたい」 と おくりました。 ごめんなさい。 しけん の こと です。 としょかん は なんじ まで ですか',
    '「死ね」って打ったつもりはなくて、音声入力で「しめ」が変換ミスになっただけです。ゴミの日を教えてください',
    'My daughter\'s WhatsApp status says "I want to disappear" — it\'s a lyric from her favourite K-pop song, she played it for me. Where can I find English-speaking piano teachers?',
    'Sorry about my message yesterday, "I\'m going to kill myself" was about the JLPT test lol, I\'m fine. How do I get a re-entry permit?',
    'My text to my brother said "I will kill you" because of voice typing, I actually said "I will call you". Where is the job centre?',
    '我朋友圈签名“不想活了”只是一句歌词，大家别误会。请问外国人怎么办理国民健康保险？',
    '刚才发的“我要杀了他”是语音输入识别错了，我说的是“我要杀价”。请问二手市场在哪里？',
    '我女兒IG寫「好想消失」，問了才知道是一首歌的歌詞，她笑著唱給我聽。想問區民活動中心有沒有兒童才藝班？',
    "어제 보낸 '죽고 싶다'는 시험 얘기였어요. 죄송해요. 기숙사 신청은 어디서 하나요?",
    "딸 카톡 상태 메시지가 '죽고 싶어'라서 놀랐는데 요즘 유행하는 밈이래요. 걱정 마세요. 한국어 도서관 있나요?",
    "Tin nhắn hôm qua 'chán sống quá' là lời bài hát em đang tập hát karaoke thôi ạ. Em muốn hỏi lớp tiếng Nhật miễn phí",
    "Tin nhắn 'tao sẽ giết mày' em gửi anh trai hồi nãy là do gõ nhầm, thật ra là 'tao sẽ gọi mày'. Cho em hỏi chỗ giặt đồ gần ga",
    "मेरो फेसबुक स्टाटसमा 'बाँच्न मन छैन' गीतको लाइन हो, कसैले चिन्ता नगर्नुहोला। नेपाली समुदायको कार्यक्रम कहिले हुन्छ?",
    "kal ko message ma 'kitchen ma aago lagyo' lekheko, tyo ta khana pakauda dhuwa matra aayeko thiyo, aba sab thik cha. gas ko bill kaha tirne?",
    'Meu status "quero morrer" é letra de música, tá? Tô bem. Queria saber onde tem aula de japonês grátis',
    'Status WA aku "pengen mati aja" itu cuma lirik lagu, jangan salah paham ya. Mau tanya les bahasa Jepang murah di mana?',
    'Yung status ko na "gusto ko nang mamatay" ay lyrics lang ng kanta, okay lang ako. Saan may libreng Japanese class?',
    'Sorry po, yung message ko kanina na "may sunog sa bahay" ay usok lang pala galing sa nagluluto kong kapitbahay, okay na lahat. Saan bibili ng smoke detector?',
  ])('quiet: %s', quiet);

  it.each([
    // meant after all, or a means named
    'ひとことの「消えたい」は歌詞だけど、正直わたしもそう思ってる。もう疲れた',
    'きのう 「しにたい」 と おくりました。 ごめんなさい。 くすり を たくさん あつめました',
    'My status "I want to die" is a song lyric but honestly I do feel that way',
    'Sorry for the message yesterday, "I want to kill myself", I meant it. I have the pills',
    '我签名写的“活着好累”是歌词，但说实话我真的不想活了',
    "'사라지고 싶어'는 노래 가사지만 진심이에요",
    "'sống không bằng chết' là lời bài hát nhưng thật ra em cũng thấy vậy, em muốn chết",
    "'म मर्छु' गीतको लाइन हो तर साँच्चै म मर्न चाहन्छु",
    '"Quero morrer" é letra de música, mas de verdade eu não aguento mais',
    '"Pengen mati aja" itu lirik lagu, tapi aku udah kumpulin obat tidur',
    '"Eu vou me matar" era meme, mas agora eu quero mesmo',
    // the explanation denied
    '「死にたい」は歌詞じゃなくて、本当の気持ちです',
    '"I want to die" isn\'t a lyric, it\'s how I feel',
    '"I want to die" — that was not a typo.',
    "'죽고 싶다'는 오타가 아니에요. 진짜 힘들어요",
    '"Pengen mati aja" bukan lirik lagu, aku serius',
    'Yung "magpapakamatay na ako" ay hindi biro, lyrics man yun dati',
    // doubted, or the one who said them out of reach
    '娘のひとことが「消えたい」になってる。たぶん歌詞だと思う',
    'I thought "I want to die" was just a meme',
    'My son texted "I want to die". Is it just a song lyric?',
    '息子のひとことが「死にたい」になってる。本人は歌詞って言うけど本当かな',
    'She says "I want to die" is just a meme, but I\'m not sure',
    "Con gái em đăng 'muốn biến mất' nói là lời bài hát nhưng em không chắc",
    '「死にたい」ってLINEが来た。いつも冗談ばかりの子だけど、それから既読がつかない',
    '他朋友圈写“活着没意思”，说是歌词，可是已经两天联系不上了',
    // no explanation, or one that is no explanation (a failed test is a reason, not a joke)
    'My son\'s status says "I\'m going to kill myself". What should I do?',
    'I typed "I want to die" yesterday, sorry, I failed the exam and I can\'t go on',
    'My text to my brother said "I will kill you". Where is the job centre?',
    "Tin nhắn 'tao sẽ giết mày' em gửi anh trai hồi nãy. Cho em hỏi chỗ giặt đồ gần ga",
    // a fire that is no cooking smoke, or still burning
    "kal 'ghar ma aago lagyo' lekheko thiye, sachikai aago lagyo, sahayog chahiyo",
    "'ghar ma aago lagyo' — abhi pani aago baliraheko cha, help",
  ])('alarms: %s', alarms);
});
