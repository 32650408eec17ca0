import { languageTag } from '../language.ts';
import { normalise } from '../normalise.ts';

/**
 * Greetings, thanks, openers and acknowledgements: what a chat says besides the concern. Farewell
 * notes say "thank you" too, so a model that reads them learns that thanks are a danger sign and alarms on a resident
 * who only says 「ありがとうございました」 or "Halo, selamat siang". The model reads a concern
 * without them; the lexicons, which know a farewell when they see one, still read every word.
 * Per language, because a short formula of one ("da", "oi") is a word of another.
 */
const FORMULAS: Readonly<Record<string, readonly string[]>> = {
  ja: [
    'ありがとうございました',
    'ありがとうございます',
    'ありがとう',
    'こんにちは',
    'こんばんは',
    'おはようございます',
    'よろしくお願いします',
    'お願いします',
    'すみません',
    '失礼します',
    '質問があります',
    '聞きたいことがあります',
    '聞いてもいいですか',
    '教えてください',
    'わかりました',
    '了解です',
    '助かりました',
  ],
  en: [
    'thank you so much',
    'thank you',
    'thanks a lot',
    'thanks',
    'thank u',
    'thx',
    'hello',
    'hi',
    'hey',
    'good morning',
    'good afternoon',
    'good evening',
    'please',
    'ok',
    'okay',
    'got it',
    'i have a question',
    'can i ask',
    'quick question',
    'bye bye',
    'bye',
    'see you',
    'see ya',
  ],
  zh: [
    '你好',
    '您好',
    '谢谢',
    '谢谢你',
    '谢谢你们',
    '请问',
    '想问一下',
    '问一下',
    '咨询一下',
    '好的',
    '知道了',
    '麻烦了',
    '打扰了',
  ],
  ko: ['안녕하세요', '감사합니다', '고맙습니다', '문의드립니다', '문의드려요', '알겠습니다'],
  vi: [
    'xin chào',
    'cảm ơn nhiều',
    'cảm ơn',
    'cám ơn',
    'cho em hỏi một chút',
    'cho tôi hỏi một chút',
    'em muốn hỏi một chút',
    'tôi muốn hỏi một chút',
    'cho em hỏi chút',
    'cho em hỏi',
    'cho tôi hỏi',
    'em muốn hỏi',
    'tôi muốn hỏi',
    'dạ em hiểu rồi',
    'dạ hiểu rồi',
    'dạ em cảm ơn',
    'dạ cảm ơn',
    'em hiểu rồi',
    'hiểu rồi',
    'vâng ạ',
    'dạ vâng',
    'ok ạ',
  ],
  ne: [
    'नमस्ते',
    'नमस्कार',
    'धन्यवाद',
    'हुन्छ',
    'बुझें',
    'namaste',
    'namaskar',
    'dhanyabad',
    'dhanyawad',
    'dhanyavad',
    'hajur',
    'hunchha',
    'bujhe',
  ],
  tl: [
    'maraming salamat',
    'salamat',
    'magandang umaga',
    'magandang hapon',
    'magandang gabi',
    'may tanong',
    'sige po',
    'opo',
    'naintindihan ko po',
  ],
  pt: [
    'muito obrigado',
    'muito obrigada',
    'obrigado',
    'obrigada',
    'olá',
    'bom dia',
    'boa tarde',
    'boa noite',
    'entendi',
    'tá bom',
    'ta bom',
  ],
  id: [
    'terima kasih banyak',
    'terima kasih',
    'makasih',
    'halo',
    'selamat pagi',
    'selamat siang',
    'selamat sore',
    'selamat malam',
    'permisi',
    'mau tanya',
    'numpang tanya',
    'oke',
  ],
};

/**
 * Small talk: the day, the weather, a word of liking. A message of nothing else («今日はいい天気ですね»,
 * "오늘 날씨 좋네요") is no concern, but the model, which learnt that farewells often say "today",
 * alarmed on it; such a message is not given to the model at all. One more word of anything and the
 * model reads the whole message. Bare "day" and "the" stay out, so "today is the day" is still read.
 */
const SMALL_TALK: Readonly<Record<string, readonly string[]>> = {
  ja: [
    '今日は',
    '今日も',
    '今日',
    'きょうは',
    'きょうも',
    'きょう',
    '今朝は',
    '今朝',
    'けさ',
    'お天気',
    'おてんき',
    '天気',
    'てんき',
    'いい日',
    '良い日',
    'いい',
    '良い',
    'よい',
    'とても',
    'すごく',
    '本当に',
    '晴れ',
    'はれ',
    '雨',
    '寒い',
    'さむい',
    '暑い',
    'あつい',
    '涼しい',
    'すずしい',
    '暖かい',
    'あたたかい',
    '気持ちいい',
    'ですねー',
    'あー',
    'あぁ',
    'はぁ',
    'はー',
    'ふう',
    'ふー',
    'さっさと',
    'はやめに',
    '早めに',
    'ですね',
    'ですよね',
    'ですなあ',
    'だね',
    'ですよ',
    'です',
    'でした',
    'ね',
    'よ',
    'が',
    'は',
    'も',
  ],
  en: [
    'today',
    'this morning',
    'the weather',
    'weather',
    'nice day',
    'good day',
    'lovely day',
    'beautiful day',
    'it is',
    "it's",
    'its',
    'is',
    'what a',
    'such a',
    'a',
    'so',
    'very',
    'really',
    'nice',
    'good',
    'great',
    'lovely',
    'beautiful',
    'sunny',
    'cold',
    'hot',
    'warm',
    'rainy',
    'raining',
    'out',
    'outside',
  ],
  zh: [
    '今天',
    '今日',
    '今早',
    '天气',
    '真好',
    '很好',
    '不错',
    '晴天',
    '下雨',
    '好冷',
    '好热',
    '很冷',
    '很热',
    '真',
    '好',
    '啊',
    '呢',
    '吧',
    '喔',
    '哦',
    '噢',
    '呀',
    '啦',
    '耶',
    '欸',
    '哈哈',
  ],
  ko: [
    '오늘은',
    '오늘',
    '날씨가',
    '날씨',
    '좋네요',
    '좋아요',
    '좋습니다',
    '좋다',
    '좋네',
    '춥네요',
    '추워요',
    '덥네요',
    '더워요',
    '맑네요',
    '맑아요',
    '비가',
    '오네요',
    '와요',
    '정말',
    '진짜',
    '너무',
    '참',
    'ㅎㅎ',
    'ㅋㅋ',
    'ㅎㅎㅎ',
    'ㅋㅋㅋ',
  ],
  vi: [
    'hôm nay',
    'thời tiết',
    'trời',
    'đẹp quá',
    'đẹp',
    'nắng',
    'mưa',
    'lạnh',
    'nóng',
    'quá',
    'thật',
    'rất',
    'nhỉ',
    'nhé',
  ],
  ne: [
    'आज',
    'मौसम',
    'राम्रो',
    'धेरै',
    'जाडो',
    'गर्मी',
    'घाम',
    'छ',
    'aaja',
    'aja',
    'mausam',
    'ramro',
    'dherai',
    'cha',
    'chha',
  ],
  tl: [
    'ngayon',
    'ang ganda',
    'maganda',
    'panahon',
    'mainit',
    'malamig',
    'umuulan',
    'ng',
    'ang',
    'ganda',
    'talaga',
  ],
  pt: [
    'hoje',
    'o tempo',
    'tempo',
    'dia lindo',
    'lindo dia',
    'dia bonito',
    'belo dia',
    'que',
    'está',
    'ta',
    'tá',
    'lindo',
    'bonito',
    'calor',
    'frio',
    'sol',
    'chuva',
    'muito',
    'faz',
    'fazendo',
    'né',
  ],
  id: ['hari ini', 'cuaca', 'cerah', 'panas', 'dingin', 'hujan', 'bagus', 'indah', 'sekali', 'banget', 'ya'],
};

