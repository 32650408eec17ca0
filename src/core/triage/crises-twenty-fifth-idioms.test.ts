import { describe } from 'vitest';
import { alarmCases as alarms, quietCases as quiet } from '../../../test/support/crisis-cases.ts';

// Pass 25: idioms of strain, a boss's shouted insult, an elder's old saying, a dementia delusion and a loved
// one's attempt long treated — each safe class beside the same words where the danger is real.

describe('a bill, the rent or the paperwork that “will kill me”', () => {
  quiet([
    'Tiền nhà tháng này giết tôi mất, có hỗ trợ không?',
    'Sewa kontrakan ini membunuhku, ada bantuan?',
    'Papatayin ako ng upa ngayong buwan, may tulong ba?',
    '家賃に殺される、補助ありますか',
    'A conta de luz desse mês vai me matar, tem desconto pra família?',
  ]);
  alarms('violence', [
    'O aluguel atrasou e o dono disse que vai me matar se eu não pagar',
    'Tiền nhà nợ mấy tháng, chủ nhà dọa giết tôi',
  ]);
  alarms('suicide', [
    'The rent is killing me and honestly I want to die, I can’t go on',
    '家賃が払えない。もう死にたい',
  ]);
});

describe('I’d rather die than eat another …', () => {
  quiet([
    'I’d rather die than eat another convenience store sandwich, where can I buy rice cheap?',
    'またコンビニ弁当を食べるくらいなら死んだほうがまし',
    '再吃一次泡面我宁愿去死，哪里有便宜的菜？',
    'Ăn mì gói nữa thì thà chết còn hơn, chỗ nào bán rau rẻ?',
    'Prefiro morrer a comer outro miojo, onde tem mercado barato?',
    'Mending mati daripada makan mie instan lagi, di mana beli sayur murah?',
  ]);
  alarms('suicide', [
    'I’d rather die than live like this',
    'I’d rather die than go on another day like this',
    '宁愿去死也不想再活了',
    'Prefiro morrer a continuar vivendo assim',
  ]);
});

describe('felt like I had died, but I’m okay', () => {
  quiet([
    'Achei que ia morrer 😅 mas tô bem, só queria saber do day service',
    'Rasanya kayak udah mati 😅 tapi aku baik baik saja',
    'काम सकिँदा त म मरिसकें जस्तो भयो 😅 तर ठीक छु, भाषा कक्षा कहाँ छ?',
  ]);
  alarms('suicide', [
    'मरिसकें जस्तो भयो, अब बाँच्न मन छैन',
    'Achei que ia morrer, e sinceramente quero morrer',
    'Felt like I’d died, and honestly I want to die',
  ]);
});

describe('my head is about to explode over papers, a visa or study', () => {
  quiet([
    'ぜいきん の しょるい が わからない。 あたま が ばくはつ しそう です。',
    'The visa paperwork makes my head want to explode',
  ]);
  alarms('emergency', [
    'The worst headache of my life came suddenly, my head is going to explode and my arm is numb',
  ]);
  alarms('suicide', ['書類が多すぎて頭が爆発しそう。もう死にたい']);
});

describe('a boss or senior carer shouting “do you want to die?” at a slow worker', () => {
  quiet([
    '介護施設の主任が、私が遅いと「死にたいのか」と怒鳴ります。パワハラですか',
    'The head carer yells "do you want to die?" whenever I’m slow. Is that harassment?',
    '반장이 제가 느리면 "죽고 싶어?"라고 소리쳐요. 괴롭힘인가요?',
    'Sếp cứ quát "mày muốn chết hả" khi tôi làm chậm',
    'Mandor selalu bentak "mau mati kamu?" kalau saya lambat',
    'Sumisigaw ang supervisor ko ng "gusto mo bang mamatay?" pag mabagal ako',
  ]);
  alarms('suicide', [
    '介護施設の主任が「死にたいのか」と怒鳴ります。正直、私も本当に死にたいです',
    'Chị quản lý cứ quát "muốn chết à", em cũng muốn chết thật, không muốn sống nữa',
    '老板每次都吼"你想死吗"，我真的想死了',
    '반장이 "죽고 싶어?"라고 소리쳐요. 저도 진짜 죽고 싶어요',
    'The head carer yells "do you want to die?" and honestly I do want to die',
  ]);
  alarms('violence', ['My boss pulled a knife and said "do you want to die?"']);
});

