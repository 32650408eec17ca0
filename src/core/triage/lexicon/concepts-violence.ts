import type { Concept } from './concepts.ts';

/**
 * Violence by a partner or family member, by concept: hitting, strangling, dragging by the hair,
 * throwing things, a weapon, a threat to kill, being locked in, the phone taken or smashed, hiding
 * from them now, fleeing at night — and the denials that cancel them ("he has never hit me").
 */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
export const VIOLENCE_CONCEPTS: readonly Concept[] = [
  {
    name: 'hit, slapped, kicked, punched by a partner or family member',
    signal: 'violence',
    words: {
      ja: {
        say: ['ビンタされ', 'びんたされ', '平手打ち', 'ひらてうち', '引っぱたかれ', 'ひっぱたかれ', '壁に押し付け', 'かべにおしつけ', '腕をねじ', 'うでをねじ', '踏みつけられ', 'ふみつけられ', '馬乗りにな', 'うまのりにな', '手を上げられ', '手をあげられ', 'てをあげられ', '暴力を受け', 'ぼうりょくをうけ', '暴力をふるわれ', 'ぼうりょくをふるわれ', 'ぶたれ', 'ぶたれる'],
        pairs: [{ ordered: true, reach: 12,
          a: ['夫', 'おっと', '主人', 'しゅじん', '旦那', 'だんな', '彼氏', 'かれし', '元夫', 'もとおっと', '元彼', 'もとかれ', '妻が', 'つまが', 'パートナー', '同居人', '婚約者', '息子', 'むすこ', '兄が', 'あにが', '義父', '義母', '舅', '姑', '夫の家族'],
          b: ['殴っ', 'なぐっ', '殴り', 'なぐり', '殴ら', 'なぐら', '蹴っ', '蹴ら', '蹴り', 'けって', '叩い', 'たたい', '叩か', 'たたか', '叩き', 'たたき', 'ビンタ', 'びんた', '突き飛ば', 'つきとば', '押し倒', 'おしたお', '手を上げ', '手をあげ', 'てをあげ', '手が出', 'てがで', '暴れ', 'あばれ', '暴力', 'ぼうりょく', '物を投げ', 'ものをなげ'] }],
        crisisNegation: { before: [], after: ['たことはな', 'たことはありません', 'たことがな', 'たことがありません', 'てはいな', 'てはいません', 'はしません', 'はしない', 'をふるわな', 'を振るわな', 'をふるいません', 'を振るいません', 'は振るいません', 'はふるいません', 'はふるわな', 'は振るわな', 'はされていな', 'はされていません'] },
      },
      en: {
        say: ['slaps me', 'punches me', 'shoves me', 'shoved me', 'pushes me around', 'knocked me down', 'knocked me over', 'beat me up', 'beats me up', 'beating me up', 'kicking me', 'punching me', 'slapping me', 'slammed me', 'slams me', 'smacks me', 'smacked me', 'elbowed me', 'headbutted me', 'spat on me', 'twisted my arm', 'gave me a black eye', 'split my lip', 'gets physical', 'got physical', 'gets rough with me', 'roughed me up', 'lays hands on me', 'laid hands on me', 'raised his hand to me', 'raises his hand to me', 'raised her hand to me', 'manhandled me', 'stomped on me', 'domestic abuse', 'domestic violence'],
        pairs: [{ reach: 40,
          a: ['husband', 'wife', 'partner', 'boyfriend', 'girlfriend', 'ex husband', 'ex boyfriend', 'fiance', 'father in law', 'mother in law', 'stepdad', 'my ex$'],
          b: ['broke my nose', 'broke my arm', 'broke my ribs', 'broke my jaw', 'broke my finger', 'black eye', 'split my lip', 'bruises all over', 'bruised my', 'knocked out my tooth', 'knocked my tooth'] }],
        idioms: ['hit me up', 'hit me hard', 'hits me hard', 'hitting me hard', 'it hit me', 'it hits me', 'hit me that', 'finally hit me', 'really hit me', 'reality hit me', 'the news hit me', 'beat me to it', 'beats me to it'],
        crisisNegation: { before: ['never once', 'has never', 'hasnt ever', 'doesnt', 'didnt', 'wouldnt', 'would never', 'no longer', 'not physically', 'never physically', 'never actually', 'hasnt', 'has not', 'does not', 'did not'], after: ['has never happened', 'never happened', 'not anymore'] },
      },
      zh: {
        say: ['扇我巴掌', '打我巴掌', '给了我一巴掌', '踹我', '踢我肚子', '打我的头', '把我按在地上', '骑在我身上打', '拳打脚踢', '往死里打', '推我撞墙', '把我推到墙上', '老公打我', '丈夫打我', '男朋友打我', '男友打我', '前夫打我', '儿子打我', '对我动手', '动手打人', '动手打我', '动粗', '对我施暴'],
        pairs: [
          { ordered: true, reach: 12, a: ['老公', '丈夫', '先生', '男朋友', '男友', '前夫', '前男友', '老婆', '妻子', '女朋友', '儿子', '哥哥', '公公', '婆婆', '他', '她'], b: ['打我', '揍我', '踢我', '踹我', '扇我', '掐我', '推我', '砸我', '动手打', '打伤'] },
          { ordered: true, reach: 6, a: ['用', '拿', '抄起'], b: ['砸我', '打我', '砸向我', '扔向我', '往我头上'] },
        ],
        idioms: ['推我一把', '动手术', '打我电话', '打我手机'],
        crisisNegation: { before: ['从来没有', '从没', '从来不', '不会', '从不', '没有再'], after: [] },
      },
      ko: {
        say: ['뺨을 맞', '뺨을 때', '따귀', '벽에 밀쳐', '머리를 때', '배를 때', '멍이 들 정도', '남편이 때', '남편한테 맞', '남편에게 맞', '남친이 때', '남친한테 맞', '남자친구가 때', '남자친구한테 맞', '아내가 때', '아들이 때', '아들한테 맞', '폭력을 휘두르', '손찌검', '가정폭력'],
        pairs: [{ reach: 16, a: ['남편', '남친', '남자친구', '전남편', '전 남편', '아내', '와이프', '아들', '시아버지', '시어머니'], b: ['때려', '때리', '때렸', '주먹으로', '발로 차', '걷어차', '밀쳐', '멱살', '손찌검', '폭력'] }],
        idioms: ['때리지 않', '때리진 않', '때린 적은 없', '때린 적 없', '때린 적이 없', '맞은 적은 없', '맞은 적 없', '맞은 적이 없', '폭력은 쓰지 않', '폭력을 쓰지 않', '손찌검은 안', '예방주사를 맞', '주사를 맞', '주사 맞', '백신을 맞', '백신 맞', '말이 맞', '맞는 말', '네 맞아', '그게 맞아', '맞아요 맞아요'],
      },
      vi: {
        say: ['tát tôi', 'đấm tôi', 'đạp tôi', 'xô tôi', 'đẩy tôi ngã', 'túm tóc tôi', 'chồng đánh', 'chồng tôi đánh', 'chồng hay đánh', 'bạn trai đánh', 'bị chồng đánh', 'bị chồng đánh đập', 'đánh đập tôi', 'anh ấy đánh em', 'đánh em bầm', 'bạo lực gia đình'],
        crisisNegation: { before: ['chưa bao giờ', 'chưa từng', 'không hề', 'không bao giờ', 'không', 'chưa', 'chẳng'], after: [] },
      },
      ne: {
        say: ['श्रीमानले कुट', 'श्रीमान्ले कुट', 'लोग्नेले कुट', 'लोग्नेले पिट', 'श्रीमानले पिट', 'श्रीमतीले कुट', 'छोराले कुट', 'थप्पड हान्यो', 'लात हान्यो', 'मुक्का हान्यो', 'कुटपिट गर्छ', 'घरेलु हिंसा', 'logne le kutchha', 'shriman le kutchha', 'kutpit garchha'],
        crisisNegation: { before: ['कहिल्यै'], after: ['गरेको छैन', 'गर्दैन', 'गर्दैनन्'] },
      },
      tl: {
        say: ['sinasampal ako', 'sinusuntok ako', 'sinisipa ako', 'hinahampas ako', 'binubugbog ako ng asawa', 'sinasaktan ako ng asawa', 'sinasaktan ako ng partner', 'sinasaktan ako ng boyfriend', 'sinasaktan ako ng live in', 'pinagbubuhatan ng kamay', 'pinagbuhatan ako ng kamay', 'nananakit ang asawa', 'nananakit ang mister'],
        crisisNegation: { before: ['hindi kailanman', 'kailanman hindi', 'hindi naman', 'di naman', 'di'], after: [] },
      },
      pt: {
        say: ['me bate', 'me bateu', 'me espanca', 'me espancou', 'me agride', 'me agrediu', 'agressão', 'agredida', 'agredido', 'me deu um tapa', 'me deu um soco', 'me chutou', 'me chuta', 'me empurrou no chão', 'me empurrou contra', 'me jogou no chão', 'me jogou contra', 'me sacode', 'meu marido me bate', 'meu namorado me bate', 'violência doméstica'],
        crisisNegation: { before: ['não', 'nunca', 'jamais', 'nunca me', 'não me'], after: [] },
      },
      id: {
        pairs: [{ ordered: true, reach: 16, a: ['suami', 'pacar', 'mantan suami', 'mantan pacar'], b: ['menendang', 'memukul', 'menampar', 'mencekik', 'menjambak', 'meninju', 'menonjok'] }],
        say: ['menendang perut', 'memukul perut', 'menendang saya', 'meninju saya', 'menonjok saya', 'ditampar suami', 'dipukul suami', 'dipukuli suami', 'ditendang suami', 'suami memukul', 'suami saya memukul', 'suami suka memukul', 'pacar memukul', 'pacar saya memukul', 'mantan memukul', 'didorong sampai jatuh', 'dijambak', 'kdrt', 'suka main tangan'],
        crisisNegation: { before: ['tidak', 'tidak pernah', 'belum pernah', 'nggak', 'gak', 'ga', 'enggak', 'tak', 'tak pernah', 'nggak pernah', 'gak pernah'], after: [] },
      },
    },
  },
  {
    name: 'strangled, choked, hands on the throat',
    signal: 'violence',
    words: {
      ja: { say: ['首を絞められ', 'くびをしめられ', '首を締められ', 'のどを押さえつけ', '喉を押さえつけ', '息ができなくなるまで', 'いきができなくなるまで', '首絞め', 'くびじめ'] },
      en: { say: ['choking me', 'chokes me', 'strangles me', 'strangling me', 'squeezed my neck', 'squeezes my neck', 'chokehold', 'choke hold', 'couldnt breathe when he', 'until i couldnt breathe', 'until i passed out', 'hands around my throat', 'hands around my neck'] },
      zh: { say: ['掐脖子', '掐住我的脖子', '掐我脖子', '勒我脖子', '勒我的脖子', '勒住我', '用皮带勒', '用绳子勒', '掐得我喘不过气', '掐到我快窒息', '掐到我喘不过气'] },
      ko: { say: ['목을 조여', '목 졸라', '숨을 못 쉬게', '목을 졸라'] },
      vi: { say: ['siết cổ tôi', 'bóp cổ tôi', 'bóp cổ em', 'bóp cổ đến', 'nghẹt thở vì bị'] },
      ne: { say: ['घाँटी निचो', 'घाँटी अँठ्या', 'सास फेर्न नसक्ने गरी', 'घाँटी समातेर'] },
      tl: { say: ['sinasakal ako', 'sinakal niya ako', 'sinakal ako', 'sasakalin', 'sakalin ako'] },
      pt: { say: ['me enforcou', 'me enforca', 'me esganou', 'me esgana', 'me estrangulou', 'tentou me estrangular', 'mão no meu pescoço', 'mãos no meu pescoço'] },
      id: { say: ['mencekik leher saya', 'mencekik saya', 'dicekik sampai', 'mencekikku'] },
    },
  },
  {
    name: 'dragged by the hair',
    signal: 'violence',
    words: {
      ja: { say: ['かみをひっぱられ', 'かみのけをつかま', '髪の毛をつかん', '髪をつかんで', '髪の毛を引っ張', '髪を掴', '引きずら', 'ひきずら', '引きずり回', 'ひきずりまわ'] },
      en: { say: ['by my hair', 'by the hair', 'yanked my hair', 'yanks my hair', 'pulls my hair', 'pulling my hair', 'dragged me across', 'dragged me by'] },
      zh: { say: ['揪我头发', '扯我头发', '拽我头发', '抓着我头发', '把我拖', '揪着头发', '拖着我走'] },
      ko: { say: ['머리카락을 잡아', '머리를 잡아당', '질질 끌', '끌고 다녔', '머리채를 잡'] },
      vi: { say: ['nắm tóc tôi', 'giật tóc', 'kéo tóc tôi', 'kéo lê tôi', 'túm tóc lôi'] },
      ne: { say: ['कपाल समातेर', 'कपालमा समातेर', 'घिसारेर', 'घिसार्दै'] },
      tl: { say: ['sabunutan', 'sinasabunutan', 'hinila ang buhok ko', 'kinaladkad ako', 'kinakaladkad'] },
      pt: { say: ['puxou meu cabelo', 'puxa meu cabelo', 'puxou pelos cabelos', 'me arrastou pelo', 'me arrastou pela', 'pelos cabelos'] },
      id: { say: ['dijambak', 'jambak rambut', 'menarik rambut saya', 'menyeret saya', 'menyeretku'] },
    },
  },
  {
    name: 'things thrown or smashed in anger',
    signal: 'violence',
    words: {
      ja: { say: ['ものをなげ', '物を投げつけ', 'ものをなげつけ', '皿を投げ', 'さらをなげ', '灰皿を投げ', '食器を投げ', '椅子を投げ', 'いすをなげ', 'ドアを蹴', 'どあをけ', '壁を殴', 'かべをなぐ'] },
      en: {
        say: ['punches walls', 'punched holes in the wall', 'punched a hole in the wall'],
        pairs: [{ ordered: true, reach: 24, a: ['threw', 'throws', 'throwing', 'hurled', 'hurls', 'flung'], b: ['at me', 'at my head', 'at my face', 'at her', 'at us', 'at the kids', 'at my mum', 'at my mom'] }],
        idioms: ['tantrum', 'threw a party', 'threw a fit', 'throws a fit', 'snowball', 'threw the ball', 'throws the ball'],
      },
      zh: {
        say: ['扔东西砸我', '拿东西砸我', '往我身上扔', '拿杯子砸', '拿碗砸我', '拿椅子砸'],
        pairs: [{ ordered: true, reach: 6, a: ['老公', '丈夫', '男朋友', '男友', '前夫'], b: ['摔东西', '砸东西', '扔东西'] }],
      },
      ko: { say: ['물건을 집어던', '물건을 던지며', '접시를 던', '의자를 던', '벽을 주먹으로', '나한테 던'] },
      vi: { say: ['ném đồ vào', 'ném bát đĩa', 'ném chén bát', 'đập phá đồ đạc', 'ném vào người tôi'] },
      ne: { say: ['सामान फ्याँक', 'भाँडा फ्याँक', 'सामान फुटाल', 'मलाई हानेर फ्याँक'] },
      tl: { say: ['binato ako', 'binabato ako', 'ibinato sa akin', 'nagbabasag ng gamit', 'nanghahagis ng gamit'] },
      pt: { say: ['joga coisas em mim', 'jogou coisas em mim', 'atirou um prato', 'joga objetos em mim'] },
      id: { say: ['melempar barang ke', 'melempari saya', 'membanting barang', 'banting barang', 'lempar piring', 'melempar piring'] },
    },
  },
  {
    name: 'a weapon: knife, scissors, bat, gun',
    signal: 'violence',
    words: {
      ja: {
        say: ['包丁を突きつけ', 'ほうちょうをつきつけ', 'ナイフを突きつけ', '刃物を向け', 'はものをむけ', '包丁を持ち出', 'ほうちょうをもちだ', '包丁を振り回', 'ほうちょうをふりまわ', '刺してやる', 'さしてやる', '刺されそう', 'さされそう', '切りつけられ', 'きりつけられ'],
        pairs: [{ ordered: true, reach: 8, a: ['はさみ', 'ハサミ', '鋏', 'カッター', '金属バット', '木刀', 'ゴルフクラブ', '包丁', 'ほうちょう', 'ナイフ', '刃物', 'はもの'], b: ['突きつけ', 'つきつけ', '刺す', '刺そう', '切りつけ', 'きりつけ', '脅', 'おどさ', 'おどし', '振り上げ', 'ふりあげ', '向けて', 'むけて', '持って追いかけ', 'もっておいかけ'] }],
      },
      en: { say: ['scissors at me', 'held scissors', 'pointed a knife', 'pointed a gun', 'waved a knife', 'came at me with', 'threatened me with a', 'pulled a knife', 'pulled a gun', 'held a knife to', 'knife to my throat', 'knife to my neck', 'gun to my head', 'machete'] },
      zh: { say: ['拿着刀', '举着刀', '用刀指着', '刀架在', '拿剪刀', '拿菜刀', '拿着菜刀', '拿酒瓶', '用刀威胁', '拿枪', '刀抵着'] },
      ko: { say: ['칼을 들', '칼로 위협', '칼을 휘두', '가위를 들', '야구방망이로', '망치를 들', '칼을 목에', '총을 겨누'] },
      vi: { say: ['kề dao', 'dí dao', 'cầm gậy đánh', 'vung dao', 'rút dao', 'đòi chém', 'dọa chém', 'chém tôi', 'đâm tôi'] },
      ne: { say: ['चक्कु देखाएर', 'खुकुरी देखाएर', 'चक्कुले धम्क्या', 'खुकुरीले हान्छु', 'काट्छु भन्छ', 'चक्कु लिएर'] },
      tl: { say: ['may hawak na kutsilyo', 'tinutukan ng kutsilyo', 'tinutukan ng baril', 'sasaksakin', 'sinaksak', 'sinasaksak', 'may dalang itak'] },
      pt: { say: ['faca no meu pescoço', 'apontou uma faca', 'apontou a arma', 'ameaçou com faca', 'ameaçou com uma faca', 'veio com uma faca', 'pegou a faca e', 'pegou uma faca e', 'com um facão', 'me esfaqueou', 'esfaquear'] },
      id: { say: ['mengacungkan pisau', 'menodongkan pisau', 'ditodong pisau', 'membawa parang', 'mengancam dengan pisau', 'mau menusuk', 'menusuk saya', 'mengacungkan golok'] },
    },
  },
  {
    name: 'a threat to kill, to burn, to die together',
    signal: 'violence',
    words: {
      ja: { say: ['ぶっ殺', 'ぶっころ', '殺すって', 'ころすって', '殺すと脅', 'ころすとおど', '殺されるかも', 'ころされるかも', '命はない', 'いのちはない', '道連れに', 'みちづれに', '一家心中', 'いっかしんじゅう', 'ただじゃおかな', '家に火をつけ', 'いえにひをつけ', '死なせてやる', 'しなせてやる', '殺してやると', 'ころしてやると', '生きて帰さな'] },
      en: {
        say: ['said he would kill', 'says he will kill', 'says hell kill', 'said hed kill', 'said she would kill', 'threatens to kill', 'threatening to kill', 'gonna kill me', 'kill us all', 'kill himself and', 'youre dead'],
        pairs: [{ reach: 32, a: ['if i leave', 'if i try to leave', 'if i go to the police', 'if i tell anyone', 'if i call the police', 'if i ever leave', 'if i report'], b: ['kill', 'hurt me', 'find me', 'dead$', 'take the kids', 'burn', 'make me pay'] }],
        idioms: ['boss is gonna kill me', 'mom is gonna kill me', 'mum is gonna kill me', 'dad is gonna kill me', 'wife is gonna kill me', 'mom will kill me', 'mum will kill me', 'dad will kill me', 'wife will kill me', 'teacher will kill me', 'hes gonna kill me lol'],
      },
      zh: { say: ['弄死你', '弄死我', '杀了你', '宰了你', '砍死你', '同归于尽', '放火烧', '烧了房子', '要你的命', '不会放过你', '要我的命'] },
      ko: { say: ['죽여 버리겠', '죽일 거', '죽여 버릴', '죽여버릴', '같이 죽자', '불을 질러', '집에 불을', '가만 안 둬', '가만두지 않', '목숨을 가져'] },
      vi: { say: ['giết mày', 'sẽ giết', 'đòi giết', 'chết chung', 'đốt nhà', 'cho mày chết', 'không tha cho'] },
      ne: { say: ['मारिदिन्छु', 'मारिदिने धम्की', 'काटिदिन्छु', 'जलाइदिन्छु', 'आगो लगाइदिन्छु', 'सँगै मरौं', 'maridinchu', 'mardinchu'] },
      tl: { say: ['papatayin kita', 'papatayin ka', 'papatayin niya ako', 'sabay tayong mamamatay', 'susunugin ang bahay', 'susunugin ko'] },
      pt: { say: ['disse que vai me matar', 'ameaçou me matar', 'ameaça me matar', 'ameaçou de morte', 'ameaça de morte', 'jurou de morte', 'tacar fogo na casa', 'botar fogo na casa', 'vou te matar'] },
      id: { say: ['akan membunuh', 'mau membunuh', 'bunuh kamu', 'kubunuh', 'mati kamu', 'mengancam membunuh', 'ancaman pembunuhan', 'membakar rumah', 'mati bersama'] },
    },
  },
  {
    name: 'locked in, not let out',
    signal: 'violence',
    words: {
      ja: { say: ['家から出してもらえ', 'いえからだしてもらえ', '外に出してもらえな', 'そとにだしてもらえな', '監禁', 'かんきん', '閉じ込められてい', 'とじこめられてい'] },
      en: { say: ['locks me in', 'keeps me locked', 'wont let me out of the house', 'wont let me leave the house', 'not allowed to leave the house', 'blocks the door so i cant', 'blocked the door so i', 'keeps me prisoner', 'prisoner in my own home'] },
      zh: { say: ['把我关在', '把我锁在', '锁在房间', '软禁', '限制我出门', '不准我出门', '堵着门不让'] },
      ko: { say: ['나를 못 나가게', '저를 못 나가게', '나가지 못하게 문을', '집에 가둬', '방에 가둬'] },
      vi: { say: ['nhốt em', 'không cho ra khỏi nhà', 'không cho tôi ra ngoài', 'không cho em ra ngoài', 'giam lỏng', 'khóa cửa nhốt', 'chặn cửa không cho'] },
      ne: { say: ['घरमै थुन', 'बाहिर जान दिँदैन', 'ढोका बन्द गरेर थुन', 'कोठामा थुनेर'] },
      tl: { say: ['ikinukulong ako', 'hindi ako pinapalabas', 'ayaw akong palabasin', 'kinandado ako', 'nakakulong ako sa bahay'] },
      pt: { say: ['me trancou em casa', 'me deixa trancada', 'me deixa trancado', 'não me deixa sair de casa', 'cárcere privado', 'me prende em casa', 'trancou a porta e levou a chave'] },
      id: { say: ['dikurung di rumah', 'disekap', 'menyekap'] },
    },
  },
  {
    name: 'the phone taken, hidden or smashed',
    signal: 'violence',
    words: {
      ja: {
        pairs: [{ ordered: true, reach: 12,
          a: ['夫', 'おっと', '主人', '旦那', 'だんな', '彼氏', 'かれし', '元夫', '元彼', 'パートナー'],
          b: ['スマホを取り上げ', 'すまほをとりあげ', '携帯を取り上げ', 'けいたいをとりあげ', 'スマホを壊', 'すまほをこわ', '携帯を壊', 'けいたいをこわ', 'スマホを割', '携帯を割', 'スマホを奪', '携帯を奪', '電話をさせてもらえ', 'でんわをさせてもらえ', '連絡を取らせてもらえ', 'スマホを投げ', '携帯を投げ'] }],
      },
      en: {
        pairs: [{ reach: 40, a: ['husband', 'boyfriend', 'partner', 'wife', 'girlfriend', 'my ex$'], b: ['took my phone away', 'takes my phone away', 'broke my phone', 'threw my phone', 'hid my phone', 'hides my phone', 'wont let me call', 'wont let me use the phone', 'cut the phone line'] }],
      },
      zh: { say: ['抢走我的手机', '摔我手机', '砸了我的手机', '砸我手机', '把我手机摔', '不让我打电话', '不让我跟别人联系', '把我手机藏'] },
      ko: { say: ['핸드폰을 부수', '휴대폰을 부수', '폰을 부셨', '전화를 못 하게', '연락을 못 하게', '휴대폰을 빼앗', '핸드폰을 빼앗'] },
      vi: { say: ['đập điện thoại', 'đập vỡ điện thoại', 'không cho tôi gọi', 'không cho liên lạc với'] },
      ne: { say: ['फोन फुटाल', 'फोन फुटायो', 'फोन लुकाय', 'फोन गर्न दिँदैन', 'फोन खोसेर'] },
      tl: { say: ['binasag ang cellphone', 'sinira ang cellphone ko', 'inaagaw ang cellphone', 'hindi ako pinapatawag', 'binasag niya ang phone'] },
      pt: { say: ['quebrou meu celular', 'quebra meu celular', 'não me deixa ligar', 'não me deixa falar com ninguém'] },
      id: { say: ['membanting hp saya', 'membanting ponsel', 'merampas hp', 'merebut hp saya', 'tidak boleh menelepon', 'tidak boleh menghubungi siapa'] },
    },
  },
  {
    name: 'hiding from them now',
    signal: 'violence',
    words: {
      ja: {
        say: ['トイレに隠れてい', 'といれにかくれてい', '押し入れに隠れ', 'おしいれにかくれ', '車の中に隠れ', 'くるまのなかにかくれ', '裸足で逃げ', 'はだしでにげ', '着の身着のまま', 'きのみきのまま'],
        pairs: [{ reach: 20, acrossSentences: true,
          a: ['逃げてきた', 'にげてきた', '逃げてきました', 'にげてきました', '隠れてい', 'かくれてい', '飛び出してきた', 'とびだしてきた', '逃げ出してきた', 'にげだしてきた'],
          b: ['夫', 'おっと', '主人', '旦那', 'だんな', '彼氏', 'かれし', '彼から', 'かれから', '父から', 'ちちから', '親から', 'おやから', '暴力', 'ぼうりょく', '殴', 'なぐ', '追いかけ', 'おいかけ', '探してい', 'さがしてい', '見つか', 'みつか', '今夜', 'こんや', '家に帰れ', 'いえにかえれ'] }],
      },
      en: {
        say: ['hiding in the bathroom', 'hiding in the bedroom', 'hiding in the closet', 'hiding from him', 'hiding from her', 'hiding from my husband', 'hiding from my partner', 'hiding from my boyfriend', 'hiding from my dad', 'hiding from my father', 'locked myself in the bathroom', 'locked myself in the bedroom', 'ran away from him', 'escaped from him', 'hes looking for me', 'he is looking for me', 'hes outside my door', 'trying to break in'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['hiding', 'locked myself', 'barricaded', 'fled', 'escaped', 'sneaked out', 'snuck out'], b: ['from him', 'from her', 'from my husband', 'from my partner', 'from my boyfriend', 'from my dad', 'from my father', 'from my ex', 'banging on', 'looking for me', 'find me', 'hes outside', 'shes outside', 'hes coming', 'he is coming'] }],
      },
      zh: {
        say: ['躲在厕所', '躲在卫生间', '躲着他', '从家里逃出来', '他在找我', '他在门外'],
        pairs: [{ reach: 12, acrossSentences: true, a: ['躲在', '躲起来', '逃出来', '跑出来', '逃到'], b: ['老公', '丈夫', '男朋友', '前夫', '他在找', '在门外', '砸门', '找到我', '打我', '怕他'] }],
      },
      ko: {
        say: ['화장실에 숨어', '방에 숨어', '도망쳐 나왔', '도망 나왔', '집을 뛰쳐나왔'],
        pairs: [{ reach: 24, acrossSentences: true, a: ['숨어', '숨었', '도망쳐', '도망 나왔', '도망쳤', '뛰쳐나왔'], b: ['남편', '남친', '남자친구', '전남편', '아빠', '그 사람', '찾고 있', '문 밖에', '문을 두드', '문을 부수', '때릴', '무서워'] }],
      },
      vi: {
        say: ['trốn trong nhà vệ sinh', 'trốn chồng', 'trốn khỏi chồng', 'chạy trốn khỏi', 'anh ta đang tìm tôi', 'đang đập cửa'],
        pairs: [{ ordered: true, reach: 16, a: ['đang trốn', 'chạy trốn', 'bỏ chạy', 'thoát ra'], b: ['chồng', 'bạn trai', 'anh ta', 'đang tìm', 'đập cửa', 'sợ bị đánh'] }],
      },
      ne: { say: ['लुकेर बसेको छु', 'लुकेको छु', 'भागेर आएँ', 'घरबाट भागें', 'उसले खोजिरहेको'] },
      tl: { say: ['nagtatago sa banyo', 'nagtatago ako sa kanya', 'tumakas ako', 'tumakas kami', 'hinahanap niya ako', 'sinisira ang pinto'] },
      pt: { say: ['estou escondida', 'estou escondido', 'me escondi no banheiro', 'me tranquei no banheiro', 'me tranquei no quarto', 'fugi dele', 'fugindo dele', 'ele está me procurando', 'ele tá me procurando', 'esmurrando a porta', 'arrombando a porta'] },
      id: { say: ['sedang bersembunyi', 'bersembunyi di kamar mandi', 'sembunyi dari suami', 'kabur dari suami', 'melarikan diri dari suami', 'menggedor pintu', 'mendobrak pintu'] },
    },
  },
  {
    name: 'fleeing at night, with the children',
    signal: 'violence',
    words: {
      ja: {
        say: ['着の身着のまま逃げ', 'きのみきのままにげ', '夜中に家を飛び出', 'よなかにいえをとびだ'],
        pairs: [{ ordered: true, reach: 12,
          a: ['夫から', 'おっとから', '主人から', '旦那から', 'だんなから', '彼から', 'かれから', '彼氏から', 'かれしから', '暴力から', 'ぼうりょくから', 'dvから'],
          b: ['逃げてきた', 'にげてきた', '逃げ出した', 'にげだした', '逃げています', 'にげています', '逃げている', 'にげている', '避難してきた', 'ひなんしてきた', '飛び出してきた', 'とびだしてきた'] }],
      },
      en: { say: ['fled last night', 'fled in the night', 'left in the middle of the night with the kids', 'took the kids and ran', 'took the kids and left last night', 'escaped last night', 'nowhere safe to go tonight', 'need somewhere safe tonight', 'sleeping in my car to get away'] },
      zh: { say: ['半夜带着孩子逃出来', '带着孩子跑出来', '连夜逃出来', '光着脚跑出来', '今晚没地方去'] },
      ko: { say: ['아이를 데리고 도망', '애들 데리고 나왔', '한밤중에 도망', '맨발로 도망', '오늘 밤 갈 곳이 없'] },
      vi: { say: ['bế con bỏ trốn', 'ôm con chạy', 'nửa đêm bỏ chạy', 'chạy khỏi nhà lúc nửa đêm', 'đêm nay không có chỗ'] },
      ne: { say: ['बच्चा लिएर भागें', 'राति भागें', 'रातिराति भागेर', 'आज राति बस्ने ठाउँ छैन'] },
      tl: { say: ['tumakas kami ng mga anak ko', 'isinama ko ang mga anak at tumakas', 'tumakas kagabi', 'umalis kami ng hatinggabi'] },
      pt: { say: ['fugi com as crianças', 'fugi com meus filhos', 'saí de madrugada com', 'fugi de madrugada', 'fugi ontem à noite'] },
      id: { say: ['kabur bersama anak', 'kabur membawa anak', 'lari tengah malam', 'kabur tengah malam', 'kabur semalam'] },
    },
  },

  {
    name: 'afraid a partner will hurt or kill me; violent when drunk',
    signal: 'violence',
    words: {
      ja: { say: ['殺されるかもしれな', 'ころされるかもしれな', '帰ったら何をされる', 'かえったらなにをされる', '酔うと暴れ', 'ようとあばれ', '酒を飲むと暴れ', 'さけをのむとあばれ', '飲むと殴', 'のむとなぐ'] },
      en: {
        say: ['scared of my husband', 'afraid of my husband', 'terrified of my husband', 'scared of my partner', 'afraid of my partner', 'terrified of my partner', 'scared of my boyfriend', 'afraid of my boyfriend', 'scared of my ex$', 'afraid of my ex$', 'afraid of my son$', 'scared of my son$', 'violent when he drinks', 'violent when drunk', 'hits me when hes drunk'],
        pairs: [{ reach: 40, a: ['scared of him', 'afraid of him', 'terrified of him', 'scared he will', 'afraid he will', 'scared he might', 'afraid he might', 'scared hell', 'afraid hell'], b: ['hurt me', 'kill', 'finds me', 'find me', 'sleeping at', 'staying at', 'cant go home', 'not going home'] }],
      },
      zh: { say: ['怕他会打我', '怕他伤害我', '他喝醉了就打', '喝了酒就打人', '怕他杀了我'] },
      ko: { say: ['술만 마시면 때', '술 마시면 폭력', '죽일까 봐', '해칠까 봐'] },
      vi: { say: ['sợ anh ta giết', 'say rượu là đánh', 'uống rượu vào là đánh', 'sợ bị đánh nữa'] },
      ne: { say: ['रक्सी खाएपछि कुट्छ', 'रक्सी खाएर कुट', 'मार्ला भन्ने डर'] },
      tl: { say: ['pag lasing nananakit', 'kapag nakainom nananakit', 'takot ako baka patayin', 'baka saktan niya ako'] },
      pt: { say: ['quando bebe ele me bate', 'quando bebe fica violento', 'tenho medo que ele me mate', 'medo dele me matar', 'medo de ele me bater'] },
      id: { say: ['kalau mabuk suka memukul', 'kalau mabuk main tangan', 'takut dibunuh', 'takut dipukul lagi'] },
    },
  },
  {
    name: 'not allowed out, cut off: cannot leave the flat or use a phone',
    signal: 'violence',
    words: {
      ja: { say: ['一歩も外に出させてもらえ', 'いっぽもそとにださせてもらえ', '外出を禁止され', 'がいしゅつをきんしされ'] },
      en: { pairs: [{ ordered: true, reach: 24, a: ['wont let me', 'doesnt let me', 'not allowed to', 'wont allow me', 'forbids me to', 'i cant'], b: ['leave the flat', 'leave the house', 'leave the apartment', 'go outside', 'have my own phone', 'have a phone', 'use the phone', 'call anyone', 'call my family'] }] },
      zh: { say: ['不让我离开家', '不许我出门', '不准我用手机', '不让我跟家人联系'] },
      ko: { say: ['집 밖에 못 나가게 해', '휴대폰도 못 쓰게', '가족한테 연락도 못 하게'] },
      vi: { say: ['không cho tôi ra khỏi nhà', 'không cho dùng điện thoại', 'không cho liên lạc với gia đình'] },
      ne: { say: ['घरबाट निस्कन दिँदैन', 'फोन चलाउन दिँदैन', 'परिवारसँग कुरा गर्न दिँदैन', 'निस्कन दिनुहुन्न', 'घरबाट निस्कन दिनुहुन्न', 'बाहिर जान दिनुहुन्न', 'फोन खोसेर राख्', 'फोन खोस्नुहुन्छ', 'फोन चलाउन दिनुहुन्न'] },
      tl: { say: ['hindi ako pinapalabas ng bahay', 'bawal akong lumabas', 'bawal akong gumamit ng cellphone'] },
      pt: { say: ['não me deixa sair de casa', 'não me deixa ter celular', 'não me deixa falar com minha família'] },
      id: { say: ['tidak boleh keluar rumah oleh suami', 'dilarang suami keluar rumah', 'tidak boleh pegang hp', 'tidak boleh menghubungi keluarga'] },
    },
  },

  {
    name: 'a threat if I go to the police or leave; “you are next”; stalking at work or home',
    signal: 'violence',
    words: {
      ja: {
        say: ['次はお前だ', 'つぎはおまえだ', '次はお前の番', 'タイヤを切られ', 'たいやをきられ', '職場まで来る', 'しょくばまでくる', '職場に押しかけ', 'しょくばにおしかけ'],
        pairs: [{ ordered: true, reach: 16, a: ['警察に言ったら', 'けいさつにいったら', '通報したら', 'つうほうしたら', '逃げたら', 'にげたら', '別れたら', 'わかれたら', '出て行ったら', 'でていったら'], b: ['殺', 'ころ', 'ただじゃおかな', 'どうなるか', '覚えて', 'おぼえて', '許さな', 'ゆるさな'] }],
      },
      en: { say: ['said im next', 'says im next', 'told me im next', 'said youre next', 'said i am next', 'slashed my tyres', 'slashed my tires', 'keeps turning up at my', 'keeps showing up at my', 'waiting outside my work', 'waiting outside my house', 'follows me home', 'followed me home'] },
      zh: { say: ['下一个就是你', '下一个是你', '划破我的轮胎', '扎破我的轮胎', '到我单位堵我', '在我公司门口等我'], pairs: [{ ordered: true, reach: 12, a: ['如果我报警', '要是我报警', '敢报警', '报警的话', '要是我离开', '如果我离开', '敢离开', '敢走'], b: ['好看', '杀', '弄死', '打死', '全家', '不会放过', '后果'] }] },
      ko: { say: ['다음은 너', '타이어를 찢', '직장까지 찾아와'], pairs: [{ reach: 16, a: ['신고하면', '경찰에 말하면', '도망가면', '헤어지면', '떠나면'], b: ['죽', '가만 안', '가족', '후회', '두고 봐'] }] },
      vi: { say: ['người tiếp theo là mày', 'rạch lốp xe', 'đến chỗ làm chặn'], pairs: [{ reach: 24, a: ['nếu báo công an', 'nếu tôi báo', 'nếu bỏ đi', 'nếu ly hôn'], b: ['giết', 'không tha', 'cả nhà', 'chết$'] }] },
      ne: { say: ['अब तेरो पालो', 'टायर काटिदियो'], pairs: [{ reach: 24, a: ['प्रहरीमा गए', 'उजुरी गरे', 'छोडेर गए'], b: ['मार्छु', 'मारिदिन्छु', 'परिवार', 'देखाउँछु'] }] },
      tl: { say: ['ikaw ang susunod', 'laslas ang gulong', 'pinupuntahan ako sa trabaho'], pairs: [{ reach: 24, a: ['kapag nagsumbong', 'pag nagsumbong ako', 'kapag umalis ako', 'pag iniwan ko'], b: ['papatayin', 'sasaktan', 'pamilya', 'pagsisisihan'] }] },
      pt: { say: ['você é o próximo', 'você é a próxima', 'eu sou a próxima', 'cortou os pneus', 'rasgou os pneus', 'aparece no meu trabalho'], pairs: [{ reach: 24, a: ['se eu denunciar', 'se eu chamar a polícia', 'se eu for na polícia', 'se eu largar', 'se eu for embora', 'se eu deixar ele'], b: ['me mata', 'me matar', 'minha família', 'vai se arrepender', 'vai ver'] }] },
      id: { say: ['kamu berikutnya', 'giliranmu nanti', 'menyayat ban', 'datang ke tempat kerja saya terus'], pairs: [{ reach: 24, a: ['kalau saya lapor', 'kalau lapor polisi', 'kalau saya pergi', 'kalau saya cerai'], b: ['bunuh', 'membunuh', 'keluarga', 'menyesal', 'habisi'] }] },
    },
  },
  {
    name: 'a weapon grabbed or swung; slammed into a wall; “next time he won’t miss”',
    signal: 'violence',
    words: {
      ja: { say: ['はさみを持って', 'ハサミを持って', '次は外さな', 'つぎははずさな', '壁に叩きつけ', 'かべにたたきつけ', '壁にぶつけられ', 'かべにぶつけられ'] },
      en: {
        say: ['grabbed the scissors', 'grabbed the kitchen scissors', 'grabbed a knife', 'grabbed the knife', 'grabbed a kitchen knife', 'next time he wont miss', 'wont miss next time', 'slammed me into the wall', 'slammed me against the wall', 'threw me against the wall'],
        pairs: [{ ordered: true, reach: 16, a: ['grabbed', 'came at me with', 'waving', 'waved', 'pointed', 'swung', 'brandished', 'threatened me with'], b: ['scissors', 'knife', 'kitchen knife', 'hammer', 'bat$', 'screwdriver', 'gun$', 'golf club'] }],
      },
      zh: {
        say: ['拿起剪刀', '抓起剪刀', '抓起菜刀', '抄起刀', '下次不会失手', '把我撞向墙', '把我往墙上撞', '要让我消失', '让你消失'],
        pairs: [{ ordered: true, reach: 8, a: ['男友', '男朋友', '老公', '丈夫', '前夫'], b: ['掐住我', '掐我', '撞向墙', '往墙上撞', '推到墙上', '撞到墙'] }],
      },
      ko: { say: ['가위를 집어', '칼을 집어', '다음엔 안 빗나', '휘두르며', '휘두르면서', '방에 몰아넣', '구석에 몰아', '벽에 밀어붙'] },
      vi: { say: ['cầm lấy kéo', 'chộp lấy dao', 'vớ lấy dao', 'đập đầu tôi vào tường', 'đẩy tôi vào tường'] },
      ne: { say: ['कैंची उठाएर', 'चक्कु उठाएर', 'भित्तामा ठोकिदियो'] },
      tl: { say: ['dinampot ang gunting', 'dinampot ang kutsilyo', 'kinuha ang kutsilyo at', 'inuntog ako sa pader'] },
      pt: { say: ['pegou a tesoura', 'pegou uma tesoura', 'agarrou a faca', 'próxima vez não erra', 'me jogou na parede', 'me empurrou na parede'] },
      id: { say: ['mengambil gunting', 'menyambar pisau', 'meraih pisau', 'membenturkan saya ke dinding', 'membenturkan kepala saya'] },
    },
  },

  {
    name: 'an older parent or another relative hit, pushed down the stairs, kicked',
    signal: 'violence',
    words: {
      ja: { pairs: [{ ordered: true, reach: 3, a: ['母を', 'ははを', '父を', 'ちちを', '祖母を', '祖父を', 'おばあちゃんを', 'おじいちゃんを', '妻を', 'つまを', '姉を', '妹を', '母親を', '父親を'], b: ['殴', 'なぐ', '叩い', '叩く', 'たたい', 'たたく', '蹴', '突き飛ば', 'つきとば', '突き落と', 'つきおと', '押し倒', 'おしたお'] }] },
      en: {
        say: ['pushed her down the stairs', 'pushed him down the stairs', 'pushed me down the stairs', 'shoved her down the stairs', 'threw her down the stairs'],
        pairs: [
          { ordered: true, reach: 4, a: ['hits', 'hit', 'beats', 'beat', 'pushes', 'pushed', 'shoves', 'shoved', 'kicks', 'kicked', 'slaps', 'slapped', 'punched', 'punches'], b: ['my mother', 'my mum', 'my mom', 'my father', 'my dad', 'my grandmother', 'my grandma', 'my grandfather', 'my grandpa', 'my wife', 'my sister', 'our mother', 'our mum', 'our dad'] },
          { ordered: true, reach: 24, a: ['pushed', 'shoved', 'threw', 'kicked'], b: ['down the stairs', 'to the floor', 'into the wall', 'against the wall'] },
        ],
      },
      zh: { pairs: [{ ordered: true, reach: 1, a: ['打', '推', '踢', '揍'], b: ['我妈', '我爸', '我母亲', '我父亲', '奶奶', '爷爷', '外婆', '外公', '老人'] }], idioms: ['打我妈电话', '打我爸电话', '推我妈去', '推我爸去'] },
      ko: { pairs: [{ reach: 8, a: ['엄마를', '아빠를', '어머니를', '아버지를', '할머니를', '할아버지를'], b: ['때리', '때려', '때렸', '때린', '밀쳐', '밀어서', '걷어차', '발로'] }] },
      vi: { say: ['đá vào bụng', 'đá vào người', 'đạp vào bụng', 'đấm vào mặt', 'tát vào mặt tôi', 'đánh vào đầu'], pairs: [{ ordered: true, reach: 2, a: ['đánh', 'đẩy', 'xô', 'tát', 'đạp'], b: ['mẹ tôi', 'bố tôi', 'bà tôi', 'ông tôi', 'mẹ già', 'bố già'] }] },
      ne: { say: ['आमालाई कुट', 'बुबालाई कुट', 'हजुरआमालाई कुट', 'हजुरबुबालाई कुट', 'आमालाई धकेल'] },
      tl: { say: ['sinasaktan si nanay', 'binubugbog si lola', 'tinulak si nanay', 'sinaktan si tatay', 'sinaktan si lola', 'tinulak si lola'] },
      pt: { say: ['bate na minha mãe', 'bateu na minha mãe', 'empurrou minha mãe', 'bate no meu pai', 'bate na minha avó', 'agride minha mãe', 'empurrou da escada'] },
      id: { say: ['memukul ibu saya', 'mendorong ibu saya', 'memukul nenek', 'memukuli ibu', 'mendorong nenek'] },
    },
  },
  {
    name: 'a threat to burn my car or home; outside my door right now',
    signal: 'violence',
    words: {
      ja: { say: ['車に火を', 'くるまにひを', '燃やすと言', 'もやすといわ'], pairs: [{ ordered: true, reach: 12, a: ['元夫', 'もとおっと', '夫', 'おっと', '元彼', 'もとかれ', '彼が', 'かれが'], b: ['家の前にいる', 'いえのまえにいる', '家の前で待', 'ドアの外にいる', 'どあのそとにいる'] }] },
      en: {
        say: ['burn my car', 'burn my house', 'burn down my', 'set fire to my', 'torch my'],
        pairs: [
          { ordered: true, reach: 12, a: ['says he will', 'said he will', 'says hell', 'said hed', 'threatens to', 'threatened to', 'says she will'], b: ['burn', 'set fire', 'smash my', 'break my', 'kill', 'hurt me', 'get me'] },
          { ordered: true, reach: 12, a: ['my ex$', 'he is', 'hes', 'my husband', 'my partner'], b: ['outside my building', 'outside my door', 'outside my flat', 'outside my house', 'outside my window', 'at my door'] },
        ],
      },
      zh: { say: ['说要烧我的车', '说要放火', '在我家楼下等我', '就在我门外'] },
      ko: { say: ['차에 불을 지르', '집에 불을 지르겠', '집 앞에 와 있'] },
      vi: { say: ['dọa đốt xe', 'dọa đốt nhà', 'đang đứng trước nhà tôi'] },
      ne: { say: ['गाडीमा आगो लगाउँछु', 'घरमा आगो लगाउँछु', 'घर बाहिर उभिएको छ'] },
      tl: { say: ['susunugin ang sasakyan', 'nasa labas siya ng bahay ngayon', 'nasa labas siya ng pinto'] },
      pt: { say: ['vai queimar meu carro', 'vai tacar fogo no meu carro', 'tá aqui na frente do prédio', 'está na frente da minha casa'] },
      id: { say: ['mau membakar motor saya', 'mau membakar mobil saya', 'sedang di depan rumah saya', 'mengancam akan membakar'] },
    },
  },

  {
    name: 'forced sex by a partner',
    signal: 'violence',
    words: {
      ja: { say: ['性行為を強要', 'せいこういをきょうよう', '嫌がってもされる', 'いやがってもされる', '無理やり関係を', 'むりやりかんけいを'] },
      en: { say: ['forces me to have sex', 'forced me to have sex', 'makes me have sex', 'sex when i say no', 'rapes me', 'forced sex', 'marital rape', 'forces himself on me', 'forced himself on me'] },
      zh: { say: ['强迫我发生关系', '强迫我上床', '逼我发生关系', '婚内强奸', '强迫我过夫妻生活'] },
      ko: { say: ['강제로 관계', '억지로 관계', '부부 강간', '성관계를 강요'] },
      vi: { say: ['ép tôi quan hệ', 'cưỡng ép quan hệ', 'ép quan hệ', 'cưỡng bức tôi'] },
      ne: { say: ['जबरजस्ती गर्नुहुन्छ', 'जबरजस्ती गर्छ', 'जबरजस्ती करणी', 'जबरजस्ती सम्बन्ध'] },
      tl: { say: ['pinipilit akong makipagtalik', 'pinilit akong makipagtalik', 'ginagahasa ako'] },
      pt: { say: ['me força a transar', 'me obriga a ter relação', 'me forçou a ter relação', 'me força a ter relação', 'estupro'] },
      id: { say: ['memaksa saya berhubungan', 'dipaksa berhubungan', 'memaksa berhubungan intim', 'pemerkosaan'] },
    },
  },
];