/**
 * The talk around a concern: openers and a knock on the door ("is anyone there?", "sorry to bother you",
 * 「誰かいますか」, «có ai không»), questions about the bot itself or the language it speaks ("are you a bot?",
 * «alguém fala português?», नेपाली भाषामा कुरा गर्ने कोही हुनुहुन्छ?), a test message, and closers that say the
 * talk goes on another time ("I'll think about it and get back to you", 「ちょっと考えてみます」, 我再想想,
 * 생각해 볼게요, «Até mais», «nanti saya hubungi lagi», good night, going to bed). The model, which learnt that
 * farewells "think about it" and sign off, alarmed on them; a message of nothing else is not given to it.
 * Unlike `FORMULAS`, they stay in the model's reading of a longer message. A farewell of finality —
 * goodbye, adieu, 「さようなら」, 再见了, «adeus», «selamat tinggal», "thank you for everything", "take care of
 * mum" — is never here: the lexicons and the model read it whole.
 */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const CONVERSATION: Readonly<Record<string, readonly string[]>> = {
  ja: [
    // openers and knocks
    'ちょっといいですか', 'ちょっと聞きたいんですが', '聞きたいんですが', 'ききたいんですが', '聞きたいことがあるんですが', '相談したいんですが', 'そうだんしたいんですが', '相談があります', 'そうだんがあります',
    'ききたいことがあります', 'きいてもいいですか', 'おしえてください', 'お忙しいところ', '突然すみません', '夜分にすみません', 'すみませんが', 'はじめまして', 'もしもし',
    '誰かいますか', 'だれかいますか', '誰かいませんか', 'だれかいませんか', 'いますか', '届いていますか', '届いてますか', 'とどいていますか', 'とどいてますか', '届きますか', 'とどきますか', '見えますか',
    // the bot itself, the language
    'ロボットですか', 'ボットですか', 'AIですか', '人間ですか', 'にんげんですか', '人が見ていますか', '何ができますか', 'なにができますか', '使い方を教えて', '使い方',
    'でもいいですか', 'でいいですか', 'もいいですか', 'いいですか', 'でも大丈夫ですか', '日本語じゃなくても', 'にほんごじゃなくても', 'やさしい日本語で', 'やさしいにほんごで', '日本語', 'にほんご', '英語', 'えいご', '中国語', '韓国語', 'ベトナム語', 'ネパール語', 'タガログ語', 'ポルトガル語', 'インドネシア語', 'で話せますか', 'ではなせますか', '話せる人', 'はなせるひと',
    // a test
    'これはテストです', 'テスト送信', 'テストメッセージ', '送信テスト', 'テストです', 'テスト', 'てすと',
    // closers: another time, good night
    'ちょっと考えてみます', 'かんがえてみます', '考えてみます', '考えておきます', 'かんがえておきます', '考えます', 'かんがえます', '検討します', 'また連絡します', 'またれんらくします', 'また連絡しますね', 'あとで連絡します', '後で連絡します',
    'また来ます', 'またきます', 'また聞きます', 'またききます', 'また相談します', 'また後で', 'またあとで', 'また今度', 'またこんど', 'またね', 'じゃあね', 'それでは', 'では',
    'おやすみなさい', 'おやすみ', 'もう寝ます', 'もうねます', '寝ます', 'ねます', '以上です', 'いじょうです', 'それだけです', 'それだけ', '大丈夫です', 'だいじょうぶです',
    'ちょっと', 'まず', 'じゃあ', 'また', 'では',
    // just saying hi; a late reply, the phone's battery gone; a closer said another way
    'なんとなく話しかけてみました', 'なんとなくはなしかけてみました', '話しかけてみました', 'はなしかけてみました', '送ってみました', 'おくってみました', 'なんとなく', '特に用はないです', 'とくにようはないです', '用はないです',
    '返信遅れてすみません', '返信が遅れてすみません', 'へんしんおそれてすみません', '返事が遅くなってすみません', '返事遅くなりました', 'スマホの電池が切れて', 'スマホの充電が切れて', '充電が切れて', 'じゅうでんがきれて', '電池が切れて', 'でんちがきれて', 'スマホが壊れて',
    '少し考えてから', 'すこしかんがえてから', '考えてから', 'かんがえてから', 'ゆっくり考えます', 'また連絡しますね', 'また送ります', 'またおくります', 'あとで', '後で',
  ],
  en: [
    'can i ask something', 'can i ask you something', 'can i ask', 'something', 'anything', 'can i ask a question', 'may i ask something', 'may i ask a question', 'may i ask', 'i have a quick question', 'a quick question', 'i need some information',
    'sorry to bother you', 'sorry to bother', 'sorry for bothering you', 'sorry for the trouble', 'excuse me', 'is anyone there', 'anyone there', 'is anybody there', 'anybody there', 'is someone there', 'anyone here',
    'are you there', 'is this working', 'does this work', 'is this the right place', 'can you hear me', 'can you read this', 'hello there', 'hi there',
    'are you a bot', 'are you a robot', 'are you a real person', 'are you human', 'am i talking to a bot', 'is this a bot', 'is this a real person', 'who am i talking to', 'what can you do', 'how does this work',
    'does anyone speak', 'is there anyone who speaks', 'anyone who speaks', 'someone who speaks', 'do you speak', 'can you speak', 'can i write in', 'is it ok to write in', 'english', 'japanese', 'nepali', 'vietnamese', 'chinese', 'korean', 'tagalog', 'portuguese', 'indonesian',
    'this is a test message', 'this is a test', 'test message', 'just testing', 'testing testing', 'testing', 'test', 'a test',
    'i will think about it', 'ill think about it', 'let me think about it', 'i need to think about it', 'think it over', 'and get back to you', 'get back to you', 'ill get back to you', 'i will get back to you',
    'ill message again later', 'ill message you later', 'ill message again', 'i will message again', 'ill write again', 'ill write again later', 'ill come back later', 'ill come back', 'ill ask again later', 'ill check back later', 'ill check later',
    'talk to you later', 'talk later', 'see you later', 'see you soon', 'see you tomorrow', 'see you next time', 'catch you later', 'later', 'for now',
    'good night', 'goodnight', 'night night', 'going to bed now', 'going to bed', 'off to bed', 'time for bed', 'thats all', 'that is all', 'that was all', 'thats it', 'nothing else', 'never mind', 'nevermind', 'all good',
    'have a nice day', 'have a good day', 'have a good night', 'and', 'then', 'for now', 'just', 'for', 'in', 'me', 'you', 'i', 'the', 'im',
    'just saying hi', 'just wanted to say hi', 'just wanted to say hello', 'just checking in', 'just dropping by', 'no reason', 'nothing special', 'nothing really', 'sorry for the late reply', 'sorry late reply', 'sorry for the slow reply', 'late reply',
    'my phone died', 'my phone was dead', 'phone died', 'phone was dead', 'my battery died', 'battery died', 'my phone ran out of battery', 'ran out of battery', 'thats why', 'so', 'only now',
    'ill think it over', 'i will think it over', 'i will', 'let me sleep on it', 'ill sleep on it', 'ill let you know', 'let you know', 'ill be in touch', 'ill reach out again', 'ill contact you again', 'again', 'a bit', 'a little', 'more', 'it over',
  ],
  zh: [
    '请问有人在吗', '有人在吗', '有人吗', '在吗', '在不在', '不好意思打扰了', '不好意思打扰一下', '不好意思', '打扰一下', '我想问个问题', '想问个问题', '问个问题', '可以问一下吗', '可以问吗', '我想咨询', '想咨询', '哈喽', '嗨',
    '你是机器人吗', '是机器人吗', '是真人吗', '是人工吗', '你是谁', '能说中文吗', '可以用中文吗', '会说中文吗', '有会说中文的人吗', '有没有会说中文的', '可以用', '能用', '中文', '汉语', '普通话', '广东话', '繁体', '简体', '吗',
    '这是测试消息', '这是测试', '测试消息', '测试一下', '测试', '试一下', '试试',
    '我再想想看', '我再想想', '再想想看', '再想想', '想想看', '我考虑一下', '我再考虑一下', '再考虑一下', '考虑一下', '回头再联系', '回头再说', '回头见', '下次再聊', '改天再聊', '晚点再说', '晚点再聊', '晚点再联系', '我再联系你们', '再联系',
    '明天见', '下次见', '拜拜', '晚安', '先这样', '就这样', '没事了', '没别的了', '就这些', '我去睡了', '去睡了', '睡了', '我', '了', '先',
    '只是打个招呼', '就是打个招呼', '打个招呼', '随便聊聊', '随便问问', '没什么事', '没啥事', '抱歉回复晚了', '不好意思回复晚了', '回复晚了', '手机没电了', '手机没电', '没电了',
    '我再想一想', '我想一想', '想一想', '我考虑考虑', '考虑考虑', '再跟你们说', '再跟你说', '再联系你们', '联系你们', '晚点', '回头', '再说吧', '再说', '吧',
  ],
  ko: [
    '저기요', '실례합니다', '혹시', '궁금한 게 있어요', '궁금한 게 있는데요', '질문 있어요', '질문이 있어요', '질문이 있습니다', '물어볼 게 있어요', '여쭤볼 게 있어요', '뭐 좀 물어봐도 될까요', '물어봐도 될까요', '여쭤봐도 될까요', '문의할 게 있어요',
    '누구 있어요', '누구 계세요', '계세요', '죄송한데요', '죄송하지만', '바쁘신데 죄송해요', '귀찮게 해서 죄송해요',
    '로봇이에요', '로봇인가요', '사람이에요', '사람인가요', '챗봇인가요', '챗봇이에요', '한국어 되나요', '한국어로 해도 되나요', '한국어 하는 분 있나요', '한국어로', '한국어', '되나요', '있나요',
    '테스트입니다', '테스트 중', '테스트', '시험 메시지', '시험삼아',
    '좀 생각해 볼게요', '생각해 볼게요', '생각해볼게요', '생각 좀 해 볼게요', '생각 좀 해볼게요', '생각해 보겠습니다', '다시 연락할게요', '다시 연락드릴게요', '나중에 연락할게요', '나중에 연락드릴게요', '나중에 다시', '또 연락할게요', '또 올게요', '다음에 또 물어볼게요', '다음에', '나중에', '다시',
    '그럼 이만', '이만', '수고하세요', '좋은 하루 보내세요', '좋은 밤 되세요', '잘 자요', '잘자요', '내일 봐요', '나중에 봐요', '다음에 봐요', '그게 다예요', '그게 다에요', '됐어요', '이제 잘게요', '잘게요', '좀', '그럼', '네',
    '그냥 말 걸어봤어요', '그냥 말 걸어 봤어요', '말 걸어봤어요', '말 걸어 봤어요', '그냥 인사드려요', '인사드려요', '그냥 연락해 봤어요', '그냥 연락해봤어요', '그냥요', '그냥',
    '답장 늦어서 죄송해요', '답장이 늦었네요', '답장 늦어서', '폰 배터리가 나가서', '배터리가 나가서', '핸드폰이 꺼져서', '폰이 꺼져서', '생각해 보고', '생각해보고', '연락드릴게요', '연락할게요',
  ],
  vi: [
    'xin lỗi đã làm phiền', 'xin lỗi làm phiền', 'làm phiền', 'có ai ở đó không', 'có ai không', 'có ai đó không', 'alo', 'xin hỏi', 'em hỏi chút', 'ad ơi', 'admin ơi', 'ơi', 'chào',
    'có ai nói tiếng việt không', 'có ai biết tiếng việt không', 'nói tiếng việt được không', 'nói tiếng việt', 'viết tiếng việt được không', 'tiếng việt', 'được không', 'là người thật hay máy', 'là người thật', 'bạn là robot à', 'là robot',
    'tin nhắn thử', 'nhắn thử', 'thử thôi', 'thử', 'test', 'kiểm tra',
    'để em suy nghĩ thêm', 'để tôi suy nghĩ thêm', 'để em suy nghĩ', 'để tôi suy nghĩ', 'em sẽ suy nghĩ', 'suy nghĩ thêm', 'em sẽ liên lạc lại sau', 'tôi sẽ liên lạc lại sau', 'liên lạc lại sau', 'em nhắn lại sau', 'nhắn lại sau', 'hỏi lại sau',
    'hẹn gặp lại', 'chúc ngủ ngon', 'ngủ ngon', 'chào nhé', 'vậy thôi', 'thế thôi', 'chỉ vậy thôi', 'em đi ngủ đây', 'đi ngủ đây', 'dạ', 'ạ', 'em', 'nhé', 'sau',
    'để mình suy nghĩ thêm', 'để mình suy nghĩ', 'để tớ suy nghĩ', 'để tui suy nghĩ', 'mình sẽ suy nghĩ', 'suy nghĩ thêm', 'suy nghĩ', 'nhắn lại sau nhé', 'nhắn lại sau', 'nhắn lại', 'liên lạc lại', 'mình', 'tớ', 'tui', 'tôi', 'rồi', 'thêm',
    'chỉ chào thôi', 'chào hỏi chút thôi', 'nhắn cho vui thôi', 'xin lỗi trả lời muộn', 'xin lỗi nhắn lại muộn', 'trả lời muộn', 'điện thoại hết pin', 'điện thoại em hết pin', 'hết pin', 'nên giờ mới', 'giờ mới trả lời', 'giờ mới nhắn',
  ],
  ne: [
    'दुःख दिएकोमा माफ गर्नुहोला', 'दुःख दिएकोमा माफ गर्नुहोस्', 'दुख दिएकोमा माफ गर्नुहोला', 'माफ गर्नुहोला', 'माफ गर्नुहोस्', 'एउटा कुरा सोध्न मिल्छ', 'केही सोध्न मिल्छ', 'सोध्न मिल्छ', 'कोही हुनुहुन्छ', 'हजुर',
    'dukha diyekoma maaf garnuhola', 'maaf garnuhola', 'maaf garnuhos', 'sodhna milchha', 'sodhna milcha', 'kohi hunuhunchha', 'kohi hunuhuncha',
    'नेपाली भाषामा', 'नेपालीमा', 'नेपाली', 'कुरा गर्ने', 'बोल्ने', 'nepali bhasa ma', 'nepali ma', 'nepali', 'kura garne', 'bolne',
    'परीक्षणको लागि', 'परीक्षण', 'टेस्ट', 'पठाएको', 'म्यासेज', 'सन्देश', 'test message', 'test', 'pariksan', 'pathayeko', 'message',
    'सोचेर भन्छु', 'पछि फेरि सम्पर्क गर्छु', 'पछि सम्पर्क गर्छु', 'फेरि सम्पर्क गर्छु', 'पछि कुरा गरौंला', 'फेरि भेटौंला', 'शुभ रात्री', 'शुभरात्री', 'अब सुत्छु', 'सुत्छु', 'भात खाइसकेँ', 'खाना खाइसकेँ',
    'sochera bhanchhu', 'pachhi sampark garchhu', 'pachi sampark garchu', 'pheri bhetaula', 'subha ratri', 'aba sutchhu', 'sutchhu', 'bhat khaisake', 'khana khaisake', 'अब', 'हो', 'है',
    'म अलि सोचेर', 'म सोचेर', 'म पछि', 'म फेरि', 'अलि सोचेर', 'सोचेर', 'फेरि म्यासेज गर्छु', 'पछि म्यासेज गर्छु', 'म्यासेज गर्छु', 'फेरि सम्पर्क गर्छु', 'सम्पर्क गर्छु', 'पछि', 'फेरि', 'अलि',
    'ma ali sochera', 'ali sochera', 'sochera', 'pheri message garchhu', 'pheri message garchu', 'message garchhu', 'message garchu', 'pheri', 'pachhi', 'pachi', 'ali',
    'त्यसै म्यासेज गरेको', 'त्यसै', 'ढिलो जवाफ दिएकोमा माफ गर्नुहोस्', 'ढिलो जवाफ', 'फोनको ब्याट्री सकियो', 'ब्याट्री सकियो', 'फोन बन्द भयो',
  ],
  tl: [
    'pwede po magtanong', 'pwede magtanong', 'puwede po bang magtanong', 'pwede po bang magtanong', 'magtatanong lang po', 'tanong lang po', 'may tao po ba dyan', 'may tao po ba', 'may tao ba', 'pasensya na po sa abala', 'pasensya na sa abala', 'paumanhin po', 'hello po', 'hi po',
    'may nakakapagsalita ba ng tagalog', 'may marunong ba ng tagalog', 'pwede po bang tagalog', 'tagalog', 'robot ka ba', 'bot ba to', 'tao ba to',
    'test lang po', 'test lang', 'testing lang', 'testing', 'test',
    'pag iisipan ko po muna', 'pag iisipan ko po', 'pag iisipan ko muna', 'pag iisipan ko', 'iisipin ko muna', 'babalik na lang ako', 'babalikan ko po kayo', 'babalikan ko kayo', 'message ulit ako mamaya', 'mamaya na lang ulit', 'sa susunod na lang', 'ingat po', 'good night po', 'matutulog na ako', 'tulog na ako',
    'yun lang po', 'yun lang', 'iyon lang po', 'po', 'muna', 'lang', 'ako',
    'nangangamusta lang po', 'nangangamusta lang', 'kumusta po', 'kumusta', 'wala lang po', 'wala lang', 'sorry late reply', 'sorry po late reply', 'pasensya na late reply', 'late reply',
    'namatay phone ko', 'namatay yung phone ko', 'namatay ang phone ko', 'namatay cellphone ko', 'namatay yung cellphone ko', 'namatay cp ko', 'namatay yung cp ko', 'na lowbat ako', 'nalowbat ako', 'lowbat ako', 'na lowbat', 'nalowbat', 'lowbat',
    'kaya ngayon lang ako nakareply', 'ngayon lang ako nakareply', 'ngayon lang nakareply', 'ngayon lang ako nakasagot', 'nakareply', 'nakapagreply', 'nakasagot', 'kanina', 'kaya', 'ngayon lang',
    'balikan kita', 'babalikan kita', 'babalik ako',
  ],
  pt: [
    'posso perguntar uma coisa', 'posso fazer uma pergunta', 'uma pergunta', 'tenho uma dúvida', 'uma dúvida', 'desculpa incomodar', 'desculpe incomodar', 'desculpe o incômodo', 'com licença', 'tem alguém aí', 'alguém aí', 'oi', 'oii', 'e aí',
    'alguém fala português', 'fala português', 'posso escrever em português', 'em português', 'português', 'você é um robô', 'é um robô', 'é uma pessoa de verdade',
    'mensagem de teste', 'isso é um teste', 'é um teste', 'só testando', 'testando', 'teste',
    'até mais', 'até logo', 'até amanhã', 'até depois', 'até breve', 'tchau', 'falou', 'vou pensar e te falo', 'vou pensar e volto', 'vou pensar', 'depois eu volto', 'depois eu falo', 'depois te falo', 'volto depois', 'depois mando mensagem',
    'vou dormir', 'só isso', 'é só isso', 'era só isso', 'valeu', 'por enquanto', 'então', 'é isso',
    'vou pensar com calma', 'vou pensar melhor', 'com calma', 'depois volto a falar com vocês', 'depois volto a falar', 'volto a falar com vocês', 'volto a falar', 'depois falo com vocês', 'falo com vocês', 'te aviso depois', 'depois te aviso', 'depois aviso', 'qualquer coisa eu volto', 'qualquer coisa',
    'só passando pra dar um oi', 'só pra dar um oi', 'dar um oi', 'só passando', 'tudo bem', 'desculpa a demora', 'desculpe a demora', 'meu celular descarregou', 'o celular descarregou', 'celular descarregou', 'fiquei sem bateria', 'por isso só respondi agora', 'só respondi agora', 'e depois', 'depois', 'com vocês', 'e', 'eu',
  ],
  id: [
    'boleh tanya sesuatu', 'boleh tanya', 'mau nanya', 'numpang nanya', 'maaf mengganggu', 'maaf ganggu', 'ada orang di sana', 'ada orang', 'ada admin', 'min', 'kak', 'permisi kak',
    'ada yang bisa bahasa indonesia', 'bisa bahasa indonesia', 'bahasa indonesia', 'ini robot', 'ini bot', 'apakah ini bot',
    'pesan percobaan', 'cuma tes', 'ini tes', 'tes tes', 'tes', 'test', 'cek',
    'nanti saya hubungi lagi', 'nanti saya kabari lagi', 'nanti saya chat lagi', 'nanti saya tanya lagi', 'nanti aku kabarin lagi', 'nanti hubungi lagi', 'saya pikir pikir dulu', 'pikir pikir dulu', 'saya pertimbangkan dulu',
    'sampai jumpa lagi', 'sampai jumpa', 'sampai nanti', 'dadah', 'selamat tidur', 'mau tidur dulu', 'itu saja', 'itu aja', 'sudah itu saja', 'udah itu aja', 'dulu', 'ya',
    'cuma mau nyapa', 'cuma nyapa', 'iseng aja', 'cuma iseng', 'maaf baru balas', 'maaf baru sempat balas', 'maaf telat balas', 'hp saya mati', 'hp aku mati', 'hp mati', 'hp lowbat', 'baterai habis', 'makanya baru balas',
    'saya pikirkan dulu', 'aku pikir dulu', 'pikir dulu', 'nanti saya kabari', 'nanti aku kabarin', 'nanti kabari', 'nanti', 'lagi',
  ],
};

