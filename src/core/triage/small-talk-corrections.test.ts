import { describe, expect, it } from 'vitest';
import { detectCrisis, detectLanguage, normalise } from './index.ts';
import { notSmallTalk, onlySmallTalk } from './model/formulas.ts';

const small = (text: string) => {
  const folded = ` ${normalise(text)} `;
  return onlySmallTalk(folded, detectLanguage(text, folded.trim()));
};
/** What is left once the talk about the chat is taken out: '' for a message of nothing else. */
const left = (text: string) => {
  const folded = ` ${normalise(text)} `;
  return notSmallTalk(folded, detectLanguage(text, folded.trim()));
};

describe('a correction of what one just wrote is small talk', () => {
  it.each([
    'Oops, typo: I meant Nerima, not Itabashi',
    'Correction: my daughter is 9, not 8',
    'Sorry I meant Thursday, not Tuesday. Autocorrect again',
    'Please call after 6pm, not in the morning',
    'すみません、足立区じゃなくて葛飾区でした',
    '訂正します。父は78歳じゃなくて79歳です',
    'ごめんなさい、打ち間違えました。火曜日です',
    'すみません、まちがえました。あらかわく です',
    '不好意思写错了，是江户川区，不是江东区',
    '更正一下，我儿子8岁，不是7岁',
    '不好意思打錯了，是足立區，不是葛飾區',
    '죄송해요 오타예요. 아다치구가 아니라 아라카와구예요',
    '정정합니다. 아이는 7살이에요',
    'Xin lỗi em gõ nhầm, là Adachi chứ không phải Sumida ạ',
    'Sửa lại: con em 7 tuổi, không phải 6',
    'sorry galti bhayo, mero chhori 7 barsa ko ho',
    'माफ गर्नुहोस्, मैले अदाची भन्न खोजेको, सुमिदा होइन',
    'Sorry po, mali type ko, Adachi po hindi Arakawa',
    'Ay mali pala, 8 years old na anak ko, hindi 7',
    'Desculpa, digitei errado, quis dizer Nerima e não Nakano',
    'Corrigindo: meu filho tem 7 anos, não 6',
    'Maaf salah ketik, maksud saya Adachi bukan Arakawa',
    'Koreksi kak, umurnya 8 tahun bukan 7',
  ])('%s', (text) => {
    expect(left(text)).toBe('');
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    'Sorry, I meant I won’t be here tomorrow',
    'Correction: not Tuesday. I won’t be alive by then',
    'すみません、訂正です。明日じゃなくて今夜、全部終わりにします',
    'ごめんなさい、訂正です。もう生きていけません',
    '打错了，我是说我不想活了',
    '오타예요. 제 말은 죽고 싶다는 거예요',
    'Xin lỗi em viết nhầm, ý em là em muốn chết',
    'माफ गर्नुहोस्, गल्ती भयो, म मर्न चाहन्छु',
    'Sorry mali pala, gusto ko nang mamatay',
    'Desculpa, errei: não quero mais viver',
    'Maaf salah ketik, maksud saya: saya mau mati',
  ])('%s still alarms', (text) => {
    expect(small(text)).toBe(false);
    expect(detectCrisis(text)).toBe('suicide');
  });
});

describe('a phone that died, a chat lost, "send it again" are small talk', () => {
  it.each([
    'My battery died in the middle of our conversation, can you send the link again?',
    'Sorry, my phone switched off earlier. I’ll ask again from the start',
    'I got a new phone and the chat history is gone. Could you send it again?',
    '充電が切れて返信できませんでした。すみません、もう一度送ってもらえますか',
    'スマホが急に死んじゃって、トーク履歴が消えました。最初からもう一度聞いてもいいですか',
    'スマホ の でんち が きれました。 もう いちど おくって ください',
    '手机突然没电关机了，刚才的链接能再发一次吗？',
    '换了新手机，之前的聊天记录都没了，我再问一次',
    '手機突然沒電了，剛才的連結可以再傳一次嗎？',
    '폰 배터리가 갑자기 나가서 답장을 못 했어요. 보내주신 링크 다시 보내주실 수 있나요?',
    '핸드폰이 고장 나서 대화 기록이 사라졌어요. 처음부터 다시 물어봐도 될까요?',
    'Điện thoại em tự nhiên hết pin, mất cái link rồi, gửi lại giúp em được không ạ?',
    'Xin lỗi, điện thoại em bị hỏng, em hỏi lại từ đầu nhé',
    'मेरो मोबाइल अचानक बन्द भयो, लिंक हरायो। फेरि पठाइदिनुहुन्छ?',
    'Namatay yung cellphone ko kahapon, nawala yung link. Pakisend ulit po',
    'Nasira cp ko, sorry po. Magtatanong ulit ako bukas',
    'Meu celular descarregou no meio da conversa e perdi o link. Pode mandar de novo?',
    'Desculpa, a bateria acabou. Onde a gente parou?',
    'Hp aku tiba-tiba mati, chatnya hilang. Boleh kirim ulang linknya?',
    'Maaf kak, baterai habis tadi. Saya tanya lagi dari awal ya',
  ])('%s', (text) => {
    expect(left(text)).toBe('');
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    'My phone died and I want to die too',
    'トークが全部消えた。私も消えたい',
    'スマホが死にました。私も死にます',
    'スマホが壊れました。もう生きていたくない',
    '手机坏了，聊天记录都没了，我也想消失',
    '폰이 죽었어요. 저도 죽을래요',
    'Điện thoại em chết rồi, em cũng muốn chết',
    'Meu celular morreu e eu quero morrer também',
    'HP saya mati, saya juga ingin mati saja',
  ])('%s still alarms', (text) => {
    expect(small(text)).toBe(false);
    expect(detectCrisis(text)).toBe('suicide');
  });

  it('dying and losing count only with the phone or the chat they are about', () => {
    for (const text of ['Sorry, my father died', 'My phone died and I lost my wife', 'Please erase me'])
      expect(small(text)).toBe(false);
  });
});

