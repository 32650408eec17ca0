import { describe, expect, it } from 'vitest';
import { triage } from './index.ts';

// Safe frames missing their words (pass F23): a danger word learnt in a language class or a sentence to
// translate, a casualty played in a drill, what to do when a baby stops breathing asked ahead, a scene of a
// show, a past wish to die treated, an earthquake near-miss, a colleague's joke of the workload. Each has a
// dangerous twin — the danger told now in words of its own, or the writer's word that the word learnt is their
// life — that must still alarm.
const quiet = (text: string) => expect(triage(text).crisis, text).toBeNull();
const alarms = (text: string) => expect(triage(text).crisis, text).not.toBeNull();

describe('a danger word learnt as vocabulary or translated in a language class', () => {
  it.each([
    'にほんご の クラス で 「ぎゃくたい」 と いう ことば を ならいました。しゅくだい です。',
    '日本語の授業で「虐待」という言葉を習いました。英語では何と言いますか。',
    '「自殺」という単語の読み方を教えてください。漢字の勉強をしています。',
    'In Japanese class today we learnt the word 虐待. How do you read it?',
    'What does the word 自殺 mean in English? It was in my kanji homework.',
    "Translation homework: how do I translate 'domestic violence' into Japanese?",
    '日语课上学了“虐待”这个词，请问它的准确意思是什么？',
    '日文課學到「自殺」這個單字，中文是什麼意思？',
    '翻译作业：把“孩子被虐待的话请打189”翻译成日语，这样对吗？',
    '일본어 수업에서 "虐待"라는 단어를 배웠어요. 한국어로 무슨 뜻이에요?',
    '번역 숙제인데 "자살"을 일본어로 어떻게 써요?',
    'bài tập lớp tiếng Nhật: dịch câu「もし子どもが虐待されていたら189に電話してください」. em dịch là "nếu trẻ bị ngược đãi thì hãy gọi 189" có đúng không ạ',
    'Từ 「自殺」 trong tiếng Nhật nghĩa là gì ạ? Em mới học trong lớp.',
    'जापानी भाषा कक्षामा「虐待」र「自殺」शब्द सिकियो। यसको नेपालीमा ठ्याक्कै अर्थ के हो? परीक्षाको लागि सोधेको',
    'japani class ma 「暴力」 bhanne shabda sikiyo, yesko artha ke ho?',
    'Sa Japanese class namin, natutunan namin ang salitang 「虐待」. Ano ang ibig sabihin nito sa Tagalog?',
    'Na aula de japonês aprendi a palavra 「自殺」. O que significa em português?',
    'Como se traduz "violência doméstica" para o japonês? É para a lição de casa.',
    'Di kelas bahasa Jepang saya belajar kata 「虐待」. Artinya apa ya dalam bahasa Indonesia?',
    'Tugas terjemahan: kalimat "kalau anak dianiaya telepon 189" bahasa Jepangnya bagaimana?',
    'にほんご の クラス で 「ぎゃくたい」 と いう ことば を ならいました。しゅくだい です。こども の ぎゃくたい を みたら どこ に でんわ しますか',
  ])('quiet: %s', quiet);
  it.each([
    'I learnt the word 虐待 in class today. My dad hits me every night.',
    '日本語の授業で「虐待」という言葉を習いました。わたしも父に毎日殴られています。',
    'にほんご の クラス で 「ぎゃくたい」 を ならいました。わたし も ちち に たたかれて います。',
    '日语课学了“虐待”这个词。其实我爸每天打我。',
    'Em mới học từ 「虐待」. Thật ra bố em ngày nào cũng đánh em.',
    'Na aula aprendi a palavra 「虐待」. Meu pai me bate todo dia.',
    'Di kelas saya belajar kata 「虐待」. Sebenarnya ayah saya memukul saya setiap hari.',
    'What does the word 自殺 mean? I want to kill myself.',
    '「自殺」という言葉を習いました。わたしは死にたいです。',
    'I learnt the word 虐待 in class — my dad does that to me',
    '日本語の授業で「虐待」という言葉を習いました。私もそれをされています。',
    'Em mới học từ 「虐待」. Thật ra bố em ngày nào cũng đánh em.',
    'Di kelas bahasa Jepang saya belajar kata 「虐待」. Itu terjadi pada saya.',
    'Na aula de japonês aprendi a palavra 「虐待」. Isso acontece comigo.',
    'What does the word 自殺 mean? I think about it every day.',
  ])('alarms: %s', alarms);
});