/**
 * The words a resident puts around small talk without saying anything more: particles, sighs, laughs, "ok",
 * pronouns, and the ways of addressing whoever reads (kak, po, ate, chị, 님, moça). Round after round a closer
 * the lists knew word for word came back to the model for one of these ("Ok kak, …", «Dạ ok chị, …», 「うーん、…ね」),
 * and the model read it as a goodbye letter. They are no concern on their own and are ignored when deciding
 * that a message is only small talk. Never here: a negation, "never", "last", "forever", "everything", "all"
 * — the words that turn a closer into a farewell ("I won't write again", 「もう連絡しません」, «não vou voltar»).
 */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const FILLERS: Readonly<Record<string, readonly string[]>> = {
  ja: ['はーい', 'はいはい', 'はい', 'ええ', 'うん', 'うーん', 'ううん', 'うーむ', 'えっと', 'ええと', 'えーと', 'あのー', 'あの', 'あっ', 'えー', 'へー', 'おお', 'なるほど', 'そうですか', 'そうなんですね', '了解', 'りょうかい', 'おけ', 'ok', 'ww', 'www', '笑',
    '私', 'わたし', '僕', 'ぼく', '自分', 'さん', 'ね', 'よ'],
  en: ['ok', 'okay', 'okie', 'kk', 'k', 'alright', 'all right', 'sure', 'yes', 'yeah', 'yep', 'yup', 'right', 'cool', 'perfect', 'sounds good', 'understood', 'noted', 'will do', 'no problem', 'no worries',
    'lol', 'lmao', 'haha', 'hahaha', 'hehe', 'hmm', 'hm', 'um', 'umm', 'uh', 'ah', 'oh', 'ahh', 'well', 'anyway', 'anyways', 'honestly', 'actually', 'we', 'us', 'my', 'u', 'ya', 'yall', 'guys', 'sir', 'maam', 'miss', 'dear', 'first', 'it', 'will', 'can', 'to', 'with', 'on', 'at', 'about', 'this'],
  zh: ['嗯嗯', '嗯', '哦哦', '呃', '额', '哈哈哈', '嘿嘿', '呵呵', '好的', '好吧', '行', '可以', 'ok', '那个', '那', '我们', '你们', '你', '您', '亲', '老师', '的', '呀', '嘛', '哇', '咯', '哈', '一下'],
  ko: ['네네', '넵', '넹', '예', '아아', '아', '음', '어', '오', '와', 'ㅎㅎ', 'ㅋㅋ', 'ㅠㅠ', 'ㅜㅜ', '저는', '제가', '저희', '저', '우리', '그럼', '그러면', '일단', '알겠어요', '알겠습니다', '알았어요', '알겠어', '오케이', 'ok', '그렇군요', '그렇구나', '그렇네요', '요', '님'],
  vi: ['dạ', 'vâng', 'ạ', 'ok', 'oke', 'okê', 'ừ', 'ừm', 'uhm', 'à', 'ơi', 'nha', 'nhé', 'nhá', 'nè', 'haha', 'hihi', 'chị', 'anh', 'em', 'chú', 'bác', 'bạn', 'mình', 'tôi', 'tui', 'tớ', 'con', 'sẽ', 'để', 'thì', 'vậy', 'rồi', 'bye', 'bye bye'],
  ne: ['हजुर', 'हस्', 'ठिक छ', 'ठीक छ', 'ठिकै छ', 'ल है', 'ओके', 'ok', 'म', 'हामी', 'तपाईं', 'दिदी', 'दाइ', 'सर', 'है', 'नि',
    'hajur', 'has', 'thik cha', 'thik chha', 'thikai cha', 'la', 'ma', 'hami', 'didi', 'dai', 'sir', 'hai', 'ni'],
  tl: ['po', 'opo', 'ok', 'okay', 'sige', 'oo', 'ay', 'ah', 'eh', 'haha', 'hehe', 'ate', 'kuya', 'maam', 'sir', 'ko', 'ako', 'kami', 'namin', 'kayo', 'kita', 'na', 'lang', 'muna', 'din', 'rin', 'yung', 'mga', 'itong', 'ito', 'bye', 'bye bye', 'babye'],
  pt: ['ok', 'okay', 'beleza', 'blz', 'tá', 'ta', 'tá bom', 'certo', 'tudo certo', 'ah', 'hum', 'hmm', 'né', 'kkk', 'kkkk', 'kkkkk', 'rs', 'haha', 'moça', 'moço', 'amiga', 'amigo', 'senhora', 'senhor', 'querida', 'gente',
    'eu vou', 'vou', 'eu', 'a gente', 'nós', 'te', 'vocês', 'você', 'aqui', 'então', 'tipo', 'e', 'o', 'a'],
  id: ['ok', 'oke', 'okay', 'sip', 'siap', 'baik', 'baiklah', 'ya', 'iya', 'yaa', 'deh', 'dong', 'sih', 'nih', 'tuh', 'aja', 'saja', 'kak', 'kakak', 'mbak', 'mas', 'bu', 'pak', 'min', 'aku', 'saya', 'kami', 'kita', 'wkwk', 'wkwkwk', 'haha', 'hehe', 'hmm', 'duh', 'bye', 'bye bye', 'dah'],
};

