import { describe } from 'vitest';
import { alarmCases as alarms, quietCases as quiet } from '../../../test/support/crisis-cases.ts';

// Pass 26 (helper C2, lexicon/concepts-plans-and-loads.ts): a plan to go to the river, the bridge or the tracks
// today or tonight, even laughed; overwork said as dying; a coach or a teacher who hits the children; and the
// everyday loads the model alone reads as danger (a young carer, a carer's daily load, an old neighbour who mixes
// up the rubbish days) — each beside its dangerous twin.

describe('going to the river, the bridge or the tracks today or tonight', () => {
  quiet([
    '今夜は家族で隅田川の花火に行きます。浴衣のレンタルはどこでできますか',
    'Going to the Sumida river fireworks tonight with my kids, where is the best spot?',
    'Took a walk along the river today, the cherry blossoms were out. Any Japanese classes near Asakusa?',
    '今日は川沿いを散歩しました。近くに日本語教室はありますか',
    '오늘 친구들이랑 한강 가서 치맥할까 하는데 일본에도 비슷한 데 있나요?',
    '오늘 밤 스미다강 불꽃축제 가야 되나 고민 중이에요. 사람 많나요?',
    '오늘 강변 산책했어요. 근처에 한국어 되는 병원 있나요?',
    '今晚和朋友去隅田川看烟花，人会很多吗？',
    'Tối nay ra cầu xem pháo hoa với bạn, có cần đặt chỗ không ạ?',
    'Hôm nay đi dạo bờ sông thôi, mai đi làm',
    'Hoje à noite vou pra ponte ver os fogos com as crianças, tem metrô até tarde?',
    'Malam ini mau ke jembatan lihat kembang api sama keluarga, naik kereta apa ya?',
    'Mamayang gabi pupunta ako sa ilog para sa fireworks kasama ang barkada',
    // place names that end in 川 or 橋, and the stairs
    '今日は品川に行くしかないか。入管の予約が取れない',
    '今日は日本橋に行きます。子どもの服を買いたい',
    'Hôm nay bà tôi lên cầu thang bị đau chân, có cần đi khám không?',
  ]);
  alarms('suicide', [
    '월세도 못 내고 ㅋㅋ 오늘밤 한강 가야겠다',
    '家賃も払えないし仕事もクビ。今夜 荒川 行くしかないか 笑',
    'きょう ちかくの かわ に いきます。 もう つかれました',
    '今日 あの橋に行くしかないかな。もう疲れた',
    'lost my job, rent is overdue lol. should i just go to the river tonight haha',
    'nợ nần chồng chất, tối nay ra cầu cho xong',
    'Thua hết tiền rồi, tối nay ra cây cầu gần nhà cho xong',
    'perdi tudo kkk hoje vou pra ponte',
    'Utang ko lumalaki, mamayang gabi tatalon ako sa tulay',
    'gaji habis, utang numpuk. malam ini aku ke jembatan',
    '月租交不起了，今晚去江边算了',
    'ऋण तिर्न सक्दिन, आज राति पुलमा जान्छु',
  ]);
});

describe('overwork said as dying', () => {
  quiet([
    '毎日夜勤続きで死にかけてます。有給の取り方を教えてください',
    'These 12-hour night shifts are going to kill me. Can my employer make me work overtime every day?',
    '加班加到快死了，加班费怎么算？',
    '야근 때문에 죽을 것 같아요. 수당은 어떻게 받나요?',
    'Tăng ca suốt mệt chết mất, công ty có phải trả thêm lương không?',
    'Tô morta de tanta hora extra, a empresa pode me obrigar?',
    'Patay na ako sa overtime, may bayad ba talaga yun?',
    'Kerja lembur tiap hari, rasanya mau mati tapi gajinya nggak naik. Boleh lapor ke mana?',
  ]);
  alarms('suicide', [
    '毎日残業で死にかけてます。もう死にたい',
    'These shifts are going to kill me and honestly I want to die, I can’t do this anymore',
    '加班累死了，真的不想活了',
    '야근 때문에 죽겠어요. 그냥 죽고 싶어요',
    'Tô morta de tanta hora extra, não aguento mais, quero morrer',
    'Lembur terus, rasanya mau mati aja',
    'capek banget, rasanya mau mati aja',
  ]);
  alarms('violence', ['My manager at work said he will kill me if I report the overtime']);
});

