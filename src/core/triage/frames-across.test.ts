import { describe, expect, it } from 'vitest';
import { triage } from './index.ts';

// Frames that reach across sentences (helper: frames across): a harm dated in the next sentence, which points
// back at it ("But that was 3 years ago"); a time gone by pointed back at in the next clause (那時); a question
// written in a letter or asked by a nurse, answered with a denial or a cause that is no blow; an injury seen to
// and "already fine"; a part played in a drill. Each safe reading is written in every language; each dangerous
// twin — a new blow after the date, "yes, he hits me", "actually he kicks her", a real collapse — still alarms.
const quiet = (text: string) => expect(triage(text).crisis, text).toBeNull();
const alarms = (text: string) => expect(triage(text).crisis, text).not.toBeNull();

describe('a harm dated in the next sentence, pointing back at it', () => {
  it.each([
    'まえ の かいしゃ で なぐられました。でも それ は 3ねん まえ です。いま の かいしゃ は みんな やさしい。にほんご を べんきょう する ばしょ を さがして います',
    '前の会社で上司に殴られました。でもそれは3年前です。今の会社はみんな優しいです。',
    'My boss hit me at my old job. But that was 3 years ago. Everyone at my new job is kind.',
    '我以前的老板打过我。不过那是三年前的事了。现在的公司大家都很好。',
    '以前的老闆打過我。不過那已經是三年前的事了。現在的公司大家都很好。',
    '전 회사에서 사장님한테 맞았어요. 근데 그건 3년 전 일이에요. 지금 회사는 다들 친절해요.',
    'Ở công ty cũ em bị sếp đánh. Nhưng đó là chuyện 3 năm trước rồi. Công ty bây giờ mọi người tốt lắm.',
    'पुरानो कम्पनीमा हाकिमले मलाई कुट्यो। तर त्यो ३ वर्ष अघिको कुरा हो। अहिलेको कम्पनीमा सबै राम्रा छन्।',
    'Sinaktan ako ng amo ko sa dati kong trabaho. Pero yun ay 3 taon na ang nakalipas. Mabait lahat sa bago kong trabaho.',
    'Meu chefe me bateu no emprego antigo. Mas isso foi há 3 anos. No emprego novo todo mundo é legal.',
    'Bos saya memukul saya di kantor lama. Tapi itu sudah 3 tahun yang lalu. Di kantor baru semua baik.',
  ])('quiet: %s', quiet);

  it.each([
    '前の会社で上司に殴られました。でもそれは3年前です。昨日また殴られました。',
    'まえ の かいしゃ で なぐられました。でも それ は 3ねん まえ です。いま も こわい です。',
    'My boss hit me at my old job. But that was 3 years ago. Yesterday he hit me again.',
    'My boss hit me at my old job. But that was 3 years ago. Yesterday he did it again.',
    '我以前的老板打过我。不过那是三年前的事了。昨天他又打我了。',
    '전 회사에서 사장님한테 맞았어요. 근데 그건 3년 전 일이에요. 어제 또 맞았어요.',
    'Ở công ty cũ em bị sếp đánh. Nhưng đó là chuyện 3 năm trước rồi. Hôm qua ông ấy lại đánh em.',
    'पुरानो कम्पनीमा हाकिमले मलाई कुट्यो। तर त्यो ३ वर्ष अघिको कुरा हो। हिजो फेरि कुट्यो।',
    'Sinaktan ako ng amo ko sa dati kong trabaho. Pero yun ay 3 taon na ang nakalipas. Kahapon sinaktan niya ulit ako.',
    'Meu chefe me bateu no emprego antigo. Mas isso foi há 3 anos. Ontem ele me bateu de novo.',
    'Bos saya memukul saya di kantor lama. Tapi itu sudah 3 tahun yang lalu. Kemarin dia memukul saya lagi.',
    // (The date not a sentence of its own, or "since": the harm goes on.)
    '夫に殴られています。3年前からです。',
    'My husband hits me. It has been like that since 3 years ago.',
  ])('alarms: %s', alarms);
});

describe('a time gone by pointed back at in the next clause', () => {
  it.each([
    '阿公兩年前在台灣家裡跌倒，那時叫了救護車，還好沒事。現在他想搬來日本跟我們住，外國人也能用介護保險嗎？',
    '阿公两年前在家里跌倒，那时叫了救护车，还好没事。',
    '祖父は2年前に家で転んで、その時救急車を呼びました。今は元気です。',
  ])('quiet: %s', quiet);

  it.each([
    '阿公兩年前在台灣家裡跌倒，那時叫了救護車。現在又倒下了，叫不醒！',
    '祖父は2年前に家で転んで、その時救急車を呼びました。今また倒れて意識がありません。',
    '十年前结婚，那时他就打我，现在还在打我。',
  ])('alarms: %s', alarms);
});