/**
 * Answers inside a conversation, which say nothing of their own: yes, that's right, it is about my mother
 * (the reply to "who is this about?"), a follow-up on what was asked yesterday, "I'll call tomorrow"
 * («Dạ đúng rồi, là mẹ em ạ», 「はい、母です」, 對，是我爸爸, «Sige po, tatawag na lang ako bukas», "following up
 * on what I asked yesterday"). The model read a family member named and nothing else, or "tomorrow", as a
 * danger; a message of nothing else is not given to it. A family member with any other word — hits,
 * hospital, not coming home — is read whole, by the model and the lexicons alike.
 */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const ANSWERS: Readonly<Record<string, readonly string[]>> = {
  ja: ['そうです', 'そうですね', 'はいそうです', 'その通りです', 'あっています', '合っています', 'です', 'のことです', 'について', 'の件です', 'の件で', 'の件ですが',
    '母', 'はは', '父', 'ちち', 'お母さん', 'おかあさん', 'お父さん', 'おとうさん', '母親', '父親', '夫', 'おっと', '主人', 'しゅじん', '妻', 'つま', '息子', 'むすこ', '娘', 'むすめ', '祖母', 'そぼ', '祖父', 'そふ', '自分です', 'じぶんです', '本人です', 'ほんにんです',
    '昨日の件ですが', '昨日の件なんですが', 'ですが', '昨日の件', 'きのうのけん', '昨日の続き', 'きのうのつづき', '先日の件', 'せんじつのけん', '昨日聞いた', 'きのうきいた', '昨日の質問', '電話します', 'でんわします', '電話しますね', '明日電話します', 'あした でんわ します'],
  en: ['yes', 'yeah', 'thats right', 'that is right', 'correct', 'exactly', 'its', 'it is', 'its about', 'about', 'its for', 'for', 'shes', 'hes', 'she is', 'he is',
    'my mother', 'my mom', 'my mum', 'my father', 'my dad', 'my husband', 'my wife', 'my son', 'my daughter', 'my grandmother', 'my grandma', 'my grandfather', 'my grandpa', 'my partner', 'my brother', 'my sister', 'myself', 'me',
    'following up', 'follow up', 'following up on', 'on what i asked', 'what i asked', 'i asked', 'asked', 'yesterday', 'my question', 'my message', 'from yesterday', 'the other day',
    'ill call', 'i will call', 'ill phone', 'call you', 'call them', 'phone them'],
  zh: ['对', '對', '是的', '没错', '对的', '是', '关于', '的事', '的事情',
    '妈妈', '我妈', '我妈妈', '爸爸', '我爸', '我爸爸', '母亲', '父亲', '老公', '我老公', '丈夫', '老婆', '我老婆', '妻子', '儿子', '我儿子', '女儿', '我女儿', '奶奶', '爷爷', '外婆', '外公', '我自己', '本人',
    '早上好', '晚上好', '下午好', '接着昨天的问题', '接着昨天', '昨天的问题', '昨天问的', '昨天的事', '上次的问题', '上次问的', '跟进一下', '打电话', '给你们打电话', '明天打电话', '再打电话', '辛苦了', '就这些'],
  ko: ['네 맞아요', '맞아요', '맞습니다', '그래요', '예', '이에요', '예요', '입니다', '에 대해서요', '일이에요', '문제예요',
    '엄마', '어머니', '어머님', '아빠', '아버지', '아버님', '남편', '아내', '와이프', '아들', '딸', '할머니', '할아버지', '저예요', '제 얘기예요', '본인이에요',
    '어제 문의한 건인데요', '어제 문의드린 건인데요', '건인데요', '인데요', '어제 문의한 건', '어제 문의드린 건', '어제 물어본 거', '어제 여쭤본 거', '어제 건', '지난번 문의', '전화할게요', '전화드릴게요', '전화 드릴게요', '내일 전화'],
  vi: ['đúng rồi', 'đúng vậy', 'đúng ạ', 'vâng đúng', 'phải', 'là', 'của', 'về',
    'mẹ em', 'mẹ tôi', 'mẹ mình', 'bố em', 'bố tôi', 'bố mình', 'ba em', 'ba tôi', 'chồng em', 'chồng tôi', 'vợ tôi', 'vợ em', 'con trai em', 'con gái em', 'con trai tôi', 'con gái tôi', 'bà em', 'ông em', 'chính em', 'chính tôi', 'mẹ', 'bố', 'ba', 'chồng', 'vợ',
    'về việc hôm qua', 'việc hôm qua', 'câu hỏi hôm qua', 'hôm qua em hỏi', 'hôm qua tôi hỏi', 'hỏi hôm qua', 'em hiểu rồi', 'tôi hiểu rồi', 'hiểu rồi', 'gọi điện', 'em gọi điện', 'mai em gọi', 'mai em gọi điện', 'gọi'],
  ne: ['हो', 'हजुर हो', 'ठिक हो', 'मेरी आमा', 'मेरो बुबा', 'आमा', 'बुबा', 'बा', 'श्रीमान', 'श्रीमती', 'छोरा', 'छोरी', 'हजुरआमा', 'हजुरबुबा', 'म आफैं', 'मेरो बारेमा',
    'ho', 'hajur ho', 'thik ho', 'meri aama', 'mero buba', 'aama', 'buba', 'ba', 'shreeman', 'shrimati', 'chhora', 'chhori', 'hajurama', 'hajurbuba',
    'हिजोको कुरा', 'हिजो सोधेको', 'hijo ko kura', 'hijo sodheko', 'फोन गर्छु', 'phone garchhu', 'phone garchu'],
  tl: ['oo', 'opo', 'tama', 'tama po', 'oo po', 'yes po', 'siya', 'si', 'ang', 'para po sa', 'para', 'sa',
    'nanay ko', 'mama ko', 'tatay ko', 'papa ko', 'asawa ko', 'mister ko', 'misis ko', 'anak ko', 'lola ko', 'lolo ko', 'ako mismo', 'para sa',
    'tungkol sa tanong ko kahapon', 'sa tanong ko kahapon', 'tanong ko kahapon', 'kahapon', 'follow up', 'tatawag', 'tatawag na lang', 'tatawagan', 'tatawagan ko', 'bukas'],
  pt: ['sim', 'isso', 'isso mesmo', 'exato', 'exatamente', 'é', 'é a', 'é o', 'é sobre', 'sobre', 'da', 'do',
    'minha mãe', 'meu pai', 'meu marido', 'minha esposa', 'minha mulher', 'meu filho', 'minha filha', 'minha avó', 'meu avô', 'eu mesma', 'eu mesmo', 'mãe', 'pai',
    'sobre o que perguntei ontem', 'o que perguntei ontem', 'perguntei ontem', 'a pergunta de ontem', 'de ontem', 'dando continuidade', 'continuando', 'ligo amanhã', 'vou ligar', 'eu ligo', 'ligo'],
  id: ['iya', 'ya betul', 'betul', 'benar', 'bener', 'iya benar', 'itu', 'untuk', 'tentang',
    'ibu saya', 'bapak saya', 'ayah saya', 'suami saya', 'istri saya', 'anak saya', 'nenek saya', 'kakek saya', 'mama saya', 'papa saya', 'ibu aku', 'ibuku', 'ayahku', 'suamiku', 'saya sendiri', 'aku sendiri',
    'lanjutan yang kemarin', 'yang kemarin', 'pertanyaan kemarin', 'soal kemarin', 'kemarin saya tanya', 'saya telepon', 'aku telpon', 'nanti saya telepon', 'besok saya telepon', 'telepon', 'telpon'],
};