describe('a drill, a first-aid course, a casualty played; what to do, to be learnt ahead', () => {
  it.each([
    '職場の避難訓練でAEDと心臓マッサージを習った。うちの子まだ0歳だから、赤ちゃんが息してない時のやり方も知っておきたい。市の救命講習って土日ありますか',
    'ぼうさい くんれん で 「たおれた ひと」 の やく を しました。たのしかった です。',
    'Next week our company has a fire drill and I was given the role of the unconscious casualty lol, do I need to bring anything?',
    'At the first aid course we practised CPR on a dummy. I want to know what to do if a baby stops breathing too. Are there weekend classes?',
    '公司下周消防演练，我被分配扮演“昏迷的伤员”哈哈，需要准备什么吗？',
    '다음 주 회사 소방 훈련에서 제가 의식 없는 환자 역할을 맡았어요 ㅋㅋ 뭘 준비해야 하나요?',
    'tuần sau công ty diễn tập phòng cháy, có phần đóng vai "người bị bỏng nặng" và "người bất tỉnh". em được phân vai bất tỉnh haha, có cần mang gì không ạ',
    'अर्को हप्ता कम्पनीमा आगलागी अभ्यास छ, मलाई बेहोस भएको मान्छेको भूमिका दिइयो हाहा। के लैजानुपर्छ?',
    'May fire drill kami sa kompanya next week, ako daw yung gaganap na nawalan ng malay haha. May dadalhin ba ako?',
    'Semana que vem tem simulado de incêndio na empresa e eu vou fazer o papel da vítima inconsciente kkk, preciso levar algo?',
    'Minggu depan ada simulasi kebakaran di kantor, saya kebagian peran korban pingsan wkwk. Perlu bawa apa ya?',
    'Ada kelas pertolongan pertama untuk bayi? Saya mau belajar harus bagaimana kalau bayi tersedak atau tidak bernapas.',
    'I would like to learn what to do if a baby chokes or stops breathing. Are there weekend courses?',
    'Em muốn học trước cách sơ cứu khi bé bị hóc hoặc ngừng thở, có lớp nào không ạ?',
    'Gostaria de aprender o que fazer se o bebê engasgar ou parar de respirar. Tem curso?',
  ])('quiet: %s', quiet);
  it.each([
    'In the drill I learnt CPR; now my father is not breathing. Help',
    '避難訓練で心臓マッサージを習った。今、父が息をしていません',
    'diễn tập phòng cháy xong về nhà thì bố em bất tỉnh, gọi không dậy',
    '公司消防演练刚结束，我同事突然昏倒了，叫不醒',
    'Saya mau belajar P3K, tapi sekarang bayi saya tidak bernapas! Tolong',
    'I wanted to learn first aid but my baby is not breathing right now, help',
    '赤ちゃんが息してない！どうすればいい',
  ])('alarms: %s', alarms);
});

describe('children left alone as the scene of a show, with the writer’s own question', () => {
  it.each([
    'Watched a drama last night where a mum leaves her kids alone for days and it got me thinking - how old does a child have to be to stay home alone here? Mine is 8 and I finish work at 6',
    '昨晚看了一部电视剧，妈妈把孩子独自留在家好几天，让我想到：在日本孩子几岁可以一个人在家？我家孩子8岁。',
    '어제 드라마에서 엄마가 아이들을 며칠씩 혼자 두는 걸 보고 궁금해졌는데, 일본에서는 몇 살부터 아이 혼자 집에 있어도 되나요?',
    'Tối qua xem phim thấy người mẹ bỏ con ở nhà một mình mấy ngày, em mới thắc mắc: ở Nhật trẻ mấy tuổi thì được ở nhà một mình ạ?',
    'Nonton drama semalam, ibunya meninggalkan anak sendirian berhari-hari. Jadi kepikiran, di Jepang anak umur berapa boleh di rumah sendirian?',
    'Napanood ko sa teleserye yung nanay na iniwan ang mga anak nang ilang araw na mag-isa. Ilang taon ba pwedeng maiwan mag-isa sa bahay ang bata dito?',
  ])('quiet: %s', quiet);
});