describe('a question written or asked, answered no or with a cause that is no blow', () => {
  it.each([
    'がっこう から てがみ が きました。「おうち で たたかれて いませんか」と かいて あります。うち は たたきません。この てがみ は なに？ へんじ を かきますか',
    '学校からの手紙に「家で叩かれていませんか」と書いてありました。うちは叩きません。',
    'The school letter asks if my child is hit at home. We never hit our kids. What is this letter?',
    "the school nurse asked my daughter if anyone hurts her at home because of the bruises on her shins. they're from football, she plays 3x a week. are these questions normal? felt a bit accused tbh",
    'chị đồng nghiệp hỏi em có bị chồng đánh không vì thấy vết bầm trên má. thật ra em đập mặt vào cửa tủ ở xưởng thôi, chồng em hiền lắm. em chỉ muốn hỏi có phòng khám nào nói được tiếng Việt không',
    '선생님이 아이한테 집에서 맞냐고 물어봤대요. 멍은 축구하다가 부딪힌 거예요.',
    'A professora perguntou à minha filha se alguém bate nela em casa por causa dos roxos. Foi do futebol.',
    'Tinanong ng teacher kung sinasaktan ang anak ko sa bahay dahil sa pasa. Sa basketball po yun.',
    'शिक्षकले छोरीलाई घरमा कसैले कुट्छ कि भनेर सोध्नुभयो, नीलो दागको कारण। त्यो फुटबल खेल्दा लागेको हो।',
  ])('quiet: %s', quiet);

  it.each([
    'がっこう から てがみ が きました。「おうち で たたかれて いませんか」と かいて あります。はい、ちち に まいにち たたかれます。',
    '学校からの手紙に「家で叩かれていませんか」と書いてありました。実は夫が子どもを叩いています。',
    'The school letter asks if my child is hit at home. Yes, my husband hits him.',
    'the school nurse asked my daughter if anyone hurts her at home because of the bruises on her shins. actually her dad kicks her when he is drunk.',
    'chị đồng nghiệp hỏi em có bị chồng đánh không vì thấy vết bầm trên má. thật ra chồng em đánh em mỗi tối.',
    '老师问我女儿在家有没有被打，因为她腿上有淤青。其实是她爸爸踢的。',
    '선생님이 아이한테 집에서 맞냐고 물어봤대요. 사실은 남편이 때려요.',
    'A professora perguntou à minha filha se alguém bate nela em casa por causa dos roxos. Na verdade o pai bate nela.',
    'Guru bertanya apakah anak saya dipukul di rumah karena ada memar. Sebenarnya ayahnya memukulnya.',
    'Tinanong ng teacher kung sinasaktan ang anak ko sa bahay dahil sa pasa. Ang totoo, sinasaktan siya ng tatay niya.',
    'शिक्षकले छोरीलाई घरमा कसैले कुट्छ कि भनेर सोध्नुभयो, नीलो दागको कारण। वास्तवमा बुबाले कुट्नुहुन्छ।',
  ])('alarms: %s', alarms);
});

describe('an injury seen to and already fine', () => {
  it.each([
    'こども が ころんで あたま から ち が でました。びょういん で ぬいました。もう げんき です。ほいくえん に なにか かみ を だしますか',
  ])('quiet: %s', quiet);

  it.each([
    'こども が ころんで あたま から ち が でました。びょういん で ぬいました。もう げんき です。でも いま また ち が とまりません',
    'My son fell and cut his head, lots of blood. We went to the hospital and he got stitches. He was fine, but now he is unconscious.',
  ])('alarms: %s', alarms);
});

describe('a part played in a drill', () => {
  it.each([
    "tuần sau công ty diễn tập phòng cháy, có phần đóng vai 'người bị bỏng nặng' và 'người bất tỉnh'. em được phân vai bất tỉnh haha, có cần mang gì không ạ",
    "In the fire drill next week I'm playing the unconscious person haha. Do I need to bring anything?",
    '来週の避難訓練で意識不明の人の役をやります(笑)。何か準備はいりますか？',
    '下周公司消防演练，我扮演昏迷的人，哈哈。需要带什么吗？',
    '다음 주 소방 훈련에서 의식 잃은 사람 역할을 해요 ㅋㅋ. 뭐 준비해야 돼요?',
    'Semana que vem tem simulado de incêndio e vou fazer o papel de pessoa desmaiada kkk. Preciso levar algo?',
    'Minggu depan ada simulasi kebakaran, aku berperan sebagai orang pingsan wkwk. Perlu bawa apa?',
    'Sa fire drill next week, gaganap ako bilang walang malay haha. May dadalhin ba ako?',
    'अर्को हप्ता आगलागी अभ्यासमा म बेहोस मान्छेको भूमिका गर्छु हाहा। के लैजानुपर्छ?',
  ])('quiet: %s', quiet);

  it.each([
    'tuần sau công ty diễn tập phòng cháy. em được phân vai bất tỉnh haha, nhưng hôm nay đồng nghiệp em ngất thật, bất tỉnh rồi',
    "In the fire drill I'm playing the unconscious person, but right now my coworker really collapsed and is unconscious!",
    '来週の避難訓練で意識不明の人の役をやります。でも今、同僚が本当に倒れて意識がありません！',
  ])('alarms: %s', alarms);
});
