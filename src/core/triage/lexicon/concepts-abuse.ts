import type { Concept } from './concepts.ts';

/**
 * Child abuse, by concept, as a child, a parent, a neighbour or a teacher tells it: a child hit,
 * marked, starved, left alone, shut out, locked in or tied, touched sexually by a parent's partner or
 * a relative, threatened into silence, screaming heard through the wall, afraid to go home.
 */
// biome-ignore format: each language's words stay on a few lines, easy to read side by side
export const ABUSE_CONCEPTS: readonly Concept[] = [
  {
    name: 'a child hit, kicked, thrown or shaken',
    signal: 'child_abuse',
    words: {
      ja: {
        say: ['つい手が出', '手が出てしまい', 'てがでてしまい', 'カッとなって叩', 'かっとなってたた', '叩きすぎ', 'たたきすぎ', '叩く癖', 'たたくくせ', '子どもを殴', 'こどもをなぐ', '子供を殴', '赤ちゃんを揺さぶ', 'あかちゃんをゆさぶ', '子どもを投げ', 'こどもをなげ'],
        pairs: [
          { ordered: true, reach: 3,
            a: ['子を', '子どもを', '子供を', 'こどもを', '息子を', 'むすこを', '娘を', 'むすめを', '赤ちゃんを', 'あかちゃんを', '孫を', 'まごを', 'あの子を', 'この子を', '弟を', 'おとうとを', '妹を', 'いもうとを', '我が子を', 'わがこを', '長男を', '次男を', '長女を', '次女を'],
            b: ['殴', 'なぐ', '叩い', '叩か', '叩く', '叩き', 'たたい', 'たたか', 'たたく', 'たたき', '蹴', 'けって', 'けとば', 'けりつけ', '投げ', 'なげつけ', 'つねっ', 'つねら', 'つねり', '踏みつけ', 'ふみつけ', '揺さぶ', 'ゆさぶ', '突き飛ば', 'つきとば', 'ぶっ', 'ぶた', 'ぶつ', '引っぱた', 'ひっぱた', '突き落と', 'つきおと'] },
          { ordered: true, reach: 12,
            a: ['子どもの', 'こどもの', '子供の', '息子の', '娘の', '赤ちゃんの', 'あかちゃんの', '孫の'],
            b: ['叩い', '叩か', '叩き', 'たたい', 'たたか', '殴っ', '殴ら', 'なぐっ', 'なぐら', '蹴っ', '蹴ら', 'つねっ', 'つねら'] },
          { ordered: true, reach: 12,
            a: ['おとうさんが', 'おかあさんが', 'お父さんが', 'お母さんが', 'パパが', 'ママが', '父が', '母が', '父親が', '母親が', '親が', 'おやが', '継父が', '継母が', '義父が', '義母が', 'ままははが', 'ままちちが'],
            b: ['たたき', 'たたか', 'たたい', 'たたく', '叩', '殴', 'なぐ', '蹴', 'けって', 'けられ', 'けとば', 'けります', 'けりました', 'けるん', 'つねっ', 'つねら', '首をしめ', 'くびをしめ', '首を絞', '閉じ込め', 'とじこめ', '締め出', 'しめだ'] },
        ],
        idioms: ['叩き起こ', 'たたき起こ', 'たたきおこ', '肩を叩', '肩をたた', 'かたをたた', '肩たたき', 'かたたたき', '手を叩', 'てをたた', 'ドアを叩', 'ドアをたた', 'どあをたた', '戸を叩', '背中を叩', 'せなかをたた', 'おしりをたたいて励', '布団を叩', 'ふとんをたた', '太鼓を叩', 'たいこをたた'],
      },
      en: {
        say: [
          'hit my son', 'hit my daughter', 'hits my son', 'hits my daughter', 'hitting my son', 'hitting my daughter', 'slapped my son', 'slapped my daughter', 'slaps my son', 'slaps my daughter', 'beat my son', 'beat my daughter',
          'beats my son', 'beats my daughter', 'hits our son', 'hits our daughter', 'beats our kids', 'hurts the kids', 'hits the children', 'beats the children', 'whips him with', 'whips her with', 'whipped him with', 'whipped her with',
          'smacks the baby', 'hit the baby', 'slaps the kids', 'slaps her kids', 'slaps his kids', 'punched my son', 'punched my daughter', 'threw the baby', 'shook my baby', 'shaking my baby', 'kicked my son in', 'kicked my daughter in',
          'my dad hits', 'my mom hits', 'my mum hits', 'my stepdad hits', 'my stepmom hits', 'my stepmum hits', 'my dad beats', 'my mom beats', 'my mum beats', 'dad hits me', 'mom hits me', 'mum hits me', 'dad slaps me', 'mom slaps me', 'mum slaps me',
        ],
        pairs: [
          { ordered: true, reach: 8,
            a: ['hit', 'hits', 'hitting', 'slap', 'slaps', 'slapped', 'slapping', 'beat', 'beats', 'beating', 'punch', 'punches', 'punched', 'smack', 'smacks', 'smacked', 'whip', 'whips', 'whipped', 'shook', 'shakes', 'shaking', 'choke', 'choked', 'chokes', 'burns', 'burned', 'burnt', 'scalded', 'scalds', 'pinch', 'pinches', 'pinched', 'strikes', 'struck'],
            b: ['my son', 'my daughter', 'my kid', 'my child', 'the kids', 'the baby', 'my baby', 'our son', 'our daughter', 'the children', 'her son', 'his son', 'her daughter', 'his daughter', 'her kids', 'his kids', 'my grandson', 'my granddaughter', 'my stepson', 'my stepdaughter', 'the toddler', 'my toddler', 'my little brother', 'my little sister'] },
        ],
        idioms: ['car hit', 'bike hit', 'ball hit', 'truck hit', 'van hit', 'beat my son at', 'beat my daughter at', 'beats my son at', 'beats my daughter at', 'hit my son up', 'pinch of salt'],
      },
      zh: {
        say: ['打儿子', '打女儿', '揍孩子', '揍儿子', '揍女儿', '踢孩子', '打宝宝', '摔孩子', '扇孩子', '扇儿子', '扇女儿', '孩子被打得', '打得孩子', '把孩子打', '把儿子打', '把女儿打', '用皮带抽', '用衣架打', '拿衣架打', '拿皮带打', '拿棍子打', '用棍子打', '忍不住打孩子', '爸爸揍我', '妈妈揍我', '爸爸踢我', '妈妈踢我', '爸妈打我', '父母打我', '家长打我', '继父打我', '后妈打我', '爸爸又打我', '妈妈又打我'],
        pairs: [
          { ordered: true, reach: 1, a: ['打', '揍', '踢', '扇', '掐', '摔'], b: ['孩子', '儿子', '女儿', '小孩', '宝宝', '孙子', '孙女', '婴儿', '弟弟', '妹妹'] },
          { ordered: true, reach: 4, a: ['爸爸', '妈妈', '父亲', '母亲', '继父', '继母', '后妈', '后爸', '爸妈', '父母', '家长'], b: ['打我', '揍我', '踢我', '掐我', '扇我', '打我们', '打弟弟', '打妹妹'] },
        ],
        idioms: ['打我电话', '打我手机', '打电话', '打扫', '打算', '打工', '打针', '打疫苗', '打扮'],
      },
      ko: {
        say: ['아이를 때리', '아이를 때려', '아들을 때리', '아들을 때려', '딸을 때리', '딸을 때려', '애를 때려', '아이를 발로', '아이를 던지', '아이를 던졌', '매를 들', '회초리', '옷걸이로 때', '벨트로 때', '허리띠로 때', '새아빠가 때', '새엄마가 때', '부모님한테 맞', '할머니가 때', '삼촌이 때'],
        pairs: [{ ordered: true, reach: 12, a: ['아이를', '아들을', '딸을', '애를', '아기를', '손자를', '손녀를', '조카를', '동생을', '우리 애'], b: ['때리', '때려', '때렸', '패고', '패서', '팼', '발로 차', '걷어차', '밀쳐', '던지', '던졌', '꼬집'] }],
      },
      vi: {
        say: ['đánh đứa bé', 'đánh thằng bé', 'đánh con bé', 'tát vào mặt con', 'đánh con bằng roi', 'đánh con bằng dây', 'lấy roi đánh', 'lấy dây nịt đánh', 'lấy móc áo đánh', 'ném đứa bé', 'bố hay đánh em', 'mẹ hay đánh em', 'bố đánh em', 'mẹ đánh em', 'dượng đánh em', 'mẹ kế đánh em'],
        pairs: [
          { ordered: true, reach: 2, a: ['đánh', 'tát vào', 'véo', 'ném'], b: ['con tôi', 'con em', 'con mình', 'đứa bé', 'đứa nhỏ', 'thằng bé', 'con bé', 'cháu bé', 'bé nhà'] },
          { ordered: true, reach: 12, a: ['bố', 'mẹ', 'má', 'bố dượng', 'mẹ kế', 'cha'], b: ['đánh em', 'đánh con', 'đánh cháu', 'đánh tụi em', 'đánh chúng em'] },
        ],
      },
      ne: {
        say: ['छोरालाई कुट', 'छोरीलाई कुट', 'छोरालाई पिट', 'छोरीलाई पिट', 'नानीलाई कुट', 'बुबाले कुट्नुहुन्छ', 'बुवाले कुट्नुहुन्छ', 'आमाले कुट्नुहुन्छ', 'बुबाले पिट्नुहुन्छ', 'आमाले पिट्नुहुन्छ', 'बुबाले मलाई कुट', 'आमाले मलाई कुट', 'बाबाले कुट', 'सौतेनी आमाले कुट', 'बेल्टले हान', 'लठ्ठीले हान', 'थप्पड हान'],
        pairs: [{ reach: 24, a: ['बच्चा', 'बच्चालाई', 'छोरा', 'छोरालाई', 'छोरी', 'छोरीलाई', 'नानी', 'नानीलाई'], b: ['कुट्छ', 'कुट्छन्', 'कुट्नुहुन्छ', 'कुटे', 'कुट्यो', 'पिट्छ', 'पिट्छन्', 'पिट्नुहुन्छ', 'पिट्यो', 'हिर्काउँछ', 'हान्छ', 'हान्यो', 'लात्ताले', 'थप्पड'] }],
      },
      tl: {
        say: ['pinapalo ako ni', 'pinapalo ako ng', 'binubugbog ako ni', 'sinasaktan ako ni mama', 'sinasaktan ako ni papa', 'sinasampal ako ni', 'sinisipa ako ni', 'pinalo ng sinturon', 'pinapalo ng sinturon', 'pinaghahampas', 'binubugbog ang anak', 'sinasaktan ang anak', 'pinapalo ang anak', 'sinasampal ang anak'],
        pairs: [
          { reach: 24, a: ['anak', 'bata', 'pamangkin', 'apo', 'kapatid ko', 'sanggol', 'baby'], b: ['pinapalo', 'pinalo', 'hinahampas', 'hinampas', 'binubugbog', 'binugbog', 'sinasampal', 'sinampal', 'sinisipa', 'sinipa', 'kinukurot', 'kinurot', 'tinatali'] },
          { reach: 16, a: ['si mama', 'si papa', 'ni mama', 'ni papa', 'ng tatay ko', 'ng nanay ko', 'ng stepdad', 'ng amain', 'ng madrasta', 'tatay ko', 'nanay ko'], b: ['pinapalo ako', 'binubugbog ako', 'sinasaktan ako', 'sinasampal ako', 'sinisipa ako', 'pinalo ako', 'sinaktan ako'] },
        ],
      },
      pt: {
        say: ['bate no filho', 'bate na filha', 'bater no filho', 'bateu no filho', 'bateu na filha', 'espanca o filho', 'espanca a filha', 'espanca os filhos', 'bate nas crianças', 'bate nos filhos', 'bate no menino', 'bate na menina', 'meu pai me bate', 'minha mãe me bate', 'meu padrasto me bate', 'minha madrasta me bate', 'me bate de cinto', 'bate de cinto', 'apanha do pai', 'apanha da mãe', 'apanhar do pai', 'apanhar da mãe', 'surra de cinto', 'bater com cinto', 'bate com fio'],
        pairs: [{ reach: 24, a: ['filho', 'filha', 'criança', 'crianças', 'menino', 'menina', 'bebê', 'neto', 'neta', 'enteado', 'enteada', 'sobrinho', 'sobrinha'], b: ['apanha$', 'apanhou$', 'apanhando', 'espanca$', 'espancou$', 'espancando', 'bate nele', 'bate nela', 'bateu nele', 'bateu nela', 'cintada', 'chinelada', 'tapa na cara'] }],
      },
      id: {
        say: ['memukul anak saya', 'memukuli anak', 'anak dipukuli', 'anak ditampar', 'anak ditendang', 'menampar anak', 'menendang anak', 'dipukul ayah', 'dipukul ibu', 'dipukul bapak', 'dipukul papa', 'dipukul mama', 'dipukuli ayah', 'dipukuli ibu', 'ayah suka memukul', 'ibu suka memukul', 'papa suka memukul', 'mama suka memukul', 'dipukul pakai ikat pinggang', 'dipukul pakai sapu', 'dipukul pakai gagang sapu', 'dipukul pakai hanger'],
        pairs: [{ reach: 24, a: ['anak', 'anakku', 'bocah', 'adik', 'keponakan', 'cucu', 'bayi', 'balita'], b: ['dipukuli', 'ditampar', 'ditendang', 'disabet', 'dicambuk', 'dibanting', 'disundut'] }],
      },
    },
  },
  {
    name: 'a child with bruises, burns or marks',
    signal: 'child_abuse',
    words: {
      ja: {
        say: ['ミミズ腫れ', 'みみずばれ', '怪我が絶えな', 'けがが絶えな', 'けががたえな', 'アザだらけ', 'あざだらけ', '体の傷を隠', 'からだのきずをかく', 'あざを隠', 'あざをかく'],
        pairs: [{ reach: 16, a: ['生徒', 'せいと', '園児', 'えんじ', 'クラスの子', '教え子', 'うちの子', 'よその子', '近所の子', 'となりの子', '隣の子', '子ども', 'こども', '子供', '息子', '娘', '孫'], b: ['あざが', 'アザが', '青あざ', 'あおあざ', 'いつも怪我', 'いつもけが', 'たばこのあと', 'タバコの跡', 'やけどのあと', '骨折を繰り返', 'こっせつをくりかえ', '長袖で隠', 'ながそででかく', '傷がたくさん', 'きずがたくさん'] }],
      },
      en: {
        say: ['bruises on her arms', 'bruises on his arms', 'bruises on her face', 'bruises on his face', 'marks on her arms', 'marks on his arms', 'finger marks on', 'handprint on', 'belt marks', 'strap marks', 'cigarette burns on', 'hides her bruises', 'hides his bruises', 'hiding bruises'],
        pairs: [{ reach: 48, a: ['boy', 'girl', 'kid', 'child', 'son$', 'daughter', 'student', 'pupil', 'toddler', 'baby', 'grandson', 'granddaughter', 'neighbours kid', 'neighbors kid'], b: ['bruised', 'bruising', 'burn mark', 'grab marks', 'finger marks', 'handprint', 'welt', 'black eyes', 'broken arm again', 'always injured', 'long sleeves to hide', 'covers up her', 'covers up his', 'hides bruises', 'hiding bruises'] }],
      },
      zh: {
        say: ['身上青一块紫一块', '身上都是伤', '身上有淤青', '身上有烟疤', '身上有手印', '脸上有手印', '烟头烫的'],
        pairs: [{ reach: 16, a: ['孩子', '小孩', '小朋友', '学生', '儿子', '女儿', '邻居家的孩子', '孙子', '孙女'], b: ['青紫', '紫一块', '手印', '烟疤', '鞭痕', '总是受伤', '经常受伤', '藏着伤', '长袖遮'] }],
      },
      ko: {
        say: ['손자국이', '회초리 자국', '벨트 자국', '담배빵', '매 맞은 자국', '상처를 숨기'],
        pairs: [{ reach: 24, a: ['아이', '애가', '아들', '딸', '학생', '원아', '옆집 아이', '손자', '손녀'], b: ['손자국', '회초리 자국', '벨트 자국', '담배빵', '늘 다쳐', '자주 다쳐', '긴팔로 가리', '상처를 숨'] }],
      },
      vi: {
        say: ['bầm dập khắp người', 'vết lằn roi', 'vết roi trên', 'dấu tay trên mặt', 'vết bỏng thuốc lá', 'che vết bầm'],
        pairs: [{ reach: 32, a: ['đứa bé', 'đứa trẻ', 'con tôi', 'cháu', 'học sinh', 'thằng bé', 'con bé', 'bé nhà'], b: ['bầm dập', 'vết lằn', 'vết roi', 'vết bỏng thuốc lá', 'che vết bầm'] }],
      },
      ne: {
        say: ['निलडाम', 'नीलो दाग', 'कुटाइको दाग', 'चुरोटले डामेको', 'पिटाइको दाग'],
        pairs: [{ reach: 32, a: ['बच्चा', 'बच्चाको', 'छोरा', 'छोरी', 'विद्यार्थी', 'नानी'], b: ['निलडाम', 'नीलो दाग', 'कुटाइको', 'चोटपटक', 'डामेको', 'जलेको दाग'] }],
      },
      tl: {
        say: ['puro pasa', 'pasa sa braso', 'pasa sa mukha', 'may latay', 'marka ng sinturon', 'laging may pasa', 'tinatago ang pasa'],
        pairs: [{ reach: 32, a: ['bata', 'anak', 'estudyante', 'pamangkin', 'apo'], b: ['latay', 'pasa sa', 'marka ng sinturon', 'laging may sugat', 'laging may pasa', 'tinatago ang pasa'] }],
      },
      pt: {
        say: ['roxo no braço', 'roxo no rosto', 'olho roxo', 'vergões', 'vergão', 'marca de mão', 'marcas de mão', 'esconde os machucados', 'esconde os roxos'],
        pairs: [{ reach: 32, a: ['filho', 'filha', 'criança', 'menino', 'menina', 'aluno', 'aluna', 'neto', 'neta'], b: ['roxo', 'vergão', 'vergões', 'marca de mão', 'marcas de mão', 'sempre machucad', 'esconde os machucados', 'olho roxo', 'marcas nas costas', 'marcas nas pernas', 'marcas no corpo', 'marcas pelo corpo', 'vive com fome', 'sempre com fome'] }],
      },
      id: {
        say: ['biru biru di badan', 'bekas cambukan', 'bekas ikat pinggang', 'bekas tangan di pipi', 'luka sundutan', 'menyembunyikan luka'],
        pairs: [{ reach: 32, a: ['anak', 'murid', 'siswa', 'bocah', 'keponakan', 'cucu'], b: ['biru biru', 'bekas cambukan', 'bekas ikat pinggang', 'bekas tangan', 'luka sundutan', 'sering luka', 'selalu luka', 'menyembunyikan luka'] }],
      },
    },
  },
  {
    name: 'a child starved, not fed, scavenging for food',
    signal: 'child_abuse',
    words: {
      ja: {
        say: ['子どもにご飯を食べさせていな', 'こどもにごはんをたべさせていな', '食事を与えていな', 'しょくじをあたえていな', 'ごはんをあげていな', 'ご飯を作ってもらえ', 'ごはんをつくってもらえ', 'ご飯がもらえな', 'ごはんがもらえな', '何日もご飯を', 'なんにちもごはんを'],
        pairs: [{ reach: 16, a: ['子ども', '子供', 'こども', '子が', '息子', '娘', '生徒', 'せいと', '児童', '近所の子', '隣の子', 'となりの子', '兄弟', '姪', '甥'], b: ['冷蔵庫に鍵', '給食しか', 'きゅうしょくしか', '給食だけが', 'きゅうしょくだけが', 'ゴミをあさ', 'ごみをあさ', '残飯', 'ざんぱん', 'いつもお腹をすか', 'いつもおなかをすか', '何日も食べ', 'なんにちもたべ', '食べ物をねだ', 'たべものをねだ', '痩せ細', 'やせほそ'] }],
      },
      en: {
        say: ['isnt fed', 'not being fed', 'never fed', 'digging through bins for food', 'digging in the trash for food', 'eating from the bin', 'eating out of the trash', 'begging for food', 'asks neighbours for food', 'asks neighbors for food', 'refuse to feed', 'refuses to feed', 'withholds food', 'locks the fridge', 'locked the fridge', 'padlock on the fridge'],
        pairs: [{ reach: 48, a: ['boy', 'girl', 'kid', 'kids', 'child', 'children', 'son$', 'daughter', 'student', 'pupil', 'toddler', 'baby'], b: ['no food for days', 'hasnt eaten in days', 'havent eaten in days', 'steals food', 'stealing food', 'begging for food', 'only eats at school', 'only meal', 'not fed', 'isnt fed', 'never fed', 'skin and bones', 'through the bins', 'in the trash for'] }],
      },
      zh: {
        say: ['不给孩子饭吃', '不给孩子吃的', '不让孩子吃饭', '翻垃圾桶找吃的', '翻垃圾找吃', '孩子饿得'],
        pairs: [{ reach: 12, a: ['孩子', '小孩', '儿子', '女儿', '学生', '邻居家的孩子', '弟弟', '妹妹'], b: ['翻垃圾', '几天没吃', '饿了好几天', '捡剩饭', '偷吃的', '饿得皮包骨', '没人给饭', '不给吃饭'] }],
      },
      ko: {
        say: ['밥을 안 줘', '밥을 안 주', '밥을 굶겨', '아이를 굶겨', '쓰레기통을 뒤져', '급식만 먹', '며칠째 굶', '며칠씩 굶', '밥을 못 얻어'],
        pairs: [{ reach: 24, a: ['아이', '애가', '아들', '딸', '학생', '옆집 아이', '동생'], b: ['굶겨', '굶어', '쓰레기통', '급식만', '밥을 안 줘', '밥을 안 주', '며칠째 못 먹'] }],
      },
      vi: {
        say: ['bới rác tìm đồ ăn', 'lục thùng rác tìm', 'xin ăn hàng xóm', 'bỏ đói con'],
        pairs: [{ reach: 32, a: ['đứa bé', 'đứa trẻ', 'con tôi', 'cháu', 'thằng bé', 'con bé', 'học sinh', 'mấy đứa nhỏ'], b: ['bới rác', 'lục thùng rác', 'nhịn đói mấy ngày', 'xin đồ ăn', 'gầy trơ xương'] }],
      },
      ne: {
        say: ['खाना दिँदैनन्', 'खान दिँदैन', 'खान दिदैन', 'भोकै राख', 'फोहोरमा खाना खोज', 'दिनभरि भोकै', 'धेरै दिनदेखि भोकै'],
        pairs: [{ reach: 32, a: ['बच्चा', 'बच्चालाई', 'छोरा', 'छोरी', 'नानी', 'विद्यार्थी'], b: ['खाना दिँदैन', 'खान दिँदैन', 'खान दिदैन', 'भोकै', 'फोहोरमा', 'दिनदेखि खाएको छैन'] }],
      },
      tl: {
        say: ['hindi binibigyan ng pagkain', 'naghahalungkat ng basura', 'kumakain sa basura', 'ilang araw nang hindi kumakain', 'namamalimos ng pagkain'],
        pairs: [{ reach: 32, a: ['bata', 'anak', 'pamangkin', 'estudyante', 'mga bata'], b: ['hindi pinapakain', 'ginugutom', 'hindi binibigyan ng pagkain', 'basura', 'nagugutom palagi', 'ilang araw nang hindi kumakain', 'namamalimos'] }],
      },
      pt: {
        say: ['não dá comida pro filho', 'não dá comida para o filho', 'deixa sem comer', 'deixa passar fome', 'sem comer há dias', 'revirando o lixo', 'come do lixo', 'pede comida aos vizinhos', 'só come na escola', 'só come na creche'],
        pairs: [{ reach: 32, a: ['filho', 'filha', 'criança', 'crianças', 'menino', 'menina', 'aluno', 'aluna'], b: ['não dá comida', 'não dão comida', 'sem comer', 'passa fome', 'no lixo', 'pede comida', 'só come na escola', 'só come na creche'] }],
      },
      id: {
        say: ['tidak dikasih makan', 'gak dikasih makan', 'nggak dikasih makan', 'dibiarkan kelaparan', 'mengais sampah', 'mencari makan di tempat sampah', 'minta makan ke tetangga', 'berhari hari tidak makan'],
        pairs: [{ reach: 32, a: ['anak', 'bocah', 'murid', 'keponakan', 'cucu', 'adik'], b: ['tidak diberi makan', 'tidak dikasih makan', 'mengais', 'tempat sampah', 'minta makan', 'berhari hari tidak makan'] }],
      },
    },
  },
  {
    name: 'a child left alone for days, at night, or in a car',
    signal: 'child_abuse',
    words: {
      ja: {
        say: ['子どもだけで何日', 'こどもだけでなんにち', '子どもだけ残して', 'こどもだけのこして', '子どもを置いて何日', 'こどもをおいてなんにち', '車内に放置', 'しゃないにほうち', '車の中に置いたまま', 'くるまのなかにおいたまま', '夜中まで帰ってこな', 'よなかまでかえってこな', '親が何日も', 'おやがなんにちも', '幼い子だけで', '小さい子だけで', 'ちいさいこだけで', '赤ちゃんを一人にして', 'あかちゃんをひとりにして', '夜になっても親が', 'よるになってもおやが'],
      },
      en: {
        say: ['leaves them alone all', 'left the kids alone', 'leaves the kids alone', 'leaves the baby alone', 'left the baby alone', 'left the baby in the car', 'left the kids in the car', 'home alone for days', 'parents are never home', 'parents never come home', 'mom never comes home', 'mum never comes home', 'havent seen the parents'],
        pairs: [{ reach: 40, a: ['boy', 'girl', 'kid', 'kids', 'child', 'children', 'son$', 'daughter', 'toddler', 'baby'], b: ['alone for days', 'alone all night', 'alone overnight', 'home alone for', 'alone for two days', 'alone for 2 days', 'alone for three days', 'alone since'] }],
      },
      zh: { say: ['一个人在家两天', '两天没大人', '好几天一个人在家', '把孩子一个人留在家', '孩子一个人在家好几天', '父母几天不回', '好几天不回家', '把孩子锁在家里出去', '孩子独自在家', '把孩子丢在车里', '孩子留在车里', '好几天没见大人'] },
      ko: { say: ['이틀째 혼자', '며칠째 혼자', '혼자 며칠', '며칠째 부모가', '부모가 안 들어', '아이를 차에 두고', '아기를 차에 두고', '아이를 방치'] },
      vi: { say: ['ở nhà một mình hai ngày', 'ở nhà một mình mấy ngày', 'bỏ con ở nhà một mình', 'bố mẹ đi vắng mấy ngày', 'để con trong xe', 'bỏ con trong xe', 'ở nhà một mình cả đêm'] },
      ne: { say: ['आमाबुबा घर आउँदैनन्', 'धेरै दिनदेखि आमाबुबा', 'गाडीमा बच्चा छोडेर'], pairs: [{ reach: 40, a: ['बच्चा', 'नानी', 'सानो बच्चा'], b: ['दिनदेखि घरमा एक्लै', 'दिनदेखि एक्लै', 'घरमा एक्लै छ', 'एक्लै छोडेर गए'] }] },
      tl: { pairs: [{ reach: 40, a: ['bata', 'batang', 'sanggol'], b: ['iniiwan mag isa', 'iniwan mag isa', 'laging gutom', 'laging nagugutom', 'walang kasama ng ilang araw'] }], say: ['iniwang mag isa ang bata', 'hindi umuuwi ang magulang', 'iniwan ang bata sa kotse', 'iniwan ang baby sa kotse', 'mag isa sa bahay ng ilang araw'] },
      pt: { say: ['sozinho há dois dias', 'sozinha há dois dias', 'sozinhos há dias', 'deixa as crianças sozinhas', 'deixou as crianças sozinhas', 'deixa o bebê sozinho', 'deixou o bebê sozinho', 'sozinhos em casa por dias', 'sozinhas em casa por dias', 'dias sem os pais', 'os pais não voltam', 'esqueceu o bebê no carro', 'deixou o bebê no carro', 'deixou a criança no carro'] },
      id: { say: ['sendirian dua hari', 'sendirian berhari hari', 'ditinggal sendirian berhari', 'orang tuanya tidak pulang', 'anak ditinggal di mobil', 'bayi ditinggal sendirian'] },
    },
  },
  {
    name: 'a child shut out on a balcony or outside in the cold',
    signal: 'child_abuse',
    words: {
      ja: {
        say: ['ベランダに閉め出', 'べらんだにしめだ', 'べらんだにだされ', '外に閉め出', 'そとにしめだ', '家から閉め出', 'いえからしめだ', '寒い中外に', 'さむいなかそとに', '裸足で外', 'はだしでそと', '外に立たされ', 'そとにたたされ', 'ベランダで寝かされ', 'いえにいれてもらえ', 'うちにいれてもらえ', '家に入れてもらえな'],
      },
      en: {
        say: ['locked out on the balcony', 'put out on the balcony', 'left outside in the cold', 'shut outside', 'made to stand outside', 'barefoot outside in', 'barefoot in the cold', 'barefoot in the snow', 'not let back in the house', 'wont let him back in', 'wont let her back in'],
        pairs: [
          { reach: 48, a: ['boy', 'girl', 'kid', 'kids', 'child', 'son$', 'daughter', 'toddler'], b: ['outside in the cold', 'not allowed back in', 'not let back in', 'locked out', 'shut out', 'made to stand outside', 'out on the balcony all'] },
          { ordered: true, reach: 24, a: ['locked', 'locks', 'shut', 'put', 'left', 'leaves', 'made', 'makes'], b: ['out on the balcony', 'outside in the cold', 'out in the cold', 'outside in the snow', 'outside all night'] },
        ],
      },
      zh: { say: ['关在阳台', '锁在阳台', '罚站在门外', '让孩子站在外面', '大冷天站在外面', '光着脚在外面', '不让孩子进门', '被赶出家门'] },
      ko: { say: ['베란다에 내쫓', '베란다에 가둬', '문밖에 세워', '밖에 내쫓', '추운데 밖에', '맨발로 밖에', '집에 못 들어오게', '현관 밖에 세워'] },
      vi: { say: ['nhốt ngoài ban công', 'bắt đứng ngoài', 'đuổi ra ngoài trời lạnh', 'đứng ngoài cửa cả đêm', 'chân trần ngoài trời'] },
      ne: { say: ['घरभित्र पस्न दिँदैन', 'घरभित्र आउन दिँदैन', 'बार्दलीमा थुन', 'ढोका बाहिर उभ्या', 'चिसोमा बाहिर राख'] },
      tl: { say: ['pinalabas sa lamig', 'ikinulong sa labas', 'hindi pinapapasok sa bahay', 'pinatayo sa labas', 'sa balkonahe buong gabi', 'nakayapak sa labas'] },
      pt: { say: ['trancado do lado de fora', 'trancada do lado de fora', 'deixou do lado de fora', 'de castigo na varanda', 'fora de casa no frio', 'não deixa entrar em casa', 'descalço na rua', 'descalça na rua'] },
      id: { say: ['dikunci di luar', 'dikurung di balkon', 'disuruh berdiri di luar', 'di luar kedinginan', 'tanpa alas kaki di luar'] },
    },
  },
  {
    name: 'a child locked in or tied up',
    signal: 'child_abuse',
    words: {
      ja: { say: ['押し入れに閉じ込', 'おしいれにとじこ', 'トイレに閉じ込', 'といれにとじこ', '物置に閉じ込', 'ものおきにとじこ', '部屋に閉じ込めら', 'へやにとじこめら', '縛り付け', 'しばりつけ', 'ひもで縛', '紐で縛', 'ロープで縛', 'ケージに入れられ', '手足を縛', 'てあしをしばられ', 'ひもでしばられ'] },
      en: { say: ['locked in the closet', 'locked in a closet', 'locked in the cupboard', 'locked in the bathroom', 'locked in the basement', 'tied to the', 'ties him up', 'ties her up', 'kept in a cage', 'shut in the closet', 'shut in the cupboard'], idioms: ['stays locked in', 'stay locked in', 'staying locked in'] },
      zh: { say: ['关在厕所', '关在柜子', '关在小黑屋', '关进储藏室', '把孩子绑起来', '被绑起来', '用绳子绑', '关在笼子'] },
      ko: { say: ['아이를 가두', '방에 가두', '화장실에 가두', '베란다에 가두', '묶어 놓', '묶어놓', '줄로 묶'] },
      vi: { say: ['nhốt con', 'nhốt bé', 'nhốt trong nhà vệ sinh', 'nhốt trong tủ', 'nhốt trong phòng', 'trói con', 'trói bé', 'xích con', 'bị trói'] },
      ne: { say: ['कोठामा थुन', 'बाथरुममा थुन', 'बाँधेर राख', 'डोरीले बाँधेर'] },
      tl: { say: ['ikinulong sa banyo', 'ikinulong sa kwarto', 'itinali ang bata', 'tinatali ang anak', 'nakakadena'] },
      pt: { say: ['tranca ele no quarto', 'tranca ela no quarto', 'trancou ele no', 'trancou ela no', 'trancam no banheiro', 'trancado no banheiro pelo', 'trancada no banheiro pela', 'preso no armário', 'amarrado na cama', 'amarrada na cama', 'acorrentado', 'acorrentada'] },
      id: { say: ['dikurung di kamar mandi', 'dikurung di gudang', 'dikunci di kamar', 'diikat di', 'dirantai', 'dipasung'] },
    },
  },
  {
    name: 'a child touched sexually by a parent’s partner, a relative or an adult',
    signal: 'child_abuse',
    words: {
      ja: {
        say: ['変なところを触', 'へんなところをさわ', '嫌なところを触', 'いやなところをさわ', '胸を触られ', 'むねをさわられ', '下着の中', 'したぎのなか', '裸の写真を撮', 'はだかのしゃしんをと', '裸にされ', 'はだかにされ', 'お風呂をのぞかれ', 'おふろをのぞかれ', '無理やりキス', 'むりやりきす', '性的なことをされ', 'せいてきなことをされ'],
        pairs: [{ reach: 16,
          a: ['おじさん', '叔父', '伯父', 'おじいちゃん', '祖父', 'いとこ', '従兄', 'お兄ちゃん', 'おにいちゃん', '継父', '義父', '母の彼氏', 'ママの彼氏', 'ははのかれし', 'お母さんの彼氏', 'おかあさんのかれし', 'お父さん', 'おとうさん', 'パパ', '先生', 'せんせい', 'コーチ', '塾の'],
          b: ['触られ', 'さわられ', '体を触', 'からだをさわ', '胸を触', 'むねをさわ', '下着', 'したぎ', '布団に入ってく', 'ふとんにはいってく', 'お風呂をのぞ', 'おふろをのぞ'] }],
      },
      en: {
        say: ['touches my private', 'touched my private', 'touching her private', 'touching his private', 'in my underwear', 'under my clothes', 'takes photos of me naked', 'naked photos of', 'made me touch', 'makes me touch', 'showed me porn', 'shows me porn', 'sexually abusing', 'sexually abuses', 'touching her inappropriately', 'touched her inappropriately', 'touches her inappropriately', 'touching him inappropriately', 'gets into bed with me', 'climbs into bed with me', 'watches me shower', 'walks in when im showering'],
        pairs: [{ reach: 40,
          a: ['uncle', 'grandpa', 'grandfather', 'cousin', 'brother', 'stepdad', 'stepfather', 'stepbrother', 'moms boyfriend', 'mums boyfriend', 'mothers boyfriend', 'her boyfriend', 'dad$', 'father', 'coach', 'teacher', 'tutor', 'babysitter', 'neighbour', 'neighbor'],
          b: ['touches me', 'touched me', 'touches her', 'touched her', 'touches him', 'touched him', 'private parts', 'privates', 'underwear', 'into my bed', 'into her bed', 'into his bed', 'on the lips', 'sexually', 'inappropriately', 'pictures of me naked', 'pictures of her naked'] }],
      },
      zh: {
        say: ['摸我的胸', '摸我下面', '摸她下面', '摸他下面', '摸我私处', '脱我衣服', '脱她衣服', '让我摸他', '拍我裸照', '拍裸照', '钻进我被窝', '晚上进我房间', '猥亵', '强吻'],
        pairs: [{ reach: 12, a: ['叔叔', '舅舅', '姨父', '姑父', '爷爷', '外公', '表哥', '堂哥', '哥哥', '继父', '后爸', '妈妈的男朋友', '我妈男朋友', '爸爸', '老师', '教练'], b: ['摸我', '摸她', '摸他', '脱我', '脱她', '钻进', '被窝', '私处', '裸照'] }],
      },
      ko: {
        say: ['성추행', '성적으로 만', '가슴을 만', '속옷 안', '몸을 만져', '몸을 더듬', '이불 속으로 들어', '알몸 사진', '나체 사진', '옷을 벗기', '뽀뽀를 강요', '입에 키스'],
        pairs: [{ reach: 24, a: ['삼촌', '할아버지', '사촌', '오빠', '형이', '새아빠', '의붓', '엄마 남자친구', '코치', '학원'], b: ['만져', '만지', '만진', '만졌', '더듬었', '더듬어', '속옷', '이불 속', '옷을 벗', '알몸'] }],
      },
      vi: {
        say: ['sờ vào chỗ kín', 'sờ vùng kín', 'chụp ảnh khỏa thân', 'xâm hại tình dục', 'lạm dụng tình dục', 'sờ soạng con'],
        pairs: [{ reach: 32, a: ['ông nội', 'ông ngoại', 'anh họ', 'dượng tôi', 'dượng em', 'bố dượng', 'bạn trai mẹ', 'bạn trai của mẹ'], b: ['sờ soạng', 'sờ mó', 'sờ vào người', 'chỗ kín', 'vùng kín', 'lên giường'] }],
      },
      ne: {
        say: ['यौन दुर्व्यवहार', 'यौन शोषण', 'गलत ठाउँमा छुन्छ', 'नराम्रोसँग छुन्छ', 'लुगा खोलाउँछ', 'नाङ्गो फोटो', 'छातीमा छुन्छ', 'ओछ्यानमा आउँछ'],
        pairs: [{ reach: 32, a: ['काका', 'मामा', 'हजुरबुबा', 'दाइ', 'सौतेनी बुबा', 'आमाको केटा साथी', 'शिक्षक', 'छिमेकी'], b: ['छुन्छ', 'छोयो', 'लुगा खोल', 'नाङ्गो', 'ओछ्यानमा आउँछ', 'ओछ्यानमा पस्छ', 'ओछ्यानमा सुत्छ'] }],
      },
      tl: {
        say: ['hinipuan', 'hinahawakan ang maselang', 'maselang bahagi', 'hinubaran', 'pinaghuhubad', 'kinukuhanan ng hubad na litrato', 'hubad na litrato', 'minolestiya', 'minomolestiya', 'pinagsamantalahan', 'ginagalaw ako', 'ginalaw ako', 'pumapasok sa kwarto ko sa gabi', 'tumatabi sa kama ko'],
        pairs: [{ reach: 32, a: ['tito', 'tiyo', 'lolo', 'pinsan', 'kuya', 'amain', 'stepdad', 'boyfriend ni mama', 'kinakasama ni mama', 'teacher', 'kapitbahay'], b: ['hinihipuan', 'hinipuan', 'hinubaran', 'maselang', 'tumatabi sa kama', 'pumapasok sa kwarto'] }],
      },
      pt: {
        say: ['abuso sexual', 'abusa dela', 'abusa dele', 'abusou dela', 'abusou dele', 'abusou de mim', 'abusa de mim', 'toca nas partes íntimas', 'passa a mão nela', 'passou a mão nela', 'tira a roupa dela', 'tira minha roupa', 'fotos dela pelada', 'fotos minhas pelada', 'me beija na boca', 'entra na minha cama'],
        pairs: [{ reach: 32, a: ['tio', 'avô', 'primo', 'irmão mais velho', 'padrasto', 'namorado da mãe', 'namorado da minha mãe', 'professor', 'vizinho'], b: ['passa a mão', 'passou a mão', 'partes íntimas', 'tira a roupa', 'pelad', 'na cama dela', 'na minha cama', 'beija na boca'] }],
      },
      id: {
        say: ['pelecehan seksual', 'meraba raba', 'diraba raba', 'memegang bagian pribadi', 'disuruh buka baju', 'membuka baju saya', 'mencium paksa', 'masuk ke kamar saya malam', 'tidur di ranjang saya'],
        pairs: [{ reach: 32, a: ['paman', 'om$', 'kakek', 'sepupu', 'kakak laki', 'ayah tiri', 'pacar ibu', 'pacar mama', 'guru', 'tetangga'], b: ['meraba', 'diraba', 'memegang dada', 'bagian pribadi', 'buka baju', 'membuka baju', 'mencium paksa', 'masuk kamar'] }],
      },
    },
  },
  {
    name: 'a child threatened into silence or told they are unwanted',
    signal: 'child_abuse',
    words: {
      ja: {
        say: ['生まれてこなければよかったと言われ', 'うまれてこなければよかったといわれ', '産まなきゃよかったと言われ', 'うまなきゃよかったといわれ', '産まなければよかったと言われ', 'いらない子と言われ', 'いらないこといわれ', 'お前なんかいらない', 'おまえなんかいらない', '言ったら殺す', 'いったらころす', '言ったら叩'],
      },
      en: { say: ['hurt me if i tell', 'kill me if i tell', 'says its our secret', 'said its our secret', 'threatens to send me away', 'threatens to hurt my brother', 'threatens to hurt my sister', 'says hell hurt me if', 'says shell hurt me if', 'wish youd never been born', 'wishes i was never born'] },
      zh: { say: ['说要打死我', '再哭就打死', '说不要我了', '把你扔掉', '说出去就打死', '敢告诉别人'] },
      ko: { say: ['갖다 버린다고', '내다 버린다고', '고아원에 보낸다고', '말하면 죽', '말하면 때린', '말하면 가만 안'] },
      vi: { say: ['dọa đánh chết', 'dọa bỏ con', 'dọa đuổi con', 'nói ra thì chết'] },
      ne: { say: ['घरबाट निकालिदिन्छु', 'कसैलाई भनिस् भने'] },
      tl: { say: ['ipapaampon kita', 'itatapon kita', 'pag nagsumbong ka', 'pag sinabi mo kahit kanino', 'kapag nagsumbong ka'] },
      pt: { say: ['se contar pra alguém', 'se você contar pra alguém', 'se contar pra sua mãe', 'te mando embora', 'te jogo na rua'] },
      id: { say: ['awas kalau bilang', 'kalau kamu bilang siapa', 'kamu mau dibuang', 'mau dibuang ke', 'dibuang ke panti'] },
    },
  },
  {
    name: 'screaming, hitting or begging heard from a neighbouring home',
    signal: 'child_abuse',
    words: {
      ja: {
        pairs: [{ reach: 24, acrossSentences: true,
          a: ['隣', 'となり', '上の階', 'うえのかい', '下の階', 'したのかい', '隣の家', '近所', 'きんじょ', 'お向かい', '壁越し', 'かべごし'],
          b: ['泣き叫', 'なきさけ', '叫び声', 'さけびごえ', '叩く音', 'たたくおと', '殴る音', 'なぐるおと', '悲鳴', 'ひめい', 'ごめんなさいと叫', 'ごめんなさいとさけ', 'ごめんなさいと泣', 'ごめんなさいとな', '怒鳴り声と泣', 'どなりごえとな', 'ごめんなさい許して', 'ごめんなさいゆるして', '許してという', 'ゆるしてという', '許してと泣', 'ゆるしてとな'] }],
      },
      en: {
        pairs: [{ reach: 60, acrossSentences: true,
          a: ['next door', 'neighbour', 'neighbor', 'upstairs', 'downstairs', 'through the wall', 'across the hall'],
          b: ['screaming in pain', 'screaming for help', 'screaming and crying', 'crying and begging', 'begging him to stop', 'begging her to stop', 'being hit', 'getting hit', 'being beaten', 'sounds of hitting', 'slapping sounds', 'sorry sorry', 'sorry mommy', 'sorry daddy', 'sorry mummy', 'screaming at her baby', 'screaming at the baby', 'screaming at his baby', 'baby goes quiet', 'baby went quiet', 'then silence'] }],
      },
      zh: { pairs: [{ reach: 16, acrossSentences: true, a: ['隔壁', '邻居', '楼上', '楼下', '对门'], b: ['孩子哭喊', '孩子惨叫', '惨叫', '哭喊', '求饶', '别打了', '不要打', '打孩子的声音', '打骂声', '挨打', '哭着说对不起'] }] },
      ko: { pairs: [{ reach: 24, acrossSentences: true, a: ['옆집', '윗집', '아랫집', '이웃집', '앞집'], b: ['비명', '살려', '때리는 소리', '맞는 소리', '잘못했어요', '잘못했다고', '울부짖', '매 맞', '제발 그만'] }] },
      vi: { pairs: [{ reach: 40, acrossSentences: true, a: ['nhà bên cạnh', 'nhà bên$', 'hàng xóm', 'phòng bên', 'tầng trên', 'tầng dưới'], b: ['la hét thảm thiết', 'kêu cứu', 'khóc thét', 'tiếng đánh', 'tiếng roi', 'xin tha', 'con xin lỗi', 'đừng đánh'] }] },
      ne: { pairs: [{ reach: 40, acrossSentences: true, a: ['छिमेकी', 'छिमेकमा', 'छेउको घर', 'माथिल्लो तला', 'तल्लो तला'], b: ['चिच्याएको', 'चिच्याउँछ', 'कुटेको आवाज', 'पिटेको आवाज', 'माफ गर भनेर', 'बचाऊ'] }] },
      tl: { pairs: [{ reach: 64, acrossSentences: true, a: ['kapitbahay', 'katabing bahay', 'katabing unit'], b: ['tama na po', 'huwag po', 'pinapalo', 'sigaw ng bata', 'sumisigaw ang bata', 'humihingi ng tawad', 'saklolo'] }] },
      pt: { pairs: [{ reach: 40, acrossSentences: true, a: ['vizinho', 'vizinha', 'vizinhos', 'apartamento ao lado', 'casa ao lado'], b: ['gritos de criança', 'gritando de dor', 'pedindo socorro', 'desculpa mãe', 'desculpa pai', 'apanhando', 'barulho de tapa', 'barulho de pancada', 'choro desesperado'] }] },
      id: { pairs: [{ reach: 40, acrossSentences: true, a: ['tetangga', 'sebelah rumah', 'rumah sebelah', 'kamar sebelah', 'unit sebelah'], b: ['jeritan anak', 'anak menjerit', 'menjerit kesakitan', 'ampun', 'suara pukulan', 'suara memukul', 'dipukuli', 'menangis minta ampun'] }] },
    },
  },
  {
    name: 'a child afraid to go home or of a parent',
    signal: 'child_abuse',
    words: {
      ja: {
        say: ['家に帰るのが怖', 'いえにかえるのがこわ', 'うちにかえるのがこわ', '帰ったら叩かれ', 'かえったらたたかれ', '帰ったら殴られ', 'かえったらなぐられ', '家にいるのが怖', 'いえにいるのがこわ'],
        pairs: [{ ordered: true, reach: 6,
          a: ['お父さん', 'お母さん', 'おとうさん', 'おかあさん', 'パパ', 'ママ', '父', '母', '継父', '義父', '親', 'おや'],
          b: ['怖くて帰れ', 'こわくてかえれ', '怖くて家に', 'こわくていえに', 'が怖くて眠れな', 'がこわくてねむれな', '帰ってくるのが怖', 'かえってくるのがこわ', 'の足音が怖', 'のあしおとがこわ'] }],
      },
      en: { say: ['too scared to go home', 'terrified of his dad', 'terrified of her dad', 'terrified of his mom', 'terrified of her mom', 'terrified of my dad', 'terrified of my mom', 'terrified of my mum', 'terrified of my stepdad', 'hides when dad', 'hides when his dad', 'hides when her dad', 'scared to go home because'] },
      zh: { say: ['害怕回家', '不敢回家', '怕爸爸打', '怕妈妈打', '怕被打', '回家会被打', '回家就挨打', '回家又要挨打', '听到爸爸的脚步声'] },
      ko: { say: ['집에 들어가기 무섭', '집에 가면 맞', '아빠가 무서워서', '엄마가 무서워서', '새아빠가 무서', '아빠 발소리', '아빠만 보면 떨'] },
      vi: { say: ['về nhà là bị đánh', 'về nhà sẽ bị đánh', 'sợ bị bố đánh', 'sợ bị mẹ đánh', 'sợ bị dượng đánh', 'run lên khi thấy bố'] },
      ne: { say: ['घर फर्कन डर', 'बुबासँग डर लाग्छ', 'बुबादेखि डर', 'घर गए कुट्छन्', 'घर गएपछि कुटाइ'] },
      tl: { say: ['takot kay papa', 'takot sa tatay', 'takot sa stepdad', 'pag uwi ko bubugbugin', 'pag uwi ko papaluin', 'pag umuwi ako sasaktan'] },
      pt: { say: ['não quer ir pra casa', 'medo do padrasto', 'tem pavor do pai', 'se eu voltar pra casa apanho', 'quando chego em casa apanho'] },
      id: { say: ['tidak mau pulang ke rumah', 'takut sama ayah', 'takut sama bapak', 'takut sama ayah tiri', 'kalau pulang dipukul', 'pulang nanti dipukul', 'gemetar kalau ayah pulang'] },
    },
  },

  {
    name: 'a child outside alone at night, crying on the stairs, barefoot',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 24, a: ['子ども', '子供', 'こども', '女の子', '男の子', '幼い子', '小さい子', '隣の子', '近所の子'], b: ['夜中に外に', 'よなかにそとに', '夜遅くまで外', 'よるおそくまでそと', 'パジャマで外', 'ぱじゃまでそと', '夜に一人で外', '階段で泣いて', 'かいだんでないて', '廊下で泣いて', 'ろうかでないて', '裸足で外', 'はだしでそと'] }] },
      en: { pairs: [{ reach: 48, a: ['boy', 'girl', 'kid', 'kids', 'child', 'toddler', 'little one'], b: ['for hours in the cold', 'in the corridor for hours', 'in the hallway for hours', 'in short sleeves', 'out on the stairs', 'on the stairs at night', 'outside at night', 'in her pyjamas', 'in his pyjamas', 'in pajamas', 'in pyjamas', 'in the corridor at night', 'in the hallway at night', 'outside till midnight', 'outside until midnight', 'wandering at night'] }] },
      zh: { pairs: [{ reach: 16, a: ['孩子', '小孩', '小朋友', '女孩', '男孩'], b: ['半夜在外面', '深夜在外面', '穿着睡衣在外', '在楼道里哭', '在楼梯上哭', '光着脚在外', '半夜一个人', '穿着短袖在外', '在楼道站了', '在门外站了几个小时'] }] },
      ko: { pairs: [{ reach: 24, a: ['아이', '애가', '꼬마', '여자애', '남자애'], b: ['밤늦게 밖에', '한밤중에 밖에', '잠옷 차림으로', '계단에서 울', '복도에서 울', '맨발로 밖', '반팔만 입고', '몇 시간째 밖', '복도에 몇 시간', '복도에 서', '밖에 서 있', '문 앞에 서'] }] },
      vi: { pairs: [{ reach: 40, a: ['đứa bé', 'đứa trẻ', 'con bé', 'thằng bé', 'em bé'], b: ['nửa đêm ở ngoài', 'đêm khuya ngoài đường', 'mặc đồ ngủ ngồi ngoài', 'ngồi khóc ở cầu thang', 'ngồi khóc ngoài hành lang', 'đi chân đất ngoài'] }] },
      ne: { pairs: [{ reach: 40, a: ['बच्चा', 'केटा', 'केटी', 'नानी'], b: ['राति बाहिर', 'मध्यरातमा बाहिर', 'भर्याङमा रोइरहेको', 'खाली खुट्टा बाहिर'] }] },
      tl: { pairs: [{ reach: 40, a: ['bata', 'batang'], b: ['sa labas ng hatinggabi', 'gabing gabi sa labas', 'naka pajama sa labas', 'umiiyak sa hagdan', 'nakayapak sa labas'] }] },
      pt: { pairs: [{ reach: 40, a: ['criança', 'menino', 'menina', 'garoto', 'garota'], b: ['de pijama na rua', 'sozinha na rua à noite', 'sozinho na rua à noite', 'chorando na escada', 'no corredor à noite', 'descalço na rua', 'descalça na rua'] }] },
      id: { pairs: [{ reach: 40, a: ['anak', 'bocah', 'balita'], b: ['malam malam di luar', 'tengah malam di luar', 'pakai piyama di luar', 'menangis di tangga', 'di lorong malam', 'tanpa alas kaki di luar'] }] },
    },
  },
  {
    name: 'a “secret game” an adult keeps with a child',
    signal: 'child_abuse',
    words: {
      ja: { say: ['秘密の遊び', 'ひみつのあそび', '二人だけの秘密', 'ふたりだけのひみつ', 'ママには内緒', 'ままにはないしょ', 'お母さんには内緒', 'おかあさんにはないしょ'] },
      en: { say: ['secret game', 'our little secret', 'special secret', 'keep it a secret from mum', 'keep it a secret from mom', 'dont tell mummy', 'dont tell mommy', 'dont tell your mum', 'dont tell your mom'] },
      zh: { say: ['秘密游戏', '我们之间的秘密', '不要告诉妈妈', '别告诉你妈', '不要跟妈妈说', '别跟妈妈说', '不许跟妈妈说', '不要跟你妈说', '别跟你妈说', '不准跟妈妈说'] },
      ko: { say: ['비밀 놀이', '우리만의 비밀', '엄마한테 말하지 마'] },
      vi: { say: ['trò chơi bí mật', 'bí mật của hai chú cháu', 'đừng nói với mẹ con'] },
      ne: { say: ['गोप्य खेल', 'आमालाई नभन्नू'] },
      tl: { say: ['sikretong laro', 'sikreto natin', 'huwag mong sabihin kay mama', 'wag mong sabihin kay mama'] },
      pt: { say: ['brincadeira secreta', 'nosso segredo', 'não conta pra sua mãe', 'não conta pra mamãe'] },
      id: { say: ['permainan rahasia', 'rahasia kita berdua', 'jangan bilang sama mama', 'jangan bilang ke ibu'] },
    },
  },
  {
    name: 'a child scavenging from the rubbish',
    signal: 'child_abuse',
    words: {
      ja: { say: ['ゴミ箱をあさ', 'ごみばこをあさ', 'ゴミを漁', 'ごみをあさって'] },
      en: { say: ['eating from the rubbish', 'eating out of the rubbish', 'eating from the bin', 'eating out of bins', 'eating out of the garbage', 'food from the rubbish', 'food from the bin', 'food out of the bin', 'scavenging for food', 'looking for food in the'] },
      zh: { say: ['在垃圾里找吃的', '捡垃圾吃'] },
      ko: { say: ['쓰레기를 뒤져 먹', '쓰레기통에서 음식을'] },
      vi: { say: ['ăn đồ trong thùng rác', 'nhặt đồ ăn trong rác'] },
      ne: { say: ['फोहोरबाट खाना', 'फोहोर खोतलेर खा'] },
      tl: { say: ['kumakain ng tira sa basurahan', 'naghahanap ng pagkain sa basura'] },
      pt: { say: ['comendo do lixo', 'procurando comida no lixo'] },
      id: { say: ['makan dari tempat sampah', 'mencari makanan di sampah'] },
    },
  },

  {
    name: 'a child who will not go home for fear of punishment; the fridge locked',
    signal: 'child_abuse',
    words: {
      ja: { say: ['ごはんをくれません', 'ごはんをくれない', 'ご飯をくれない', 'ご飯をくれません', 'たべものをくれない', '帰ろうとしない', 'かえろうとしない', '家に帰りたがらな', 'いえにかえりたがらな', 'うちにかえりたがらな', 'お仕置きされる', 'おしおきされる', 'お仕置きが怖', 'おしおきがこわ', '冷蔵庫に鍵', 'れいぞうこにかぎ', 'なかにいれてもらえな', 'なかにいれてもらえません', '中に入れてもらえな', '家に入れてもらえません'] },
      en: { say: ['doesnt give me food', 'doesnt give us food', 'wont feed me', 'wont feed us', 'never gives us food', 'refuses to go home', 'wont go home because', 'get punished again', 'punished when he gets home', 'punished when she gets home', 'in trouble when he gets home', 'in trouble when she gets home', 'not let inside', 'not allowed inside'] },
      zh: { say: ['妈妈不给我饭吃', '爸爸不给我饭吃', '不给我们饭吃', '不肯回家', '不愿意回家', '回家又要被罚', '回去又要挨', '冰箱上锁', '冰箱锁起来', '不让进屋'] },
      ko: { say: ['집에 안 가려고', '집에 가기 싫다고', '벌 받는다고', '혼날까 봐 집에', '냉장고를 잠가', '냉장고에 자물쇠'] },
      vi: { say: ['mẹ không cho con ăn', 'không cho em ăn', 'không cho chúng em ăn', 'không chịu về nhà', 'không muốn về nhà vì', 'về nhà sẽ bị phạt', 'khóa tủ lạnh'] },
      ne: { say: ['खाना दिनुहुन्न', 'खान दिनुहुन्न', 'घर जान मान्दैन', 'घर गए सजाय', 'फ्रिजमा ताल्चा'] },
      tl: { say: ['hindi ako pinapakain', 'hindi kami pinapakain', 'ayaw umuwi kasi', 'papaluin pag umuwi', 'nakakandado ang ref', 'ikinakandado ang ref'] },
      pt: { say: ['não me dá comida', 'não dá comida pra gente', 'não dá comida para nós', 'se recusa a voltar pra casa', 'vai apanhar quando chegar', 'tranca a geladeira', 'geladeira trancada', 'cadeado na geladeira'] },
      id: { say: ['takut dihukum kalau pulang', 'nanti dihukum lagi', 'kulkas dikunci', 'mengunci kulkas'] },
    },
  },
  {
    name: 'a child locked in a bathroom or room, or tied to something, while the adult goes out',
    signal: 'child_abuse',
    words: {
      ja: { say: ['柱に縛', 'はしらにしば'], pairs: [{ reach: 16, a: ['子', '息子', '娘', '甥', '姪', 'こども'], b: ['トイレに閉じ込', 'といれにとじこ', '浴室に閉じ込', '風呂場に閉じ込', '押し入れに入れ', 'おしいれにいれ', '物置に入れ', '外から鍵', 'そとからかぎ'] }] },
      en: { say: ['ties him to', 'ties her to', 'tied him to', 'tied her to', 'tied up the kid'], pairs: [{ ordered: true, reach: 8, a: ['locks him', 'locks her', 'locked him', 'locked her', 'locks them', 'locked them', 'shuts him', 'shuts her', 'shut him', 'shut her'], b: ['in the bathroom', 'in the toilet', 'in the closet', 'in the cupboard', 'in the basement', 'in the car', 'in the dark', 'out every night', 'out until midnight', 'out till midnight', 'out of the house at night', 'out all night'] }] },
      zh: { say: ['把他锁在', '把她锁在', '把孩子锁在', '锁在卫生间', '关进厕所', '拴在', '绑在柱子上'] },
      ko: { say: ['화장실에 가둬', '아이를 묶어', '기둥에 묶'] },
      vi: { say: ['nhốt nó trong', 'nhốt thằng bé', 'nhốt con bé', 'buộc con vào', 'cột con vào'] },
      ne: { say: ['बच्चालाई थुनेर', 'खम्बामा बाँध'] },
      tl: { say: ['ikinukulong sa banyo', 'kinukulong niya sa banyo', 'itinatali ang anak', 'tinatali sa poste'] },
      pt: { say: ['tranca ele no banheiro', 'tranca ela no banheiro', 'tranca no banheiro', 'amarra o filho', 'amarra a filha', 'amarrou o filho', 'amarrado no pé da', 'amarrada no pé da'] },
      id: { say: ['mengunci dia di kamar mandi', 'mengurung anaknya', 'mengikat anak', 'mengikat anaknya', 'diikat di tiang', 'ikat di tiang'] },
    },
  },
  {
    name: 'an adult in the bathroom or bed while a child bathes or sleeps, asking for secrecy',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: true, a: ['一緒にお風呂', 'いっしょにおふろ', 'お風呂に入ってく', 'おふろにはいってく', '体を洗', 'からだをあら', '服を脱が', 'ふくをぬが', '布団に入ってく', 'ふとんにはいってく'], b: ['秘密', 'ひみつ', '内緒', 'ないしょ', '言うな', 'いうな', '言っちゃだめ', 'いっちゃだめ', '誰にも言わない', 'だれにもいわない'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: true, a: ['bathes her', 'bathes him', 'gives her a bath', 'gives him a bath', 'showers with her', 'showers with him', 'comes into the bathroom', 'walks in on her', 'takes her clothes off', 'takes his clothes off', 'gets into bed with'], b: ['secret', 'dont tell', 'not to tell', 'not tell anyone', 'cant tell'] }] },
      zh: { pairs: [{ reach: 16, acrossSentences: true, a: ['帮她洗澡', '给她洗澡', '帮他洗澡', '一起洗澡', '进浴室', '进卫生间', '脱她', '脱他', '脱我', '钻进被窝'], b: ['秘密', '不许说', '不要说', '别告诉', '不准告诉', '不能告诉'] }] },
      ko: { pairs: [{ reach: 30, acrossSentences: true, a: ['같이 씻', '씻겨 주', '욕실에 들어와', '샤워할 때 들어와', '옷을 벗겨'], b: ['비밀', '말하지 마', '말하면 안', '아무한테도'] }] },
      vi: { pairs: [{ reach: 48, acrossSentences: true, a: ['vào nhà tắm', 'vào phòng tắm', 'khi bé đang tắm', 'lúc bé đang tắm', 'tắm cho bé', 'vào phòng ngủ'], b: ['không được kể', 'không được nói', 'đừng kể', 'đừng nói với ai', 'bí mật', 'giữ bí mật'] }] },
      ne: { pairs: [{ reach: 40, acrossSentences: true, a: ['नुहाइदिन्छ', 'बाथरुममा पस्छ', 'लुगा फुकाल'], b: ['गोप्य', 'नभन्', 'कसैलाई नभन'] }] },
      tl: { pairs: [{ reach: 48, acrossSentences: true, a: ['pinapaliguan', 'sabay maligo', 'pumapasok sa banyo', 'hinuhubaran'], b: ['sikreto', 'lihim', 'huwag sabihin', 'wag sabihin', 'huwag mong sabihin'] }] },
      pt: { pairs: [{ reach: 48, acrossSentences: true, a: ['toma banho com ela', 'toma banho com ele', 'entra no banheiro quando', 'dá banho nela', 'dá banho nele', 'tira a roupa dela'], b: ['segredo', 'não contar', 'não conta', 'ninguém pode saber'] }] },
      id: { pairs: [{ reach: 48, acrossSentences: true, a: ['memandikan', 'memandikannya', 'mandi bersama', 'masuk kamar mandi', 'masuk ke kamar mandi', 'membuka bajunya'], b: ['merahasiakan', 'rahasia', 'jangan bilang', 'jangan cerita', 'tidak boleh cerita'] }] },
    },
  },
  {
    name: 'a child left outside in the cold, crying for an hour',
    signal: 'child_abuse',
    words: {
      ja: { say: ['よるずっとそとに', 'よるそとにいます', 'ずっとそとにいます'] },
      en: { pairs: [{ reach: 60, acrossSentences: true, a: ['boy', 'girl', 'kid', 'child', 'toddler', 'little one'], b: ['out on their balcony', 'out on the balcony', 'on their balcony in', 'below freezing', 'crying for an hour', 'in just a t shirt', 'in just his', 'in just her'] }] },
      zh: { say: ['大冬天穿着短袖在外面', '在阳台上哭了一个小时'] },
      ko: { say: ['영하인데 밖에', '베란다에서 한 시간째'] },
      vi: { say: ['trời lạnh mà để ngoài ban công', 'khóc cả tiếng ngoài ban công'] },
      ne: { say: ['जाडोमा बार्दलीमा', 'घण्टौं बाहिर रोइरहेको'] },
      tl: { say: ['nasa balkonahe sa lamig', 'umiiyak ng isang oras sa labas'] },
      pt: { say: ['na varanda no frio', 'chorando há uma hora lá fora'] },
      id: { say: ['di balkon kedinginan', 'menangis sejam di luar'] },
    },
  },

  {
    name: 'a neglected child: dirty, thin, not fed since yesterday',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 24, a: ['子ども', '子供', 'こども', '兄弟', 'きょうだい', '双子', 'ふたご', '近所の子', '隣の子', 'となりの子'], b: ['昨日から何も食べ', 'きのうからなにもたべ', 'お風呂に入っていな', 'おふろにはいっていな', '何日も同じ服', 'なんにちもおなじふく', '汚れた服', 'よごれたふく', '不潔', 'ふけつ'] }] },
      en: { pairs: [{ reach: 48, a: ['boy', 'girl', 'kid', 'kids', 'child', 'children', 'twins', 'siblings', 'toddler', 'baby'], b: ['havent eaten since', 'hasnt eaten since', 'havent eaten in', 'hasnt eaten in', 'always dirty', 'filthy', 'unwashed', 'same clothes every day', 'same dirty clothes', 'skin and bones', 'nobody feeds'] }] },
      zh: { pairs: [{ reach: 16, a: ['孩子', '小孩', '双胞胎', '兄妹', '姐弟'], b: ['一直穿同一件衣服', '脏兮兮', '好几天没洗澡', '从昨天就没吃饭', '从昨天到现在没吃'] }] },
      ko: { pairs: [{ reach: 24, a: ['아이', '애들', '쌍둥이', '남매'], b: ['며칠째 같은 옷', '지저분하고 말랐', '어제부터 아무것도 못 먹', '씻지도 못'] }] },
      vi: { pairs: [{ reach: 40, a: ['đứa bé', 'đứa trẻ', 'mấy đứa', 'cặp sinh đôi', 'bọn trẻ'], b: ['mặc một bộ quần áo mấy ngày', 'bẩn thỉu', 'từ hôm qua chưa ăn', 'gầy gò', 'không ai cho ăn'] }] },
      ne: { pairs: [{ reach: 40, a: ['बच्चा', 'बच्चाहरू', 'जुम्ल्याहा'], b: ['हिजोदेखि केही खाएको छैन', 'उही लुगा', 'फोहोरी', 'दुब्लो'] }] },
      tl: { pairs: [{ reach: 40, a: ['bata', 'mga bata', 'kambal', 'magkapatid'], b: ['madumi at payat', 'hindi pa kumakain mula kahapon', 'parehong damit', 'walang nagpapakain'] }] },
      pt: { pairs: [{ reach: 40, a: ['criança', 'crianças', 'gêmeos', 'irmãos', 'menino', 'menina'], b: ['sujos e magros', 'não comem desde ontem', 'não comeu desde ontem', 'mesma roupa todo dia', 'ninguém dá comida'] }] },
      id: { pairs: [{ reach: 40, a: ['anak', 'anak anak', 'bocah', 'kembar'], b: ['kotor dan kurus', 'belum makan dari kemarin', 'baju yang sama terus', 'tidak ada yang kasih makan'] }] },
    },
  },
  {
    name: 'a child crying at the door at night to be let in',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 24, a: ['子', 'こども', '子ども', '子供'], b: ['夜中に玄関', 'よなかにげんかん', '玄関の外で泣', 'げんかんのそとでな', '入れてと', 'いれてと', '開けてと泣', 'あけてとな', '家に入れて', 'いえにいれて'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: true, a: ['boy', 'girl', 'kid', 'child', 'toddler', 'little one'], b: ['let me in', 'banging on the door crying', 'crying at the door', 'crying outside the door', 'screaming to be let in', 'begging to be let in'] }] },
      zh: { pairs: [{ reach: 16, acrossSentences: true, a: ['孩子', '小孩'], b: ['让我进去', '哭着喊开门', '在门外哭', '一直敲门哭'] }] },
      ko: { pairs: [{ reach: 24, acrossSentences: true, a: ['아이', '애가'], b: ['들여보내 달라', '문 열어 달라고', '문 앞에서 울'] }] },
      vi: { pairs: [{ reach: 40, acrossSentences: true, a: ['đứa bé', 'đứa trẻ', 'thằng bé', 'con bé'], b: ['cho con vào', 'mở cửa cho con', 'khóc trước cửa'] }] },
      ne: { pairs: [{ reach: 40, acrossSentences: true, a: ['बच्चा', 'नानी'], b: ['भित्र पस्न दिनुस्', 'ढोका खोल्नुस्', 'ढोकामा रोइरहेको'] }] },
      tl: { pairs: [{ reach: 40, acrossSentences: true, a: ['bata'], b: ['papasukin mo ako', 'buksan ang pinto', 'umiiyak sa pinto'] }] },
      pt: { pairs: [{ reach: 40, acrossSentences: true, a: ['criança', 'menino', 'menina'], b: ['me deixa entrar', 'abre a porta', 'chorando na porta'] }] },
      id: { pairs: [{ reach: 40, acrossSentences: true, a: ['anak', 'bocah'], b: ['bukakan pintu', 'biarkan aku masuk', 'menangis di depan pintu'] }] },
    },
  },

  {
    name: 'a child made to sleep outside or in a shed, to kneel or stand for hours',
    signal: 'child_abuse',
    words: {
      ja: { say: ['物置で寝かせ', 'ものおきでねかせ', '外で寝かせ', 'そとでねかせ', 'ベランダで寝かせ', 'べらんだでねかせ', '何時間も正座', 'なんじかんもせいざ', '何時間も立たせ', 'なんじかんもたたせ'] },
      en: { pairs: [{ ordered: true, reach: 16, a: ['makes him', 'makes her', 'made him', 'made her', 'forces him', 'forces her', 'forced him', 'forced her', 'makes them', 'made them'], b: ['sleep in the shed', 'sleep in the garden', 'sleep in the garage', 'sleep outside', 'sleep in the car', 'sleep on the balcony', 'sleep on the floor', 'stand outside', 'kneel', 'stand in the corner for hours', 'eat off the floor', 'eat from the floor', 'go without food', 'skip meals'] }] },
      zh: { say: ['让他睡在外面', '让孩子睡在外面', '让孩子睡阳台', '让孩子睡储藏室', '罚站几个小时', '罚站一整夜', '跪几个小时'] },
      ko: { say: ['창고에서 재우', '밖에서 재우', '베란다에서 재우', '몇 시간씩 벌을 세우', '몇 시간씩 무릎 꿇'] },
      vi: { say: ['bắt con ngủ ngoài', 'bắt ngủ ngoài hiên', 'bắt quỳ hàng giờ', 'bắt đứng hàng giờ', 'bắt ngủ trong kho'] },
      ne: { say: ['बाहिर सुताउँछ', 'गोठमा सुताउँछ', 'घण्टौं उभ्याउँछ', 'घण्टौं घुँडा टेकाउँछ'] },
      tl: { say: ['pinapatulog sa labas', 'pinapatulog sa bodega', 'pinaluluhod ng ilang oras', 'pinapaluhod sa asin'] },
      pt: { say: ['faz dormir no quintal', 'faz dormir na garagem', 'faz dormir do lado de fora', 'ajoelhar no milho', 'ajoelhado no milho', 'ajoelhada no milho'] },
      id: { say: ['disuruh tidur di luar', 'disuruh tidur di gudang', 'disuruh berlutut berjam jam', 'dijemur berjam jam'] },
    },
  },
  {
    name: 'sexual messages or requests for photos sent to a child; an adult doing “bad things” at night',
    signal: 'child_abuse',
    words: {
      ja: {
        say: ['性的なメッセージ', 'せいてきなめっせーじ', '裸の写真を送って', 'はだかのしゃしんをおくって', '裸の写真を要求', 'わいせつなメッセージ'],
        pairs: [{ reach: 20, acrossSentences: true, a: ['ママのかれし', 'ままのかれし', 'お母さんの彼氏', 'おかあさんのかれし', '母の彼氏', 'ははのかれし', '継父', '義父', 'おじさん'], b: ['よるへやに', '夜部屋に', '夜、部屋に', 'へやにきて', '部屋に来て', 'いやなこと', '嫌なこと', 'へんなこと', '変なこと'] }],
      },
      en: {
        say: ['sexual messages to my', 'sending sexual', 'sexual pictures to my', 'asked her for photos', 'asking her for nude', 'asking for naked pictures', 'grooming my', 'groomed my'],
        pairs: [{ reach: 32, a: ['sexual messages', 'sexual texts', 'explicit messages', 'explicit photos', 'nudes', 'dirty messages'], b: ['daughter', 'son$', 'year old', 'child', 'kid$', 'girl', 'boy', 'niece', 'nephew', 'student'] }],
      },
      zh: { say: ['发色情信息', '要她的裸照', '发黄色信息给', '向我女儿要照片', '要孩子的裸照'] },
      ko: { say: ['성적인 메시지', '음란 메시지', '알몸 사진을 보내', '몸 사진을 보내 달라'] },
      vi: { say: ['nhắn tin khiêu dâm', 'đòi ảnh nóng', 'gửi ảnh khỏa thân cho'] },
      ne: { say: ['अश्लील म्यासेज', 'नाङ्गो फोटो माग'] },
      tl: { say: ['malaswang mensahe', 'humihingi ng hubad na litrato'] },
      pt: { say: ['mensagens sexuais', 'pedindo fotos nuas', 'mandou nudes para', 'pedindo nudes'] },
      id: { say: ['pesan mesum', 'pesan porno ke', 'minta foto telanjang', 'meminta foto bugil'] },
    },
  },

  {
    name: 'a baby shaken hard',
    signal: 'child_abuse',
    words: {
      ja: { say: ['激しく揺さぶ', 'はげしくゆさぶ', '赤ちゃんを強く揺', 'あかちゃんをつよくゆ'] },
      en: { say: ['shakes the baby hard', 'shaking the baby hard', 'shook her hard', 'shook him hard', 'shakes her hard', 'shakes him hard'] },
      zh: { say: ['使劲摇晃婴儿', '用力摇宝宝', '猛摇孩子', '使劲摇孩子', '用力摇晃孩子'] },
      ko: { say: ['세게 흔들', '심하게 흔들', '마구 흔들'] },
      vi: { say: ['lắc mạnh em bé', 'lắc mạnh bé', 'lắc mạnh con'] },
      ne: { say: ['बच्चालाई जोडले हल्लाउँछ', 'जोडले हल्लाउँछ'] },
      tl: { say: ['inaalog nang malakas', 'niyuyugyog nang malakas', 'inalog nang malakas'] },
      pt: { say: ['sacode o bebê', 'sacudiu o bebê', 'chacoalha o bebê', 'sacode a criança com força'] },
      id: { say: ['mengguncang bayi', 'menggoyang bayi dengan keras', 'mengguncang anak dengan keras'] },
    },
  },
  {
    name: 'a hurt or sick child not taken to a doctor',
    signal: 'child_abuse',
    words: {
      ja: { pairs: [{ reach: 24, acrossSentences: true, a: ['子', 'こども', '息子', '娘', '孫'], b: ['病院に連れて行かな', 'びょういんにつれていかな', '病院に連れて行ってもらえ', 'びょういんにつれていってもらえ', '医者に見せな', 'いしゃにみせな'] }] },
      en: { say: ['wont take her son to the doctor', 'wont take her daughter to the doctor', 'wont take him to the doctor', 'wont take her to the doctor', 'never takes him to the doctor', 'never takes her to the doctor', 'refuses to take him to the doctor', 'refuses to take her to the doctor', 'wont take the baby to the doctor'] },
      zh: { say: ['不带去看医生', '不带孩子看医生', '不给孩子看病', '也不带去医院'] },
      ko: { say: ['병원에 안 데려가', '병원에 데려가지 않', '병원에도 안 데려가'] },
      vi: { say: ['không đưa con đi khám', 'không cho con đi bác sĩ', 'không đưa bé đi viện'] },
      ne: { say: ['अस्पताल लैजाँदैन', 'डाक्टरकहाँ लैजाँदैन', 'अस्पताल लैजानुहुन्न'] },
      tl: { say: ['ayaw dalhin sa doktor', 'hindi dinadala sa doktor', 'ayaw dalhin sa ospital'] },
      pt: { say: ['não leva ao médico', 'não leva o filho ao médico', 'não leva a filha ao médico', 'nunca leva ao médico'] },
      id: { say: ['tidak dibawa ke dokter', 'tidak mau membawa anak ke dokter', 'tidak pernah dibawa berobat'] },
    },
  },
  {
    name: 'a child made to undress',
    signal: 'child_abuse',
    words: {
      ja: { say: ['服を脱がせ', 'ふくをぬがせ', '裸にさせ', 'はだかにさせ'] },
      en: { say: ['makes her take her clothes off', 'makes him take his clothes off', 'made her take her clothes off', 'made him take his clothes off', 'makes my daughter take her clothes off', 'makes her undress', 'made her undress', 'makes him undress', 'made him undress'] },
      zh: { say: ['让她脱衣服', '让他脱衣服', '逼孩子脱衣服', '叫她脱衣服'] },
      ko: { say: ['옷을 벗으라고', '옷을 벗게 해'] },
      vi: { say: ['bắt bé cởi quần áo', 'bắt con bé cởi đồ'] },
      ne: { say: ['लुगा फुकाल्न लगाउँछ', 'नाङ्गो हुन लगाउँछ'] },
      tl: { say: ['pinaghuhubad ang bata', 'pinahubad ang anak ko'] },
      pt: { say: ['manda ela tirar a roupa', 'faz ela tirar a roupa', 'mandou tirar a roupa'] },
      id: { say: ['menyuruh anak saya buka baju', 'menyuruh dia telanjang'] },
    },
  },
];
