import { describe } from 'vitest';
import { alarmCases as alarms, quietCases as quiet } from '../../../test/support/crisis-cases.ts';

// Pass 27 (safe lexicon, second helper): bored "to death", a tight chest asked about as panic and eased now,
// «trầm cảm dạo này» (not «cầm dao»), "one more question" before a practical one, a pension handed to a son, a
// chest tight over debts, a bruise after a fall — each safe class beside the same words where the danger is real.

describe('bored “to death”: a child’s drama, not a wish', () => {
  quiet([
    'Minha filha diz que a aula de violão é um inferno e que vai morrer de tédio kkk. Tem outra atividade pra criança?',
    'Meu marido tá morto de tédio desde que se aposentou. Tem clube de idosos brasileiros?',
    'My daughter says piano lessons are hell and she is dying of boredom, so dramatic lol. Any other classes for kids?',
    'Our son is so bored he could die during the long holidays haha. Are there day camps?',
    '아이가 학원이 지옥이래요, 지루해서 죽겠다고 ㅋㅋ 다른 프로그램 있나요?',
    '방학이라 애가 심심해서 죽을 것 같대요 ㅋㅋ 어린이 프로그램 있을까요?',
    'Anakku bilang les renang itu neraka, mati bosan katanya wkwk. Ada kegiatan lain?',
    'Adikku mati kebosanan di rumah selama libur, ada kegiatan anak di sekitar sini?',
    '女儿说补习班简直是地狱，无聊死了哈哈。有别的兴趣班吗？',
    '娘は塾が地獄で退屈すぎて死ぬと大げさです。ほかの習い事はありますか',
  ]);
  alarms('suicide', [
    'Tô entediada de viver, vou morrer logo, não aguento mais',
    'I am so bored of living, I want to die.',
    'I’m so bored I could die, and honestly I have been thinking of ending it.',
    '사는 게 지루해서 죽고 싶어요',
    '지루해서 죽겠어. 아니 진짜로 죽고 싶어',
    'Aku bosan hidup, mending mati aja.',
    '活着太无聊了，我真的想死。',
    '毎日が退屈で、本当に死にたい。',
  ]);
});

describe('a tight chest asked about as panic, eased now', () => {
  quiet([
    '어제 밤에 가슴이 조이고 숨쉬기가 힘들었는데 공황발작일까요? 지금은 좀 나아졌어요',
    'Last night my chest felt tight and I was short of breath, was that a panic attack? I feel better now.',
    '昨天晚上胸口发紧、呼吸困难，是焦虑发作吗？现在好多了',
    '昨夜、動悸と息切れがあって、パニック発作でしょうか。今は落ち着いています',
    'Tối qua tức ngực, tim đập nhanh, có phải rối loạn lo âu không? Bây giờ đỡ rồi',
    'Kagabi naninikip ang dibdib ko at hirap huminga, anxiety ba iyon? Okay na ngayon',
    'Ontem à noite tive aperto no peito e coração disparado, é ansiedade? Agora estou melhor',
    'Semalam dada terasa sesak dan jantung berdebar, apa ini serangan panik? Sekarang udah baikan',
  ]);
  alarms('emergency', [
    '가슴이 조이고 숨이 차서 공황인가 했는데 지금은 좀 나아졌다가 다시 가슴이 쥐어짜듯 아프고 식은땀이 나요',
    'My chest felt tight, I thought it was panic, I felt better now for a minute but now my chest is crushing and I am sweating',
    '胸口发紧，以为是焦虑，现在好多了，可是突然胸口剧痛，出冷汗',
    'Aperto no peito, achei que era ansiedade, agora estou melhor, mas de repente dor forte no peito e suando frio',
    'Dada sesak, kukira panik, sekarang udah baikan tapi tiba-tiba dada nyeri hebat dan keringat dingin',
    '아빠가 지금 가슴이 너무 아프고 식은땀을 흘려요',
  ]);
});

describe('«cảm … dạo này» is not «cầm dao»', () => {
  quiet([
    'Chồng em bị trầm cảm, dạo này không chịu đi làm, có chỗ tư vấn tiếng Việt không ạ',
    'Con em bị cảm cúm dạo gần đây, phòng khám nào có phiên dịch ạ',
  ]);
  alarms('violence', [
    'Em bị trầm cảm, dạo này chồng hay cầm dao dọa giết em',
    'Chồng em đang cầm dao đứng ngoài cửa phòng',
  ]);
});

describe('one more practical question, not a goodbye', () => {
  quiet([
    'desculpa, mais uma dúvida: onde eu tiro a carteirinha do seguro?',
    'sorry, one more question: where can I get my residence card renewed?',
  ]);
  alarms('suicide', [
    'desculpa por tudo. só mais uma coisa: cuida da minha filha, eu não vou estar mais aqui',
    'sorry for everything. one more thing: look after my cat, I won’t be around anymore',
  ]);
});

describe('a pension handed to a son, not things given away', () => {
  quiet([
    'Lola ko binibigay ang buong pensyon niya sa anak niyang lasenggo, wala nang natitira sa kanya',
    'My grandmother hands her whole pension to her son who drinks, she has nothing left for bills',
    'Vovó dá a aposentadoria inteira pro filho que bebe, não sobra nada pra ela',
  ]);
  alarms('suicide', [
    'Binigay ko na lahat ng gamit ko sa mga kapatid ko, hindi ko na kailangan iyon, paalam na',
    'I gave away all my things to my sisters, I won’t need them anymore, goodbye',
  ]);
});

describe('a chest tight when I think of debts', () => {
  quiet([
    'makasih ya. dada sesak tiap mikirin hutang keluarga, ada konsultasi keuangan?',
    'thanks. my chest gets tight when I think about my family’s debts, is there debt advice?',
  ]);
  alarms('suicide', [
    'dada sesak tiap mikirin hutang keluarga, rasanya pengen mati aja',
    'my chest gets tight when I think about the debts, I just want to die',
  ]);
});

describe('a bruise after a fall; lips gone purple after a fall', () => {
  quiet([
    'Meu filho caiu do escorregador e ficou com um roxo na canela, preciso levar ao médico?',
    'Minha filha caiu de patinete e o joelho ficou roxo, é normal demorar pra sumir?',
    'Con em ngã xe đạp, đầu gối bị bầm tím, có cần đi khám không ạ',
    'A menina caiu do balanço, o lábio ficou roxo, mas já tá brincando de novo. Passo gelo?',
    'Bé nhà em té cầu thang, môi bị bầm nhưng vẫn chơi bình thường, có cần chườm đá không',
    '孩子在公园摔了，嘴唇瘀青，但是精神很好，要不要去看医生？',
  ]);
  alarms('emergency', [
    'Minha avó caiu na cozinha, a boca ficou roxa e ela não responde',
    'O vovô caiu e está com os lábios roxos, não acorda',
    'Bà em bị ngã, môi thâm tím, gọi không trả lời',
    '할머니가 넘어지셨는데 입술이 시퍼렇게 변하고 반응이 없어요',
    'हजुरबा लड्नुभयो, ओठ निलो भयो, बोलाउँदा बोल्नुहुन्न',
    'A menina caiu do balanço, o lábio ficou roxo e ela não responde',
    '孩子在公园摔了，嘴唇青紫，叫他没反应',
  ]);
});