describe('an older relative’s habitual saying: “I’ll die tomorrow”, “I won’t live long”', () => {
  quiet([
    '祖母は口癖のように「明日死ぬ」と言いますが、毎日散歩しています',
    'My grandma always says she’ll die tomorrow, but she still goes dancing every week',
    '할머니는 맨날 내일 죽는다고 하시는데 매일 산책하세요',
    'Minha avó vive dizendo que vai morrer amanhã, mas faz hidroginástica toda semana',
    'Lagi sinasabi ni lola na hindi na siya magtatagal, pero araw araw siyang nagzu-zumba',
    'हजुरआमा सधैं "म त भोलि मर्छु" भन्नुहुन्छ, तर दिनहुँ मन्दिर जानुहुन्छ',
  ]);
  alarms('suicide', [
    '祖母は口癖のように「明日死ぬ」と言っていましたが、最近ご飯を食べなくなって、大事な指輪を全部親戚に配りました',
    'Grandma always says she’ll die tomorrow, but this week she stopped eating and gave away all her jewellery',
    'हजुरबुवा सधैं भन्नुहुन्छ "म त भोलि मर्छु", तर अहिले खाना खानु छोड्नुभयो र आफ्ना सामान सबैलाई बाँड्नुभयो',
    'My grandma says she wants to die, she cries every day',
    '我奶奶总说活着没意思，想死',
  ]);
});

describe('a parent with dementia crying that someone will kill them, though nobody is there', () => {
  quiet([
    'My dad has dementia and screams "they’re going to kill me!" at night, but nobody is there',
    '父は認知症で、夜中に「殺される」と叫びます。誰もいないのに',
    '我爸有失智症，半夜喊"有人要杀我"，可是根本没有人',
    'Mẹ em bị lẫn, tối nào cũng la "có người muốn giết tôi" mà không có ai cả',
    'Minha mãe tem demência e grita "vão me matar" de noite, mas não tem ninguém',
    'May dementia si lola, sumisigaw siya ng "papatayin ako" kahit walang tao',
  ]);
  alarms('violence', [
    'Dad has dementia and my brother hits him when he is confused',
    'There’s someone in the house who says he’s going to kill me, nobody is here to help',
  ]);
});

describe('a relative’s or friend’s overdose or cutting, treated, now safe at home', () => {
  quiet([
    '我表哥去年吃药自杀，已经出院，现在在老家由家人照顾。我还好，只是想找人聊聊',
    'My brother cut his wrists last spring, he got treatment and is back home with our parents. I’m okay, just want to talk.',
    'Anh họ em năm ngoái uống thuốc quá liều, đã được cấp cứu và giờ ổn rồi. Em vẫn ổn',
    'Meu primo teve uma overdose ano passado, foi socorrido e está bem agora. Eu tô bem',
    'Sepupu saya tahun lalu overdosis, sudah ditangani dan sekarang sudah pulih. Saya baik baik saja',
  ]);
  alarms('suicide', [
    'My cousin overdosed last year and got treatment. Tonight he sent me a photo of pills and said goodbye',
    'My cousin overdosed last year, he got treatment. I want to do what he did',
    '我朋友上个月割腕，已经送医了，现在没事了。我也想跟她一样',
    'Meu primo teve overdose, foi socorrido e está bem agora. Quero fazer o mesmo',
  ]);
  alarms('emergency', [
    'My friend overdosed just now and he won’t wake up',
    'Meu primo teve overdose agora e não acorda',
  ]);
});

describe('scolded, no face to go home, and looking down from a height', () => {
  alarms('suicide', [
    'Scolded every day at work, I have no face to go home. I keep looking down from the dorm balcony',
    '每天被骂，没脸回国，每天从宿舍阳台往下看',
    'Ngày nào cũng bị mắng, không còn mặt mũi nào về nước, tối nào cũng từ ban công nhìn xuống',
    'Tiap hari dimarahi, malu pulang ke kampung, tiap malam melihat ke bawah dari balkon asrama',
    '研修先で毎日叱られて、家族に合わせる顔もない。夜は屋上から下ばかり見ています',
  ]);
  quiet([
    '考试没过，没脸回家见爸妈，怎么办',
    'The view from our balcony is lovely, we watch the fireworks from there',
  ]);
});
