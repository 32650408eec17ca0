import type { Concept, Lists } from './concepts.ts';
import { HIT_TOLD_AS_PAST } from './concepts-safe.ts';
import { cross, inEachLanguage, near } from './extend-concepts.ts';

/** A knife or a blade held, in romanised Japanese (often read as another language, so said as one phrase). */
// biome-ignore format: one short list on one line
const ROMAJI_KNIFE = ['naifu motte', 'naifu wo motte', 'naifu o motte', 'houchou motte', 'houchou wo motte', 'houchou o motte', 'hocho motte', 'hamono motte', 'hamono wo motte'];

/**
 * Violence by a partner or family member, by concept: hitting, strangling, dragging by the hair,
 * throwing things, a weapon, a threat to kill, being locked in, the phone taken or smashed, hiding
 * from them now, fleeing at night — and the denials that cancel them ("he has never hit me").
 */
// ── crisis-30 (people writing in a role): a beating heard or seen by a passer-by, a tutor on a call ──
// A cry of "don't hit me" (a child's or an old woman's, from inside a house).
// biome-ignore format: word lists stay on a few lines
const DONT_HIT_ME = {
  ja: ['叩かないで', 'たたかないで', 'ぶたないで', '殴らないで', 'なぐらないで', '蹴らないで', 'けらないで', 'もうぶたないで'],
  en: ['dont hit me', 'stop hitting me', 'please dont hit', 'dont hurt me', 'stop hurting me', 'please stop hitting', 'stop hitting her', 'stop hitting him'],
  zh: ['别打我', '别打了', '不要打我', '不要打了', '别再打了', '不要再打了', '别打她', '别打他'],
  ko: ['때리지 마', '때리지 말', '그만 때려', '때리지 말아'],
  vi: ['đừng đánh nữa', 'đừng đánh tôi', 'đừng đánh mẹ', 'đừng đánh con', 'đừng đánh em', 'đừng đánh bà', 'xin đừng đánh', 'đừng đánh mà'],
  ne: ['नपिट', 'नकुट', 'नहिर्का', 'मलाई नपिट', 'मलाई नकुट', 'napit$', 'nakut$', 'malai napit', 'malai nakut'],
  tl: ['huwag mo akong saktan', 'wag mo akong saktan', 'wag mo kong saktan', 'huwag mo akong sasaktan', 'huwag mo akong paluin', 'huwag mo akong suntukin', 'tama na po'],
  pt: ['gritando não me bate', 'gritava não me bate', 'grita não me bate', 'gritou não me bate', 'gritos de não me bate', 'chorando não me bate', 'implorando não me bate', 'pedindo não me bate', 'não me bata', 'para de me bater', 'pare de me bater', 'não bate em mim'],
  id: ['jangan pukul', 'jangan dipukul', 'jangan pukuli', 'jangan mukul', 'jangan pukulin', 'ampun jangan'],
} as const;
// …heard now: a shout, a scream, the sound of blows.
// biome-ignore format: word lists stay on a few lines
const HEARD_CRYING_OUT = {
  ja: ['聞こえ', 'きこえ', '叫び声', 'さけびごえ', '叫んで', 'さけんで', '叩く音', 'たたくおと', '殴る音', 'なぐるおと', '泣き叫'],
  en: ['can hear', 'could hear', 'i hear', 'heard', 'shouting', 'screaming', 'yelling', 'crying out', 'thumping', 'thuds', 'sound of'],
  zh: ['听到', '听见', '传出', '传来', '叫喊', '哭喊', '打人的声音'],
  ko: ['들려', '들립니다', '들리', '소리치', '비명', '때리는 소리', '소리가'],
  vi: ['nghe thấy', 'nghe tiếng', 'có tiếng', 'tiếng kêu', 'tiếng la', 'tiếng hét', 'kêu la', 'tiếng đánh'],
  ne: ['सुनिन्छ', 'सुनियो', 'सुनें', 'सुनिरहेको', 'आवाज', 'चिच्याहट', 'चिच्याएको', 'कराएको', 'रोएको', 'sunin', 'awaj', 'aawaj', 'chichyah'],
  tl: ['naririnig', 'narinig', 'sumisigaw', 'sigaw', 'kalabog', 'kumakalabog', 'umiiyak'],
  pt: ['ouço', 'ouvi', 'escuto', 'escutei', 'gritando', 'grito', 'gritos', 'barulho de', 'pancada', 'chorando'],
  id: ['terdengar', 'kedengaran', 'dengar', 'mendengar', 'berteriak', 'teriak', 'suara pukulan'],
} as const;
// A blow seen on a video call or heard on the phone (someone hitting her, kicking her, again and again)…
// biome-ignore format: word lists stay on a few lines
const HITS_HER = {
  ja: ['殴り', '殴っ', 'なぐり', 'なぐっ', '叩い', 'たたい', '蹴っ', '蹴り', 'けっ', 'けり', 'ぶっ'],
  en: ['hitting her', 'hit her', 'hits her', 'slapping her', 'slapped her', 'punching her', 'punched her', 'kicking her', 'kicked her', 'beating her', 'beat her'],
  zh: ['打她', '打了她', '打她的头', '扇她', '踢她', '揍她', '打了她的头'],
  ko: ['때렸', '때리', '폭행', '발로 찼', '뺨을'],
  vi: ['đánh vào đầu', 'đánh chị', 'đánh cô', 'đánh vợ', 'tát chị', 'tát cô', 'đá chị', 'đấm chị', 'đánh em ấy', 'đánh bạn ấy'],
  ne: ['हिर्काए', 'हिर्काउन थाले', 'कुटे$', 'पिटे$', 'हाने$', 'कुट्न थाले', 'पिट्न थाले', 'हिर्काइरहेका', 'कुटिरहेका', 'कुटिरहेको', 'पिटिरहेको', 'हिर्काइरहेको', 'hirkaye', 'kute$', 'pite$'],
  tl: ['sinuntok', 'sinampal', 'sinipa', 'binugbog', 'pinalo', 'hinampas', 'sinasaktan'],
  pt: ['bateu nela', 'bateu na cabeça dela', 'bateu na cara dela', 'bateu no rosto dela', 'deu um tapa nela', 'deu tapas nela', 'deu socos nela', 'socou ela', 'espancou', 'chutou ela', 'batendo nela'],
  id: ['memukul', 'memukuli', 'menampar', 'menendang', 'meninju', 'menonjok', 'mukul', 'mukulin', 'nampar', 'nendang'],
} as const;
// …and then the camera or the call cut off.
// biome-ignore format: word lists stay on a few lines
const THEN_CUT_OFF = {
  ja: ['カメラが切れ', 'カメラがきれ', 'カメラが消え', '画面が消え', 'がめんがきえ', '通話が切れ', 'つうわがきれ', '電話が切れ', 'でんわがきれ', '映像が切れ', '回線が切れ'],
  en: ['camera went off', 'camera cut off', 'camera turned off', 'camera went black', 'screen went black', 'call cut out', 'call cut off', 'call dropped', 'call ended', 'line went dead', 'video cut out', 'video went off'],
  zh: ['视频就断了', '视频断了', '视讯就断了', '视讯断了', '镜头关了', '画面黑了', '电话断了', '电话就断了', '通话断了'],
  ko: ['화면이 꺼졌', '화면이 꺼지', '카메라가 꺼졌', '카메라가 꺼지', '통화가 끊겼', '전화가 끊겼', '영상이 끊겼'],
  vi: ['camera tắt', 'tắt camera', 'màn hình tối', 'cuộc gọi bị ngắt', 'cuộc gọi tắt', 'mất hình', 'điện thoại tắt'],
  ne: ['क्यामेरा बन्द', 'स्क्रिन बन्द', 'कल काटियो', 'फोन काटियो', 'camera banda', 'call katiyo', 'phone katiyo'],
  tl: ['namatay ang camera', 'nag off ang camera', 'naputol ang tawag', 'naputol ang call', 'nawala ang video', 'naputol ang video'],
  pt: ['a câmera desligou', 'câmera desligou', 'a tela apagou', 'a chamada caiu', 'a ligação caiu', 'a ligação cortou', 'o vídeo cortou'],
  id: ['kameranya mati', 'kamera mati', 'videonya terputus', 'video terputus', 'layarnya gelap', 'teleponnya terputus', 'panggilan terputus', 'sambungan terputus'],
} as const;

/**
 * An ex who used to hit the writer has found her again: the new address, where she lives, waiting outside,
 * following her (with `HIT_TOLD_AS_PAST`, which an idiom of "parted now" keeps quiet alone).
 */
// biome-ignore format: each language's words stay on one line, easy to read side by side
const FOUND_HER_AGAIN: Lists = {
  ja: ['新しい家を見つけ', 'あたらしいいえをみつけ', '新しい住所', 'あたらしいじゅうしょ', '住所がばれ', 'じゅうしょがばれ', '住所を知られ', 'じゅうしょをしられ', '引っ越し先がばれ', 'ひっこしさきがばれ', '居場所がばれ', 'いばしょがばれ', '待ち伏せ', 'まちぶせ', '家の前で待って', 'いえのまえでまって', 'あとをつけ', '後をつけ'],
  en: ['found my new address', 'found out my new address', 'found out where i live', 'found where i live', 'found my new place', 'found my new apartment', 'knows where i live', 'showed up at my', 'turned up at my', 'waiting outside my', 'following me', 'followed me home'],
  zh: ['找到了我的新住址', '找到我的新家', '找到我住的地方', '知道了我的新地址', '知道我住哪', '找上门', '在楼下等我', '在门口等我', '跟踪我'],
  ko: ['새 주소를 알아냈', '새 집을 알아냈', '사는 곳을 알아냈', '집을 찾아냈', '집으로 찾아왔', '집 앞에서 기다', '따라왔', '미행'],
  vi: ['tìm ra địa chỉ mới', 'biết địa chỉ mới', 'tìm được chỗ ở mới', 'tìm đến nhà', 'mò đến nhà', 'đứng chờ trước nhà', 'theo dõi em', 'theo dõi tôi'],
  ne: ['नयाँ ठेगाना थाहा पाए', 'नयाँ ठेगाना पत्ता लगाए', 'बस्ने ठाउँ पत्ता लगाए', 'घर खोज्दै आए', 'पछ्याउँछन्', 'पछ्याउँछ', 'naya thegana'],
  tl: ['nalaman niya ang bagong address', 'nahanap niya ang bagong bahay', 'nalaman niya kung saan ako nakatira', 'sinusundan niya ako', 'naghihintay sa labas ng bahay'],
  pt: ['descobriu meu novo endereço', 'descobriu onde eu moro', 'achou meu novo endereço', 'apareceu na minha casa', 'apareceu lá em casa', 'esperando na porta', 'me seguindo', 'me seguiu'],
  id: ['tahu alamat baruku', 'tahu alamat baru saya', 'menemukan alamat baru', 'nemu alamat baru', 'tahu tempat tinggal', 'datang ke rumah', 'nungguin di depan', 'menunggu di depan', 'ngikutin saya', 'membuntuti'],
};

/** Pass 25 (lexicon): the ex who used to hit, parted from, who has found the writer again. */
const FOUND_AGAIN: readonly Concept[] = [
  {
    // "He used to hit me. We separated, but he found my new address", 「まえの おっとに たたかれました。いまは わかれました
    // が、あたらしい いえを みつけられました」: hitting long over (an idiom, concepts-safe.ts) comes back with him.
    name: 'hitting told as past, parted, and the ex who found the new address',
    signal: 'violence',
    words: inEachLanguage((l) => ({
      pairs: [
        {
          ordered: true,
          reach: near(l, 80, 200),
          acrossSentences: 2,
          pastDeath: 'a',
          a: HIT_TOLD_AS_PAST[l],
          b: FOUND_HER_AGAIN[l],
        },
      ],
    })),
  },
];

