import { describe, it } from 'vitest';
import { alarms, quiet, watched } from '../../../test/support/crisis-cases.ts';

// The twenty-fifth pass, past and jest: the writer's own self-harm or attempt told as long over — stopped, in
// care or stable, no wish now — and asking for a place to talk, a group, volunteering or a job; a wish to
// die, or to hurt a boss, over exams or unpaid wages, laughed off with "just kidding" or "of course I
// won't". Each dangerous twin — the harm started again, the thoughts back, pills saved, the joke denied, a
// "but" after — still alarms.

describe('self-harm long over, "not now" said, a place or a job asked: a watch', () => {
  it.each([
    'むかし じぶん を きずつけた こと が あります。いま は しません。ともだち が ほしい です',
    '高校の時に自傷してました。今はしていません。ボランティアを探しています',
    '学生時代にリストカットしていました。今はしていません。傷あとを隠す方法を知りたいです',
    '고등학교 때 자해를 했었어요. 지금은 안 해요. 봉사활동 할 곳을 찾고 있어요',
    'Hồi cấp 3 em từng tự làm đau bản thân, giờ em không còn làm nữa. Em muốn tìm việc làm thêm',
    'Noong high school naglalaslas ako, ngayon hindi ko na ginagawa. Gusto kong mag-volunteer',
    'स्कुल पढ्दा मैले आफूलाई चोट पुर्याएको थिएँ, अहिले म ठिक छु। स्वयंसेवक बन्न चाहन्छु',
    'Dulu waktu SMA saya suka nyayat tangan, sekarang sudah tidak lagi. Mau tanya soal kerja part time',
    'Dulu saya pernah coba bunuh diri waktu kuliah, sekarang sudah 5 tahun dan baik-baik saja. Mau tanya lowongan kerja',
    "I haven't cut myself in two years. I want to find a peer support volunteer role",
  ])('%s', watched);
  it.each([
    '高中的时候割过手腕，现在已经很多年没有再割了。想找志愿者的工作',
    '高中時割過手腕，現在很穩定，想參加志工培訓',
    "I used to cut when I was a teenager. It's been 10 years and I'm fine. Looking to volunteer at a helpline.",
  ])('%s', quiet);
  it.each([
    '昔リスカしてた。今はしないけど、またやりたくなる',
    '昔リスカしてた。今はしてないけど死にたい',
    '高中的时候割过手腕，现在又开始割了',
    '고등학교 때 자해를 했었어요. 요즘 다시 하고 싶어요',
    'Hồi cấp 3 em từng tự làm đau bản thân, giờ lại muốn làm nữa',
    'Noong high school naglalaslas ako, at nagsimula ulit ako noong isang linggo',
    'No ensino médio eu me cortava e voltei a me cortar semana passada',
    'No ensino médio eu me cortava, faz 5 anos que não me corto, mas ontem quase fiz de novo',
    'Dulu saya pernah coba bunuh diri, sekarang sudah 5 tahun tapi pikiran itu datang lagi',
    'Dulu waktu SMA saya suka nyayat tangan, minggu lalu mulai lagi',
    'I used to cut, and I started again last week',
    "I tried to kill myself in high school. It's been 10 years but the thoughts are back",
    "I haven't cut myself in two years but I want to die tonight",
  ])('still dark: %s', alarms('suicide'));
});