/**
 * A closer as its parts rather than whole sentences: think it over / check / ask (the family, when it is named
 * with asking: see `COMPLAINTS`) — then — contact, message, reply, come back — later, tomorrow, next week, again
 * ("let me check and I'll message you tomorrow", 「家族と相談してから、また明日連絡します」, 我回去想想改天再来问,
 * 가족이랑 얘기해 보고 내일 다시 연락할게요, «vou ver e amanhã te respondo», «besok aku chat lagi»). In any
 * order and with any filler between. "Sorry for the late reply" and "no more questions" likewise.
 * No part says an end: "I won't write again", 「もう連絡しません」 keep a word that is not here.
 */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const CLOSER_PARTS: Readonly<Record<string, readonly string[]>> = {
  ja: ['窓口に行きます', 'まどぐちにいきます', '区役所に行きます', 'くやくしょにいきます', '行ってみます', 'いってみます', '伺います', 'うかがいます', '考えてみ', 'かんがえてみ', '考えて', 'かんがえて', '考えます', '相談して', 'そうだんして', '相談します', '確認して', 'かくにんして', '確認します', '調べて', 'しらべて', '一度', 'いちど', 'から', 'ます', 'ますね', 'おきます',
    'また', 'あとで', '後で', '明日', 'あした', 'あす', '来週', 'らいしゅう', '今度', 'こんど', '改めて', 'あらためて', '連絡', 'れんらく', '返事', 'へんじ', '返信', 'へんしん', 'メッセージ', '送ります', 'おくります', '来ます', 'きます', '聞きます', 'ききます', 'します', 'しますね', 'いたします',
    'ここでいいのかわかりませんが', 'ここで合っているかわかりませんが', 'ここであっているかわかりませんが', 'ここでいいですか', 'ここであっていますか',
    'もう質問はありません', '質問はもうないです', 'ほかに質問はありません', '大丈夫になりました', '解決しました', 'かいけつしました'],
  en: ['ill go to the counter', 'go to the counter', 'go to the ward office', 'go to the office', 'come to the office', 'come by', 'drop by', 'go there', 'ill go', 'let me', 'lemme', 'ill', 'i will', 'well', 'im going to', 'gonna', 'i need to', 'i have to', 'ill have to', 'i can', 'think about it', 'think it over', 'think', 'check with', 'check and', 'check on it', 'look into it', 'have a look', 'sleep on it', 'ask', 'talk to', 'talk with', 'discuss it with', 'consult',
    'and then', 'then', 'after that', 'message', 'text', 'reply', 'write', 'contact', 'get back to', 'get back', 'call you back', 'call back', 'back', 'call', 'email', 'come back', 'be back', 'answer', 'respond', 'reach out', 'follow up', 'hit you up',
    'later', 'tomorrow', 'again', 'next week', 'tonight', 'soon', 'in a bit', 'in a while', 'another time', 'this evening', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'the weekend',
    'not sure if this is the right place', 'not sure this is the right place', 'if this is the right place', 'the right place to ask', 'the right place', 'not sure who to ask',
    'no more questions', 'no other questions', 'all set', 'all clear', 'sorted', 'that helps', 'that helped', 'helpful'],
  zh: ['去窗口', '去区役所', '去区政府', '过去办', '去办', '明白了', '回去', '想想', '想一想', '考虑', '商量一下', '商量', '讨论一下', '看看', '确认一下', '确认', '问问', '问一下', '然后', '再', '明天', '后天', '下周', '下个星期', '改天', '晚点', '晚些', '回头', '稍后', '之后',
    '联系你们', '联系你', '联系', '联络', '来问', '问', '回复你们', '回复你', '回复', '回你们', '回你', '答复', '发消息', '发信息', '告诉你们', '告诉你', '来', '过来',
    '不知道问这里对不对', '不知道是不是在这里问', '不知道这里能不能问', '问这里对吗', '这里对吗',
    '没有问题了', '没问题了', '没有别的问题', '解决了'],
  ko: ['창구에 갈게요', '구청에 갈게요', '가 볼게요', '가볼게요', '방문할게요', '생각해 보고', '생각해보고', '생각 좀 해 보고', '얘기해 보고', '얘기해보고', '이야기해 보고', '이야기해보고', '상의해 보고', '상의해보고', '의논해 보고', '확인해 보고', '확인해보고', '확인하고', '알아보고', '좀 더', '더',
    '내일', '모레', '다음 주', '다음주', '이따가', '이따', '나중에', '다시', '또', '연락할게요', '연락드릴게요', '연락 드릴게요', '말씀드릴게요', '말씀 드릴게요', '알려 드릴게요', '알려드릴게요', '답장할게요', '답장 드릴게요', '답장드릴게요', '물어볼게요', '여쭤볼게요', '올게요', '보낼게요',
    '여기가 맞는지 모르겠는데', '여기가 맞는지 모르겠지만', '여기서 물어봐도 되는지', '여기 맞나요',
    '더 궁금한 거 없어요', '궁금한 거 없어요', '해결됐어요', '해결되었어요'],
  vi: ['lên quầy', 'ra quầy', 'đến quầy', 'lên phường', 'lên kuyakusho', 'đến văn phòng', 'em hiểu rồi', 'hỏi lại', 'hỏi ý', 'xem lại', 'xem', 'bàn với', 'bàn lại', 'suy nghĩ', 'nghĩ thêm', 'sau đó', 'ngày mai', 'mai em', 'mai mình', 'mai tôi', 'mai tớ', 'mai tui', 'sáng mai', 'rồi mai', 'tuần sau', 'lát nữa', 'lát', 'sau', 'lại',
    'nhắn lại', 'nhắn', 'báo lại', 'báo', 'trả lời', 'liên lạc', 'gọi lại', 'không biết có đúng chỗ không', 'không biết hỏi ở đây có đúng không', 'đúng chỗ không', 'hết thắc mắc', 'không còn thắc mắc', 'không còn câu hỏi', 'giải quyết xong'],
  ne: ['कार्यालय जान्छु', 'त्यहाँ जान्छु', 'जान्छु', 'बुझेँ', 'karyalaya janchhu', 'tyaha janchhu', 'janchhu', 'bujhe', 'सोचेर', 'सोधेर', 'सल्लाह गरेर', 'भोलि', 'पछि', 'फेरि', 'म्यासेज गर्छु', 'लेख्छु', 'सम्पर्क गर्छु', 'जवाफ दिन्छु', 'भन्छु', 'फोन गर्छु',
    'sochera', 'sodhera', 'bholi', 'pachhi', 'pachi', 'pheri', 'message garchhu', 'message garchu', 'lekhchhu', 'lekhchu', 'sampark garchhu', 'bhanchhu', 'phone garchhu'],
  tl: ['pupunta ako sa', 'pupunta ako', 'pupunta', 'sa counter', 'sa city hall', 'sa kuyakusho', 'naintindihan ko na', 'gets ko na', 'tatanungin', 'itatanong', 'tanungin', 'iisipin', 'pag iisipan', 'pag usapan', 'pag uusapan', 'bukas', 'mamaya', 'ulit', 'babalikan', 'balikan', 'babalik', 'message', 'mag message', 'magmessage', 'itetext', 'text', 'sasabihan', 'sabihan', 'reply',
    'sorry po sa abala', 'sorry sa abala', 'pasensya po sa abala', 'hindi ko sure kung tama ba', 'di ko sure kung tama ba', 'hindi ko alam kung tama ba', 'kung tama ba', 'tong napuntahan', 'ito ang tamang lugar', 'tamang lugar', 'napuntahan',
    'ayos na', 'okay na', 'wala na akong tanong', 'wala na po akong tanong', 'wala nang tanong', 'dadalhin', 'papel', 'papeles', 'dokumento'],
  pt: ['vou lá', 'vou na prefeitura', 'vou no balcão', 'passo lá', 'entendi', 'vou ver', 'vou pensar', 'vou conversar', 'vou falar', 'vou perguntar', 'conversar com', 'falar com', 'perguntar', 'ver com', 'e amanhã', 'amanhã', 'semana que vem', 'mais tarde', 'depois', 'de novo',
    'volto', 'te mando mensagem', 'mando mensagem', 'te respondo', 'respondo', 'te chamo', 'chamo', 'te falo', 'retomo', 'retorno', 'entro em contato', 'aviso',
    'não sei se é aqui', 'não sei se é o lugar certo', 'se é o lugar certo', 'o lugar certo', 'não sei se posso perguntar aqui',
    'sem mais dúvidas', 'sem mais perguntas', 'tudo resolvido', 'resolvido'],
  id: ['sudah paham', 'udah paham', 'paham', 'saya ke loket', 'ke loket', 'ke kantor kelurahan', 'ke kantor', 'ke kuyakusho', 'ke sana', 'datang', 'pikir pikir', 'pikirin', 'pikir', 'diskusi', 'ngobrol', 'tanya', 'dulu', 'besok', 'nanti', 'lagi', 'minggu depan', 'chat', 'kabari', 'kabarin', 'hubungi', 'balas', 'bales', 'ga tau bener di sini', 'nggak tahu bener di sini', 'bener di sini', 'tempat yang benar', 'udah jelas', 'sudah jelas', 'ga ada pertanyaan lagi', 'tidak ada pertanyaan lagi'],
};

