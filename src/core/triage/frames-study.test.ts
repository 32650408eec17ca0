import { describe, expect, it } from 'vitest';
import { triage } from './index.ts';

// A danger as the topic of a study, a training, an assignment, an exam, a talk or a drill; a message said to
// be hypothetical; a goodbye with thanks and an ordinary reason for leaving. Each safe reading has a
// dangerous twin — the danger told as happening now, a disclaimer denied, a goodbye with no reason or with
// despair — that must still alarm.
const quiet = (text: string) => expect(triage(text).crisis, text).toBeNull();
const alarms = (text: string) => expect(triage(text).crisis, text).not.toBeNull();

describe('a danger as the topic of a study, a training, an assignment or a drill', () => {
  it.each([
    '介護の研修の課題で、高齢者へのネグレクトについてまとめています。例えば家族が叩いているような事例は、どこに通報しますか。',
    'にほんご の クラス の しゅくだい です。 たとえば おとな が こども を たたいて いる ような とき、 どこ に でんわ しますか。',
    'がっこう の しゅくだい で 「ぎゃくたい を ふせぐ」 について しらべて います。',
    '自治会の避難訓練で、「人が倒れて意識がない」という想定の応急手当を実演したいです。講師を頼めますか。',
    'For my social work assignment I need to explain what to do if you notice a child with bruises who might be hit at home. Which office handles that?',
    "We're planning a first-aid drill at the community centre with a scenario where someone collapses and is not breathing. Who can come and teach?",
    'Our residents association would like to hold a session on recognising elder abuse. Could someone come and give a talk?',
    '我在上护理课，作业题目是：如果发现老人被家人殴打，应该向哪个机构报告？',
    '我們社區想辦一場防止家暴的宣導活動，請問可以請誰來演講？',
    '요양보호사 시험 공부 중인데요, 예를 들어 노인이 가족에게 맞는 것을 발견하면 어디에 신고해야 하나요?',
    'Em đang làm bài tập của lớp điều dưỡng: nếu phát hiện trẻ em bị bạo hành thì phải báo cho ai ở Nhật?',
    'हाम्रो समाजमा घरेलु हिंसा रोकथाम बारे सचेतना कार्यक्रम गर्न खोजेका छौं। कसलाई बोलाउन सकिन्छ?',
    'hamro samaj ma atmahatya roktham bare karyakram garna khojeko, kasle sikaidinchha?',
    'May quiz kami sa kaigo class: kung may napansin kang lola na may pasa at baka binubugbog ng anak, saan magre-report?',
    'Estou fazendo um trabalho da faculdade: se você perceber que um idoso apanha da família, para onde denunciar no Japão?',
    'Untuk tugas kuliah saya, kalau menemukan anak yang dipukul orang tuanya, harus lapor ke mana di Jepang?',
    "I'm preparing a presentation for my nursing class on what to do when you find an elderly patient unconscious.",
    'ボランティア養成講座で、もし誰かが倒れていたらどうするか練習しました。次回の日程を教えてください。',
    '我在准备一个关于家暴的报告。比如妻子被丈夫殴打，可以去哪里求助？',
    '사회복지 과제로 아동학대 사례를 조사하고 있어요. 예를 들어 부모가 아이를 때리는 경우 어디에 신고하나요?',
    'Bài thuyết trình của em về bạo lực gia đình: ví dụ vợ bị chồng đánh thì có thể nhờ đâu giúp?',
    'school ko project ma gharelu hinsa bare lekhdai chhu. udaharan ko lagi shrimati lai kutyo bhane kaha janchha?',
    'Nag-aaral kami ng first aid. Halimbawa, kung may hinimatay sa tren, ano ang gagawin?',
    'Para a prova do curso de cuidador: em caso de idoso inconsciente no chão, qual número ligar?',
    'Tugas kelompok kami tentang KDRT. Misalnya istri dipukul suami, lembaga mana yang membantu?',
  ])('quiet: %s', quiet);
  it.each([
    '研修の課題をやっていますが、今、夫に殴られています。助けて',
    'しゅくだい を して いたら おとうさん に たたかれました。 いたい です。',
    "I'm doing my assignment but my dad hits me every night",
    'We had a fire drill at work today. Now my dad has collapsed at home and is not breathing.',
    '我在写作业，可是我爸爸一直打我',
    '숙제하고 있는데 아빠가 저를 때려요',
    'Em đang làm bài tập nhưng chồng em đánh em mỗi ngày',
    'म गृहकार्य गर्दैछु तर बुबाले मलाई दिनहुँ कुट्नुहुन्छ',
    'May assignment ako pero sinasaktan ako ng tatay ko araw-araw',
    'Estou fazendo trabalho da faculdade mas meu marido me bate todo dia',
    'Saya sedang mengerjakan tugas tapi suami saya memukul saya setiap hari',
    'レポートの課題が終わらない。もう死にたい',
    "I'm studying for my exam and I just want to die",
  ])('alarms: %s', alarms);
});

