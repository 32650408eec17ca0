import { describe } from 'vitest';
import { alarmCases as alarms, quietCases as quiet } from '../../../test/support/crisis-cases.ts';

// Pass 26 (frames, 3): an ambulance asked about only to know, an ambulance the writer will not call for an
// ordinary illness, a suicide only the topic of a film just watched, and a wish to die flagged as exaggeration —
// each safe class beside the same words where the danger is real.

describe('an ambulance asked about only to know', () => {
  quiet([
    'Ambulansya dito sa Japan, libre ba? para lang alam ko',
    'Como se chama a ambulância aqui no Japão? só pra saber',
    '救护车在日本要钱吗？只是想知道',
    '救急車って有料ですか？念のため聞きたいです',
    'Xe cấp cứu ở Nhật gọi số mấy? chỉ muốn biết thôi',
    'How much does an ambulance cost here? just so I know',
    'Ambulans di Jepang nomor berapa? cuma mau tahu aja',
  ]);
  alarms('emergency', [
    'How do I call an ambulance? my dad isn’t breathing',
    'How do I call an ambulance? just asking, but he fell and won’t wake up',
    '救护车怎么叫？只是想知道，我爸晕倒了',
    'Como chamar a ambulância? só pra saber, meu pai desmaiou',
    '救急車の呼び方を知りたいだけです。父が倒れました',
  ]);
});

describe('an ambulance the writer will not call, a night clinic asked for a fever', () => {
  quiet([
    '孩子晚上发高烧，不用叫救护车吧，附近哪里有夜间门诊？',
    'My son has a fever tonight, I don’t want to call an ambulance, is there a night clinic?',
    'Filho com febre à noite, não quero chamar ambulância, onde tem clínica noturna?',
    'Anak demam malam ini, gak mau panggil ambulans, klinik malam di mana?',
    'Con bị sốt ban đêm, không muốn gọi xe cấp cứu, phòng khám đêm ở đâu?',
    '아이가 밤에 열이 나요. 구급차 부를 정도는 아닌데 야간 병원 어디예요?',
  ]);
  alarms('emergency', [
    '孩子晚上发烧抽搐，不想叫救护车，哪里有夜间医院',
    '孩子发烧，嘴唇发紫，不想叫救护车，哪里有夜间医院',
    'My son has a fever and is not breathing well, I don’t want to call an ambulance, is there a night clinic?',
    'Con bị sốt và co giật, không muốn gọi xe cấp cứu, phòng khám đêm ở đâu?',
    '아이가 밤에 열이 나고 경련해요. 구급차 부를 정도는 아닌데 야간 병원 어디예요?',
  ]);
});

describe('a suicide only the topic of a film or a drama just watched', () => {
  quiet([
    '昨晚看完一部讲跳楼的韩剧，哭了好久。顺便问下，附近有亲子活动吗？',
    'Just watched a movie about suicide, cried a lot. Any mom groups nearby?',
    'Assisti um filme sobre suicídio e chorei muito. Tem grupo de mães aqui?',
  ]);
  alarms('suicide', [
    '看完一部讲自杀的电影，哭了。我也想自杀',
    'Just watched a movie about suicide, cried a lot. I want to kill myself too',
  ]);
});

describe('a wish to die the writer flags as exaggeration', () => {
  quiet([
    '东京的房租贵到想死，夸张啦。有没有便宜的公寓？',
    'Rent here is so high I want to die, I’m exaggerating lol. any cheap housing?',
    '家賃高すぎて死にたい、大げさだけど。公営住宅ってある？',
    '월세 때문에 죽고 싶어요 과장이에요. 싼 집 있나요?',
    'Sewa mahal banget pengen mati, lebay sih. ada rusun murah?',
    'Aluguel tão caro que quero morrer, exagero. Tem moradia pública?',
  ]);
  alarms('suicide', [
    '房租贵到想跳楼，不是夸张',
    'Rent is so high I want to die, not exaggerating',
    '家賃高すぎて死にたい、大げさじゃなくて',
    '월세 때문에 죽고 싶어요 과장 아니에요',
    'Aluguel tão caro que quero morrer, sem exagero',
  ]);
});