/**
 * Parts of a closer or an apology that are small talk only beside their other half, used like `COMPLAINTS`: the
 * family when asking them is named ("I'll ask my husband", 「夫と相談して」, 跟老公商量, 남편이랑 얘기해 보고,
 * «hỏi lại chồng em», «tanungin ko asawa ko», «conversar com meu marido», «tanya suami dulu») — but not "tell my
 * husband I'm sorry" —, and "sorry" and "I was busy" beside a late reply ("sorry for the slow reply, I was at
 * work", «maaf baru bales, tadi sibuk») — but not "sorry for everything".
 */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const PAIRED: Readonly<Record<string, readonly Complaint[]>> = {
  ja: [
    { words: ['家族と', 'かぞくと', '夫と', 'おっとと', '主人と', 'しゅじんと', '妻と', 'つまと', '親と', 'おやと', '両親と', 'りょうしんと', '彼と', 'かれと', '彼女と', 'かのじょと', '会社と', 'かいしゃと'],
      causes: ['相談', 'そうだん', '話して', 'はなして', '話し合って', 'はなしあって', '考えて', 'かんがえて', '確認して', 'かくにんして'] },
    { words: ['すみません', 'ごめんなさい', 'ごめん', '仕事でした', 'しごとでした', '仕事中でした', 'しごとちゅうでした', 'バイトでした', '忙しくて', 'いそがしくて', '寝てました', 'ねてました'],
      causes: ['返事がおそくなりました', '返事が遅くなりました', '返信が遅くなりました', '返信がおそくなりました', '遅くなりました', 'おそくなりました', '返事遅れて', '返信遅れて', '遅れてすみません', 'おそれてすみません'] },
  ],
  en: [
    { words: ['wife', 'husband', 'partner', 'family', 'parents', 'mom', 'mum', 'dad', 'boss', 'landlord', 'son', 'daughter', 'kids', 'friend', 'the family', 'them', 'him', 'her'],
      causes: ['ask', 'check with', 'talk to', 'talk with', 'discuss it with', 'consult'] },
    { words: ['sorry', 'so sorry', 'im sorry', 'apologies', 'i was', 'was', 'busy', 'at work', 'working', 'driving', 'asleep', 'sleeping', 'out', 'all day', 'all morning'],
      causes: ['late reply', 'slow reply', 'late response', 'slow response', 'replying late', 'the late reply', 'the slow reply', 'the delay', 'just saw this', 'just seen this', 'the right place', 'to bother you'] },
  ],
  zh: [
    { words: ['老公', '老婆', '家人', '家里人', '爸妈', '父母', '孩子', '男朋友', '女朋友', '我跟', '我和', '跟', '和'],
      causes: ['商量', '讨论', '问问', '问一下', '确认'] },
    { words: ['不好意思', '抱歉', '刚才', '刚刚', '在上班', '在忙', '太忙了', '很忙', '忙'], causes: ['回复晚了', '回晚了', '回得晚', '才看到', '现在才回', '刚看到'] },
  ],
  ko: [
    { words: ['가족이랑', '가족하고', '가족과', '남편이랑', '남편하고', '남편과', '아내랑', '와이프랑', '부모님이랑', '부모님하고', '엄마랑', '아빠랑', '회사랑'],
      causes: ['얘기해', '이야기해', '상의해', '의논해', '물어보고', '확인해'] },
    { words: ['죄송해요', '죄송합니다', '미안해요', '일하느라', '바빠서', '자느라', '정신이 없어서'], causes: ['답장 늦어서', '답장이 늦어서', '답장이 늦었', '늦게 봤', '이제 봤', '답이 늦어서', '연락이 늦어서'] },
  ],
  vi: [
    { words: ['chồng em', 'chồng', 'vợ em', 'vợ', 'gia đình', 'bố mẹ', 'ba mẹ', 'nhà em', 'người nhà'], causes: ['hỏi lại', 'hỏi ý', 'bàn với', 'bàn lại', 'hỏi'] },
    { words: ['xin lỗi', 'sorry', 'bận quá', 'bận', 'đang làm', 'đi làm mới về', 'mới về', 'đi làm về', 'đi làm', 'em bận'], causes: ['trả lời muộn', 'trả lời trễ', 'nhắn lại muộn', 'rep muộn', 'rep trễ', 'giờ mới thấy', 'giờ mới đọc'] },
  ],
  ne: [
    { words: ['श्रीमानसँग', 'श्रीमतीसँग', 'परिवारसँग', 'घरमा', 'आमासँग', 'बुबासँग', 'shrimansanga', 'parivarsanga', 'ghar ma'], causes: ['सोधेर', 'सल्लाह गरेर', 'कुरा गरेर', 'sodhera', 'kura garera'] },
    { words: ['माफ गर्नुहोस्', 'माफ गर्नुहोला', 'sorry', 'कामले', 'व्यस्त', 'busy'], causes: ['ढिलो जवाफ', 'ढिलो रिप्लाई', 'dhilo jawaf', 'dhilo reply'] },
  ],
  tl: [
    { words: ['asawa ko', 'asawa', 'pamilya ko', 'pamilya', 'mister ko', 'misis ko', 'nanay ko', 'tatay ko', 'amo ko'], causes: ['tatanungin', 'itatanong', 'tanungin', 'pag uusapan', 'pag usapan', 'kakausapin'] },
    { words: ['tapos', 'pagkatapos'], causes: ['babalikan', 'balikan', 'message', 'mag message', 'itetext', 'text', 'reply', 'mamaya', 'bukas'] },
    { words: ['sorry', 'pasensya na', 'pasensya', 'busy', 'busy sa trabaho', 'sa trabaho', 'nasa trabaho'], causes: ['late reply', 'ngayon lang nakareply', 'ngayon lang nakasagot', 'ngayon lang nakita', 'nakareply'] },
  ],
  pt: [
    { words: ['meu marido', 'minha esposa', 'minha mulher', 'minha família', 'meus pais', 'minha mãe', 'meu pai', 'meu chefe'], causes: ['conversar com', 'falar com', 'perguntar', 'ver com'] },
    { words: ['desculpa', 'desculpe', 'foi mal', 'tava trabalhando', 'estava trabalhando', 'tava ocupada', 'tava ocupado', 'correria'], causes: ['a demora', 'demorei', 'só vi agora', 'só agora', 'responder'] },
  ],
  id: [
    { words: ['suami', 'istri', 'keluarga', 'orang tua', 'ortu', 'ibu', 'bapak', 'sama'], causes: ['diskusi', 'ngobrol', 'tanya', 'omongin', 'bicarakan', 'rundingan'] },
    { words: ['maaf', 'sorry', 'tadi', 'sibuk', 'lagi sibuk', 'banget', 'kerja', 'lagi kerja'], causes: ['baru bales', 'baru balas', 'telat bales', 'telat balas', 'lama balas', 'lama bales', 'baru sempat'] },
  ],
};

/**
 * Everyday complaints, small talk only when their plain cause is named in the message: tired with the day, work,
 * a laugh or bed ("I'm so tired today lol", 「今日は疲れた笑」, 上班好累, 오늘 너무 피곤해ㅋㅋ, «cansada hoje kkk»), and
 * "can't take it" with the heat or the cold ("I can't take this heat anymore", 「暑くてもう無理」, 热得受不了, «Não
 * aguento mais esse calor», «Nóng thế này chịu không nổi nữa»). With no cause — "I'm so tired", 「もう無理」, "I can't
 * take it anymore" — or one word more ("tired of living", 「もう疲れた。全部終わりにしたい」), the model reads it all.
 * A laugh or "today" is no cause for "can't take it": only the weather is.
 */