// biome-ignore format: each language's words stay on a few lines, easy to read side by side
export const VIOLENCE_CONCEPTS: readonly Concept[] = [
  {
    name: 'hit, slapped, kicked, punched by a partner or family member',
    signal: 'violence',
    words: {
      ja: {
        // Japanese typed in Latin letters (romaji): hit, kicked, choked, a threat to kill, a knife taken
        // up — what the kana lists know («otto ni nagurareta», «houchou wo motte korosu tte»). A game or a
        // joke frames it as in kana («geemu de korosu zo tte sakenderu»).
        // «No day he does not hit me»: a double denial is every day (「夫が殴らない日はない」).
        say: ['殴らない日はない', '殴らないひはない', '殴らない日がない', '殴らないひがない', '殴らない日はありません', '殴らないひはありません', '殴らない日はほとんどない', 'なぐらない日はない', 'なぐらないひはない', 'なぐらない日がない', 'なぐらないひがない', 'なぐらない日はありません', 'なぐらないひはありません', 'なぐらない日はほとんどない', '叩かない日はない', '叩かないひはない', '叩かない日がない', '叩かないひがない', '叩かない日はありません', '叩かないひはありません', '叩かない日はほとんどない', 'たたかない日はない', 'たたかないひはない', 'たたかない日がない', 'たたかないひがない', 'たたかない日はありません', 'たたかないひはありません', 'たたかない日はほとんどない', '蹴らない日はない', '蹴らないひはない', '蹴らない日がない', '蹴らないひがない', '蹴らない日はありません', '蹴らないひはありません', '蹴らない日はほとんどない', 'けらない日はない', 'けらないひはない', 'けらない日がない', 'けらないひがない', 'けらない日はありません', 'けらないひはありません', 'けらない日はほとんどない', '殴られない日はない', '殴られないひはない', '殴られない日がない', '殴られないひがない', '殴られない日はありません', '殴られないひはありません', '殴られない日はほとんどない', 'なぐられない日はない', 'なぐられないひはない', 'なぐられない日がない', 'なぐられないひがない', 'なぐられない日はありません', 'なぐられないひはありません', 'なぐられない日はほとんどない', '叩かれない日はない', '叩かれないひはない', '叩かれない日がない', '叩かれないひがない', '叩かれない日はありません', '叩かれないひはありません', '叩かれない日はほとんどない', 'たたかれない日はない', 'たたかれないひはない', 'たたかれない日がない', 'たたかれないひがない', 'たたかれない日はありません', 'たたかれないひはありません', 'たたかれない日はほとんどない', '殴られなかった日はない', '殴られなかったひはない', '殴られなかった日がない', '殴られなかったひがない', '殴られなかった日はありません', '殴られなかったひはありません', '殴られなかった日はほとんどない', 'なぐられなかった日はない', 'なぐられなかったひはない', 'なぐられなかった日がない', 'なぐられなかったひがない', 'なぐられなかった日はありません', 'なぐられなかったひはありません', 'なぐられなかった日はほとんどない', '叩かれなかった日はない', '叩かれなかったひはない', '叩かれなかった日がない', '叩かれなかったひがない', '叩かれなかった日はありません', '叩かれなかったひはありません', '叩かれなかった日はほとんどない', 'たたかれなかった日はない', 'たたかれなかったひはない', 'たたかれなかった日がない', 'たたかれなかったひがない', 'たたかれなかった日はありません', 'たたかれなかったひはありません', 'たたかれなかった日はほとんどない', 'nagurareta', 'naguraremashita', 'nagurarete', 'naguraretemasu', 'naguru keru', 'nagutteru', 'nagutta', 'nagutte kuru', 'tatakareta', 'tatakarete', 'tataiteru', 'ketteru', 'kettobasareta', 'kerareta', 'keraremashita', 'kubi wo shimerareta', 'kubi o shimerareta', 'kubi wo shimeraremashita', 'kubi wo shimete', 'korosu tte iwareta', 'korosu to iwareta', 'korosu tte itta', 'korosu to itta', 'korosu tte dm', 'korosareru', 'korosare sou', 'korosaresou', 'houchou wo motte', 'houchou o motte', 'hocho wo motte', 'houchou mochidashi', 'naifu wo motte', 'bouryoku wo furuwa', 'boryoku wo furuwa', 'bouryoku furuwa', 'ビンタされ', 'びんたされ', '平手打ち', 'ひらてうち', '引っぱたかれ', 'ひっぱたかれ', '壁に押し付け', 'かべにおしつけ', '腕をねじ', 'うでをねじ', '踏みつけられ', 'ふみつけられ', '馬乗りにな', 'うまのりにな', '手を上げられ', '手をあげられ', 'てをあげられ', '暴力を受け', 'ぼうりょくをうけ', '暴力をふるわれ', 'ぼうりょくをふるわれ', 'ぶたれ', 'ぶたれる'],
        pairs: [{ ordered: true, reach: 12,
          a: ['夫', 'おっと', '主人', 'しゅじん', '旦那', 'だんな', '彼氏', 'かれし', '元夫', 'もとおっと', '元彼', 'もとかれ', '妻が', 'つまが', 'パートナー', '同居人', '婚約者', '息子', 'むすこ', '兄が', 'あにが', '義父', '義母', '舅', '姑', '夫の家族'],
          b: ['殴っ', 'なぐっ', '殴り', 'なぐり', '殴ら', 'なぐら', '蹴っ', '蹴ら', '蹴り', 'けって', '叩い', 'たたい', '叩か', 'たたか', '叩き', 'たたき', 'ビンタ', 'びんた', '突き飛ば', 'つきとば', '押し倒', 'おしたお', '手を上げ', '手をあげ', 'てをあげ', '手が出', 'てがで', '暴れ', 'あばれ', '暴力', 'ぼうりょく', '物を投げ', 'ものをなげ'] }],
        crisisNegation: { before: [], after: ['たことはな', 'たことはありません', 'たことがな', 'たことがありません', 'たことはございません', 'たことがございません', 'たことはございませ', 'てはおりません', 'てはおらず', 'てはいな', 'てはいません', 'はしません', 'はしない', 'をふるわな', 'を振るわな', 'をふるいません', 'を振るいません', 'は振るいません', 'はふるいません', 'はふるわな', 'は振るわな', 'はされていな', 'はされていません'] },
        framing: {
          joke: ['geemu de', 'geemu chuu', 'gemu de', 'gemu chu', 'joudan de', 'jodan de', 'joudan dakedo', 'jodan dakedo'],
          report: ['mukashi', 'nen mae', 'nenmae', 'kodomo no toki', 'kodomo no koro', 'chiisai toki', 'chiisai koro', 'ima wa rikon', 'ima wa wakarete', 'ima wa anzen', 'nyuusu de', 'nyusu de', 'eiga de', 'dorama de'],
        },
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
        say: ['扇我巴掌', '打我巴掌', '给了我一巴掌', '踹我', '踢我肚子', '打我的头', '把我按在地上', '骑在我身上打', '拳打脚踢', '往死里打', '推我撞墙', '把我推到墙上', '老公打我', '丈夫打我', '男朋友打我', '男友打我', '前夫打我', '儿子打我', '对我动手', '动手打人', '动手打我', '动粗', '对我施暴', '打了我', '揍了我', '踢了我', '踹了我', '扇了我', '把我打', '把我揍'],
        pairs: [
          { ordered: true, reach: 12, a: ['老公', '丈夫', '先生', '男朋友', '男友', '前夫', '前男友', '老婆', '妻子', '女朋友', '儿子', '哥哥', '公公', '婆婆', '他', '她'], b: ['打我', '揍我', '踢我', '踹我', '扇我', '掐我', '推我', '砸我', '动手打', '打伤'] },
          { ordered: true, reach: 6, a: ['用', '拿', '抄起'], b: ['砸我', '打我', '砸向我', '扔向我', '往我头上'] },
        ],
        idioms: ['推我一把', '动手术', '打我电话', '打我手机'],
        crisisNegation: { before: ['从来没有', '从来没', '从没', '从来不', '不会', '从不', '没有再', '没动过手'], after: [] },
      },
      ko: {
        // 패다 (to beat) and dialect endings as spoken (전라 「패부러요」, 경상 「패삐」, 「뚜드려 패」; 「술만 묵으면」)
        say: [...['나를', '날', '저를', '절', '나를 막', '날 막'].flatMap((me) => ['패요', '패고', '패서', '패더', '패는', '패면', '패부', '패버', '패뿌', '패삐'].map((beat) => `${me} ${beat}`)), '두들겨 패', '뚜드려 패', '뚜들겨 패', '뚜디려 패', '뚜디리', '패부러', '패부리', '패뿌', '패삐', '패버려', '패 버려', '패버리', '팼어', '때려부러', '때려뿌', '때리부러', '때리삐', '술만 묵으면 때', '술만 먹으면 때', '술 묵으면 때', '뺨을 맞', '뺨을 때', '따귀', '벽에 밀쳐', '머리를 때', '배를 때', '멍이 들 정도', '남편이 때', '남편한테 맞', '남편에게 맞', '남친이 때', '남친한테 맞', '남자친구가 때', '남자친구한테 맞', '아내가 때', '아들이 때', '아들한테 맞', '폭력을 휘두르', '손찌검', '가정폭력'],
        pairs: [{ reach: 16, a: ['남편', '남친', '남자친구', '전남편', '전 남편', '아내', '와이프', '아들', '시아버지', '시어머니'], b: ['때려', '때리', '때렸', '주먹으로', '발로 차', '걷어차', '밀쳐', '멱살', '손찌검', '폭력'] }],
        idioms: ['때리지 않', '때리진 않', '때린 적은 없', '때린 적 없', '때린 적이 없', '맞은 적은 없', '맞은 적 없', '맞은 적이 없', '폭력은 쓰지 않', '폭력을 쓰지 않', '손찌검은 안', '예방주사를 맞', '주사를 맞', '주사 맞', '백신을 맞', '백신 맞', '말이 맞', '맞는 말', '네 맞아', '그게 맞아', '맞아요 맞아요'],
      },
      vi: {
        say: ['tát tôi', 'đấm tôi', 'đạp tôi', 'xô tôi', 'đẩy tôi ngã', 'túm tóc tôi', 'chồng đánh', 'chồng tôi đánh', 'chồng hay đánh', 'bạn trai đánh', 'bị chồng đánh', 'bị chồng đánh đập', 'đánh đập tôi', 'anh ấy đánh em', 'đánh em bầm', 'bạo lực gia đình',
          // (a wife's own «em», «mình», «tui» between: «Chồng em đánh em»)
          'chồng em đánh', 'chồng mình đánh', 'chồng tui đánh', 'chồng em hay đánh', 'chồng em lại đánh', 'chồng cũ em đánh', 'bạn trai em đánh', 'người yêu em đánh', 'tát em', 'đấm em', 'đạp em', 'đánh đập em', 'bị chồng tát', 'bị chồng đấm'],
        crisisNegation: { before: ['chưa bao giờ', 'chưa từng', 'không hề', 'không bao giờ', 'không', 'chưa', 'chẳng'], after: [] },
      },
      ne: { pairs: [{ ordered: true, reach: 16, a: ['thappad', 'thapad', 'thappar', 'chadkan', 'chadkai', 'laattaa le', 'laatta le', 'lattaa le', 'latta le', 'laattaale', 'laattale', 'lattaale', 'lattale', 'laatti', 'latti', 'lath$', 'laathi', 'lathi', 'lauro', 'latthi', 'mukka', 'belt le', 'beltle', 'daadu le', 'dadu le', 'chappal le', 'juttaa le', 'jutta le', 'chhadi le', 'chadi le', 'xadi le', 'bottle le', 'gilaas le', 'gilas le'], b: ['haanchh', 'haanch', 'haanx', 'hanchh', 'hanch', 'hanx', 'haanyo$', 'hanyo$', 'haanyau', 'hanyau', 'haaneko', 'haneko', 'haanera', 'hanera', 'haanirah', 'hanirah', 'haandai$', 'handai$', 'haanthe', 'hanthe', 'haannu', 'hannu', 'haanidiyo', 'hanidiyo', 'haannubhayo', 'hannubhayo', 'haannu bhayo', 'hannu bhayo'] }, { ordered: true, reach: 12, a: ['gaalaa ma', 'gaala ma', 'galaa ma', 'gala ma', 'gaalaama', 'gaalama', 'galaama', 'galama', 'mukh ma', 'anuhar ma'], b: ['haanchh', 'haanch', 'haanx', 'hanchh', 'hanch', 'hanx', 'haanyo$', 'hanyo$', 'haanyau', 'hanyau', 'haaneko', 'haneko', 'haanera', 'hanera', 'haanirah', 'hanirah', 'haandai$', 'handai$', 'haanthe', 'hanthe', 'haannu', 'hannu', 'haanidiyo', 'hanidiyo', 'haannubhayo', 'hannubhayo', 'haannu bhayo', 'hannu bhayo'] }, { ordered: true, reach: 24, a: ['shrimati le', 'shreemati le', 'srimati le', 'shriman le', 'shreeman le', 'husband le', 'wife le', 'boyfriend le', 'logne le', 'swasni le'], b: ['haanchh', 'haanch', 'haanx', 'hanchh', 'hanch', 'hanx', 'haanyo$', 'hanyo$', 'haanthe', 'hanthe', 'haanirah', 'hanirah', 'haanera', 'hanera', 'haanechh', 'haanech', 'haanex', 'hanechh', 'hanech', 'hanex'] }], 
        say: ['kutchh', 'kutch', 'kutx', 'kutyo', 'kutyau', 'kuteko', 'kutera', 'kutnu', 'kutdai$', 'kutirah', 'kutai$', 'pitchh', 'pitx', 'pitcha', 'pitchan', 'pitchin', 'pitchu', 'pityo', 'piteko', 'pitera', 'pitnu', 'pitdai$', 'pitirah', 'hirkaay', 'hirkay', 'hirkaae', 'hirkae', 'hirkaaunchh', 'hirkaaunch', 'hirkaaunx', 'hirkaunchh', 'hirkaunch', 'hirkaunx', 'hirkaaun$', 'hirkaun$', 'hirkaaudai$', 'hirkaudai$', 'hirkaaidiyo', 'hirkaidiyo', 'hirkaauchh', 'hirkaauch', 'hirkaaux', 'hirkauchh', 'hirkauch', 'hirkaux', 'feri haanyo$', 'feri haanyau$', 'feri hanyo$', 'feri hanyau$', 'haanirahechh', 'haanirahek', 'haanirahech', 'haanirahex', 'hanirahechh', 'hanirahek', 'hanirahech', 'hanirahex', 'dhoka laattyaa', 'dhoka laattaa', 'dhoka pitdai', 'dhoka laatta', 'dhoka lattaa', 'dhoka latta', 'dhoka laattya', 'dhoka lattyaa', 'dhoka lattya', 'shriman ko kutai', 'shreeman ko kutai', 'husband ko kutai', 'श्रीमानले कुट', 'श्रीमान्ले कुट', 'लोग्नेले कुट', 'लोग्नेले पिट', 'श्रीमानले पिट', 'श्रीमतीले कुट', 'छोराले कुट', 'थप्पड हान्यो', 'लात हान्यो', 'मुक्का हान्यो', 'कुटपिट गर्छ', 'घरेलु हिंसा', 'logne le kutchha', 'shriman le kutchha', 'kutpit garchha'],
        crisisNegation: { before: ['कहिल्यै'], after: ['गरेको छैन', 'गर्दैन', 'गर्दैनन्'] },
      },
      tl: {
        say: ['sinasampal ako', 'sinusuntok ako', 'sinisipa ako', 'hinahampas ako', 'sinasaktan ng', 'sinaktan ng', 'binubugbog ng', 'sinasampal ng', 'sinusuntok ng', 'sinisipa ng', 'hinahampas ng', 'binubugbog ako ng asawa', 'sinasaktan ako ng asawa', 'sinasaktan ako ng partner', 'sinasaktan ako ng boyfriend', 'sinasaktan ako ng live in', 'pinagbubuhatan ng kamay', 'pinagbuhatan ako ng kamay', 'nananakit ang asawa', 'nananakit ang mister',
          'niya akong sinasaktan', 'nya akong sinasaktan', 'niya akong binubugbog', 'nya akong binubugbog', 'pa rin akong sinasaktan'],
        // the enclitics come between verb and «ako»: "sinasaktan niya pa rin ako", "niya akong sinasaktan"
        pairs: [{ ordered: true, reach: 3,
          a: ['sinasaktan', 'binubugbog', 'sinasampal', 'sinusuntok', 'hinahampas', 'sinasakal'],
          b: ['niya ako', 'nya ako', 'pa rin ako', 'pa din ako', 'niya pa rin ako', 'nya pa rin ako', 'niya ulit ako', 'pa rin niya ako', 'pa rin nya ako', 'pa din niya ako', 'pa din nya ako', 'ulit niya ako', 'ulit nya ako', 'na naman niya ako', 'na naman nya ako', 'na naman ako', 'lagi ako', 'palagi ako', 'niya lagi ako', 'na niya ako', 'na nya ako', 'niya na ako', 'nya na ako'] }],
        idioms: ['sinasaktan ng salita', 'sinaktan ng salita', 'sinasaktan ng mga salita', 'sinaktan ng mga salita', 'sinasaktan ng sakit', 'sinaktan ng sakit', 'ako ng mga salita', 'ako ng salita'],
        crisisNegation: { before: ['hindi kailanman', 'kailanman hindi', 'hindi naman', 'di naman', 'di'], after: [] },
      },
      pt: {
        say: ['me bate', 'me bateu', 'bater em mim', 'batendo em mim', 'batia em mim', 'bate em mim', 'bateu em mim', 'me espanca', 'me espancou', 'me agride', 'me agrediu', 'agressão', 'agredida', 'agredido', 'me deu um tapa', 'me deu um soco', 'me chutou', 'me chuta', 'me empurrou no chão', 'me empurrou contra', 'me jogou no chão', 'me jogou contra', 'me sacode', 'meu marido me bate', 'meu namorado me bate', 'violência doméstica'],
        // («n» is how «não» is texted: "ele n me bate")
        crisisNegation: { before: ['não', 'nunca', 'jamais', 'nunca me', 'não me', 'n$'], after: [] },
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
      ne: { pairs: [{ ordered: true, reach: 8, a: ['ghaanti', 'ghanti', 'ghaati', 'ghati', 'gardan', 'ghanti ma'], b: ['thich', 'thicch', 'samaat', 'samat', 'samaayo', 'samayo', 'samaayera', 'samayera', 'samaae', 'samae', 'nichor', 'dabaa', 'daba'] }, { ordered: true, reach: 16, a: ['takiya', 'sirani', 'pillow'], b: ['thich', 'dabaa', 'daba'] }],  say: ['घाँटी निचो', 'घाँटी अँठ्या', 'सास फेर्न नसक्ने गरी', 'घाँटी समातेर'] },
      tl: { say: ['sinasakal ako', 'sinakal niya ako', 'sinakal ako', 'sasakalin', 'sakalin ako'] },
      pt: { say: ['me enforcou', 'me enforca', 'me esganou', 'me esgana', 'me estrangulou', 'tentou me estrangular', 'mão no meu pescoço', 'mãos no meu pescoço'] },
      id: { say: ['mencekik leher saya', 'mencekik saya', 'dicekik sampai', 'mencekikku', 'cekik leher saya', 'cekik leher aku', 'cekik leherku', 'nyekik leher saya', 'nyekik leher aku', 'mencekik leher aku', 'mencekik leherku'] },
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
      ne: { pairs: [{ ordered: true, reach: 8, a: ['bhitta ma', 'bhuin ma', 'bhuima', 'bhui ma'], b: ['thoky', 'thokidiy', 'pachhaar', 'pachhar', 'pachaar', 'pachar', 'paxaar', 'paxar', 'pacchaar', 'pacchar'] }],  say: ['kapal taan', 'kapal tan', 'kapal samaat', 'kapal samat', 'kapal samaaer', 'kapal samaer', 'kapal samaayo', 'kapal samayo', 'kapal samaayera', 'kapal samayera', 'ghisaar', 'ghisar', 'ghisaary', 'ghisary', 'कपाल समातेर', 'कपालमा समातेर', 'घिसारेर', 'घिसार्दै'] },
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
      ne: { pairs: [{ ordered: true, reach: 16, a: ['gilas', 'glass', 'saman', 'phone', 'tv', 'bottle', 'kursi', 'chair', 'bhaanda', 'bhanda'], b: ['fodchh', 'fodch', 'fodx', 'phodchh', 'phodch', 'phodx', 'fody', 'phody', 'fodi', 'phodi', 'fodera', 'phodera', 'hirkaay', 'hirkay', 'hirkaae', 'hirkae'] }],  say: ['acid fyaak', 'acid fyak', 'acid phyaak', 'acid phyak', 'acid haal', 'acid hal', 'tejab fyaak', 'tejab fyak', 'tejab phyaak', 'tejab phyak', 'सामान फ्याँक', 'भाँडा फ्याँक', 'सामान फुटाल', 'मलाई हानेर फ्याँक'] },
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
        pairs: [{ ordered: true, reach: 8, a: ['はさみ', 'ハサミ', '鋏', 'カッター', '金属バット', '木刀', 'ゴルフクラブ', '包丁', 'ほうちょう', 'ナイフ', '刃物', 'はもの'], b: ['突きつけ', 'つきつけ', '刺す', '刺そう', '切りつけ', 'きりつけ', '脅', 'おどさ', 'おどし', '振り上げ', 'ふりあげ', '向けて', 'むけて', '持って追いかけ', 'もっておいかけ'] },
          // chat drops the particle: 「包丁持ってどなってる」「ナイフ持って暴れてる」「ほうちょう もって おいかけてくる」 — a blade in hand
          // and rage, a chase or a threat in the same clause (a knife held for cooking has none of these)
          { ordered: true, reach: 8,
            a: ['包丁持っ', '包丁もっ', 'ほうちょうもっ', '包丁を持っ', 'ナイフ持っ', 'ナイフもっ', 'ないふもっ', 'ナイフを持っ', '刃物持っ', 'はものもっ', '刃物を持っ', 'ハサミ持っ', 'はさみもっ', 'バット持っ', 'ばっともっ', '包丁握', '包丁にぎ', 'ナイフ握', '包丁片手', '包丁かたて', '包丁出して', '包丁だして', 'ナイフ出して', 'ナイフだして', '包丁取り出', '包丁とりだ'],
            b: ['どな', '怒鳴', '暴れ', 'あばれ', '叫', 'さけん', 'わめ', '追いかけ', 'おいかけ', '追っかけ', 'おっかけ', '脅', 'おど', '殺す', 'ころす', '殺して', 'ころして', '死ね', 'しね', 'こっちに来', 'こっちにく', '向かってく', 'むかってく', '迫って', 'せまって'] }],
      },
      en: { say: ['scissors at me', 'held scissors', 'pointed a knife', 'pointed a gun', 'waved a knife', 'came at me with', 'threatened me with a', 'pulled a knife', 'pulled a gun', 'held a knife to', 'knife to my throat', 'knife to my neck', 'gun to my head', 'machete'],
        // A knife alone is cooking or shopping; held, pulled or threatened with, it is a danger.
        pairs: [{ reach: 24, a: ['box cutter', 'boxcutter', 'stanley knife'], b: ['my throat', 'my neck', 'his throat', 'his neck', 'her throat', 'her neck', 'at me', 'threaten', 'pointed', 'came at'] }, { reach: 24, a: ['knife', 'knives'], b: ['got a', 'has a', 'had a', 'holding', 'held', 'pulled', 'grabbed', 'picked up', 'took out', 'waving', 'swinging', 'pointing', 'pointed', 'came at', 'at me', 'to my', 'threaten', 'kill', 'stab', 'my throat', 'my neck', 'his wrist', 'her wrist', 'my wrist'] }] },
      zh: { say: ['拿着刀', '举着刀', '用刀指着', '刀架在', '拿剪刀', '拿菜刀', '拿着菜刀', '拿酒瓶', '用刀威胁', '拿枪', '刀抵着', '拿着一把刀', '拿着把刀', '提着刀', '握着刀', '揸住把刀', '揸住刀', '揸住把菜刀', '揸把刀', '揸刀', '拎住把刀', '拎住刀', '拎住把菜刀', '拎把刀', '拎刀', '攞住把刀', '攞刀'],
        pairs: [{ reach: 8, a: ['刀'], b: ['拿', '握', '举', '挥', '抵', '架在', '脖子', '手腕', '比划', '威胁', '杀', '砍', '捅', '对着我', '看起来像', '持刀', '动刀'] }] },
      ko: { say: ['칼을 들', '칼로 위협', '칼을 휘두', '가위를 들', '야구방망이로', '망치를 들', '칼을 목에', '총을 겨누'],
        pairs: [{ reach: 16, a: ['칼'], b: ['들고', '들이대', '휘두르', '휘둘', '겨누', '찌르', '찔러', '위협', '죽이', '죽여', '목에', '꺼내', '가지고', '갖고'] }] },
      vi: { say: ['kề dao', 'dí dao', 'cầm gậy đánh', 'vung dao', 'rút dao', 'đòi chém', 'dọa chém', 'chém tôi', 'đâm tôi'] },
      ne: { pairs: [{ reach: 24, a: ['chakku', 'chaku', 'chhuri', 'khukuri', 'khukri', 'hasiya', 'bancharo', 'pistol', 'banduk', 'lathi', 'laathi'], b: ['dekhaay', 'dekhay', 'dekhaau', 'dekhau', 'dekhaai', 'dekhai', 'dekhaae', 'dekhae', 'uthaay', 'uthay', 'uthaae', 'uthae', 'leyera aau', 'liyera aau', 'lera aau', 'haanchhu', 'haanchu', 'haanxu', 'hanchhu', 'hanchu', 'hanxu', 'haanyo$', 'hanyo$', 'ropchhu', 'ropchu', 'ropxu', 'ropyo', 'dhamki', 'gaadidin', 'gadidin', 'maarchhu', 'maarchu', 'maarxu', 'marchhu', 'marchu', 'marxu'] }, { reach: 8, a: ['haat ma', 'hat ma'], b: ['chakku', 'chaku', 'chhuri', 'pistol', 'banduk'] }],  say: ['चक्कु देखाएर', 'खुकुरी देखाएर', 'चक्कुले धम्क्या', 'खुकुरीले हान्छु', 'काट्छु भन्छ', 'चक्कु लिएर'] },
      tl: { say: ['may hawak na kutsilyo', 'tinutukan ng kutsilyo', 'tinutukan ng baril', 'sasaksakin', 'sinaksak', 'sinasaksak', 'may dalang itak'] },
      pt: { say: ['faca no meu pescoço', 'apontou uma faca', 'apontou a arma', 'ameaçou com faca', 'ameaçou com uma faca', 'veio com uma faca', 'pegou a faca e', 'pegou uma faca e', 'com um facão', 'me esfaqueou', 'esfaquear'],
        // «faça o» (do the …) folds like «faca, o»: after an article («uma faca, o pai …») it is the knife, longer than that idiom.
        pairs: [{ reach: 24, a: ['estilete', 'canivete', 'navalha'], b: ['pescoço', 'garganta', 'encostou', 'apontou', 'apontando', 'ameaç', 'me furar', 'furar', 'matar'] }, { reach: 24, a: ['faca', 'facão', 'uma faca o$', 'uma faca a$', 'a faca o$', 'a faca a$', 'com faca o$', 'com faca a$', 'uma faca e o$', 'uma faca e a$'], b: ['pegou', 'pegar', 'segurando', 'na mão', 'pescoço', 'pra cima', 'me furar', 'furar', 'me matar', 'matar', 'ameaç', 'apontou', 'apontando'] }] },
      id: { say: ['mengacungkan pisau', 'menodongkan pisau', 'ditodong pisau', 'membawa parang', 'mengancam dengan pisau', 'mau menusuk', 'menusuk saya', 'mengacungkan golok',
        'nempelin gunting', 'tempelin gunting', 'menempelkan gunting', 'nodongin gunting', 'nempelin silet', 'tempelin silet', 'menempelkan silet', 'nodongin silet', 'nempelin cutter', 'tempelin cutter', 'nodongin cutter'],
        pairs: [{ reach: 24, a: ['pisau', 'golok', 'parang'], b: ['ngancem', 'ngancam', 'mengancam', 'ancam', 'nodong', 'todong', 'acung', 'bawa', 'megang', 'memegang', 'pegang', 'nusuk', 'tusuk', 'bunuh', 'leher', 'ke arah saya', 'ngejar', 'mengejar', 'ngamuk'] },
          // a box cutter, a razor blade, scissors or a screwdriver held to the neck or pointed («dia tempelin cutter di leher sy»,
          // «nodongin gunting ke aku»); (a blade on one's own arm is self-harm's, with its own words)
          { reach: 24, a: ['cutter', 'obeng', 'pecahan kaca', 'pecahan botol', 'beling'], b: ['di leher', 'ke leher', 'leherku', 'leher saya', 'leher sy', 'leher aku', 'leher gue', 'leher istri', 'lehernya', 'nodong', 'todong', 'ngancem', 'ngancam', 'mengancam', 'tempelin', 'nempelin', 'menempelkan', 'ditempel', 'ngarahin ke', 'diarahkan ke'] },
          // (scissors and a razor blade also cut hair and shave at the neck: only pressed or pointed as a threat)
          { reach: 24, a: ['gunting', 'silet'], b: ['nodong', 'todong', 'ngancem', 'ngancam', 'mengancam', 'tempelin ke leher', 'tempelin di leher', 'nempelin ke leher', 'nempelin di leher', 'menempelkan ke leher', 'ditempel ke leher', 'ditempel di leher', 'ngarahin ke aku', 'ngarahin ke saya', 'diarahkan ke saya'] }] },
    },
  },
  {
    name: 'a threat to kill, to burn, to die together',
    signal: 'violence',
    words: {
      ja: { say: ['ぶっ殺', 'ぶっころ', '殺すって', 'ころすって', '殺すと脅', 'ころすとおど', '殺されるかも', 'ころされるかも', '命はない', 'いのちはない', '道連れに', 'みちづれに', '一家心中', 'いっかしんじゅう', 'ただじゃおかな', '家に火をつけ', 'いえにひをつけ', '死なせてやる', 'しなせてやる', '殺してやると', 'ころしてやると', '生きて帰さな'] },
      en: {
        // (and as typed in a hurry, the apostrophe dropped: "saying hell kill me", "hes gonna kill me")
        say: ['said he would kill', 'says he will kill', 'says hell kill', 'saying hell kill', 'saying he will kill', 'saying hes going to kill', 'saying hes gonna kill', 'says hes going to kill', 'says hes gonna kill', 'hell kill me', 'hell kill us', 'shell kill me', 'hes going to kill me', 'hes gonna kill me', 'said hed kill', 'said she would kill', 'threatens to kill', 'threatening to kill', 'gonna kill me', 'kill us all', 'kill himself and', 'youre dead'],
        pairs: [
          { reach: 32, a: ['if i leave', 'if i try to leave', 'if i go to the police', 'if i tell anyone', 'if i call the police', 'if i ever leave', 'if i report'], b: ['kill', 'hurt me', 'find me', 'dead$', 'take the kids', 'burn', 'make me pay'] },
          // "he said i'll kill you" as typed in a hurry — the apostrophe dropped, "u" for you: «he says ill kill u»
          { ordered: true, reach: 24,
            a: ['he said', 'he says', 'hes saying', 'he keeps saying', 'he told me', 'he texted', 'he texts', 'he messaged', 'he messages', 'he screamed', 'he screams', 'he yelled', 'he yells', 'he shouted', 'he shouts', 'he threatened', 'she said', 'she says', 'she told me', 'she texted', 'she screamed', 'she yelled', 'keeps messaging', 'keeps texting', 'keeps saying', 'texted me', 'messaged me', 'sent me', 'said to me', 'says to me', ...cross(['ex', 'husband', 'boyfriend', 'bf', 'partner', 'wife', 'girlfriend', 'gf'], ['said', 'says', 'texted', 'texts', 'messaged', 'screamed', 'yelled', 'told me'], ' ')],
            b: ['ill kill you', 'ill kill u$', 'ill kill ya', 'i will kill you', 'i will kill u$', 'im gonna kill you', 'im gonna kill u$', 'im going to kill you', 'im going to kill u$', 'ima kill you', 'imma kill you', 'imma kill u$', 'gonna kill u$', 'will kill u$', 'ill fkn kill', 'ill fucking kill', 'ill end you', 'ill murder you', 'i will murder you', 'ur dead', 'youre dead'] },
        ],
        idioms: [...cross(['kill you', 'kill u'], ['at cards', 'at chess', 'at poker', 'at tennis', 'at mario kart', 'at this game', 'in the game', 'in game', 'in fortnite'], ' '), 'kill me if i fail', 'kill me if i dont pass', 'kill me if i get a bad', 'kill me if i get bad', 'boss is gonna kill me', 'mom is gonna kill me', 'mum is gonna kill me', 'dad is gonna kill me', 'wife is gonna kill me', 'mom will kill me', 'mum will kill me', 'dad will kill me', 'wife will kill me', 'teacher will kill me', 'hes gonna kill me lol'],
      },
      zh: { say: ['勒死你', '勒死妳', '掐死你', '掐死妳', '弄死妳', '杀了妳', '你的死期', '妳的死期', '死期到了', '弄死你', '弄死我', '杀了你', '宰了你', '砍死你', '砍死我', '砍死妳', '捅死你', '捅死我', '捅死妳', '杀死你', '要打死我', '同归于尽', '放火烧', '烧了房子', '要你的命', '不会放过你', '要我的命'] },
      ko: { say: ['죽여 버리겠', '죽일 거', '죽여 버릴', '죽여버릴', '같이 죽자', '불을 질러', '집에 불을', '가만 안 둬', '가만두지 않', '목숨을 가져'] },
      vi: { say: ['giết mày', 'sẽ giết', 'đòi giết', 'chết chung', 'đốt nhà', 'cho mày chết', 'không tha cho', 'lên giết em', 'lên giết tôi', 'vào giết em', 'vào giết tôi', 'xông vào giết'] },
      ne: { pairs: [{ ordered: true, reach: 12, a: ['maarchhu$', 'maarchu$', 'maarxu$', 'maardinchhu', 'maardinchu', 'maardinxu', 'mardinchhu', 'mardinchu', 'mardinxu', 'sakidinchhu', 'sakidinchu', 'sakidinxu', 'sakaaidinchhu', 'sakaaidinchu', 'sakaaidinxu', 'sakaidinchhu', 'sakaidinchu', 'sakaidinxu'], b: ['bhanyo', 'vanyo', 'bhancha$', 'bhanchha$', 'bhanxa$', 'bhanchan$', 'bhanchhan$', 'bhanxan$', 'vancha$', 'vanchha$', 'vanxa$', 'vanchan$', 'vanchhan$', 'vanxan$', 'bhaneko', 'vaneko', 'bhandai', 'vandai', 'bhannu', 'vannu', 'bhanthyo', 'vanthyo', 'msg', 'message'] }, { ordered: true, reach: 24, a: ['bhanis bhane', 'bolis bhane', 'bolais bhane', 'chhodis bhane', 'chodis bhane', 'xodis bhane', 'gayis bhane'], b: ['maarchhu$', 'maarchu$', 'maarxu$', 'marchhu$', 'marchu$', 'marxu$', 'maardinchhu', 'maardinchu', 'maardinxu', 'mardinchhu', 'mardinchu', 'mardinxu', 'maaridinchhu', 'maaridinchu', 'maaridinxu', 'maridinchhu', 'maridinchu', 'maridinxu', 'sakaaidinchhu', 'sakaaidinchu', 'sakaaidinxu', 'sakaidinchhu', 'sakaidinchu', 'sakaidinxu', 'sakidinchhu', 'sakidinchu', 'sakidinxu', 'sidhyaaunchhu', 'sidhyaaunchu', 'sidhyaaunxu', 'sidhyaunchhu', 'sidhyaunchu', 'sidhyaunxu', 'sidhyaaidinchhu', 'sidhyaaidinchu', 'sidhyaaidinxu', 'sidhyaidinchhu', 'sidhyaidinchu', 'sidhyaidinxu', 'gaadidinchhu', 'gaadidinchu', 'gaadidinxu', 'gadidinchhu', 'gadidinchu', 'gadidinxu', 'jalaaidinchhu', 'jalaaidinchu', 'jalaaidinxu', 'jalaidinchhu', 'jalaidinchu', 'jalaidinxu'] }],  say: ['maardinchhu', 'maardinchu', 'maardinxu', 'mardinchhu', 'mardinchu', 'mardinxu', 'maaridinchhu', 'maaridinchu', 'maaridinxu', 'maridinchhu', 'maridinchu', 'maridinxu', 'sakaaidinchhu', 'sakaaidinchu', 'sakaaidinxu', 'sakaidinchhu', 'sakaidinchu', 'sakaidinxu', 'sidhyaaunchhu', 'sidhyaaunchu', 'sidhyaaunxu', 'sidhyaunchhu', 'sidhyaunchu', 'sidhyaunxu', 'sidhyaaidinchhu', 'sidhyaaidinchu', 'sidhyaaidinxu', 'sidhyaidinchhu', 'sidhyaidinchu', 'sidhyaidinxu', 'jalaaidinchhu', 'jalaaidinchu', 'jalaaidinxu', 'jalaidinchhu', 'jalaidinchu', 'jalaidinxu', 'gaadidinchhu', 'gaadidinchu', 'gaadidinxu', 'gadidinchhu', 'gadidinchu', 'gadidinxu', 'tero kaam taamaam', 'tero kaam taamam', 'tero kaam tamaam', 'tero kaam tamam', 'tero kam taamaam', 'tero kam taamam', 'tero kam tamaam', 'tero kam tamam', 'timro kaam taamaam', 'timro kaam taamam', 'timro kaam tamaam', 'timro kaam tamam', 'timro kam taamaam', 'timro kam taamam', 'timro kam tamaam', 'timro kam tamam', 'timro antim din', 'tero antim din', 'timi sakinchhau', 'timi sakinchau', 'timi sakinxau', 'ta sakinchhas', 'ta sakinchas', 'ta sakinxas', 'uthna sakdainas', 'marne dhamki', 'maarne dhamki', 'तेरो अन्तिम दिन', 'तिम्रो अन्तिम दिन', 'jyan maarne', 'jyan marne', 'timilai maarchh', 'timilai maardin', 'timilai sidhyaau', 'timilai sakaaidin', 'timilai sakaidin', 'timilai sidhyau', 'timilai mardin', 'timilai maarch', 'timilai maarx', 'timilai marchh', 'timilai march', 'timilai marx', 'timi lai maarchh', 'timi lai maardin', 'timi lai sidhyaau', 'timi lai sakaaidin', 'timi lai sakaidin', 'timi lai sidhyau', 'timi lai mardin', 'timi lai maarch', 'timi lai maarx', 'timi lai marchh', 'timi lai march', 'timi lai marx', 'tlai maarchh', 'tlai maardin', 'tlai sidhyaau', 'tlai sakaaidin', 'tlai sakaidin', 'tlai sidhyau', 'tlai mardin', 'tlai maarch', 'tlai maarx', 'tlai marchh', 'tlai march', 'tlai marx', 'tanlai maarchh', 'tanlai maardin', 'tanlai sidhyaau', 'tanlai sakaaidin', 'tanlai sakaidin', 'tanlai sidhyau', 'tanlai mardin', 'tanlai maarch', 'tanlai maarx', 'tanlai marchh', 'tanlai march', 'tanlai marx', 'tan lai maarchh', 'tan lai maardin', 'tan lai sidhyaau', 'tan lai sakaaidin', 'tan lai sakaidin', 'tan lai sidhyau', 'tan lai mardin', 'tan lai maarch', 'tan lai maarx', 'tan lai marchh', 'tan lai march', 'tan lai marx', 'maarchha jasto', 'maarcha jasto', 'maarxa jasto', 'marchha jasto', 'marcha jasto', 'marxa jasto', 'malai maarchh', 'malai maarch', 'malai maarx', 'malai marchh', 'malai march', 'malai marx', 'sabai lai sakchhu', 'sabai lai sakchu', 'sabai lai sakxu', 'sab lai sakchhu', 'sab lai sakchu', 'sab lai sakxu', 'sabailai sakchhu', 'sabailai sakchu', 'sabailai sakxu', 'dubai lai sakaaidin', 'dubai lai maarchh', 'dubai lai maardin', 'dubai lai mardin', 'dubai lai maarch', 'dubai lai maarx', 'dubai lai marchh', 'dubai lai march', 'dubai lai marx', 'dubai lai sakaidin', 'sabai lai sakaaidin', 'sabai lai maarchh', 'sabai lai maardin', 'sabai lai mardin', 'sabai lai maarch', 'sabai lai maarx', 'sabai lai marchh', 'sabai lai march', 'sabai lai marx', 'sabai lai sakaidin', 'मारिदिन्छु', 'मारिदिने धम्की', 'काटिदिन्छु', 'जलाइदिन्छु', 'आगो लगाइदिन्छु', 'सँगै मरौं', 'maridinchu', 'mardinchu'] },
      tl: { say: ['papatayin kita', 'papatayin ka', 'papatayin niya ako', 'sabay tayong mamamatay', 'susunugin ang bahay', 'susunugin ko'] },
      pt: { say: ['disse que vai me matar', 'disse q vai me matar', 'diz que vai me matar', 'diz q vai me matar', 'ele vai me matar', 'ele me mata', 'ameaçou me matar', 'ameaça me matar', 'ameaçou de morte', 'ameaça de morte', 'jurou de morte', 'tacar fogo na casa', 'botar fogo na casa', 'vou te matar'] },
      id: { say: ['akan membunuh', 'mau membunuh', 'bunuh kamu', 'kubunuh', 'mati kamu', 'mengancam membunuh', 'ancaman pembunuhan', 'membakar rumah', 'mati bersama', 'membunuh saya', 'membunuhku', 'mau bunuh saya', 'mau bunuh aku', 'mau bunuh gue', 'akan bunuh saya', 'akan bunuh aku', 'ngancam bunuh', 'ngancam mau bunuh', 'ngancem bunuh', 'ngancem mau bunuh', 'ancam bunuh', 'mengancam akan membunuh', 'habisi kamu', 'menghabisi saya', 'menghabisiku', 'malam ini kamu habis', 'kamu habis malam ini', 'naik dan bunuh', 'naik terus bunuh', 'masuk dan bunuh', 'masuk terus bunuh', 'datang dan bunuh'] },
    },
  },
  {
    name: 'locked in, not let out',
    signal: 'violence',
    words: {
      // (shut in a storeroom, a car or a room by a boss, a partner or family: 「倉庫に閉じ込められ」, romaji
      // "souko ni tojikomerareta", «ông chủ khóa em trong kho chưa cho ra», "malai godam ma thunyo")
      ja: { say: ['家から出してもらえ', 'いえからだしてもらえ', '外に出してもらえな', 'そとにだしてもらえな', '監禁', 'かんきん', '閉じ込められてい', 'とじこめられてい', '倉庫に閉じ込め', 'そうこにとじこめ', 'tojikomerareta', 'tojikomerarete', 'tojikomeraremashita', 'kankin sarete', 'dashite moraenai', 'dashitemoraenai',
          // the key turned from outside, the particle dropped or the lock «closed» or «set» (「倉庫に入れられて外から鍵かけられた」,
          // 「外からカギ閉められた」, «soto kara kagi kakerareta»); passive only, so 「外から鍵がかけられない」 (it cannot be locked) stays quiet
          '外から鍵かけられた', '外から鍵かけられて', 'そとからかぎかけられた', 'そとからかぎかけられて', '外から鍵を閉められ', '外から鍵閉められ', 'そとからかぎをしめられ', 'そとからかぎしめられ',
          '外から施錠され', 'そとからせじょうされ', '外からロックされ', '外からかぎかけられた', '外からかぎかけられて', '外からかぎをかけられた', '外からかぎをかけられて', '外からかぎしめられ', '外からかぎをしめられ', '外からかぎ閉められ', '外からかぎを閉められ', '鍵を外からかけられ', 'かぎをそとからかけられ', 'soto kara kagi wo kakerare', 'soto kara kagi o kakerare', 'soto kara kagi kakerare', 'soto kara kagi wo shimerare', 'soto kara kagi shimerare'],
        // (stuck in a lift or by snow: trapped, not shut in by someone)
        idioms: ['エレベーターに閉じ込め', 'えれべーたーにとじこめ', 'erebeta ni tojikome', 'erebeetaa ni tojikome', 'elevator ni tojikome', '雪に閉じ込め', 'yuki ni tojikome'] },
      en: { say: ['locks me in', 'keeps me locked', 'wont let me out of the house', 'wont let me leave the house', 'not allowed to leave the house', 'blocks the door so i cant', 'blocked the door so i', 'keeps me prisoner', 'prisoner in my own home'] },
      zh: { say: ['把我关在', '把我锁在', '锁在房间', '软禁', '限制我出门', '不准我出门', '堵着门不让'] },
      ko: { say: ['나를 못 나가게', '저를 못 나가게', '나가지 못하게 문을', '집에 가둬', '방에 가둬', '저를 창고에 가둬', '나를 창고에 가둬', '창고에 가뒀', '창고에 갇혀', '저를 가둬', '나를 가둬'] },
      vi: {
        say: ['nhốt em', 'không cho ra khỏi nhà', 'không cho tôi ra ngoài', 'không cho em ra ngoài', 'giam lỏng', 'khóa cửa nhốt', 'chặn cửa không cho', 'khóa em trong', 'khóa tôi trong', 'khóa cửa nhốt em', 'nhốt em trong', 'nhốt tôi trong', 'chưa cho em ra', 'chưa cho tôi ra', 'chưa cho mình ra'],
        // not let out to see friends or family: control, not being shut in
        idioms: ['không cho em ra ngoài gặp', 'không cho tôi ra ngoài gặp', 'không cho em ra ngoài chơi', 'không cho tôi ra ngoài chơi', 'không cho em ra ngoài đi chơi', 'không cho tôi ra ngoài đi chơi'],
      },
      ne: { say: ['malai thunyo', 'malai thuni', 'malai thune', 'malai kotha ma thun', 'malai godam ma thun', 'malai store ma thun', 'malai gaadi ma thun', 'malai gadi ma thun', 'मलाई थुन', 'मलाई गोदाममा थुन', 'kotha ma thunera', 'ghar ma thunera', 'bathroom ma thunera', 'toilet ma thunera', 'ghar bhitra thunera', 'kotha bhitra thunera', 'thunera raakh', 'thunera gay', 'thunera gae', 'thunera rakh', 'thuniraakh', 'thunirakh', 'thuniyeki', 'thunieki', 'thunidinchh', 'thunidinch', 'thunidinx', 'thuni dinchh', 'thuni dinch', 'thuni dinx', 'bahira bata lock', 'baahira bata lock', 'bahira bata band', 'bahira bata taalcha', 'niskina dinna', 'niskina dinnan', 'niskina didaina', 'niskina dindaina', 'niskina dinu hunna', 'niskina paeko chhaina', 'niskina paeko chaina', 'niskina paeko xaina', 'bahira jana dinna', 'bahira jaana dinnan', 'bahira jana didaina', 'bahira jana dindaina', 'bahira jaana dindaina', 'घरमै थुन', 'बाहिर जान दिँदैन', 'ढोका बन्द गरेर थुन', 'कोठामा थुनेर'] },
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
      ko: { say: ['핸드폰을 부수', '휴대폰을 부수', '폰을 부셨', '전화를 못 하게', '연락을 못 하게', '휴대폰을 빼앗', '핸드폰을 빼앗', '폰 뺏', '폰을 뺏', '폰까지 뺏', '폰도 뺏', '폰 빼앗', '핸드폰 뺏', '휴대폰 뺏', '휴대폰을 뺏', '핸드폰을 뺏'] },
      vi: { say: ['đập điện thoại', 'đập vỡ điện thoại', 'không cho tôi gọi', 'không cho liên lạc với'] },
      ne: { say: ['mero phone khos', 'pani phone khos', 'phone khosera', 'phone pani khos', 'mobile pani khos', 'passport khos', 'passport lukaa', 'passport luka', 'card khos', 'zairyu card khos', 'phone fodidiyo', 'phone phodidiyo', 'phone lukaa', 'phone luka', 'फोन फुटाल', 'फोन फुटायो', 'फोन लुकाय', 'फोन गर्न दिँदैन', 'फोन खोसेर'] },
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
        say: ['トイレに隠れてい', 'といれにかくれてい', '押し入れに隠れ', 'おしいれにかくれ', '車の中に隠れ', 'くるまのなかにかくれ', '裸足で逃げ', 'はだしでにげ', '着の身着のまま', 'きのみきのまま',
          // behind a lock with my child: 「子どもと風呂場にカギかけてる」 (the child is with me; the safe idiom keeps it from reading as a child shut in)
          ...['子どもと', '子供と', 'こどもと', '娘と', 'むすめと', '息子と', 'むすこと', '赤ちゃんと', 'あかちゃんと', '子どもたちと', 'こどもたちと'].flatMap((c) =>
            ['風呂場に', 'おふろばに', 'お風呂場に', 'トイレに', '一緒に風呂場に', '一緒にトイレに', 'いっしょにおふろばに', 'いっしょにトイレに', '寝室に', 'しんしつに'].flatMap((w) =>
              ['隠れ', 'かくれ', 'カギ', 'かぎ', '鍵', '閉じこも', 'とじこも', 'こもっ', '逃げ', 'にげ'].map((v) => `${c}${w}${v}`))),
          // in the cupboard with my child, which is hiding whatever the verb: 「子どもと押し入れにいます」「むすめと クローゼットに かくれてる」
          ...['子どもと', '子供と', 'こどもと', '娘と', 'むすめと', '息子と', 'むすこと', '赤ちゃんと', 'あかちゃんと', '子どもたちと', 'こどもたちと', '子どもを連れて', 'こどもをつれて'].flatMap((c) =>
            ['押し入れ', 'おしいれ', '押入れ', 'クローゼット', 'くろーぜっと', '一緒に押し入れ', 'いっしょにおしいれ', '一緒にクローゼット', 'いっしょにくろーぜっと'].flatMap((w) =>
              ['にいま', 'にいる', 'にいて', 'に隠れ', 'にかくれ', 'にこもっ', 'に閉じこも', 'にとじこも', 'に逃げ', 'ににげ'].map((v) => `${c}${w}${v}`)))],
        pairs: [{ reach: 20, acrossSentences: true,
          a: ['逃げてきた', 'にげてきた', '逃げてきました', 'にげてきました', '隠れてい', 'かくれてい', '飛び出してきた', 'とびだしてきた', '逃げ出してきた', 'にげだしてきた'],
          b: ['夫', 'おっと', '主人', '旦那', 'だんな', '彼氏', 'かれし', '彼から', 'かれから', '父から', 'ちちから', '親から', 'おやから', '暴力', 'ぼうりょく', '殴', 'なぐ', '追いかけ', 'おいかけ', '探してい', 'さがしてい', '見つか', 'みつか', '今夜', 'こんや', '家に帰れ', 'いえにかえれ'] }],
      },
      en: {
        say: ['hiding in the bathroom', 'hiding in the bedroom', 'hiding in the closet', 'hiding from him', 'hiding from her', 'hiding from my husband', 'hiding from my partner', 'hiding from my boyfriend', 'hiding from my dad', 'hiding from my father', 'locked myself in the bathroom', 'locked myself in the bedroom', 'ran away from him', 'escaped from him', 'hes looking for me', 'he is looking for me', 'hes outside my door', 'trying to break in'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['hiding', 'locked myself', 'barricaded', 'fled', 'escaped', 'sneaked out', 'snuck out'], b: ['from him', 'from her', 'from my husband', 'from my partner', 'from my boyfriend', 'from my dad', 'from my father', 'from my ex', 'banging on', 'looking for me', 'find me', 'hes outside', 'shes outside', 'hes coming', 'he is coming'] }],
      },
      zh: {
        say: ['躲在厕所', '躲在卫生间', '躲着他', '从家里逃出来', '他在找我', '他在门外', '我现在躲在', '我正躲在', '我躲在衣柜', '我躲在柜子', '我躲在床底', '现在躲在衣柜', '匿喺衣柜', '匿埋喺衣柜', '我匿埋',
          // behind a lock with my child («我和孩子锁在厕所里»)
          ...['我和孩子锁在', '我跟孩子锁在', '我带着孩子锁在', '我抱着孩子锁在', '和孩子一起锁在', '我和宝宝锁在', '我跟宝宝锁在', '我和女儿锁在', '我跟女儿锁在', '我和儿子锁在', '我跟儿子锁在'].flatMap((c) => ['厕所', '卫生间', '浴室', '洗手间', '房间', '房里'].map((w) => `${c}${w}`))],
        pairs: [{ reach: 12, acrossSentences: true, a: ['躲在', '躲起来', '逃出来', '跑出来', '逃到'], b: ['老公', '丈夫', '男朋友', '前夫', '他在找', '在门外', '砸门', '找到我', '打我', '怕他'] }],
      },
      ko: {
        say: ['화장실에 숨어', '방에 숨어', '도망쳐 나왔', '도망 나왔', '집을 뛰쳐나왔'],
        pairs: [{ reach: 24, acrossSentences: true, a: ['숨어', '숨었', '도망쳐', '도망 나왔', '도망쳤', '뛰쳐나왔'], b: ['남편', '남친', '남자친구', '전남편', '아빠', '그 사람', '찾고 있', '문 밖에', '문을 두드', '문을 부수', '때릴', '무서워'] }],
      },
      vi: {
        say: ['trốn trong nhà vệ sinh', 'trốn chồng', 'trốn khỏi chồng', 'chạy trốn khỏi', 'anh ta đang tìm tôi', 'đang đập cửa', 'trốn trong nhà tắm', 'trốn trong phòng tắm', 'mẹ con trốn trong', 'mẹ con đang trốn'],
        pairs: [{ ordered: true, reach: 16, a: ['đang trốn', 'chạy trốn', 'bỏ chạy', 'thoát ra'], b: ['chồng', 'bạn trai', 'anh ta', 'đang tìm', 'đập cửa', 'sợ bị đánh'] }],
      },
      // (a woman says «लुकेकी छु», «lukeki chhu»: the feminine of «लुकेको छु»)
      ne: { pairs: [{ reach: 24, a: ['lukeko', 'lukeki', 'lukera', 'lukchhu', 'lukchu', 'lukxu', 'lukdai'], b: ['bathroom', 'toilet', 'almari', 'palang muni', 'bahira khojdai', 'khojdai chh', 'khojdai ch', 'khojdai x', 'chhimeki ko ghar', 'chimeki ko ghar', 'ximeki ko ghar'] }],  say: ['lukera lekhdai', 'lukera message', 'lukera msg', 'bathroom ma lukeko', 'toilet ma lukeko', 'bathroom bata lekhdai', 'toilet bata lekhdai', 'toilet bata msg', 'almari bhitra luk', 'palang muni luk', 'लुकेर बसेको छु', 'लुकेको छु', 'लुकेर बसेकी छु', 'लुकेकी छु', 'lukeki chhu', 'lukeki chu', 'lukeki xu', 'bathroom ma lukeki', 'toilet ma lukeki', 'बाथरुममा लुके', 'ट्वाइलेटमा लुके', 'शौचालयमा लुके', 'चर्पीमा लुके', 'भागेर आएँ', 'घरबाट भागें', 'उसले खोजिरहेको'] },
      tl: { say: ['nagtatago sa banyo', 'nagtatago ako sa kanya', 'tumakas ako', 'tumakas kami', 'hinahanap niya ako', 'sinisira ang pinto'] },
      // (he rages or throws things, and we hide behind a door: «marido surtando jogando coisas, eu e meu filho escondidos no banheiro»)
      pt: {
        pairs: [{ ordered: true, reach: 40, acrossSentences: true, a: ['marido surtando', 'marido surtou', 'marido descontrolado', 'ele surtou', 'ele tá surtando', 'jogando coisas', 'quebrando tudo', 'quebrando as coisas'], b: ['escondidos no', 'escondidas no', 'escondida no', 'escondido no', 'trancados no', 'trancadas no', 'trancada no', 'escondidos na', 'escondida na'] }],
        say: ['estou escondida', 'estou escondido', 'me escondi no banheiro', 'me tranquei no banheiro', 'me tranquei no quarto', 'fugi dele', 'fugindo dele', 'ele está me procurando', 'ele tá me procurando', 'esmurrando a porta', 'arrombando a porta'] },
      // (he rages or throws things, and we are hiding somewhere behind a door: «suamiku ngamuk, lempar barang, aku sama anak ngumpet di kamar mandi»;
      // the place, not the verb, for «aku sama anak ngumpet» alone is kept quiet as hiding with one's own child)
      id: {
        say: ['sedang bersembunyi', 'bersembunyi di kamar mandi', 'sembunyi dari suami', 'kabur dari suami', 'melarikan diri dari suami', 'menggedor pintu', 'mendobrak pintu'],
        pairs: [{ ordered: true, reach: 48, acrossSentences: true,
          a: ['suami ngamuk', 'suamiku ngamuk', 'suami lagi ngamuk', 'suamiku lagi ngamuk', 'suami saya ngamuk', 'suami mengamuk', 'suamiku mengamuk', 'pacar ngamuk', 'pacarku ngamuk', 'pacarku lagi ngamuk', 'mantan ngamuk', 'lempar barang', 'lempar2 barang', 'lempar lempar barang', 'banting barang', 'banting2 barang', 'ngebanting barang'],
          b: ['di kamar mandi', 'di toilet', 'di wc', 'di lemari', 'di rumah tetangga', 'di rumah teman', 'di rumah temen'] }],
      },
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
          b: ['逃げてきた', 'にげてきた', '逃げ出した', 'にげだした', '逃げています', 'にげています', '逃げている', 'にげている', '避難してきた', 'ひなんしてきた', '飛び出してきた', 'とびだしてきた'] },
          // (the short form: fled from him and out somewhere now, the children with me — 「おっと から にげて いま こうえん」)
          { ordered: true, reach: 12, acrossSentences: true,
            a: ['夫から逃げて', 'おっとからにげて', '主人から逃げて', 'しゅじんからにげて', '旦那から逃げて', 'だんなからにげて', '彼から逃げて', 'かれからにげて', '彼氏から逃げて', 'かれしからにげて', '元夫から逃げて', 'もとおっとからにげて'],
            b: ['公園', 'こうえん', '車の中', 'くるまのなか', '駅', 'えき', 'ネットカフェ', 'コンビニ', '外にいる', 'そとにいる', '子どもも一緒', '子供も一緒', 'こどももいっしょ', '子どもと一緒', 'こどもといっしょ'] }],
      },
      en: {
        pairs: [{ ordered: true, reach: 32, acrossSentences: true,
          a: ['ran from my husband', 'ran away from my husband', 'escaped my husband', 'escaped from my husband', 'fled my husband', 'fled from my husband', 'ran from my boyfriend', 'escaped my boyfriend', 'escaped from my boyfriend', 'fled from my boyfriend', 'ran from my partner', 'escaped my partner', 'fled from my partner'],
          b: ['in the park', 'at the park', 'in my car', 'in the car', 'at the station', 'outside now', 'with the kids', 'with my kids', 'with my kid', 'with the baby', 'with my baby'] }],
        say: ['fled last night', 'fled in the night', 'left in the middle of the night with the kids', 'took the kids and ran', 'took the kids and left last night', 'escaped last night', 'nowhere safe to go tonight', 'need somewhere safe tonight', 'sleeping in my car to get away'] },
      zh: { say: ['半夜带着孩子逃出来', '带着孩子跑出来', '连夜逃出来', '光着脚跑出来', '今晚没地方去'] },
      ko: { say: ['아이를 데리고 도망', '애들 데리고 나왔', '한밤중에 도망', '맨발로 도망', '오늘 밤 갈 곳이 없'] },
      vi: {
        say: ['bế con bỏ trốn', 'ôm con chạy', 'nửa đêm bỏ chạy', 'chạy khỏi nhà lúc nửa đêm', 'đêm nay không có chỗ'],
        pairs: [{ ordered: true, reach: 32, acrossSentences: true, a: ['chạy khỏi chồng', 'trốn khỏi chồng', 'bỏ chạy khỏi chồng', 'chạy trốn chồng', 'chạy khỏi bạn trai'], b: ['công viên', 'ngoài đường', 'trong xe', 'nhà ga', 'với con', 'cùng con', 'hai mẹ con'] }],
      },
      ne: {
        say: ['बच्चा लिएर भागें', 'राति भागें', 'रातिराति भागेर', 'आज राति बस्ने ठाउँ छैन'],
        pairs: [{ ordered: true, reach: 32, acrossSentences: true, a: ['श्रीमानबाट भागेर', 'श्रीमानबाट भागें', 'लोग्नेबाट भागेर', 'लोग्नेबाट भागें', 'shrimanbata bhagera', 'shriman bata bhagera', 'logne bata bhagera'], b: ['पार्कमा', 'बाटोमा', 'गाडीमा', 'बाहिर छु', 'बच्चा पनि', 'बच्चासँगै', 'park ma', 'bahira chhu', 'baccha pani', 'bachha pani'] }],
      },
      tl: { say: ['tumakas kami ng mga anak ko', 'isinama ko ang mga anak at tumakas', 'tumakas kagabi', 'umalis kami ng hatinggabi'] },
      pt: {
        pairs: [{ ordered: true, reach: 32, acrossSentences: true, a: ['fugi do meu marido', 'fugi do marido', 'fugi do meu namorado', 'fugi do meu companheiro', 'fugi do meu ex'], b: ['na praça', 'no parque', 'no carro', 'na rua', 'na estação', 'com as crianças', 'com meu filho', 'com minha filha', 'com meus filhos', 'com o bebê'] }],
        say: ['fugi com as crianças', 'fugi com meus filhos', 'saí de madrugada com', 'fugi de madrugada', 'fugi ontem à noite'] },
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
      ne: { say: ['raksi khaaera kut', 'raksi khaera kut', 'raksi khaayera kut', 'raksi khayera kut', 'raksi khaaepachhi kut', 'raksi khaaepachi kut', 'raksi khaaepaxi kut', 'raksi khaepachhi kut', 'raksi khaepachi kut', 'raksi khaepaxi kut', 'raksi khaayepachhi kut', 'raksi khaayepachi kut', 'raksi khaayepaxi kut', 'raksi khayepachhi kut', 'raksi khayepachi kut', 'raksi khayepaxi kut', 'hinsak huncha', 'hinsak hunchh', 'hinsak hunch', 'hinsak hunx', 'hinsak bhay', 'रक्सी खाएपछि कुट्छ', 'रक्सी खाएर कुट', 'मार्ला भन्ने डर'] },
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
      en: { say: ['said im next', 'says im next', 'told me im next', 'said youre next', 'said i am next', 'slashed my tyres', 'slashed my tires'] },
      zh: { say: ['下一个就是你', '下一个是你', '划破我的轮胎', '扎破我的轮胎', '到我单位堵我'], pairs: [{ ordered: true, reach: 12, a: ['如果我报警', '要是我报警', '敢报警', '报警的话', '要是我离开', '如果我离开', '敢离开', '敢走'], b: ['好看', '杀', '弄死', '打死', '全家', '不会放过', '后果'] }] },
      ko: { say: ['다음은 너', '타이어를 찢', '직장까지 찾아와'], pairs: [{ reach: 16, a: ['신고하면', '경찰에 말하면', '도망가면', '헤어지면', '떠나면'], b: ['죽', '가만 안', '가족', '후회', '두고 봐'] }] },
      vi: { say: ['người tiếp theo là mày', 'rạch lốp xe', 'đến chỗ làm chặn'], pairs: [{ reach: 24, a: ['nếu báo công an', 'nếu tôi báo', 'nếu bỏ đi', 'nếu ly hôn'], b: ['giết', 'không tha', 'cả nhà', 'chết$'] }] },
      ne: { say: ['police bolaais bhane', 'police bolais bhane', 'police bolais vane', 'police bolayis bhane', 'police ma bhanis bhane', 'police lai bhanis bhane', 'police ma bhane visa', 'jaha gaye pani bhetchhu', 'jaha gaye pani bhetchu', 'jaha gaye pani bhetxu', 'jahaa gae pani bhetchhu', 'jahaa gae pani bhetchu', 'jahaa gae pani bhetxu', 'jaha gae pani bhetchhu', 'jaha gae pani bhetchu', 'jaha gae pani bhetxu', 'अब तेरो पालो', 'टायर काटिदियो'], pairs: [{ reach: 24, a: ['प्रहरीमा गए', 'उजुरी गरे', 'छोडेर गए'], b: ['मार्छु', 'मारिदिन्छु', 'परिवार', 'देखाउँछु'] }] },
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
      ja: { pairs: [{ reach: 24, acrossSentences: true, a: ['あざがふえ', 'あざが増え', 'アザが増え', '痣が増え', 'あざだらけ', 'アザだらけ'], b: ['がくると', 'が来ると', 'にくると', 'に来ると', 'くるたび', '来るたび', 'が来た後', 'がきたあと', 'が帰った後', 'がかえったあと', 'が来た日', 'がきたひ'] }, { ordered: true, reach: 3, a: ['母を', 'ははを', '父を', 'ちちを', '祖母を', '祖父を', 'おばあちゃんを', 'おじいちゃんを', '妻を', 'つまを', '姉を', '妹を', '母親を', '父親を'], b: ['殴', 'なぐ', '叩い', '叩く', 'たたい', 'たたく', '蹴', '突き飛ば', 'つきとば', '突き落と', 'つきおと', '押し倒', 'おしたお'] }] },
      en: {
        say: ['pushed her down the stairs', 'pushed him down the stairs', 'pushed me down the stairs', 'shoved her down the stairs', 'threw her down the stairs'],
        pairs: [
          { ordered: true, reach: 16, a: ['hits', 'hit', 'hitting', 'beats', 'beat', 'beating', 'pushes', 'pushed', 'shoves', 'shoved', 'kicks', 'kicked', 'kicking', 'slaps', 'slapped', 'slapping', 'punched', 'punches', 'punching'], b: ['year old mother$', 'year old father$', 'year old mum$', 'year old mom$', 'year old dad$', 'yo mother$', 'yo father$', 'elderly mother$', 'elderly father$', 'elderly parent', 'old mother$', 'old father$', 'old man$', 'old lady$', 'old woman$', 'grandmother$', 'grandma$', 'grandfather$', 'grandpa$', 'granny$'] },
          { ordered: true, reach: 4, a: ['hits', 'hit', 'hitting', 'beats', 'beat', 'beating', 'pushes', 'pushed', 'shoves', 'shoved', 'kicks', 'kicked', 'kicking', 'slaps', 'slapped', 'slapping', 'punched', 'punches', 'punching'], b: ['my mother$', 'my mum$', 'my mom$', 'my father$', 'my dad$', 'my grandmother$', 'my grandma$', 'my grandfather$', 'my grandpa$', 'my wife$', 'my sister$', 'our mother$', 'our mum$', 'our dad$'] },
          { ordered: true, reach: 24, a: ['pushed', 'shoved', 'threw', 'kicked'], b: ['down the stairs', 'to the floor', 'into the wall', 'against the wall'] },
          { reach: 40, acrossSentences: true, a: ['new bruises', 'more bruises', 'fresh bruises', 'a black eye', 'black eye after'], b: ['after he visits', 'after she visits', 'every time he visits', 'every time she visits', 'whenever he visits', 'whenever she visits', 'after he comes', 'after she comes', 'every time he comes', 'every time she comes'] },
        ],
        // Pushing someone along in a chair or a buggy is care, not a blow ("my dad's wheelchair" is a thing).
        idioms: ['push...in her wheelchair', 'push...in his wheelchair', 'push...in a wheelchair', 'push...in the wheelchair', 'push...in her stroller', 'push...in the stroller', 'push...in the pram', 'push...in the buggy', 'push...in his pushchair', 'push...in the pushchair', 'pushed the wheelchair', 'pushed the stroller', 'pushed the pram', 'pushed the buggy'],
      },
      zh: { pairs: [{ ordered: true, reach: 1, a: ['打', '推', '踢', '揍'], b: ['我妈', '我爸', '我母亲', '我父亲', '奶奶', '爷爷', '外婆', '外公', '老人', '阿公', '阿嬷', '阿妈'] }], idioms: ['打我妈电话', '打我爸电话', '推我妈去', '推我爸去', '推奶奶去', '推爷爷去', '推外婆去', '推外公去', '推老人去', '推阿公去', '推阿嬷去', '推阿妈去', '打阿公电话', '打阿嬷电话', '打奶奶电话', '打外婆电话'] },
      ko: { pairs: [{ reach: 8, a: ['엄마를', '아빠를', '어머니를', '아버지를', '할머니를', '할아버지를'], b: ['때리', '때려', '때렸', '때린', '밀쳐', '밀어서', '걷어차', '발로'] }] },
      vi: { say: ['đá vào bụng', 'đá vào người', 'đạp vào bụng', 'đấm vào mặt', 'tát vào mặt tôi', 'đánh vào đầu', 'đấm vào bụng', 'đấm vào ngực', 'đấm vào đầu', 'đấm vào người', 'đạp vào người', 'đá vào ngực', 'đá vào mặt', 'đánh vào bụng', 'đánh vào mặt'], pairs: [{ ordered: true, reach: 2, a: ['đánh', 'đẩy', 'xô', 'tát', 'đạp'], b: ['mẹ tôi', 'bố tôi', 'bà tôi', 'ông tôi', 'mẹ già', 'bố già'] }] },
      ne: { say: ['dhakelyo', 'dhakeldiyo', 'dhakelera', 'dhakkaayo', 'dhakkayo', 'dhakkaaunchh', 'dhakkaaunch', 'dhakkaaunx', 'dhakkaunchh', 'dhakkaunch', 'dhakkaunx', 'dhakkaaidiyo', 'dhakkaidiyo', 'haat marody', 'hat marody', 'haat marodi', 'hat marodi', 'आमालाई कुट', 'बुबालाई कुट', 'हजुरआमालाई कुट', 'हजुरबुबालाई कुट', 'आमालाई धकेल'] },
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
      zh: { say: ['说要烧我的车', '说要放火', '在我家楼下等我', '就在我门外', '就烧了这里', '就烧了你家', '就放火烧', '要放火烧', '一把火烧了', '烧死你', '烧死妳', '烧死我们'], pairs: [{ ordered: true, reach: 6, a: ['不开门', '唔开门', '不让我进', '唔俾我入'], b: ['就烧', '就放火', '就杀', '就砸', '就打死', '就弄死', '就劈'] }] },
      ko: { say: ['차에 불을 지르', '집에 불을 지르겠', '집 앞에 와 있'] },
      vi: { say: ['dọa đốt xe', 'dọa đốt nhà', 'đang đứng trước nhà tôi'] },
      ne: { say: ['ghar jalaaidinchhu', 'ghar jalaaidinchu', 'ghar jalaaidinxu', 'ghar jalaidinchhu', 'ghar jalaidinchu', 'ghar jalaidinxu', 'ghar jalaaunchhu', 'ghar jalaaunchu', 'ghar jalaaunxu', 'ghar jalaunchhu', 'ghar jalaunchu', 'ghar jalaunxu', 'petrol chharkera', 'petrol charkera', 'petrol xarkera', 'गाडीमा आगो लगाउँछु', 'घरमा आगो लगाउँछु', 'घर बाहिर उभिएको छ'] },
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
      ne: { say: ['jabarjasti garchh', 'jabarjasti garch', 'jabarjasti garx', 'jabarjasti garyo', 'jabarjasti garna khoj', 'jabarjasti gardai', 'jabarjasti gare$', 'balaatkar', 'balatkar', 'balaatkaar', 'balatkaar', 'yaun hinsa', 'yon hinsa', 'जबरजस्ती गर्नुहुन्छ', 'जबरजस्ती गर्छ', 'जबरजस्ती करणी', 'जबरजस्ती सम्बन्ध'] },
      tl: { say: ['pinipilit akong makipagtalik', 'pinilit akong makipagtalik', 'ginagahasa ako'] },
      pt: { say: ['me força a transar', 'me obriga a ter relação', 'me forçou a ter relação', 'me força a ter relação', 'estupro'] },
      id: { say: ['memaksa saya berhubungan', 'dipaksa berhubungan', 'memaksa berhubungan intim', 'pemerkosaan'] },
    },
  },
  {
    name: 'someone being hit, strangled or dragged right now (me, her, mum, an old man), told by them, a child or a neighbour who hears it',
    signal: 'violence',
    words: {
      ja: {
        say: ['へやからだしません', '部屋から出さない', 'へやからださない', '部屋から出してくれな', 'へやからだしてくれな', '鍵を外からかけ', 'かぎをそとからかけ', '外から鍵をかけ', 'そとからかぎをかけ', 'スマホもとられ', 'すまほもとられ', 'スマホ取られ', 'すまほとられ', 'トイレに隠れて', 'といれにかくれて', 'トイレにかくれ', '部屋に隠れて', 'へやにかくれて'],
        pairs: [
          { ordered: true, reach: 10, a: ['さけんで', '叫んで', '悲鳴', 'ひめい', 'なきさけ', '泣き叫', 'さけびごえ', '叫び声'], b: ['たすけて', '助けて', 'やめて', 'ころされる', '殺される'] },
          { ordered: true, reach: 10, a: ['たすけて', '助けて', 'やめて'], b: ['さけんで', '叫んで', 'さけび', '叫び', 'なきさけ', '泣き叫', 'となり', '隣'] },
          { ordered: true, reach: 10,
            a: ['父が', 'ちちが', 'おとうさんが', 'お父さんが', 'ぱぱが', 'パパが', '息子が', 'むすこが', '兄が', 'あにが', '男が', 'おとこが', '職員が', 'しょくいんが', '同居人が', 'どうきょにんが', '孫が', 'まごが', '元夫が', 'もとおっとが', '元彼が', 'もとかれが'],
            b: ['殴', 'なぐ', '叩い', 'たたい', '蹴ら', 'けられ', 'わたしをけ', '私を蹴', '首を絞', 'くびをしめ', '突き飛ば', 'つきとば', 'ぶって', 'ぶたれ', 'をどなって', 'を怒鳴って'] },
          { ordered: true, reach: 8,
            a: ['包丁', 'ほうちょう', 'ナイフ', 'ないふ', '刃物', 'はもの', 'ゴルフクラブ', 'ごるふくらぶ', 'バット', 'ばっと', '灯油', 'とうゆ', 'ガソリン', 'がそりん', 'ベルト', 'べると'],
            b: ['持って暴', 'もってあばれ', '持って怒鳴', 'もってどな', '持ってる', 'もってる', 'を見せ', 'をみせ', 'を首に', 'をくびに', 'をおいてはなし', 'を置いて話', 'で脅', 'でおど', 'を玄関に置', 'をげんかんにお', 'を巻いて', 'をまいて', '振り回', 'ふりまわ'] },
          { reach: 16, acrossSentences: true,
            a: ['元夫', 'もとおっと', '元彼', 'もとかれ', 'まえのおっと', '前の夫', 'まえのかれし', '前の彼氏', 'ストーカー', 'すとーかー', '別居中の夫', 'べっきょちゅうのおっと', '別居中のおっと'],
            b: ['家の前にいる', 'いえのまえにいる', '家の前にいます', 'いえのまえにいます', '家の前に立って', 'いえのまえにたって', 'ドアを叩い', 'ドアを叩き', 'ドアを叩か', 'どあをたたい', 'どあをたたき', 'どあをたたか', 'ドア叩', 'どあたた', 'ドアを壊', 'どあをこわ', 'ドア壊', 'インターホンをずっと', 'いんたーほんをずっと', '今から行く', 'いまからいく', 'そとにいます', '外にいます', '外にいる', 'そとにいる', '見つけたら', 'みつけたら'] },
          { ordered: true, reach: 1, a: ['ころす', '殺す', '家を燃やす', 'いえをもやす', '家ごと燃や', 'いえごともや', '実家ごと燃や', 'じっかごともや'], b: ['と言', 'といっ', 'とめっせーじ', 'とらいん', 'ってらいん', 'ってline', 'とline', 'とどな', 'と怒鳴', 'ってどな'] },
          { reach: 8, a: ['あざ', '痣'], b: ['指の跡', 'ゆびのあと', 'つかまれた', '掴まれた'] },
        ],
      },
      en: {
        say: ['hitting me', 'hitting her', 'hitting mum', 'hitting mom', 'hitting my mum', 'hitting my mom', 'hitting my mother', 'hitting my dad', 'hitting a woman', 'beating a woman', 'beating her up', 'beat her up', 'beats her up', 'beating mum', 'beating my mum', 'beating my mom', 'beating my mother',
          'has her pinned', 'pinned her down', 'pinning her down', 'has him pinned', 'pinned him down', 'pinning him down',
          'punched her', 'punches her', 'punching her', 'slapped her', 'slap her', 'slaps her', 'slapping her', 'slapped him', 'slaps him', 'slapping him', 'shoved him', 'shoved her', 'strangling', 'strangle me', 'strangled me', 'strangle her', 'chocked me', 'choke me', 'choked her', 'choking her',
          'hands round my neck', 'hands round her neck', 'hand round my neck', 'hand on my neck', 'hands on her neck', 'hand on her neck', 'by the throat', 'covers my mouth', 'covered my mouth', 'pillow over my face', 'holds me down', 'slammed my head', 'slammed her head', 'smashed my head',
          'dragged her by', 'dragged him by', 'dragging her by', 'dragging him by', 'dragging her down', 'dragging her across', 'drag him by', 'drag her by', 'by his collar', 'twisted behind me', 'tie him to the bed', 'tied him to the bed', 'tie her to the bed', 'tied her to the bed', 'ties him to the bed', 'ties her to the bed',
          'put a lighter to', 'burned me with', 'burnt me with', 'force himself on', 'tried to force himself',
          'kick the door in', 'kick my door in', 'kick it in if', 'break the door down', 'break my door down', 'kicking the door in', 'kicking my door in', 'kicking in the door', 'kicking down the door', 'kicking down my door', 'breaking down my door', 'breaking down the door', 'broken the door', 'smashing the door', 'trying to break the door', 'trying to kick the door', 'hes banging on', 'he is banging on', 'pounding on the door', 'hammering on the door',
          'kill her', 'kill us', 'kill my mum', 'kill my mom', 'kill my mother', 'kill my wife', 'kill my sister', 'kill my dad', 'kill my father', 'kill my family', 'kill my kids', 'kill my children', 'kill my parents', 'kill us both',
          'hurt my mum', 'hurt my mom', 'hurt my mother', 'hurt my family', 'hurt my dog', 'hurt my parents', 'hurt us$', 'finish what he started', 'finish what she started', 'finish me off', 'do her face', 'do your face', 'acid in my face', 'throw acid', 'use it on me', 'use it on her', 'use it on us', 'crash us both', 'crash the car with us', 'crash the car with me', 'nobody leaves tonight', 'no one leaves tonight', 'teach me a lesson', 'teach her a lesson', 'hunt me down',
          'wont let her leave', 'wont let her out', 'wont let him leave', 'wont let him out', 'doesnt let her leave', 'doesnt let her out', 'hasnt let me out', 'hasnt let me leave', 'not letting me leave', 'not letting me out', 'locks her in', 'locked her in', 'locks us in', 'locked us in', 'locks me and', 'chain on the door from', 'took the door key', 'took my shoes', 'took her shoes', 'hid my passport', 'hides my passport', 'keeps me in the apartment', 'keeps me in the flat', 'keeps me in the house', 'wont let me out of the car', 'blocking the front door',
          'hiding in bathroom', 'hiding in the toilet', 'hiding under the bed', 'hiding in the wardrobe', 'hiding at my friends', 'hiding at a friends', 'locked myself in my room', 'locked myself in the toilet', 'barricaded inside', 'barricaded in', 'typing from the bathroom', 'typing this from the bathroom', 'writing from the toilet', 'texting from the toilet', 'texting me from the toilet', 'texting from the bathroom', 'phone he doesnt know about'],
        pairs: [
          { ordered: true, reach: 16, a: ['crying', 'sobbing'], b: ['please it hurts', 'stop it it hurts', 'stop it hurts', 'youre hurting me', 'stop hurting', 'dont hit me', 'get off me'] },
          { ordered: true, reach: 16, a: ['screaming', 'screamed', 'screams', 'crying out', 'cried out', 'begging', 'shouting', 'yelling'], b: ['stop stop', 'stop please', 'please stop', 'stop it hurts', 'youre hurting me', 'stop hurting', 'dont hit me', 'let me go', 'get off me'] },
          { reach: 48, acrossSentences: true, a: ['woman screaming', 'woman crying', 'woman is screaming', 'she is screaming', 'shes screaming', 'girl screaming', 'woman yelling', 'woman shouting', 'screaming for help'], b: ['smashing', 'crashing', 'thuds', 'thud$', 'hitting', 'breaking', 'please stop', 'stop$', 'hurting', 'banging', 'things falling'] },
          { ordered: true, reach: 24, a: ['next time'], b: ['im dead', 'youre dead', 'ill be dead', 'youll be dead', 'shes dead', 'wont stop', 'wont miss', 'kill', 'finish', 'your face', 'her face', 'my face'] },
          { ordered: true, reach: 10,
            a: ['hell', 'he will', 'hed', 'he would', 'shell', 'she will', 'theyll', 'he is going to', 'hes going to', 'hes gonna', 'threatening to', 'threatened to', 'says he will', 'said he would', 'texting that', 'texted that', 'swears he will', 'swore he would'],
            b: ['kill', 'hurt', 'stab', 'shoot', 'strangle', 'make me pay', 'make her pay', 'make you pay', 'finish me', 'finish us', 'beat me', 'beat her', 'hit me', 'hit her', 'hunt me'] },
          { reach: 48, acrossSentences: true,
            a: ['at the door', 'at my door', 'at our door', 'outside my door', 'outside the door', 'outside our door', 'outside my flat', 'outside my apartment', 'outside my house', 'outside the house', 'outside the building', 'at the entrance', 'in the hallway', 'in the corridor', 'banging on the door', 'kicking the door', 'broke the window', 'trying to get in', 'trying to break in', 'turned up at', 'showed up at', 'waiting outside', 'waiting at the entrance', 'sitting outside'],
            b: ['knife', 'gun$', 'rifle', 'hammer', 'bat$', 'axe', 'machete', 'golf club', 'crowbar', 'weapon', 'acid', 'petrol', 'gasoline', 'to end this', 'brought something'] },
          { reach: 32, a: ['husband', 'boyfriend', 'partner', 'he$'], b: ['took my passport', 'has my passport', 'got my passport', 'took the key', 'took my key', 'took my keys'] },
          { reach: 48, acrossSentences: true,
            a: ['husband', 'boyfriend', 'partner', 'wife', 'girlfriend', 'fiance', 'it was my', 'he did this', 'hes done this', 'he has done this', 'done this before', 'my ex', 'her ex', 'scared of him', 'afraid of him', 'because of him'],
            b: ['broke her nose', 'broke her tooth', 'broke her jaw', 'broke her arm', 'broke my tooth', 'broken nose', 'black eye', 'lip is bleeding', 'lip was bleeding', 'bleeding from her lip', 'bleeding from her mouth', 'face was swollen', 'face is swollen', 'said she fell', 'says she fell', 'told me she fell', 'said i fell', 'told them i fell', 'told the nurse i fell'] },
          { reach: 32, acrossSentences: true, a: ['hes in the', 'he is in the', 'hes still', 'he is still', 'still inside', 'still in the house', 'downstairs now'], b: ['help me get out', 'get me out', 'yelling', 'shouting', 'screaming at'] },
        ],
        idioms: ['dragging her feet', 'dragging his feet', 'its hitting me', 'its really hitting me', 'it is hitting me', 'reality is hitting me', 'hitting me up', 'hitting her head', 'hitting his head', 'kill us with', 'kill her time', 'kill us lol'],
      },
      zh: {
        say: ['在打她', '在打我', '在打妈妈', '在打我妈', '在打奶奶', '在打爷爷', '打她的头', '好几巴掌', '别打了', '不要打了', '喊救命', '尖叫救命', '叫救命', '压在地上打', '把我压在地上', '往墙上撞', '拿枕头压', '压我的脸', '绑在床上', '砸门', '踹门', '把门砸开', '把门砸烂', '撞门', '劈死我', '砍死你', '打死你', '要让我死', '让我好看', '让我付出代价', '要我付出代价', '烧了这个家', '买好了汽油', '买了汽油', '拿着汽油', '浇汽油', '泼汽油', '在后面追', '在外面找我', '还在外面找', '现在在门口', '锁在屋里', '再哭就打', '再哭就再打', '不给就一起死', '就一起死', '打进过医院', '打进医院', '打到住院'],
      },
      ko: {
        say: ['저를 발로 찼', '나를 발로 찼', '발로 차였', '냄비로 내리쳤', '내리쳤', '바닥에 내던졌', '밀쳤어요', '문을 부수', '문 부수', '창문 깨고 들어왔', '들어오려고 해요', '문 열라고', '안 열면 죽여', '죽여버린대', '죽여 버린대', '죽인대요', '죽이고 나도 죽', '너 죽이', '해치겠대', '해치겠다고', '불 지르겠대', '불 지른다고', '불 지르겠다', '라이터 들고', '문을 막고', '이중 잠금', '문고리를 계속', '찾아다니고 있', '여기로 오고 있', '너희 집 간다', '그 사람이 문 밖에', '남편이 문 밖에', '전남편이 문 밖', '그만하라고'],
        pairs: [{ reach: 16, a: ['남편', '남친', '전남친', '전남편', '전 남편', '전 남자친구', '헤어진 남', '그 사람'], b: ['문 밖에', '문을 부수', '문 열라고', '창문으로 들어오', '들어오려고', '두드려', '찾아다니', '회사 앞에서'] }],
      },
      vi: {
        say: ['đang đánh chị', 'đang đánh mẹ', 'đang đánh em', 'đang đánh tôi', 'đang đánh vợ', 'đánh mẹ kế', 'vừa tát em', 'vừa tát tôi', 'tát em', 'đuổi đánh', 'cầm dao dọa', 'cầm dao đuổi', 'cầm dao đòi', 'cầm kéo dọa', 'cầm kéo đuổi', 'dọa đâm', 'dọa giết', 'giết cả nhà', 'cho người giết', 'dìm chết', 'dí thuốc lá', 'ném cốc vào', 'ném vào đầu', 'đòi vào', 'phá cửa', 'siết cổ', 'không cho em ra khỏi', 'nhốt trong phòng', 'nhốt em trong'],
      },
      ne: { say: ['अहिले कुट्दै छ', 'आमालाई कुट्दै', 'ढोका फुटाउँदै छ', 'ढोका भत्काउँदै'] },
      tl: {
        say: ['sinasaktan ni papa', 'sinasaktan ni$', 'sinasaktan niya si', 'sinasaktan nya si', 'binubugbog ni', 'binubugbog niya si', 'binugbog ako', 'sinasampal sya', 'sinasampal siya', 'sinampal niya', 'sinampal nya', 'sinakal nya', 'sinakal niya', 'sinakal na naman', 'sa sipa niya', 'sa sipa nya', 'pinalo nya ako', 'pinalo niya ako', 'tinulak ako ni', 'tinulak niya ako', 'tinulak nya ako', 'tinakpan ang bibig', 'tinatakpan bibig', 'tinatakpan ang bibig', 'dinadaganan', 'tinututukan ng kutsilyo', 'may dalang kutsilyo', 'may dalang baseball', 'may dalang bat', 'hahanapin kita', 'susunugin nya ang bahay', 'susunugin niya ang bahay', 'hindi na sya titigil', 'hindi na siya titigil', 'ayaw nya akong pababain', 'ayaw niya akong pababain', 'kinuha niya susi', 'kinuha nya ang susi', 'kinuha niya ang susi', 'nakalock ako', 'nagtatago ako', 'nagtatago kami', 'nagtatago po ako', 'papatayin ang pamilya', 'papatayin ko kayo', 'papatayin kayo', 'papatayin si'],
      },
      pt: {
        say: ['batendo na minha mãe', 'batendo nela', 'bateu nela', 'bate nela', 'batendo em mim', 'bate em mim', 'bateu em mim', 'espancando', 'tá me batendo', 'está me batendo', 'me deu dois tapas', 'me deu tapas', 'deu um tapa nela', 'chutando a porta', 'socando a porta', 'quebrando tudo', 'me puxando pelo cabelo', 'pelo cabelo', 'gritando socorro', 'gritar socorro', 'coisas quebrando', 'pescoço roxo', 'braço roxo', 'olho roxo', 'mata ela se', 'mata meus pais', 'mata a gente', 'matar a gente', 'matar minha mãe', 'matar meus filhos', 'mata as crianças', 'mata eu e as crianças', 'me escondi', 'tô trancada no quarto', 'estou trancada no quarto', 'trancada no banheiro', 'escondeu meu passaporte'],
      },
      id: {
        // (the bare verb as spoken: «mandor pukul kepala saya», «dia tendang aku»)
        say: ['pukul kepala saya', 'pukul kepala aku', 'pukul kepalaku', 'memukul kepala saya', 'memukul kepalaku', 'pukul muka saya', 'pukul muka aku', 'pukul wajah saya', 'tampar saya', 'tampar aku', 'tendang saya', 'tendang aku', 'tonjok saya', 'tonjok aku', 'mukulin ibu', 'mukulin aku', 'mukulin saya', 'mukul ibu', 'mukul ibunya', 'memukuli ibu', 'nendang perut', 'nendang aku', 'nendang saya', 'nonjok', 'nampar aku', 'nampar saya', 'nyekik aku', 'nyekik saya', 'suami nyekik', 'dicekik', 'banting aku', 'banting saya', 'dorong saya dari tangga', 'dorong aku dari', 'lempar saya pakai', 'lempar aku pakai', 'ngejar aku', 'ngejar saya', 'masih ngejar', 'ngunci aku', 'ngunci saya', 'gak ngebolehin aku pulang', 'gak ngebolehin aku keluar', 'hp diambil', 'hp-ku diambil', 'hp saya diambil', 'aku ngumpet', 'saya ngumpet', 'ngumpet di kamar', 'ngumpet di belakang', 'ngumpet di tangga', 'sembunyi di kamar', 'gedor pintu', 'gedor2 pintu', 'gedor-gedor pintu', 'air keras', 'nyiram muka', 'pakai besi', 'botol pecah', 'kepala saya berdarah', 'kepala aku berdarah', 'kepala ibu berdarah', 'bunuh keluargamu', 'bunuh keluarga kamu', 'bunuh keluarga saya', 'bunuh keluargaku'],
      },
    },
  },
  {
    name: 'a partner, ex or relative at the door or outside now, banging, threatening; followed, tracked, found while hiding',
    signal: 'violence',
    words: {
      ja: {
        say: ['居場所がばれて', 'いばしょがばれて', '逃げた先に', 'にげたさきに', '逃げた先のホテル', 'にげたさきのほてる', '合鍵で入', 'あいかぎではい', '合鍵まだ持って', 'あいかぎまだもって', '逃げるなよ', 'にげるなよ', '殺しに行く', 'ころしにいく', '殺しにいく', 'ドアをどんどん', 'どあをどんどん', 'ドアを叩き続け', 'どあをたたきつづけ'],
        pairs: [
          { reach: 24,
            a: ['元夫', 'もとおっと', '元彼', 'もとかれ', '元カレ', '別れた夫', 'わかれたおっと', '別れた彼', 'わかれたかれ', 'まえのかれし', '前の彼氏', 'ストーカー', 'すとーかー'],
            b: ['ドアを叩い', 'ドアを叩き', 'ドアを叩か', 'どあをたたい', 'どあをたたき', 'どあをたたか', 'ドアを蹴', 'どあをけ', '合鍵', 'あいかぎ', '入ろうとして', 'はいろうとして', '今から行く', 'いまからいく', '殺す', 'ころす', '殺し', 'ころし', 'ナイフ', 'ないふ', '包丁', 'ほうちょう'] },
          { reach: 20,
            a: ['夫', 'おっと', '彼氏', 'かれし', '旦那', 'だんな', '主人', 'しゅじん'],
            b: ['ドアを叩い', 'ドアを叩き', 'ドアを叩か', 'どあをたたい', 'どあをたたき', 'どあをたたか', 'ドアを蹴', 'どあをけ', 'いまおいかけ', '入ろうとして', 'はいろうとして', '居場所がばれ', 'いばしょがばれ', '逃げた先', 'にげたさき', '逃げるな', 'にげるな'] },
        ],
      },
      en: {
        say: ['outside my door right now', 'banging on my door', 'banging on the door', 'pounding on the door', 'kicking the door', 'trying to get in', 'trying to break in', 'broke our front window', 'come down or i come up', 'i know youre in there', 'i know youre at'],
        pairs: [
          { reach: 60, acrossSentences: true,
            a: ['outside my door', 'at my door', 'at the door', 'outside the door', 'outside my window', 'outside my apartment', 'outside my flat', 'outside my house', 'outside the house', 'in the parking lot', 'in the car park', 'outside my kids school', 'outside the school', 'parked outside', 'in the lobby', 'downstairs', 'outside the building'],
            b: ['my ex', 'ex husband', 'ex boyfriend', 'ex partner', 'restraining order', 'court order', 'protection order', 'not allowed near', 'not allowed to see', 'with a bat', 'with a knife', 'come down or', 'i know youre', 'open the door or', 'threatened', 'threatening', 'hes drunk', 'kill me', 'burn the house'] },
          { reach: 60, acrossSentences: true,
            a: ['found out which', 'found me', 'followed me', 'following me', 'following my car', 'tracked me', 'tracking me', 'my location', 'knows where i'],
            b: ['hes coming', 'he says hes coming', 'im shaking', 'turned it off', 'beat her', 'beat me', 'strangle', 'with a knife', 'with a bat', 'kill me', 'hurt me', 'showed a knife'] },
        ],
      },
      zh: {
        say: ['在门口拍门', '一直按门铃说', '我知道你在里面', '被前夫堵', '被老公堵', '被他堵在', '把我堵在', '开车追我', '拍門', '打爛道門', '打烂道门', '匿埋喺'],
        pairs: [
          { reach: 16, a: ['前夫', '前男友', '前妻'], b: ['拍门', '砸门', '踹门', '堵我', '追过来', '闯进'] },
          { reach: 12, a: ['老公', '丈夫', '男朋友', '男友', '他$', '佢'], b: ['砸门', '踹门', '拍门', '堵我', '追过来'] },
        ],
      },
      ko: {
        say: ['문을 쾅쾅', '문 열라고 소리', '내려와 아니면', '내가 올라간다', '찾아오겠다', '찾아간다고', '차로 쫓아오'],
        pairs: [{ reach: 30, acrossSentences: true, a: ['전남편', '전 남편', '전남친', '전 남친', '남편', '남친', '남자친구', '그 사람', '형부'], b: ['쫓아오', '쫓아와', '문을 두드', '문을 쾅', '찾아오겠', '찾아간다', '죽이', '죽여'] }],
      },
      vi: {
        say: ['chặn em ở', 'chặn tôi ở', 'tự mở cửa vào', 'em ko mở thì', 'em không mở thì'],
        pairs: [{ reach: 32, a: ['chồng cũ', 'người yêu cũ', 'ex$', 'chồng', 'anh ta', 'bạn trai', 'người yêu'], b: ['đập cửa', 'chặn em', 'chặn tôi', 'tự mở cửa', 'lao tới', 'giật túi'] }],
      },
      ne: {
        say: ['ढोका फोड्दै', 'झ्याल फोड्दै', 'dhoka phoddai', 'dhoka fordai', 'jhyal phoddai'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['bahira xa', 'bahira chha', 'bahira cha', 'dhoka ma', 'ढोकामा', 'बाहिर छ', 'तल लबीमा', 'lobby ma'], b: ['marxu', 'marchhu', 'maarchhu', 'sakchhu', 'sidhyau', 'dar lagyo', 'डर लाग्यो', 'मार्छु', 'सिध्याउ', 'धम्की'] }],
      },
      tl: {
        say: ['kumakatok at sumisigaw', 'kinakalampag', 'sinisipa nya ang pinto', 'sinisipa niya ang pinto', 'sinisipa nya pinto', 'sinisipa niya pinto', 'sinisipa ang pinto', 'binabato nya bintana', 'binabato ang bintana', 'pinasok ng ex ko', 'pinasok ang apartment', 'hintayin mo ako mamaya'],
        pairs: [{ reach: 40, a: ['ex ko', 'dating asawa', 'asawa ko', 'bf ko', 'boyfriend ko', 'partner ko', 'mister ko', 'live in ko'], b: ['kinakalampag', 'sinisipa', 'pinasok', 'binabato', 'may kutsilyo', 'may baril', 'babarilin'] }],
      },
      pt: {
        say: ['tocando a campainha sem parar', 'tá batendo na porta', 'ta batendo na porta', 'está batendo na porta', 'esmurrando a porta', 'chutando a porta', 'do lado de fora da minha janela', 'do lado de fora da minha porta', 'rodando a cidade atrás de mim', 'me seguiu do trabalho', 'me seguiu até', 'tá me seguindo', 'ta me seguindo', 'invadiu minha casa', 'me localizou', 'rastreando meu celular', 'vc vai ver o que acontece', 'você vai ver o que acontece', 'foto da minha porta',
          // "come down or I come up and kill you": the threat made from the doorstep
          'sobe e me mata', 'vem e me mata', 'entra e me mata', 'desce ou eu subo', 'desce senão eu subo', 'se eu não descer ele sobe', 'se eu n descer ele sobe', 'se não descer eu subo', 'se n descer eu subo', 'se não abrir eu entro', 'abre ou eu arrombo'],
      },
      id: {
        say: ['aku tau kamu di dalem', 'aku tahu kamu di dalam', 'malam ini aku masuk', 'nyariin pake mobil', 'nyari aku di luar', 'nyari saya di luar', 'nyariin di lorong'],
      },
    },
  },
  {
    name: 'held in a room or a car, the door blocked; hiding in the toilet from them; fled after being strangled or beaten and searched for',
    signal: 'violence',
    words: {
      ja: {
        say: ['トイレにこもって', 'といれにこもって', 'トイレから送って', 'といれからおくって', 'トイレに隠れ', 'といれにかくれ', 'くるまにとじこめ', '車に閉じ込め', 'ドアの前に立ちふさが', 'どあのまえにたちふさが', '部屋から出さ', 'へやからださ', '首しめられ', 'くびしめられ', '首絞められ', '首締められ', 'くびしめた', '首しめた'],
        pairs: [{ reach: 24, acrossSentences: true, a: ['殴られ', 'なぐられ', '蹴られ', 'けられ', '叩かれ', 'たたかれ'], b: ['逃げてきた', 'にげてきた', '逃げた先', 'にげたさき', '探し回', 'さがしまわ', '隠れて', 'かくれて', 'こもって'] }],
      },
      en: {
        say: ['locked me in', 'blocking the door', 'blocked the door', 'wont let me out', 'wont let me leave', 'kept me in his car', 'keeping me in his car', 'keep me in his car', 'wont let me out of the car', 'wont stop the car', 'locked in the bathroom', 'locked myself in the bathroom', 'locked myself in the toilet', 'hiding in the bathroom', 'hiding in the toilet', 'hiding in my room', 'pinned me down', 'pinning me down', 'holding me down', 'drive me somewhere i dont know', 'tried to strangle me', 'tried to choke me', 'went at me with'],
        pairs: [{ reach: 60, acrossSentences: true, a: ['strangle', 'strangled', 'choked me', 'choking me', 'beat me', 'beat her', 'punched me', 'kicked me', 'throwing things at'], b: ['fled', 'ran out', 'ran to', 'escaped', 'manga cafe', 'hotel', 'konbini', 'looking for me', 'searching for me', 'calling nonstop', 'in my room with', 'hes coming'] }],
      },
      zh: {
        say: ['把我锁在', '锁在房间里', '堵着门不让', '挡着门不让', '躲在厕所', '躲在洗手间', '躲在浴室', '匿埋喺房', '不让我下车', '把我关在', '掐我脖子', '掐住我的脖子', '揸住我条颈', '又动手了', '又打我了', '每天都被他打', '被老公打', '被丈夫打', '被男朋友打', '被婆家人打', '被前夫打', '巴掌印', '砸了头', '砸我的头', '打断我的腿', '打断我的手', '斩死我', '斬死我', '推了我一把'],
        pairs: [
          { ordered: true, reach: 12, a: ['老公', '丈夫', '男朋友', '男友', '同居人', '前夫', '他$', '她老公'], b: ['锁在', '关在', '堵着门', '挡着门', '不让我下车'] },
          { reach: 24, acrossSentences: true, a: ['打我', '掐我', '被打', '打了我', '动手了', '掐住'], b: ['逃出来', '跑出来', '躲在', '在车站', '在便利店', '在公园', '在找我', '到处找我'] },
        ],
      },
      ko: {
        say: ['차에 태우고 안 내려', '안 내려줘요', '억지로 태웠', '억지로 차에', '문을 막고', '화장실에 숨어', '방에 숨어', '불 꺼놓고 숨어', '목 조르', '목을 조르', '목을 졸', '목 졸라', '유리병을 던졌', '병을 던졌', '머리카락을 태웠', '엽총', '총을 꺼내', '칼을 들고', '야구방망이 들고', '방망이 들고'],
        pairs: [
          { reach: 30, acrossSentences: true, a: ['남편', '남친', '남자친구', '전남친', '전남편', '그 사람'], b: ['안 내려', '억지로 태웠', '가둬', '가뒀', '문을 막', '열쇠 가져가', '이중잠금', '이중 잠금', '밖에서 잠가', '밖에서 잠갔', '일째 못 나가', '며칠째 못 나가', '못 나가게'] },
          { ordered: true, reach: 12, a: ['형부한테', '남편한테', '형한테', '오빠한테', '아들한테', '아빠한테', '남친한테', '남자친구한테', '시아버지한테'], b: ['맞아서', '맞았어', '맞았대', '맞고', '얼굴을 맞', '뺨을 맞', '머리를 맞'] },
          { reach: 40, acrossSentences: true, a: ['맞아서', '맞고', '때려서', '때리고', '목 조르', '목을 졸'], b: ['도망나왔', '도망쳐', '도망 나왔', '숨어 있', '쫓아오'] },
        ],
      },
      vi: {
        say: ['nhốt em', 'nhốt tôi', 'bị nhốt trong', 'khóa cửa ngoài', 'khóa cửa từ ngoài', 'không cho em ra', 'không cho tôi ra', 'trốn trong nhà vệ sinh', 'trốn ở nhà vệ sinh', 'em khóa cửa phòng', 'chạy vào khóa cửa', 'trốn trong kho', 'bóp cổ', 'siết cổ', 'tát liên tục', 'bắt em quỳ', 'gãy răng', 'mặt đầy máu', 'cầm dao dọa', 'tay cầm búa', 'chết cả hai'],
        pairs: [
          { reach: 24, a: ['chồng', 'bạn trai', 'anh ta', 'bố chồng', 'anh trai', 'người yêu', 'mẹ chồng'], b: ['cầm dao', 'cầm búa', 'cầm gậy', 'đập đầu', 'đánh gãy', 'đánh em chảy máu', 'đánh em bất tỉnh'] },
          { reach: 40, acrossSentences: true, a: ['bóp cổ', 'siết cổ'], b: ['chạy ra', 'chạy sang', 'trốn', 'bỏ chạy', 'đang tìm', 'đi tìm'] },
        ],
      },
      ne: {
        say: ['बाहिरबाट ताला लगाएर', 'भित्र थुनिएँ', 'कोठामा थुन', 'thuniye', 'thunera rakhyo', 'kotha ma thun', 'bahira bata tala', 'bahira jana didaina', 'bahira nikalna didaina', 'घाँटी थिच', 'घाँटीमा तकिया', 'ghaati thich', 'ghanti thich', 'ghati thich', 'कुट्दैछ', 'कुट्दैछन्', 'कुटिरहेको', 'पिटिरहेको', 'भित्तामा ठोक', 'टाउको भित्तामा', 'तातो पानी फाल्यो', 'खुट्टा भाँचिदिन्छु', 'सिध्याउँछु', 'सिध्याइदिन्छु', 'सखाप पार्छु', 'मार्छु भन्छ', 'marxu vanxa', 'tan lai sakchhu', 'taan lai sakchhu', 'फालिदिन्छु भन्दै', 'chora le marcha'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['kutyo', 'kuteko', 'pityo', 'ghaati thichyo', 'कुट्यो', 'पिट्यो', 'घाँटी थिच्यो'], b: ['bhagera', 'bhagen', 'bhaage', 'lukeko', 'lukera', 'खोज्दै', 'भागेर', 'भागें', 'लुकेर', 'लुकेको'] }],
      },
      tl: {
        say: ['kinulong ako', 'ikinulong ako', 'nakulong ako sa kwarto', 'nakakulong ako sa kwarto', 'naka lock ako sa banyo', 'nakalock ako sa banyo', 'hindi ako pinapalabas', 'di ako pinapalabas', 'nagtatago ako sa banyo', 'nagtago ako sa cr', 'nakapasok ako sa cr', 'sinakal ako', 'sinasakal ako', 'sinakal nya ako', 'sinakal niya ako', 'sinasaktan nya ako', 'sinasaktan niya ako', 'sinaktan nya ako', 'sinaktan niya ako', 'binato nya ako', 'binato niya ako', 'tinadyakan', 'pinagtatadyakan', 'hinampas ng', 'pinukpok', 'sinuntok nya', 'sinuntok niya', 'sinampal nya', 'sinampal niya', 'sinasampal sya', 'sinasampal siya', 'tinulak nya', 'tinulak niya', 'hinatak ako', 'sinabunutan', 'hinahabol ako ng kutsilyo', 'itatali nya ako', 'babarilin'],
        pairs: [{ reach: 40, acrossSentences: true, a: ['sinakal', 'sinaktan', 'binugbog', 'sinuntok', 'sinampal'], b: ['tumakas', 'tumakbo ako', 'hinahanap ako', 'hinahanap nya ako'] }],
      },
      pt: {
        say: ['me prendeu no quarto', 'me trancou no quarto', 'me trancou em casa', 'me prendeu em casa', 'ele trancou a porta', 'ele não me deixa sair', 'ele nao me deixa sair', 'tô trancada no banheiro', 'to trancada no banheiro', 'escondida no banheiro', 'me segurando no chão', 'joelho nas minhas costas', 'me enforcou', 'me estrangulou', 'apertou meu pescoço', 'apertando meu pescoço', 'me sufocou', 'espancada', 'espancando', 'jogando cadeira', 'jogou uma cadeira', 'chutando minha barriga', 'apagou o cigarro no meu', 'boca sangrando', 'ele me quebra', 'vai me quebrar'],
        pairs: [
          { ordered: true, reach: 12, a: ['bateu', 'espancou', 'agrediu', 'batendo'], b: ['no meu pai', 'na minha mãe', 'na minha irmã', 'no meu irmão', 'na minha avó', 'no meu avô', 'nela$', 'em mim', 'com uma cadeira', 'com uma panela', 'com uma barra', 'com o cinto'] },
          { reach: 40, acrossSentences: true, a: ['me bateu', 'me espancou', 'me enforcou', 'apertou meu pescoço'], b: ['fugi', 'saí correndo', 'escondida', 'me procurando', 'atrás de mim'] },
        ],
      },
      id: {
        say: ['ngunci pintu dari luar', 'kunci pintu dari luar', 'dikunci dari luar', 'nahan saya di', 'nahan aku di', 'sembunyi di toilet', 'sembunyi di kamar mandi', 'ngunci diri di kamar', 'cekik saya', 'cekik aku', 'nyekik aku', 'nyekik saya', 'mencekik saya', 'pukul saya', 'pukul aku', 'lempar piring', 'piring dilempar', 'dilempar ke aku', 'lempar gelas', 'hancurin kepala'],
        pairs: [
          { reach: 40, a: ['suami', 'pacar', 'dia$'], b: ['gak boleh keluar', 'ga boleh keluar', 'tidak boleh keluar', 'gak ngebolehin', 'nahan saya', 'nahan aku'] },
          { reach: 40, acrossSentences: true, a: ['cekik', 'pukul saya', 'pukul aku', 'mukul aku', 'mukul saya', 'dipukul'], b: ['lari ke', 'sembunyi', 'ngumpet', 'nyariin', 'nyari aku', 'nyari saya'] },
          { ordered: true, reach: 12, a: ['suami', 'pacar', 'mantan', 'kakak', 'adik laki', 'ayah', 'bapak', 'cowok', 'ipar', 'mertua'], b: ['mukul', 'mukulin', 'nampar', 'nendang', 'nyekik', 'jambak', 'banting'] },
        ],
      },
    },
  },
  {
    name: 'hit by a partner or relative, in plain everyday verbs (kana, texting, Taglish)',
    signal: 'violence',
    words: {
      ja: {
        pairs: [
          { ordered: true, reach: 14,
            a: ['夫', 'おっと', '主人', '旦那', 'だんな', '彼氏', 'かれし', '元夫', '元彼', 'もとかれ', 'おじさん', '叔父', 'あに', '兄', 'ちち', '父', 'ぎり', '義理'],
            b: ['たたく', '叩く', 'なぐる', '殴る', 'にけられ', 'からけられ', '蹴られ', 'たたかれ', '叩かれ', 'なぐられ', '殴られ', 'ひきずっ', '引きずっ', 'ひきずら', '首をしめ', 'くびをしめ', 'しめられ', 'おとされ', 'つきおとし', '突き落とし'] },
          { ordered: true, reach: 12, a: ['おばあちゃんを', 'おじいちゃんを', 'ははを', '母を', 'ちちを', '父を', 'かのじょを', '彼女を', 'わたしを', '私を'], b: ['たたいて', 'たたく', '叩いて', '叩く', 'なぐって', 'なぐる', '殴って', '殴る', 'けって', '蹴って'] },
        ],
      },
      en: {
        say: ['throwing things at mum', 'throwing things at mom', 'throwing things at me', 'threw a glass at', 'threw a plate at', 'hit my head on', 'slammed my head', 'banged my head against', 'got punched by', 'punched by my', 'beats her', 'beating her', 'sharpening knives', 'screaming at her and things smashing'],
      },
      zh: {
        say: ['用平底锅砸', '拿椅子砸', '拿刀', '脸肿得', '被他打肿', '脸上有巴掌', '护工打'],
        // (hit by a named relative, in the passive: «被我弟打到眼睛肿起来», «被儿子揍了», «阿公被舅舅推倒»)
        pairs: [{ ordered: true, reach: 2,
          a: ['被我弟', '被弟弟', '被我哥', '被哥哥', '被我儿子', '被儿子', '被我女儿', '被女儿', '被孙子', '被孙女', '被外孙', '被我老公', '被老公', '被我丈夫', '被丈夫', '被男朋友', '被男友', '被前夫', '被前男友', '被继父', '被继母', '被后爸', '被后妈', '被女婿', '被儿媳', '被媳妇',
            '被老婆', '被我老婆', '被妻子', '被前妻', '被舅舅', '被我舅', '被舅妈', '被叔叔', '被我叔', '被伯伯', '被大伯', '被小叔', '被姑姑', '被姑丈', '被姨丈', '被姐夫', '被妹夫', '被大舅', '被小舅', '被表哥', '被堂哥', '被我姐', '被姐姐', '被我妹', '被妹妹', '被公公', '被婆婆', '被岳父', '被岳母', '被亲戚'],
          b: ['打到', '打得', '打伤', '打肿', '打了', '打成', '打我', '打她', '打他', '揍', '踢', '踹', '掐', '砍', '捅', '推倒', '推到地上', '推下', '推了一把', '推得', '甩巴掌', '扇了', '打耳光'] },
          // (the same, told actively: «舅舅把阿公推倒», «儿子把我妈推倒在地»)
          { ordered: true, reach: 1,
            a: ['把我妈', '把我爸', '把妈妈', '把爸爸', '把奶奶', '把爷爷', '把外婆', '把外公', '把阿公', '把阿嬷', '把阿妈', '把阿婆', '把老人', '把老人家', '把婆婆', '把公公', '把我老婆', '把我姐', '把我妹'],
            b: ['推倒', '推到地上', '推下楼', '推下床', '推下', '踹倒', '踢倒', '打倒', '打伤', '打到流血', '打肿', '按在地上'] }],
      },
      ko: {
        say: ['얼굴을 맞았', '뺨을 맞았', '갈비뼈에 금이', '갈비뼈가 부러', '코피 나', '이마에서 피', '머리를 부딪혔'],
      },
      vi: {
        say: ['đánh mẹ chồng', 'đánh vợ', 'say rượu đánh', 'đánh em trước mặt', 'đánh em gãy', 'bị anh trai em đánh', 'bị chồng đánh'],
        // (a boss or a senior at work who hits the writer: «Tổ trưởng đánh em hôm qua»)
        pairs: [{ ordered: true, reach: 6,
          a: ['tổ trưởng', 'trưởng ca', 'trưởng nhóm', 'quản lý', 'sếp', 'giám đốc', 'chủ công ty', 'chủ xưởng', 'người hướng dẫn', 'tiền bối', 'senpai', 'đàn anh'],
          b: ['đánh em$', 'đánh tôi', 'đánh mình$', 'tát em$', 'tát tôi', 'đá em$', 'đá tôi', 'đấm em$', 'đấm tôi', 'đạp em$', 'đạp tôi'] }],
      },
      ne: {
        // (and the honorific a wife uses of her husband: «श्रीमानले मलाई कुट्नुभयो»)
        say: ['कुट्यो', 'पिट्यो', 'कुट्नुभयो', 'पिट्नुभयो', 'हिर्काउनुभयो', 'हान्नुभयो', 'मलाई कुट्नुहुन्छ', 'मलाई पिट्नुहुन्छ', 'kutnubhayo', 'kutnu bhayo', 'pitnubhayo', 'pitnu bhayo', 'malai kutnuhunchha', 'malai kutnuhuncha'],
      },
      tl: {
        say: ['binugbog ako', 'binubugbog ako', 'binugbog nya', 'binugbog niya', 'sinaktan ako ng', 'sinasaktan sya', 'sinasaktan siya', 'binato ako ng plato', 'binato nya ako ng'],
      },
      pt: {
        say: ['me bateu com', 'bateu com uma', 'me jogou uma', 'jogou um copo em mim', 'jogou o prato em mim'],
      },
      id: {
        say: ['dia mukul lagi', 'suami pukul saya', 'suami pukul aku', 'pacar pukul', 'suami mukul', 'pacar mukul', 'mukul kepala', 'mukul bapak', 'mukul istrinya', 'mukulin cewek', 'nampar kakek', 'nampar nenek', 'kepala aku ke tembok', 'kepala saya ke tembok'],
      },
    },
  },
  {
    name: 'heard through the wall: someone being hit or screaming “stop”; locked in, the key taken; a weapon held at the door; “you won’t leave alive”',
    signal: 'violence',
    words: {
      ja: {
        say: ['をけり続けた', 'をけりつづけた', 'でてこないところす', '出てこないと殺す', '首つかまれ', '首をつかまれ', 'くびをつかまれ', 'くびつかまれ', '首をつかん', 'くびをつかん', '首を掴ん', '首を掴まれ', '首をつかみ', 'くびをつかみ', '首を掴み', '胸ぐらをつかまれ', 'むなぐらをつかまれ', '胸ぐらを掴まれ', '壁に押しつけ', 'かべにおしつけ', '実家燃やす', '実家を燃やす', 'じっかもやす', 'じっかをもやす', '家を燃やす', 'いえをもやす', 'むりやりつれていこう', '無理やり連れて行こう', '無理矢理連れて行こう', 'いまちかくにかくれ', 'いまかくれて', '今隠れて', '今かくれて'],
        pairs: [
          { reach: 16, a: ['かぎをしめ', '鍵をしめ', '鍵を閉め', '鍵をかけ', 'かぎをかけ', 'かぎをとられ', '鍵を取られ'], b: ['でられない', '出られない', 'でられません', '出られません', 'だしてくれない', '出してくれない'] },
          { reach: 16, a: ['元カレ', '元彼', '元夫', 'もとかれ', 'もとおっと', '夫', 'おっと', '彼氏', 'かれし', 'まえのかれし', 'まえのおっと'], b: ['窓割', '窓を割', 'まどわ', 'まどをわ', '入ってこようと', 'はいってこようと', 'むりやり', '無理やり'] },
          { ordered: true, reach: 12, a: ['わたしを', '私を', 'ははを', '母を'], b: ['たたいた', '叩いた', 'なぐった', '殴った', 'けった', '蹴った', 'おした', '押した', 'つきとばした', '突き飛ばした'] },
          // a cry overheard: 「やめて、痛い」って聞こえた, 「助けて」と叫ぶ声
          { ordered: true, reach: 4, a: ['やめて', '痛い', 'いたい', '助けて', 'たすけて', '許して', 'ゆるして'], b: ['って聞こえ', 'ってきこえ', 'と聞こえ', 'ときこえ', 'という声', 'っていう声', 'って声', 'と叫ぶ', 'とさけぶ', 'って叫', 'ってさけ'] },
          { reach: 24, acrossSentences: true, a: ['にげた', '逃げた', 'にげてきた', '逃げてきた'], b: ['おっとがきました', '夫が来', 'ばしょがわかった', '場所がわかった', '場所がばれ', 'ばしょがばれ'] },
        ],
      },
      en: {
        say: ['hell finish it', 'he will finish it', 'hell finish me', 'finish me off', 'crying please stop', 'crying out stop it', 'him crying stop', 'her crying stop', 'him screaming stop', 'her screaming stop', 'him yelling stop', 'her yelling stop', 'shouting help me', 'screaming help me', 'screaming for help next door', 'took my keys and my phone', 'took my phone and my keys', 'wont leave alive', 'not leave alive'],
        pairs: [{ reach: 80, acrossSentences: true,
          a: ['hear him', 'hear her', 'heard him', 'heard her', 'hearing him', 'hearing her', 'i can hear', 'through the wall', 'through the floor', 'through the ceiling'],
          b: ['screaming at her', 'screaming at him', 'shouting at him', 'shouting at her', 'hit by', 'please stop', 'stop it', 'help me', 'things smashing', 'keeps crashing', 'black eye', 'crying out', 'hitting her', 'hitting him', 'beating her', 'beating him'] }],
      },
      zh: {
        say: ['听到隔壁在打', '听到楼上在打', '隔壁一直喊救命', '楼上一直喊救命', '喊救命', '一直喊不要打', '把钥匙和手机都拿走', '拿走我的钥匙', '活着走不出去', '别想活着出去', '拿着刀站在门口', '拿着锤子站在门口'],
      },
      ko: {
        say: ['옆집에서 때리는 소리', '윗집에서 때리는 소리', '살려달라는 소리', '살려 달라는 소리', '그만하라고 비명', '열쇠를 가져가', '열쇠랑 휴대폰을 가져', '살아서 못 나가', '칼을 들고 문 앞', '망치를 들고'],
      },
      vi: {
        say: ['nghe tiếng đánh nhau bên', 'nghe tiếng kêu cứu', 'kêu cứu bên nhà', 'la hét cứu với', 'lấy chìa khóa và điện thoại', 'lấy hết chìa khóa', 'không cho ra khỏi phòng', 'đừng hòng sống mà ra', 'cầm dao đứng ở cửa', 'cầm búa đứng ở cửa'],
      },
      ne: {
        say: ['छिमेकीको घरबाट कुटेको आवाज', 'बचाऊ भनेर कराइरहेकी', 'बचाउ भनेर कराइरहेकी', 'bachau bhanera karaudai', 'chabi ra phone lagyo', 'साँचो र फोन लग्यो', 'जिउँदै निस्कन दिन्न', 'jiudai niskina dinna'],
      },
      tl: {
        say: ['tinututukan ng kutsilyo', 'tinutukan ng kutsilyo', 'tinutukan ako ng', 'nilagyan ng kandado', 'kinandado ako', 'kinakandado ako', 'kinukulong ako', 'sinira nya phone ko', 'sinira niya phone ko', 'sinira nya cellphone ko', 'pag nakita kita tapos ka', 'isusunod nya ako', 'isusunod niya ako', 'babalian ng binti', 'tinusok niya ako', 'tinusok nya ako', 'pinaso ang braso', 'pinaso nya ako', 'pinaso niya ako', 'sinusuntok niya ako', 'sinusuntok nya ako', 'ibabangga niya tayo', 'ibabangga nya tayo', 'hindi ako lalabas nang buhay', 'di ako lalabas nang buhay', 'hindi niya ako pinapababa', 'hindi nya ako pinapababa'],
        pairs: [{ reach: 60, acrossSentences: true, a: ['asawa ko', 'ex ko', 'boyfriend ko', 'bf ko', 'mister', 'live in ko'], b: ['hindi ako makalabas', 'di ako makalabas', 'kinuha ang susi', 'kinuha nya ang susi', 'may hawak na martilyo', 'may hawak na tubo', 'may hawak na kutsilyo', 'hawak na martilyo', 'hawak na tubo'] }],
      },
      pt: {
        say: ['ouvi ela gritando socorro', 'gritando socorro', 'gritando pede pra parar', 'pegou minhas chaves e meu celular', 'tirou a chave e o celular', 'não saio viva daqui', 'não vou sair viva', 'com uma faca na porta', 'com um martelo na porta'],
      },
      id: {
        say: ['kedengeran mukul', 'kedengaran memukul', 'teriak minta tolong', 'teriak2 minta tolong', 'ambil semua kunci', 'ambil kunci dan hp', 'gak bakal keluar hidup', 'tidak akan keluar hidup', 'bawa pisau di depan pintu', 'bawa palu'],
      },
    },
  },
  {
    name: 'a grip on the neck, a threat to kill said in spoken forms (Cantonese, romanised Nepali), things other than a knife swung or thrown, an old parent pushed down for money',
    signal: 'violence',
    words: {
      ja: { pairs: [{ reach: 16, a: ['死ね', 'しね'], b: ['叩いて', 'たたいて', '殴って', 'なぐって', '蹴って', 'けって'] }] },
      en: { say: ['threw a chair at me', 'throwing a chair at me', 'throwing chairs at me', 'threw a pan at me', 'swung a bat at me', 'swinging a bat at me', 'hit me with a belt', 'hits me with a belt', 'hit me with a stick', 'hits me with a stick', 'hit her with his cane', 'hits her with his cane', 'hit her with a stick'] },
      zh: {
        say: ['箍住我条颈', '揸住我嘅颈', '揸住我条颈', '掐住我条颈', '捏住我条颈', '杀晒我哋', '杀晒你哋', '话要杀死我', '话要杀咗我', '全家一起死', '一家人一起死', '要么一起死'],
        pairs: [{ ordered: true, reach: 6, a: ['拐杖', '棍子', '衣架', '椅子', '皮带', '铁棒', '球棒', '木棍'], b: ['打我', '打她', '打他', '一直打', '打头', '砸我', '砸她', '砸人'] }],
      },
      ko: { say: ['의자를 던져', '의자를 집어던', '몽둥이로 때', '벨트로 때', '허리띠로 때', '옷걸이로 때', '효자손으로 때'] },
      vi: {
        say: ['đẩy tôi ngã', 'xô tôi ngã', 'đẩy bà ngã', 'đẩy mẹ ngã', 'đẩy ông ngã'],
        pairs: [{ ordered: true, reach: 24, a: ['cứu', 'sợ quá', 'chạy', 'trốn', 'giúp'], b: ['ta có dao', 'hắn có dao', 'chồng có dao', 'nó có dao'] }, { reach: 12, a: ['cây phơi đồ', 'móc áo', 'dây nịt', 'thắt lưng', 'cán chổi', 'cây chổi'], b: ['đánh tụi', 'đánh con', 'đánh em', 'đánh tôi', 'đánh mẹ', 'đánh nó', 'đánh cháu', 'đánh bé'] }],
      },
      ne: {
        say: ['धकेलेर लडायो', 'dhakelera ladayo', 'dhakalera ladayo', 'lauro le hirka', 'लौरोले हिर्का', 'lathi le hirka', 'लट्ठीले हिर्का', 'चक्कु देखाउँदै', 'chakku dekhaudai', 'तँलाई सक्छु', 'दुवैलाई सक्छु'],
        pairs: [{ ordered: true, reach: 8, a: ['bhane$', 'भने'], b: ['maarchau', 'marchau', 'maardinchu', 'mardinchu', 'मार्छु', 'मारिदिन्छु', 'मार्छौं'] }],
      },
      tl: { say: ['sinasakal ni', 'sinakal ni', 'sinasakal niya', 'sinakal niya', 'sinasakal nya', 'sinasakal ako', 'sinakal ako', 'tinatadyakan niya ako', 'tinadyakan niya ako', 'tinatadyakan nya ako', 'sinisipa niya ako', 'sasaktan nya ako', 'sasaktan niya ako'] },
      pt: {
        say: ['ele me soca', 'me socou', 'me socava'],
        pairs: [{ ordered: true, reach: 8, a: ['jogando', 'jogou', 'atirando', 'atirou', 'tacando', 'tacou'], b: ['cadeira em mim', 'prato em mim', 'garrafa em mim', 'coisas em mim', 'panela em mim'] }],
      },
      id: {
        pairs: [
          { ordered: true, reach: 8, a: ['atau gw', 'atau gue', 'atau aku', 'kalau nggak', 'kalo gak', 'kalau tidak'], b: ['pukul', 'bunuh', 'habisin'] },
          { reach: 24, a: ['mantan', 'ex$', 'suami', 'pacar'], b: ['maksa masuk rumah', 'maksa masuk lewat', 'memaksa masuk rumah', 'memaksa masuk lewat', 'mendobrak pintu', 'dobrak pintu'] },
        ],
      },
    },
  },
  {
    name: 'an ex, in any words (someone I used to date), at the door now, demanding to be let in or not leaving',
    signal: 'violence',
    words: {
      ja: { say: ['開けろと叫', 'あけろとさけ', '入れろと叫', 'いれろとさけ'] },
      en: {
        say: ['trying the handle', 'trying the door handle', 'rattling the door', 'rattling the handle', 'trying my door'],
        pairs: [{ reach: 60, acrossSentences: true,
          a: ['my ex', 'ex husband', 'ex boyfriend', 'ex partner', 'ex wife', 'ex girlfriend', 'used to date', 'used to go out with', 'guy i dated', 'man i dated', 'i used to see', 'i used to be with'],
          b: ['let him in', 'let her in', 'open the door', 'at my door', 'outside my door', 'wont leave my door', 'trying to get in'] }],
      },
      zh: {
        say: ['喊我开门', '逼我开门', '拧门把'],
        pairs: [{ reach: 20, a: ['前夫', '前男友', '前任', '前妻', '交往过的', '以前的男朋友'], b: ['不肯走', '赖着不走', '硬要进'] }],
      },
      ko: {
        pairs: [{ reach: 30, acrossSentences: true,
          a: ['전남편', '전 남편', '전남친', '전 남친', '전 남자친구', '전 애인', '전애인', '사귀던 사람', '만나던 사람', '전 여친'],
          b: ['문 열어', '문 열라', '열어달라', '열어 달라', '안 가고', '들어오려'] }],
      },
      vi: {
        pairs: [{ reach: 40,
          a: ['chồng cũ', 'người yêu cũ', 'bồ cũ', 'từng quen', 'từng yêu', 'vợ cũ'],
          b: ['đòi vào', 'đòi mở cửa', 'đòi tôi mở', 'đòi em mở', 'bắt tôi mở', 'bắt em mở', 'không chịu về', 'không chịu đi'] }],
      },
      ne: {
        pairs: [{ reach: 40, acrossSentences: true,
          a: ['पहिलेको श्रीमान', 'पुरानो श्रीमान', 'पूर्व श्रीमान', 'purano shriman', 'pahileko shriman', 'ex boyfriend', 'purano boyfriend'],
          b: ['ढोका खोल', 'ढोकामा', 'भित्र पस्न', 'dhoka khol', 'dhoka ma', 'bhitra pasna'] }],
      },
      tl: {
        pairs: [{ reach: 40, acrossSentences: true,
          a: ['ex ko', 'dating asawa', 'dati kong asawa', 'dati kong karelasyon', 'dating karelasyon', 'dati kong bf', 'dating bf', 'dating kasintahan'],
          b: ['pilit na pumapasok', 'pilit pumapasok', 'pumasok sa bahay', 'buksan ko ang pinto', 'buksan ang pinto', 'labas ng pinto'] }],
      },
      pt: {
        pairs: [{ reach: 48, acrossSentences: true,
          a: ['meu ex', 'ex marido', 'ex namorado', 'ex companheiro', 'com quem eu saía', 'que eu namorava'],
          b: ['abrir a porta', 'pra eu abrir', 'para eu abrir', 'querendo entrar', 'tentando entrar', 'forçando a porta', 'na minha porta', 'não vai embora', 'nao vai embora'] }],
      },
      id: {
        pairs: [{ reach: 40, acrossSentences: true,
          a: ['mantan', 'bekas suami', 'eks suami', 'eks pacar', 'orang yang dulu pacaran'],
          b: ['maksa masuk', 'maksa mau masuk', 'memaksa masuk', 'paksa masuk', 'gedor', 'suruh buka pintu', 'minta dibukain'] }],
      },
    },
  },
  {
    name: 'workers shut in by a boss or broker: locked in the dormitory or the factory, phones or passports taken, nobody leaves until they sign',
    signal: 'violence',
    words: {
      ja: {
        say: ['寮に閉じ込め', 'りょうにとじこめ', '工場に閉じ込め', 'こうじょうにとじこめ', 'サインするまで出さな', 'さいんするまでださな', 'サインするまで帰さな', '誰も出られな'],
        pairs: [{ reach: 16, a: ['社長', '班長', '上司', '監理団体', 'ブローカー'], b: ['閉じ込め', 'とじこめ', '出してくれな', 'だしてくれな', '帰してくれな'] }],
      },
      en: {
        say: ['nobody leaves until', 'no one leaves until', 'no one can leave until', 'nobody can leave until', 'not let us leave until', 'wont let us leave', 'wont let us out', 'locked us in the', 'locked in the dormitory', 'locked in the dorm'],
        pairs: [{ ordered: true, reach: 24, a: ['locked', 'locks', 'shut'], b: ['in the dormitory', 'in the dorm', 'in the factory', 'in the warehouse', 'in the container', 'in the workers room', 'in the hostel'] }],
      },
      zh: { say: ['锁在宿舍', '关在宿舍', '锁在工厂', '关在工厂', '锁在仓库', '谁都不许走', '谁也不许走', '谁都不准走', '不签就不让走', '不让我们走', '不让我们出去'] },
      ko: {
        say: ['기숙사에 가두', '기숙사에 가뒀', '공장에 가두', '공장에 가뒀', '아무도 못 나간', '아무도 못 나가', '우리를 못 나가게', '저희를 못 나가게', '우리를 가두', '저희를 가두'],
      },
      vi: { say: ['nhốt chúng tôi', 'nhốt bọn tôi', 'nhốt chúng em', 'nhốt bọn em', 'nhốt trong ký túc xá', 'khóa trong ký túc xá', 'không cho chúng tôi ra', 'không cho bọn em ra', 'không ai được ra', 'không ai được về'] },
      ne: { say: ['हामीलाई थुन', 'hamilai thun', 'हामीलाई बाहिर निस्कन दिँदैन', 'कसैलाई बाहिर जान दिँदैन', 'डर्मिटरीमा थुन', 'कोठामा थुनेर', 'hamilai bahira jana didaina'] },
      tl: { say: ['ikinulong kami', 'kinulong kami', 'kinandado kami', 'ikinandado kami', 'hindi kami pinapalabas', 'ayaw kaming palabasin', 'walang makakaalis', 'walang puwedeng umalis', 'walang pwedeng umalis'] },
      pt: { say: ['trancou a gente', 'trancaram a gente', 'nos trancou', 'nos trancaram', 'trancados no alojamento', 'trancadas no alojamento', 'ninguém sai até', 'ninguem sai ate', 'não deixa a gente sair', 'não deixam a gente sair'] },
      id: { say: ['mengunci kami', 'mengurung kami', 'dikurung di asrama', 'dikunci di asrama', 'menyekap kami', 'tidak ada yang boleh keluar', 'tidak boleh keluar sampai', 'nggak boleh keluar sampai'] },
    },
  },
  {
    // «地下錢莊的人說知道我女兒讀哪間學校，不匯錢就去學校找她», 「闇金が『娘の学校知ってるぞ』」: a lender or
    // collector who names where the children go to school, or threatens fire. (Calls at work, a threat
    // to sue or to post my data stay with money trouble.)
    name: 'a loan shark or debt collector threatening the family: “we know your daughter’s school”, fire',
    signal: 'violence',
    words: {
      ja: { pairs: [{ reach: 60, acrossSentences: true, a: ['闇金', 'やみきん', '取り立て', 'とりたて', '借金取り'], b: ['学校知って', 'がっこうしって', '学校に行くぞ', '火つけ', 'ひつけ', '火をつけ'] }] },
      en: { pairs: [{ reach: 80, acrossSentences: true, a: ['loan shark', 'debt collector', 'collectors'], b: ['know where my kid', 'know where my daughter', 'know where my son', 'her school', 'his school', 'set fire'] }] },
      zh: { pairs: [{ reach: 40, acrossSentences: true, a: ['地下钱庄', '地下錢莊', '高利贷', '高利貸', '讨债', '討債'], b: ['读哪间学校', '讀哪間學校', '在哪上学', '去学校找', '去學校找', '放火'] }] },
      ko: { pairs: [{ reach: 50, acrossSentences: true, a: ['사채', '추심', '빚쟁이'], b: ['학교 안다', '학교 알아', '학교로 찾아', '불 지르'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: true, a: ['tín dụng đen', 'đòi nợ', 'chủ nợ'], b: ['biết trường', 'đến trường tìm', 'đốt nhà'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: true, a: ['साहु', 'sahu'], b: ['स्कुल थाहा', 'आगो लगाइदिन्छु', 'school thaha'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: true, a: ['5-6', 'pinagkakautangan', 'maniningil'], b: ['kung saan nag-aaral', 'pupuntahan sa school', 'susunugin'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: true, a: ['agiota', 'cobrador'], b: ['sabe onde minha filha estuda', 'sabem onde minha filha estuda', 'sabe onde meu filho estuda', 'tacar fogo'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: true, a: ['rentenir', 'penagih'], b: ['tahu sekolah', 'tau sekolah', 'datang ke sekolah', 'bakar rumah'] }] },
    },
  },
  {
    // «刚才又在大吼…东西砸到墙上的声音，老爷爷一直在喊疼»: from next door, shouting or things smashed, and
    // someone crying out in pain now. (A child who fell and cries that it hurts is not this.)
    name: 'heard from next door: shouting or smashing, and someone crying out in pain',
    signal: 'violence',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: true, a: ['怒鳴り声', 'どなりごえ', '物が壊れる音'], b: ['痛いって叫', 'いたいってさけ'] }] },
      en: { pairs: [{ reach: 80, acrossSentences: true, a: ['yelling', 'smashing'], b: ['crying out in pain', 'screaming in pain'] }] },
      zh: { pairs: [{ reach: 40, acrossSentences: true, a: ['大吼', '怒吼', '砸到墙', '砸到牆', '砸东西', '砸東西', '老不死'], b: ['喊疼', '喊痛', '惨叫', '慘叫'] }] },
      ko: { pairs: [{ reach: 50, acrossSentences: true, a: ['고함', '물건 부수'], b: ['아프다고 소리', '비명'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: true, a: ['quát', 'đập đồ'], b: ['kêu đau', 'la đau'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: true, a: ['कराउँदै', 'सामान फुटाउ'], b: ['दुख्यो भन्दै', 'dukhyo bhandai'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: true, a: ['sumisigaw', 'nagbabasag'], b: ['umiiyak sa sakit', 'aray nang aray'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: true, a: ['gritando', 'quebrando'], b: ['gritando de dor', 'gemendo de dor'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: true, a: ['membentak', 'banting barang'], b: ['teriak kesakitan', 'merintih kesakitan'] }] },
    },
  },
  {
    // A complaint that warns: "he'll kill her one day and you'll say you didn't know", «迟早会打死她».
    name: 'a warning in anger: one day he will kill her, sooner or later someone is beaten to death',
    signal: 'violence',
    words: {
      ja: { pairs: [{ ordered: true, reach: 20, a: ['いつか', 'そのうち', 'このままだと', 'このままじゃ', 'いずれ'], b: ['彼女を殺', 'かのじょをころ', '奥さんを殺', 'おくさんをころ', '殺されますよ', 'ころされますよ', '死人が出', 'しにんがで'] }] },
      en: { pairs: [{ reach: 32, a: ['sooner or later', 'at this rate'], b: ['beat her to death', 'beat him to death'] }] },
      zh: { pairs: [{ ordered: true, reach: 16, a: ['总有一天', '迟早', '早晚', '再这样下去', '这样下去'], b: ['打死', '杀了她', '杀了他', '杀死', '出人命'] }] },
      ko: { pairs: [{ ordered: true, reach: 24, a: ['언젠가', '이러다가'], b: ['맞아 죽', '때려 죽'] }] },
      vi: { pairs: [{ ordered: true, reach: 24, a: ['có ngày', 'sớm muộn', 'kiểu này', 'cứ thế này'], b: ['giết chết', 'đánh chết', 'giết cô', 'giết chị', 'giết vợ'] }] },
      ne: { pairs: [{ ordered: true, reach: 30, a: ['कुनै दिन', 'एक दिन', 'kunai din', 'ek din'], b: ['मारिदिन्छ', 'मारिन्छे', 'maridinchha', 'marinchhe'] }] },
      tl: { pairs: [{ ordered: true, reach: 30, a: ['balang araw', 'pag nagtagal'], b: ['mapapatay niya', 'bubugbugin hanggang mamatay'] }] },
      pt: { pairs: [{ ordered: true, reach: 24, a: ['um dia', 'qualquer dia', 'cedo ou tarde', 'desse jeito', 'uma hora'], b: ['vai matar ela', 'vai matá la', 'vai acabar matando', 'vai matar a mulher', 'vai matar alguém'] }] },
      id: { pairs: [{ ordered: true, reach: 24, a: ['suatu hari', 'suatu saat', 'cepat atau lambat', 'begini terus', 'gini terus', 'bisa bisa'], b: ['bakal bunuh', 'akan membunuh', 'akan bunuh', 'bisa bunuh', 'bunuh istrinya', 'bunuh anaknya'] }] },
    },
  },
  {
    // 「ころすぞ」, «yamete, yamete», "shouting for help" heard through the wall with thumping or breaking;
    // an older parent or in-law kicked, pushed or a stick raised at them now; a carer who slapped the
    // parent they care for; a knife held, typed in romaji or text spelling.
    name: 'heard next door: a cry for help, “stop” or a threat to kill, with thumping or breaking; an older parent or in-law kicked, pushed, a stick raised; a knife held, I ran',
    signal: 'violence',
    words: {
      ja: {
        // romaji is often taken for another language, whose pairs then do not run: a knife held, as one phrase
        say: ['杖を振り上げ', 'つえをふりあげ', '棒を振り上げ', 'ぼうをふりあげ', ...ROMAJI_KNIFE.flatMap((k) => ['kowai', 'nige', 'tasukete', 'koros', 'oikake', 'abare'].flatMap((b) => [`${k}...${b}`, `${b}...${k}`]))],
        pairs: [
          { reach: 60, acrossSentences: 2, a: ['殺すぞ', 'ころすぞ', '殺してやる', 'ころしてやる', '助けてって', 'たすけてって', '助けてと', 'たすけてと', 'やめてって', 'やめてと', '悲鳴', 'ひめい', 'yamete'], b: ['物が壊れる', 'ものがこわれる', '壊れる音', 'こわれるおと', '割れる音', 'われるおと', '殴る音', 'なぐるおと', '叩く音', 'たたくおと', '壁にぶつか', 'かべにぶつか', 'どすん', 'がしゃん'] },
        ],
      },
      en: { pairs: [{ reach: 80, acrossSentences: 2, a: ['shouting for help', 'screaming for help', 'yelling for help', 'crying for help', 'calling for help', 'screaming stop', 'yelling stop', 'begging him to stop', 'begging her to stop', 'yamete'], b: ['thumping', 'thuds', 'thudding', 'banging', 'something breaking', 'things breaking', 'smashing', 'crashing', 'glass breaking', 'against the wall'] }] },
      zh: {
        say: ['怕自己又会打', '怕我又会打', '怕自己再打', '怕自己忍不住打'],
        pairs: [
          { ordered: true, reach: 16, a: ['打了', '扇了', '给了'], b: ['妈一巴掌', '爸一巴掌', '婆一巴掌', '公一巴掌', '奶奶一巴掌', '爷爷一巴掌', '妈一耳光', '爸一耳光'] },
          { reach: 40, acrossSentences: true, a: ['喊救命', '叫救命', '呼救', '喊住手', '别打了', '不要打了', '杀了你'], b: ['砰砰', '咚咚', '摔东西', '砸东西', '东西碎', '打人的声音', '撞墙', '撞到墙', '玻璃碎'] },
        ],
      },
      ko: { pairs: [{ reach: 60, acrossSentences: true, a: ['살려 달라', '살려달라', '살려줘', '살려 줘', '그만하라고', '하지 말라고', '죽여 버리', '죽여버리'], b: ['쿵쿵', '쾅쾅', '깨지는 소리', '부서지는 소리', '때리는 소리', '벽에 부딪', '던지는 소리'] }] },
      vi: {
        say: ['sợ tôi lại đánh', 'sợ lại đánh', 'sợ mình lại đánh', 'sợ em lại đánh'],
        pairs: [
          { ordered: true, reach: 2, a: ['tôi tát', 'tôi đánh', 'em tát', 'em đánh', 'con tát', 'con đánh', 'mình tát', 'mình đánh'], b: ['mẹ$', 'bố$', 'ba$', 'má$', 'bà$', 'ông$'] },
          { ordered: true, reach: 4, a: ['đang đá', 'đang đánh', 'đang đấm', 'đang đạp', 'đánh', 'xô ngã', 'đẩy ngã'], b: ['mẹ chồng', 'mẹ vợ', 'bố chồng', 'bố vợ', 'bà nội', 'bà ngoại', 'ông nội', 'ông ngoại', 'ông cụ', 'bà cụ', 'mẹ già', 'bố già'] },
          { reach: 60, acrossSentences: true, a: ['kêu cứu', 'la cứu', 'cứu với', 'xin đừng đánh', 'đừng đánh nữa', 'yamete'], b: ['tiếng đập', 'tiếng đánh', 'tiếng rầm', 'rầm rầm', 'đồ vỡ', 'tiếng vỡ', 'đập đồ', 'đập vào tường', 'đập vô tường'] },
        ],
      },
      ne: {
        pairs: [
          { reach: 24, a: ['lauro', 'laathi', 'lathi', 'latthi', 'लौरो', 'लट्ठी', 'लाठी'], b: ['uthayera', 'uthaera', 'uthaaera', 'uthayo', 'hanna khoj', 'उठाएर', 'उठायो', 'हान्न खोज'] },
          { ordered: true, reach: 16, a: ['buwa lai', 'buba lai', 'baba lai', 'aama lai', 'ama lai', 'buwalai', 'bubalai', 'babalai', 'aamalai', 'hajurbuwa lai', 'hajurba lai', 'hajurama lai', 'sasu lai', 'sasura lai', 'बुवालाई', 'बुबालाई', 'बाबालाई', 'आमालाई', 'हजुरबुबालाई', 'हजुरबुवालाई', 'हजुरआमालाई', 'सासुलाई', 'ससुरालाई'], b: ['dhakka', 'lattale', 'laattale', 'kutyo', 'kutdai', 'kutirakheko', 'kutiraheko', 'kutirahanu', 'pitdai', 'pityo', 'pitiraheko', 'pitirahanu', 'hirkayo', 'hirkaudai', 'hirkairaheko', 'hirkairahanu', 'hirkaunubhayo', 'thappad', 'hanirakheko', 'धक्का', 'लात्ताले', 'कुट्यो', 'कुट्दै', 'कुटिरहेको', 'कुटिरहनुभएको', 'कुट्नुभयो', 'पिट्यो', 'पिट्दै', 'पिटिरहेको', 'पिटिरहनुभएको', 'हिर्कायो', 'हिर्काउँदै', 'हिर्काइरहेको', 'हिर्काइरहेका', 'हिर्काइरहनुभएको', 'हिर्काउनुभयो', 'थप्पड'] },
          { reach: 60, acrossSentences: true, a: ['bachau bhan', 'bachaau bhan', 'बचाऊ भन', 'बचाउ भन', 'nagara bhan', 'नगर भन', 'yamete'], b: ['dhyam', 'dham dham', 'phuteko', 'futeko', 'kuteko awaj', 'pitne awaj', 'फुटेको', 'कुटेको आवाज', 'bhitta ma', 'भित्तामा'] },
          { reach: 24, a: ['chakku', 'chhuri', 'khukuri', 'चक्कु', 'छुरी', 'खुकुरी'], b: ['bhagen', 'bhagera', 'dar lagyo', 'darr lagyo', 'maarchu', 'marchu', 'maardinchu', 'भागें', 'डर लाग्यो', 'मार्छु'] },
        ],
      },
      tl: {
        pairs: [
          { ordered: true, reach: 16, a: ['sinisipa', 'sinipa', 'sinasampal', 'sinampal', 'sinusuntok', 'sinuntok', 'binubugbog', 'binugbog', 'hinahampas', 'hinampas', 'tinadyakan', 'tinatadyakan', 'nasampal ko', 'napalo ko'], b: ['si lola', 'si lolo', 'si nanay', 'si tatay', 'si mama', 'si papa', 'si inay', 'si itay', 'si okaasan', 'si otousan', 'biyenan', 'ang matanda', 'yung matanda'] },
          { ordered: true, reach: 12, a: ['itinaas', 'tinaas', 'inangat'], b: ['tungkod', 'pamalo', 'kahoy', 'dos por dos'] },
          { reach: 60, acrossSentences: true, a: ['humihingi ng tulong', 'sumisigaw ng tulong', 'sigaw ng tulong', 'saklolo', 'tama na daw', 'tama na raw', 'yamete'], b: ['kalabog', 'kumakalabog', 'nababasag', 'may nabasag', 'binabalibag', 'hinahampas', 'sa pader', 'sa dingding'] },
          { reach: 32, a: ['kutsilyo', 'itak', 'patalim'], b: ['may hawak siyang', 'may hawak syang', 'may hawak na', 'hawak niya ang', 'hawak nya ang', 'tumakbo ako', 'tumakas ako', 'papatayin', 'itinutok', 'tinutok'] },
        ],
      },
      pt: {
        pairs: [
          { ordered: true, reach: 12, a: ['chutando', 'chutou', 'espancando', 'espancou', 'empurrou', 'dei um tapa', 'dei uns tapas', 'levantou a bengala', 'levantou um pau', 'levantou o pau'], b: ['minha sogra', 'meu sogro', 'minha avó', 'meu avô', 'minha mãe', 'meu pai', 'no meu pai', 'na minha mãe', 'o velhinho', 'a velhinha', 'pra bater', 'para bater'] },
          { reach: 60, acrossSentences: true, a: ['pedindo socorro', 'gritando socorro', 'gritando por socorro', 'pedindo pra parar', 'pedindo para parar', 'yamete'], b: ['barulho de coisa', 'coisa batendo', 'batendo na parede', 'coisa quebrando', 'quebrando tudo', 'barulho de pancada', 'pancadas', 'barulho de vidro', 'estrondo'] },
          { reach: 32, a: ['uma faca', 'com faca', 'facão', 'canivete'], b: ['corri pra fora', 'corri para fora', 'fugi', 'to com medo', 'tô com medo', 'estou com medo', 'vai me matar'] },
        ],
      },
      id: {
        pairs: [
          { ordered: true, reach: 4, a: ['menendang', 'nendang', 'nendangin', 'memukul', 'mukulin', 'memukuli', 'menampar', 'nampar', 'angkat tongkat', 'mengangkat tongkat'], b: ['ibu mertua', 'bapak mertua', 'mertua', 'nenek', 'kakek', 'bapak$', 'ibu$', 'ibuku', 'bapakku', 'ayah', 'mau memukul'] },
          { reach: 60, acrossSentences: true, a: ['minta tolong', 'teriak tolong', 'minta ampun', 'ampun ampun', 'yamete'], b: ['gedebuk', 'gedubrak', 'gubrak', 'barang pecah', 'benda pecah', 'suara pukulan', 'dibanting', 'ke tembok', 'ke dinding'] },
        ],
        idioms: ['ibu jari'],
      },
    },
  },
  {
    // «かれが ドアの まえに いる。あけろって さけんでる。こわい»: someone at the door shouting to be let in,
    // and the writer (or the friend whose message is passed on) afraid.
    name: 'someone at the door shouting “open up”, and I am scared',
    signal: 'violence',
    words: {
      ja: { pairs: [{ reach: 30, acrossSentences: true, a: ['あけろ', '開けろ', 'ドアを開けてと叫', 'どあをあけてとさけ', 'あけてとどな', '開けてと怒鳴'], b: ['こわい', '怖い', 'こわくて', '怖くて', 'ふるえ', '震え', 'たすけて', '助けて'] }] },
      en: { pairs: [{ reach: 40, acrossSentences: true, a: ['yelling to open', 'yelling at me to open', 'shouting to open', 'shouting at me to open', 'screaming to open', 'screaming at me to open', 'yelling open the door', 'shouting open the door', 'yelling open up', 'shouting open up', 'screaming open up', 'demanding i open', 'telling me to open the door or'], b: ['scared', 'afraid', 'terrified', 'frightened', 'shaking', 'help me'] }] },
      zh: { pairs: [{ reach: 20, acrossSentences: true, a: ['喊开门', '喊我开门', '叫我开门', '吼着开门', '吼我开门', '逼我开门', '让我开门', '叫我開門', '喊開門'], b: ['害怕', '好怕', '很怕', '吓死', '嚇死', '发抖', '發抖', '救命'] }] },
      ko: { pairs: [{ reach: 30, acrossSentences: true, a: ['문 열라고', '문열라고', '문 열어라', '문 열어!', '문 열으라고'], b: ['무서', '떨려', '살려'] }] },
      vi: { pairs: [{ reach: 40, acrossSentences: true, a: ['hét mở cửa', 'quát mở cửa', 'la mở cửa', 'gào mở cửa', 'bắt mở cửa', 'bắt em mở cửa', 'bắt tôi mở cửa', 'đòi mở cửa', 'mở cửa ra mau'], b: ['sợ quá', 'em sợ', 'tôi sợ', 'mình sợ', 'run quá', 'cứu em', 'cứu tôi'] }] },
      ne: { pairs: [{ reach: 40, acrossSentences: true, a: ['ढोका खोल भनेर', 'ढोका खोल्न कराइरहेको', 'dhoka khol bhanera', 'dhoka khola bhanera'], b: ['डर लाग्यो', 'डर लाग्छ', 'डराएको', 'dar lagyo', 'dar lagchha', 'darayeko'] }] },
      tl: { pairs: [{ reach: 40, acrossSentences: true, a: ['buksan ko daw', 'buksan ko raw', 'sumisigaw na buksan', 'sigaw ng sigaw buksan', 'pinabubuksan', 'pinapabuksan', 'buksan mo ang pinto', 'buksan mo to'], b: ['takot', 'natatakot', 'kinakabahan', 'nanginginig', 'tulungan'] }] },
      pt: { pairs: [{ reach: 40, acrossSentences: true, a: ['gritando pra eu abrir', 'gritando para eu abrir', 'gritando pra abrir', 'mandando eu abrir', 'abre essa porta', 'abre a porta logo'], b: ['medo', 'apavorada', 'tremendo', 'socorro'] }] },
      id: { pairs: [{ reach: 40, acrossSentences: true, a: ['teriak suruh buka', 'teriak-teriak suruh buka', 'nyuruh buka pintu', 'maksa buka pintu', 'buka pintunya', 'suruh bukain pintu'], b: ['takut', 'gemetar', 'tolong'] }] },
    },
  },
  {
    // «'pag di ako nag-reply in 1 hour tawag ka ng pulis'» with a husband raging and throwing things: a
    // friend who set a deadline to call the police if she goes quiet.
    name: 'a friend: “if I do not reply within the hour, call the police”; a husband raging and throwing things',
    signal: 'violence',
    words: {
      ja: { pairs: [{ reach: 30, a: ['へんじがなかったら', '返事がなかったら', '連絡がなかったら', 'れんらくがなかったら', '返信がなかったら', 'へんしんがなかったら'], b: ['警察', 'けいさつ', '110番', '110ばん'] }] },
      en: { pairs: [{ reach: 40, a: ['if i dont reply', 'if i dont answer', 'if i dont text', 'if you dont hear from me', 'if i go quiet', 'if she doesnt reply', 'if she doesnt text'], b: ['call the police', 'call the cops', 'call 911', 'call 110', 'call 999', 'phone the police'] }] },
      zh: { pairs: [{ reach: 20, a: ['没回复', '沒回覆', '没回你', '没回消息', '不回消息', '没有回', '联系不上我'], b: ['报警', '報警', '叫警察', '打110'] }] },
      ko: { pairs: [{ reach: 30, a: ['답장 없으면', '답장이 없으면', '연락 없으면', '연락이 없으면', '답 없으면'], b: ['경찰', '112', '신고해'] }] },
      vi: { pairs: [{ reach: 40, a: ['không trả lời thì', 'ko trả lời thì', 'không nhắn lại thì', 'không thấy em nhắn', 'không liên lạc được thì'], b: ['gọi công an', 'gọi cảnh sát', 'báo công an', 'báo cảnh sát', 'gọi 110'] }] },
      ne: { pairs: [{ reach: 40, a: ['जवाफ नदिए', 'रिप्लाई नगरे', 'reply nagare', 'reply na gare', 'jawaf nadie'], b: ['प्रहरी', 'पुलिस', 'police', 'prahari'] }] },
      tl: { say: ['binabato na mga gamit', 'binabato na ang mga gamit', 'binabato ang mga gamit', 'binabato mga gamit', 'nagbabato ng gamit', 'nagbabato ng mga gamit', 'binabalibag ang mga gamit', 'nagbabalibag ng gamit'],
        pairs: [{ reach: 40, a: ['di ako nag-reply', 'di ako nagreply', 'hindi ako nag-reply', 'hindi ako nagreply', 'di ako sumagot', 'hindi ako sumagot', 'di ako makareply'], b: ['tawag ka ng pulis', 'tumawag ka ng pulis', 'tawagan mo ang pulis', 'tawagan mo pulis', 'tawag ng pulis', 'call the police'] }] },
      pt: { pairs: [{ reach: 40, a: ['se eu não responder', 'se eu nao responder', 'se eu não der notícia', 'se eu sumir', 'se não tiver resposta'], b: ['chama a polícia', 'chama a policia', 'liga pra polícia', 'liga pra policia', 'liga 110', 'chame a polícia'] }] },
      id: { pairs: [{ reach: 40, a: ['kalau aku gak bales', 'kalau aku ga bales', 'kalau aku nggak bales', 'kalau saya tidak membalas', 'kalau aku gak jawab', 'kalo aku ga bales'], b: ['telepon polisi', 'telpon polisi', 'panggil polisi', 'lapor polisi', 'hubungi polisi'] }] },
    },
  },
  {
    // «ともだち を なぐって います。 ともだち の かお から ち が でて います».
    name: 'someone beating another person now, with blood on the face or a cry for help',
    signal: 'violence',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 2, a: ['を殴って', 'をなぐって', 'を蹴って', 'をけって', 'を殴り続け', 'をなぐりつづけ'], b: ['血が', 'ちが', '血だらけ', 'ちだらけ', '助けて', 'たすけて'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: 2, a: ['is beating', 'are beating', 'is punching', 'is kicking', 'beating up'], b: ['blood', 'bleeding', 'help$'] }] },
      zh: { pairs: [{ reach: 30, acrossSentences: 2, a: ['正在打', '在打我', '打紧', '殴打'], b: ['流血', '满脸血', '出血', '救命'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 2, a: ['때리고 있', '폭행하고 있', '패고 있'], b: ['피가', '피투성이', '살려'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: 2, a: ['đang đánh', 'đang đấm', 'đang đá'], b: ['chảy máu', 'đầy máu', 'cứu'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: 2, a: ['कुटिरहेको', 'पिटिरहेको', 'kutiraheko', 'pitiraheko'], b: ['रगत', 'ragat', 'बचाउ', 'bachau'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 2, a: ['binubugbog', 'sinusuntok', 'sinisipa'], b: ['dugo', 'duguan', 'tulong'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: 2, a: ['está batendo', 'tá batendo', 'espancando', 'socando'], b: ['sangue', 'sangrando', 'socorro'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: 2, a: ['sedang memukul', 'lagi mukul', 'lagi mukulin', 'menghajar', 'dipukuli'], b: ['berdarah', 'darah', 'tolong'] }] },
    },
  },
  {
    // «mẹ thì thầm 'đừng về, nó đánh nữa'» («đừng về, không sao đâu», with no hitting, is reassurance)
    name: 'the one being hurt pleads “do not come (home), he will hit (me) again”',
    signal: 'violence',
    words: {
      ja: { pairs: [{ ordered: true, reach: 16, acrossSentences: 1, a: ['来ないで', 'こないで', '帰ってこないで'], b: ['また叩かれ', 'またたたかれ', 'また殴られ', 'またなぐられ', 'また叩く', 'また殴る'] }] },
      en: { pairs: [{ ordered: true, reach: 40, acrossSentences: 1, a: ['dont come', 'do not come'], b: ['hell hit me', 'hell hit you', 'he will hit', 'hell beat me', 'hit me again', 'beat me again', 'hell hurt me'] }] },
      zh: { pairs: [{ ordered: true, reach: 16, acrossSentences: 1, a: ['别回来', '不要回来', '你别来'], b: ['他又会打', '他又要打', '又要挨打', '会打你'] }] },
      ko: { pairs: [{ ordered: true, reach: 20, acrossSentences: 1, a: ['오지 마', '오지마', '들어오지 마'], b: ['또 때려', '또 때릴', '또 맞을', '때릴 거'] }] },
      vi: { pairs: [{ ordered: true, reach: 24, acrossSentences: 1, a: ['đừng về', 'đừng qua', 'đừng đến'], b: ['nó đánh', 'nó lại đánh', 'đánh nữa', 'lại đánh'] }] },
      ne: { pairs: [{ ordered: true, reach: 24, acrossSentences: 1, a: ['नआऊ', 'नफर्क', 'naaau', 'naau$'], b: ['फेरि कुट्', 'फेरि पिट्', 'pheri kut', 'feri kut'] }] },
      tl: { pairs: [{ ordered: true, reach: 40, acrossSentences: 1, a: ['wag kang uuwi', 'huwag kang uuwi', 'wag kang pumunta', 'wag ka nang umuwi'], b: ['sasaktan na naman', 'sasaktan niya ako', 'bubugbugin'] }] },
      pt: { pairs: [{ ordered: true, reach: 40, acrossSentences: 1, a: ['não venha', 'não vem', 'não volte'], b: ['ele vai bater', 'vai me bater', 'bater de novo', 'apanhar de novo'] }] },
      id: { pairs: [{ ordered: true, reach: 40, acrossSentences: 1, a: ['jangan pulang', 'jangan datang', 'gak usah pulang'], b: ['dia pukul lagi', 'dipukul lagi', 'dia mukul lagi', 'nanti dipukul'] }] },
    },
  },
  {
    // «元夫が今ドアの前にいる», «ele está aqui na porta agora», "he is outside with a knife": the one who hurt or
    // threatens the writer is there now. (A delivery man at the door, "my husband is downstairs with the
    // kids", an ex coming to pick the children up later stay quiet.)
    name: 'the ex or the one who hurt or threatens me is at the door, outside or downstairs now',
    signal: 'violence',
    words: {
      ja: { pairs: [
        { reach: 16, acrossSentences: 1, a: ['元夫', 'もとおっと', '元彼', 'もとかれ', '元カレ', 'もとかれし', '元旦那', 'もとだんな', '別れた夫', 'わかれたおっと'],
          b: ['今ドアの前', 'いまドアのまえ', 'いまどあのまえ', '今玄関', 'いまげんかん', '今家の前', 'いまいえのまえ', '今うちの前', 'いまうちのまえ', '今外に', 'いまそとに', '今下に', 'いましたに', 'ずっとドアの前', 'ずっと家の前', 'ずっといえのまえ'] },
        { reach: 16, acrossSentences: 1, a: ['殴った人', 'なぐったひと', '暴力をふるった', 'ぼうりょくをふるった', '包丁を持って', 'ほうちょうをもって', 'ナイフを持って', 'ないふをもって'],
          b: ['ドアの前にいる', 'どあのまえにいる', '玄関の前にいる', 'げんかんのまえにいる', '家の前にいる', 'いえのまえにいる', '外で待ってる', 'そとでまってる', '下で待ってる', 'したでまってる', '外にいる', 'そとにいる'] },
      ] },
      en: { pairs: [{ reach: 60, acrossSentences: 1,
        a: ['who hit me', 'who beat me', 'who hurt me', 'who attacked me', 'who threatened me', 'who raped me', 'my abuser', 'my stalker', 'with a knife', 'with a gun', 'with a bat', 'has a knife', 'got a knife'],
        b: ['outside', 'at the door', 'at my door', 'downstairs', 'in the hallway', 'at the gate', 'out front'] }] },
      zh: { pairs: [
        { reach: 16, acrossSentences: 1, a: ['前夫', '前男友', '前妻', '打我的人', '打过我的', '打過我的', '家暴我的', '拿着刀', '拿著刀', '拿刀'], b: ['现在就在', '現在就在', '现在在门', '現在在門', '就在门口', '就在門口', '就在门外', '就在門外', '就在楼下', '就在樓下', '站在门口', '站在門口', '守在门口', '守在門口', '守在楼下', '守在樓下', '在门口不走', '在門口不走'] },
      ] },
      ko: { pairs: [{ reach: 20, acrossSentences: 1,
        a: ['전남편', '전 남편', '전남친', '전 남친', '전 애인', '전처', '때린 사람', '때렸던 사람', '폭행한', '협박한', '칼을 들고', '칼 들고'],
        b: ['지금 문 앞', '지금 집 앞', '지금 밖에', '지금 밑에', '지금 아래', '지금 현관'] },
        { reach: 20, acrossSentences: 1, a: ['때린 사람', '때렸던 사람', '폭행한', '협박한', '칼을 들고', '칼 들고'], b: ['문 앞에 있', '문 앞에 서', '집 앞에 있', '집 앞에 서', '밖에 서 있', '현관 앞에'] }] },
      vi: { pairs: [{ reach: 40, acrossSentences: 1,
        a: ['chồng cũ', 'người yêu cũ', 'bồ cũ', 'người đã đánh', 'kẻ đã đánh', 'người từng đánh', 'cầm dao', 'mang dao'],
        b: ['đang ở trước cửa', 'đang đứng trước', 'đang đứng ngoài', 'đang ở ngoài', 'đang ở dưới nhà', 'đang đứng dưới', 'đang ở trước nhà', 'ngay trước cửa', 'ngoài cửa nhà'] }] },
      ne: { pairs: [{ reach: 40, acrossSentences: 1,
        a: ['पूर्व श्रीमान', 'पुरानो श्रीमान', 'छोडेको श्रीमान', 'पूर्व प्रेमी', 'कुट्ने मान्छे', 'कुटेको मान्छे', 'धम्की दिने', 'चक्कु लिएर', 'purba shriman', 'purano shriman', 'purba premi', 'chakku lierera', 'chakku liera',
          // a blade carried («चक्कु बोकेर आएको छ», «khukuri bokera aayo»)
          'चक्कु बोकेर', 'चक्कु लिएर', 'छुरा बोकेर', 'छुरा लिएर', 'छुरी बोकेर', 'खुकुरी बोकेर', 'खुकुरी लिएर', 'हतियार बोकेर', 'chakku bokera', 'chaku bokera', 'chhuri bokera', 'chhura bokera', 'khukuri bokera', 'khukuri liera', 'khukuri lierera'],
        b: ['अहिले ढोकामा', 'अहिले बाहिर', 'अहिले तल', 'अहिले घर बाहिर', 'ahile dhoka', 'ahile bahira', 'ahile tala', 'ahile ghar bahira'] },
        { reach: 40, acrossSentences: 1, a: ['कुट्ने मान्छे', 'कुटेको मान्छे', 'धम्की दिने', 'चक्कु लिएर', 'chakku lierera', 'chakku liera'], b: ['ढोकामा छ', 'ढोका बाहिर', 'बाहिर उभिएको', 'घर बाहिर', 'dhokama cha', 'dhokama chha', 'dhoka bahira', 'ghar bahira'] },
        // a blade carried, and the one carrying it at the door, the gate or outside the room now («ऊ मेरो कोठाको ढोका बाहिर छ रे,
        // चक्कु बोकेर आएको छ»); (a khukuri carried for a festival photo outside the house is no one at the door)
        { reach: 60, acrossSentences: 1,
          a: ['चक्कु बोकेर', 'छुरा बोकेर', 'छुरा लिएर', 'छुरी बोकेर', 'खुकुरी बोकेर', 'खुकुरी लिएर', 'हतियार बोकेर', 'chakku bokera', 'chaku bokera', 'chhuri bokera', 'chhura bokera', 'khukuri bokera', 'khukuri liera'],
          b: ['ढोका बाहिर', 'ढोकामा छ', 'ढोकामा उभि', 'बाहिर उभिएको', 'बाहिर उभिरहेको', 'घर बाहिर छ', 'घर बाहिर उभि', 'कोठा बाहिर छ', 'कोठाको ढोका', 'गेटमा छ', 'गेटमा उभि', 'गेटमा आएको', 'ढोकामा आएको', 'तल उभिएको', 'dhoka bahira', 'dhokama cha', 'dhokama chha', 'dhokama ubhi', 'ghar bahira cha', 'ghar bahira chha', 'ghar bahira ubhi', 'kotha bahira cha', 'kotha bahira chha', 'gate ma cha', 'gate ma chha', 'gate ma ubhi', 'gate ma aayeko', 'gate ma aaeko', 'dhokama aayeko', 'dhokama aaeko'] }] },
      tl: { pairs: [{ reach: 40, acrossSentences: 1,
        a: ['ex ko', 'dating asawa', 'dati kong asawa', 'nanakit sa akin', 'nambugbog sa akin', 'bumugbog sa akin', 'nagbanta sa akin', 'may dalang kutsilyo', 'may hawak na kutsilyo'],
        b: ['nasa labas ngayon', 'nasa labas ng bahay ngayon', 'nasa pinto ngayon', 'nasa baba ngayon', 'nandito sa labas', 'nandyan sa labas', 'nandiyan sa labas', 'nasa tapat ng bahay ngayon', 'nasa labas ng pinto ngayon', 'ngayon ang ex ko', 'ngayon ay nasa labas'] }] },
      pt: { say: ['ele está aqui na porta agora', 'ele tá aqui na porta agora', 'ele ta aqui na porta agora', 'ele está na porta agora', 'ele tá na porta agora', 'ele ta na porta agora'],
        pairs: [{ reach: 40, acrossSentences: 1,
          a: ['meu ex', 'ex-marido', 'ex marido', 'ex-namorado', 'ex namorado', 'ex-companheiro', 'que me bateu', 'que me agrediu', 'que me ameaçou', 'com uma faca', 'com faca'],
          b: ['na porta agora', 'lá fora agora', 'la fora agora', 'aqui fora agora', 'aqui embaixo agora', 'no portão agora', 'no portao agora', 'na frente de casa agora', 'na frente do prédio agora', 'parado na porta', 'parado lá fora', 'não sai da porta', 'nao sai da porta'] },
        // a knife (or a gun) in hand while waiting below the building, at the gate or the door, for an hour now («tá lá embaixo do
        // prédio faz uma hora com aquela faca da foto», «armado no portão me esperando»)
        { reach: 60, acrossSentences: 1,
          a: ['com uma faca', 'com a faca', 'com aquela faca', 'com essa faca', 'com faca', 'com um facão', 'com o facão', 'de faca na mão', 'faca na mão', 'com uma arma', 'com a arma', 'armado'],
          b: ['tá lá embaixo', 'ta la embaixo', 'está lá embaixo', 'tá embaixo do prédio', 'ta embaixo do predio', 'está embaixo do prédio', 'tá na porta', 'ta na porta', 'está na porta', 'tá no portão', 'ta no portao', 'está no portão', 'tá na portaria', 'ta na portaria', 'está na portaria', 'tá na frente', 'ta na frente', 'está na frente', 'parado embaixo', 'parado no portão', 'parado na frente', 'parado lá embaixo', 'me esperando', 'esperando lá fora', 'esperando la fora', 'esperando lá embaixo', 'esperando embaixo'] }] },
      id: { pairs: [{ reach: 40, acrossSentences: 1,
        a: ['mantan suami', 'mantan pacar', 'mantanku', 'mantan saya', 'mantan aku', 'yang mukulin aku', 'yang memukul saya', 'yang pernah mukul', 'yang ngancam', 'bawa pisau', 'bawa golok', 'pegang pisau'],
        b: ['sekarang ada di depan', 'sekarang di depan', 'sekarang di luar', 'sekarang ada di luar', 'sekarang di bawah', 'lagi di depan pintu', 'lagi di depan rumah', 'lagi di luar rumah', 'lagi di depan kos', 'lagi nunggu di luar', 'gak mau pergi dari depan'] }] },
    },
  },
  // ── crisis batch 7 (helper C): understated violence and threats ──
  {
    // «被男友推去撞牆», «畀佢推去撞牆»: pushed by a partner into a wall, onto the floor or down the stairs.
    name: 'pushed by a partner into a wall, to the floor or down the stairs',
    signal: 'violence',
    words: {
      ja: { pairs: [{ ordered: true, reach: 10, a: ['夫に', 'おっとに', '彼氏に', 'かれしに', '旦那に', 'だんなに'], b: ['壁に押し付け', 'かべにおしつけ', '壁にたたきつけ', 'かべにたたきつけ', '突き飛ばされ', 'つきとばされ'] }] },
      en: { pairs: [{ reach: 30, a: ['boyfriend', 'husband', 'partner'], b: ['shoved me into the wall', 'pushed me into the wall', 'slammed me into the wall', 'pushed me down the stairs', 'shoved me to the floor'] }] },
      ko: { pairs: [{ reach: 30, a: ['남친이', '남편이', '남자친구가'], b: ['벽에 밀쳐', '벽으로 밀', '밀쳐서 넘어', '계단에서 밀'] }] },
      vi: { pairs: [{ reach: 30, a: ['chồng', 'bạn trai'], b: ['đẩy em vào tường', 'đẩy tôi vào tường', 'xô em ngã', 'xô tôi ngã', 'đẩy em ngã'] }] },
      ne: { pairs: [{ reach: 30, a: ['श्रीमान', 'केटासाथी', 'shriman', 'boyfriend'], b: ['भित्तामा धकेल', 'bhittama dhakel', 'bhitta ma dhakel'] }] },
      tl: { pairs: [{ reach: 30, a: ['asawa ko', 'boyfriend ko', 'bf ko', 'jowa ko'], b: ['itinulak ako sa pader', 'tinulak ako sa pader', 'itinulak ako sa hagdan', 'tinulak ako sa hagdan'] }] },
      pt: { pairs: [{ reach: 30, a: ['marido', 'namorado', 'companheiro'], b: ['me empurrou contra a parede', 'me jogou contra a parede', 'me empurrou da escada', 'me empurrou no chão'] }] },
      id: { pairs: [{ reach: 30, a: ['suami', 'pacar', 'cowok saya', 'cowokku'], b: ['didorong ke tembok', 'mendorong saya ke tembok', 'dorong aku ke tembok', 'didorong sampai jatuh'] }] },
      zh: { pairs: [{ ordered: true, reach: 8, a: ['被男友', '被男朋友', '被老公', '被丈夫', '被前男友', '被前夫', '被老豆', '畀男朋友', '畀老公'], b: ['推去撞墙', '推到墙上', '推撞墙', '撞到墙', '推倒在地', '推下楼梯', '推倒'] }] },
    },
  },
  {
    // «tối nay sẽ sang ký túc xá 'xử' em, có mang theo gậy sắt»: someone (a boss, a partner) coming tonight
    // with an iron bar or a knife, or "to deal with me".
    name: 'coming tonight with an iron bar or a knife, or to “deal with” me',
    signal: 'violence',
    words: {
      ja: { pairs: [{ reach: 30, acrossSentences: 1, a: ['今夜', '今晩', 'こんや', 'こんばん'], b: ['鉄パイプ', 'てつぱいぷ', 'バット持って', 'ばっともって', 'ナイフ持って', 'ないふもって', 'シメに来', 'しめにく', 'ヤキを入れ', 'やきをいれ'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: 1, a: ['coming tonight', 'coming over tonight', 'come over tonight', 'coming to my room tonight', 'come to the dorm tonight', 'coming to the dorm tonight'], b: ['with a metal bar', 'with an iron bar', 'with a pipe', 'with a bat', 'with a knife', 'to deal with me', 'to teach me a lesson', 'to finish me'] }] },
      zh: { pairs: [{ reach: 24, acrossSentences: 1, a: ['今晚', '今天晚上', '晚上要来', '要来宿舍'], b: ['带着铁棍', '拿铁棍', '带铁棍', '带刀来', '拿刀来', '带着刀来', '拿着刀来', '教训我', '弄死我'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 1, a: ['오늘 밤', '오늘밤', '이따 밤'], b: ['쇠파이프', '각목', '칼 들고', '손봐준', '손봐 준', '죽여버린'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: 1, a: ['tối nay', 'đêm nay', 'sẽ sang', 'sẽ đến', 'sẽ tới'], b: ['xử em', 'xử tôi', 'xử mày', 'gậy sắt', 'thanh sắt', 'mang dao', 'cầm dao', 'mang theo dao', 'mang theo gậy'] }] },
      ne: { pairs: [{ reach: 40, acrossSentences: 1, a: ['आज राति', 'aaja rati', 'aja rati'], b: ['फलामको डण्डा', 'चक्कु', 'खुकुरी', 'khukuri', 'chakku'] }] },
      tl: { pairs: [{ reach: 48, acrossSentences: 1, a: ['mamayang gabi', 'ngayong gabi'], b: ['may dalang tubo', 'may dalang bakal', 'may dalang kutsilyo', 'may dalang patalim', 'babalikan ako', 'reresbakan'] }] },
      pt: { pairs: [{ reach: 48, acrossSentences: 1, a: ['hoje à noite', 'hoje de noite', 'vai vir aqui', 'vem aqui hoje'], b: ['barra de ferro', 'com uma faca', 'com um pau', 'acertar as contas comigo', 'me dar uma lição'] }] },
      id: { pairs: [{ reach: 48, acrossSentences: 1, a: ['nanti malam', 'malam ini'], b: ['bawa besi', 'bawa pisau', 'bawa golok', 'bawa balok', 'ngehajar aku', 'menghajar saya', 'habisin aku'] }] },
    },
  },
  // ── pass C2b, seventeenth session: teenagers writing for themselves ──
  {
    // «ông chủ xưởng … khoá e trong kho», «o chefe … trancou eu e outro menino no depósito», «사장이 창고에
    // 가둬놓고 안 열어줌»: shut in by a boss or an adult, said with the short forms of texting (e for em,
    // «trancou eu», the «-놓고» and «-ㅁ» endings). (A slap by a boss told afterwards is a matter of rights.)
    name: 'shut in a storeroom or a room by a boss or an adult, in texting words',
    signal: 'violence',
    words: {
      ja: { say: ['倉庫に閉じ込められ', 'そうこにとじこめられ', '店長に閉じ込められ', 'てんちょうにとじこめられ', '社長に閉じ込められ', 'しゃちょうにとじこめられ', '鍵かけられて出られな', 'かぎかけられてでられな'] },
      en: { say: ['locked me in the storeroom', 'locked me in the storage room', 'locked me in the stockroom', 'locked me in the back room', 'locked me in the warehouse', 'locked me in the freezer', 'locked us in the storeroom', 'locked us in the storage room', 'locked us in the back room', 'locked us in the warehouse'] },
      zh: { say: ['把我关在仓库', '把我锁在仓库', '把我们关在', '把我们锁在', '关在仓库里', '锁在仓库里', '老板把我关', '老板把我锁', '老板把我们关', '老板把我们锁', '店长把我关', '店长把我锁'] },
      ko: { say: ['창고에 가둬', '창고에 가뒀', '창고에 갇혔', '창고에 갇힘', ...['나', '날', '나를', '저', '저를', '우리', '우리를', '애들을', '동생을'].flatMap((who) => ['가둬놓고', '가둬 놓고', '가둬놨', '가둬 놨', '가둬둠', '가뒀음', '가둠'].map((shut) => `${who} ${shut}`))] },
      vi: { say: ['khóa e trong', 'khóa t trong', 'khóa mình trong', 'khóa bọn e', 'khóa tụi e', 'khóa bọn em', 'khóa tụi em', 'nhốt e', 'nhốt t trong', 'nhốt mình trong', 'nhốt bọn e', 'nhốt tụi e', 'nhốt bọn em', 'nhốt tụi em', 'ko cho e ra khỏi', 'k cho e ra khỏi', 'không cho e ra khỏi', 'nhốt trong kho'] },
      ne: { say: ['godam ma thun', 'store room ma thun', 'storeroom ma thun', 'गोदाममा थुन', 'हामीलाई थुन', 'hamilai thun', 'hami lai thun'] },
      tl: { say: ['kinandado kami', 'ikinandado kami', 'kinulong kami', 'ikinulong kami', 'ikinulong ako sa bodega', 'kinulong ako sa bodega', 'nakakulong ako sa bodega', 'nakakulong kami sa'] },
      pt: { say: ['trancou eu', 'trancaram eu', 'trancou nós', 'trancou nois', 'me trancou no depósito', 'me trancou no estoque', 'me trancou no quartinho', 'me trancou no galpão', 'trancado no depósito', 'trancada no depósito', 'trancados no depósito', 'trancado no estoque', 'trancados no estoque', 'trancado no galpão'] },
      id: { say: ['dikunci di gudang', 'dikunciin di gudang', 'dikurung di gudang', 'aku dikurung', 'gw dikurung', 'gue dikurung', 'kami dikurung', 'ngunciin aku', 'ngunciin gw', 'ngurung aku', 'ngurung gw'] },
    },
  },
  {
    // «đứng ngoài cửa apato đập cửa … hắn cầm gậy bóng chày», «tá com um estilete falando q a gente vai pagar
    // caro», «hinahabol nya si tita ng basag na bote»: a weapon in the hand of someone who threatens, bangs
    // on the door, shuts people in or chases them. (A knife named with bleeding alone is a kitchen accident:
    // blood is not on the other side.)
    name: 'a bat, scissors, a box cutter or a broken bottle in hand, with a threat, at the door or chasing someone',
    signal: 'violence',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 1,
        a: ['包丁を持って', 'ほうちょうをもって', '包丁持って', 'ほうちょうもって', 'ナイフを持って', 'ないふをもって', 'ナイフ持って', 'バットを持って', 'ばっとをもって', 'バット持って', 'ばっともって', '金属バット', 'きんぞくばっと', '割れた瓶', 'われたびん', '割れたビン', 'ハサミを持って', 'はさみをもって', 'カッターを持って', 'かったーをもって', 'カッター持って', 'かったーもって'],
        b: ['追いかけ', 'おいかけ', '追い回', 'おいまわ', 'ドアの外', 'どあのそと', 'ドアを叩', 'どあをたた', 'ドアをドンドン', '殺す', 'ころす', '閉じ込め', 'とじこめ', '脅', 'ぶっ殺', 'ぶっころ'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: 1,
        a: ['holding a knife', 'with a knife', 'has a knife', 'got a knife', 'with a bat', 'with a baseball bat', 'has a bat', 'holding a bat', 'with a broken bottle', 'holding a broken bottle', 'with scissors', 'holding scissors', 'with a box cutter', 'holding a box cutter', 'with a machete', 'with a crowbar'],
        b: ['chasing', 'chased', 'banging on the door', 'banging on our door', 'outside the door', 'outside my door', 'outside our door', 'threatening', 'says hell kill', 'said hell kill', 'saying hell kill', 'gonna kill', 'going to kill', 'locked us in', 'locked me in', 'trying to get in', 'break the door'] }] },
      zh: { pairs: [{ reach: 24, acrossSentences: 1,
        a: ['拿着刀', '拿刀', '拿着菜刀', '拿菜刀', '拿着剪刀', '拿剪刀', '拿着球棒', '拿球棒', '拿着棒球棍', '拿棒球棍', '拿着碎酒瓶', '拿碎酒瓶', '拿着破酒瓶', '拿破酒瓶', '拿着碎瓶', '拿着美工刀', '拿美工刀', '拿着铁棍', '拿铁棍', '揸住把刀', '揸刀'],
        b: ['追着', '追我', '追她', '追他', '在后面追', '砸门', '在门外', '威胁', '要杀', '弄死', '砍死', '关在', '锁在'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 1,
        a: ['칼 들고', '칼을 들고', '식칼 들고', '가위 들고', '가위를 들고', '야구방망이 들고', '야구 방망이 들고', '방망이 들고', '깨진 병', '깨진 유리병', '병을 깨서', '커터칼 들고', '커터 칼 들고', '쇠파이프 들고', '골프채 들고'],
        b: ['쫓아', '쫓아와', '쫓아옴', '문 앞', '문 밖', '문을 두드', '문 두드', '문 쾅쾅', '협박', '죽인', '죽여', '가둬', '갇혀'] }] },
      vi: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['cầm gậy', 'cầm cây gậy', 'cầm gậy bóng chày', 'cầm cái kéo', 'cầm kéo', 'cầm dao', 'cầm con dao', 'cầm cái dao', 'cầm chai vỡ', 'cầm mảnh chai', 'cầm vỏ chai', 'cầm thanh sắt', 'cầm ống tuýp', 'cầm tuýp', 'cầm dao rọc giấy'],
        b: ['đập cửa', 'đứng chửi', 'đe dọa', 'dọa', 'biết tay', 'giết', 'rượt', 'đuổi theo', 'đuổi đánh', 'đòi vào', 'phá cửa', 'xông vào', 'khóa e', 'khóa em', 'nhốt'] }] },
      ne: { pairs: [{ reach: 80, acrossSentences: 1,
        a: ['चक्कु लिएर', 'खुकुरी लिएर', 'लट्ठी लिएर', 'फुटेको बोतल', 'कैंची लिएर', 'chakku liyera', 'chakku lera', 'chakku bokera', 'khukuri liyera', 'khukuri lera', 'khukuri bokera', 'lathi lera', 'lathi liyera', 'futeko bottle', 'phuteko bottle', 'kainchi lera', 'kainchi liyera'],
        b: ['लखेट', 'ढोका बाहिर', 'ढोका ढकढक', 'मार्छु', 'धम्की', 'थुनेर', 'lakhet', 'dhoka bahira', 'dhoka thokdai', 'dhoka dhakdhak', 'marchu', 'marchhu', 'dhamki', 'thunera'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 1,
        a: ['may hawak na kutsilyo', 'may hawak na itak', 'may hawak na bote', 'basag na bote', 'may dalang bote', 'may hawak na gunting', 'may hawak na tubo', 'may hawak na bat', 'may dalang kutsilyo', 'may dalang itak', 'ng kutsilyo', 'ng itak', 'ng basag na bote', 'ng bote'],
        b: ['hinahabol', 'hinabol', 'humahabol', 'nagtatakbuhan', 'pinagbabantaan', 'binabantaan', 'papatayin', 'kinakatok ang pinto', 'kinakalampag ang pinto', 'sa labas ng pinto'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: 1,
        a: ['com um estilete', 'com estilete', 'com uma faca', 'com faca', 'com um facão', 'com um taco', 'com um taco de beisebol', 'com uma barra de ferro', 'com um pedaço de pau', 'com uma garrafa quebrada', 'com um caco de vidro', 'com uma tesoura'],
        b: ['vai pagar caro', 'vão pagar caro', 'ameaçando', 'ameaçou', 'trancou', 'batendo na porta', 'esmurrando a porta', 'do lado de fora', 'correndo atrás', 'correu atrás', 'me matar', 'matar a gente', 'matar todo mundo'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: 1,
        a: ['bawa pisau', 'pegang pisau', 'megang pisau', 'bawa golok', 'pegang golok', 'bawa parang', 'bawa gunting', 'pegang gunting', 'bawa cutter', 'pegang cutter', 'bawa botol pecah', 'pegang botol pecah', 'botol pecah', 'bawa tongkat baseball', 'bawa pentungan', 'bawa balok'],
        b: ['ngejar', 'mengejar', 'dikejar', 'ngejer', 'gedor pintu', 'gedor2 pintu', 'gedor gedor pintu', 'ngegedor', 'di depan pintu', 'di luar pintu', 'ngancem', 'ngancam', 'mengancam', 'mau bunuh', 'mau ngebunuh', 'dikunci', 'dikurung'] }] },
    },
  },
  {
    // «e với em trai trốn trong tủ quần áo, nhắn nhỏ thôi sợ bố nghe thấy … tiếng đập đồ, mẹ kêu»: children
    // hiding in a wardrobe or under the bed while a parent smashes things or hurts the other; typing
    // quietly so he will not hear. (Hiding to play is not told with smashing, a mother's scream or a drunk father.)
    name: 'children hiding in a wardrobe or under the bed while a parent smashes things or hurts the other',
    signal: 'violence',
    words: {
      ja: { pairs: [{ reach: 60, acrossSentences: 2,
        a: ['押し入れに隠れ', 'おしいれにかくれ', 'クローゼットに隠れ', 'くろーぜっとにかくれ', 'ベッドの下に隠れ', 'べっどのしたにかくれ', '弟と隠れ', '妹と隠れ', 'おとうととかくれ', 'いもうととかくれ', '弟と押し入れ', '妹と押し入れ'],
        b: ['物を壊', 'ものをこわ', '割れる音', 'われるおと', '物が割れ', 'ものがわれ', '母を殴', 'ママを殴', 'ままをなぐ', 'お母さんを殴', 'おかあさんをなぐ', 'ママの悲鳴', 'ままのひめい', 'お母さんの悲鳴', 'おかあさんのひめい', '叫び声', 'さけびごえ', '聞こえないように', 'きこえないように', 'パパが暴れ', 'ぱぱがあばれ', '父が暴れ', 'お父さんが暴れ', 'おとうさんがあばれ', '酔って暴れ', 'よってあばれ'] }] },
      en: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['hiding in my closet', 'hiding in the closet', 'hiding in the wardrobe', 'hiding under the bed', 'hiding under my bed', 'in the closet with my little', 'under the bed with my little', 'hiding with my little brother', 'hiding with my little sister'],
        b: ['smashing', 'breaking things', 'throwing things', 'hitting my mom', 'hitting my mum', 'hurting my mom', 'hurting my mum', 'mom is screaming', 'mum is screaming', 'mom screamed', 'mum screamed', 'so he doesnt hear', 'so he wont hear', 'so he cant hear', 'typing quietly', 'dad is drunk', 'dads drunk'] }] },
      zh: { pairs: [{ reach: 30, acrossSentences: 2,
        a: ['躲在衣柜', '躲在柜子里', '躲在床底', '躲在床下', '和弟弟躲', '和妹妹躲', '跟弟弟躲', '跟妹妹躲', '匿喺衣柜', '匿埋喺'],
        b: ['砸东西', '摔东西', '打妈妈', '打我妈', '妈妈在叫', '妈妈尖叫', '妈妈在哭', '怕他听到', '怕爸爸听到', '怕我爸听到', '爸爸喝醉', '我爸喝醉', '发酒疯'] }] },
      ko: { pairs: [{ reach: 60, acrossSentences: 2,
        a: ['옷장에 숨어', '옷장 안에 숨', '옷장에 숨었', '침대 밑에 숨', '동생이랑 숨어', '동생이랑 숨었', '동생이랑 옷장'],
        b: ['물건 부수', '물건을 부수', '부수는 소리', '깨지는 소리', '엄마를 때', '엄마 때리', '엄마 비명', '엄마가 소리 지르', '엄마가 비명', '아빠가 술', '못 듣게', '안 들리게', '아빠가 들을까', '아빠 들을까'] }] },
      vi: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['trốn trong tủ', 'trốn vào tủ', 'trốn trong tủ quần áo', 'trốn dưới gầm giường', 'núp trong tủ', 'núp dưới gầm', 'trốn trong phòng với em', 'trốn với em trai', 'trốn với em gái'],
        b: ['nhắn nhỏ', 'nhắn khẽ', 'đập đồ', 'đập phá', 'ném đồ', 'mẹ kêu', 'mẹ hét', 'mẹ khóc', 'bố đánh mẹ', 'ba đánh mẹ', 'bố say', 'ba say', 'bố khóa cửa', 'bố khoá cửa', 'ba khóa cửa', 'sợ bố nghe', 'sợ ba nghe'] }] },
      ne: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['दराजमा लुके', 'खाटमुनि लुके', 'भाइसँग लुके', 'बहिनीसँग लुके', 'daraj ma luk', 'khat muni luk', 'almari ma luk', 'almari bhitra luk', 'bhai sanga luk', 'bahini sanga luk', 'bhai sang luk', 'bahini sang luk'],
        b: ['सामान फुटाउ', 'आमालाई कुट', 'आमा चिच्याउ', 'बुवा रक्सी', 'नसुनोस्', 'saman futau', 'saman phutau', 'aama lai kut', 'aamalai kut', 'aama chichyau', 'buwa raksi', 'buba raksi', 'nasunos', 'sunla bhanera'] }] },
      tl: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['nagtatago kami sa aparador', 'nagtatago kami sa cabinet', 'nagtatago sa aparador', 'nagtatago sa ilalim ng kama', 'nagtago kami sa aparador', 'nagtago sa ilalim ng kama', 'nagtatago kami ng kapatid ko', 'nagtago kami ng kapatid ko'],
        b: ['nagbabasag', 'binabasag', 'sinasaktan si mama', 'binubugbog si mama', 'sinisigawan si mama', 'sumisigaw si mama', 'umiiyak si mama', 'lasing si papa', 'lasing na naman', 'baka marinig', 'para di marinig', 'para hindi marinig'] }] },
      pt: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['escondido no guarda-roupa', 'escondida no guarda-roupa', 'escondidos no guarda-roupa', 'escondido no guarda roupa', 'escondidos no guarda roupa', 'escondida no guarda roupa', 'escondido no armário', 'escondidos no armário', 'escondida no armário', 'escondido embaixo da cama', 'escondidos embaixo da cama', 'escondida debaixo da cama', 'escondido debaixo da cama', 'eu e meu irmão escondidos', 'eu e minha irmã escondidas'],
        b: ['quebrando tudo', 'quebrando as coisas', 'batendo na minha mãe', 'bater na minha mãe', 'minha mãe gritando', 'minha mãe gritou', 'mãe chorando', 'pra ele não ouvir', 'pra ele n ouvir', 'pra ele não escutar', 'meu pai bêbado', 'meu pai tá bêbado'] }] },
      id: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['sembunyi di lemari', 'ngumpet di lemari', 'ngumpet di kolong', 'sembunyi di kolong', 'sembunyi di bawah kasur', 'ngumpet di bawah kasur', 'ngumpet sama adek', 'sembunyi sama adek', 'ngumpet bareng adek'],
        b: ['banting barang', 'banting2', 'lempar barang', 'mukul mama', 'mukulin mama', 'mama teriak', 'mama jerit', 'mama nangis', 'biar ga kedengeran', 'biar gak kedengeran', 'takut kedengeran', 'papa mabuk', 'bapak mabuk', 'ayah mabuk'] }] },
    },
  },
  // ── pass fc13: an older person hit now by a grown son, daughter or grandchild, told by a carer or a neighbour ──
  {
    // «anak nenek yang saya rawat lagi pukul nenek, saya takut», "the son of the lady I care for is kicking her
    // mother right now", «o neto está batendo no avô agora», «hajurama lai chhora le kutdai cha»: the bare or
    // spoken verb with the older person as its object (the grandmother, the old man, the lady I look after).
    // (What is over — he hit her last year and now lives far away — is a report: see the framing.)
    name: 'a grandmother, grandfather or the older person I care for being hit now by a son, daughter or grandchild',
    signal: 'violence',
    words: {
      ja: {
        pairs: [{ ordered: true, reach: 4,
          a: ['おばあちゃんを', 'おじいちゃんを', 'おばあさんを', 'おじいさんを', 'としよりを', '年寄りを', 'りようしゃさんを', '利用者さんを', 'りようしゃを', '利用者を', 'おばあちゃんのことを', 'おじいちゃんのことを'],
          b: ['たたいて', '叩いて', 'たたいてる', 'なぐって', '殴って', 'なぐってる', 'けって', '蹴って', 'けってる', 'つきとば', '突き飛ば', 'ぶって', 'ぶってる'] }],
        framing: { report: ['いまはとおくにすん', '今は遠くに住', 'いまはべつにすん', '今は別に住', 'いまはべつべつ', '今は別々', 'もういっしょにすんでいない', 'もう一緒に住んでいない', 'もういっしょにすんでない', 'もう一緒に住んでない'] },
      },
      en: {
        pairs: [{ ordered: true, reach: 4,
          // (the act going on: «is kicking her mother», not a toddler who «kicks his mother» in a tantrum)
          a: ['hitting', 'beating', 'kicking', 'punching', 'slapping', 'shoving', 'choking', 'strangling'],
          b: ['her mother$', 'his mother$', 'her mom$', 'his mom$', 'her mum$', 'his mum$', 'her father$', 'his father$', 'her dad$', 'his dad$', 'her grandmother$', 'his grandmother$', 'her grandma$', 'his grandma$', 'her gran$', 'his gran$', 'her grandfather$', 'his grandfather$', 'her grandpa$', 'his grandpa$', 'the old lady', 'the old man', 'the old woman', 'the elderly', 'the lady i care for', 'the man i care for', 'the woman i care for', 'the lady i look after', 'the man i look after', 'the woman i look after', 'my client$', 'my patient$'] }],
        framing: { report: ['now he lives far', 'he lives far away', 'now she lives far', 'she lives far away', 'now lives far away', 'moved away', 'moved out', 'no longer lives with', 'doesnt live with her anymore', 'doesnt live with him anymore', 'doesnt live there anymore', 'lives in another city now', 'lives in another country now'] },
      },
      zh: {
        pairs: [{ ordered: true, reach: 4, a: ['在打', '正在打', '又在打', '在踢', '在揍', '在推'], b: ['奶奶', '爷爷', '外婆', '外公', '老太太', '老爷爷', '老奶奶', '老人', '他妈', '她妈', '他爸', '她爸', '他母亲', '她母亲'] }],
        framing: { report: ['现在住得很远', '现在住得远', '已经搬走了', '现在搬走了', '已经不住在一起', '现在不住一起', '现在不住在一起'] },
      },
      ko: {
        pairs: [{ reach: 10, a: ['할머니를', '할아버지를', '어르신을', '노인을', '어머니를', '아버지를', '자기 엄마를', '자기 어머니를'], b: ['때리고 있', '때려요', '때리고', '때려서', '발로 차', '밀쳐', '폭행'] }],
        framing: { report: ['지금은 멀리 살', '지금은 따로 살', '이사 갔', '이사갔', '지금은 안 살', '지금은 같이 안 살'] },
      },
      vi: {
        say: ['đang đánh bà cụ', 'đang đánh ông cụ', 'đang đánh cụ bà', 'đang đánh cụ ông', 'đang đánh bà nội', 'đang đánh bà ngoại', 'đang đánh ông nội', 'đang đánh ông ngoại', 'đang đánh mẹ nó', 'đang đánh bố nó', 'đang đánh mẹ già', 'đang đánh bố già', 'đang đánh bà lão', 'đang đánh ông lão', 'đang đánh người già', 'đang tát bà', 'đang tát ông', 'đang đấm bà', 'đang đấm ông', 'đánh bà lão', 'đánh ông lão', 'đánh cụ bà', 'đánh cụ ông'],
        framing: { report: ['giờ ở xa', 'bây giờ ở xa', 'đã chuyển đi', 'chuyển đi rồi', 'không còn ở chung', 'không ở chung nữa'] },
      },
      ne: {
        say: cross(['हजुरआमालाई', 'हजुरबुबालाई', 'हजुरबुवालाई', 'बूढी आमालाई', 'बूढालाई', 'बज्यैलाई', 'बाजेलाई', 'hajurama lai', 'hajuraama lai', 'hajurbuba lai', 'hajurbuwa lai', 'hajuramalai', 'hajurbubalai', 'budhi aama lai', 'budha lai', 'bajei lai', 'baje lai'], ['कुट्दै', 'कुटिरहेको', 'कुट्छ', 'कुट्यो', 'पिट्दै', 'हिर्काउँदै', 'लात हान्दै', 'kutdai', 'kuttai', 'kutirako', 'kutiraheko', 'kutchha', 'kutcha', 'kutxa', 'kutyo', 'pitdai', 'hirkaudai', 'lat handai', 'lattyaudai'], ' '),
        framing: { report: ['अहिले टाढा बस्छ', 'अहिले टाढा बस्नुहुन्छ', 'टाढा बस्न थाल्यो', 'सरेर गयो', 'ahile tadha bascha', 'ahile tadha baschha', 'ahile tadha basnuhunchha', 'sarera gayo'] },
      },
      tl: {
        pairs: [{ ordered: true, reach: 24, a: ['sinasaktan', 'sinasampal', 'sinusuntok', 'sinisipa', 'binubugbog', 'hinahampas', 'pinapalo', 'sinaktan', 'sinampal', 'sinuntok', 'sinipa', 'binugbog'], b: ['si lola', 'si lolo', 'ang matanda', 'ang lola', 'ang lolo', 'yung matanda', 'yung lola', 'yung lolo', 'ang inaalagaan ko', 'yung inaalagaan ko', 'ang nanay niya', 'ang nanay nya', 'ang tatay niya', 'ang tatay nya'] }],
        framing: { report: ['malayo na siya ngayon', 'malayo na sya ngayon', 'nakatira na sa malayo', 'lumipat na siya', 'lumipat na sya', 'hindi na siya nakatira', 'hindi na sya nakatira', 'di na siya nakatira'] },
      },
      pt: {
        say: cross(['batendo', 'bate', 'chutando', 'chuta', 'socando', 'soca'], ['no avô', 'na avó', 'no vô', 'na vó', 'no vovô', 'na vovó', 'na idosa', 'no idoso', 'na senhora que', 'no senhor que', 'na mãe dele', 'na mãe dela', 'no pai dele', 'no pai dela', 'na velhinha', 'no velhinho'], ' ').concat(cross(['espancando', 'espanca', 'agredindo', 'agride'], ['a avó', 'o avô', 'a vó', 'o vô', 'a idosa', 'o idoso', 'a mãe dele', 'a mãe dela', 'o pai dele', 'o pai dela', 'a velhinha', 'o velhinho', 'a senhora que', 'o senhor que'], ' ')),
        framing: { report: ['agora mora longe', 'hoje mora longe', 'já se mudou', 'ja se mudou', 'mudou de cidade', 'não mora mais com', 'nao mora mais com'] },
      },
      id: {
        // (the bare verb, as spoken: «lagi pukul nenek»; never «dorong», which pushes a wheelchair too)
        say: cross(['pukul', 'mukul', 'mukulin', 'memukul', 'memukuli', 'pukulin', 'pukuli', 'nampar', 'tampar', 'namparin', 'menampar', 'nendang', 'tendang', 'nendangin', 'menendang', 'hajar', 'ngehajar', 'menghajar', 'nonjok', 'tonjok', 'jambak', 'menjambak', 'cekik', 'nyekik', 'mencekik', 'banting', 'gebukin', 'ngegebukin'], ['nenek', 'neneknya', 'kakek', 'kakeknya', 'oma', 'opa', 'mbah', 'simbah', 'eyang', 'ibunya yang sudah tua', 'ibunya yang udah tua', 'bapaknya yang sudah tua', 'bapaknya yang udah tua', 'orang tua itu', 'lansia', 'ibu tua', 'bapak tua', 'pasien saya', 'pasien aku', 'ibu yang saya rawat', 'bapak yang saya rawat'], ' '),
        framing: { report: ['sekarang tinggal jauh', 'sudah tinggal jauh', 'udah tinggal jauh', 'sekarang sudah pindah', 'sekarang udah pindah', 'sudah pindah jauh', 'udah pindah jauh', 'gak tinggal bareng lagi', 'tidak tinggal bersama lagi', 'dulu pernah', 'dulu suka'] },
      },
    },
  },
  // ── pass fc15: very short messages typed fast ──
  {
    // «बुबाले मलाई मार्नुभयो», «buwa le malai marnu bhayo», «pinalo po ako ni papa», 「お父様に叩かれました」: hit by a
    // parent, a teacher or an elder, told in the respectful forms a child uses of them — the Nepali honorific
    // (मार्नुभयो, मार्नुहुन्छ: «मार्नु», to kill, is also to beat), the Tagalog «po», the Korean «-셨-». (An exam or the
    // heat that "killed me", a chicken or a tiger killed, are no blow: see the idioms.)
    name: 'hit by a parent or an elder, told in the respectful forms (honorific verbs, «po»)',
    signal: 'violence',
    words: {
      ja: { say: ['お父様に叩かれ', 'お母様に叩かれ', 'お父様に殴られ', 'お母様に殴られ', '父上に', 'たたかれました', '叩かれました', 'なぐられました', '殴られました', 'ぶたれました', 'けられました', '蹴られました'] },
      en: { say: ['father beat me', 'father hit me', 'mother beat me', 'mother hit me', 'my father beats me', 'my mother beats me', 'my father hits me', 'my mother hits me'] },
      zh: { say: ['父亲打了我', '母亲打了我', '父亲打我', '母亲打我', '老爸打了我', '老妈打了我', '老爸打我', '老妈打我', '我爸打了我', '我妈打了我'] },
      ko: { say: ['때리셨', '때리십니다', '때리시고', '때리시는', '때리실 때', '손찌검하셨', '손찌검을 하셨', '매를 드셨', '패셨', '발로 차셨'] },
      vi: { say: ['bố đánh con ạ', 'mẹ đánh con ạ', 'ba đánh con ạ', 'má đánh con ạ', 'bố đánh cháu', 'ông đánh cháu', 'bà đánh cháu'] },
      ne: {
        say: ['malai marnu bhayo', 'malai marnubhayo', 'malai marnu vayo', 'malai marnuvayo', 'malai marnu hunchha', 'malai marnuhunchha', 'malai marnu huncha', 'malai marnuhuncha', 'malai marnu hunxa', 'malai marnuhunxa', 'malai marnu hunthyo', 'malai marnuhunthyo', 'malai marnu bhayeko', 'malai maridinu bhayo', 'malai maridinubhayo', 'malai maryo$', 'malai marthyo', 'malai kutnu bhayo', 'malai kutnubhayo', 'malai pitnu bhayo', 'malai pitnubhayo', 'malai hirkaunu bhayo', 'malai hirkaunubhayo'],
        pairs: [{ ordered: true, reach: 12, a: ['मलाई', 'हामीलाई', 'भाइलाई', 'बहिनीलाई', 'छोरालाई', 'छोरीलाई', 'नानीलाई', 'दिदीलाई', 'आमालाई'],
          b: ['मार्नुभयो', 'मार्नु भयो', 'मार्नुहुन्छ', 'मार्नु हुन्छ', 'मार्नुहुन्थ्यो', 'मार्नु हुन्थ्यो', 'मार्नुभएको', 'मार्नु भएको', 'मारिदिनुभयो', 'मारिदिनु भयो', 'मार्यो', 'मार्थ्यो', 'मार्थे', 'मारिदियो', 'कुट्नुभयो', 'कुट्नु भयो', 'कुट्नुहुन्छ', 'पिट्नुभयो', 'पिट्नुहुन्छ', 'हिर्काउनुभयो', 'हिर्काउनुहुन्छ'] }],
        // (an exam, the heat, work or hunger that "killed me")
        idioms: [
          ...cross(['परीक्षा', 'परिक्षा', 'गर्मी', 'जाडो', 'काम', 'भोक', 'थकाइ', 'चिन्ता', 'होमवर्क', 'ओभरटाइम', 'टेन्सन'], ['ले मलाई मार्यो', 'ले मलाई मार्नेभयो', 'ले मलाई मार्नुभयो']),
          ...cross(['kaam', 'kam', 'garmi', 'jaado', 'exam', 'pariksha', 'bhok', 'thakai', 'tension', 'homework'], [' le malai maryo', 'le malai maryo']),
        ],
      },
      tl: { say: cross(['pinalo', 'pinapalo', 'sinaktan', 'sinasaktan', 'binugbog', 'binubugbog', 'sinampal', 'sinasampal', 'sinipa', 'sinisipa', 'hinampas', 'hinahampas', 'sinuntok', 'sinusuntok', 'kinurot', 'kinukurot'], ['po ako', 'niya po ako', 'nya po ako', 'po kami', 'po nila ako'], ' ') },
      pt: { say: ['meu pai me batia', 'minha mãe me batia', 'meu pai me bateu', 'minha mãe me bateu', 'meu pai me espancou', 'minha mãe me espancou'] },
      id: { say: ['bapak memukul saya', 'ayah memukul saya', 'ibu memukul saya', 'bapak mukul saya', 'ayah mukul saya', 'ibu mukul saya', 'bapak mukul aku', 'ayah mukul aku', 'ibu mukul aku'] },
    },
  },
  {
    // «chồng cũ từng đánh tôi, đã ly hôn rồi nhưng hôm qua lại đến đánh», «kemarin dia datang lagi dan mukul», «kahapon
    // pumunta siya at sinaktan ulit ako», "my ex came over yesterday and started hitting again": after an old frame
    // (he used to hit me, we divorced), a blow dated yesterday or today — he came (back) and hit, the writer
    // left unsaid, or hit again. (A card game, a tooth brushed, a badminton match — «đánh bài», «đánh răng»,
    // «đánh cầu» — are no blow.)
    name: 'came back and hit (again), the one hit left unsaid; hit again',
    signal: 'violence',
    words: {
      ja: { say: ['また来て殴', 'またきてなぐ', 'また来て叩', 'またきてたた', 'また来て蹴', '押しかけてきて殴', 'おしかけてきてなぐ', '押しかけてきて叩', 'おしかけてきてたた', 'またなぐられ', 'また殴られ', 'またたたかれ', 'また叩かれ'] },
      en: {
        say: [...cross(['he', 'she', 'ex', 'husband', 'boyfriend', 'bf', 'partner'], ['came over and hit', 'came round and hit', 'came back and hit', 'showed up and hit', 'turned up and hit', 'came to my place and hit', 'came over and beat', 'showed up and beat', 'came back and beat', 'came over and started hitting', 'showed up and started hitting', 'started hitting again'], ' '), 'hit me again', 'beat me again', 'hitting me again', 'beating me again', 'slapped me again'],
        idioms: ['hit the road', 'hit the coast', 'hit the shops', 'hit the gym', 'hit the bar', 'hit the sack', 'hit the hay', 'hit it off', 'hit the jackpot', 'hit the town', 'hit the books'],
      },
      zh: { say: ['又来打', '又跑来打', '又找上门来打', '找上门来打', '跑来打我', '上门打我', '又打了我', '又动手打'] },
      ko: { say: ['또 와서 때렸', '또 찾아와서 때렸', '찾아와서 때렸', '찾아와서 폭행', '또 때렸', '또 맞았', '다시 때렸'] },
      vi: {
        say: ['lại đến đánh', 'lại tới đánh', 'lại qua đánh', 'lại sang đánh', 'lại về đánh', 'đến nhà đánh', 'tới nhà đánh', 'qua nhà đánh', 'đến tận nhà đánh', 'tìm đến đánh', 'xông vào đánh', 'lại đánh tôi', 'lại đánh em', 'lại bị đánh', 'lại đánh đập'],
        // (cards, teeth, badminton, typing, an assessment, waking someone, make-up, an instrument)
        idioms: ['đánh bài', 'đánh cờ', 'đánh cầu', 'đánh bóng', 'đánh răng', 'đánh máy', 'đánh giá', 'đánh thức', 'đánh dấu', 'đánh son', 'đánh phấn', 'đánh vần', 'đánh đàn', 'đánh golf', 'đánh tennis', 'đánh trống', 'đánh điện', 'đánh bạc', 'đánh lô', 'đánh đề'],
      },
      ne: { say: ['pheri aayera kut', 'feri aayera kut', 'pheri aaera kut', 'feri aaera kut', 'pheri aayera pit', 'feri aayera pit', 'ghar ma aayera kut', 'gharma aayera kut', 'ghar aayera kut', 'pheri kutyo', 'feri kutyo', 'pheri pityo', 'feri pityo', 'फेरि आएर कुट', 'फेरि आएर पिट', 'घरमा आएर कुट', 'फेरि कुट्यो', 'फेरि पिट्यो'] },
      tl: { say: [...cross(['pinalo', 'sinaktan', 'binugbog', 'sinampal', 'sinipa', 'hinampas', 'sinuntok'], ['ulit ako', 'na naman ako', 'nanaman ako', 'ulit po ako', 'niya ulit ako', 'nya ulit ako', 'niya ako ulit', 'nya ako ulit', 'ako ulit'], ' '), 'pumunta siya at sinaktan', 'pumunta sya at sinaktan', 'pumunta at sinaktan', 'bumalik siya at sinaktan', 'bumalik sya at sinaktan', 'dumating at sinaktan', 'sinugod ako', 'sinugod niya ako', 'sinugod nya ako'] },
      pt: { say: ['veio aqui e bateu', 'veio e bateu', 'veio e me bateu', 'apareceu e bateu', 'apareceu e me bateu', 'voltou e bateu', 'voltou e me bateu', 'me bateu de novo', 'bateu de novo', 'bateu em mim de novo', 'me bateu outra vez', 'bateu outra vez'] },
      id: { say: ['datang lagi dan mukul', 'datang lagi terus mukul', 'dateng lagi terus mukul', 'dateng lagi dan mukul', 'datang dan mukul', 'dateng terus mukul', 'datang terus mukul', 'datang langsung mukul', 'dateng langsung mukul', 'balik lagi dan mukul', 'balik lagi terus mukul', 'nyamperin terus mukul', 'nyamperin dan mukul', 'mukul lagi', 'mukulin lagi', 'memukul lagi', 'memukul saya lagi', 'mukul aku lagi', 'dipukul lagi', 'dipukulin lagi', 'nampar lagi', 'ditampar lagi', 'nendang lagi', 'ditendang lagi', 'menghajar lagi', 'dihajar lagi'],
        // (a ball, a mosquito, a drum, a nail, a shuttlecock)
        idioms: ['mukul bola', 'mukul nyamuk', 'mukul drum', 'mukul kok', 'mukul kasur', 'mukul meja', 'mukul paku', 'mukul gong', 'mukul kentongan', 'mukul lalat'] },
    },
  },
  // ── pass indirect: the danger never named — a weapon laid down with a veiled threat, “tell anyone and you’ll
  // regret it”, someone holding a knife or hammer while we hide, locked in from outside, heard over the phone or
  // through the wall, a hand on the neck ──
  {
    // 「谈到一半，他把菜刀放在桌上，说“想清楚你下一句要说什么”」, «부엌칼을 식탁에 올려놓고 "다음 말 잘 생각해서 해"»,
    // 「金づちを持って出てきて「あと一言でも言ったら終わりだ」」, «martilyo at sabi 'hindi na magigising si Mama bukas'»,
    // «foto de uma faca escrito 'hoje à noite a gente termina isso'»: a weapon put on the table, held or shown, and
    // a threat that names no harm — the next word, one more word, you'll regret it, she won't wake up tomorrow,
    // tonight we end this. (A knife in a recipe has no such words; the words alone are an argument.)
    name: 'a knife or hammer laid down, held or shown, with a veiled threat: think about your next words, one more word, you will regret it, tonight we end this',
    signal: 'violence',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 2,
        a: ['包丁', 'ほうちょう', 'ナイフ', 'ないふ', '金づち', 'かなづち', '金槌', 'ハンマー', 'はんまー', 'バット', 'ばっと', '刃物', 'はもの', 'カッター', 'かったー'],
        b: ['次に何を言うか', 'つぎになにをいうか', '次の言葉', 'つぎのことば', '言葉に気をつけ', 'ことばにきをつけ', '口のきき方', 'くちのききかた', 'あと一言', 'あとひとこと', 'もう一言', 'もうひとこと', '言ったら終わり', 'いったらおわり', 'お前は終わり', 'おまえはおわり', '後悔するぞ', 'こうかいするぞ', '後悔させ', 'こうかいさせ', '今夜終わりにする', 'こんやおわりにする', '今夜で終わり', 'こんやでおわり', '二度と起き', 'にどとおき', 'どうなるか分かって', 'どうなるかわかって'] }] },
      en: { pairs: [{ reach: 100, acrossSentences: 2,
        a: ['knife', 'kitchen knife', 'hammer', 'bat$', 'baseball bat', 'machete', 'axe$', 'cleaver', 'gun$', 'crowbar'],
        b: ['think carefully about what you say', 'think about what you say next', 'careful what you say next', 'choose your next words', 'your next words', 'one more word', 'another word and', 'youll regret', 'you will regret', 'well end this', 'we end this', 'end this tonight', 'finish this tonight', 'shes finished', 'youre finished', 'you are finished', 'wont wake up tomorrow', 'not wake up tomorrow', 'last thing you say'] }] },
      zh: { pairs: [{ reach: 30, acrossSentences: 2,
        a: ['菜刀', '刀', '水果刀', '锤子', '榔头', '铁锤', '棒球棍', '铁棍', '剪刀'],
        b: ['想清楚你下一句', '想清楚下一句', '想好你下一句', '下一句要说什么', '你再说一句', '再多说一句', '你会后悔', '会后悔的', '让你后悔', '今晚就了结', '今晚了结', '做个了断', '明天就醒不过来', '醒不过来', '你就完了'] }] },
      ko: { pairs: [{ reach: 60, acrossSentences: 2,
        a: ['부엌칼', '식칼', '칼을', '칼이', '칼로', '과도', '망치', '야구 방망이', '야구방망이', '쇠파이프'],
        b: ['다음 말 잘 생각', '말 잘 생각해', '다음 말 조심', '말조심해', '한마디만 더', '한 마디만 더', '한마디라도 더', '후회하게', '후회할 거', '후회할걸', '오늘 밤 끝내', '오늘밤 끝내', '끝장을 내', '내일 못 일어나', '내일 아침 못 일어나'] }] },
      vi: { pairs: [{ reach: 100, acrossSentences: 2,
        a: ['dao', 'con dao', 'dao phay', 'búa', 'cây búa', 'gậy bóng chày', 'thanh sắt'],
        b: ['nghĩ kỹ câu tiếp theo', 'nghĩ kỹ trước khi nói', 'cẩn thận cái miệng', 'nói thêm một câu', 'nói thêm câu nữa', 'thêm một lời', 'sẽ hối hận', 'tối nay kết thúc', 'tối nay chấm dứt', 'tối nay giải quyết', 'mày tiêu rồi', 'mai không dậy nổi', 'không tỉnh dậy nữa', 'sẽ không dậy nữa', 'không dậy nữa đâu', 'không bao giờ dậy nữa'] }] },
      ne: { pairs: [{ reach: 100, acrossSentences: 2,
        a: ['chakku', 'chhuri', 'khukuri', 'khukri', 'hathauda', 'hathaudi', 'lauro', 'चक्कु', 'छुरी', 'खुकुरी', 'हथौडा'],
        b: ['pachhutauchhes', 'pachhutaunchhes', 'pachhutaula', 'pachhutauli', 'pachhutauchhau', 'pachhutaunu parchha', 'arko sabda', 'ek sabda pani', 'ek shabda', 'aaja rati sakchhu', 'aaja raati sakchhu', 'bholi uthdaina', 'bholi uthdainas', 'पछुताउँछेस्', 'पछुताउलिस्', 'भोलि उठ्दैन'] }] },
      tl: { pairs: [{ reach: 100, acrossSentences: 2,
        a: ['kutsilyo', 'itak', 'martilyo', 'patalim', 'tubo', 'baseball bat'],
        b: ['hindi na magigising', 'di na magigising', 'isipin mo ang sasabihin', 'isipin mo muna ang sasabihin', 'isa pang salita', 'isang salita pa', 'pagsisisihan mo', 'magsisisi ka', 'tatapusin natin ngayong gabi', 'tapusin na natin ngayong gabi', 'tapos ka na'] }] },
      pt: { pairs: [{ reach: 100, acrossSentences: 2,
        a: ['faca', 'facão', 'martelo', 'taco de', 'bastão', 'barra de ferro', 'revólver', 'arma$'],
        b: ['pense bem no que vai dizer', 'pensa bem no que vai falar', 'mais uma palavra', 'se falar mais uma', 'você vai se arrepender', 'hoje à noite a gente termina', 'hoje à noite acaba', 'hoje a gente termina isso', 'termina isso hoje', 'acabar com isso hoje', 'não acorda amanhã', 'não vai acordar amanhã', 'você tá acabada', 'você está acabada'] }] },
      id: { pairs: [{ reach: 100, acrossSentences: 2,
        a: ['pisau', 'golok', 'parang', 'palu', 'martil', 'celurit', 'linggis'],
        b: ['pikir baik baik omonganmu', 'pikirkan kata katamu', 'jaga omonganmu', 'satu kata lagi', 'ngomong sekali lagi', 'bakal nyesel', 'akan menyesal', 'kamu nyesel', 'malam ini kita selesaikan', 'malam ini kita akhiri', 'gak bangun lagi besok', 'tidak bangun lagi besok', 'habis kamu'] }] },
    },
  },
  {
    // 「未払いの給料のことを誰かに言ったら後悔するぞ」, «'kasai lai bhanis bhane pachhutauchhes' bhanyo», «disse que hoje à
    // noite é minha vez se eu reclamar»: tell anyone, complain or report, and you will regret it, you are next, it is
    // your turn. (Asking whether I would regret complaining is no threat: the first person with "regret" is left out.)
    name: 'tell anyone, complain or report and you will regret it, it will be your turn',
    signal: 'violence',
    words: {
      ja: { pairs: [{ reach: 16,
        a: ['誰かに言ったら', 'だれかにいったら', '誰かにしゃべったら', 'だれかにしゃべったら', '人に言ったら', 'ひとにいったら', '誰にも言うな', 'だれにもいうな', 'ばらしたら', 'バラしたら', 'チクったら', 'ちくったら', '文句を言ったら', 'もんくをいったら', '訴えたら', 'うったえたら'],
        b: ['後悔するぞ', 'こうかいするぞ', '後悔するからな', 'こうかいするからな', '後悔させ', 'こうかいさせ', '次はお前', 'つぎはおまえ', 'ただじゃおかな', 'どうなるか分か', 'どうなるかわか', '覚えてろ', 'おぼえてろ', '殺す', 'ころす'] }] },
      en: { pairs: [
        { reach: 40, a: ['if you tell anyone', 'if you tell anybody', 'tell anyone and', 'tell anybody and', 'if you complain', 'if you say anything', 'if you open your mouth', 'if you report'], b: ['regret it', 'youll regret', 'you will regret', 'youre next', 'your turn', 'youll see', 'youll be sorry', 'kill you', 'hurt you'] },
        { reach: 40, a: ['if i complain', 'if i tell anyone', 'if i tell anybody', 'if i say anything', 'if i report'], b: ['my turn', 'im next', 'kill me', 'hurt me'] },
      ] },
      zh: { pairs: [{ reach: 16,
        a: ['要是告诉别人', '如果告诉别人', '敢告诉别人', '敢跟别人说', '要是跟别人说', '你敢说出去', '说出去的话', '要是我投诉', '敢投诉', '敢告状'],
        b: ['后悔', '下一个就是', '好看', '轮到你', '轮到我', '弄死', '杀了'] }] },
      ko: { pairs: [{ reach: 30,
        a: ['누구한테 말하면', '누구에게 말하면', '남한테 말하면', '다른 사람한테 말하면', '말하고 다니면', '불평하면', '항의하면', '일러바치면'],
        b: ['후회하게', '후회할 거', '후회할걸', '다음은 너', '네 차례', '가만 안', '두고 봐', '죽여'] }] },
      vi: { pairs: [{ reach: 40,
        a: ['nếu nói với ai', 'mà nói với ai', 'dám nói với ai', 'nói ra ngoài', 'nếu kêu ca', 'nếu khiếu nại', 'nếu phàn nàn', 'mà phàn nàn', 'nếu tôi phàn nàn', 'nếu em phàn nàn', 'nếu tôi khiếu nại', 'nếu em khiếu nại', 'nếu mày nói với ai', 'nếu mày phàn nàn'],
        b: ['hối hận', 'đến lượt', 'biết tay', 'không tha', 'giết'] }] },
      ne: { pairs: [{ reach: 40,
        a: ['kasai lai bhanis bhane', 'kasailai bhanis bhane', 'kasai lai bhanis vane', 'kasai lai bhanchhes bhane', 'kasailai bhanchhes bhane', 'complain garis bhane', 'ujuri garis bhane', 'कसैलाई भनिस् भने', 'उजुरी गरिस् भने'],
        b: ['pachhutau', 'pachhutaun', 'teri palo', 'tero palo', 'dekhaula', 'dekhaunchhu', 'marchhu', 'पछुताउ', 'तेरो पालो'] }] },
      tl: { pairs: [{ reach: 40,
        a: ['kapag nagsabi ka kahit kanino', 'pag nagsabi ka kahit kanino', 'kapag may pinagsabihan ka', 'pag may pinagsabihan ka', 'kapag nagsumbong ka', 'pag nagsumbong ka', 'kapag nagreklamo ka', 'pag nagreklamo ka', 'kapag nagreklamo ako', 'pag nagreklamo ako'],
        b: ['pagsisisihan', 'magsisisi', 'ikaw ang susunod', 'ikaw na ang susunod', 'ako na ang susunod', 'turn mo na', 'papatayin', 'humanda ka'] }] },
      pt: { pairs: [
        { reach: 40, a: ['se contar pra alguém', 'se contar para alguém', 'se você contar', 'se você reclamar', 'se abrir a boca', 'se você denunciar'], b: ['vai se arrepender', 'sua vez', 'é a próxima', 'é o próximo', 'vai ver', 'te mato', 'te pego'] },
        { reach: 40, a: ['se eu reclamar', 'se eu contar', 'se eu denunciar', 'se eu falar alguma coisa'], b: ['minha vez', 'me mata', 'me bate', 'sou a próxima', 'sou o próximo'] },
      ] },
      id: { pairs: [{ reach: 40,
        a: ['kalau bilang ke siapa siapa', 'kalau cerita ke orang', 'kalau kamu ngadu', 'kalau ngadu', 'kalau kamu lapor', 'kalau kamu protes', 'kalau saya protes', 'kalau saya ngadu', 'kalau komplain'],
        b: ['nyesel', 'menyesal', 'giliranmu', 'giliran kamu', 'giliran saya', 'habis kamu', 'awas kamu', 'bunuh'] }] },
    },
  },
  {
    // 「かれし が ナイフ もって へや に いる。 こわい。 こえ だせない」, «came out holding a hammer … Mum and I are sitting in
    // the car», «chakku bed ko chheu ma chha. Ma ra chhora chhori car ma parking ma chhau»: someone at home holding a
    // knife or a hammer, and the writer too scared to make a sound, or fled with the others to the car or a
    // neighbour's and there now. (Cooking with a knife names no fear and no flight.)
    name: 'someone at home holding a knife or hammer: I am too scared to make a sound, or we fled to the car or a neighbour’s and are there now',
    signal: 'violence',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 2,
        a: ['ナイフ持って', 'ないふもって', 'ナイフを持って', 'ないふをもって', '包丁持って', 'ほうちょうもって', '包丁を持って', 'ほうちょうをもって', '刃物を持って', 'はものをもって', '金づちを持って', 'かなづちをもって', '金づち持って', 'かなづちもって', '金槌を持って', 'ハンマーを持って', 'はんまーをもって', 'バットを持って', 'ばっとをもって'],
        b: ['声が出せない', 'こえがだせない', '声出せない', 'こえだせない', '声を出せない', 'こえをだせない', '動けない', 'うごけない', '車の中にいます', 'くるまのなかにいます', '車の中にいる', 'くるまのなかにいる', '車に逃げ', 'くるまににげ', '隣の家に逃げ', 'となりのいえににげ', '外に逃げ', 'そとににげ', '隠れています', 'かくれています', '隠れてる', 'かくれてる', '逃げてきました', 'にげてきました', 'こわい', '怖い'] }] },
      en: { pairs: [{ reach: 100, acrossSentences: 2,
        a: ['holding a hammer', 'with a hammer', 'holding a knife', 'with a knife', 'has a knife', 'got a knife', 'holding a bat', 'with a bat', 'with a kitchen knife', 'holding a kitchen knife', 'knife in his hand', 'knife in her hand'],
        b: ['sitting in the car', 'in the car now', 'hiding in the car', 'locked in the car', 'at the neighbours', 'at our neighbours', 'hiding outside', 'ran outside', 'ran out of the house', 'hiding in the bathroom', 'locked ourselves', 'cant make a sound', 'too scared to speak', 'too scared to move', 'im whispering', 'terrified'] }] },
      zh: { pairs: [{ reach: 30, acrossSentences: 2,
        a: ['拿着锤子', '拿着榔头', '拿着菜刀', '拿着刀', '提着刀', '拿着棍子', '举着锤子', '举着刀', '手里有刀', '手里拿着刀'],
        b: ['躲在车里', '坐在车里', '在车里', '逃到车上', '躲到邻居家', '在邻居家', '跑到外面', '躲起来', '不敢出声', '发不出声', '不敢动', '好怕', '害怕'] }] },
      ko: { pairs: [{ reach: 60, acrossSentences: 2,
        a: ['망치를 들고', '칼을 들고', '칼 들고', '부엌칼을 들고', '부엌칼 들고', '식칼을 들고', '식칼 들고', '방망이를 들고', '칼을 쥐고'],
        b: ['차 안에', '차에 있어', '차로 피했', '차로 도망', '이웃집에', '옆집에 피', '밖으로 도망', '숨어 있어', '소리도 못', '소리를 못', '무서워'] }] },
      vi: { pairs: [{ reach: 100, acrossSentences: 2,
        a: ['cầm búa', 'cầm dao', 'cầm con dao', 'cầm gậy', 'cầm cây búa', 'vác dao', 'có dao'],
        b: ['trong xe', 'ngồi trong xe', 'chạy ra xe', 'sang nhà hàng xóm', 'ở nhà hàng xóm', 'ở nhờ nhà hàng xóm', 'trốn sang nhà hàng xóm', 'trốn ra ngoài', 'đang trốn', 'không dám lên tiếng', 'không dám nói', 'sợ quá'] }] },
      ne: { pairs: [{ reach: 100, acrossSentences: 2,
        a: ['chakku', 'hathauda', 'khukuri', 'khukri', 'चक्कु', 'हथौडा', 'खुकुरी'],
        b: ['car ma chhau', 'car ma chhaun', 'gadi ma chhau', 'gaadi ma chhau', 'car ma lukeko', 'gadi bhitra', 'chhimeki ko ghar ma', 'bahira bhagyau', 'lukeka chhau', 'lukera baseka', 'bolna sakdina', 'aawaj nikalna sakdina', 'गाडीमा छौं', 'छिमेकीको घरमा', 'बोल्न सक्दिन'] }] },
      tl: { pairs: [{ reach: 100, acrossSentences: 2,
        a: ['may hawak na martilyo', 'may hawak na kutsilyo', 'may hawak na itak', 'may dalang kutsilyo', 'may dalang martilyo', 'may dalang itak', 'hawak ang kutsilyo', 'hawak ang martilyo'],
        b: ['nasa kapitbahay kami', 'nasa kotse kami', 'nasa sasakyan kami', 'tumakbo kami palabas', 'nagtatago kami', 'nakatago kami', 'hindi ako makapagsalita', 'di ako makapagsalita', 'takot na takot'] }] },
      pt: { pairs: [{ reach: 100, acrossSentences: 2,
        a: ['com um martelo', 'com uma faca', 'com a faca', 'com um facão', 'segurando um martelo', 'segurando uma faca', 'segurando a faca', 'faca na mão', 'com um taco'],
        b: ['estamos no carro', 'dentro do carro', 'fugimos pro carro', 'na casa da vizinha', 'na casa do vizinho', 'escondidas', 'escondidos', 'escondida', 'fugimos', 'não consigo falar', 'não consigo gritar', 'apavorada'] }] },
      id: { pairs: [{ reach: 100, acrossSentences: 2,
        a: ['bawa palu', 'bawa pisau', 'bawa golok', 'pegang palu', 'pegang pisau', 'pegang golok', 'megang pisau', 'membawa pisau', 'membawa palu', 'memegang pisau'],
        b: ['di dalam mobil', 'di mobil sekarang', 'kabur ke mobil', 'di rumah tetangga', 'ngungsi ke tetangga', 'sembunyi', 'kabur keluar', 'gak bisa ngomong', 'ga bisa ngomong', 'tidak bisa bersuara', 'gak berani bersuara', 'ketakutan'] }] },
    },
  },
  {
    // «chồng em giữ hết hộ chiếu của em rồi khóa cửa từ bên ngoài, từ sáng tới giờ em không ra được», «Boyfriend le mero
    // phone lagchha ra kaam ma jada bahira bata dhoka lock garchha … Jhyal khuldaina»: the door locked from outside on
    // the writer, with the passport or phone taken, no way out, since the morning. (A latch that snapped, a toddler who
    // locked himself in: no one locks the writer in from outside.)
    name: 'locked in from outside by a partner, the passport or phone taken, no way out',
    signal: 'violence',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 1,
        a: ['外から鍵', 'そとからかぎ', '外からカギ', '外から閉じ込め', 'そとからとじこめ', '外から南京錠', 'そとからなんきんじょう'],
        b: ['出られない', 'でられない', '出れない', 'でれない', '朝から', 'あさから', 'パスポート', 'ぱすぽーと', '携帯を取', 'けいたいをと', 'スマホを取', 'すまほをと', '窓が開かない', 'まどがあかない'] }] },
      en: { pairs: [{ reach: 80, acrossSentences: 1,
        a: ['locks the door from outside', 'locked the door from outside', 'locks the door from the outside', 'locked the door from the outside', 'locks me in', 'locked me in', 'locks me inside', 'locked me inside'],
        b: ['passport', 'my phone', 'cant get out', 'cant leave', 'since this morning', 'since morning', 'window wont open', 'windows dont open', 'when he goes to work', 'when she goes to work'] }] },
      zh: { pairs: [{ reach: 30, acrossSentences: 1,
        a: ['从外面锁', '从外面反锁', '把门从外面', '把我锁在', '把我反锁在'],
        b: ['出不去', '护照', '手机', '从早上', '窗户打不开', '上班的时候'] }] },
      ko: { pairs: [{ reach: 60, acrossSentences: 1,
        a: ['밖에서 문을 잠', '밖에서 잠가', '밖에서 잠그', '밖에서 문 잠', '나를 가두', '저를 가두', '집에 가두'],
        b: ['못 나가', '나갈 수가 없', '여권', '휴대폰', '핸드폰', '아침부터', '창문이 안 열', '출근할 때'] }] },
      vi: { pairs: [{ reach: 80, acrossSentences: 1,
        a: ['khóa cửa từ bên ngoài', 'khóa trái cửa từ ngoài', 'khóa cửa bên ngoài', 'nhốt em trong', 'nhốt tôi trong', 'nhốt em ở nhà', 'nhốt tôi ở nhà'],
        b: ['không ra được', 'không ra ngoài được', 'hộ chiếu', 'điện thoại', 'từ sáng', 'cửa sổ không mở', 'đi làm'] }] },
      ne: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['bahira bata dhoka lock', 'bahira bata dhoka band', 'baahira bata dhoka lock', 'bahirabata dhoka lock', 'bahira bata chukul', 'bahira bata taalcha', 'bahira bata tala', 'बाहिरबाट ढोका', 'बाहिरबाट ताल्चा'],
        b: ['phone lagchha', 'phone lanchha', 'phone khosyo', 'phone khosera', 'passport', 'jhyal khuldaina', 'nisken sakdina', 'niskina sakdina', 'niskana sakdina', 'kaam ma jada', 'फोन', 'झ्याल खुल्दैन', 'निस्कन सक्दिन'] }] },
      tl: { pairs: [{ reach: 80, acrossSentences: 1,
        a: ['ni-lock ako sa loob', 'nilock ako sa loob', 'ikinandado ako', 'kinandado ako', 'ni-lock ang pinto mula sa labas', 'nilock ang pinto mula sa labas', 'naka lock mula sa labas', 'ikinulong ako'],
        b: ['hindi ako makalabas', 'di ako makalabas', 'passport', 'cellphone', 'phone ko', 'simula kaninang umaga', 'bintana', 'pag pumapasok siya sa trabaho'] }] },
      pt: { pairs: [{ reach: 80, acrossSentences: 1,
        a: ['trancou a porta por fora', 'tranca a porta por fora', 'trancou por fora', 'tranca por fora', 'me trancou em casa', 'me tranca em casa', 'me trancou dentro', 'me tranca dentro'],
        b: ['não consigo sair', 'não posso sair', 'passaporte', 'celular', 'desde de manhã', 'desde cedo', 'janela não abre', 'quando vai trabalhar'] }] },
      id: { pairs: [{ reach: 80, acrossSentences: 1,
        a: ['kunci pintu dari luar', 'mengunci pintu dari luar', 'dikunci dari luar', 'ngunci dari luar', 'ngunciin saya', 'mengurung saya', 'ngurung saya', 'ngurung aku', 'kurung aku'],
        b: ['gak bisa keluar', 'ga bisa keluar', 'tidak bisa keluar', 'paspor', 'hp saya', 'hp aku', 'dari pagi', 'jendela gak bisa', 'pas dia kerja', 'kalau dia kerja'] }] },
    },
  },
  {
    // «Em gái tôi gọi mà không nói gì, chỉ nghe tiếng chồng nó quát 'mày chết đi' với tiếng đồ vỡ», 「壁ごしに隣の奥さんが
    // 「やめて、痛い」と泣いていて、何かが壁にぶつかる音が」: what is heard — a call with no words but shouting and things
    // breaking; through the wall, a woman crying "stop, it hurts" with thuds against it. (A child's cry through the
    // wall is child abuse, told elsewhere: here the one crying out is a woman.)
    name: 'heard over a silent call (shouting, things breaking) or through the wall (a woman crying “stop, it hurts” with thuds)',
    signal: 'violence',
    words: {
      ja: { pairs: [
        { reach: 40, acrossSentences: 1, a: ['電話の向こうで', 'でんわのむこうで', '電話してきたけど何も', 'でんわしてきたけどなにも', '無言で', 'むごんで', '無言電話', 'むごんでんわ', '電話越しに', 'でんわごしに'], b: ['怒鳴', 'どな', '割れる音', 'われるおと', '壊れる音', 'こわれるおと', '死ね', 'しね', '悲鳴', 'ひめい', '叫び声', 'さけびごえ'] },
        { reach: 40, acrossSentences: 1, a: cross(['奥さん', 'おくさん', '女の人', 'おんなのひと', '女性', 'じょせい', '彼女', 'かのじょ', 'お母さん', 'おかあさん'], ['やめて', '痛い', 'いたい', '助けて', 'たすけて'], '...'), b: ['壁にぶつかる', 'かべにぶつかる', 'ぶつかる音', 'ぶつかるおと', 'ドンドン', 'どんどん', '叩きつけ', 'たたきつけ', '壁ごし', 'かべごし', 'かべのむこう', '壁の向こう'] },
      ] },
      en: { pairs: [
        { reach: 80, acrossSentences: 1, a: ['called but didnt say anything', 'called but said nothing', 'called me but didnt say', 'on the phone i could hear', 'over the phone i heard', 'all i could hear was', 'i could only hear', 'in the background i heard', 'in the background i could hear'], b: ['shouting', 'screaming', 'yelling', 'smashing', 'breaking', 'crash', 'die$', 'hitting'] },
        { reach: 60, acrossSentences: 1, a: cross(['woman', 'wife', 'lady', 'mrs', 'girlfriend', 'mum', 'mom', 'mother'], ['stop it hurts', 'stop youre hurting', 'youre hurting me', 'please stop', 'it hurts', 'help me'], '...'), b: ['through the wall', 'against the wall', 'thuds', 'thudding', 'banging', 'crashing'] },
      ] },
      zh: { pairs: [
        { reach: 30, acrossSentences: 1, a: ['打电话来但不说话', '打来电话却不说话', '打电话来却不说话', '电话那头', '电话里只听到', '电话里听到'], b: ['吼', '骂', '摔东西', '东西碎', '砸东西', '去死', '尖叫'] },
        { reach: 30, acrossSentences: 1, a: cross(['太太', '女的', '女人', '老婆', '妻子', '阿姨', '妈妈'], ['别打了', '不要', '住手', '好痛', '救命'], '...'), b: ['隔着墙', '墙那边', '撞墙的声音', '撞到墙', '砰砰', '咚咚'] },
      ] },
      ko: { pairs: [
        { reach: 60, acrossSentences: 1, a: ['전화했는데 아무 말', '전화해서 아무 말', '전화가 왔는데 아무 말', '전화 너머로', '전화기 너머', '수화기 너머'], b: ['소리치', '고함', '깨지는 소리', '부서지는 소리', '죽어', '비명', '때리는 소리'] },
        { reach: 60, acrossSentences: 1, a: cross(['아주머니', '아줌마', '여자', '부인', '아내', '새댁', '엄마'], ['하지 마', '그만해', '아파', '살려'], '...'), b: ['벽 너머', '벽에 부딪', '쿵쿵', '쾅쾅', '부딪히는 소리'] },
      ] },
      vi: { pairs: [
        { reach: 80, acrossSentences: 1, a: ['gọi mà không nói gì', 'gọi điện mà không nói gì', 'gọi nhưng không nói gì', 'chỉ nghe tiếng', 'qua điện thoại nghe', 'trong điện thoại nghe'], b: ['quát', 'chửi', 'đồ vỡ', 'đập đồ', 'chết đi', 'la hét', 'tiếng hét', 'tiếng đánh'] },
        { reach: 60, acrossSentences: 1, a: cross(['vợ', 'người phụ nữ', 'cô ấy', 'chị ấy', 'bà ấy', 'mẹ'], ['dừng lại', 'đừng đánh', 'đau quá', 'cứu tôi', 'cứu với'], '...'), b: ['qua tường', 'bên kia tường', 'đập vào tường', 'tiếng đập', 'thình thịch', 'rầm rầm'] },
      ] },
      ne: { pairs: [
        { reach: 80, acrossSentences: 1, a: ['phone garyo tara kei bolena', 'phone garin tara kei bolina', 'phone ma kei bolena', 'phone ma matra sunen', 'phone ma sunen', 'phone bata sunen', 'फोनमा सुनें', 'फोन गरी तर केही बोलिन'], b: ['karaeko', 'karaundai', 'chichyaeko', 'saman futeko', 'saman phuteko', 'mari ja', 'कराएको', 'सामान फुटेको', 'मरिजा'] },
        { reach: 60, acrossSentences: 1, a: [...cross(['shrimati', 'srimati', 'mahila', 'didi', 'aama', 'budi'], ['nagara', 'chhoda', 'dukhyo', 'bachau'], '...'), ...cross(['श्रीमती', 'महिला', 'दिदी', 'आमा'], ['नगर', 'छोड', 'दुख्यो', 'बचाऊ'], '...')], b: ['bhitta pari', 'bhitta bata', 'bhitta ma thokieko', 'dham dham', 'धम्म', 'भित्तापारि', 'भित्तामा ठोकिएको'] },
      ] },
      tl: { pairs: [
        { reach: 80, acrossSentences: 1, a: ['tumawag pero walang sinabi', 'tumawag pero hindi nagsalita', 'sa phone narinig ko', 'sa telepono narinig ko', 'narinig ko lang sa phone', 'ang naririnig ko lang'], b: ['sumisigaw', 'sigaw', 'nababasag', 'basag', 'mamatay ka', 'sinasaktan', 'kalabog'] },
        { reach: 60, acrossSentences: 1, a: cross(['misis', 'asawa', 'babae', 'nanay', 'ate'], ['tama na', 'masakit', 'tulong', 'saklolo'], '...'), b: ['sa kabilang pader', 'kalabog sa pader', 'tumatama sa pader', 'bumabagsak sa pader'] },
      ] },
      pt: { pairs: [
        { reach: 80, acrossSentences: 1, a: ['ligou e não disse nada', 'ligou mas não falou nada', 'ligou e não falou nada', 'no telefone ouvi', 'pelo telefone ouvi', 'só dava pra ouvir'], b: ['gritando', 'grito', 'quebrando', 'coisas quebrando', 'barulho de coisa quebrando', 'morre', 'vai morrer', 'batendo'] },
        { reach: 60, acrossSentences: 1, a: cross(['mulher', 'esposa', 'moça', 'senhora', 'vizinha', 'mãe'], ['tá doendo', 'está doendo', 'socorro', 'me solta', 'me larga', 'para com isso', 'para por favor'], '...'), b: ['pela parede', 'do outro lado da parede', 'batendo na parede', 'bate na parede', 'barulho de pancada', 'pancadas', 'baques'] },
      ] },
      id: { pairs: [
        { reach: 80, acrossSentences: 1, a: ['nelpon tapi gak ngomong', 'telepon tapi tidak bicara', 'nelpon tapi diam', 'cuma kedengeran', 'cuma terdengar', 'dari telepon terdengar', 'di telepon kedengeran'], b: ['teriak', 'bentak', 'barang pecah', 'pecah', 'mati aja', 'mati kau', 'mukul', 'jeritan'] },
        { reach: 60, acrossSentences: 1, a: cross(['istri', 'ibu', 'perempuan', 'wanita', 'mbak'], ['berhenti', 'sakit', 'ampun', 'tolong'], '...'), b: ['dari balik tembok', 'balik dinding', 'menabrak dinding', 'kena dinding', 'suara benturan', 'gedebuk', 'gedubrak'] },
      ] },
    },
  },
  {
    // «어젯밤에 그 사람 손이 제 목에 있었고 눈앞이 하얘졌어요»: his hand on my neck and everything went white or dark, I
    // could not breathe — strangling told by what it did, not by the word.
    name: 'his hand on my neck and everything went white or dark, I could not breathe',
    signal: 'violence',
    words: {
      ja: { pairs: [{ reach: 24, acrossSentences: 1, a: ['手が首に', 'てがくびに', '手が私の首に', 'てがわたしのくびに', '首に手を', 'くびにてを', '首を押さえ', 'くびをおさえ'], b: ['真っ白', 'まっしろ', '真っ暗', 'まっくら', '目の前が', 'めのまえが', '意識が遠', 'いしきがとお', '息ができ', 'いきができ', '気が遠く', 'きがとおく'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: 1, a: ['hand on my neck', 'hands on my neck', 'hand around my neck', 'hands around my throat', 'hand on my throat', 'hands on my throat', 'grabbed my neck', 'grabbed my throat', 'were around my throat', 'was around my throat', 'were around my neck', 'was around my neck', 'were on my neck', 'was on my neck', 'were on my throat', 'was on my throat'], b: ['went white', 'went black', 'went dark', 'blacked out', 'passed out', 'couldnt breathe', 'saw stars'] }] },
      zh: { pairs: [{ reach: 20, acrossSentences: 1, a: ['手在我脖子', '手掐着我的脖子', '掐着我脖子', '掐住我的脖子', '手放在我脖子', '卡住我的脖子'], b: ['眼前发白', '眼前一白', '眼前发黑', '眼前一黑', '喘不过气', '不能呼吸', '差点晕'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 1, a: ['손이 제 목에', '손이 내 목에', '손이 목에', '목을 잡', '목을 졸', '목을 조르'], b: ['하얘졌', '하얘지', '캄캄해', '깜깜해', '까매졌', '숨이 안 쉬어', '숨을 못 쉬', '정신을 잃', '기절'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: 1, a: ['tay anh ta trên cổ', 'tay hắn trên cổ', 'tay ở cổ tôi', 'tay trên cổ tôi', 'bóp cổ', 'siết cổ', 'nắm cổ tôi'], b: ['trắng xóa', 'tối sầm', 'tối đen', 'không thở được', 'ngất', 'choáng'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: 1, a: ['ghaanti ma haat', 'ghanti ma haat', 'ghati ma haat', 'ghaati ma haat', 'ghaanti thichyo', 'ghanti thichyo', 'घाँटीमा हात', 'घाँटी थिच्यो'], b: ['seto bhayo', 'andhyaro bhayo', 'saas ferna sakina', 'sas ferna sakina', 'behosh', 'सेतो भयो', 'अँध्यारो भयो', 'बेहोस'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 1, a: ['kamay niya sa leeg ko', 'kamay nya sa leeg ko', 'hinawakan ang leeg ko', 'sinakal'], b: ['pumuti ang paningin', 'nagdilim ang paningin', 'dumilim ang paningin', 'hindi ako makahinga', 'di ako makahinga', 'nawalan ng malay'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: 1, a: ['mão no meu pescoço', 'mãos no meu pescoço', 'mão dele no meu pescoço', 'mãos dele no meu pescoço', 'apertou meu pescoço', 'agarrou meu pescoço'], b: ['ficou tudo branco', 'ficou branco', 'ficou tudo preto', 'escureceu', 'não conseguia respirar', 'desmaiei'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: 1, a: ['tangannya di leher saya', 'tangannya di leherku', 'tangan dia di leher', 'nyekik', 'dicekik', 'memegang leher saya'], b: ['jadi putih', 'jadi gelap', 'gelap semua', 'gak bisa napas', 'ga bisa napas', 'tidak bisa bernapas', 'pingsan'] }] },
    },
  },
  {
    // "Dad just texted me 'he has the golf club again please come' and now neither of them answers."
    name: 'someone at home has the club, bat or knife again, and the one at risk pleads to come or stops answering',
    signal: 'violence',
    words: {
      ja: { pairs: [{ reach: 60, acrossSentences: 2,
        a: ['ゴルフクラブを持', 'ごるふくらぶをも', 'ゴルフクラブをまた', 'バットを持', 'ばっとをも', 'バットをまた', '木刀を持', 'ぼくとうをも', '包丁をまた', 'ほうちょうをまた'],
        b: ['早く来て', 'はやくきて', 'すぐ来て', 'すぐきて', '助けに来て', 'たすけにきて', 'どちらも電話に出', 'どっちも電話に出', '二人とも電話に出', 'ふたりともでんわにで'] }] },
      en: { pairs: [{ reach: 100, acrossSentences: 2,
        a: ['has the golf club', 'has a golf club', 'got the golf club', 'golf club again', 'has the bat', 'has a bat', 'has the baseball bat', 'got the bat', 'bat again', 'has the knife again', 'has a knife again', 'knife out again'],
        b: ['please come now', 'please come quick', 'come quickly', 'come right now', 'neither of them answers', 'neither of them is answering', 'neither answers', 'nobody answers', 'no one answers', 'not answering'] }] },
      zh: { pairs: [{ reach: 40, acrossSentences: 2,
        a: ['拿着高尔夫球杆', '拿着球杆', '拿了球杆', '又拿起球杆', '拿着棒球棍', '拿着球棒', '又拿着刀', '又拿起刀'],
        b: ['快来', '快过来', '求你来', '两个人都不接', '都不接电话', '没人接', '不接电话'] }] },
      ko: { pairs: [{ reach: 60, acrossSentences: 2,
        a: ['골프채를 들', '골프채를 또', '또 골프채', '야구 방망이를 들', '방망이를 들', '방망이를 또', '또 칼을 들'],
        b: ['빨리 와', '와 줘', '와줘', '둘 다 전화를 안', '둘 다 안 받', '전화를 안 받', '연락이 안'] }] },
      vi: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['cầm gậy golf', 'cầm gậy đánh golf', 'cầm gậy bóng chày', 'lại cầm gậy', 'lại cầm dao'],
        b: ['đến ngay', 'tới ngay', 'qua ngay', 'đến cứu', 'cả hai không nghe máy', 'không ai nghe máy', 'không nghe máy'] }] },
      ne: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['golf club liyera', 'golf stick liyera', 'laathi liyera', 'lathi liyera', 'feri chakku liyera', 'pheri chakku liyera', 'लाठी लिएर', 'फेरि चक्कु लिएर'],
        b: ['chhito aau', 'chito aau', 'chhitto aaunu', 'aaihalnu', 'phone uthaudaina', 'phone uthaudainan', 'kasaile phone uthaudaina', 'छिटो आउ', 'फोन उठाउँदैन'] }] },
      tl: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['hawak ang golf club', 'may hawak na golf club', 'hawak ang bat', 'may hawak na bat', 'hawak na naman ang kutsilyo', 'hawak na naman ang bat'],
        b: ['pumunta ka na', 'puntahan mo ako', 'puntahan mo kami', 'hindi sumasagot', 'walang sumasagot', 'pareho silang hindi sumasagot'] }] },
      pt: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['com o taco de golfe', 'pegou o taco', 'com o taco de novo', 'com o bastão', 'pegou o bastão', 'pegou a faca de novo', 'com a faca de novo'],
        b: ['vem logo', 'vem rápido', 'venha rápido', 'por favor vem', 'nenhum dos dois atende', 'ninguém atende', 'não atende'] }] },
      id: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['pegang stik golf', 'bawa stik golf', 'pegang tongkat golf', 'pegang pemukul', 'bawa pemukul', 'pegang pisau lagi', 'bawa pisau lagi'],
        b: ['tolong datang', 'cepat datang', 'cepat ke sini', 'dua-duanya tidak angkat', 'tidak ada yang angkat', 'tidak diangkat', 'gak diangkat'] }] },
    },
  },
  {
    // "my husband has taken my shoes and my phone charger and says I'm not leaving the house again. the front door is chained from his side."
    name: 'kept from leaving: my shoes, keys or phone taken, told I will not go out, the door chained or locked from his side',
    signal: 'violence',
    words: {
      ja: { pairs: [{ reach: 60, acrossSentences: 2,
        a: ['私の靴を', 'わたしのくつを', '私の鍵を', 'わたしのかぎを', '私の携帯を', 'わたしのけいたいを', '私のスマホを', 'わたしのすまほを', '私の充電器', 'わたしのじゅうでんき'],
        b: ['もう外に出さない', 'もうそとにださない', '家から出さない', 'いえからださない', '家から出るな', 'いえからでるな', '出してくれない', 'だしてくれない', '出られない', 'でられない', 'チェーンが', 'ちぇーんが', '外から鍵', 'そとからかぎ'] }] },
      en: { pairs: [{ reach: 100, acrossSentences: 2,
        a: ['taken my shoes', 'took my shoes', 'hid my shoes', 'hidden my shoes', 'taken my keys', 'took my keys', 'taken my phone', 'took my phone', 'taken my charger', 'took my charger', 'taken my passport', 'took my passport'],
        b: ['not leaving the house', 'wont let me leave', 'not allowed to leave', 'not let me leave', 'never leaving', 'chained from', 'locked from the outside', 'locked from his side', 'cant get out', 'not leaving this house'] }] },
      zh: { pairs: [{ reach: 40, acrossSentences: 2,
        a: ['拿走了我的鞋', '把我的鞋藏', '藏了我的鞋', '没收了我的手机', '拿走了我的手机', '拿走了我的钥匙', '把我的手机拿走', '把我的钥匙拿走', '拿走了我的充电器', '拿走我的充电器'],
        b: ['不让我出门', '不准我出门', '不许我出门', '不让我出去', '不准我出去', '别想出去', '从外面锁', '链子锁', '门链', '出不去'] }] },
      ko: { pairs: [{ reach: 60, acrossSentences: 2,
        a: ['내 신발을', '제 신발을', '신발을 숨', '휴대폰을 뺏', '폰을 뺏', '핸드폰을 뺏', '열쇠를 뺏', '충전기를 가져'],
        b: ['못 나가게', '밖에 못 나가', '집 밖에 못', '나가지 못하게', '못 나간다', '체인', '밖에서 잠'] }] },
      vi: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['lấy giày của tôi', 'giấu giày của tôi', 'giấu giày của em', 'lấy điện thoại của tôi', 'lấy điện thoại của em', 'tịch thu điện thoại', 'lấy chìa khóa của tôi', 'lấy cục sạc'],
        b: ['không cho tôi ra', 'không cho em ra', 'không cho ra khỏi nhà', 'không được ra khỏi nhà', 'khóa từ bên ngoài', 'khóa xích', 'không ra được'] }] },
      ne: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['mero jutta', 'jutta lukai', 'mero phone khos', 'phone khosyo', 'mero sancho khos', 'mero saancho khos', 'मेरो जुत्ता', 'फोन खोस'],
        b: ['bahira jana dinna', 'bahira jaana dinna', 'ghar bata niskana dinna', 'bahira bata chukul', 'bahira bata lock', 'बाहिर जान दिन्न', 'बाहिरबाट चुकुल'] }] },
      tl: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['kinuha ang sapatos ko', 'tinago ang sapatos ko', 'kinuha ang phone ko', 'kinuha ang cellphone ko', 'kinuha ang susi ko', 'kinuha ang charger ko'],
        b: ['hindi ako makakalabas', 'hindi ako palalabasin', 'ayaw akong palabasin', 'hindi ako pinapalabas', 'nakakandado mula sa labas', 'naka kadena'] }] },
      pt: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['pegou meus sapatos', 'escondeu meus sapatos', 'pegou meu celular', 'tomou meu celular', 'pegou minhas chaves', 'escondeu minhas chaves', 'pegou meu carregador'],
        b: ['não vou mais sair', 'eu não vou mais sair', 'não me deixa sair', 'trancou por fora', 'trancada por fora', 'passou a corrente', 'com corrente'] }] },
      id: { pairs: [{ reach: 80, acrossSentences: 2,
        a: ['mengambil sepatu saya', 'menyembunyikan sepatu saya', 'ambil sepatu saya', 'mengambil hp saya', 'ambil hp saya', 'menyita hp saya', 'mengambil kunci saya', 'ambil charger saya', 'mengambil charger saya'],
        b: ['tidak boleh keluar', 'gak boleh keluar', 'tidak membiarkan saya keluar', 'dikunci dari luar', 'dirantai', 'digembok dari luar'] }] },
    },
  },
  // ── crisis batch 21 (helper C3): a weapon announced by someone outside now; a parent pinned down now ──
  {
    // «他现在就在我家楼下，刚发短信说带了刀», "he texted that he's brought a knife, he's downstairs": a stalker or
    // an ex who says he carries a blade, and is at the door, below the flat or outside now. (Stalking alone is
    // the women's window's; a weapon and a place now make it violence — LABELLING.md.) A knife used at home
    // in a kitchen is no knife "brought"; an ex who texted last year names no place now.
    name: 'a weapon announced — said or texted he brought a knife or a gun — by someone at the door, downstairs or outside now',
    signal: 'violence',
    words: {
      ja: { pairs: [{ reach: 40, acrossSentences: 2,
        a: ['包丁を持ってき', 'ナイフを持ってき', '刃物を持ってき', '包丁持ってき', 'ナイフ持ってき', '刃物持ってき', '包丁を持ってる', 'ナイフを持ってる', '刃物を持ってる', 'ほうちょうをもってき', 'ないふをもってき', 'はものをもってき', 'ほうちょうもってる', 'ないふもってる', 'ほうちょうをもってる', 'ないふをもってる'],
        b: ['下にいる', '下にいます', '下で待って', 'マンションの下', 'アパートの下', '玄関の前', 'ドアの前', '家の前', '外にいる', '外で待って', 'したにいる', 'したでまって', 'げんかんのまえ', 'どあのまえ', 'いえのまえ', 'そとにいる', 'そとでまって', '降りてこい', 'おりてこい'] }] },
      en: { pairs: [{ reach: 60, acrossSentences: 2,
        a: ['he brought a knife', 'hes brought a knife', 'he has brought a knife', 'hes bringing a knife', 'he is carrying a knife', 'hes carrying a knife', 'has a knife on him', 'got a knife on him', 'he brought a gun', 'hes brought a gun', 'hes carrying a gun', 'he is carrying a gun', 'has a gun on him', 'hes armed', 'he is armed', 'says hes got a knife', 'said hes got a knife'],
        b: ['downstairs', 'outside my door', 'outside the door', 'at the door', 'at my door', 'outside the building', 'outside my flat', 'outside my house', 'outside my apartment', 'waiting outside', 'in the lobby', 'at the gate', 'come down or'] }] },
      zh: { pairs: [{ reach: 30, acrossSentences: 2,
        a: ['带了刀', '带着刀', '带了一把刀', '带了把刀', '带了菜刀', '带着菜刀', '带了刀子', '带着刀子', '身上有刀', '拿着刀', '拿了刀', '带了枪', '带着枪'],
        b: ['楼下', '门口', '门外', '家门口', '在外面等', '楼道', '不然就上来', '不然我就上去', '让我下去', '要我下去'] }] },
      ko: { pairs: [{ reach: 40, acrossSentences: 2,
        a: ['칼을 가져왔', '칼 가져왔', '칼을 가지고 왔', '칼 가지고 왔', '칼을 가지고 있', '칼 가지고 있', '칼을 들고 왔', '칼 들고 왔', '흉기를 가지고', '흉기 들고'],
        b: ['밑에 있', '밑에서 기다', '아래층', '아래에 있', '집 앞', '문 앞', '현관 앞', '밖에서 기다', '밖에 있', '내려오라', '내려와'] }] },
      vi: { pairs: [{ reach: 60, acrossSentences: 2,
        a: ['mang theo dao', 'mang dao', 'cầm dao', 'có mang dao', 'đem theo dao', 'đem dao', 'mang theo hung khí', 'cầm theo dao', 'mang theo súng'],
        b: ['dưới nhà', 'dưới lầu', 'dưới chung cư', 'trước cửa', 'ngoài cửa', 'trước nhà', 'đang đợi ngoài', 'đang đợi dưới', 'đang chờ dưới', 'đang chờ ngoài', 'bắt em xuống', 'bắt tôi xuống'] }] },
      ne: { pairs: [{ reach: 60, acrossSentences: 2,
        a: ['चक्कु ल्याएको', 'चक्कु ल्याएँ', 'चक्कु ल्याएको छु', 'खुकुरी ल्याएको', 'चक्कु बोकेको', 'खुकुरी बोकेको', 'chakku lyayeko', 'chakku lyaeko', 'khukuri lyayeko', 'chakku bokeko', 'khukuri bokeko'],
        b: ['तल छ', 'तल उभि', 'तल पर्खि', 'ढोकामा', 'ढोका बाहिर', 'घर बाहिर', 'गेटमा', 'tala chha', 'tala cha', 'tala parkhi', 'dhokama', 'dhoka bahira', 'ghar bahira', 'gate ma'] }] },
      tl: { pairs: [{ reach: 60, acrossSentences: 2,
        a: ['may dalang kutsilyo', 'may dala siyang kutsilyo', 'may dala daw siyang kutsilyo', 'nagdala ng kutsilyo', 'may kutsilyo siya', 'may dalang baril', 'may baril siya', 'may dalang patalim', 'may patalim siya'],
        b: ['nasa baba', 'sa baba ng', 'nasa labas', 'sa labas ng pinto', 'sa labas ng bahay', 'sa tapat ng bahay', 'sa gate', 'naghihintay sa labas', 'nasa pinto', 'bumaba ako'] }] },
      pt: { pairs: [{ reach: 60, acrossSentences: 2,
        a: ['ele trouxe uma faca', 'que trouxe uma faca', 'que trouxe faca', 'ele tá com uma faca', 'ele ta com uma faca', 'ele está com uma faca', 'que tá com uma faca', 'que ta com uma faca', 'que está com uma faca', 'ele tá armado', 'ele ta armado', 'ele está armado', 'que tá armado', 'que ta armado', 'que está armado', 'que trouxe uma arma', 'ele trouxe uma arma'],
        b: ['lá embaixo', 'aqui embaixo', 'na porta', 'no portão', 'na frente de casa', 'na frente do prédio', 'lá fora', 'aqui fora', 'na portaria', 'me esperando', 'pra eu descer', 'que eu desça'] }] },
      id: { pairs: [{ reach: 60, acrossSentences: 2,
        a: ['dia bawa pisau', 'dia membawa pisau', 'katanya bawa pisau', 'katanya membawa pisau', 'dia bawa golok', 'katanya bawa golok', 'dia bawa senjata', 'katanya bawa senjata', 'dia bawa sajam', 'dia pegang pisau', 'katanya ada pisau', 'dia bawa pistol'],
        b: ['di bawah', 'di depan rumah', 'di depan pintu', 'di luar rumah', 'di luar kos', 'di depan kos', 'di depan apartemen', 'nunggu di', 'menunggu di', 'suruh aku turun', 'suruh saya turun'] }] },
    },
  },
  {
    // "her son has pinned his mum to the bed, we are pulling him off", 「息子が母をベッドに押さえつけて」: someone
    // (often an older parent) held down by force on a bed or the floor now — sat on, pressed down, strangled.
    name: 'someone (an older parent, a partner) pinned or held down on a bed or the floor now, others pulling the attacker off',
    signal: 'violence',
    words: {
      ja: { say: ['ベッドに押さえつけ', 'べっどにおさえつけ', '床に押さえつけ', 'ゆかにおさえつけ', '母を押さえつけ', '父を押さえつけ', 'ははをおさえつけ', 'おかあさんをおさえつけ', '馬乗りになって殴', 'うまのりになってなぐ', '馬乗りになって首'],
        pairs: [{ reach: 20, a: ['押さえつけ', 'おさえつけ', '馬乗り', 'うまのり'], b: ['引き離', 'ひきはな', '引きはが', 'ひきはが', '叫んで', 'さけんで', 'どなって', '怒鳴って'] }] },
      en: { say: ['pinned his mum', 'pinned his mom', 'pinned his mother', 'pinned her mum', 'pinned her mom', 'pinned her mother', 'pinned his dad', 'pinned his father', 'pinned my mum', 'pinned my mom', 'pinned my mother', 'pinned my dad', 'pinned her to the bed', 'pinned him to the bed', 'pinned me to the bed', 'pinned her to the floor', 'pinned him to the floor', 'pinned me to the floor', 'pinned her against the wall', 'pinned me against the wall', 'pinning her to the bed', 'pinning him to the bed', 'pinning me to the bed', 'pinning her to the floor', 'pinning him to the floor', 'pinning me to the floor', 'pinning her down', 'pinning him down', 'pinning me down', 'holding her down on the', 'holding him down on the', 'holding me down on the', 'sitting on top of her and', 'kneeling on her neck', 'kneeling on his neck'],
        pairs: [{ reach: 60, acrossSentences: 1, a: ['pinned', 'pinning', 'holding her down', 'holding him down'], b: ['pull him off', 'pull her off', 'pulling him off', 'pulling her off', 'get him off', 'get her off', 'drag him off', 'dragging him off'] }] },
      zh: { say: ['按在床上', '压在床上', '摁在床上', '按在地上', '摁在地上', '压在地上', '骑在她身上', '骑在他身上', '骑在我身上', '把妈妈按', '把我妈按', '把母亲按', '把奶奶按', '把妈妈压', '把我妈压'],
        pairs: [{ reach: 20, a: ['按住', '压住', '摁住'], b: ['拉开', '拉不开', '扯开', '拉他', '大吼', '大叫'] }] },
      ko: { say: ['침대에 눌러', '침대에 짓눌러', '바닥에 눌러', '바닥에 짓눌러', '엄마를 짓누르', '어머니를 짓누르', '엄마 위에 올라타', '어머니 위에 올라타', '올라타서 때리', '올라타서 목'],
        pairs: [{ reach: 30, a: ['짓누르', '짓눌러', '눌러 앉', '올라타'], b: ['떼어내', '떼어 내', '떼어놓', '떼놓', '말리고', '소리를 지르'] }] },
      vi: { say: ['đè mẹ xuống', 'đè bà xuống', 'đè mẹ lên giường', 'đè bà lên giường', 'đè bố xuống', 'đè em xuống giường', 'đè tôi xuống giường', 'đè chị ấy xuống', 'đè lên người mẹ', 'đè lên người bà', 'ghì mẹ xuống', 'ghì chặt mẹ', 'ghì bà xuống'],
        pairs: [{ reach: 40, a: ['đè', 'ghì'], b: ['kéo anh ta ra', 'kéo nó ra', 'kéo hắn ra', 'kéo ra không được', 'gỡ ra'] }] },
      ne: { say: ['आमालाई ओछ्यानमा थिचे', 'आमालाई भुइँमा थिचे', 'बुबालाई भुइँमा थिचे', 'आमालाई थिचेर', 'आमामाथि चढेर', 'ओछ्यानमा थिचेर', 'भुइँमा थिचेर', 'aamalai thichera', 'bhuima thichera', 'ochhyanma thichera'],
        pairs: [{ reach: 40, a: ['थिचेर', 'थिचिरहेको', 'thichera', 'thichirakheko'], b: ['छुटाउन', 'तानेर हटाउ', 'chhutauna', 'chutauna'] }] },
      tl: { say: ['dinaganan si nanay', 'dinaganan si mama', 'dinaganan ang nanay', 'dinaganan niya si', 'idiniin sa kama', 'idiniin si nanay', 'idiniin si mama', 'pinipigilan sa kama', 'nakadagan kay nanay', 'nakadagan kay mama', 'nakapatong kay nanay'],
        pairs: [{ reach: 40, a: ['dinaganan', 'idiniin', 'nakadagan'], b: ['inaawat', 'hinihila namin', 'hinihila palayo', 'awatin'] }] },
      pt: { say: ['prendeu a mãe na cama', 'prendendo a mãe na cama', 'segurando a mãe na cama', 'prendeu ela na cama', 'prendendo ela na cama', 'prendeu ela no chão', 'prendendo ela no chão', 'segurando ela no chão', 'segurando a mãe no chão', 'segurando a avó no chão', 'prendeu a avó', 'prendendo a avó', 'imobilizou a mãe', 'imobilizando a mãe', 'segurando ela à força na cama'],
        pairs: [{ reach: 30, a: ['em cima da mãe', 'em cima da avó', 'em cima da vó', 'em cima dela'], b: ['segurando', 'batendo', 'apertando o pescoço', 'enforcando'] }, { reach: 40, a: ['prendeu', 'prendendo', 'imobiliz', 'segurando ela', 'segurando a mãe'], b: ['tirar ele de cima', 'tirando ele de cima', 'puxar ele', 'puxando ele', 'arrancar ele'] }] },
      id: { say: ['menindih ibunya', 'menindih ibu', 'menindih mama', 'menindih nenek', 'menekan ibunya ke kasur', 'menekan ibu ke kasur', 'ditindih di kasur', 'ditindih di lantai', 'menindih saya di', 'menindihku di'],
        pairs: [{ reach: 40, a: ['menindih', 'ditindih', 'nindih'], b: ['menarik dia', 'narik dia', 'melepaskan dia', 'misahin', 'memisahkan'] }] },
    },
  },
  // ── crisis-30 (people writing in a role): a beating heard or seen by a passer-by, a tutor on a call ──
  {
    // «अहिले एउटा घरभित्रबाट बूढी आमैको 'नपिट, नपिट' भन्ने चिच्याहट र हिर्काएको आवाज आइरहेको छ», «suami murid saya … masuk ke
    // kamar dan memukul kepalanya berkali-kali, lalu kameranya mati»: a cry of "don't hit me" heard from a house now; a blow
    // seen on a video call or heard on the phone, then the camera or the call cut off. (A husband who came in to say hello
    // before the wifi dropped has no blow; a partner who "hits her", told as a habit, is another concept's.)
    name: 'a cry of “don’t hit me” heard from a house; someone seen being hit on a call, then the camera cut off',
    signal: 'violence',
    words: inEachLanguage((lang) => {
      const cjk = lang === 'ja' || lang === 'zh';
      return {
        pairs: [
          { reach: cjk ? 40 : 100, acrossSentences: 1, a: DONT_HIT_ME[lang], b: HEARD_CRYING_OUT[lang] },
          { ordered: true, reach: cjk ? 30 : 80, acrossSentences: 1, a: HITS_HER[lang], b: THEN_CUT_OFF[lang] },
        ],
      };
    }),
  },
  {
    // "fever went down, but my husband hit him hard last night", «meu marido bateu nele ontem»: a partner or a
    // family member named, then a blow on "him" or "her" — someone of the household, or anyone: a blow now.
    // (A figure of speech on the same words is none: "hit him up", "beat her at chess", "kicked him out",
    // "hit her head on the shelf".)
    name: 'a partner or family member named, then a blow on him or her',
    signal: 'violence',
    words: {
      en: {
        pairs: [{ ordered: true, reach: 30,
          a: ['my husband', 'my wife', 'my partner', 'my boyfriend', 'my girlfriend', 'my ex', 'my dad', 'my father', 'my stepdad', 'my stepfather', 'my mom', 'my mum', 'my mother', 'my son', 'my brother', 'her husband', 'her boyfriend', 'his wife', 'his girlfriend'],
          b: [
            ...cross(['punched', 'punches', 'slapped', 'slaps', 'choked', 'chokes', 'strangled'], ['him', 'her', 'them'], ' '),
            // "hit", "kicked" and "beat" with what says a blow ("hard", "again", "in the face", "up"), not "hit her head" (a knock
            // of her own), "kicked him out" or "beat him at chess"
            ...cross(['hit', 'hits', 'kicked', 'kicks', 'beat', 'beats'], cross(['him', 'her', 'them'], ['hard', 'again', 'with', 'in the face', 'in the stomach', 'so hard', 'black and blue'], ' '), ' '),
            ...cross(['beat', 'beats'], ['him up', 'her up', 'them up'], ' '),
          ] }],
      },
      pt: {
        pairs: [{ ordered: true, reach: 30,
          a: ['meu marido', 'meu namorado', 'meu ex', 'meu pai', 'meu padrasto', 'minha mulher', 'minha esposa', 'minha mãe', 'meu filho', 'meu irmão', 'o marido dela', 'o namorado dela'],
          b: cross(['bateu', 'bate', 'socou', 'soca', 'chutou', 'chuta', 'espancou', 'espanca', 'agrediu', 'agride'], ['nele', 'nela', 'neles', 'nelas'], ' ') }],
      },
      ja: { pairs: [{ ordered: true, reach: 30,
        a: ['夫が', '主人が', '彼氏が', '元夫が', '父が', '母が', '息子が', '兄が', 'おっとが', 'しゅじんが', 'かれしが', 'ちちが', 'ははが', 'むすこが', 'あにが'],
        b: ['あの子を殴', 'その子を殴', '彼を殴', '彼女を殴', 'あの人を殴', 'あの子を蹴', 'その子を蹴', 'あのこをなぐ', 'そのこをなぐ', 'かれをなぐ', 'かのじょをなぐ', 'あのひとをなぐ', 'あのこをけ'] }] },
      zh: { pairs: [{ ordered: true, reach: 20,
        a: ['我老公', '我丈夫', '我男朋友', '我前夫', '我爸', '我妈', '我儿子', '我哥', '她老公', '她男朋友'],
        b: ['打了他', '打了她', '揍了他', '揍了她', '踢了他', '踢了她', '掐了他', '掐了她'] }] },
      ko: { pairs: [{ ordered: true, reach: 24,
        a: ['남편이', '남친이', '전남편이', '아빠가', '엄마가', '아들이', '오빠가', '형이'],
        b: ['걔를 때렸', '걔를 때려', '그 애를 때렸', '그를 때렸', '그녀를 때렸', '걔를 발로 찼', '걔 뺨을 때렸'] }] },
      vi: { pairs: [{ ordered: true, reach: 30,
        a: ['chồng tôi', 'chồng em', 'bạn trai em', 'bố tôi', 'bố em', 'mẹ em', 'con trai tôi', 'anh trai em'],
        b: ['đánh nó', 'đánh anh ấy', 'đánh chị ấy', 'đánh cô ấy', 'đá nó', 'đấm nó', 'tát nó'] }] },
      ne: { pairs: [{ ordered: true, reach: 30,
        a: ['श्रीमानले', 'बुबाले', 'आमाले', 'छोराले', 'दाइले', 'srimanle', 'shrimanle', 'buba le', 'bubale', 'logne le'],
        b: ['उसलाई कुट', 'उनलाई कुट', 'उसलाई पिट', 'उनलाई पिट', 'uslai kut', 'uslai pit', 'unlai kut', 'unlai pit'] }] },
      tl: { pairs: [{ reach: 30,
        a: ['asawa ko', 'boyfriend ko', 'tatay ko', 'nanay ko', 'anak ko', 'kuya ko', 'ex ko'],
        b: ['sinuntok siya', 'sinaktan siya', 'binugbog siya', 'sinipa siya', 'sinampal siya', 'sinuntok niya siya', 'binugbog niya siya'] }] },
      id: { pairs: [{ ordered: true, reach: 30,
        a: ['suami saya', 'suamiku', 'pacar saya', 'pacarku', 'ayah saya', 'bapak saya', 'ibu saya', 'anak saya', 'kakak saya'],
        b: ['memukul dia', 'mukul dia', 'menendang dia', 'nendang dia', 'menampar dia', 'nampar dia', 'memukulnya', 'mukulin dia', 'menghajar dia'] }] },
    },
  },
  {
    // Workers shut in by an employer (pass 24): the dorm gate chained or locked from outside, passports kept, a
    // threat to break legs if anyone runs, someone beaten for trying to leave (Cantonese «鎖住宿舍唔俾出»,
    // «有人想走即刻俾人打»). A door that merely locks, «唔俾出街» said of a parent's curfew, stay quiet.
    name: 'shut in by an employer: a dorm locked or chained from outside, a threat to break legs, beaten for trying to leave',
    signal: 'violence',
    words: {
      ja: {
        say: ['寮に閉じ込め', 'りょうにとじこめ', '外から鎖', 'そとからくさり', '外から南京錠', 'そとからなんきんじょう', '足を折るぞ', 'あしをおるぞ', '足を折ってやる', 'あしをおってやる', '脚を折ってやる', '足を折ると脅', 'あしをおるとおど'],
        pairs: [{ ordered: true, reach: 16, a: ['逃げようと', 'にげようと', '出ようとし', 'でようとし', '逃げたら', 'にげたら'], b: ['殴られ', 'なぐられ', '蹴られ', 'けられ', '叩かれ', 'たたかれ', '殴る', 'なぐる'] }],
      },
      en: {
        say: ['chained from outside', 'chained from the outside', 'padlocked from outside', 'padlocked from the outside', 'locked from outside', 'locked from the outside', 'locks us in', 'locked us in', 'locking us in', 'will break our legs', 'will break your legs', 'will break my legs', 'gonna break our legs', 'gonna break your legs', 'gonna break my legs', 'would break our legs', 'would break my legs', 'would break your legs', 'break our legs if', 'break your legs if', 'break my legs if', 'break his legs if', 'break her legs if'],
        pairs: [{ ordered: true, reach: 40, a: ['tried to leave', 'tried to run', 'tried to escape', 'tries to leave', 'tries to run', 'tries to escape', 'trying to leave', 'trying to escape'], b: ['beaten', 'beat him', 'beat her', 'beat us', 'beat them', 'got hit', 'hit him', 'hit her', 'punched', 'kicked him', 'kicked her'] }],
      },
      zh: {
        say: ['从外面锁', '從外面鎖', '从外面反锁', '從外面反鎖', '锁住宿舍', '鎖住宿舍', '把宿舍锁', '把宿舍鎖', '锁在宿舍', '鎖在宿舍', '俾人打', '畀人打', '俾佢打', '畀佢打', '打断你的腿', '打斷你的腿', '打断你们的腿', '打斷你們的腿', '打断我们的腿', '打斷我們的腿', '打断我的腿', '打斷我的腿', '打斷腳'],
        pairs: [
          { ordered: true, reach: 16, a: ['锁住', '鎖住', '锁着', '鎖住咗', '反锁'], b: ['唔俾出', '唔畀出', '不让出', '不讓出', '不准出'] },
          { ordered: true, reach: 16, a: ['想走', '想逃', '想跑', '要走', '逃跑'], b: ['被打', '被人打', '挨打', '被揍', '打了一顿', '打咗一餐'] },
        ],
      },
      ko: {
        say: ['밖에서 문을 잠가', '밖에서 문을 잠갔', '밖에서 잠가', '밖에서 잠갔', '밖에서 자물쇠', '기숙사에 가둬', '기숙사에 갇혀', '다리를 부러뜨리', '다리를 분질러'],
        pairs: [{ ordered: true, reach: 40, a: ['나가려고', '나가려다', '도망가려', '도망치려', '도망가면', '도망치면'], b: ['맞았', '두들겨 맞', '폭행', '때렸', '때린다', '때리겠'] }],
      },
      vi: {
        say: ['khóa từ bên ngoài', 'khoá từ bên ngoài', 'khóa trái từ ngoài', 'khoá trái từ ngoài', 'xích cổng', 'xích cửa', 'nhốt trong ký túc xá', 'nhốt trong kí túc xá', 'đánh gãy chân', 'bẻ gãy chân', 'chặt chân'],
        pairs: [{ ordered: true, reach: 40, a: ['bỏ trốn', 'định trốn', 'muốn trốn', 'tìm cách trốn', 'định ra ngoài'], b: ['bị đánh', 'bị đập', 'đánh luôn', 'đánh cho'] }],
      },
      ne: {
        say: ['बाहिरबाट ताल्चा', 'बाहिरबाट चेन', 'खुट्टा भाँचिदिन्छु', 'खुट्टा भाँचिदिने', 'khutta bhachidinchhu', 'khutta bhanchidinchhu', 'khutta bhachidine', 'bahira bata chain', 'bahira bata talcha'],
        pairs: [{ ordered: true, reach: 40, a: ['भाग्न खोज्दा', 'भाग्न खोजे', 'निस्कन खोज्दा', 'bhagna khojda', 'niskina khojda', 'niskana khojda'], b: ['कुटे', 'कुटाइ', 'कुट्यो', 'kutyo', 'kute', 'kutai'] }],
      },
      tl: {
        say: ['kinandado mula sa labas', 'nakakandado mula sa labas', 'nakakadena ang gate', 'kinadenahan ang gate', 'babaliin ang paa', 'babaliin ang binti', 'babaliin ko ang paa', 'babaliin ko ang binti', 'babaliin daw ang'],
        pairs: [{ ordered: true, reach: 40, a: ['sinubukang tumakas', 'nagtangkang tumakas', 'sinubukang umalis', 'tumakas'], b: ['binugbog', 'sinaktan', 'pinalo', 'sinuntok'] }],
      },
      pt: {
        say: ['trancado por fora', 'trancada por fora', 'trancados por fora', 'trancadas por fora', 'acorrentado por fora', 'portão acorrentado', 'cadeado por fora', 'quebrar nossas pernas', 'quebrar minhas pernas', 'quebrar suas pernas', 'vai quebrar as pernas', 'quebrar as pernas de'],
        pairs: [{ ordered: true, reach: 40, a: ['tentou sair', 'tentou fugir', 'tentar fugir', 'tentou ir embora'], b: ['apanhou', 'bateram', 'espancad', 'levou uma surra'] }],
      },
      id: {
        say: ['dikunci dari luar', 'dirantai dari luar', 'gerbang dirantai', 'digembok dari luar', 'dikurung di asrama', 'dikurung di mess', 'patahkan kaki', 'mematahkan kaki', 'dipatahkan kakinya', 'patahin kaki'],
        pairs: [{ ordered: true, reach: 40, a: ['mencoba kabur', 'coba kabur', 'mau kabur', 'berusaha kabur', 'mencoba keluar'], b: ['dipukul', 'dihajar', 'dipukuli', 'digebukin'] }],
      },
    },
  },
  ...FOUND_AGAIN,
];