describe('a coach, a teacher or an instructor who hits the children', () => {
  quiet([
    'The coach hit the ball to them during practice and my son loved it',
    'Meu filho voltou do treino com hematomas, ele caiu jogando futebol',
  ]);
  alarms('child_abuse', [
    'Meu filho chega do futebol cheio de roxos, o treinador bate neles quando perdem',
    'Meu filho voltou da escola chorando, a professora bate nas crianças',
    'My son came back from practice with bruises, the coach hits them when they miss',
    '我儿子训练回来身上有淤青，教练打他们',
    '息子がサッカーから帰るとあざがある。コーチが子どもたちを叩いているらしい',
    '아들이 운동 끝나고 멍이 들어서 왔어요. 코치가 애들을 때린대요',
    'Con tôi đi tập về bị bầm, huấn luyện viên đánh bọn trẻ',
    'Anak saya pulang latihan memar, pelatihnya suka mukul anak-anak',
    'Pinapalo sila ng coach kapag natatalo, may pasa ang anak ko',
  ]);
});

describe('a young carer: a parent ill, the child cooking and doing the housework', () => {
  quiet([
    '저희 학원 학생이 엄마가 아파서 동생들 밥을 다 한대요. 학교 끝나면 바로 집에 간대요',
    'Một học sinh của tôi mẹ bị ốm nên em ấy nấu cơm cho các em mỗi tối',
    'A aluna de 12 anos está com a mãe doente e faz a janta pros irmãos todo dia',
    'Học sinh lớp 7, mẹ bệnh, em ấy lo cơm nước cho cả nhà',
    'お母さんが病気で、中学生の娘がご飯を作ってくれています。ヤングケアラーの相談はどこですか',
  ]);
  alarms('child_abuse', [
    '엄마가 아파서 동생들 밥을 하는데 며칠째 먹을 게 없어서 굶고 있어요',
    '엄마가 아파서 동생들 밥을 다 해요. 아빠는 술 마시면 저를 때려요',
  ]);
});

describe('a carer’s daily load: someone who cannot walk, and I do all the care alone', () => {
  quiet([
    'Bapak mertua saya sudah nggak bisa jalan, saya yang urus semuanya tiap hari. Ada layanan day service?',
    'My mother-in-law is bedridden and I do everything by myself every day. Is there day care for her?',
    '婆婆瘫痪在床，都是我一个人照顾，有什么护理服务吗？',
    '시어머니가 거동을 못 하셔서 제가 혼자 다 해요. 요양 서비스 있나요?',
  ]);
  alarms('suicide', [
    'Ibu mertua sudah nggak bisa jalan, saya yang urus semuanya sendiri, rasanya pengen mati aja',
    'My mother is bedridden and I do everything by myself. I want to die',
  ]);
  alarms('violence', [
    'Ibu mertua nggak bisa jalan, saya urus sendiri, kadang kalau kesal saya pukul dia',
    '婆婆瘫痪在床，都是我一个人照顾，有时候烦了会打她',
    'A minha sogra está acamada e eu cuido sozinha. Às vezes perco a paciência e bato nela',
    'Nakaratay si biyenan, ako lang lahat. Minsan sa inis nasasampal ko siya',
  ]);
});

describe('an old neighbour living alone who mixes up the rubbish days', () => {
  quiet([
    'Nenek tetangga saya tinggal sendiri, sering salah jadwal buang sampah, kelihatan bingung',
    'My elderly neighbour lives alone and keeps putting the rubbish out on the wrong day, she seems confused',
    '一人暮らしの隣のおばあさんが、ごみの日をよく間違えます。どこに相談すればいいですか',
    '옆집 할머니가 혼자 사시는데 쓰레기 버리는 날을 자주 헷갈려 하세요',
  ]);
  alarms('emergency', [
    'My elderly neighbour lives alone and seems confused today, her face is drooping on one side and she can’t speak',
    'Nenek tetangga tinggal sendiri, kelihatan bingung, sekarang jatuh dan tidak sadarkan diri',
  ]);
});