interface Complaint {
  words: readonly string[];
  causes: readonly string[];
}
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const COMPLAINTS: Readonly<Record<string, readonly Complaint[]>> = {
  ja: [
    { words: ['疲れました', 'つかれました', '疲れた', 'つかれた', '疲れてる', 'つかれてる', 'くたくた', 'クタクタ', 'へとへと', 'ヘトヘト', 'バテた', 'ばてた', '眠い', 'ねむい', 'もう', 'なので', '仕事で', 'しごとで', 'バイトで', 'ばいとで', '残業で', 'ざんぎょうで', '夜勤で', 'やきんで', '部活で', '暑さで', 'あつさで', '何もしたくない', 'なにもしたくない', '何もする気がしない', 'なにもするきがしない'],
      causes: ['今日は', 'きょうは', '今日も', 'きょうも', '今日', 'きょう', '仕事', 'しごと', 'バイト', 'ばいと', '残業', 'ざんぎょう', '夜勤', 'やきん', '部活', '暑さ', 'あつさ', '暑くて', 'あつくて', '笑', 'もう寝ます', 'もうねます', 'もう寝る', 'もうねる', '寝ます', 'ねます', '寝る', 'ねる'] },
    { words: ['もう無理', 'もうむり', '無理', 'むり', '耐えられない', 'たえられない', 'やってられない', '溶ける', 'とける', 'バテる', 'ばてる', 'すぎて', 'くて', 'この', 'もう'],
      causes: ['暑すぎて', 'あつすぎて', '寒すぎて', 'さむすぎて', '暑すぎ', 'あつすぎ', '暑くて', 'あつくて', '暑さ', 'あつさ', '暑い', 'あつい', '寒すぎ', 'さむすぎ', '寒くて', 'さむくて', '寒さ', 'さむさ', '寒い', 'さむい', '湿気', 'しっけ'] },
    { words: ['さようなら', 'さよなら', 'さよおなら'], causes: ['それだけです', 'それだけ', '以上です', 'いじょうです', 'ではまた', 'また今度', 'またこんど', 'また連絡します', 'またれんらくします', '今日はこれで', 'きょうはこれで', 'また来ます', 'またきます', 'また明日', 'またあした', 'またね', 'また'] },
    { words: ['使うのやめようかな', 'つかうのやめようかな', '使うのやめます', 'つかうのやめます', '使うのやめた', 'つかうのやめた', 'もう使わない', 'もうつかわない', 'もう使いません', '使いにくい', 'つかいにくい', '消そうかな', 'けそうかな', '消しました', '削除しようかな', '削除します', 'アンインストール', '通知多すぎ', 'つうちおおすぎ', '通知が多すぎ', 'つうちがおおすぎ', '通知がうるさい', 'すぐ落ちる', '重すぎ', 'この', 'もう'],
      causes: ['アプリ', 'あぷり', 'ボット', 'ぼっと', '通知', 'つうち'] },
  ],
  en: [
    { words: ['so tired', 'soo tired', 'really tired', 'very tired', 'tired', 'exhausted', 'so sleepy', 'sleepy', 'wiped out', 'worn out', 'dead tired', 'knackered', 'pooped', 'im', 'i am', 'feel', 'so', 'after', 'from', 'work', 'was', 'long', 'a long day', 'what a day', 'my', 'shift'],
      causes: ['today', 'tonight', 'this morning', 'this week', 'lol', 'lmao', 'haha', 'hahaha', 'from work', 'after work', 'after my shift', 'night shift', 'a long day', 'going to bed', 'off to bed', 'need a nap', 'need coffee', 'the heat', 'this heat'] },
    { words: ['cant take', 'cant stand', 'cant handle', 'cant bear', 'cannot take', 'cannot stand', 'anymore', 'any more', 'im melting', 'melting', 'boiling', 'freezing', 'too hot', 'too cold', 'so hot', 'so cold', 'so humid', 'this', 'the', 'its', 'it is'],
      causes: ['this heat', 'the heat', 'heatwave', 'heat wave', 'this humidity', 'the humidity', 'humid', 'this cold', 'the cold', 'too hot', 'so hot', 'too cold', 'so cold', 'freezing', 'boiling', 'melting'] },
    { words: ['goodbye', 'good bye', 'bye for now'], causes: ['thats all', 'that is all', 'that was all', 'nothing else', 'for now', 'for today', 'see you', 'talk later', 'talk to you later', 'next time'] },
    { words: ['dont want to use', 'do not want to use', 'stop using', 'quit using', 'im done with', 'i am going to', 'i will', 'delete', 'deleting', 'uninstall', 'uninstalling', 'too many notifications', 'so many notifications', 'keeps crashing', 'crashes', 'hard to use', 'so slow', 'i think ill', 'im going to', 'gonna', 'this', 'anymore', 'it', 'its', 'so', 'annoying', 'i am done with', 'done with', 'keeps logging me out', 'logs me out', 'logging me out', 'keeps freezing', 'freezes', 'wont load', 'doesnt work', 'sucks', 'is useless', 'useless', 'buggy', 'honestly'],
      causes: ['app', 'this app', 'the app', 'notifications', 'this bot', 'the bot'] },
  ],
  zh: [
    { words: ['累死了', '累死我了', '累爆了', '好累', '很累', '太累了', '累了', '累', '困死了', '好困', '困了', '今天', '上班', '加班', '真的', '先', '去', '我'],
      causes: ['今天', '今日', '上班', '加班', '下班', '出差', '哈哈', '睡了', '睡觉', '晚安', '天气热', '太热'] },
    { words: ['受不了了', '真受不了', '受不了', '热死了', '热死我了', '冷死了', '冷死我了', '热得', '冷得', '这天气', '这鬼天气', '天气', '太热了', '太冷了', '这么热', '这么冷', '好热', '好冷', '真的', '了'],
      causes: ['热', '冷', '天气', '闷'] },
    { words: ['再见'], causes: ['先这样', '就这些', '下次见', '下次再聊', '回头见', '回头再联系', '明天见', '改天再聊', '晚点再聊'] },
    { words: ['我不想用了', '我不想再用了', '不想再用了', '不想用了', '不用了', '太难用了', '太难用', '很难用', '难用', '一直闪退', '一直閃退', '老是闪退', '闪退', '閃退', '卡死了', '太卡了', '通知太多了', '通知太多', '删掉了', '卸载了', '想卸载', '这个', '一直', '太', '烂透了', '太烂了', '好烂', '真烂', '垃圾', '老是', '登不上'],
      causes: ['app', '应用', '软件', '通知', '机器人'] },
  ],
  ko: [
    { words: ['너무 피곤해요', '너무 피곤해', '너무 피곤하네', '피곤해요', '피곤해', '피곤하네', '피곤하다', '지쳤어요', '지쳤어', '녹초', '졸려요', '졸려', '오늘', '오늘은', '일하고', '퇴근하고', '야근해서', '야근하고', '더워서', '너무', '자야겠다', '잘게요', 'ㅋㅋ', 'ㅋㅋㅋ', 'ㅎㅎ'],
      causes: ['오늘', '일하고', '퇴근', '야근', '출근', '더워서', 'ㅋㅋ', 'ㅎㅎ', '자야겠', '잘게요'] },
    { words: ['더워 죽겠어요', '더워 죽겠어', '더워 죽겠다', '더워서 못 살겠', '추워서 못 살겠', '못 살겠어요', '못 살겠어', '못 살겠다', '못 참겠', '미치겠', '너무 더워요', '너무 더워', '너무 추워요', '너무 추워', '더워서', '추워서', '날씨가', '날씨', '너무', '진짜'],
      causes: ['더워', '더운', '추워', '추운', '날씨', '습해'] },
    { words: ['안녕히 계세요', '안녕히 가세요'], causes: ['그게 다예요', '그게 다에요', '그럼 이만', '이만', '다음에 봐요', '나중에 봐요', '또 연락할게요', '또 연락드릴게요'] },
    { words: ['그만 쓸까 봐요', '그만 쓸까', '안 쓸래요', '안 쓸래', '이제 안 써요', '그만 쓸래요', '삭제할까 봐요', '삭제할까', '지울까 봐요', '지울까', '지웠어요', '너무 불편해요', '불편해요', '알림이 너무 많아요', '알림이 너무 많아', '자꾸 꺼져요', '계속 꺼져요', '이 앱', '이 어플', '이제', '자꾸', '그만 쓰고 싶다', '그만 쓰고 싶어요', '그만 쓰고 싶어', '튕겨요', '튕겨', '튕기고', '렉 걸려요', '짜증나', '진짜', '계속'],
      causes: ['앱', '어플', '알림'] },
  ],
  vi: [
    { words: ['mệt quá', 'mệt ghê', 'mệt xỉu', 'mệt lả', 'mệt', 'buồn ngủ quá', 'buồn ngủ', 'hôm nay', 'em', 'mình', 'tôi', 'đi làm về', 'tăng ca', 'đi ngủ đây', 'ngủ thôi', 'haha', 'hihi'],
      causes: ['hôm nay', 'đi làm về', 'tăng ca', 'đi ngủ', 'ngủ thôi', 'haha', 'hihi', 'nóng quá'] },
    { words: ['chịu không nổi nữa rồi', 'chịu không nổi nữa', 'chịu không nổi', 'không chịu nổi', 'nóng thế này', 'nóng như thế này', 'nóng quá', 'nóng', 'lạnh thế này', 'lạnh quá', 'lạnh', 'trời', 'thế này', 'nữa', 'rồi', 'thật', 'luôn'],
      causes: ['nóng', 'lạnh', 'oi bức', 'nắng'] },
    { words: ['tạm biệt', 'chào tạm biệt'], causes: ['vậy thôi', 'thế thôi', 'chỉ vậy thôi', 'hẹn gặp lại', 'nhắn lại sau'] },
    { words: ['không muốn dùng nữa', 'không dùng nữa', 'thôi không dùng', 'khó dùng quá', 'khó dùng', 'muốn xóa', 'xóa luôn', 'gỡ luôn', 'bị văng', 'cứ bị văng', 'nhiều thông báo quá', 'cái', 'này', 'nữa', 'quá', 'luôn'],
      causes: ['app', 'ứng dụng', 'thông báo'] },
  ],
  ne: [
    { words: ['धेरै थाकें', 'थाकें', 'थाकेँ', 'थकाइ लाग्यो', 'निद्रा लाग्यो', 'आज', 'कामले', 'काम गरेर', 'अब सुत्छु', 'सुत्छु', 'म', 'dherai thake', 'thake', 'thakai lagyo', 'aaja', 'aja', 'kaam le', 'sutchhu'],
      causes: ['आज', 'कामले', 'काम गरेर', 'सुत्छु', 'गर्मीले', 'aaja', 'aja', 'kaam le', 'sutchhu'] },
    { words: ['सहन सक्दिन', 'सहनै सकिएन', 'गर्मीले', 'गर्मी', 'जाडोले', 'जाडो', 'यस्तो', 'धेरै', 'अब', 'sahana sakdina', 'garmi le', 'garmi', 'jaado'],
      causes: ['गर्मी', 'जाडो', 'garmi', 'jaado'] },
    { words: ['बिदा', 'अलबिदा', 'बाइ', 'alvida', 'bye'], causes: ['यति नै', 'अहिलेलाई', 'फेरि भेटौंला', 'फेरि भेटौँला', 'पछि कुरा गरौंला', 'yati nai', 'ahile lai'] },
    { words: ['यो एप', 'चलाउन मन छैन', 'अब चलाउँदिन', 'प्रयोग गर्दिन', 'चलाउन गाह्रो छ', 'गाह्रो छ', 'डिलिट गर्छु', 'yo app', 'chalauna man chhaina', 'delete garchhu'],
      causes: ['एप', 'app', 'नोटिफिकेसन'] },
  ],
  tl: [
    { words: ['pagod na pagod', 'sobrang pagod', 'pagod', 'antok na antok', 'inaantok', 'ako', 'na', 'ngayon', 'ngayong araw', 'sa trabaho', 'galing trabaho', 'haha', 'hahaha', 'matutulog na', 'tulog na'],
      causes: ['ngayon', 'sa trabaho', 'galing trabaho', 'haha', 'matutulog', 'tulog na'] },
    { words: ['hindi ko na kaya', 'di ko na kaya', 'hindi na kaya', 'ang init', 'sobrang init', 'init', 'ang lamig', 'lamig', 'grabe', 'talaga', 'na'],
      causes: ['init', 'lamig', 'alinsangan'] },
    { words: ['paalam', 'paalam po'], causes: ['yun lang', 'iyon lang', 'hanggang sa muli', 'sa susunod na lang', 'mamaya na lang ulit'] },
    { words: ['ayoko na gamitin', 'ayoko nang gamitin', 'hindi ko na gagamitin', 'buburahin ko na', 'i delete ko na', 'delete ko na', 'ang hirap gamitin', 'hirap gamitin', 'laging nagcrash', 'laging nagca crash', 'nagcrash', 'ang dami ng notif', 'dami ng notif', 'ito', 'itong', 'to', 'yung', 'ang', 'sa'],
      causes: ['app', 'notif', 'notification', 'notifications'] },
  ],
  pt: [
    { words: ['tão cansada', 'tão cansado', 'muito cansada', 'muito cansado', 'cansadíssima', 'cansadíssimo', 'cansada', 'cansado', 'morta de cansaço', 'morto de cansaço', 'exausta', 'exausto', 'com sono', 'estou', 'tô', 'to', 'hoje', 'hj', 'do trabalho', 'depois do trabalho', 'do serviço', 'vou dormir', 'vou deitar', 'kkk', 'kkkk', 'kkkkk', 'rs', 'haha'],
      causes: ['hoje', 'hj', 'do trabalho', 'do serviço', 'vou dormir', 'vou deitar', 'kkk', 'kkkk', 'kkkkk', 'rs', 'haha', 'calor'] },
    { words: ['não aguento mais', 'não aguento', 'não suporto mais', 'não suporto', 'esse calor', 'este calor', 'o calor', 'calor', 'esse frio', 'o frio', 'frio', 'esse', 'este', 'essa', 'desse', 'que', 'tá', 'muito', 'demais'],
      causes: ['calor', 'frio', 'abafado'] },
    { words: ['adeus'], causes: ['só isso', 'era só isso', 'é só isso', 'por enquanto', 'por hoje', 'até mais', 'até logo', 'até amanhã', 'até a próxima'] },
    { words: ['não quero mais usar', 'não vou mais usar', 'vou parar de usar', 'parar de usar', 'vou desinstalar', 'desinstalar', 'vou apagar', 'apagar', 'muito difícil de usar', 'difícil de usar', 'fica travando', 'vive travando', 'travando', 'muita notificação', 'esse', 'este', 'desse', 'acho que', 'mais', 'muito', 'o', 'é'],
      causes: ['app', 'aplicativo', 'notificação', 'notificações'] },
  ],
  id: [
    { words: ['capek banget', 'capek', 'cape banget', 'cape', 'lelah banget', 'lelah', 'ngantuk banget', 'ngantuk', 'hari ini', 'habis kerja', 'pulang kerja', 'abis kerja', 'aku', 'saya', 'mau tidur', 'tidur dulu', 'wkwk', 'wkwkwk', 'haha', 'lagi gak pengen ngobrol', 'gak pengen ngobrol', 'lagi males ngobrol', 'cuma', 'lagi'],
      causes: ['hari ini', 'habis kerja', 'pulang kerja', 'abis kerja', 'mau tidur', 'tidur dulu', 'wkwk', 'wkwkwk', 'haha'] },
    { words: ['ga kuat', 'gak kuat', 'nggak kuat', 'tidak kuat', 'ga tahan', 'gak tahan', 'nggak tahan', 'tidak tahan', 'panasnya', 'panas banget', 'panas', 'dingin banget', 'dingin', 'sama', 'lagi', 'ini'],
      causes: ['panas', 'dingin', 'gerah'] },
    { words: ['selamat tinggal'], causes: ['itu saja', 'itu aja', 'sampai jumpa', 'sampai nanti', 'nanti saya hubungi lagi'] },
    { words: ['ga mau pakai lagi', 'gak mau pake lagi', 'nggak mau pakai lagi', 'nggak mau pake lagi', 'tidak mau pakai lagi', 'mau berhenti pakai', 'mau hapus', 'hapus aja', 'uninstall aja', 'susah dipakai', 'ribet banget', 'ribet', 'error terus', 'lemot', 'notifnya banyak banget', 'ini', 'aku', 'saya', 'deh', 'aja'],
      causes: ['aplikasi', 'app', 'apk', 'notif', 'notifikasi'] },
  ],
};

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Folded phrases, longest first; Latin ones as whole words. */
const compile = (lists: Readonly<Record<string, readonly string[]>>) =>
  new Map(
    Object.entries(lists).map(([language, list]) => {
      const folded = [...new Set(list.map(normalise))].sort((a, b) => b.length - a.length);
      return [
        language,
        folded.map((f) => (/^[a-z0-9 ]+$/.test(f) ? new RegExp(`(?<= )${literal(f)}(?= )`, 'g') : f)),
      ] as const;
    }),
  );
