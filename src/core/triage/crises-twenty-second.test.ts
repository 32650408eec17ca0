import { describe, expect, it } from 'vitest';
import { detectCrisis } from './index.ts';

// Crises the twenty-second session's blind set found missed, each class with its harmless twin.
describe('a dependent’s medical neglect by the carer: feeds or medicine withheld, wasting, “no point”', () => {
  it.each([
    // a feed or milk given far too rarely, beside the wasting
    'デイサービスの送迎で行く家の障害のある女の子、ミルクを一日二回しかあげてもらえていないみたいで、あばら骨が浮いています。',
    'むすめ の ともだち、 ごはん を たべさせて もらえない。 ほね と かわ みたい。',
    'My niece has cerebral palsy and her mother only gives her her tube feed once a day. She is so thin you can see her ribs.',
    '我外甥是脑瘫，他爸一天只喂一顿饭，瘦得皮包骨。',
    '장애가 있는 조카가 요즘 뼈만 남았어요. 언니가 하루 한 끼만 먹여요.',
    'Bé hàng xóm bị bại não, mẹ nó một ngày chỉ cho ăn một lần, gầy trơ xương.',
    'Yung pamangkin kong may CP, isang beses lang siya pinapakain, buto’t balat na.',
    'A vizinha não dá comida pro menino dela, ele está pele e osso.',
    'Anak tetangga yang disabilitas cuma dikasih makan sekali sehari, sekarang kurus kering.',
    'छिमेकीको छोरालाई आमाले खाना दिँदैन, हाड मात्र बाँकी छ।',
    // medicine withheld or the hospital refused, with the carer's "no point"
    'ヘルパーです。利用者さんの息子さん（重度の障害）が、お母さんに薬を飲ませてもらえず、日に日に痩せています。「どうせ治らない」と言われました。',
    'The boy next door is skin and bones and his dad says he is going to die anyway, so why bother.',
    'Her stepfather wont take her to the hospital even though she is losing weight every week.',
    '邻居的孩子有癫痫，他妈妈不给他吃药，还说反正也治不好。',
    '隔離鄰居個仔瘦到皮包骨，佢阿媽話佢都冇幾耐命',
    'Cháu tôi bị bại não, mẹ nó không cho nó uống thuốc, bảo đằng nào nó cũng không sống được lâu.',
    'chhimeki ko chhora lai aama le ausadhi didaina, dherai dublo bhayo',
    'Yung pamangkin kong may sakit, hindi siya pinapainom ng gamot ng nanay niya, sabi mamamatay din naman siya.',
    'Minha sobrinha tem paralisia e a mãe dela não dá o remédio, diz que ela vai morrer mesmo.',
    'Keponakan saya yang disabilitas tidak dikasih obat sama ibunya, badannya makin kurus.',
  ])('%s', (text) => {
    // (A child, or an older dependent read as an elder harmed: the card is what matters.)
    expect(detectCrisis(text)).not.toBeNull();
  });

  it.each([
    // one's own small appetite, a weaning question, a terminal illness told by the doctor, a pet
    '母は最近食事を一日一回しか食べなくなり、体重が減ってきました。どこに相談すれば',
    '離乳食を一日一回しかあげていませんが、体重が増えなくて心配です',
    'Dad has cancer and is losing weight. The doctor says he will not live long. What support is there?',
    'The doctor stopped giving him his steroid and he lost weight, is that normal?',
    'My cat is skin and bones and the vet says she is going to die anyway.',
    '我儿子挑食，我不给他吃零食，他越来越瘦了，正常吗',
    '爸爸得了癌症越来越瘦，医生说活不长了，有什么补助',
    '어머니가 식사를 잘 안 하셔서 점점 말라가세요. 어디에 상담하나요',
    'Mẹ tôi ăn ít, sụt cân nhiều, không chịu đi khám. Tôi nên làm gì?',
    'Si Lola ayaw kumain at pumapayat, ayaw magpadoktor. Saan po pwede humingi ng tulong?',
    'Minha mãe não quer comer e está perdendo peso, não quer ir ao médico.',
    'Ibu saya tidak mau makan dan makin kurus, tidak mau ke rumah sakit.',
  ])('%s stays quiet', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('a worn-out carer’s plan for both, told by its means and its time', () => {
  it.each([
    // the gas turned on while we both sleep
    'もう母の介護に疲れ果てました。今夜ガスの栓を開けて、二人で眠ります。',
    'かいご つかれた。 こんや ガス の せん を あけて ねよう と おもう。',
    'I have looked after my wife for 12 years and I cannot go on. I am going to turn on the gas while we both sleep tonight.',
    'Where do I pay the gas bill? After that I will turn on the gas while mum sleeps.',
    '照顾瘫痪的老公十年了，钱也没了。今晚打开煤气，我们两个一起睡过去。',
    '照顧媽媽好累，今晚開煤氣，同阿媽一齊走。',
    '시어머니 간병 8년째, 더는 못하겠어요. 오늘 밤 가스 밸브 열고 같이 잠들려고요.',
    'Chăm chồng liệt 5 năm, tôi kiệt sức rồi. Đêm nay mở bình ga lúc cả hai ngủ.',
    'बुबाको हेरचाह गर्दा गर्दा थाकें, आज राति ग्यास खोलेर सँगै सुत्छु।',
    'thakisakyo, aaja rati gas kholera hami dui sutchhau',
    'Pagod na ako kay Lolo, wala nang pera. Mamayang gabi buksan ko na lang ang gas habang natutulog kami.',
    'Cuido da minha mãe com Alzheimer há 9 anos. Hoje vou abrir o gás enquanto a gente dorme.',
    'Capek ngurus ibu yang lumpuh. Malam ini saya buka keran gas waktu kami tidur.',
    // sleeping pills in their food and the rest for me; the car into the sea with them aboard
    'I cannot care for mum anymore. I will put sleeping pills in her food and then take the rest myself.',
    '睡眠薬を父の夕食に混ぜて、残りを私も飲もうと思っています',
    'Looked after dad alone for nine years. Tomorrow I will drive us both into the sea.',
    '照顾爸爸太累了，明天开车带着他冲进海里。',
    '엄마 간병 너무 지쳐요. 엄마 태우고 차를 바다로 몰고 가려고요.',
    'Cuidar do meu pai acabou comigo. Amanhã vou jogar o carro no rio com ele dentro.',
    'Aku mau bawa ibu naik mobil terus nyebur ke laut.',
    'Isasakay ko si Mama sa kotse at idideretso ko sa dagat.',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('suicide');
  });

  it.each([
    // the gas turned on to cook, a bill, an inspection, a move
    '引っ越したのでガスの開栓の立ち会いが必要ですか？',
    'ガス漏れの点検の人が明日来ます。立ち会いは必要ですか',
    'How do I turn on the gas in my new flat? The agent said the gas company comes.',
    'I will turn on the gas and cook dinner for the two of us, then we sleep.',
    'The gas company is coming tomorrow to check for leaks, do I need to be home?',
    '新家怎么开通燃气？要带什么证件',
    '가스 틀고 라면 끓여서 엄마랑 같이 먹었어요. 가스비 어디서 내요?',
    'Mở ga nấu cơm xong thì hai mẹ con cùng ăn. Hóa đơn ga trả ở đâu?',
    'ग्यास खोलेर खाना पकाएँ, ग्यासको बिल कहाँ तिर्ने?',
    'Paano buksan ang gas sa bagong apartment? Kailangan ba ng kontrata?',
    'Vou abrir o gás e fazer o jantar. Onde pago a conta de gás?',
    'Cara buka regulator gas yang baru gimana ya? Mau masak buat kami berdua',
    // a day at the sea, pills the doctor prescribed
    'We took mum to the seaside by car for the day and she loved it.',
    'The doctor prescribed sleeping pills for mum. Can I get help with the cost?',
  ])('%s stays quiet', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});
