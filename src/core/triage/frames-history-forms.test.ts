import { describe, expect, it } from 'vitest';
import { triage } from './index.ts';

// Harm long past told with the recovery or the separation, asking for something ordinary: dated by a calendar
// year, a school year or school days, "last year"; kept off for years ("N years without", "a habit… stopped");
// in care and well now; an overdose or a trip to A&E as the past event; a partner's blows with the partnership
// ended and the police gone to. A suicide history stays a watch (the numbers just in case); the harm back or
// recent, or a danger told now, still alarms.
const quiet = (text: string) => expect(triage(text).crisis, text).toBeNull();
const watched = (text: string) => {
  const r = triage(text);
  expect(r.crisis, text).toBeNull();
  expect(r.crisisWatch, text).toBe('suicide');
};
const alarms = (text: string) => expect(triage(text).crisis, text).not.toBeNull();

describe('self-harm or an attempt dated by a year, school days or last year, with the recovery said', () => {
  it.each([
    "I tried to kill myself back in 2019. I've been seeing a therapist since and I'm really doing well now. Where can I find an English-speaking GP?",
    "I self-harmed in my first year of uni. Three years without it now and I'm fine. Can you recommend a volunteer group?",
    '2019年に自殺未遂をしました。今は通院していて、すっかり落ち着いています。障害年金の申請について教えてください',
    '我2020年的时候自杀过一次，后来一直在看心理医生，现在情况很稳定。想问这边有没有中文的心理咨询',
    '大一那年我吃药自杀过，后来一直在治疗，现在情况稳定。想问留学生医疗保险怎么用',
    '2020년에 자살 시도를 한 적이 있어요. 지금은 치료 받으면서 많이 안정됐어요. 상담센터를 소개해 주세요',
    '대학교 1학년 때 자살 시도를 했었어요. 지금은 상담 받으면서 잘 지내고 있어요. 아르바이트 구하는 방법 알려주세요',
    'Năm 2020 em từng tự tử một lần, giờ em đã ổn định, đang đi khám đều. Em muốn tìm bác sĩ tâm lý nói tiếng Việt',
    'Hồi năm hai em từng uống thuốc tự tử, giờ em khỏe hẳn rồi. Em muốn hỏi về học bổng',
    'Na faculdade tentei me matar, faz 5 anos que não tenho recaída e hoje estou bem. Procuro um psicólogo',
    'Noong college, sinubukan kong magpakamatay. Okay na ako ngayon, 3 taon na akong hindi gumagawa nun. Saan may libreng counseling?',
    '२०७६ सालमा मैले आत्महत्या गर्ने प्रयास गरेको थिएँ, अहिले उपचार गरिरहेको छु र ठिक छु। नेपाली बोल्ने परामर्शदाता कहाँ पाइन्छ?',
    "I overdosed last year and ended up in A&E. I'm in treatment now and stable. How do I apply for the medical subsidy?",
    '去年オーバードーズで救急車で運ばれました。今はメンタルクリニックに通っていて、だいぶ安定しています。医療費の助成を知りたいです',
    '2018年にODをして救急車で運ばれたことがあります。今は通院していて安定しています。転職の相談をしたいです',
  ])('watch: %s', watched);
});

describe('self-harm kept off for years, or the habit stopped', () => {
  it.each([
    "I used to cut myself in high school, but I haven't done it in five years. Is there a dermatologist who can treat old scars?",
    'I had a habit of cutting myself, but I stopped two years ago. Where can I get laser treatment for scars?',
    '高校の時にリストカットしていましたが、もう5年やっていません。傷あとを消せる皮膚科を探しています',
    '前にリストカットする癖がありましたが、3年以上やめられています。カウンセリングの予約方法を教えてください',
    'リストカットの癖がありましたが、もうやめました。今は元気です。傷あとの治療ができる病院を教えてください',
    '中学生の頃に自傷していました。やめて5年になります。肌の傷を消す方法を知りたいです',
    '我高中的时候有割腕的习惯，已经三年没有再割了，现在很好。想找皮肤科去疤',
    '我以前有割腕的习惯，已经戒掉了，现在过得很好。想问哪里可以做激光去疤',
    '我以前有自殘的習慣，已經戒掉三年了，現在狀況很好。想問哪裡有中文心理諮商',
    '고등학교 때 자해를 했었는데 3년째 안 하고 있어요. 흉터 치료하는 피부과를 알고 싶어요',
    '자해하는 습관이 있었는데 끊은 지 2년 됐어요. 지금은 잘 지내요. 흉터 레이저 치료 어디서 받을 수 있나요',
    'Hồi cấp 3 mình từng tự làm đau bản thân, đã 3 năm không làm nữa rồi. Mình muốn hỏi chỗ xóa sẹo',
    'Trước đây mình có thói quen tự làm đau bản thân, đã bỏ được 2 năm rồi, giờ mình ổn. Mình muốn hỏi chỗ xóa sẹo',
    'Eu tinha o hábito de me cortar, parei há 2 anos e hoje estou bem. Onde faço tratamento de cicatriz?',
    'Waktu SMA aku sering nyayat tangan, tapi sudah 4 tahun gak pernah lagi. Mau tanya klinik buat hilangin bekas luka',
    'Pas SMP aku pernah self-harm, sekarang udah sembuh dan udah bertahun-tahun nggak pernah lagi. Dokter kulit yang bagus di mana ya?',
  ])('watch: %s', watched);
});