describe('a past wish to die, treated and much better now', () => {
  it.each([
    '예전에 우울증으로 죽고 싶었던 적이 있는데 지금은 치료받고 많이 좋아졌어요. 계속 상담받고 싶은데 한국어 되는 곳이 있을까요?',
    '以前うつ病で死にたいと思ったことがありますが、今は治療して、だいぶ良くなりました。日本語で相談を続けられる所はありますか',
    'I used to want to die when I was depressed a few years ago, but with treatment I am much better now. Is there counselling in English?',
    '以前因为抑郁症想过死，现在经过治疗好多了。想继续做心理咨询，有说中文的地方吗？',
    'Trước đây em bị trầm cảm từng muốn chết, giờ điều trị rồi đã đỡ nhiều. Có chỗ tư vấn tiếng Việt không ạ?',
    'पहिले डिप्रेसनले गर्दा मर्न मन लागेको थियो, अहिले उपचार पछि धेरै राम्रो भएको छ। नेपालीमा परामर्श पाइन्छ?',
    'Dati gusto ko nang mamatay dahil sa depression, pero ngayon nagpagamot na ako at mas okay na. May counseling ba sa Tagalog?',
    'Antigamente eu tinha vontade de morrer por causa da depressão, mas fiz tratamento e hoje estou muito melhor. Tem terapia em português?',
    'Dulu saya pernah ingin mati karena depresi, tapi sekarang sudah berobat dan jauh lebih baik. Ada konseling berbahasa Indonesia?',
  ])('quiet: %s', quiet);
  it.each([
    '예전에 우울증으로 죽고 싶었던 적이 있는데 요즘 다시 죽고 싶어요.',
    '以前うつ病で死にたいと思ったことがあります。今もまた死にたいです。',
    'I used to want to die when I was depressed, and now I want to die again.',
    'Dulu saya pernah ingin mati karena depresi, sekarang ingin mati lagi.',
  ])('alarms: %s', alarms);
});

describe('nearly trapped under furniture in an earthquake, nobody hurt', () => {
  it.each([
    '先週の地震で棚が倒れて、息子が下敷きになりかけました。けがはなくて済んだけど本当に怖かった。賃貸でも付けられる家具転倒防止の補助ってありますか',
    'じしん で たな が たおれて、こども が したじき に なりそう でした。けが は ありません。かぐ を とめる どうぐ は どこ で かえますか',
    "In last week's earthquake a bookshelf fell and nearly crushed my son. Nobody was hurt, thank god. Is there a subsidy for anchoring furniture in a rental?",
    '上周地震书架倒了，差点压到儿子，还好没受伤。租的房子也能申请家具防倒补助吗？',
    '지난주 지진 때 책장이 넘어져서 아들이 깔릴 뻔했어요. 다친 데는 없어요. 가구 고정 지원이 있나요?',
    'Trận động đất tuần trước cái kệ đổ suýt đè con em, may không ai bị thương. Có hỗ trợ cố định đồ đạc cho nhà thuê không ạ?',
    'No terremoto da semana passada a estante caiu e quase esmagou meu filho, mas ninguém se machucou. Tem ajuda para fixar móveis?',
    'Gempa minggu lalu rak jatuh dan hampir menimpa anak saya, untung tidak ada yang terluka. Ada bantuan untuk memasang pengaman perabot?',
  ])('quiet: %s', quiet);
  it.each([
    '地震で棚が倒れて、息子が下敷きになっています。動きません',
    'The earthquake knocked the shelf over and my son is trapped under it and not moving.',
    '지진으로 책장이 넘어져서 아들이 깔려 있어요. 의식이 없어요',
  ])('alarms: %s', alarms);
});

describe('a colleague’s joke that the boss “will kill me”, said laughing', () => {
  it.each([
    "हाकिमले धेरै काम दिँदा मेरो साथी 'यो मान्छेले मलाई मार्छ' भन्छ, हाँसेर। हामी दुवै एक महिनामा कति घण्टा ओभरटाइम गर्न पाइन्छ भन्ने जान्न चाहन्छौं",
    "My coworker keeps saying 'this guy is going to kill me' about our manager, laughing. How many hours of overtime are we allowed a month?",
    '同僚が笑いながら「この人に殺される」って課長のことを言ってます。残業は月に何時間までですか',
    '同事笑着说“这个人要把我累死了”，说的是我们主管。一个月加班最多几个小时？',
    '동료가 웃으면서 "이 사람이 나를 죽이겠다"고 팀장 얘기를 해요. 한 달에 잔업은 몇 시간까지 되나요?',
    'Đồng nghiệp em cứ cười bảo "ông này giết tụi mình mất" vì giao nhiều việc quá. Một tháng được làm thêm tối đa bao nhiêu giờ ạ?',
    "Yung katrabaho ko, tumatawa lang na sinasabing 'papatayin tayo ng taong ito' dahil sa dami ng trabaho. Ilang oras ba ang overtime kada buwan?",
    'Meu colega fala rindo "esse cara vai me matar" por causa do chefe. Quantas horas extras podemos fazer por mês?',
    'Teman kerja saya bilang sambil ketawa "orang ini bakal membunuh kita" soal atasan. Lembur maksimal berapa jam sebulan?',
  ])('quiet: %s', quiet);
  it.each([
    'मेरो श्रीमानले मलाई मार्छु भन्छ, चक्कु लिएर।',
    'My husband said he is going to kill me tonight and he has a knife.',
    '夫が「殺す」と言って包丁を持っています',
  ])('alarms: %s', alarms);
});