describe('in care or stable, the wish denied, no reason needed after it: a watch', () => {
  it.each([
    '우울증 치료 중이고 자살 생각은 없어요. 다만 주말에 할 일이 없어서 동호회를 찾고 있어요',
    '通院中で、今は死にたい気持ちはありません。ただ話し相手がほしいです',
    '在吃抗抑郁药，没有自杀的念头，想找个华人社团',
    'Tôi đang điều trị trầm cảm, không có ý định tự tử. Muốn tìm nhóm bạn người Việt',
    'Faço tratamento para depressão, não tenho pensamentos suicidas. Queria um grupo de apoio',
    'Saya sedang berobat ke psikiater dan tidak ada pikiran bunuh diri. Cari teman ngobrol',
    'Nagpapagamot ako sa depression, wala akong balak magpakamatay. Gusto ko lang ng makakausap',
    "I'm in treatment for depression and have no suicidal thoughts. I'm looking for a support group to meet people.",
    "I was hospitalized for depression and I'm stable now, no thoughts of suicide. Looking for a community group.",
  ])('%s', watched);
  it.each([
    "I'm in treatment but I've been saving my pills",
    "I'm in treatment and have no thoughts of suicide, but lately I want to disappear",
    "I was hospitalized for depression, no thoughts of suicide right now but I'm not sure",
    '우울증 치료 중이고 자살 생각은 없어요. 근데 가끔 사라지고 싶어요',
    '치료 중이지만 약을 모아두고 있어요',
    '通院中ですが、死にたい気持ちはなくならないです',
    '在吃抗抑郁药，没有自杀的念头，但是最近又想死了',
    'Faço tratamento, não tenho pensamentos suicidas, mas guardei remédios',
    'Saya sedang berobat, tidak ada pikiran bunuh diri, tapi saya menyimpan obat tidur',
  ])('still dark: %s', alarms('suicide'));
});

describe('a wish to die over exams laughed off with "just kidding", then a practical question: a watch', () => {
  it.each([
    '기말고사 망해서 죽고 싶다ㅋㅋ 농담이에요. 재수강 신청은 어떻게 해요?',
    'テスト全滅で死にたいｗ 冗談です。再試験の申し込みはどこですか',
    'Failed my finals and I want to die lol jk. How do I apply for a resit?',
    '考试考砸了，想死哈哈，开玩笑的。补考怎么报名？',
    'Thi trượt muốn chết luôn haha đùa thôi. Đăng ký thi lại ở đâu ạ?',
    'Reprovei na prova, quero morrer kkkk brincadeira. Como faço a recuperação?',
    'Ujian gagal, pengen mati aja wkwk bercanda. Remedial daftar di mana?',
    'Bagsak ako sa exam, gusto ko nang mamatay haha joke lang. Paano mag-enroll ulit?',
    'परीक्षामा फेल भएँ, मर्न मन लाग्यो हाहा मजाक मात्र। फेरि परीक्षा कसरी दिने?',
  ])('%s', watched);
  it.each([
    '시험 망해서 죽고 싶다ㅋㅋ 농담 아니고 진짜 죽고 싶어',
    '시험 망해서 죽고 싶다ㅋㅋ 농담이에요. 근데 요즘 잠이 안 와요',
    '시험 망해서 죽고 싶다ㅋㅋ 농담이에요. 약은 모아뒀어요',
    'テスト全滅で死にたい。冗談じゃなくて本気で',
    'Failed my finals and I want to die lol. Not kidding.',
    '考试考砸了，想死，不是开玩笑',
    'Reprovei na prova, quero morrer, não é brincadeira',
    'Ujian gagal, pengen mati aja, bukan bercanda',
  ])('still dark: %s', alarms('suicide'));
});

describe('a wish to hit a boss over unpaid wages, "of course I won\'t": no alarm', () => {
  it.each([
    '월급 두 달 밀렸어요. 팀장 한 대 때리고 싶어요ㅋㅋ 물론 안 하죠. 노동청 신고 방법 알려주세요',
    "Boss hasn't paid me in 2 months, I want to punch him lol of course I won't. Where do I report unpaid wages?",
    'Gaji belum dibayar 2 bulan, pengen nonjok bos wkwk bercanda. Lapor ke mana ya?',
  ])('%s', quiet);
  it.each(['남편이 저를 때리고 싶대요ㅋㅋ 물론 안 하죠', '사장이 저를 때렸어요. 알바비도 안 줘요'])(
    'still violence: %s',
    alarms('violence'),
  );
});

describe('kanji as folded (試験 → 试験, 治療 → 治疗): the same classes in Japanese', () => {
  it.each([
    '期末試験が全滅で死にたいｗ 冗談です。追試の日程はどこで見られますか',
    'うつで治療中です。死にたい気持ちはありません。ただ同じ病気の人と話せる場所がほしいです',
  ])('%s', watched);
  it.each([
    '期末試験が全滅で死にたいｗ 冗談じゃないです',
    'うつで治療中です。死にたい気持ちはありません。でも薬をためています',
  ])('still dark: %s', alarms('suicide'));
});
