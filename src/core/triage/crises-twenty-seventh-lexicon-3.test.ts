import { describe } from 'vitest';
import { alarmCases, quietCases } from '../../../test/support/crisis-cases.ts';

// Heart-attack signs told together: chest pain or pressure with a cold sweat, with pain spreading to the
// left arm or jaw, or with breathlessness and a pale face. Romanised Nepali spells sweat many ways
// (pasina, paseena, pasinaa) and the upper arm as pakhura.

describe('heart-attack signs told together alarm, in every language', () => {
  alarmCases('emergency', [
    'mero dai ko chhati dukhiraako chha, paseena le lutput bhayo',
    'buwa ko chhati dukhchha, baya pakhura samma dukhchha',
    'aama ko chest ma dukhyo, pasinaa aayo, debre pakhura pani dukhchha re',
    'बुबाको छाती दुखिरहेको छ, चिसो पसिना आइरहेको छ',
    'my husband has chest pain and he is drenched in a cold sweat',
    "she has chest pressure, she's short of breath and very pale",
    '夫が胸が苦しくて、痛みが左腕まで広がっている',
    'おっとの むねが いたくて、ひだりうでも いたいと いっています',
    '爸爸胸口痛，全身都是冷汗',
    '朋友胸口很痛，汗都濕透了，左手也痛',
    '남편이 가슴 통증이 있는데 왼팔까지 아프대요',
    'mẹ tôi đau ngực, khó thở và mặt tái nhợt',
    'masakit ang dibdib ng asawa ko tapos masakit din ang kaliwang braso niya',
    'meu marido está com dor no peito que vai pro braço esquerdo',
    'suami saya sakit dada, sakitnya menjalar ke lengan kiri',
  ]);
});

describe('a tight chest from worry alone, sore chest muscles, or an old heart attack now well stay quiet', () => {
  quietCases([
    'tension ra chinta le chhati kasiyeko jasto huncha',
    'gym pachi chhati ko masu dukhyo',
    'gaya barsa buwa lai chhati dukhera pasina aayo, heart attack thiyo, aaile thik hunuhuncha',
    '試験のストレスと心配で胸が苦しい感じがする',
    '最近压力大，担心得胸口发紧',
    '스트레스랑 걱정 때문에 가슴이 답답해요',
    'dạo này căng thẳng lo lắng nên tức ngực',
    'peito dolorido depois da academia',
    'dada pegal setelah nge-gym',
    '헬스하고 나서 가슴 근육이 아파요',
    '去年他胸痛出汗，是心梗，现在好了',
    '작년에 아빠가 가슴 통증이랑 식은땀이 있었는데 심근경색이었어요. 지금은 괜찮아요',
  ]);
});