describe('an emergency long past, with the writer well now', () => {
  it.each([
    'Em từng bị đưa đi cấp cứu hồi năm nhất vì uống nhiều thuốc, giờ em khỏe hẳn rồi. Em muốn đăng ký câu lạc bộ tình nguyện',
    'Năm ngoái em từng được cấp cứu, giờ em đã ổn định. Em muốn hỏi về bảo hiểm y tế',
  ])('quiet: %s', quiet);
});

describe("a partner's blows long past, the partnership ended and the police gone to", () => {
  it.each([
    'まえ に おっと に なぐられました。 いま は りこん しました。 けいさつ にも そうだん しました。 しごと を さがしたい です。',
    '去年元彼に殴られました。もう別れました。警察にも相談しました。引っ越し先を探しています',
    "My ex-boyfriend hit me a few times last year. We broke up and I reported it to the police. I'm looking for a cheaper flat.",
    "My ex punched me last year. We've broken up and I got a protection order. Where can I find cheap housing?",
    '前男友去年打过我，我们已经分手了，也报过警了。想问哪里可以找便宜的房子',
    '전 남자친구한테 맞은 적이 있어요. 지금은 헤어졌고 경찰에도 신고했어요. 새 집을 구하고 싶어요',
    'Năm ngoái bạn trai cũ đánh em. Giờ em đã chia tay rồi và đã báo công an. Em muốn tìm phòng trọ mới',
    'Meu ex me bateu ano passado. Já nos separamos e fiz boletim de ocorrência. Quero procurar um apartamento novo',
    'Nasampal ako ng ex ko noong isang taon. Hiwalay na kami at nagreport na ako sa barangay. Naghahanap ako ng bagong boarding house',
  ])('quiet: %s', quiet);
});

describe('the harm back, recent or told now still alarms', () => {
  it.each([
    "Last year I overdosed and this week I've been saving pills again.",
    'I tried to kill myself back in 2019. I was fine for a while but lately I want to die again.',
    "I haven't cut in 2 years but I relapsed last night and cut myself.",
    "It's been 3 years since my last attempt. Tonight I want to kill myself.",
    "I've been cutting myself since 2019. I'm stable now.",
    'I took 2000 mg of paracetamol to kill myself, I feel fine now.',
    '2019年に自殺未遂をしました。今は通院していますが、また死にたい気持ちが強くなっています',
    '高校の時にリストカットしていました。もう5年やっていませんが、今日また切りました',
    '去年ODして救急搬送されました。今は落ち着いていますが、最近また薬をためています',
    '我已经两年没有再割了，但是今天又割腕了',
    '我2019年自杀过，现在很稳定。但是我现在又想死了',
    '자해를 3년째 안 하고 있었는데 오늘 다시 자해했어요',
    'Em từng tự tử năm 2020, đã 2 năm không làm nữa, nhưng tối nay em muốn chết',
    'Năm ngoái em từng bị đưa đi cấp cứu, giờ em khỏe rồi nhưng hôm nay em lại uống hết vỉ thuốc',
    'Tentei me matar em 2019, faz 4 anos que não tento, mas hoje quero morrer',
    'Waktu SMA aku pernah nyayat tangan. Sekarang udah sembuh. Tapi malam ini aku mau bunuh diri',
    'Noong 2019 sinubukan kong magpakamatay. Okay na ako ngayon pero gusto ko ulit mamatay',
    '२०७६ सालमा मैले आत्महत्या गर्ने प्रयास गरेको थिएँ, अहिले ठिक छु तर आज फेरि मर्न मन लाग्यो',
    'We broke up last year but he still comes to my door with a knife.',
    'We broke up and I went to the police, but he still follows me and said he will kill me.',
    '元彼に殴られました。別れました。警察にも相談しました。でも今、家の前に元彼がいてドアを叩いています',
    '전 남자친구한테 맞았어요. 헤어졌고 경찰에 신고했는데 지금 집 앞에서 칼을 들고 있어요',
    '前男友去年打过我，我们已经分手了，也报过警了，但他现在拿着刀在我家门口',
    'Meu ex me bateu ano passado. Já nos separamos e fiz boletim de ocorrência, mas ontem ele me bateu de novo',
    'My ex hit me last year. We broke up and I reported it to the police. He just broke in and is hitting me.',
    "I was in the ER last year after an overdose, I'm doing well now. Right now my friend took 30 pills and won't wake up.",
  ])('alarms: %s', alarms);
});