const COMPILED = compile(FORMULAS);
/** Formulas, the talk around a concern and small talk as one list, longest first («sige po» before «po»). */
const ALL_TALK_COMPILED = compile(
  Object.fromEntries(
    [...new Set([...Object.keys(FORMULAS), ...Object.keys(CONVERSATION), ...Object.keys(SMALL_TALK)])].map(
      (l) => [
        l,
        [
          ...(FORMULAS[l] ?? []),
          ...(CONVERSATION[l] ?? []),
          ...(SMALL_TALK[l] ?? []),
          ...(FILLERS[l] ?? []),
          ...(ANSWERS[l] ?? []),
          ...(CLOSER_PARTS[l] ?? []),
        ],
      ],
    ),
  ),
);
const COMPLAINTS_COMPILED = new Map(
  Object.entries(COMPLAINTS).map(([language, list]) => [
    language,
    [...list, ...(PAIRED[language] ?? [])].map((c) => ({
      words: compile({ [language]: [...c.words, ...c.causes] }).get(language) ?? [],
      // (Without the global flag, so that `named` may test them as they are, message after message.)
      causes: (compile({ [language]: c.causes }).get(language) ?? []).map((f) =>
        typeof f === 'string' ? f : new RegExp(f.source),
      ),
    })),
  ]),
);

/** How many letters a concern has besides its greetings, thanks and punctuation. */
export function contentLength(folded: string, language: string): number {
  return withoutFormulas(folded, languageTag(language)).replace(/[\s\p{P}\p{S}|]/gu, '').length;
}

/** The folded text without the formulas of its language (`ja`, `en`, `zh`, … as the model tags them). */
export function withoutFormulas(folded: string, tag: string): string {
  return without(folded, COMPILED.get(tag));
}

/** Nothing but greetings, thanks, small talk about the day or the weather, and the talk around a concern. */
export function onlySmallTalk(folded: string, language: string): boolean {
  const tag = languageTag(language);
  // An age given as the answer to "how old?" ("he's 79", «68 years old na po siya», 「82さいです」) says nothing more.
  folded = folded.replace(AGE_GIVEN, ' ');
  // A complaint's words count only when its cause is named somewhere in the message; then they join the rest
  // as one list, longest first, so that a cause inside a longer phrase («相談して» in «相談してから») does not
  // break it: «कोही हुनुहुन्छ» goes before the «हुन्छ» inside it.
  const paired = (COMPLAINTS_COMPILED.get(tag) ?? [])
    .filter((c) => named(folded, c.causes))
    .flatMap((c) => c.words);
  const talk = ALL_TALK_COMPILED.get(tag) ?? [];
  const list = paired.length ? [...paired, ...talk].sort((a, b) => letters(b) - letters(a)) : talk;
  const rest = without(folded, list);
  return rest.replace(/[\s\p{P}\p{S}|]/gu, '') === '';
}

/** An age as folded text gives it: a number with its word for years, or "he's"/"she is" before it. */
const AGE_GIVEN =
  /(?<![\p{L}\p{N}])(?:(?:he|she)(?: is|s) )?\d{1,3}(?: ?(?:years? old|yrs? old|years?|yo|tuoi|anos?|tahun|taon|barsa|barsha)(?![\p{L}\p{N}])| ?(?:歳|さい|才|岁|歲|살|세|वर्ष)|(?![\p{L}\p{N}]))/gu;

/** How long a phrase is, for longest first: a Latin one is a pattern with a space looked for on either side. */
const letters = (f: string | RegExp) => (typeof f === 'string' ? f.length : f.source.length - 11);

function named(folded: string, phrases: readonly (string | RegExp)[]): boolean {
  return phrases.some((f) => (typeof f === 'string' ? folded.includes(f) : f.test(folded)));
}

function without(folded: string, phrases: readonly (string | RegExp)[] | undefined): string {
  let text = folded;
  for (const f of phrases ?? [])
    text = typeof f === 'string' ? text.replaceAll(f, ' ') : text.replace(f, ' ');
  return text;
}
