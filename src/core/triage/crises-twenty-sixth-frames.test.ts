import { describe } from 'vitest';
import { alarmCases as alarms, quietCases as quiet } from '../../../test/support/crisis-cases.ts';

// Pass 26 (engine frames): a death by one's own hand said with a decision, a fright found harmless after all, an
// emergency asked ahead with all well now, and a harm past and over or plainly denied — each safe class beside the
// same words where the danger is real.

describe('“if it comes to that I’ll kill myself — I’ve decided”', () => {
  alarms('suicide', [
    'se o visto não sair eu me mato, tá decidido',
    '비자가 안 나오면 죽어버릴 거예요. 결심했어요',
    'If they cut my visa I’ll end it all, my mind is made up',
    'Kalau kontrak saya diputus, aku akhiri hidup. Sudah kuputuskan.',
    'Kung mapauwi ako, magpapakamatay na ako. Desidido na ako.',
  ]);
  quiet([
    'se eu reprovar de novo eu me mato de rir kkkk, tem curso de japonês barato?',
    'Já decidi: vou mudar de cidade. Como faço a transferência do seguro?',
    'Eu decidi que não vou me matar de trabalhar esse ano, quero um emprego de meio período',
  ]);
});

describe('a fright found harmless after all', () => {
  quiet([
    '女儿回家说“老师打我”，原来是体育课被排球砸到了，老师也道歉了。她最近不太想上学，怎么办？',
    '孩子说“老师把我关在黑屋里”，问了才知道是消防演习的烟雾体验室。',
    '아랫집에서 비명 소리가 나서 놀랐는데 알고 보니 게임하면서 지른 소리였어요. 관리실 말고 어디에 말해요?',
    "Con gái em về kể 'cô giáo nhốt con', hóa ra là chơi trốn tìm trong tủ. Có lớp tiếng Nhật cho mẹ không ạ?",
    "Anak saya bilang 'guru pukul aku', ternyata kena bola waktu main voli. Ada les bahasa Jepang buat anak?",
    'राति माथिल्लो तलाबाट चिच्याएको आवाज आयो, पछि थाहा भयो फुटबल हेर्दै रहेछन्। आवाजको गुनासो कहाँ गर्ने?',
    "Uma amiga postou 'adeus a todos, foi bom enquanto durou', fiquei com medo mas ela só mudou de cidade mesmo. Tem grupo de brasileiras aqui?",
    'Ada ambulans di depan rumah tadi malam, ternyata buat kakek tetangga, cuma darah tinggi. Boleh saya jenguk?',
    'となりの ひとが ロープを かって いました。 よく みたら にもつを しばる ため でした。 あんしん しました。',
  ]);
  alarms('child_abuse', [
    'Con nói "bố nhốt con", hóa ra là thật, bố nhốt nó trong nhà kho cả đêm',
    '孩子说“爸爸打我”，原来是真的，他背上都是伤',
    '아이가 "아빠가 때렸어"라고 해서 물어보니 아빠가 그랬대요',
    'Meu filho voltou da escola com hematomas, acontece que o professor bate neles',
    'My son has bruises all over his back. When I asked, he went quiet',
  ]);
  alarms('suicide', [
    'もう死にたい。実は毎晩ひとりで泣いています',
    'I want to die. Turned out it was just another bad day, like every day',
  ]);
  alarms('violence', [
    'My husband hit me again. It was just a slap, he says',
    'Ele me bateu ontem, mas foi só uma vez',
    'Heard screaming through the wall, turned out he was really beating her',
    'Ada teriakan dari kamar sebelah, ternyata beneran suaminya mukul dia',
  ]);
});

// The answer to a question asked clears nothing: what the one asked says ("just tired", "it's for the futon", "he
// fell") is where a danger is hidden.
describe('a fright “explained” by the answer to a question asked', () => {
  alarms('suicide', [
    'となりの ひとが ロープを かって いました。 きいたら にもつを しばる ため でした。',
    '친구가 요즘 죽고 싶다고 해서 물어보니 그냥 피곤해서 그렇대요',
    'My sister keeps saying she wants to die. When I asked, she said she was only joking',
    'Kakak saya bilang pengen mati terus, pas ditanya katanya cuma capek',
  ]);
  alarms('child_abuse', ['孩子说“妈妈打我”，问了之后她说是在玩游戏']);
});

describe('an emergency asked ahead, with all well now', () => {
  quiet([
    '如果以后我爸在家突然昏倒，怎么叫救护车？他现在身体很好',
    'Nếu sau này bố em bị đột quỵ thì gọi xe cấp cứu thế nào ạ? Giờ bố em vẫn khỏe',
    'Kalau nanti anak saya kejang tengah malam, cara panggil ambulans gimana? Sekarang dia sehat',
    'If later my dad collapses at home, how do I call an ambulance? He is healthy now',
    'Kung sakaling himatayin si lola balang araw, paano tumawag ng ambulansya? Okay naman siya ngayon',
  ]);
  alarms('emergency', [
    '如果我爸昏倒了怎么叫救护车？他现在已经昏倒了',
    'Kalau nanti ibu saya pingsan, cara panggil ambulans gimana? Sekarang dia sesak napas',
    'Nếu em chuyển dạ thì gọi xe cấp cứu thế nào? Giờ em mang thai 8 tháng, đang ra máu nhiều',
    'My dad collapsed at home, how do I call an ambulance?',
  ]);
});

describe('an emergency past and over: discharged now, or dated to a year', () => {
  quiet([
    '아버지가 등산하다가 심장이 멈춰서 심폐소생술로 살았어요. 지금은 퇴원했어요. 재활 병원은 어디가 좋아요?',
    'my father had heart attack 2015. looking for a heart doctor who speaks english',
  ]);
  alarms('emergency', [
    '아버지가 심장이 멈췄어요. 퇴원했는데 또 쓰러졌어요',
    'had heart attack 2019. now chest pain again, cannot breathe',
    'My dad had a heart attack in 2017 and today he collapsed again',
  ]);
});

describe('a partner’s violence long over, we are fine now', () => {
  quiet([
    'Dati sinasaktan ako ng asawa ko pero 6 years na kaming hiwalay at okay na kami ng mga anak ko. Paano mag-apply ng scholarship?',
  ]);
  alarms('violence', [
    'Dati sinasaktan ako ng asawa ko, 6 years na kaming hiwalay pero kahapon sinaktan niya ulit ako',
  ]);
});

describe('a blow denied in plain Japanese', () => {
  quiet([
    '夫は手をあげない。でも お金を くれない',
    'ころんで あざが できました。 だれも わたしを けって いません',
    '元夫とは円満に別れました。暴力とかは一度もありません。養育費の相談をしたいです',
  ]);
  alarms('violence', [
    '夫に なぐられない ひは ない',
    '夫は手をあげないで、と何度も頼んだのにまた殴った',
    '夫は まだ たたかない でも こわい',
  ]);
});

describe('a threat to kill said over a game, told as such', () => {
  quiet([
    '夫に「マジで殺す」って言われたけど、マリカーで赤甲羅当てたときの話です。仲良しです。保育園の申し込みを教えてください',
  ]);
  alarms('violence', [
    '夫はマリカーで負けると「殺すぞ」と怒鳴って物を投げます。怖いです',
    '夫に「殺す」って言われた。マリカーのときの話だけど、そのあと殴られた',
  ]);
});