describe('a message said to be hypothetical: not a real case, just for an exam', () => {
  it.each([
    '仮の話なんですが、知り合いのお年寄りが家族に叩かれているのに気づいたら、どこに相談すればいいですか。',
    'Hypothetically, if someone notices a neighbour’s child with bruises, who should they call? Not a real case.',
    '只是假设的问题：如果发现邻居的孩子被打，应该打哪个电话？',
    '실제 상황은 아니고요, 예를 들어 이웃 아이가 학대당하는 징후를 발견하면 어디에 신고하나요?',
    'Đây chỉ là tình huống giả định: nếu phát hiện hàng xóm bị bạo hành thì nên gọi số nào?',
    'यो वास्तविक घटना होइन, जानकारीको लागि मात्र: घरेलु हिंसाका घटना देखेमा कहाँ खबर गर्ने?',
    'Hypothetical lang po: kung may napansin kang bata na sinasaktan ng magulang, saan tatawag?',
    'É uma pergunta hipotética: se você perceber que uma criança apanha em casa, para quem ligar?',
    'Bukan kasus nyata ya, cuma tanya: jika melihat tetangga mengalami kekerasan dari suaminya, lapor ke mana?',
  ])('quiet: %s', quiet);
  it.each([
    'This is not a drill, my dad is not breathing',
    'This is not hypothetical. My husband is hitting me right now.',
    '仮の話ではありません。父が倒れて意識がありません',
    '実際の話です。夫に毎日殴られています',
    '不是假设的问题，我老公现在在打我',
    'Ini bukan untuk tugas, suami saya memukul saya setiap hari',
    'Hypothetically speaking, I just want to die',
    'Não é hipotético: meu marido me bate todo dia',
  ])('alarms: %s', alarms);
});

describe('a goodbye with thanks and an ordinary reason for leaving', () => {
  it.each([
    '夫の転勤で来月大阪に引っ越します。今までありがとうございました。',
    '転勤で福岡に行くことになりました。今までお世話になりました！',
    'けいやく が おわったので、 らいげつ ネパール に かえる こと に なりました。 いままで ありがとう ございました。',
    "Thank you so much for all your help. I'm being transferred by my company to Nagoya, so this is goodbye.",
    "Thanks for everything. My contract finished so we're relocating to Singapore next month.",
    '谢谢你们这段时间的照顾。我的合同到期了，下个月准备回越南。',
    '感謝大家的幫忙，我老公工作調動，我們要搬到大阪了。',
    '그동안 정말 감사했습니다. 계약이 끝나서 다음 주에 베트남으로 돌아가게 됐어요.',
    'Cảm ơn chị đã giúp em suốt thời gian qua. Em hết hợp đồng rồi, tháng sau em sẽ về nước.',
    'धन्यवाद सबैलाई। मेरो करार सकियो, अब नेपाल फर्किँदैछु।',
    'dhanyabad sabai lai. mero contract sakiyo, aba nepal farkidai chhu.',
    'Salamat po sa lahat ng tulong. Natapos na po ang kontrata ko, uuwi na ako sa Pilipinas sa susunod na buwan.',
    'Obrigada por tudo! Meu contrato acabou e vou voltar pro Brasil mês que vem.',
    'Terima kasih atas semua bantuannya. Kontrak kerja saya sudah habis, saya akan pulang ke Indonesia bulan depan.',
  ])('quiet: %s', quiet);
  it.each([
    '今までお世話になりました。もう疲れました。さようなら',
    '転勤で福岡に行くことになりました。今までお世話になりました。でももう死にたい',
    "Thanks for everything. I'm going away somewhere far, you won't hear from me again.",
    'Thank you for everything. My contract ended and I want to die.',
    '同鄉會的學妹發「謝謝大家這兩年的照顧」，還把機車過戶給我，說反正用不到了。問她是不是要回國，她說「比回國更遠的地方」',
    'Chồng bảo sẽ cho tôi về nước tay trắng. Tôi chỉ muốn chết cho xong.',
    'Obrigada por tudo. Meu contrato acabou, não aguento mais viver.',
    'Terima kasih untuk semuanya. Kontrak saya habis, saya ingin mati saja.',
    '転勤で福岡に行くことになりました。今までありがとう。疲れたのでもう消えます',
    'Salamat po sa lahat. Tapos na po contract ko, pero ayoko na mabuhay, paalam.',
    'Cảm ơn mọi người. Em hết hợp đồng rồi, em không muốn sống nữa, tạm biệt.',
    '감사했습니다. 계약이 끝났어요. 더 이상 살고 싶지 않아요. 안녕히 계세요.',
    'धन्यवाद सबैलाई। करार सकियो, अब म बाँच्न चाहन्न।',
    '谢谢大家。合同到期了，我不想活了，再见了。',
    'Thanks for everything. My contract ended. I have decided to end my life, goodbye.',
  ])('alarms: %s', alarms);
});