describe('questions about the bot and the resident’s data are small talk', () => {
  it.each([
    'How long do you keep what I write here?',
    'Can I delete my messages after we finish?',
    'Can my mum just press buttons instead of typing?',
    '相談した内容はいつまで保存されますか',
    '私が送ったメッセージは削除できますか',
    '誰が読んでいますか？区役所の人も見ますか',
    'わたし が かいた こと は いつまで のこりますか',
    '我发的消息会保存多久？可以删除吗？',
    '我在这里说的话谁能看到？',
    '我傳的訊息會保存多久？可以刪除嗎？',
    '제가 쓴 내용은 얼마나 보관되나요?',
    '보낸 메시지 삭제할 수 있나요?',
    'Những gì em viết ở đây được lưu bao lâu ạ?',
    'Tin nhắn của em có xóa được không?',
    'मैले लेखेको कति समय राखिन्छ?',
    'Gaano katagal itatago yung mga message ko?',
    'Pwede po bang burahin yung mga sinulat ko?',
    'Quanto tempo fica guardado o que eu escrevo aqui?',
    'Tem como apagar minhas mensagens?',
    'Berapa lama pesan saya disimpan?',
    'Siapa yang baca chat saya? Bisa dihapus?',
  ])('%s', (text) => {
    expect(left(text)).toBe('');
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    'Please delete everything, I won’t need it after tonight',
    'Can you delete my data? I won’t be around much longer',
    'How long will my messages be kept after I die?',
    '相談した内容は全部消してください。もう必要なくなるので',
    '我发的消息都删掉吧，以后用不到了',
    '제가 보낸 메시지 다 지워 주세요. 이제 필요 없을 거예요',
    'Xóa hết tin nhắn của em đi, sau tối nay em không cần nữa',
    'मेरो म्यासेज सबै डिलिट गर्नुहोस्, आज राति पछि मलाई चाहिँदैन',
    'Pakibura lahat ng message ko, hindi ko na kailangan pagkatapos ngayong gabi',
    'Pode apagar tudo que eu mandei, depois de hoje não vou precisar mais',
    'Tolong hapus semua pesan saya, setelah malam ini saya tidak butuh lagi',
  ])('%s still alarms', (text) => {
    expect(small(text)).toBe(false);
    expect(detectCrisis(text)).toBe('suicide');
  });
});

describe('thanks for listening and a closer, with nothing else, are small talk', () => {
  it.each([
    'Thanks for listening, it helped to talk',
    'Thank you for your time. I’ll call them tomorrow',
    '話を聞いてくれてありがとう。少しすっきりしました',
    'はなし を きいて くれて ありがとう。 すこし らく に なりました',
    '谢谢你听我说，说出来好多了',
    '謝謝你聽我說，說出來好多了',
    '들어주셔서 감사합니다. 얘기하니까 좀 나아졌어요',
    'Cảm ơn chị đã lắng nghe, em thấy nhẹ lòng hơn',
    'कुरा सुनिदिनुभएकोमा धन्यवाद, मन हलुका भयो',
    'Salamat po sa pakikinig, gumaan ang loob ko',
    'Obrigada por me ouvir, já me sinto mais leve',
    'Makasih udah dengerin ya kak, jadi lega',
  ])('%s', (text) => {
    expect(left(text)).toBe('');
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    'I’m so tired of everything, thanks for listening, goodbye',
    'Thanks for listening. I feel better now that I’ve made up my mind',
    'Thank you for your time. Please tell my family I’m sorry',
    '聞いてくれてありがとう。もう疲れました、さようなら',
    '谢谢你听我说，我已经撑不下去了，再见',
    '들어줘서 고마워요. 이제 다 끝내려고요',
    'Cảm ơn đã lắng nghe em, em mệt mỏi với mọi thứ rồi, vĩnh biệt',
    'सुनिदिनुभएकोमा धन्यवाद, अब म बाँच्न चाहन्न',
    'Salamat sa pakikinig, pagod na ako sa lahat, paalam na',
    'Obrigado por me ouvir. Estou cansado de tudo, adeus',
    'Terima kasih sudah mendengarkan, aku capek dengan semuanya, selamat tinggal',
  ])('%s still alarms', (text) => {
    expect(small(text)).toBe(false);
    expect(detectCrisis(text)).toBe('suicide');
  });
});
