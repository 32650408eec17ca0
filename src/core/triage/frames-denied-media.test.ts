import { describe, expect, it } from 'vitest';
import { triage } from './index.ts';

// A wish to die denied by the writer with an ordinary reason (a watch: the numbers beside the answer, no
// alarm); a blow denied with English "never" inside another language; a scream, a chase or a dark line that
// belongs to a game or a streamer; when to call an ambulance "next time", the episode over. Each has a
// dangerous twin — the denial doubted or turned, a dark reason, a real person named, the line meant, the
// person not well now — that must still alarm.
const quiet = (text: string) => expect(triage(text).crisis, text).toBeNull();
const alarms = (text: string) => expect(triage(text).crisis, text).not.toBeNull();
const watched = (text: string) => {
  const result = triage(text);
  expect([text, result.crisis, result.crisisWatch]).toEqual([text, null, 'suicide']);
};

describe('a wish to die denied with an ordinary reason: a watch, not an alarm and not silence', () => {
  it.each([
    'だいじょうぶ です。 しにたい とは おもって いません。 ただ しごと が いそがしくて ねむれない だけ です。',
    '死にたいわけではありません。ただ仕事がきつくて、相談できる窓口を知りたいだけです。',
    "Please don't worry, I'm not thinking of killing myself. I'm just worn out by my shifts and want to see a doctor.",
    "I don't want to die, I'm only stressed about the visa renewal. Where can I get advice?",
    '别担心，我不想死，只是最近压力有点大，想找个心理咨询。',
    '자살할 생각은 없어요. 그냥 요즘 너무 피곤해서 상담받고 싶어요.',
    'Em không muốn chết đâu, chỉ là áp lực công việc quá nên muốn tìm người tư vấn.',
    'Não quero morrer, só estou cansada do trabalho e queria conversar com alguém.',
    'Aku gak mau mati kok, cuma lagi capek kerja, mau cari tempat konseling.',
    'Hindi ko gustong mamatay, pagod lang ako sa trabaho. Saan may counseling?',
  ])('watch: %s', watched);
  it.each([
    "I don't want to die, but I can't go on like this.",
    "I'm not suicidal. I just want everything to stop forever.",
    "I'm not going to kill myself tonight, just need someone to talk to.",
    "Maybe I don't want to die, I'm just tired.",
    '死にたいとは思っていないけど、ただ毎日がつらくて消えたい。',
    '我不想死，只是想消失。',
    '죽고 싶은 건 아니지만 그냥 사라지고 싶어요.',
    'Não quero morrer, só quero dormir para sempre.',
    'Gak mau mati kok, cuma pengen tidur selamanya.',
    'Em không muốn chết, chỉ muốn biến mất khỏi thế giới này.',
  ])('alarms: %s', alarms);
});

describe('a blow denied with English "never" inside another language', () => {
  it.each([
    'Never naman ako sinaktan ng mister ko, pero hindi niya ako binibigyan ng pera. Saan ako pwedeng humingi ng tulong?',
    'Si mister never niya akong sinaktan, kaso sobrang seloso. May counseling ba para sa mag-asawa?',
    'Suami aku never mukul aku kok, cuma dia pelit banget soal uang belanja.',
    'Not once akong sinampal ng asawa ko, pero lagi kaming nag-aaway sa pera.',
  ])('quiet: %s', quiet);
  it.each([
    'Never niya akong sinaktan hanggang kagabi, sinuntok niya ako sa mukha.',
    'Sinaktan ako ng asawa ko kagabi, never ko naisip na gagawin niya yun.',
    'Suami aku never mukul aku sampai minggu lalu dia tampar aku.',
  ])('alarms: %s', alarms);
});

describe('a scream, a chase or a dark line that belongs to a game or a streamer', () => {
  it.each([
    'I stream horror games, and last night a viewer called the police because I screamed for help when a zombie grabbed me in the game lol',
    'Eu faço live de jogo de terror e um espectador chamou a polícia porque eu gritei socorro quando o monstro me pegou no jogo.',
    'Em livestream game kinh dị, có người xem báo công an vì em hét cứu với khi bị con ma đuổi trong game.',
    'Main game horor semalam, aku teriak minta tolong pas dikejar pocong di game, tetangga sampai ngetok pintu 😂',
    'My son copies a streamer who always yells "I\'m gonna kill myself" when he loses. Is that normal?',
    '中1の息子がゲーム実況者の「もう死ぬ」を真似して言うのですが、ネットとの付き合い方の講座はありますか。',
    'Meu filho imita um youtuber que fala "vou me matar" toda hora. Tem palestra para pais sobre internet?',
    "Anakku niruin streamer yang suka bilang 'mau mati aja' tiap kalah. Ada seminar parenting soal internet?",
  ])('quiet: %s', quiet);
  it.each([
    'Dad hit me because I lost in the game.',
    'Ayah mukul aku gara-gara kalah di game horor.',
    'My husband grabbed me and I screamed for help while I was streaming a horror game.',
    "My son copies everything his favourite streamer does. Yesterday he wrote 'I want to die' in his diary.",
    "My daughter copies a youtuber who says 'I want to die', and last night she told me she means it.",
  ])('alarms: %s', alarms);
});

describe('when to call an ambulance next time, the episode over', () => {
  it.each([
    'おととい 友だち が のみかい で たおれた けど、 いま は げんき です。 つぎ に おなじ こと が あったら、 きゅうきゅうしゃ を よぶ めやす を しりたい です。',
    'My roommate fainted at the gym last week but she is fine now. Next time, at what point should I call an ambulance?',
    '室友上周在宿舍喝多了，现在已经没事了。下次再遇到这种情况，什么时候该叫救护车？',
    '지난주에 동생이 술 마시고 쓰러졌는데 지금은 괜찮아요. 다음에 또 이런 일이 있으면 언제 구급차를 불러야 하나요?',
    'Tuần trước bạn cùng phòng em uống say, giờ đã ổn rồi. Lần sau nếu bị vậy thì khi nào nên gọi cấp cứu?',
    'Minha colega desmaiou na festa sábado, mas hoje ela está bem. Da próxima vez, quando devo chamar a ambulância?',
    'Noong Sabado nalasing ang pinsan ko, okay na siya ngayon. Sa susunod, kailan dapat tumawag ng ambulansya?',
  ])('quiet: %s', quiet);
  it.each([
    '友だちが飲み会で潰れて、呼吸が変で起こしても起きない。次に同じことがあったら救急車を呼ぶべき？',
    'My friend passed out drunk and is not breathing properly now. Next time should I call an ambulance sooner?',
    '室友喝多了，现在叫不醒，呼吸很弱。下次再遇到要叫救护车吗？',
  ])('alarms: %s', alarms);
});
