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
 * Relief said when a trouble is over, in the writer's own words: "I can breathe again", «Nakahinga na ko»,
 * 「ほっとしました」, 松了一口气 (the loan shark gone, the power back, the wages paid). Like thanks, the model
 * learnt its words of breath from emergencies and alarmed on the thanks that close a case; it reads the
 * message without them. Only the writer's own relief, or their household's («nakahinga na kami», "we can breathe
 * again"): «nakahinga na siya», "she is breathing again" are read.
 */
const RELIEF: Readonly<Record<string, readonly string[]>> = {
  ja: ['ほっとしました', 'ホッとしました', 'ほっとした', 'ホッとした', '肩の荷が下りました'],
  en: [
    'i can breathe again',
    'i can finally breathe',
    'we can breathe again',
    'we can finally breathe',
    'what a relief',
    'such a relief',
  ],
  zh: ['松了一口气', '鬆了一口氣', '总算松了口气', '終於鬆了口氣'],
  ko: ['한숨 돌렸어요', '한숨 돌렸다', '숨통이 트였어요', '숨통이 트였다'],
  vi: ['thở phào nhẹ nhõm', 'nhẹ cả người', 'nhẹ nhõm quá', 'cả nhà nhẹ nhõm', 'cả nhà thở phào'],
  ne: ['ढुक्क भएँ', 'ढुक्क भयो', 'हामी ढुक्क भयौं', 'dhukka bhaye', 'dhukka bhayo', 'hami dhukka bhayau'],
  tl: [
    'nakahinga na ko',
    'nakahinga na ako',
    'nakahinga na rin ako',
    'nakahinga ako ng maluwag',
    'nakahinga ako nang maluwag',
    'nakahinga na ako ng maluwag',
    'nakahinga na ako nang maluwag',
    'nakahinga na kami',
    'nakahinga na rin kami',
    'nakahinga kami ng maluwag',
    'nakahinga kami nang maluwag',
    'nakahinga na kami ng maluwag',
  ],
  pt: [
    'que alívio',
    'respirei aliviado',
    'respirei aliviada',
    'agora respiro aliviado',
    'agora respiro aliviada',
    'respiramos aliviados',
    'agora respiramos aliviados',
  ],
  id: [
    'lega banget',
    'lega sekali',
    'akhirnya bisa bernapas lega',
    'bisa bernafas lega',
    'kami sudah lega',
    'akhirnya kami bisa bernapas lega',
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
 * "Not me": the answer that the concern is someone else's ("It's about my dad, not me", 「私じゃなくて父のことです」,
 * 不是我，是我爸, 제가 아니라 아빠 얘기예요, «không phải em, là bố em», «é sobre meu pai, não eu», «bukan saya, ayah
 * saya»), read like `ANSWERS`. Not a bare "not" or "hindi ako", which open "I'm not okay", «hindi ako makahinga».
 */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const NOT_ME: Readonly<Record<string, readonly string[]>> = {
  ja: ['私じゃなくて', 'わたしじゃなくて', '私ではなくて', '私ではなく', '自分じゃなくて', 'じぶんじゃなくて', '本人じゃなくて', '私のことじゃなくて', 'わたしのことじゃなくて', '私のことではなく'],
  en: ['not me', 'not myself', 'not about me', 'not for me', 'not mine', 'its not me', 'it is not me'],
  zh: ['不是我自己', '不是我本人', '不是我', '不是说我', '不是我的事'],
  ko: ['제가 아니라', '저 말고', '제 얘기가 아니라', '제 얘기 아니고', '저 아니고', '제가 아니고', '얘기예요', '얘기에요', '이야기예요', '얘기입니다'],
  vi: ['không phải em', 'không phải tôi', 'không phải mình', 'không phải chuyện của em', 'không phải cho em'],
  ne: ['म होइन', 'मेरो बारेमा होइन', 'मेरो कुरा होइन', 'ma hoina', 'mero barema hoina'],
  tl: ['hindi para sa akin', 'hindi tungkol sa akin', 'hindi ako yung', 'hindi ako ang'],
  pt: ['não eu', 'não sou eu', 'não é comigo', 'não é sobre mim', 'não é pra mim', 'não é para mim'],
  id: ['bukan saya', 'bukan aku', 'bukan untuk saya', 'bukan soal saya', 'bukan tentang saya'],
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

/**
 * The chat about the chat itself, which says nothing of a concern: a phone or battery that died, a chat or a
 * link lost, "could you send it again?", "I'll ask again from the start" ("My phone ran out of battery halfway
 * through and I lost the link", 「機種変したらトーク履歴が消えたので、もう一度聞いてもいいですか」, 手机坏了，聊天记录没了,
 * «Meu celular desligou no meio da conversa, pode mandar o link de novo?»); questions about the bot and the
 * resident's data (how long what I write is kept, can I delete what I sent, who reads it, can I press buttons
 * instead of typing); and thanks for listening ("thanks for listening, it helped to talk", 「聞いてくれてありがとう、
 * 少し楽になりました」, «Obrigada por me ouvir, desabafar ajudou»). The model, which learnt that farewell letters
 * thank, ask to delete and say a phone or a chat "died" or "is gone", alarmed on them; a message of nothing else
 * is not given to it. "Died", "lost", "gone" and "delete" are here only with the phone, the chat or the data
 * they are about (`CHAT_FRAMES`, `CHAT_PAIRED`): never "I lost my wife", "erase me". Never here either:
 * "everything" or "all" on their own, "forever", "last", "after tonight", "won't need" — "please delete
 * everything, I won't need it after tonight" keeps words that are not here, and the model reads it whole.
 */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const ABOUT_THE_CHAT: Readonly<Record<string, readonly string[]>> = {
  ja: [
    // a phone or a chat lost, asked again
    '電池が切れました', 'でんちがきれました', '充電が切れました', 'じゅうでんがきれました', '充電が切れちゃって', 'バッテリーが切れて', 'バッテリーが切れました', '電源が切れて', '電源が落ちて', 'アプリが落ちて', 'アプリが落ちました', '電波が悪くて', '通信が切れて',
    '機種変したら', '機種変更したら', '機種変しました', '機種変更しました', '機種変して', 'スマホを変えたら', 'スマホを替えたら', '新しいスマホ', 'スマホを新しくしたら',
    '前のトークが消えた', '前のトーク', 'トークが消えた', 'トーク履歴が消えた', 'トーク履歴が消えてしまった', 'トーク履歴', '履歴が消えた', '履歴が消えて', 'メッセージが消えた', 'やりとりが消えた', 'やり取りが消えた', '消えたので', '消えてしまったので', '消えちゃったので',
    'もう一度送ってもらえますか', 'もういちどおくってもらえますか', 'もう一度送ってください', 'もういちどおくってください', 'もう一回送ってください', 'もう一度教えてもらえますか', 'もう一度教えてください', 'もういちどおしえてください',
    '最初からもう一度', 'さいしょからもういちど', '最初から', 'さいしょから', 'もう一度', 'もういちど', 'もう一回', 'もういっかい', 'さっきのリンク', '送ってもらったリンク', 'リンクをもう一度', 'リンク', 'ので',
    '返信できませんでした', '返事できませんでした', '今充電しています', 'いまじゅうでんしています', '充電しています', 'じゅうでんしています', '充電中です', '充電しました', '復活しました', '直りました', 'また書きます', 'またかきます',
    // the bot and the resident's data
    'どのくらいの期間', 'どのくらい', 'どれくらい', 'いつまで', '保存されるんでしょうか', '保存されるんですか', '保存されますか', '保存されていますか', '残りますか', '記録に残りますか', '残るんですか',
    '消せますか', '消してもらえますか', '削除できますか', '削除してもらえますか', '削除できるんですか', '消すことはできますか',
    '区役所の人も見ますか', '区役所の人も見ていますか', '職員さんも見ますか', '職員の人も見ますか', '他の人も見ますか', '誰が読んでいますか', '誰が見ていますか', 'だれがみていますか', '誰が読むんですか', '誰かに見られますか', '他の人に見られますか', '職員さんが見ますか', '秘密は守られますか', '匿名でもいいですか', '匿名ですか',
    'ボタンで選べますか', 'ボタンを押すだけでいいですか', 'ボタンを押すだけ', 'ボタンで', 'ボタン', '文字を打たなくても', '入力しなくても', '音声でもいいですか', '音声で', '写真を送ってもいいですか', '代わりに打っています', '代わりに書いています', '代わりに',
    // thanks for listening, and a closer
    '聞いてくれてありがとうございました', '聞いてくれてありがとうございます', '聞いてくれてありがとう', 'きいてくれてありがとう', '聞いてくださってありがとうございます', '聞いていただいてありがとうございます', '話を聞いてくれてありがとうございました', '話を聞いてくれてありがとう', 'はなしをきいてくれてありがとうございました', 'はなしをきいてくれてありがとう', '話を聞いてくださってありがとうございました', '話を聞いてくださってありがとうございます', '話を聞いてくれて', '話を聞いてくださって', '話を聞いてもらえて', '聞いてもらえてよかったです', '聞いてもらえてよかった',
    '話せてよかったです', '話せてよかった', 'はなせてよかった', '話したら少し楽になりました', '話したら楽になりました', '少し楽になりました', 'すこしらくになりました', '気持ちが少し楽になりました', '少しすっきりしました', 'すっきりしました', '参考になりました',
    '電話してみます', 'でんわしてみます', '問い合わせてみます', '話してみます', 'やってみます',
  ],
  en: [
    // a phone or a chat lost, asked again
    'my phone turned off', 'my phone switched off', 'my phone shut down', 'my phone broke', 'my phone crashed', 'my phone froze', 'the app crashed', 'the app closed', 'my battery ran out', 'the battery ran out', 'dead battery', 'low battery', 'no signal', 'lost signal', 'the wifi went down', 'lost connection', 'got disconnected',
    'halfway through', 'in the middle of', 'midway through', 'the last chat', 'our last chat', 'the last conversation', 'our last conversation', 'our conversation', 'the conversation', 'the chat', 'this chat', 'our chat',
    'lost the chat', 'lost our chat', 'lost the conversation', 'lost the link', 'lost the address', 'lost the number', 'lost the messages', 'lost the chat history', 'lost the info', 'lost the information', 'the chat history is gone', 'the messages are gone', 'the chat disappeared', 'the messages disappeared',
    'lost the link you sent', 'lost the number you sent', 'lost the address you sent', 'lost the info you sent', 'lost what you sent', 'the link you sent', 'the link', 'the number you sent', 'the address you sent', 'the info you sent', 'what you sent', 'you sent', 'you sent me', 'you gave me',
    'could you send it again', 'can you send it again', 'could you send that again', 'can you send that again', 'send it again', 'send that again', 'send me the link again', 'send the link again', 'resend it', 'resend', 'one more time', 'once more',
    'ill ask again', 'i will ask again', 'let me ask again', 'can i ask again', 'ask again', 'start over', 'start again', 'from the beginning', 'from the start', 'where were we', 'where did we stop', 'where did we leave off',
    'i got a new phone', 'got a new phone', 'a new phone', 'new phone', 'changed phones', 'switched phones', 'changed my phone', 'its charging', 'charging now', 'its charged', 'its back on', 'back on', 'its working again', 'working again', 'sorry about that', 'couldnt reply', 'couldnt answer', 'missed your message',
    // the bot and the resident's data
    'is there a way to', 'is there any way to', 'how long', 'for how long', 'so far', 'until now', 'up to now', 'how do i', 'how can i', 'do you keep', 'do you store', 'do you save',
    'who reads this', 'who reads these', 'who reads my messages', 'who can read this', 'who can see this', 'who sees this', 'who will see this', 'does anyone read this', 'does a person read this', 'can anyone else see this', 'is this private', 'is this confidential', 'is this anonymous', 'confidential', 'anonymous', 'private',
    'press buttons', 'press a button', 'push buttons', 'tap buttons', 'use buttons', 'just press buttons', 'buttons', 'instead of typing', 'instead of writing', 'without typing', 'choose from a menu', 'a menu', 'send a voice message', 'voice message', 'voice messages', 'send a photo', 'send a picture', 'bigger text', 'a bigger font',
    'typing this for', 'im typing this for', 'writing this for', 'on behalf of', 'my nan', 'my nana', 'my gran', 'my granny', 'my grandad', 'my granddad', 'she wants to know', 'he wants to know', 'they want to know', 'wants to know', 'if she can', 'if he can', 'if i can', 'she can', 'he can', 'whether',
    // thanks for listening, and a closer
    'thanks for listening to me', 'thank you for listening to me', 'thanks for listening', 'thank you for listening', 'thanks for hearing me out', 'thank you for hearing me out', 'thanks for your time', 'thank you for your time', 'thanks for the help', 'thanks for your help', 'thank you for your help', 'thanks for the chat', 'thanks for the advice', 'thank you for the advice',
    'it helped to talk', 'it helps to talk', 'talking helped', 'talking about it helped', 'venting helped', 'it helped to vent', 'i just needed to vent', 'just needed to vent', 'needed to vent', 'got it off my chest', 'i feel a bit better', 'i feel a little better', 'feeling a bit better', 'feeling a little better', 'i feel better', 'i feel lighter',
    'that was helpful', 'really helpful', 'very helpful', 'ill try calling them', 'ill give them a call', 'give them a call', 'ill try that', 'ill try', 'ill do that', 'ill look into it', 'ill consider it', 'what you said',
  ],
  zh: [
    '换了新手机', '刚换的新机', '刚换了新手机', '换新手机了', '换手机了', '换了手机', '新手机', '断网了', '网断了', '信号不好', '没信号',
    '聊天记录都没了', '聊天记录没了', '聊天记录丢了', '聊天记录不见了', '之前的聊天记录', '之前的记录', '记录都没了', '消息都没了', '对话都没了', '链接没了', '你发的链接', '刚才的链接', '那个链接', '链接',
    '能再发一次吗', '可以再发一次吗', '能再发一遍吗', '再发一次', '再发一遍', '能再传一次吗', '可以再传一次吗', '再传一次', '再传一遍', '重传', '你传的连结', '连结', '重新发一下', '重发一下', '能重新发一下吗', '我再问一次', '再问一次', '重新问一下', '重新问', '从头问', '从头开始', '刚才没回', '没能回复', '没法回复',
    '聊天记录', '对话记录', '个人信息', '我的资料', '我的信息', '会留记录多久', '会留纪录多久', '留记录多久', '留纪录多久', '会保存多久', '保存多久', '保存多长时间', '会被保存吗', '会保存吗', '会被记录吗', '会留下记录吗', '会留记录吗', '多久', '多长时间',
    '能删除吗', '可以删除吗', '可以删掉吗', '能删掉吗', '怎么删除', '怎么删掉',
    '谁会看到', '谁能看到', '谁在看', '谁会看', '有人看吗', '会被别人看到吗', '别人能看到吗', '保密吗', '是保密的吗', '是匿名的吗', '匿名',
    '可以按按钮吗', '能按按钮吗', '按按钮', '按钮', '不用打字', '不打字', '发语音', '语音', '发照片', '帮我奶奶打字', '帮奶奶打字', '帮我妈妈问', '代替', '替',
    '谢谢你听我说话', '谢谢你听我说', '谢谢你听我倾诉', '谢谢你们听我说', '谢谢你的倾听', '谢谢倾听', '谢谢你愿意听', '说出来好多了', '说出来舒服多了', '说出来心里好受多了', '心里好受多了', '心里舒服多了', '感觉好多了', '好多了',
    '我明天给他们打电话', '明天给他们打电话', '给他们打电话', '打个电话问问', '我试试看', '我会试试', '试试看', '谢谢你的帮助', '谢谢帮忙', '谢谢你的建议', '很有帮助', '有帮助',
  ],
  ko: [
    '새 폰으로 바꿨어요', '폰을 바꿨더니', '핸드폰을 바꿨더니', '기종 변경했더니', '새 폰', '와이파이가 끊겨서', '인터넷이 끊겨서', '연결이 끊겨서',
    '대화 내용이 날아갔어요', '대화가 날아갔어요', '대화 기록이 사라졌어요', '채팅 기록이 사라졌어요', '기록이 사라졌어요', '기록이 날아갔어요', '메시지가 사라졌어요', '링크가 사라졌어요', '보내주신 링크', '보내 주신 링크', '링크',
    '다시 보내주실 수 있나요', '다시 보내 주실 수 있나요', '다시 보내주실 수 있을까요', '다시 보내 주세요', '다시 보내주세요', '처음부터 다시', '처음부터', '다시 물어봐도 될까요', '답장을 못 했어요', '답을 못 했네요', '충전 중이에요', '충전했어요', '다시 켜졌어요',
    '제가 쓴 내용은', '제가 쓴 내용을', '제가 쓴 내용', '제가 쓴 글은', '제가 쓴 글', '제가 보낸 메시지는', '제가 보낸 메시지를', '제가 보낸 메시지', '여기 쓴 내용은', '여기 쓴 내용', '보낸 메시지는', '보낸 메시지를', '보낸 메시지',
    '대화 내용은', '대화 내용을', '대화 내용', '대화 기록은', '대화 기록을', '대화 기록', '채팅 기록은', '채팅 기록을', '채팅 기록', '개인정보는', '개인정보를', '개인정보', '제 정보는', '제 정보',
    '얼마 동안 보관되나요', '얼마나 보관되나요', '언제까지 보관되나요', '보관되나요', '저장되나요', '기록이 남나요', '기록이 남아요', '남나요', '지울 수 있나요', '삭제할 수 있나요', '삭제 가능한가요', '지울 수 있어요',
    '누가 읽나요', '누가 보나요', '누가 봐요', '누가 읽어요', '다른 사람이 볼 수 있나요', '비밀 보장되나요', '비밀이 보장되나요', '익명인가요', '익명으로',
    '버튼으로 해도 되나요', '버튼만 누르면 되나요', '버튼으로', '버튼', '타자 안 치고', '글 안 쓰고', '음성으로', '사진 보내도 되나요', '할머니 대신', '엄마 대신', '대신 쓰고 있어요', '대신 보내요', '대신',
    '들어주셔서 감사합니다', '들어 주셔서 감사합니다', '들어줘서 고마워요', '들어 줘서 고마워요', '들어줘서 감사해요', '얘기 들어줘서 고마워요', '이야기 들어주셔서 감사합니다', '얘기 들어주셔서 감사해요',
    '얘기하니까 좀 나아졌어요', '얘기하니까 좀 나아요', '말하고 나니까 좀 나아요', '털어놓으니 후련하네요', '털어놓으니까 후련해요', '속이 좀 후련해요', '좀 후련하네요', '마음이 좀 편해졌어요', '좀 나아졌어요', '도움이 많이 됐어요', '도움이 됐어요',
    '전화해 볼게요', '전화해볼게요', '해 볼게요', '해볼게요',
  ],
  vi: [
    'đổi điện thoại mới', 'điện thoại mới', 'mất mạng', 'mất sóng', 'rớt mạng',
    'mất tin nhắn', 'mất đoạn chat', 'mất đoạn tin nhắn', 'tin nhắn cũ bị mất', 'đoạn chat cũ bị mất', 'bị mất tin nhắn', 'mất link', 'mất cái link', 'cái link', 'link',
    'gửi lại giúp em được không', 'gửi lại giúp được không', 'gửi lại được không', 'gửi lại giúp em', 'gửi lại link', 'gửi lại', 'từ đầu', 'hỏi lại từ đầu', 'đang sạc', 'sạc xong rồi', 'sạc rồi', 'lúc nãy', 'hồi nãy', 'nãy',
    'những gì em viết', 'những gì tôi viết', 'những gì mình viết', 'những gì em gửi', 'tin nhắn của em', 'tin nhắn của tôi', 'tin nhắn em gửi', 'dữ liệu của em', 'thông tin cá nhân', 'lịch sử chat', 'đoạn chat', 'cuộc trò chuyện',
    'được lưu bao lâu', 'lưu bao lâu', 'có được lưu không', 'có lưu lại không', 'bao lâu', 'xóa được không', 'có xóa được không', 'có thể xóa không',
    'ai đọc được', 'ai đọc', 'ai xem được', 'có ai đọc không', 'có được giữ bí mật không', 'có bí mật không', 'ẩn danh',
    'chỉ bấm nút', 'bấm nút', 'thay vì gõ', 'không cần gõ', 'không cần viết', 'tin nhắn thoại', 'gửi ảnh', 'nhắn giúp bà', 'nhắn hộ bà', 'nhắn hộ mẹ', 'viết hộ',
    'cảm ơn vì đã lắng nghe', 'cảm ơn đã lắng nghe', 'cảm ơn vì đã nghe em nói', 'cảm ơn đã nghe em nói', 'cảm ơn đã nghe em tâm sự', 'đã lắng nghe', 'lắng nghe em',
    'nói ra thấy nhẹ lòng hơn', 'nói ra nhẹ lòng hơn', 'em thấy nhẹ lòng hơn', 'thấy nhẹ lòng hơn', 'nhẹ lòng hơn', 'em thấy nhẹ nhõm hơn', 'thấy nhẹ nhõm hơn', 'nhẹ nhõm hơn', 'em thấy đỡ hơn', 'thấy đỡ hơn', 'đỡ hơn rồi',
    'gọi cho họ', 'em sẽ gọi cho họ', 'em sẽ thử', 'em thử xem', 'cảm ơn đã giúp', 'cảm ơn đã tư vấn',
  ],
  ne: [
    'अब चल्यो', 'अहिले चल्यो', 'चार्ज भयो', 'चार्ज गर्दैछु', 'नयाँ फोन', 'फेरि सोध्छु', 'फेरि सोध्नुपर्छ', 'सोध्छु', 'पहिलेको म्यासेज हरायो', 'म्यासेज हरायो', 'लिंक हरायो', 'लिङ्क हरायो', 'फेरि पठाइदिनुहुन्छ', 'फेरि पठाउन मिल्छ', 'फेरि पठाइदिनुस्', 'सुरुदेखि',
    'aba chalyo', 'charge bhayo', 'naya phone', 'pheri sodhchhu', 'pheri sodhchu', 'sodhchhu', 'sodhchu', 'message harayo', 'link harayo', 'pheri pathaidinuhunchha', 'pheri pathaidinus', 'surudekhi',
    'मेरो म्यासेज', 'मेरा म्यासेजहरू', 'म्यासेजहरू', 'मैले लेखेको', 'मैले पठाएको', 'मेरो जानकारी', 'व्यक्तिगत जानकारी', 'कति समय राखिन्छ', 'कति दिन राखिन्छ', 'कति समय', 'राखिन्छ', 'कसले पढ्छ', 'कसले हेर्छ', 'गोप्य रहन्छ', 'बटन थिचेर', 'बटन',
    'mero message haru', 'message haru', 'maile lekheko', 'mero jankari', 'kati samaya rakhinchha', 'kati samaya', 'kasle padhchha', 'kasle herchha', 'gopya rahanchha', 'button thichera', 'button',
    'सुनिदिनुभएकोमा धन्यवाद', 'कुरा सुनिदिनुभएकोमा धन्यवाद', 'मेरो कुरा सुन्नुभएकोमा धन्यवाद', 'सुन्नुभएकोमा धन्यवाद', 'सुनिदिनुभएकोमा', 'सुन्नुभएकोमा', 'मन हलुका भयो', 'मन अलि हलुका भयो', 'कुरा गरेपछि', 'सहयोगको लागि धन्यवाद', 'उहाँहरूलाई फोन गर्छु', 'उनीहरूलाई फोन गर्छु',
    'sunidinu bhayekoma dhanyabad', 'sunidinubhayekoma', 'sunnu bhayekoma', 'man halka bhayo', 'man haluka bhayo', 'kura garepachhi',
  ],
  tl: [
    'na dead batt', 'nadead batt', 'dead batt', 'dead bat', 'deadbatt', 'lowbatt', 'na lowbatt', 'nag shutdown', 'nagshutdown', 'nag hang', 'naghang', 'nawalan ng signal', 'nawalan ng net', 'bagong phone',
    'yung phone ko', 'ang phone ko', 'phone ko', 'yung cellphone ko', 'cellphone ko', 'yung cp ko', 'cp ko', 'di ako nakasagot', 'hindi ako nakasagot', 'di ako nakareply', 'hindi ako nakareply',
    'nawala yung convo', 'nawala yung chat', 'nabura yung chat', 'nawala yung link', 'nawala yung message', 'yung link', 'link', 'pakisend ulit', 'paki send ulit', 'pa send ulit', 'pasend ulit', 'pwede pakisend ulit', 'send mo ulit', 'magtatanong ulit ako', 'tanong ulit ako', 'magtanong ulit', 'sa umpisa', 'mula umpisa',
    'yung mga message ko', 'mga message ko', 'yung mga sinulat ko', 'yung sinend ko', 'mga sinend ko', 'data ko', 'info ko', 'personal info ko', 'chat history',
    'pwede bang burahin', 'pwede po bang burahin', 'pwede bang i delete', 'pwede po bang i delete', 'gaano katagal', 'itatago ba', 'naka save ba', 'sine save ba', 'sino nagbabasa', 'sino ang nagbabasa', 'sino makakabasa', 'may nakakabasa ba', 'pipindot na lang', 'pindot', 'button', 'buttons', 'imbes na mag type', 'hindi na kailangan mag type', 'voice message', 'para sa lola ko', 'para kay lola',
    'salamat sa pakikinig sa akin', 'salamat po sa pakikinig', 'salamat sa pakikinig', 'thank you sa pakikinig', 'salamat po sa tulong', 'salamat sa tulong', 'thank you sa tulong', 'gumaan ang loob ko', 'gumaan loob ko', 'gumaan ang pakiramdam ko', 'gumaan pakiramdam ko', 'medyo gumaan', 'nakatulong po', 'nakatulong',
    'tatawagan ko na lang sila', 'tatawagan ko sila', 'tatawagan sila', 'tawagan sila', 'kakausapin ko sila', 'susubukan ko po', 'susubukan ko',
  ],
  pt: [
    'no meio da conversa', 'no meio do chat', 'perdi a conversa', 'perdi o link', 'perdi as mensagens', 'perdi o histórico', 'a conversa sumiu', 'as mensagens sumiram', 'o histórico sumiu', 'o link', 'onde a gente parou', 'onde paramos',
    'pode mandar de novo', 'pode mandar o link de novo', 'pode me mandar de novo', 'pode reenviar', 'reenviar', 'manda de novo', 'mandar de novo', 'vou perguntar de novo', 'pergunto de novo', 'começar do zero', 'do começo', 'desde o começo',
    'troquei de celular', 'celular novo', 'já carregou', 'tá carregando', 'está carregando', 'carregando', 'não consegui responder', 'sem sinal', 'caiu a internet',
    'o que eu escrevi', 'o que eu escrevo', 'o que escrevi', 'o que eu mandei', 'o que mandei', 'tudo que eu mandei até agora', 'até agora', 'minhas mensagens', 'meus dados', 'essa conversa', 'o histórico',
    'quanto tempo fica guardado', 'por quanto tempo', 'quanto tempo', 'fica guardado', 'ficam guardadas', 'fica salvo', 'ficam salvas', 'é guardado', 'dá pra apagar', 'tem como apagar', 'posso apagar', 'dá pra excluir', 'tem como excluir',
    'quem lê isso', 'quem lê', 'quem vê isso', 'quem vê', 'alguém lê', 'é sigiloso', 'é anônimo', 'sigilo', 'apertar botões', 'apertar botão', 'só apertar', 'em vez de escrever', 'em vez de digitar', 'sem digitar', 'mandar áudio', 'mandar foto', 'pela minha avó', 'pra minha avó', 'para minha avó',
    'obrigado por me escutar', 'obrigada por me escutar', 'obrigado por escutar', 'obrigada por escutar', 'obrigado por me ouvir', 'obrigada por me ouvir', 'obrigado por ouvir', 'obrigada por ouvir', 'obrigada pela escuta', 'obrigado pela ajuda', 'obrigada pela ajuda', 'obrigado pela atenção', 'obrigada pela atenção', 'obrigado pela paciência', 'obrigada pela paciência',
    'desabafar aqui já aliviou', 'desabafar aqui ajudou', 'desabafar ajudou', 'desabafar aqui', 'desabafar', 'desabafei', 'já aliviou', 'aliviou um pouco', 'aliviou', 'já me sinto mais leve', 'me sinto mais leve', 'já estou mais leve', 'estou mais leve', 'tô mais leve', 'fiquei mais aliviada', 'fiquei mais aliviado', 'já me sinto melhor', 'me sinto melhor', 'ajudou muito', 'ajudou',
    'ligo pra eles', 'vou ligar pra eles', 'ligar pra eles', 'ligo para eles', 'vou tentar',
  ],
  id: [
    'sekarang sudah nyala lagi', 'sekarang udah nyala lagi', 'sudah nyala lagi', 'udah nyala lagi', 'nyala lagi', 'sudah nyala', 'udah nyala', 'lagi dicas', 'sudah dicas', 'udah dicas', 'ganti hp', 'hp baru', 'sinyal jelek', 'ga ada sinyal', 'gak ada sinyal',
    'chat sebelumnya hilang', 'chatnya hilang', 'riwayat chat hilang', 'pesannya hilang', 'linknya hilang', 'link yang dikirim', 'linknya', 'link',
    'boleh kirim ulang', 'bisa kirim ulang', 'tolong kirim ulang', 'kirim ulang', 'tolong kirim lagi', 'kirim lagi', 'saya tanya lagi', 'aku tanya lagi', 'tanya ulang', 'dari awal',
    'pesan yang saya kirim', 'yang saya kirim', 'yang saya tulis', 'yang aku tulis', 'pesan saya', 'chat saya', 'riwayat chat', 'data saya', 'data pribadi', 'semua yang saya kirim', 'sejauh ini', 'sampai sekarang',
    'berapa lama disimpan', 'disimpan berapa lama', 'berapa lama', 'disimpan', 'tersimpan', 'bisa dihapus', 'bisa hapus', 'cara hapus', 'cara menghapus',
    'siapa yang baca', 'siapa yang membaca', 'siapa yang lihat', 'siapa yang bisa baca', 'ada yang baca', 'dirahasiakan', 'rahasia', 'anonim',
    'pencet tombol', 'tekan tombol', 'pakai tombol', 'pake tombol', 'tombol', 'tanpa ngetik', 'daripada ngetik', 'kirim voice note', 'voice note', 'kirim foto', 'buat nenek saya', 'untuk nenek saya',
    'terima kasih sudah mau mendengarkan', 'terima kasih sudah mendengarkan', 'terima kasih sudah mendengar', 'makasih udah mau dengerin', 'makasih udah dengerin', 'makasih sudah dengerin', 'sudah mau mendengarkan', 'sudah mendengarkan', 'udah dengerin',
    'lega rasanya', 'jadi lega', 'sudah lebih lega', 'lebih lega', 'agak lega', 'lumayan lega', 'rasanya plong', 'plong', 'terima kasih atas bantuannya', 'makasih bantuannya',
    'besok saya telepon mereka', 'saya telepon mereka', 'telepon mereka', 'nanti saya coba', 'saya coba dulu',
  ],
};

/**
 * Words that are the chat about the chat only beside their other half, used like `COMPLAINTS`: "sorry", "earlier"
 * and "now" beside a phone or a battery named («Sorry, na-dead batt yung phone ko», «HP saya mati tadi»); and
 * delete, wipe, keep, read beside the resident's own messages or data ("can I wipe what I've sent so far?",
 * 「相談した内容はどのくらい保存されますか」, «posso apagar minhas mensagens?») — never "erase me".
 */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const CHAT_PAIRED: Readonly<Record<string, readonly Complaint[]>> = {
  ja: [
    { words: ['すみません', 'ごめんなさい', 'ごめん', 'さっき', '昨日', 'きのう', '完全に', 'かんぜんに', 'いま', '今', 'もう一度', 'もういちど'],
      causes: ['スマホ', '携帯', 'けいたい', '電池', 'でんち', '充電', 'じゅうでん', 'バッテリー', 'アプリ', '機種変', 'トーク'] },
    { words: ['保存されるんでしょうか', '保存されるんですか', '保存されますか', '保存', 'ほぞん', '記録', 'きろく', '残りますか', '残るんですか', '削除できますか', '削除してもらえますか', '削除してください', '削除', 'さくじょ', '消せますか', '消してもらえますか', '消してください',
      'どのくらいの期間', 'どのくらい', '期間', 'きかん', 'いつまで', '誰が', 'だれが', 'のこりますか', 'ほぞんされますか', 'けせますか', 'けしてもらえますか', 'さくじょできますか', 'よんでいますか', 'みていますか', '見ますか', '見られますか', '見ていますか', '読みますか', '読んでいますか', '読まれますか', 'って', 'は', 'を', 'が', 'ですか', 'でしょうか'],
      causes: ['相談した内容', 'そうだんしたないよう', '相談内容', '私が書いたこと', 'わたしがかいたこと', '私が書いた', 'わたしがかいた', 'ここに書いたこと', 'ここにかいたこと', '書いたこと', 'かいたこと', '書いた内容', 'かいたないよう', 'ここで話した', 'ここに書いた', '送ったメッセージ', 'おくったメッセージ', '私のメッセージ', 'トーク履歴', '個人情報', 'こじんじょうほう', '私のデータ', '私の情報'] },
  ],
  en: [
    { words: ['sorry', 'so sorry', 'earlier', 'yesterday', 'last night', 'just', 'now', 'completely', 'totally', 'suddenly', 'again'],
      causes: ['phone', 'battery', 'charger', 'app crashed', 'signal', 'wifi', 'connection', 'new phone', 'the link', 'the chat'] },
    { words: ['delete', 'deleted', 'wipe', 'wiped', 'erase', 'erased', 'remove', 'removed', 'clear', 'cleared', 'keep', 'kept', 'store', 'stored', 'save', 'saved', 'record', 'recorded', 'logged', 'read', 'reads', 'see', 'sees', 'seen', 'share', 'shared',
      'can', 'could', 'do', 'does', 'are', 'is', 'will', 'be', 'get', 'who', 'how', 'way', 'long', 'please', 'them', 'anyone', 'someone', 'a person', 'staff', 'the city', 'the ward', 'the ward office', 'here', 'in here', 'on here',
      'afterwards', 'after we finish', 'when we finish', 'after were done', 'when were done'],
      causes: ['my messages', 'my message', 'my data', 'my personal data', 'my information', 'my personal information', 'my info', 'my details', 'my chats', 'my chat history', 'the chat history', 'chat history', 'my history', 'this conversation', 'this chat', 'our conversation',
        'what i write', 'what i wrote', 'what ive written', 'what i send', 'what i sent', 'what ive sent', 'what i type', 'what i typed', 'what i say', 'what i said', 'what i tell you', 'what i told you', 'everything ive sent', 'everything i sent', 'everything i wrote', 'everything ive written', 'everything i typed', 'all my messages', 'all my data', 'these messages'] },
  ],
  zh: [
    { words: ['不好意思', '抱歉', '刚才', '刚刚', '昨天', '彻底', '完全', '突然', '现在', '刚', '之前的', '都'],
      causes: ['手机', '电池', '充电', '新机', '聊天记录', '聊天纪录', '网断'] },
    { words: ['会', '能', '可以', '吗', '多久', '保存', '记录', '纪录', '留', '删除', '删掉', '清除', '看到', '看', '谁', '怎么', '在这里', '东西', '的'],
      causes: ['我传的讯息', '我发的讯息', '聊天纪录', '对话纪录', '我在这里说的话', '我在这里讲的话', '我在这里讲的', '我在这里说的', '我在这里写的', '我在这讲的', '我在这说的', '我讲的东西', '我说的东西', '我写的东西', '我写的内容', '我发的消息', '我发的信息', '我发的内容', '我说的话', '聊天记录', '对话记录', '个人信息', '我的资料', '我的信息'] },
  ],
  ko: [
    { words: ['죄송해요', '죄송합니다', '미안해요', '아까', '어제', '완전히', '갑자기', '지금', '이제'],
      causes: ['폰', '핸드폰', '휴대폰', '스마트폰', '배터리', '충전', '앱이', '와이파이', '인터넷'] },
    { words: ['얼마나', '얼마 동안', '언제까지', '보관되나요', '보관돼요', '저장되나요', '저장돼요', '삭제할 수 있나요', '삭제 가능한가요', '지울 수 있나요', '지워 주세요', '지워주세요', '삭제해 주세요', '삭제해주세요', '누가 읽나요', '누가 보나요', '누가 볼 수 있나요', '다른 사람이 볼 수 있나요',
      '내용은', '내용을', '메시지는', '메시지를', '기록은', '기록을', '글은', '글을', '정보는', '정보를'],
      causes: ['제가 쓴', '제가 보낸', '여기 쓴', '보낸 메시지', '대화 내용', '대화 기록', '채팅 기록', '개인정보', '제 정보', '제 메시지'] },
  ],
  vi: [
    { words: ['xin lỗi', 'sorry', 'lúc nãy', 'hôm qua', 'tự nhiên', 'giờ', 'bây giờ', 'lại'],
      causes: ['điện thoại', 'đt', 'pin', 'sạc', 'mất mạng', 'mất sóng', 'tin nhắn cũ', 'đoạn chat'] },
    { words: ['ở đây', 'được lưu', 'lưu lại', 'lưu', 'xóa giúp', 'xóa', 'ai đọc', 'ai xem', 'đọc', 'xem', 'ai', 'bao lâu', 'được không', 'có được không', 'không ạ', 'có thể', 'có', 'giúp'],
      causes: ['những gì em viết', 'những gì tôi viết', 'những gì mình viết', 'những gì em gửi', 'tin nhắn của em', 'tin nhắn của tôi', 'tin nhắn em gửi', 'dữ liệu của em', 'thông tin cá nhân', 'lịch sử chat', 'đoạn chat', 'cuộc trò chuyện'] },
  ],
  ne: [
    { words: ['माफ गर्नुहोस्', 'sorry', 'अहिले', 'ahile', 'मेरो', 'mero', 'रहेछ', 'raichha', 'अब', 'aba'],
      causes: ['फोन', 'मोबाइल', 'ब्याट्री', 'चार्ज', 'phone', 'mobile', 'battery', 'charge'] },
    { words: ['डिलिट', 'मेटाउन', 'हटाउन', 'गर्न', 'मिल्छ', 'सकिन्छ', 'कति', 'राखिन्छ', 'कसले', 'पढ्छ', 'हेर्छ', 'delete', 'metauna', 'hataunu', 'garna', 'milcha', 'milchha', 'sakinchha', 'kati', 'rakhinchha', 'kasle'],
      causes: ['मेरो म्यासेज', 'मेरा म्यासेज', 'म्यासेजहरू', 'मैले लेखेको', 'मैले पठाएको', 'मेरो जानकारी', 'mero message', 'message haru', 'maile lekheko', 'maile pathayeko', 'mero jankari'] },
  ],
  tl: [
    { words: ['sorry', 'sorry po', 'pasensya na', 'pasensya', 'kanina', 'kahapon', 'ngayon', 'ngayon lang', 'ulit'],
      causes: ['phone', 'cellphone', 'cp', 'batt', 'lowbat', 'lowbatt', 'signal', 'bagong phone'] },
    { words: ['burahin', 'i delete', 'idelete', 'delete', 'itatago', 'tinatago', 'naka save', 'sine save', 'basahin', 'nagbabasa', 'makakabasa', 'pwede', 'ba', 'bang', 'sino', 'gaano katagal'],
      causes: ['mga message ko', 'message ko', 'mga sinulat ko', 'sinulat ko', 'sinend ko', 'data ko', 'info ko', 'chat history'] },
  ],
  pt: [
    { words: ['desculpa', 'desculpe', 'foi mal', 'ontem', 'de repente', 'do nada', 'completamente', 'agora', 'já'],
      causes: ['celular', 'telefone', 'bateria', 'carregador', 'aplicativo', 'sem sinal', 'a internet', 'a conversa'] },
    { words: ['apagar', 'excluir', 'deletar', 'guardado', 'guardada', 'guardados', 'guardadas', 'salvo', 'salva', 'salvos', 'salvas', 'lê', 'vê', 'quem', 'quanto tempo', 'fica', 'ficam', 'dá pra', 'tem como', 'posso', 'pode', 'é', 'são'],
      causes: ['o que eu escrevi', 'o que escrevi', 'o que eu escrevo', 'o que eu mandei', 'o que mandei', 'minhas mensagens', 'meus dados', 'essa conversa', 'o histórico', 'meu histórico'] },
  ],
  id: [
    { words: ['maaf', 'sorry', 'tadi', 'kemarin', 'tiba tiba', 'sekarang', 'sudah', 'udah', 'lagi'],
      causes: ['hp', 'handphone', 'ponsel', 'hape', 'baterai', 'batre', 'dicas', 'sinyal'] },
    { words: ['hapus', 'dihapus', 'menghapus', 'disimpan', 'tersimpan', 'dibaca', 'baca', 'lihat', 'siapa', 'berapa lama', 'bisa', 'boleh', 'gimana', 'bagaimana', 'cara', 'apa', 'apakah'],
      causes: ['pesan saya', 'pesan aku', 'yang saya kirim', 'yang saya tulis', 'yang aku tulis', 'yang aku kirim', 'chat saya', 'chat aku', 'riwayat chat', 'data saya', 'data pribadi'] },
  ],
};

/**
 * More of the talk around the chat, used like `CHAT_PAIRED`: who may come to know what is written here ("will my
 * company find out what I say here?", 我在这里说的会不会被公司知道？, 「ここで話したことは会社に知られますか」,
 * «minha empresa vai ficar sabendo?»); consent given and taken back ("how do I withdraw my consent?",
 * 同意以后如果反悔了，怎么撤回？, 「同意を取り消したい」, «como retiro o consentimento?»); and the office's phone
 * that nobody answered ("I called yesterday, nobody picked up", हिजो फोन गरेको, कसैले उठाएन, 「昨日電話したけど誰も
 * 出なかった」, «liguei ontem e ninguém atendeu») — "nobody", as of an office: a mother who "didn't pick up" is
 * not here. A word of anything else — hits, can't go on, lives alone — is read whole by the model.
 */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const CHAT_PAIRED_MORE: Readonly<Record<string, readonly Complaint[]>> = {
  ja: [
    { words: ['会社に', 'かいしゃに', '職場に', 'しょくばに', '家族に', 'かぞくに', '学校に', 'がっこうに', '知られ', 'しられ', 'ばれ', 'バレ', '伝わり', 'つたわり', '伝わる', '漏れ', 'もれ', 'ますか', 'ませんか', 'ないですか', 'でしょうか', 'ここで話したこと', 'ここではなしたこと', 'ことは', 'ことが'],
      causes: ['相談した内容', 'そうだんしたないよう', '相談内容', '書いたこと', 'かいたこと', 'ここで話した', 'ここではなした', '話したこと', 'はなしたこと', 'ここに書いた'] },
    { words: ['撤回', 'てっかい', '取り消し', 'とりけし', '取り消', 'とりけ', 'やめたい', 'やめられ', '後から', 'あとから', 'した後', 'したあと', 'したい', 'できますか', 'できる', 'どうすれば', 'どうしたら', '方法', '気が変わったら', 'きがかわったら', '取り消したいときは', 'とりけしたいときは', 'ときは', 'とき', 'を', 'は', 'で', 'いい', 'ですか'],
      causes: ['同意', 'どうい'] },
    { words: ['昨日', 'きのう', '今朝', 'けさ', '電話しました', '電話した', 'でんわしました', 'でんわした', '電話したんですけど', '電話したけど', '電話しましたが', 'けど', 'が', 'でも', '何度か', '何回か'],
      causes: ['誰も出なかった', 'だれもでなかった', '誰も出ません', 'だれもでません', '誰も出ない', 'だれもでない', '誰も出てくれ', 'だれもでてくれ'] },
  ],
  en: [
    { words: ['my company', 'my employer', 'my boss', 'my work', 'my school', 'my family', 'the police', 'immigration', 'find out', 'found out', 'know', 'knows', 'be told', 'get told', 'be shared', 'be passed on', 'about', 'will', 'would', 'can', 'could', 'does', 'do', 'is', 'it', 'to', 'here', 'tell', 'anyone'],
      causes: ['what i say here', 'what i write here', 'what i tell you', 'what i said here', 'what i wrote here', 'anything i say here', 'what i say', 'what i write', 'my messages', 'this conversation', 'this chat'] },
    { words: ['withdraw', 'withdrawing', 'take back', 'taking back', 'revoke', 'cancel', 'change my mind', 'changed my mind', 'if i', 'how do i', 'how can i', 'can i', 'is it possible to', 'my', 'later', 'after', 'giving', 'i gave', 'gave', 'given', 'the', 'once'],
      causes: ['consent', 'my consent'] },
    { words: ['i called', 'called', 'i phoned', 'phoned', 'i rang', 'rang', 'tried calling', 'i tried calling', 'yesterday', 'this morning', 'earlier', 'but', 'twice', 'a few times', 'several times', 'the office', 'the number', 'your number', 'the hotline', 'and'],
      causes: ['nobody picked up', 'no one picked up', 'nobody answered', 'no one answered', 'nobody answers', 'no one answers', 'nobody picks up', 'no one picks up'] },
  ],
  zh: [
    { words: ['会不会', '不会', '被', '公司', '单位', '老板', '学校', '家人', '家里', '知道', '发现', '告诉', '传出去', '泄露', '外泄', '给', '让', '吗'],
      causes: ['我在这里说的', '我在这里讲的', '我在这里写的', '我在这说的', '我说的话', '我写的内容', '聊天记录', '对话记录'] },
    { words: ['同意以后', '同意之后', '同意后', '以后', '之后', '如果', '反悔', '后悔', '改变主意', '怎么', '怎样', '如何', '撤回', '取消', '收回', '了', '可以', '能', '吗', '我'],
      causes: ['同意'] },
    { words: ['昨天', '今天', '早上', '打电话', '打了电话', '打过电话', '打了', '电话', '但是', '可是', '都', '我'],
      causes: ['没人接', '没有人接', '都没人接', '没人听'] },
  ],
  ko: [
    { words: ['회사에', '회사가', '직장에', '가족이', '가족한테', '학교에', '알게 되', '알려지', '알 수 있', '전달되', '나요', '까요', '여기서 말한 게', '여기서 말한 건', '말한 게', '말한 건'],
      causes: ['여기서 말한', '여기 쓴', '제가 쓴', '대화 내용', '상담 내용'] },
    { words: ['철회', '취소', '나중에', '하고 나서', '한 후에', '마음이 바뀌면', '어떻게', '할 수 있나요', '하나요', '하면', '되나요', '를', '은', '을'],
      causes: ['동의'] },
    { words: ['어제', '오늘', '아침에', '전화했는데', '전화했어요', '전화를 했는데', '전화해 봤는데', '전화'],
      causes: ['아무도 안 받', '아무도 안받', '아무도 받지 않'] },
  ],
  vi: [
    { words: ['công ty', 'công ty em', 'công ty tôi', 'gia đình', 'nhà trường', 'có biết không', 'biết được không', 'có bị biết', 'biết', 'bị lộ', 'lộ ra', 'không', 'có'],
      causes: ['những gì em nói ở đây', 'những gì tôi nói ở đây', 'em nói ở đây', 'tôi nói ở đây', 'những gì em viết', 'những gì tôi viết', 'nội dung tư vấn'] },
    { words: ['rút lại', 'hủy', 'sau khi', 'nếu', 'đổi ý', 'làm sao', 'thế nào', 'được không', 'có thể', 'muốn', 'sự'],
      causes: ['đồng ý'] },
    { words: ['hôm qua', 'sáng nay', 'em gọi', 'tôi gọi', 'em có gọi', 'đã gọi', 'gọi điện', 'gọi', 'nhưng', 'mà'],
      causes: ['không ai nghe máy', 'không ai bắt máy', 'không ai nghe', 'không ai nhấc máy'] },
  ],
  ne: [
    { words: ['कम्पनीले', 'कम्पनीलाई', 'मालिकले', 'परिवारले', 'थाहा पाउँछ', 'थाहा हुन्छ', 'थाहा', 'पाउँछ', 'हुन्छ', 'company le', 'thaha pauchha', 'thaha hunchha'],
      causes: ['यहाँ भनेको', 'यहाँ लेखेको', 'मैले भनेको', 'मैले लेखेको', 'yaha bhaneko', 'yaha lekheko', 'maile bhaneko', 'maile lekheko'] },
    { words: ['फिर्ता', 'रद्द', 'पछि', 'कसरी', 'गर्न', 'मिल्छ', 'सकिन्छ', 'लिन', 'firta', 'radda', 'pachhi', 'kasari', 'garna', 'milchha'],
      causes: ['सहमति', 'sahamati'] },
    { words: ['हिजो', 'आज', 'बिहान', 'फोन गरेको', 'फोन गरें', 'फोन गरेँ', 'फोन गर्दा', 'फोन', 'गरेको', 'थिएँ', 'तर', 'hijo', 'phone gareko', 'phone garda'],
      causes: ['कसैले उठाएन', 'कसैले फोन उठाएन', 'कोही उठाएन', 'kasaile uthaena', 'kasaile uthayena', 'kohi uthaena'] },
  ],
  tl: [
    { words: ['kompanya ko', 'company ko', 'amo ko', 'pamilya ko', 'malalaman', 'malaman', 'makakaalam', 'ba', 'ng', 'ito', 'yung'],
      causes: ['sinasabi ko dito', 'sinabi ko dito', 'sinulat ko dito', 'mga sinasabi ko'] },
    { words: ['bawiin', 'i withdraw', 'iwithdraw', 'withdraw', 'paano', 'pwede', 'ba', 'ko', 'kung', 'magbago isip', 'nagbago isip', 'ang', 'yung'],
      causes: ['consent', 'pahintulot', 'pagpayag'] },
    { words: ['kahapon', 'kanina', 'tumawag ako', 'tumawag', 'nag call ako', 'nagcall ako', 'pero', 'po'],
      causes: ['walang sumasagot', 'walang sumagot', 'walang nasagot'] },
  ],
  pt: [
    { words: ['minha empresa', 'meu chefe', 'meu trabalho', 'minha família', 'a escola', 'vai ficar sabendo', 'ficar sabendo', 'vão saber', 'vai saber', 'saber', 'descobrir', 'o que', 'que', 'eu', 'falo', 'aqui'],
      causes: ['o que eu falo aqui', 'o que eu escrevo aqui', 'o que eu falar aqui', 'o que eu escrevi', 'o que eu disse aqui', 'essa conversa'] },
    { words: ['retirar', 'revogar', 'cancelar', 'desistir', 'depois', 'se eu', 'mudar de ideia', 'como', 'posso', 'faço', 'pra', 'para', 'o', 'meu', 'do'],
      causes: ['consentimento'] },
    { words: ['ontem', 'hoje', 'de manhã', 'eu liguei', 'liguei', 'tentei ligar', 'mas', 'e'],
      causes: ['ninguém atendeu', 'ninguém atende', 'ninguém me atendeu'] },
  ],
  id: [
    { words: ['kantor saya', 'kantor', 'perusahaan', 'bos saya', 'keluarga saya', 'sekolah', 'akan', 'bakal', 'tahu', 'tau', 'ketahuan', 'bocor', 'apakah', 'apa', 'nggak', 'gak', 'tidak'],
      causes: ['yang saya ceritakan di sini', 'yang saya tulis di sini', 'yang aku ceritain di sini', 'yang saya bilang di sini', 'cerita saya di sini'] },
    { words: ['menarik', 'tarik', 'membatalkan', 'batalkan', 'cabut', 'mencabut', 'berubah pikiran', 'kalau', 'nanti', 'gimana', 'bagaimana', 'cara', 'bisa', 'saya'],
      causes: ['persetujuan'] },
    { words: ['kemarin', 'tadi', 'tadi pagi', 'saya telepon', 'saya telpon', 'aku telpon', 'sudah telepon', 'udah telpon', 'telepon', 'telpon', 'nelpon', 'tapi'],
      causes: ['tidak ada yang angkat', 'gak ada yang angkat', 'ga ada yang angkat', 'nggak ada yang angkat'] },
  ],
};

/**
 * A day told as fun, small talk when its joy is said: a grandchild's sports day, a birthday, a trip ("It was my
 * grandson's sports day today, so much fun", 「きょう は まご の うんどうかい でした。 たのしかった です」, 今天是孙子的
 * 运动会，很开心, «Hôm nay là hội thao của cháu, vui lắm»). Used like `COMPLAINTS`: its words count only beside the
 * joy, and one word more of anything is read whole.
 */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const GOOD_DAY: Readonly<Record<string, readonly Complaint[]>> = {
  ja: [{ words: ['孫の', 'まごの', '孫', 'まご', '運動会', 'うんどうかい', '発表会', 'はっぴょうかい', 'お祭り', 'おまつり', '誕生日', 'たんじょうび', '遠足', 'えんそく', '旅行', 'りょこう', '楽しかった', 'たのしかった', '嬉しかった', 'うれしかった', '楽しめました', 'たのしめました', 'の'],
    causes: ['楽しかった', 'たのしかった', '嬉しかった', 'うれしかった', '楽しめました', 'たのしめました'] }],
  en: [{ words: ['grandsons', 'granddaughters', 'grandkids', 'my grandson', 'my granddaughter', 'sports day', 'school play', 'recital', 'birthday party', 'festival', 'picnic', 'trip', 'was', 'it was', 'so much fun', 'such fun', 'fun', 'we had', 'had a great time', 'great time', 'lovely time', 'really enjoyed it', 'enjoyed it'],
    causes: ['so much fun', 'such fun', 'was fun', 'had fun', 'great time', 'lovely time', 'enjoyed it'] }],
  zh: [{ words: ['孙子的', '孙女的', '孙子', '孙女', '的', '运动会', '生日', '游园会', '表演', '旅行', '是', '玩得很开心', '很开心', '好开心', '开心', '很好玩', '好玩'],
    causes: ['很开心', '好开心', '玩得很开心', '很好玩'] }],
  ko: [{ words: ['손주', '손자', '손녀', '운동회', '발표회', '생일', '소풍', '여행', '였어요', '이었어요', '재밌었어요', '즐거웠어요', '좋았어요', '의'],
    causes: ['재밌었', '즐거웠'] }],
  vi: [{ words: ['cháu', 'hội thao', 'ngày hội', 'sinh nhật', 'dã ngoại', 'du lịch', 'của', 'là', 'vui lắm', 'vui quá', 'rất vui', 'vui ghê'],
    causes: ['vui lắm', 'vui quá', 'rất vui', 'vui ghê'] }],
  ne: [{ words: ['नातिको', 'नातिनीको', 'खेलकुद', 'जन्मदिन', 'रमाइलो भयो', 'धेरै रमाइलो', 'रमाइलो', 'थियो', 'natiko', 'ramailo bhayo', 'ramailo'],
    causes: ['रमाइलो', 'ramailo'] }],
  tl: [{ words: ['apo ko', 'ng apo ko', 'sports fest', 'field day', 'birthday', 'ang saya', 'masaya', 'sobrang saya', 'saya'],
    causes: ['ang saya', 'masaya', 'sobrang saya'] }],
  pt: [{ words: ['do meu neto', 'da minha neta', 'neto', 'neta', 'gincana', 'festa junina', 'aniversário', 'apresentação', 'foi', 'muito divertido', 'divertido', 'adorei', 'foi ótimo'],
    causes: ['divertido', 'adorei', 'foi ótimo'] }],
  id: [{ words: ['cucu', 'cucuku', 'cucu saya', 'lomba', 'pentas', 'ulang tahun', 'jalan jalan', 'seru banget', 'seru', 'senang sekali', 'senang'],
    causes: ['seru', 'senang sekali'] }],
};

/**
 * An ordinary tiring day told as "just venting", used like `COMPLAINTS`: its words — a long shift, meetings, the
 * boss, tired, crashed at home — count only beside the venting said ("Long shift, my boss yelled at me. Just
 * venting", 「今日は会議ばっかりで疲れた。ただの愚痴です」, 今天开会开到晚上，只是吐槽一下, «Hoje o plantão foi puxado.
 * Só desabafando», «Thôi em kể chơi thôi»). A wish to die, a blow or "can't go on" is a word more, read whole.
 */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const VENTING: Readonly<Record<string, readonly Complaint[]>> = {
  ja: [{ words: ['会議ばっかりで', '会議ばかりで', '会議', 'かいぎ', 'ばっかりで', 'ばかりで', '保育園の呼び出し', '呼び出し', 'よびだし', '朝から', 'あさから', '上司に怒られ', '怒られ', 'おこられ', 'とか', 'で', 'もう', 'ぐったり', 'へとへと', 'くたくた', '疲れた', 'つかれた', 'ただの愚痴です', 'ただの愚痴', '愚痴でした', '愚痴です', '愚痴', 'ぐち', 'ちょっと', 'でした'],
    causes: ['愚痴', 'ぐち'] }],
  en: [{ words: ['long day', 'long shift', 'double shift', 'at work', 'work', 'my boss', 'boss', 'yelled at me', 'meetings', 'all day', 'back to back', 'so tired', 'exhausted', 'drained', 'just venting', 'venting', 'sorry for venting', 'rant over', 'just needed to vent', 'needed to vent', 'vent', 'twice', 'again'],
    causes: ['just venting', 'sorry for venting', 'rant over', 'just needed to vent', 'just wanted to vent', 'just ranting'] }],
  zh: [{ words: ['开会', '开到', '加班', '上班', '老板', '骂我', '好累', '累死了', '只是吐槽一下', '只是吐槽', '吐槽一下', '吐槽', '发发牢骚', '牢骚', '晚上'],
    causes: ['吐槽', '发牢骚', '发发牢骚', '抱怨一下'] }],
  ko: [{ words: ['야근하고', '야근', '와서', '회의', '상사한테', '혼나서', '너무 피곤해요', '피곤해요', '그냥 푸념이에요', '푸념이에요', '푸념', '하소연', '이에요', '예요'],
    causes: ['푸념', '하소연', '넋두리'] }],
  vi: [{ words: ['làm ca dài', 'ca dài', 'làm ca', 'tăng ca', 'về tới nhà', 'về đến nhà', 'về nhà', 'là gục luôn', 'gục luôn', 'mệt quá', 'mệt', 'sếp mắng', 'thôi', 'em kể chơi thôi', 'kể chơi thôi', 'kể chơi', 'than chút thôi', 'than chút', 'luôn', 'là'],
    causes: ['kể chơi', 'than chút', 'than thở chút', 'xả chút'] }],
  ne: [{ words: ['कामले', 'धेरै थाकें', 'थाकें', 'त्यसै भनेको', 'भनेको', 'मन हलुका गर्न', 'गुनासो मात्र', 'tyasai bhaneko', 'bhaneko'],
    causes: ['त्यसै भनेको', 'मन हलुका गर्न', 'गुनासो मात्र', 'tyasai bhaneko'] }],
  tl: [{ words: ['sa trabaho', 'trabaho', 'pagod na pagod', 'pagod', 'labas lang ng sama ng loob', 'labas lang', 'sama ng loob', 'rant lang', 'vent lang', 'ng'],
    causes: ['labas lang', 'rant lang', 'vent lang'] }],
  pt: [{ words: ['o plantão foi puxado', 'plantão', 'foi puxado', 'puxado', 'dia puxado', 'trabalho', 'cansada demais', 'cansado demais', 'demais', 'só desabafando', 'desabafando', 'só um desabafo', 'desabafo', 'só reclamando'],
    causes: ['desabafando', 'desabafo', 'só reclamando'] }],
  id: [{ words: ['kerja lembur', 'lembur', 'kerja', 'capek banget', 'cuma curhat', 'curhat', 'cuma ngeluh', 'ngeluh'],
    causes: ['curhat', 'ngeluh'] }],
};

/** A frame's part: its alternatives, or (`any`) words that may stand there, none or several. */
type Part = readonly string[] | { readonly any: readonly string[] };

/**
 * A phone, a battery or the app that died, as a frame: the device, a word or two of when or how, and the verb
 * ("my phone completely died yesterday", 「スマホが昨日完全に死にました」, 手机昨天彻底挂了, 폰이 갑자기 꺼졌어요, «HP saya mati
 * tadi», «meu celular morreu», मेरो फोन मर्‍यो); and a chat, its messages or a link gone ("the chat history is gone",
 * 「トーク履歴が全部消えました」, 聊天记录都没了, 대화 기록이 다 날아갔어요, «as mensagens sumiram», «nawala yung convo»). The verb
 * of dying or vanishing counts only with the device or the chat before it: "my phone died, I want to die too" keeps
 * its wish, 「消えたい」 and "my father died" are read whole.
 */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const CHAT_FRAMES: Readonly<Record<string, readonly (readonly Part[])[]>> = {
  ja: [[['スマホの電池', 'スマホのでんち', 'スマホの充電', 'スマホのじゅうでん', 'スマホのバッテリー', '携帯の電池', '携帯の充電', 'けいたいのでんち', 'スマホ', '携帯', 'けいたい', 'ケータイ', '電話', 'iphone', 'アイフォン', 'バッテリー', '電池', 'でんち', '充電', 'じゅうでん', 'アプリ'], ['が', 'は', 'の', ''],
    { any: ['昨日', 'きのう', 'さっき', '急に', 'きゅうに', '完全に', 'かんぜんに', 'また', '途中で', 'とちゅうで'] },
    ['死にました', 'しにました', '死んだ', 'しんだ', '死んじゃった', 'しんじゃった', '死んじゃって', 'しんじゃって', '死んで', 'しんで', '死んでました', '死亡しました', '落ちました', 'おちました', '落ちて', 'おちて', '切れました', 'きれました', '切れて', 'きれて', '切れた', 'きれた', '壊れました', 'こわれました', '壊れて', 'こわれて', '固まって', 'かたまって', '固まりました']],
    [['トーク', 'トーク履歴', '履歴', 'りれき', 'メッセージ', 'やりとり', 'やり取り', 'チャット', 'リンク', 'データ'], ['が', 'も', 'は', ''], { any: ['全部', 'ぜんぶ', '前の', 'まえの'] },
      ['消えた', 'きえた', '消えました', 'きえました', '消えて', 'きえて', '消えてしまった', '消えてしまいました', '消えちゃった', '消えちゃって', 'なくなった', 'なくなりました', 'なくなって', '見れなくなった', '見られなくなりました']]],
  en: [[['my', 'the', 'our', ''], ['phone', 'cell', 'cellphone', 'mobile', 'smartphone', 'iphone', 'battery', 'tablet', 'laptop', 'app', 'charger'],
    { any: ['just', 'completely', 'totally', 'suddenly', 'literally', 'then', 'yesterday', 'last night', 'earlier', 'again'] },
    ['died', 'was dead', 'went dead', 'is dead', 'was on low battery', 'ran out of battery', 'ran out', 'turned off', 'switched off', 'shut down', 'shut off', 'broke', 'crashed', 'froze', 'gave up', 'stopped working', 'wasnt working']],
    [['the', 'my', 'our', 'all the', 'all my', 'all our'], ['chat', 'chats', 'chat history', 'messages', 'conversation', 'history', 'link', 'links'], { any: ['just', 'all'] },
      ['is gone', 'are gone', 'got deleted', 'was deleted', 'were deleted', 'disappeared', 'vanished', 'got wiped', 'was wiped', 'got lost']]],
  zh: [[['手机', '电话', '电池', '充电宝', 'app', '应用'], { any: ['昨天', '刚才', '刚刚', '突然', '彻底', '完全', '又', '就'] },
    ['挂了', '坏了', '死机了', '死机', '没电关机了', '没电关机', '没电了', '没电', '关机了', '自动关机了', '关机', '黑屏了', '崩了', '闪退了', '用不了了']],
    [['聊天记录', '聊天纪录', '对话纪录', '记录', '纪录', '消息', '信息', '讯息', '对话', '链接', '连结', '资料'], { any: ['都', '全', '全部', '也'] }, ['没了', '不见了', '丢了', '消失了', '找不到了', '被删了']]],
  ko: [[['폰', '핸드폰', '휴대폰', '스마트폰', '배터리', '앱', '충전기'], ['이', '가', '은', '는', ''], { any: ['어제', '아까', '갑자기', '완전히', '또', '중간에'] },
    ['꺼져서', '꺼졌어요', '꺼졌네요', '꺼졌는데', '나가서', '나갔어요', '나갔네요', '고장 나서', '고장나서', '고장났어요', '고장 났어요', '망가져서', '망가졌어요', '죽어서', '죽었어요', '죽었네요', '먹통이 돼서', '먹통이에요', '방전돼서', '방전됐어요']],
    [['대화 내용', '대화 기록', '채팅 기록', '기록', '메시지', '링크', '대화'], ['이', '가', '도', '은', '는', ''], { any: ['다', '전부', '싹'] },
      ['날아갔어요', '날아갔네요', '날아가서', '사라졌어요', '사라졌네요', '사라져서', '없어졌어요', '없어져서', '지워졌어요', '지워져서']]],
  vi: [[['điện thoại', 'đt', 'dt', 'máy', 'pin', 'app', 'ứng dụng'], ['của em', 'của tôi', 'của mình', 'em', 'tôi', 'mình', ''], { any: ['hôm qua', 'lúc nãy', 'tự nhiên', 'bị', 'lại'] },
    ['hết pin', 'sập nguồn', 'tắt nguồn', 'tắt máy', 'tắt', 'hỏng', 'hư', 'chết', 'đơ', 'treo', 'sập']],
    [['tin nhắn', 'đoạn chat', 'lịch sử chat', 'link', 'cuộc trò chuyện'], { any: ['cũ', 'trước', 'của em', 'của tôi', 'bị', 'đều'] }, ['mất hết', 'bị mất', 'mất', 'bị xóa', 'biến mất']],
    [['mất hết', 'mất', 'bị mất'], ['tin nhắn', 'đoạn chat', 'lịch sử chat', 'link', 'cái link']]],
  ne: [[['मेरो', 'mero', ''], ['फोन', 'मोबाइल', 'ब्याट्री', 'चार्ज', 'phone', 'mobile', 'battery', 'charge'], { any: ['हिजो', 'अघि', 'अचानक', 'hijo', 'aghi', 'achanak'] },
    ['मर्‍यो', 'मर्यो', 'मरेको थियो', 'मरेछ', 'बन्द भयो', 'बन्द भएछ', 'सकियो', 'सकिएछ', 'सकिएको रहेछ', 'सकिएको थियो', 'बिग्रियो', 'maryo', 'mar yo', 'banda bhayo', 'sakiyo', 'sakiyeko raichha', 'bigriyo']],
    [['म्यासेज', 'पहिलेको म्यासेज', 'लिंक', 'लिङ्क', 'च्याट', 'message', 'link', 'chat'], { any: ['सबै', 'sabai'] }, ['हरायो', 'मेटियो', 'डिलिट भयो', 'harayo', 'metiyo', 'delete bhayo']]],
  tl: [[['namatay', 'nasira', 'na dead batt', 'nadead batt', 'nag shutdown', 'na lowbat', 'nalowbat', 'nag hang', 'naghang', 'na drain'], ['yung', 'ang', ''], ['phone', 'cellphone', 'cp', 'selpon', 'battery', 'app'], ['ko', 'namin', '']],
    [['nawala', 'nabura', 'na delete', 'nadelete'], ['yung', 'ang', 'lahat ng', ''], ['convo', 'chat', 'chats', 'message', 'messages', 'link', 'usapan', 'conversation'], ['natin', 'namin', 'ko', '']]],
  pt: [[['meu', 'o', 'a', 'minha', ''], ['celular', 'telefone', 'cel', 'bateria', 'aparelho', 'aplicativo', 'app'], { any: ['ontem', 'de repente', 'do nada', 'completamente', 'tinha', 'simplesmente'] },
    ['morreu', 'descarregou', 'desligou', 'apagou', 'travou', 'quebrou', 'pifou', 'acabou', 'caiu']],
    [['a', 'as', 'o', 'os', 'minha', 'minhas', 'nossa'], ['conversa', 'conversas', 'mensagens', 'mensagem', 'histórico', 'link'], { any: ['toda', 'todas', 'todo', 'antiga', 'antigas'] },
      ['sumiu', 'sumiram', 'apagou', 'apagaram', 'foi apagada', 'foram apagadas', 'foi apagado', 'desapareceu', 'desapareceram']]],
  id: [[['hp', 'handphone', 'ponsel', 'hape', 'baterai', 'batre', 'aplikasi'], ['saya', 'aku', 'ku', 'nya', ''], { any: ['tadi', 'kemarin', 'tiba tiba', 'tiba2', 'mendadak', 'sempat'] },
    ['mati', 'habis', 'rusak', 'error', 'hang', 'ngehang', 'lowbat', 'drop', 'mati total']],
    [['chat', 'chatnya', 'riwayat chat', 'pesan', 'pesannya', 'link', 'linknya', 'percakapan'], { any: ['sebelumnya', 'lama', 'saya', 'aku', 'semua', 'jadi', 'sudah', 'udah'] }, ['hilang', 'kehapus', 'terhapus', 'lenyap']]],
};

/**
 * A correction of what one just wrote ("sorry, I meant Arakawa, not Sumida", 「すみません、荒川区の間違いでした」,
 * 打错了，是荒川区不是墨田区, «Desculpa, errei, é Arakawa», «Ralat: anak saya 6 tahun, bukan 5», autocorrect):
 * when its marker (`causes`) is in the message, its other words count, and so does what is corrected when it is
 * a detail — a number with its unit, a day, a time of day, a ward, a station, a city — with the "not" beside it
 * ("not Sumida", 「墨田区じゃなくて」, «bukan 5», बिहान होइन). Nothing else: "sorry, I meant I won't be here" is read whole.
 */
interface Correction extends Complaint {
  /** Details: days, times of day, places by name. */
  details: readonly string[];
  /** Units after a number. */
  units: readonly string[];
  /** What stands before a detail ("not", "after", «bukan»), and after it (「じゃなくて」, 「に」, «होइन», 이에요). */
  before: readonly string[];
  after: readonly string[];
  /** "Not" beside a detail says a correction on its own ("not Sumida", 「墨田区じゃなくて」, बिहान होइन). */
  not: readonly string[];
}
/** Tokyo's wards and the stations of Sumida and Arakawa, where the residents live, as they spell them. */
// biome-ignore format: a list of names, a few lines
const WARDS_LATIN = ['chiyoda', 'chuo', 'minato', 'shinjuku', 'bunkyo', 'taito', 'sumida', 'koto', 'shinagawa', 'meguro', 'setagaya', 'shibuya', 'nakano', 'suginami', 'toshima', 'arakawa', 'itabashi', 'nerima', 'adachi', 'katsushika', 'edogawa',
  'kinshicho', 'oshiage', 'ryogoku', 'mukojima', 'hikifune', 'honjo', 'nippori', 'machiya', 'minamisenju', 'mikawashima', 'tokyo', 'osaka', 'yokohama', 'saitama', 'chiba', 'kawasaki'];
// biome-ignore format: a list of names, a few lines
const WARDS_HAN = ['千代田', '中央区', '港区', '新宿', '文京', '台東', '墨田', '江東', '品川', '目黒', '大田区', '世田谷', '渋谷', '涩谷', '中野', '杉並', '豊島', '丰岛', '北区', '荒川', '板橋', '練馬', '足立', '葛飾', '江戸川', '江户川',
  '錦糸町', '押上', '両国', '向島', '曳舟', '本所', '日暮里', '町屋', '南千住', '三河島', '東京', '大阪', '横浜', '埼玉', '千葉', '川崎'];
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
const CORRECTIONS: Readonly<Record<string, Correction>> = {
  ja: {
    causes: ['の間違いでした', 'の間違いです', 'のまちがいでした', 'のまちがいです', '間違いでした', '間違いです', 'まちがいでした', 'まちがいです', '間違えました', 'まちがえました', '訂正です', '訂正します', 'ていせいです', 'ていせいします', '訂正', '打ち間違えました', '打ち間違い', 'うちまちがい', '誤字', '変換ミス', '書き間違えました', '書き間違い', '言い間違えました', '正しくは', 'ただしくは'],
    words: ['すみません', 'ごめんなさい', 'ごめん', '失礼しました', 'しつれいしました', 'さっき', 'さっきの', '先ほど', '先ほどの', 'って書いちゃいましたが', 'って書いてしまいましたが', 'と書いてしまいましたが', 'って書きましたが', 'と書きましたが', '書いちゃいましたが', '書きましたが', 'でした', 'です', 'は', 'が', '本当は', 'ほんとうは', 'でお願いします', '電話してください', 'でんわしてください', 'お電話ください'],
    details: [...WARDS_HAN, 'あらかわ', 'すみだ', 'あだち', 'かつしか', 'えどがわ', 'たいとう', 'こうとう', 'ねりま', 'いたばし', 'しんじゅく', 'しぶや', 'きんしちょう', 'おしあげ', 'にっぽり', 'まちや', '月曜日', '火曜日', '水曜日', '木曜日', '金曜日', '土曜日', '日曜日', '月曜', '火曜', '水曜', '木曜', '金曜', '土曜', '日曜', 'げつようび', 'かようび', 'すいようび', 'もくようび', 'きんようび', 'どようび', 'にちようび',
      '午前', '午後', 'ごぜん', 'ごご', '朝', 'あさ', '昼', 'ひる', '夕方', 'ゆうがた', '夜', 'よる', '明日', 'あした', '明後日', 'あさって', '来週', 'らいしゅう'],
    units: ['歳', 'さい', '才', '時半', '時', 'じ', '分', 'ふん', 'ぷん', '日', 'にち', '月', 'がつ', '年', 'ねん', '円', 'えん', '階', 'かい', '号室', '番', 'ばん', '人', 'にん', 'ヶ月', 'か月', '以降', '以後', '過ぎ', 'ごろ', '頃'],
    before: [], after: ['じゃなくて', 'ではなくて', 'ではなく', 'じゃなく', 'じゃないです', 'ではありません', 'ではないです', 'って書きましたが', 'と書きましたが', 'でした', 'です', 'から', 'に', 'で', 'の'],
    not: ['じゃなくて', 'ではなくて', 'ではなく', 'じゃなく', 'じゃないです', 'ではありません', 'ではないです'],
  },
  en: {
    causes: ['i meant', 'i mean', 'meant to say', 'meant to write', 'meant to type', 'autocorrect', 'auto correct', 'autocorrected', 'typo', 'correction', 'my mistake', 'my bad', 'wrote the wrong', 'typed the wrong', 'gave the wrong', 'misspelled', 'misspelt', 'should have said', 'should say', 'should read'],
    words: ['sorry', 'so sorry', 'oops', 'whoops', 'strikes again', 'stupid autocorrect', 'damn autocorrect', 'small', 'quick', 'i wrote', 'i typed', 'i said', 'above', 'earlier', 'before', 'my previous message', 'previous message', 'instead', 'actually', 'it should be', 'should be', 'the ward', 'ward', 'the city', 'the station', 'the date', 'the time', 'the number', 'the address', 'please call', 'call me'],
    details: [...WARDS_LATIN, 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
      'morning', 'the morning', 'afternoon', 'the afternoon', 'evening', 'the evening', 'noon', 'tomorrow', 'today', 'next week'],
    units: ['years old', 'year old', 'yrs old', 'yo', 'years', 'am', 'pm', 'oclock', 'o clock', 'th', 'st', 'nd', 'rd', 'yen', 'floor', 'months', 'weeks', 'days', 'ish'],
    before: ['not', 'not the', 'not on', 'not at', 'instead of', 'rather than', 'and not', 'after', 'before', 'from', 'at', 'on', 'in', 'in the'], after: [],
    not: ['not', 'and not', 'instead of', 'rather than'],
  },
  zh: {
    causes: ['打错了', '打错', '写错了', '写错', '说错了', '说错', '输错了', '输错', '更正一下', '更正', '纠正一下', '纠正', '我是说', '我的意思是', '应该是', '手滑', '输入法'],
    words: ['不好意思', '抱歉', '对不起', '刚才', '刚刚', '是', '了', '的', '我', '那个', '上面'],
    details: [...WARDS_HAN, '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期天', '星期日', '周一', '周二', '周三', '周四', '周五', '周六', '周日', '礼拜',
      '早上', '上午', '中午', '下午', '晚上', '明天', '今天', '后天', '下周', '下个星期'],
    units: ['岁', '点半', '点', '号', '日', '月', '年', '元', '日元', '楼', '个月', '以后', '之后', '左右'],
    before: ['不是', '而不是'], after: [],
    not: ['不是', '而不是'],
  },
  ko: {
    causes: ['오타예요', '오타입니다', '오타네요', '오타', '정정합니다', '정정할게요', '정정', '잘못 썼어요', '잘못 썼네요', '잘못 적었어요', '잘못 말했어요', '잘못 입력했어요', '잘못 쳤어요', '자동완성', '자동 완성', '자동수정', '제 말은', '아니라', '아니고'],
    words: ['죄송해요', '죄송합니다', '미안해요', '아까', '앞에', '제가', '제 말은', '전화 주세요', '전화해 주세요', '우리 아이', '저희 아이', '아이는', '아이가', '아이'],
    details: ['아라카와', '스미다', '신주쿠', '시부야', '아다치', '가쓰시카', '에도가와', '다이토', '고토', '네리마', '세타가야', '이타바시', '도쿄', '오사카', '요코하마',
      '월요일', '화요일', '수요일', '목요일', '금요일', '토요일', '일요일', '아침', '오전', '오후', '저녁', '밤', '내일', '모레', '다음 주'],
    units: ['살', '세', '시 반', '시', '분', '일', '월', '년', '엔', '층', '호', '번', '개월', '이후', '이후에', '쯤'],
    before: [], after: ['가 아니라', '이 아니라', '가 아니고', '이 아니고', '아니라', '아니고', '말고', '예요', '이에요', '입니다', '이요', '요', '로', '으로', '에', '이후에', '이후'],
    not: ['가 아니라', '이 아니라', '가 아니고', '이 아니고', '아니라', '아니고', '말고'],
  },
  vi: {
    causes: ['viết nhầm', 'gõ nhầm', 'ghi nhầm', 'nói nhầm', 'nhầm rồi', 'em nhầm', 'nhầm', 'sửa lại', 'xin sửa lại', 'đính chính', 'ý em là', 'ý tôi là', 'ý mình là', 'chứ không phải', 'lỗi chính tả', 'tự sửa'],
    words: ['xin lỗi', 'sorry', 'là', 'chứ', 'mới đúng', 'đúng ra là', 'lúc nãy', 'nãy', 'em', 'ạ', 'bàn phím', 'gọi cho em', 'gọi em'],
    details: [...WARDS_LATIN, 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật', 'buổi sáng', 'sáng', 'buổi trưa', 'trưa', 'buổi chiều', 'chiều', 'buổi tối', 'tối', 'ngày mai', 'mai', 'tuần sau'],
    units: ['tuổi', 'giờ rưỡi', 'giờ', 'phút', 'ngày', 'tháng', 'năm', 'yên', 'tầng', 'h', 'trở đi'],
    before: ['không phải', 'không phải là', 'chứ không phải', 'chứ không phải là'], after: [],
    not: ['không phải', 'chứ không phải'],
  },
  ne: {
    causes: ['गल्ती भयो', 'गल्तीले', 'गल्ती', 'गलत लेखेँ', 'गलत लेखें', 'गलत टाइप', 'सच्याउँछु', 'भन्न खोजेको', 'मतलब', 'होइन', 'हैन', 'galti bhayo', 'galti', 'galat lekhe', 'bhanna khojeko', 'matlab', 'hoina', 'haina', 'typo'],
    words: ['माफ गर्नुहोस्', 'माफ गर्नुहोला', 'sorry', 'मैले', 'maile', 'हो', 'ho', 'फोन गर्नुहोला', 'फोन गर्नुहोस्', 'phone garnuhola', 'phone garnus', 'पछि', 'पछाडि', 'को', 'ko', 'मेरो', 'mero'],
    details: [...WARDS_LATIN, 'अराकावा', 'सुमिदा', 'शिन्जुकु', 'अदाची', 'टोकियो', 'बिहान', 'बेलुकी', 'बेलुका', 'साँझ', 'दिउँसो', 'भोलि', 'आइतबार', 'सोमबार', 'मंगलबार', 'बुधबार', 'बिहीबार', 'शुक्रबार', 'शनिबार',
      'bihana', 'beluki', 'beluka', 'sanjh', 'diuso', 'bholi'],
    units: ['वर्षको', 'वर्ष', 'बर्षको', 'बर्ष', 'बजेपछि', 'बजेतिर', 'बजे', 'गते', 'barsa ko', 'barsako', 'barsa', 'barsha', 'baje pachhi', 'bajepachhi', 'baje', 'gate'],
    before: [], after: ['होइन', 'हैन', 'hoina', 'haina'],
    not: ['होइन', 'हैन', 'hoina', 'haina'],
  },
  tl: {
    causes: ['mali pala', 'mali ako', 'nagkamali ako', 'nagkamali', 'mali ang type', 'mali type ko', 'mali', 'typo', 'autocorrect', 'i mean', 'ibig kong sabihin', 'pala'],
    words: ['sorry', 'sorry po', 'pasensya na', 'ay', 'ng type', 'type', 'kanina', 'po', 'yung', 'sinabi ko', 'sinulat ko', 'na', 'sa', 'ang', 'tawagan niyo ako', 'tawagan nyo ako', 'tawagan mo ako', 'pagkatapos ng'],
    details: [...WARDS_LATIN, 'lunes', 'martes', 'miyerkules', 'huwebes', 'biyernes', 'sabado', 'umaga', 'tanghali', 'hapon', 'gabi', 'bukas', 'mamaya'],
    units: ['years old', 'yrs old', 'taon', 'taong gulang', 'am', 'pm', 'oras', 'yen'],
    before: ['hindi', 'di', 'hindi po', 'hindi yung'], after: [],
    not: ['hindi', 'di', 'hindi po'],
  },
  pt: {
    causes: ['errei', 'eu errei', 'me enganei', 'digitei errado', 'escrevi errado', 'falei errado', 'corrigindo', 'correção', 'o corretor', 'corretor', 'quis dizer', 'eu quis dizer', 'quero dizer', 'na verdade'],
    words: ['desculpa', 'desculpe', 'foi mal', 'ops', 'opa', 'é', 'e', 'o', 'a', 'que', 'eu', 'escrevi', 'digitei', 'foi o', 'mudou', 'trocou', 'de novo', 'automático', 'tem', 'ele tem', 'ela tem', 'me liga', 'me ligue', 'pode ligar', 'depois das', 'depois de'],
    details: [...WARDS_LATIN, 'segunda', 'terça', 'quarta', 'quinta', 'sexta', 'segunda feira', 'terça feira', 'quarta feira', 'quinta feira', 'sexta feira', 'sábado', 'domingo', 'manhã', 'de manhã', 'tarde', 'à tarde', 'noite', 'à noite', 'amanhã'],
    units: ['anos', 'ano', 'anos de idade', 'h', 'horas', 'hrs', 'ienes', 'andar', 'meses'],
    before: ['não', 'e não', 'não é', 'e não é', 'em vez de', 'ao invés de'], after: [],
    not: ['não', 'e não', 'em vez de', 'ao invés de'],
  },
  id: {
    causes: ['ralat', 'koreksi', 'salah ketik', 'salah tulis', 'typo', 'maksud saya', 'maksudnya', 'maksud aku', 'maksudku', 'autocorrect', 'eh salah', 'salah', 'keliru'],
    words: ['maaf', 'sorry', 'eh', 'umurnya', 'umur', 'usianya', 'usia', 'yang benar', 'yang bener', 'yang betul', 'seharusnya', 'harusnya', 'tadi', 'saya', 'aku', 'tolong telepon', 'telepon saya', 'setelah', 'sesudah'],
    details: [...WARDS_LATIN, 'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu', 'pagi', 'siang', 'sore', 'malam', 'besok'],
    units: ['tahun', 'thn', 'jam', 'yen', 'lantai', 'bulan'],
    before: ['bukan', 'bukannya'], after: [],
    not: ['bukan', 'bukannya'],
  },
};

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Phrases folded as messages are, each once, longest first. */
const longestFirst = (list: readonly string[]) =>
  [...new Set(list.map(normalise))].sort((a, b) => b.length - a.length);

/** Folded phrases, longest first; Latin ones as whole words. */
const compile = (lists: Readonly<Record<string, readonly string[]>>) =>
  new Map(
    Object.entries(lists).map(([language, list]) => {
      const folded = longestFirst(list);
      return [
        language,
        folded.map((f) => (/^[a-z0-9 ]+$/.test(f) ? new RegExp(`(?<= )${literal(f)}(?= )`, 'g') : f)),
      ] as const;
    }),
  );
const COMPILED = compile(
  Object.fromEntries(Object.entries(FORMULAS).map(([l, list]) => [l, [...list, ...(RELIEF[l] ?? [])]])),
);
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
          ...(NOT_ME[l] ?? []),
          ...(CLOSER_PARTS[l] ?? []),
          ...(ABOUT_THE_CHAT[l] ?? []),
        ],
      ],
    ),
  ),
);
const COMPLAINTS_COMPILED = new Map(
  Object.entries(COMPLAINTS).map(([language, list]) => [
    language,
    [
      ...list,
      ...(PAIRED[language] ?? []),
      ...(CHAT_PAIRED[language] ?? []),
      ...(CHAT_PAIRED_MORE[language] ?? []),
      ...(GOOD_DAY[language] ?? []),
      ...(VENTING[language] ?? []),
    ].map((c) => ({
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
  return notSmallTalk(folded, language) === '';
}

/** What a message says besides small talk and the talk around a concern (letters only; '' when nothing). */
export function notSmallTalk(folded: string, language: string): string {
  const tag = languageTag(language);
  const said = folded;
  // A correction's details ("not Sumida", 「墨田区じゃなくて」, «bukan 5») count when it says it corrects.
  const correction = CORRECTION_DETAILS.get(tag);
  const corrects = correction !== undefined && named(said, correction.causes);
  if (corrects) folded = folded.replace(correction.details, ' ');
  // A phone or a battery that died, a chat or a link gone, each with the thing it is about.
  for (const f of CHAT_FRAMES_COMPILED.get(tag) ?? []) folded = folded.replace(f, ' ');
  // An age given as the answer to "how old?" ("he's 79", «68 years old na po siya», 「82さいです」) says nothing more.
  folded = folded.replace(AGE_GIVEN, ' ');
  // A complaint's words count only when its cause is named somewhere in the message; then they join the rest
  // as one list, longest first, so that a cause inside a longer phrase («相談して» in «相談してから») does not
  // break it: «कोही हुनुहुन्छ» goes before the «हुन्छ» inside it.
  const paired = (COMPLAINTS_COMPILED.get(tag) ?? [])
    .filter((c) => named(said, c.causes))
    .flatMap((c) => c.words)
    .concat(corrects ? correction.words : []);
  const talk = ALL_TALK_COMPILED.get(tag) ?? [];
  const list = paired.length ? [...paired, ...talk].sort((a, b) => letters(b) - letters(a)) : talk;
  return without(folded, list).replace(/[\s\p{P}\p{S}|]/gu, '');
}

/** Alternatives of a regular expression, folded, longest first. */
const alternatives = (list: readonly string[]) => longestFirst(list).map(literal).join('|');

/** Languages that write words apart: a frame there starts and ends on a word's edge. */
const SPACED = new Set(['en', 'vi', 'ne', 'tl', 'pt', 'id']);
const edged = (source: string, tag: string) =>
  new RegExp(
    SPACED.has(tag) ? `(?<![\\p{L}\\p{M}\\p{N}])(?:${source})(?![\\p{L}\\p{M}\\p{N}])` : source,
    'gu',
  );

/** A frame's parts in order, with a space or none between; an `any` part is none or several of its words. */
function frame(parts: readonly Part[]): string {
  let source = '';
  for (const part of parts)
    source +=
      'any' in part
        ? `(?: ?(?:${alternatives(part.any)}))*`
        : `${source ? ' ?' : ''}(?:${alternatives(part)})`;
  return source;
}

const CHAT_FRAMES_COMPILED = new Map(
  Object.entries(CHAT_FRAMES).map(([tag, frames]) => [tag, frames.map((f) => edged(frame(f), tag))] as const),
);

/** What follows a place's name: ward, city, station. */
// biome-ignore format: a short list
const PLACE_SUFFIXES = ['ku', 'ward', 'city', 'shi', 'station', 'eki', '区', '市', '町', '駅', '站', 'く', 'えき', '구청', '구', '시', '역'];
/** A place by its kind: "Nerima-ku", "quận Adachi", «kota Chiba», 「板橋区」, 「北千住駅」. */
const PLACES_BY_KIND: Readonly<Record<string, string>> = {
  latin: `[a-z]+ (?:${alternatives(['ku', 'ward', 'city', 'shi', 'cho', 'machi', 'station', 'eki'])})|(?:${alternatives(['quận', 'phường', 'thành phố', 'ga', 'kota', 'kecamatan', 'stasiun', 'bairro', 'cidade', 'estação', 'distrito', 'lungsod ng'])}) [a-z]+`,
  han: '\\p{Script=Han}{1,4}(?:区|市|町|駅|站)',
};
const CORRECTION_DETAILS = new Map(
  Object.entries(CORRECTIONS).map(([tag, c]) => {
    const number = `\\p{Nd}+(?: ?(?:${alternatives(c.units)}))?`;
    const byName = `(?:${alternatives(c.details)})(?: ?(?:${alternatives(PLACE_SUFFIXES)}))?`;
    const kind = tag === 'ja' || tag === 'zh' ? PLACES_BY_KIND.han : tag === 'ko' ? '' : PLACES_BY_KIND.latin;
    const detail = `(?:${number}|${byName}${kind ? `|${kind}` : ''})`;
    const before = c.before.length ? `(?:(?:${alternatives(c.before)}) ?)*` : '';
    const after = c.after.length ? `(?: ?(?:${alternatives(c.after)}))*` : '';
    const not = alternatives(c.not);
    const causes = compile({ [tag]: c.causes }).get(tag) ?? [];
    const negated = edged(`(?:${not}) ?${detail}|${detail} ?(?:${not})`, tag);
    return [
      tag,
      {
        causes: [
          ...causes.map((f) => (typeof f === 'string' ? f : new RegExp(f.source))),
          new RegExp(negated.source, 'u'),
        ],
        details: edged(`${before}${detail}${after}`, tag),
        words: compile({ [tag]: [...c.words, ...c.causes] }).get(tag) ?? [],
      },
    ] as const;
  }),
);

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
