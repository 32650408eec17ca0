import type { IdiomPair, Lexicon } from './types.ts';

/** A kick or a bruise from taekwondo, boxing or a game («anak ko nasipa sa taekwondo, may pasa»): sport, told sport first. */
// biome-ignore format: the words stay on a few lines, easy to read and extend
const SPORT_BRUISES = ['taekwondo', 'karate', 'judo', 'boxing', 'sparring', 'muay thai', 'arnis', 'martial arts', 'basketball', 'volleyball', 'football', 'pe class'].flatMap((sport) =>
  ['pasa$', 'bukol', 'nasipa', 'nasuntok'].map((hurt) => `${sport}...${hurt}`),
);

/**
 * Messages or photos lost with a phone («nawala lahat ng messages natin», "nabura yung chat history ko"): the
 * phone's data, not the writer («gusto ko na lang mawala» still alarms).
 */
// biome-ignore format: the words stay on a few lines, easy to read and extend
const DATA_GONE: IdiomPair[] = [
  {
    reach: 1,
    a: ['nawala', 'nabura', 'naglaho', 'nadelete', 'na delete', 'nawala na', 'nabura na'].flatMap((gone) =>
      ['', ' lahat ng', ' ang lahat ng', ' yung', ' ang', ' lahat ng mga', ' ang mga', ' yung mga'].map((which) => `${gone}${which}`),
    ),
    b: ['messages', 'message', 'chat', 'chats', 'convo', 'conversation', 'history', 'chat history', 'pictures', 'picture', 'photos', 'litrato', 'contacts', 'files', 'data', 'text', 'texts'].flatMap((what) =>
      ['', ' natin', ' ko', ' namin', ' nyo', ' ninyo', ' po'].map((whose) => `${what}${whose}`),
    ),
  },
  {
    reach: 1,
    a: ['messages', 'chat', 'chats', 'convo', 'chat history', 'pictures', 'photos', 'contacts', 'files'].flatMap((what) => ['', ' ko', ' natin', ' namin'].map((whose) => `${what}${whose}`)),
    b: ['nawala', 'nawala lahat', 'nabura', 'nabura lahat', 'naglaho'],
  },
];

/**
 * Someone writing in a role — a teacher, a carer, a landlord, a volunteer — who tells the words of harm and, in
 * the sentences after them, the harmless reading they found: a neighbour's report of screaming, then the visit
 * that found night terrors, autism or a dance practice; a child's bruise, then the doctor's cause; a collapse,
 * then the hospital and the patient stable; a question on abuse or suicide asked for a manual or a procedure,
 * with no case now. The harm's words and that reading are one figure; a reading denied or doubted makes none
 * (see `disowned` in engine.ts), and a blow told besides is a word of its own.
 */
// biome-ignore format: the words stay on a few lines, easy to read and extend
const ROLE_FOUND_HARMLESS: IdiomPair[] = [
  // a neighbour's report of screaming, then the visit that found nothing
  { reach: 200, acrossSentences: 3,
    a: ['sigaw', 'sumisigaw', 'iyak', 'umiiyak', 'kalabog', 'ingay'],
    b: ['night terror', 'may autism', 'autistic', 'tantrum', 'nagpapraktis ng sayaw', 'nag eensayo', 'nagsasayaw', 'walang nananakit', 'walang sinaktan', 'hindi sinasaktan', 'hindi niya sinasaktan', 'walang nasaktan'] },
  // a child's mark, then the doctor's cause
  { reach: 200, acrossSentences: 3,
    a: ['pasa', 'sugat', 'bukol', 'marka'],
    b: ['mongolian spot', 'sakit sa dugo', 'reaksyon sa bakuna', 'galing sa bakuna', 'pagbagsak sa basketball', 'sa basketball', 'sa volleyball', 'nahulog sa bisikleta', 'hindi pang aabuso'] },
  // a collapse, then the hospital and the patient stable
  { reach: 200, acrossSentences: 3,
    a: ['nahimatay', 'bumagsak', 'nawalan ng malay', 'ambulansya', 'isinugod'],
    b: ['stable na', 'ligtas na sa panganib', 'wala nang panganib', 'maayos na ang lagay', 'gumagaling na'] },
  // a question asked ahead for a manual or a training, on the forms a procedure is written in
  { reach: 160, acrossSentences: 2,
    a: ['pangkalahatang tanong', 'general question', 'para sa manual', 'para sa handbook', 'para sa sop', 'training', 'seminar'],
    b: ['pinaghihinalaang inaabuso', 'kung may inaabuso', 'kung inaabuso', 'kung may batang inaabuso', 'kung may nagsabing gusto nang mamatay', 'kung may gustong magpakamatay', 'pagpapakamatay'] },
  // …or told first, the question after
  { reach: 160, acrossSentences: 2,
    a: ['pinaghihinalaang inaabuso', 'kung may inaabuso', 'kung inaabuso', 'kung may batang inaabuso', 'kung may nagsabing gusto nang mamatay', 'kung may gustong magpakamatay'],
    b: ['walang kaso ngayon', 'wala pang kaso', 'para sa manual', 'para sa handbook', 'training', 'pangkalahatang tanong'] },
];

/** Tagalog (and the Taglish residents write: English words are matched by the English lexicon too). */
// biome-ignore format: a category's phrases stay together on a few lines, easy to read and extend
export const tl: Lexicon = {
  categories: {
    elderly: [
      // retired
      ['retired na', 1.5], ['retirado', 1], ['pensyonado', 1],
      // an older parent who wanders off and gets lost
      ['nawawala sa daan', 1.5], ['lumalabas ng bahay...nawawala', 1.5],
      // an older relative cheated by a text, a call or a seller
      ...['lolo', 'lola', 'lolo ko', 'lola ko', 'matanda'].flatMap((who) => ['na scam', 'nascam', 'scam', 'naloko', 'niloko', 'nadaya', 'naisahan'].flatMap((what) => [[`${who}...${what}`, 1.5], [`${what}...${who}`, 1.5]] as const)),
      // a parent, a relative or oneself named with an age: «nanay ko 72», «mama (81)», «ako 82», «67 na»
      ...['nanay', 'tatay', 'nanay ko', 'tatay ko', 'nanay kong', 'tatay kong', 'mama', 'papa', 'lola', 'lolo', 'lola ko', 'lolo ko', 'tito ko', 'tita ko', 'ako'].flatMap((k) =>
        Array.from({ length: 35 }, (_, i) => [`${k} ${i + 65}$`, 1] as const),
      ),
      ['70s$', 1], ['80s$', 1.5], ['90s$', 1.5],
      ['70 na$', 1], ['71 na$', 1], ['72 na$', 1], ['73 na$', 1], ['74 na$', 1], ['75 na$', 1], ['76 na$', 1], ['77 na$', 1], ['78 na$', 1], ['79 na$', 1], ['80 na$', 1], ['81 na$', 1], ['82 na$', 1], ['83 na$', 1], ['84 na$', 1], ['85 na$', 1], ['86 na$', 1], ['87 na$', 1], ['88 na$', 1], ['89 na$', 1], ['90 na$', 1], ['91 na$', 1], ['92 na$', 1], ['93 na$', 1], ['94 na$', 1], ['95 na$', 1], ['96 na$', 1], ['97 na$', 1], ['98 na$', 1], ['99 na$', 1],
      ['70 po sya', 1], ['71 po sya', 1], ['72 po sya', 1], ['73 po sya', 1], ['74 po sya', 1], ['75 po sya', 1], ['76 po sya', 1], ['77 po sya', 1], ['78 po sya', 1], ['79 po sya', 1], ['80 po sya', 1], ['81 po sya', 1], ['82 po sya', 1], ['83 po sya', 1], ['84 po sya', 1], ['85 po sya', 1], ['86 po sya', 1], ['87 po sya', 1], ['88 po sya', 1], ['89 po sya', 1], ['90 po sya', 1], ['91 po sya', 1], ['92 po sya', 1], ['93 po sya', 1], ['94 po sya', 1], ['95 po sya', 1], ['96 po sya', 1], ['97 po sya', 1], ['98 po sya', 1], ['99 po sya', 1],
      ['70 po siya', 1], ['71 po siya', 1], ['72 po siya', 1], ['73 po siya', 1], ['74 po siya', 1], ['75 po siya', 1], ['76 po siya', 1], ['77 po siya', 1], ['78 po siya', 1], ['79 po siya', 1], ['80 po siya', 1], ['81 po siya', 1], ['82 po siya', 1], ['83 po siya', 1], ['84 po siya', 1], ['85 po siya', 1], ['86 po siya', 1], ['87 po siya', 1], ['88 po siya', 1], ['89 po siya', 1], ['90 po siya', 1], ['91 po siya', 1], ['92 po siya', 1], ['93 po siya', 1], ['94 po siya', 1], ['95 po siya', 1], ['96 po siya', 1], ['97 po siya', 1], ['98 po siya', 1], ['99 po siya', 1],
      ['70 anyos', 1], ['71 anyos', 1], ['72 anyos', 1], ['73 anyos', 1], ['74 anyos', 1], ['75 anyos', 1], ['76 anyos', 1], ['77 anyos', 1], ['78 anyos', 1], ['79 anyos', 1], ['80 anyos', 1], ['81 anyos', 1], ['82 anyos', 1], ['83 anyos', 1], ['84 anyos', 1], ['85 anyos', 1], ['86 anyos', 1], ['87 anyos', 1], ['88 anyos', 1], ['89 anyos', 1], ['90 anyos', 1], ['91 anyos', 1], ['92 anyos', 1], ['93 anyos', 1], ['94 anyos', 1], ['95 anyos', 1], ['96 anyos', 1], ['97 anyos', 1], ['98 anyos', 1], ['99 anyos', 1],
      ['edad 70$', 1], ['edad 71$', 1], ['edad 72$', 1], ['edad 73$', 1], ['edad 74$', 1], ['edad 75$', 1], ['edad 76$', 1], ['edad 77$', 1], ['edad 78$', 1], ['edad 79$', 1], ['edad 80$', 1], ['edad 81$', 1], ['edad 82$', 1], ['edad 83$', 1], ['edad 84$', 1], ['edad 85$', 1], ['edad 86$', 1], ['edad 87$', 1], ['edad 88$', 1], ['edad 89$', 1], ['edad 90$', 1], ['edad 91$', 1], ['edad 92$', 1], ['edad 93$', 1], ['edad 94$', 1], ['edad 95$', 1], ['edad 96$', 1], ['edad 97$', 1], ['edad 98$', 1], ['edad 99$', 1],
      ['70 taong gulang', 1], ['71 taong gulang', 1], ['72 taong gulang', 1], ['73 taong gulang', 1], ['74 taong gulang', 1], ['75 taong gulang', 1], ['76 taong gulang', 1], ['77 taong gulang', 1], ['78 taong gulang', 1], ['79 taong gulang', 1], ['80 taong gulang', 1], ['81 taong gulang', 1], ['82 taong gulang', 1], ['83 taong gulang', 1], ['84 taong gulang', 1], ['85 taong gulang', 1], ['86 taong gulang', 1], ['87 taong gulang', 1], ['88 taong gulang', 1], ['89 taong gulang', 1], ['90 taong gulang', 1], ['91 taong gulang', 1], ['92 taong gulang', 1], ['93 taong gulang', 1], ['94 taong gulang', 1], ['95 taong gulang', 1], ['96 taong gulang', 1], ['97 taong gulang', 1], ['98 taong gulang', 1], ['99 taong gulang', 1],
      ['70 taon na$', 1], ['71 taon na$', 1], ['72 taon na$', 1], ['73 taon na$', 1], ['74 taon na$', 1], ['75 taon na$', 1], ['76 taon na$', 1], ['77 taon na$', 1], ['78 taon na$', 1], ['79 taon na$', 1], ['80 taon na$', 1], ['81 taon na$', 1], ['82 taon na$', 1], ['83 taon na$', 1], ['84 taon na$', 1], ['85 taon na$', 1], ['86 taon na$', 1], ['87 taon na$', 1], ['88 taon na$', 1], ['89 taon na$', 1], ['90 taon na$', 1], ['91 taon na$', 1], ['92 taon na$', 1], ['93 taon na$', 1], ['94 taon na$', 1], ['95 taon na$', 1], ['96 taon na$', 1], ['97 taon na$', 1], ['98 taon na$', 1], ['99 taon na$', 1],
      ['lampas 7', 1], ['lampas 8', 1], ['lampas 9', 1], ['nalilito', 0.7], ['nakakalimutan', 1], ['katandaan', 1.5], ['matandang', 1], ['apo ko', 0.5], ['pagtanda', 1.5], ['home for the aged', 2],
      ['hindi na kaya', 1], ['tutulong sa kanya', 1], ['kailangan niya ng', 0.5],
      ['ulyanin', 2], ['nag uulyanin', 2], ['makakalimutin', 1.5], ['nakakalimot', 1.5], ['nakalimutan', 1], ['naliligaw', 1],
      ['matanda', 1.5], ['matatanda', 1.5], ['lola', 0.5], ['lolo', 0.5], ['senior', 1.5], ['alaga', 0.5], ['nakaratay', 2],
      ['biyenan', 0.5], ['ojiichan', 1.5], ['obaachan', 1.5], ['nadulas', 1], ['nadapa', 1], ['natumba', 1], ['ayaw maligo', 1.5], ['ayaw na maligo', 1.5], ['paulit ulit na nagtatanong', 1.5], ['paulit ulit', 0.7], ['kalan na nakabukas', 1.5], ['dementia', 2], ['demensya', 2], ['nursing home', 2], ['kaigo', 1.5], ['day service', 2], ['care manager', 2], ['pensyon', 0.5], ['pension', 0.5], ['nagretiro', 1], ['retirado', 1], ['tungkod', 1.5], ['hirap umakyat', 1], ['hirap maglakad', 1.5], ['hirap na maglakad', 1.5],
    ],
    disability: [// Dyslexia.
      ['techo$', 1], ['saklay', 1], ['sign language', 3], ['senyas', 1.5], ['guide dog', 2], ['hearing aid', 1],
      ['glaucoma', 1.5], ['lumalabo ang mata', 1.5], ['hindi pa nagsasalita', 1.5], ['hindi pa marunong magsalita', 1.5], ['speech delay', 2],
      ['dyslexia', 2], ['shougai', 1.5], ['shogai', 1.5], ['naputol...paa$', 2], ['naputol...binti', 2], ['naputol...kamay', 2], ['naputulan', 2], ['putol na paa', 2], ['hindi na makakalakad', 1.5], ['hindi na makalakad', 1.5], ['kapansanan', 2], ['may kapansanan', 2], ['pwd$', 2], ['bingi', 2], ['bulag', 2], ['pilay', 1.5], ['autism', 2], ['down syndrome', 2], ['seishin techo', 2]],
    child: [
      // a pupil's own life under parents' rules (pass K2, 17th session): the report card, school allowance (baon), a phone taken away, a pupil's year
      ['baon ko', 1.5], ['baon...dagdagan', 1.5], ['kinuha ni mama...cellphone', 1.5], ['kinuha ni papa...cellphone', 1.5], ['kinuha ni mama...phone', 1.5], ['kinuha ni papa...phone', 1.5], ['grade 7$', 1.5], ['grade 8$', 1.5], ['grade 9$', 1.5], ['sa klase', 1], ['kaklase', 1],
      // a child frightened (by a drill, a siren, shouting next door)
      ['natakot...anak ko', 1], ['anak ko...natakot', 1], ['takot na takot ang anak', 1], ['anak ko...takot na takot', 1],
      // pregnancy and birth care: labour, morning sickness, after the birth
      ['hilab', 2], ['naglilihi', 2], ['paglilihi', 2], ['bagong panganak', 2], ['kakapanganak', 2], ['prenatal', 2], ['postpartum', 2], ['komadrona', 2],
      // a pupil's own school day: classmates, teacher, recess; not going to school; tutoring
      ['teacher namin', 1], ['teacher ko', 0.7], ['adviser namin', 1.5], ['recess', 1.5], ['tutor', 0.5], ['hindi...pumapasok', 1], ['kami lang ng kapatid', 1.5],
     
      // first years: twins, baby first aid, vaccines
      ['kambal', 1], ['baby cpr', 2], ['bakuna ni baby', 2],
      // Children left alone with no adult coming home.
      ['d umuuwi c mama', 2], ['hindi umuuwi si mama', 2], ['di umuuwi si mama', 2], ['d umuuwi c papa', 1.5], ['hindi umuuwi si papa', 1.5], ['y/o$', 0.7],
      ['hoikuen', 2],
      ['母子手帳', 2], ['boshi techo', 2], ['児童手当', 2], // Japanese words residents type as they are
      ['anak', 0.7], ['bata', 0.7], ['sanggol', 2], ['buntis', 2], ['nagbubuntis', 2], ['manganak', 2], ['panganganak', 2],
      ['paaralan', 1], ['eskwela', 1], ['pumasok', 0.5], ['ayaw pumasok', 1.5], ['daycare', 2], ['binubully', 1.5], ['due date', 1.5], ['jidou teate', 1], ['jido teate', 1], ['shussan teate', 1.5],
      ...Array.from({ length: 12 }, (_, i) => [`anak ko ${i + 1}$`, 1] as const),
      ['may dalawa akong anak', 1], ['may tatlo akong anak', 1], ['may apat akong anak', 1], ['dalawang anak', 0.8], ['tatlong anak', 0.8], ['apat na anak', 0.8], ['2 anak', 0.8], ['3 anak', 0.8], ['mga anak ko', 0.7], ['maliliit na anak', 1.5], ['anak na maliit', 1.5], ['anak na maliliit', 1.5], ['maliit na anak', 1.5], ['maliit pa ang anak', 1.5], ['bunso', 0.7], ['kapatid kong maliit', 1],
      // the writer a child: «13 po ako», «12 na ako»
      ...Array.from({ length: 10 }, (_, i) => [[`${i + 6} po ako`, 1], [`${i + 6} na ako`, 1], [`${i + 6} ako$`, 1], [`${i + 6} anyos`, 1]] as const).flat(),
    ],
    youth: [
      ['bahay ampunan', 1.5], ['ampunan', 1.5],
      // a teenager who dropped out of high school
      ['nag dropout', 1], ['nagdropout', 1], ['huminto sa pag aaral', 1],
      ['18 po ako', 1], ['19 po ako', 1], ['20 po ako', 1], ['21 po ako', 1], ['22 po ako', 1], ['23 po ako', 1], ['24 po ako', 1], ['25 po ako', 1], ['26 po ako', 1], ['27 po ako', 1], ['28 po ako', 1], ['29 po ako', 1],
      ['18 na ako', 1], ['19 na ako', 1], ['20 na ako', 1], ['21 na ako', 1], ['22 na ako', 1], ['23 na ako', 1], ['24 na ako', 1], ['25 na ako', 1], ['26 na ako', 1], ['27 na ako', 1], ['28 na ako', 1], ['29 na ako', 1],
      ['18 na po ako', 1], ['19 na po ako', 1], ['20 na po ako', 1], ['21 na po ako', 1], ['22 na po ako', 1], ['23 na po ako', 1], ['24 na po ako', 1], ['25 na po ako', 1], ['26 na po ako', 1], ['27 na po ako', 1], ['28 na po ako', 1], ['29 na po ako', 1],
      ['18 ako$', 1], ['19 ako$', 1], ['20 ako$', 1], ['21 ako$', 1], ['22 ako$', 1], ['23 ako$', 1], ['24 ako$', 1], ['25 ako$', 1], ['26 ako$', 1], ['27 ako$', 1], ['28 ako$', 1], ['29 ako$', 1],
      ['18 na ko$', 1], ['19 na ko$', 1], ['20 na ko$', 1], ['21 na ko$', 1], ['22 na ko$', 1], ['23 na ko$', 1], ['24 na ko$', 1], ['25 na ko$', 1], ['26 na ko$', 1], ['27 na ko$', 1], ['28 na ko$', 1], ['29 na ko$', 1],
      ['unibersidad', 1], ['univ$', 1], ['kolehiyo', 1], ['first work', 1], ['bagong empleyado', 1.5], ['bumukod', 1.5], ['ronin', 1.5], ['senmon', 1], ['shukatsu', 1.5], ['baito', 0.7], ['regular na trabaho', 1], ['gagawin ko sa buhay', 2], ['napag iwanan', 1], ['ng parents ko', 0.7], ['parents ko', 0.5], ['mga kabataan', 2], ['bagong graduate', 1.5],
      ['kabataan', 2], ['estudyante', 0.7], ['binata', 1], ['dalaga', 1]],
    women: [
      // threats to spread a girl's pictures
      ['ikakalat', 1.5], ['ipapakalat', 1.5],
     
      // A father beating or choking the mother (c = si).
      ['sinasakal...mama', 2], ['sinasaktan...mama', 1.5], ['binubugbog...mama', 1.5], ['sinasampal...mama', 1.5], ['sinasakal nya c', 1.5], ['sinasakal niya si', 1.5], ['chinecheck cp ko', 1.5], ['chinecheck phone ko', 1.5],
      ['asawa ko', 0.3], ['asawa', 0.3], ['sinisigawan', 2], ['minumura', 2], ['kinokontrol', 2], ['hindi ako binibigyan ng pera', 2], ['ipakita resibo', 1.5], ['ipakita ang resibo', 1.5], ['ipakita yung resibo', 1.5], ['kailangan ko pang magpaalam', 1.5], ['kinukuha...sahod ko', 2], ['kinukuha...sweldo ko', 2], ['kinukuha ng asawa ko', 1.5],
      ['karahasan sa tahanan', 2], ['babae', 0.5], ['nobyo', 1], ['boyfriend', 1],
      ['dating asawa', 1], ['kinakasama', 1], ['live in partner', 1.5], ['partner ko', 1], ['sinasaktan', 0.7], ['nananakit', 2], ['binugbog', 2], ['pinagsusuntok', 2], ['sinuntok', 0.7], ['sinampal', 0.5], ['nag aabang', 1.5], ['sumusunod sakin', 1.5], ['sinusundan', 1.5], ['stalker', 2], ['tantanan', 1.5], ['binabasa nya', 1.5], ['binabasa niya', 1.5], ['chinecheck', 1], ['hawak ng asawa', 2], ['may hawak ng lahat', 2], ['buong sahod ko', 1], ['hindi ako pinapayagan', 1.5], ['bawal ako', 1.5], ['pinagbabawalan', 1.5], ['humipo', 2], ['hinipuan', 2], ['hinihipuan', 2], ['manyak', 2], ['chikan', 2], ['pribadong picture', 2], ['private picture', 2], ['protection order', 2], ['iwan ang asawa', 2], ['umalis sa asawa', 2], ['iniwan ko na asawa', 2], ['marahas', 1.5], ['domestic violence', 2], ['dv$', 2], ['abusado', 1.5], ['minamaliit', 1.5],
      ['hindi ako pinapalabas', 1.5], ['hindi ako pinapayagang lumabas', 2], ['bawal lumabas', 1], ['wag lumabas ng bahay', 1],
      // a partner who takes or spends one's money or savings
      ...['kinuha ng', 'nakuha ng', 'kinukuha ng', 'inubos ng', 'ginastos ng', 'nilimas ng', 'tinangay ng'].flatMap((v) => ['boyfriend', 'bf', 'jowa', 'asawa', 'partner', 'kinakasama', 'nobyo', 'ex'].flatMap((who) => ['ipon', 'pera', 'sahod', 'sweldo', 'suweldo', 'savings', 'atm'].map((what) => [`${v} ${who}...${what}`, 2] as const))),
    ],
    livelihood: [
      // money gone at once (gambling, online casino), arrears and collectors
      ['naubos lahat', 1.5], ['naubos ang pera', 2], ['naubos ang ipon', 2], ['naubos ipon', 2], ['natalo lahat', 1.5], ['nawala lahat ng pera', 2], ['dami kong utang', 2], ['dami ko nang utang', 2], ['tumatawag...utang', 1.5], ['acom', 1.5], ['aiful', 1.5], ['maningil', 1.5], ['naniningil', 1.5], ['huling sahod', 1], ['last sahod', 1], ['ibigay...sahod', 1.5],
      // paid leave
      ['paid leave', 1], ['bayad na leave', 1.5],
      ['binibigyan ng shift', 1.5], ['walang shift', 1.5], ['wala nang shift', 1.5], ['binawasan ang shift', 1.5],
      ['walang hoken', 1.5], ['wala akong hoken', 1.5], ['arubaito', 0.7],
      ['wala na kong pang', 1.5], ['wala na akong pang', 1.5], ['wala nang pang', 1.5], ['walang pang', 1.5], ['walang pambayad', 2], ['wala nang pambayad', 2],
      ['kulang', 0.7], ['hindi kasya', 1], ['di kasya', 1], ['kakasya', 1], ['tinanggal', 2], ['tatanggalin', 1], ['sweldo', 1], ['suweldo', 1], ['ipon', 1], ['walang ipon', 1.5], ['pangkain', 1], ['bayarin', 1.5], ['gastos', 1], ['nagsara', 0.7], ['walang trabaho', 2], ['wala pang trabaho', 1.5], ['maghanap ng trabaho', 1], ['naghahanap ng trabaho', 1.5], ['makahanap ng trabaho', 1.5], ['padala', 0.7], ['kuryente', 1], ['wala talaga akong pera', 2], ['bilhin', 0.5], ['pambili', 1], ['naubos', 0.5], ['hirap sa pera', 2], ['makapagtrabaho', 1], ['pinagkakautangan', 2], ['mabubuhay', 1], ['kapos', 1.5], ['nangungutang', 2], ['pautang', 1.5],
      ['budget', 1], ['pakainin', 1], ['maliit lang...pension', 1.5], ['maliit lang...pensyon', 1.5], ['maliit lang...sahod', 1.5], ['maliit lang...kita', 1.5],
      ['hindi nakakabayad', 1.5], ['hindi makabayad', 1.5],
      ['pera', 1], ['walang pera', 1.5], ['wala na akong pera', 2], ['wala nang pera', 2], ['trabaho', 0.7], ['wala akong trabaho', 2],
      ['natanggal', 2], ['nawalan ng trabaho', 2], ['nawalan...trabaho', 2], ['nawalan...work', 1.5], ['nawalan...hanapbuhay', 2], ['utang', 2], ['sahod', 1], ['kita', 0.5], ['mahirap', 1], ['pagkain', 1],
      ['pambili', 1], ['pambayad', 1.5], ['mabayaran', 1],
      ['wala nang natitira', 1.5], ['walang natitira', 1.5], ['kaya bilhin', 1], ['di mabayaran', 1.5], ['hindi mabayaran', 1.5], ['hindi nabayaran', 1.5], ['unpaid', 1.5], ['puputulin', 1.5], ['bills$', 1], ['bill$', 0.5], ['denki', 1], ['installment', 1], ['hulugan', 1], ['walang wala', 2], ['nawalan ng work', 2], ['walang work', 2], ['seikatsu hogo', 2], ['seikatsuhogo', 2], ['welfare', 1.5], ['ayuda', 1.5], ['food bank', 2], ['nangutang', 1.5], ['loan', 1], ['savings', 1], ['ubos na savings', 2], ['ubos na pera', 2], ['ubos na ang pera', 2], ['tuition', 1], ['matrikula', 1], ['retrench', 2], ['nag resign', 0.5], ['kinakaltas', 1], ['mabubuhay', 0.7],
      ['hindi...binabayaran', 1], ['di...binabayaran', 1], ['kulang ang sahod', 1.5], ['kulang...sahod', 1.5], ['na cut ako', 2], ['hindi na nirenew', 1.5], ['di na nirenew', 1.5], ['kailangan ko ng trabaho', 1.5], ['trabaho at bahay', 1], ['izoku nenkin', 1], ['maliit ang nenkin', 1.5], ['kakaunti ang nenkin', 1.5], ['kaunti ang nenkin', 1.5], ['walang pambayad', 2], ['walang maipambayad', 2], ['paano kami mabubuhay', 1.5], ['bayarin sa ospital', 1.5], ['bill sa ospital', 1.5], ['hospital bill', 1.5],
    ],
    housing: [
      // noise from upstairs, wanting to move
      ['sobrang ingay', 1], ['ingay sa taas', 1.5], ['ingay...sa taas', 1.5], ['ingay ng nasa taas', 1.5], ['gusto ko nang lumipat', 1.5], ['gusto kong lumipat', 1.5],
      ['mapapaalis', 1.5], ['papaalisin', 1.5],
      ['sa istasyon natutulog', 2], ['natutulog sa istasyon', 2], ['natulog...sa park', 2], ['natutulog sa park', 2], ['shelter', 1],
      // noisy neighbours
      ['kapitbahay...sobrang ingay', 1.5], ['ingay nila', 1], ['kapitbahay...karaoke', 1.5], ['kapitbahay...nagkakaraoke', 1.5], ['kapitbahay...videoke', 1.5], ['kapitbahay...nagvivideoke', 1.5], ['kapitbahay...maingay', 1.5], ['maingay...kapitbahay', 1.5],
      ['natutulog sa kotse', 1.5], ['nakatira sa kotse', 1.5],
      ['saan titira', 2], ['saan ako titira', 2],
      // a house left empty after a death or a move
      ['bakanteng bahay', 1.5],
      ['shiei jutaku', 2], ['toei jutaku', 2], ['kenei jutaku', 2],
      ['家賃', 2], ['yachin', 2], // Japanese words residents type as they are
      ['danchi', 0.9], ['kousha', 2],
      ['malilipatan', 2], ['matitirhan', 2], ['matutulugan', 2], ['nakikitira', 0.7], ['sariling lugar', 1], ['papaalisin', 2], ['pinapalayas', 2], ['palayasin', 2], ['pinalayas', 2], ['amag', 1], ['maingay', 0.7], ['paupahan', 2], ['magpaupa', 2], ['lilipat', 1], ['lumipat ng bahay', 1.5], ['makahanap ng bahay', 2], ['naghahanap ng bahay', 2], ['walang tirahan', 2], ['kwarto', 0.3],
      ['upa', 2], ['renta', 2], ['landlord', 2], ['pinapaalis', 2], ['paalisin', 2], ['pinaalis', 2], ['matirhan', 2],
      ['matutuluyan', 2], ['tirahan', 2], ['bahay', 0.5], ['palaboy', 2],
      ['yachin', 2], ['apato', 0.5], ['apaato', 0.5], ['manga kissa', 2], ['net cafe', 2], ['internet cafe', 1.5], ['mauupahan', 2], ['umupa', 1.5], ['uupahan', 2], ['walang tumatanggap', 1.5], ['ayaw kami tanggapin', 1.5], ['real estate', 1.5], ['fudosan', 1.5], ['hoshounin', 2], ['guarantor', 2], ['shikikin', 2], ['reikin', 2], ['gigibain', 2], ['walang elevator', 1.5], ['umalis sa bahay', 1], ['umalis sa apato', 1.5], ['wala akong mapuntahan', 2], ['walang mapuntahan', 1.5], ['natutulog ako sa', 1.5], ['kisame', 1], ['tumutulo', 1], ['one room', 1], ['siksikan', 1], ['shataku', 1.5], ['dorm$', 0.7],
      ['kailangan ko ng bahay', 1.5], ['trabaho at bahay', 1], ['wala akong matulugan', 2], ['walang matulugan', 2], ['nakikitulog', 1.5], ['makikitulog', 1.5],
    ],
    mental_health: [
      ['mamamatay din daw ako', 1.5], ['mamamatay din ba ako', 1.5], ['kung mamamatay din', 1.5],
      // drinking by the can (chuhai, strong zero, beer, alak); online cockfight betting
      ['chuhai', 0.7], ['strong zero', 1], ['umiinom ng chuhai', 1.5], ['umiinom ng beer', 1], ['umiinom ng alak', 1], ['lata...gabi-gabi', 1], ['gabi-gabi...lata', 1], ['online sabong', 2], ['e-sabong', 2],
      // Slang for breaking down, eating disorders.
      ['sinusuka ko', 1.5], ['nagpapasuka', 2], ['adik sa games', 1.5], ['adik sa ml', 1.5], ['d makatulog', 1], ['di makatulog', 1],
      // grief after a death that does not ease
      ['nagluluksa', 2], ['pagluluksa', 2], ['namatay...di ko pa rin kaya', 1.5], ['namatay...hindi ko pa rin kaya', 1.5], ['di pa rin ako maka move on', 1.5], ['hindi pa rin ako maka move on', 1.5], ['di ko matanggap', 1],
      ['kinakabahan', 1.5], ['kaba$', 0.7], ['nanginginig', 0.3], ['alak', 0.5], ['sugal', 1.5], ['nagsusugal', 1.5], ['nagsugal', 1.5], ['schizophrenia', 2], ['bipolar', 2], ['tumigil sa gamot', 1], ['adik', 1.5], ['walang gana', 1], ['wala akong maramdaman', 1.5], ['blangko', 1], ['hungkag', 1.5], ['walang kwenta', 0.7], ['nakahiga lang', 1], ['makatulog', 1], ['makakain ng maayos', 0.7], ['iyak', 0.5], ['bangungot', 1], ['nababaliw', 1], ['sobrang lungkot', 1.5], ['kalungkutan', 1], ['hindi ko na kaya', 0.5],
      ['depressed', 2], ['oras lang nakakatulog', 2], ['oras lang ang tulog', 2], ['hindi nakakatulog', 1.5], ['di nakakatulog', 1.5], ['puyat...buwan', 1], ['depresyon', 2], ['malungkot', 1], ['lungkot', 1], ['hindi makatulog', 1], ['pagkabalisa', 2],
      ['anxiety', 2], ['stress', 1], ['umiiyak', 0.4], ['pagod na ako', 0.5],
      ['burnout', 1.5], ['makapag focus', 1], ['trauma', 1.5], ['na trauma', 1.5], ['counselling', 1.5], ['counseling', 1.5], ['psychiatrist', 2], ['psychologist', 2], ['mental health', 2], ['panic attack', 2], ['self harm', 2], ['gambling', 1.5], ['pachinko', 1], ['online games', 0.7], ['pagod na sa buhay', 1.5], ['pagod na ako sa buhay', 1.5], ['sawang sawa', 1], ['nalulungkot', 1], ['hindi mapakali', 1.5], ['di mapakali', 1.5], ['nerbyos', 1], ['walang silbi', 1.5], ['pabigat', 1], ['mabigat ang loob', 1.5], ['makatigil umiyak', 1.5], ['insomnia', 2], ['nakakabaliw', 1], ['lasing na naman', 1.5], ['alak gabi gabi', 1.5],
      // Habits that took over: a drinker, drinking night after night, gambling (sabong, casino, lotto), can't stop, pills.
      ['lasenggo', 1.5], ['lasinggero', 1.5], ['lasengero', 1.5], ['lasing gabi gabi', 2], ['gabi gabi...lasing', 2], ['gabi gabi...umiinom', 1.5], ['inom ng inom', 1.5], ['inom nang inom', 1.5], ['hindi makatigil sa pag inom', 2], ['tumigil sa pag inom', 1.5], ['itigil ang pag inom', 1.5], ['alcoholic', 2],
      ['adik sa sugal', 2], ['online sabong', 2], ['e sabong', 2], ['sabong', 1.5], ['online casino', 1.5], ['casino', 1], ['lotto', 0.7], ['mahjong', 0.7], ['adik sa', 1], ['dependent na', 1.5], ['hindi makatigil', 0.7], ['di makatigil', 0.7], ['gacha', 1.5], ['shopping addict', 2], ['tumigil sa sigarilyo', 1], ['tigil yosi', 1],
    ],
    hikikomori: [
      ['nasa kwarto lang', 2], ['sa kwarto lang', 1.5], ['nasa kwarto', 0.5], ['nakakulong', 1.5], ['di lumalabas', 1.5], ['hindi lumabas', 1.5], ['di lumabas', 1.5], ['lumalabas ng kwarto', 1.5], ['lumalabas ng bahay', 1.5], ['lumalabas ng pinto', 1.5], ['ayaw lumabas', 1.5], ['halos di lumalabas', 2], ['hindi nagtatrabaho', 0.7], ['puro laro', 1], ['laro lang', 0.7], ['nasa bahay lang', 1], ['sa bahay lang', 0.7], ['ayaw makipag usap', 0.7],
      ['hindi lumalabas ng kwarto', 2], ['hindi lumalabas ng bahay', 2], ['nagkukulong', 2], ['nakakulong sa kwarto', 2], ['hindi lumalabas', 1.5]],
    single_parent: [
      // pregnant and left by the partner: to give birth and raise the child alone
      ['mag-isang palakihin', 1.5], ['palakihin mag-isa', 1.5], ['palakihin ko mag-isa', 1.5], ['manganak mag-isa', 1.5], ['manganganak mag-isa', 1.5],
      ['sustento', 2], ['byuda', 1.5], ['biyuda', 1.5], ['byudo', 1.5], ['balo$', 1], ['iniwan...kami', 1.5], ['kakahiwalay', 1.5], ['naghiwalay', 1.5], ['annul', 1.5], ['ex ko', 0.5], ['ako lang nagpapalaki', 2], ['pinalalaki', 1.5], ['nagpapalaki', 1.5], ['ako lang sa', 0.5], ['tatay ng anak ko', 0.5], ['nanay ng anak ko', 1],
      ['single mom', 2], ['single mother', 2], ['single dad', 2], ['solo parent', 2], ['mag isa kong pinapalaki', 2], ['hiwalay', 0.4], ['mag isa...bumubuhay', 2], ['mag isang bumubuhay', 2], ['bumubuhay sa...anak', 1.5]],
    carer: [
      ['alaga kay', 1.5], ['pag aalaga', 2], ['mag alaga', 1.5], ['alaga$', 1], ['tagapag alaga', 2], ['nagbabantay', 0.7], ['nakabantay', 1], ['bantay niya', 1], ['nag aasikaso', 1], ['nagpapaligo', 1], ['pinapaliguan', 0.5], ['nag iinterpret para', 1.5], ['nagtatranslate para', 1.5], ['makapagpahinga', 0.5], ['alagaan ko', 1.5], ['inaalagaan ko', 2],
      ['inaalagaan', 1.5], ['nag aalaga', 1.5], ['alagaan', 1], ['pagod na pagod', 0.5], ['maysakit kong', 1],
      ['alagaan si', 1.5], ['nag aalaga kay', 2], ['young carer', 2], ['ako ang nag aalaga', 2], ['bantay', 0.7], ['lampin', 1], ['diaper', 0.7], ['short stay', 0.3], ['walang pahinga', 1.5], ['kapalitan', 1.5], ['kayang iwan', 1], ['hindi makapagpahinga', 1.5],
    ],
    rights: [
      // a passport taken by someone else; kept there by a made-up debt; no break on a long shift; told it is so for foreigners (pass K, 17th session)
      ['kinuha ng...passport ko', 1.5], ['kinuha ng...passport nya', 1.5], ['kinuha ng...passport niya', 1.5], ['kinuha ng...passport namin', 1.5], ['kinuha ng...passport nila', 1.5], ['di makaalis', 1], ['hindi makaalis', 1], ['utang daw', 1],
      ['walang break', 1.5], ['walang breaktime', 1.5], ['pag foreigner', 1], ['kasi foreigner', 1], ['dahil foreigner', 1], ['pag dayuhan', 1], ['kasi dayuhan', 1], ['dahil dayuhan', 1],
      // a relative taking or using a parent's money, account, pension or property, or making them sign
      ['bank account ni mama', 1.5], ['bank account ni papa', 1.5], ['kinukuha ang pension ni', 1.5], ['ginagamit ang pera ni mama', 1.5], ['pinapirma si mama', 1.5], ['pinapirma si papa', 1.5],
      ['agawan sa mana', 2], ['mana...kinukuha', 1.5],
      // a boss or manager touching a worker (sexual harm at work: women, and rights)
      ['hinahawakan ako ng manager', 1.5], ['hinawakan ako ng manager', 1.5], ['hinahawakan ako ng boss', 1.5], ['hinawakan ako ng boss', 1.5], ['hinipuan ako ng manager', 2], ['hinipuan ako ng boss', 2], ['hinihipuan ako ng', 1.5],
      // is it allowed
      ['legal ba', 1.5], ['bawal ba yan', 1], ['hindi daw pwede...rosai', 2], ['hindi pwede...rosai', 2], ['sabihin...nangyari sa bahay', 2], ['sa bahay daw nangyari', 2], 
      // overtime worked and not paid
      ['overtime...hindi bayad', 2], ['overtime...walang bayad', 2], ['overtime...di bayad', 2], ['hindi binabayaran...overtime', 2],
      // pay withheld, interest beyond the law and the pay-first scams
      ['interes...legal', 2], ['5-6', 1], ['nanalo...bayad', 1.5], ['gift card', 1.5], ['wala...binili', 1.5], ['hindi ako bumili', 1.5], ['paluwagan', 1], ['tinakbo', 1.5], ['tinakasan', 1],
      ['pin ng bangko', 1.5], ['pin ng atm', 1.5],
      // wages not paid (a rights matter beside the money)
      ['hindi pa binabayaran...sahod', 1.5], ['sahod...hindi binabayaran', 1.5], ['sahod...hindi pa binabayaran', 1.5], ['hindi binigay...sahod', 1.5], ['hindi pa binibigay...sahod', 1.5],
      // wages paid late or not at all
      ['delayed...sahod', 1.5], ['delay...sahod', 1.5], ['late...sahod', 1.5], ['sahod...delayed', 1.5], ['sahod...delay', 1.5], ['sahod...late', 1.5], ['delayed...sweldo', 1.5], ['sweldo...delayed', 1.5], ['late...sweldo', 1.5], ['sweldo...late', 1.5], ['hindi pa binibigay...sahod', 1.5], ['di pa binibigay...sahod', 1.5],
      ['有給', 1.5], ['yukyu', 1.5], ['yuukyuu', 1.5], // Japanese words residents type as they are
      // a worker kept from changing jobs, barely a day off, told the visa will be lost
      ['isang day off', 1.5], ['walang day off', 1.5], ['walang pahinga', 1], ['masisira...visa', 1.5], ['mawawala...visa', 1.5], ['hindi pinapayagan...lumipat', 1.5], ['ayaw akong payagan', 1],
      // a boss who says no: no rousai, no pay while off
      ['sabi ng boss', 0.7], ['ayaw ng boss', 0.7], ['walang sahod', 1], ['hindi binayaran', 1],
      // an older person's pension or money taken by family
      ...['kinukuha ng', 'kinuha ng', 'kinukuha ni', 'kinuha ni'].flatMap((t) => ['nenkin', 'pension', 'pensyon'].map((p) => [`${t}...${p}`, 1.5] as const)),
      ['pinapirma', 1.5], ['pinapapirma', 1.5], ['pinagtatrabaho', 0.7], ['nagbebenta ng', 0.5], ['nagbayad ako', 0.5], ['hindi ko naman ginamit', 1.5], ['para daw sa', 0.3], ['naniningil', 1], ['sinisingil', 0.5], ['agency', 0.5],
      ['hindi...binabayaran', 1], ['di...binabayaran', 1], ['ayaw magbayad ng sahod', 1.5], ['hindi pa binabayaran', 1], ['kinuha...passport', 0.5], ['hawak...passport', 1.5], ['nagpanggap', 1.5], ['nanalo', 0.7], ['hindi...inorder', 1.5], ['pumirma', 0.5], ['pinirmahan', 0.7], ['i cancel', 0.3], ['ibalik', 0.3], ['nagbabahay bahay', 1.5], ['kinukuha...pension', 1.5], ['ginagamit...pension', 1], ['kinukuha ang pera', 1.5], ['humihingi ng pera', 1.5], ['atm card', 1.5], ['teiki kounyuu', 2], ['pauuwiin', 1.5], ['romance scam', 2], ['kinukuha...pera', 1], ['ipon ni', 1], ['ubos na ipon', 0.5], ['karapatan', 0.5], ['harassment sa trabaho', 2], ['walang bayad na overtime', 2], ['nadaya', 1.5], ['dinaya', 1.5], ['dinadaya', 1.5], ['sinasamantala', 1.5], ['inaabuso', 1], ['recruiter', 0.7], 
      ['naloko', 2], ['niloko', 0.7], ['scam', 2], ['panloloko', 2], ['manloloko', 2], ['kontrata', 1],
      ['zangyo', 1], ['overtime', 1], ['hindi nagbabayad', 1.5], ['hindi binayaran', 1.5], ['di binayaran', 1.5], ['huling sahod', 1.5], ['ibabawas sa sahod', 1.5], ['pinagbabayad', 1], ['supplements', 1], ['tv shopping', 1.5], ['hindi dumating', 1.5], ['di dumating', 1.5], ['kompensasyon', 1.5], ['rousai', 2], ['aksidente sa trabaho', 1.5], ['gamit pangalan', 1.5], ['gamit ang pangalan', 1.5], ['pangalan ko', 1], ['guardianship', 2], ['seinen kouken', 2], ['souzoku', 1], ['harassment', 1.5], ['power hara', 2], ['pawahara', 2], ['ginigisa', 1], ['investment', 1], ['nagbebenta sa kanya', 1.5], ['mamahaling', 1], ['account ni', 1], ['pension niya', 1], ['pension nya', 1], ['pera ni', 0.7],
      // a boss, a supervisor or a senior who shouts at, insults or hits a worker; a worker dismissed for a pregnancy
      ...['boss', 'amo', 'manager', 'supervisor', 'hancho', 'senpai', 'tenchou', 'leader', 'katrabaho', 'kasamahan sa trabaho'].flatMap((who) => ['sinisigawan', 'pinapagalitan', 'pinagagalitan', 'minumura', 'sinuntok', 'sinasaktan', 'sinampal', 'pinapahiya', 'pinahiya', 'binubully', 'ininsulto', 'tinulak', 'hinipuan', 'hinihipuan'].flatMap((what) => [[`${what}...${who}`, 1.5], [`${who}...${what}`, 1.5]] as const)),
      ['dahil buntis', 1.5], ['kasi buntis', 1.5], ['buntis...mag resign', 1.5], ['buntis...tinanggal', 1.5], ['ipapauwi', 1.5], ['pauuwiin...pinas', 1.5], ['walang day off', 1.5], ['walang pahinga sa trabaho', 1.5], ['bawal mag cr', 1.5], ['walang shakai hoken', 1.5], ['hindi pinasok sa', 1],
    ],
    isolation: [
      // a youth centre, new friends, someone to eat with
      ['youth center', 1], ['bagong friends', 1], ['kasabay kumain', 1.5], ['walang kasabay', 1.5],
     
      ['puno ng basura', 1.5], ['senior club', 2], ['senior citizens club', 2], ['wala po akong kakilala', 2], ['kapwa pilipino', 1], ['kapwa pasyente', 1.5], ['parehong sakit', 1],
      // No one to talk to, written jejemon-style too.
      ['wala akong makausap', 2], ['walang makausap', 1.5], ['wla aq mkausap', 1.5], ['wla...mkausap', 1.5], ['lahat sila busy', 1], ['lhat cla bzy', 1], ['puro tulog lng', 0.5], ['puro cp', 0.5],
      ['ang tahimik ng', 1], ['tahimik', 0.5], ['walang dumadalaw', 1.5], ['dumadalaw', 0.5], ['filipino community', 1.5], ['pinoy community', 1.5], ['sumali sa', 1], ['kakwentuhan', 1.5], ['makipagkwentuhan', 1.5], ['makipagkaibigan', 1.5], ['bagong kaibigan', 1.5],
      ['walang kakilala', 2], ['wala akong kakilala', 2], ['walang kilala', 1.5], ['wala akong kilala', 1.5], ['makausap', 0.5], ['may makausap', 0.7], ['makasama', 0.7], ['mapuntahan', 1], ['makakilala', 1.5], ['makilala', 0.7], ['nakakausap', 1], ['walang nakakausap', 2], ['wala akong nakakausap', 2], ['wala akong kaibigan', 2], ['wala akong friends', 2], ['walang friends', 2], ['wala akong friend', 2], ['wala pa akong kaibigan', 2], ['kaibigan', 0.3], ['boredom', 1], ['nabobored', 1], ['gathering', 1], ['grupo', 0.5], ['tahimik na ang bahay', 1], ['tahimik na ng bahay', 1], ['nag iisa ako', 2], ['mag isa lang', 0.5], ['kalungkutan', 1],
      ['nag iisa', 2], ['mag isa', 0.5], ['walang kaibigan', 2], ['walang kausap', 2], ['kausap', 1], ['malungkot ako', 0.5],
      ['walang tutulong', 1.5], ['wala kaming kakilala', 2], ['walang kaibigang', 2], ['wala pa rin kaming kaibigan', 2], ['makasalamuha', 2], ['makipag usap', 0.7], ['makipag kwentuhan', 1.5], ['tumambay', 1.5], ['magvolunteer', 1], ['volunteer', 0.7], ['nagkikita kita', 1.5], ['walang nag message', 1.5], ['walang tumatawag', 1.5], ['walang bumibisita', 1.5], ['ibang mundo', 1], ['lonely', 2], ['loneliness', 2], ['homesick', 1], ['mag isa siya', 0.7], ['mag isa sya', 0.7], ['mag isa lang siya', 0.7], ['mag isa lang sya', 0.7], ['mag isa sa bahay', 0.7], ['ang lungkot', 0.7],
      ['wala ring kakilala', 2], ['wala rin akong kakilala', 2], ['wala pa akong kakilala', 2], ['walang kausap na', 1.5], ['walang kasama sa bahay', 1.5], ['nakatira mag isa', 1], ['nakatirang mag isa', 1], ['nakatira nang mag isa', 1],
    ],
    multicultural: [
      // marrying in Japan (pass K, 17th session)
      ['requirements sa kasal', 2], ['kasal dito', 1.5], ['magpakasal dito', 1.5],
      ['abo...pinas', 2], ['maiuwi...abo', 2], ['iuwi...labi', 2],  
      ['hindi ko mabasa', 1], ['hindi makabasa ng japanese', 1.5], ['hindi ako makabasa ng japanese', 1.5],
      // marrying a Japanese partner, a spouse visa
      ['hapones...kasal', 1.5], ['kasal...hapones', 1.5], ['japanese...kasal', 1.5], ['kasal...japanese', 1.5], ['hapones...magpakasal', 1.5], ['spouse visa', 2],
      ['bagong dating', 1.5], ['kararating ko lang', 1.5], ['監理団体', 2], // new to Japan
      ['pinas', 0.2], ['pilipinas', 1], ['galing pinas', 0.7], ['pinay', 0.3], ['tagalog', 0.7], ['kanji', 1.5], ['ibang bansa', 1.5], ['dayuhan', 2], ['banyaga', 2], ['nationality', 1.5], ['pasaporte', 1.5], ['mag interpret', 1], ['sa english', 1], ['english version', 1.5], ['embahada', 1.5], ['konsulado', 1.5], ['ofw$', 2], ['bagong dating', 1], ['kakadating', 1], ['hindi ko maintindihan', 0.5], ['hindi ko naintindihan', 0.5], ['di ko maintindihan', 0.5], ['nihongo ko', 1.5], ['mag nihongo', 1.5], ['hapon ko', 0.3],
      ['japanese', 1], ['puro japanese', 1.5], ['puro nihongo', 1.5], ['puro hapon', 1.5], ['tutulong...interpret', 1.5], ['hindi marunong', 1], ['pauuwiin', 1.5], ['ipapauwi', 1.5], ['pinauwi sa pinas', 1.5], ['interpreter', 2], ['tagasalin', 2], ['english speaking na', 2], ['marunong mag english', 2], ['marunong mag tagalog', 2], ['nagsasalita ng english', 2], ['nagsasalita ng tagalog', 2], ['visa', 2], ['dayuhan', 2], ['city hall', 0.3],
      ['kokumin hoken', 0.5], ['zairyu', 2], ['residence card', 2], ['re entry', 2], ['reentry', 2], ['overstay', 2], ['kari houmen', 2], ['karihoumen', 2], ['jisshusei', 2], ['ginou', 1.5], ['tokutei', 1.5], ['kumiai', 1], ['mag japanese', 1.5], ['nihongo', 1], ['marunong mag english', 1], ['psa$', 1.5], ['birth certificate', 1], ['marriage registration', 1], ['abroad', 1], ['umuwi sa pinas', 1], ['for good', 1], ['foreigner', 1.5], ['gaikokujin', 2], ['asawa kong hapon', 0.5], ['nagsasalita ng english', 1.5], ['marunong ng english', 1], ['half daw', 1], ['kasi half', 1.5], ['half siya', 1.5], ['half sya', 1.5], ['half japanese', 1.5], ['half hapon', 1.5], ['half pinoy', 1.5], ['half filipino', 1.5], ['lump sum', 1], ['dattai', 2],
      ['dito sa japan', 0.4], ['sa japan', 0.3], ['nasa pinas', 0.7], ['umuwi...pinas', 0.7], ['kasal sa hapon', 1.5], ['asawang hapon', 1], ['bago lang ako dito', 1.5], ['bago lang ako sa japan', 1.5], ['lumipat...sa japan', 1.5], ['dahil sa wika', 1.5], ['sa wika', 1], ['hindi marunong mag nihongo', 2], ['di marunong mag nihongo', 2], ['sa tagalog', 1], ['tagalog na', 1], ['batas dito', 1.5], ['batas sa japan', 1.5], ['batas ng japan', 1.5], ['sistema dito', 1], ['expire na visa', 2], ['palit ng status', 2], ['magpalit ng status', 2], ['spouse visa', 2], ['permanent resident', 2], ['jfc$', 1.5],
    ],
    medical: [
      ['palliative', 2], ['hospice', 2], ['dnr$', 2], ['revive', 1.5],
      ['nurse sa bahay', 2], ['doktor sa bahay', 2], ['doctor sa bahay', 2], ['anong department', 1.5], ['sakit sa likod', 1], ['sumakit...likod', 1], ['hindi na gumagaling', 1], ['hindi gumagaling', 1], ['oxygen', 1.5], ['heat stroke', 1.5], ['flu shot', 2], ['magpabakuna', 2], ['kenshin', 1.5], ['kenkou shindan', 1.5], ['byoin', 1.5], ['保険証', 1], ['ospital', 1.5], ['doktor', 1], ['magpapatingin', 1.5], ['magpatingin', 1.5], ['may sakit', 1], ['sakit', 0.7], ['gamot', 1], ['lagnat', 1],
      // someone in the family who is ill, named beside another problem («may sakit pa si nanay»)
      ['may sakit si', 1.5], ['may sakit pa si', 1.5], ['may sakit ang', 1.5], ['may sakit pa ang', 1.5], ['nagkasakit si', 1.5],
      ['hospital', 1.5], ['byouin', 1.5], ['naoperahan', 2], ['operasyon', 1.5], ['dialysis', 2], ['kidney', 1.5], ['cancer', 1], ['kanser', 1], ['leukemia', 2], ['hika$', 1.5], ['asthma', 1.5], ['diabetes', 1], ['high blood', 1.5], ['dentista', 2], ['nasugatan', 1.5], ['paracetamol', 1.5], ['generic', 1], ['clinic', 1], ['klinika', 1.5], ['sakit sa puso', 1.5], ['doktor...pumupunta sa bahay', 2], ['doctor...pumupunta sa bahay', 2], ['doctor...pupunta sa bahay', 2], ['doctor', 1], ['doktor...pupunta sa bahay', 2], ['home visit', 1.5], ['houmon shinryo', 2]],
  },
  crisis: {
    suicide: [
      // burning oneself on purpose (self-harm)
      'pinapaso ko ang sarili', 'pinaso ko ang sarili', 'pinapaso ko sarili', 'pinaso ko sarili', 'pasuin ang sarili ko', 'pasuin sarili ko', 'pinapaso ang sarili ko', 'sinasadya kong pasuin', 'sinadya kong pasuin',
      'huling mensahe', 'pagbasa mo nito',
      'gusto...mamatay', 'gusto...mawala', 'iniisip...mamatay', 'naiisip...mamatay', 'gusto...magpakamatay',
      'magpahinga habambuhay', 'magpahinga nang tuluyan',
      'dahilan para mabuhay', 'dahilan upang mabuhay', 'iwan ang mundo', 'lisanin ang mundo',
      'sana hindi na lang ako ipinanganak', 'hindi na lang ako ipinanganak', 'wala nang silbi ang buhay', 'tapusin na ang lahat',
      'kung wala na ako', 'kung mamatay ako', 'kapag namatay ako',
      'mawala sa mundo', 'mawala na lang sa mundo', 'wala nang gustong mabuhay', 'ayoko nang gumising', 'sulat ng paalam', 'huling paalam', 'walang nangangailangan sa akin', 'kapag wala na ako', 'pag wala na ako',
      'pagod na...mabuhay', 'sumuko sa buhay', 'impyerno ang buhay',
      'hindi na magising', 'matulog...hindi na magising', 'mas mabuti kung wala ako', 'wala nang saysay ang buhay', 'uminom ng maraming gamot',
      'mamatay na ako', 'sana mamatay', 'tapusin ko na', 'wakasan ang buhay', 'saktan ang sarili', 'sinasaktan ko ang sarili', 'ayoko nang mabuhay', 'ayaw ko nang mabuhay', 'wala nang dahilan para mabuhay', 'mas mabuti pang mamatay',
      'gusto ko nang mamatay', 'gusto kong mamatay', 'mamatay na lang', 'ayoko nang mabuhay', 'ayaw ko nang mabuhay',
      'magpakamatay', 'pagpapakamatay', 'tapusin ang buhay', 'gusto ko nang mawala', 'mawala na lang', 'wala nang saysay',
      'pagod na ako sa buhay', 'magpapakamatay',
    ],
    child_abuse: [
      'amain ko', 'hinahawakan ako ng',
      'bata...sinasaktan', 'batang...sinasaktan', 'batang umiiyak...sinasaktan',
      'may pasa ang bata', 'may mga pasa', 'ginugutom', 'hinihipuan',
      'sinasaktan ng tatay', 'sinasaktan ng nanay', 'pinapalo ako ng', 'binubugbog ako ng tatay', 'hindi pinapakain','pinapalo...anak', 'binubugbog...anak', 'sinasaktan...anak', 'pang aabuso sa bata', 'inaabuso ang bata', 'pinabayaan ang anak'],
    violence: [
      'sinabunutan', 'kinaladkad', 'itinulak ako', 'ikinulong ako', 'ikakalat ang litrato', 'ipapakalat ang litrato', 'papatayin daw ako', 'sinakal ako',
      'sinampal', 'sinipa', 'binugbog', 'sinaktan ako', 'pinagbabantaan','sinasaktan ako', 'binubugbog', 'sinapak', 'sinuntok', 'papatayin', 'pinagbantaan', 'ginahasa', 'karahasan', 'sinasakal'],
    emergency: [
      'hindi gumagalaw', 'dumudugo', 'inatake sa puso','nawalan ng malay', 'walang malay', 'hindi humihinga', 'hindi makahinga', 'nahimatay', 'kinukumbulsyon', 'ambulansya'],
  },
  pairs: [
    // Being at a height or by water now.
    { signal: 'suicide', ordered: true, reach: 12, a: ['nandito ako sa', 'nasa', 'nakatayo ako sa', 'andito ako sa', 'umakyat ako sa'], b: ['tulay', 'bubong', 'rooftop', 'riles', 'ilog', 'bangin'] },
    // A letter for the children; rest without waking.
    { signal: 'suicide', reach: 40, acrossSentences: true, a: ['sulat para sa', 'liham para sa', 'nagsulat na ako'], b: ['mga anak ko', 'inyo', 'maintindihan', 'patawarin'] },
    { signal: 'suicide', ordered: true, reach: 24, a: ['magpahinga', 'matulog'], b: ['hindi na gumising', 'hindi na magising', 'habambuhay', 'nang tuluyan'] },
    // A child locked in or burned.
    { signal: 'child_abuse', reach: 40, a: ['bata', 'anak', 'pamangkin', 'kaklase'], b: ['kinukulong', 'ikinukulong', 'pinapaso', 'pinaso', 'tinatali', 'itinali', 'hindi pinapakain'] },
    // A knife or gun pointed.
    { signal: 'violence', ordered: true, reach: 12, a: ['tinutukan', 'tinutok', 'itinutok'], b: ['kutsilyo', 'baril', 'patalim', 'ako'] },
    // Stiffening and foaming; something harmful drunk.
    { signal: 'emergency', reach: 24, a: ['nanigas', 'nangingisay', 'kinukumbulsyon'], b: ['bumubula', 'bibig', 'hindi gumagalaw', 'biglang'] },
    { signal: 'emergency', ordered: true, reach: 16, a: ['nakainom ng', 'nakalunok ng', 'uminom ng', 'nalunok'], b: ['gasolina', 'kerosene', 'bleach', 'muriatic', 'lason', 'barya', 'baterya', 'maraming gamot', 'lahat ng gamot', 'buong banig', 'isang banig'] },
    // A child who swallowed medicine («nakalunok ng gamot»); «uminom ng gamot» alone is taking one's medicine.
    { signal: 'emergency', ordered: true, reach: 16, a: ['nakainom ng', 'nakalunok ng', 'nalunok'], b: ['gamot'] },
    // A near time with an ending; leaving for good.
    { signal: 'suicide', ordered: true,
      a: ['mamayang gabi', 'ngayong gabi', 'bukas', 'ngayong linggo', 'weekend', 'sa sabado', 'sa linggo', 'ngayong araw', 'desidido', 'handa na'],
      b: ['tatapusin', 'tapusin', 'wawakasan', 'aalis na', 'mawawala', 'magpapaalam', 'hindi na ako gigising', 'paalam'] },
    { signal: 'suicide', ordered: true, reach: 16,
      a: ['aalis', 'mawawala', 'maglalaho', 'lalayo'],
      b: ['nang tuluyan', 'ng tuluyan', 'habambuhay', 'magpakailanman', 'hindi na babalik'] },
    // Me gone, and others relieved; a farewell; no longer a bother; giving things away.
    { signal: 'suicide', reach: 40,
      a: ['kapag nawala ako', 'pag nawala ako', 'kung mawala ako', 'pag wala na ako', 'kapag patay na ako', 'nawala ako'],
      b: ['magaan', 'mas masaya', 'mas mabuti', 'mas maayos', 'ginhawa'] },
    { signal: 'suicide', acrossSentences: true, reach: 40,
      a: ['salamat sa lahat', 'paalam sa inyo', 'paalam sa lahat', 'patawad sa lahat'],
      b: ['hindi na ako', 'huling', 'magiging abala', 'mamayang gabi', 'tuluyan', 'hanggang dito'] },
    { signal: 'suicide', ordered: true, reach: 12, a: ['hindi na ako magiging'], b: ['abala', 'pabigat', 'pasanin', 'problema ninyo'] },
    { signal: 'suicide', acrossSentences: true, reach: 40, a: ['pabigat', 'pasanin', 'abala'], b: ['aalis na', 'nang tuluyan', 'mawawala', 'tatapusin', 'mamamatay'] },
    { signal: 'suicide', acrossSentences: true, reach: 40,
      a: ['ibinigay ko na', 'binigay ko na', 'ipinamigay ko', 'iniwan ko na'],
      b: ['hindi ko na kailangan', 'hindi ko na kakailanganin'] },
    // A child with bruises or afraid to go home; someone coming in at night with a demand for secrecy.
    { signal: 'child_abuse', reach: 40,
      a: ['bata', 'anak', 'pamangkin', 'apo', 'estudyante', 'sanggol'],
      b: ['may pasa', 'mga pasa', 'pasa sa', 'paso ng sigarilyo', 'takot umuwi', 'ayaw umuwi', 'takot sa bahay', 'hindi pinapakain', 'ginugutom'] },
    { signal: 'child_abuse', acrossSentences: true, reach: 48,
      a: ['pumapasok', 'pumasok', 'hinahawakan', 'hinihipuan', 'tumatabi'],
      b: ['huwag kong sabihin', 'wag kong sabihin', 'huwag mong sabihin', 'wag mong sabihin', 'sikreto', 'lihim', 'huwag sabihin'] },
    // Kept in; hands on the throat; slammed into a wall.
    { signal: 'violence', reach: 40,
      a: ['ikinakandado ako', 'kinakandado ako', 'ikinukulong ako', 'kinukulong ako', 'kandado', 'passport ko', 'cellphone ko'],
      b: ['hindi ako makalabas', 'ayaw akong palabasin', 'hindi ako pinapalabas', 'hindi pinapalabas', 'sa kwarto', 'kinukuha'] },
    { signal: 'violence', ordered: true, reach: 12, a: ['hinawakan', 'sinakal', 'hinigpitan', 'pinisil', 'sinunggaban'], b: ['leeg ko', 'lalamunan'] },
    { signal: 'violence', ordered: true, reach: 16, a: ['inuntog', 'inihampas', 'ibinagsak', 'itinulak'], b: ['pader', 'dingding', 'sahig', 'hagdan'] },
    // A collapse with no answer; lips turning purple; a baby not crying.
    { signal: 'emergency', acrossSentences: true, reach: 40,
      a: ['bumagsak', 'natumba', 'nahulog', 'tinatawag', 'ginigising'],
      b: ['hindi sumasagot', 'hindi na sumasagot', 'hindi gumigising', 'hindi magising', 'hindi kumikilos', 'hindi humihinga', 'walang malay'] },
    { signal: 'emergency', reach: 16, a: ['labi', 'mukha', 'balat'], b: ['kulay ube', 'nangingitim', 'namumutla', 'kulay asul', 'nangangasul'] },
    { signal: 'emergency', reach: 24, a: ['baby', 'sanggol'], b: ['hindi umiiyak', 'hindi gumagalaw', 'lupaypay', 'hindi humihinga'] },
  ],
  framing: {
    report: [
      // a case handled and over: the one who hurt arrested, an order granted, the case closed
      // (now, yesterday, "still" or a "but" after it still alarm: see `ongoing` and `framed` in engine.ts)
      'naaresto', 'inaresto', 'arestado na', 'hinuli ng pulis', 'hinuli siya ng pulis', 'nakakulong na siya', 'nakakulong na sya', 'nakakulong na si', 'nakakulong na yung', 'nakakulong na ang', 'may protection order na', 'may bpo na', 'sarado na ang kaso', 'naayos na ang kaso', 'tapos na ang kaso', 'ligtas na siya ngayon', 'ligtas na sya ngayon',
      // a mark a doctor put down to an illness, a birthmark or a vaccine, said as its cause; abuse ruled out
      'mongolian spot', 'galing sa bakuna', 'reaksyon sa bakuna', 'dahil sa bakuna', 'sakit sa dugo', 'pagbagsak sa basketball', 'sa basketball', 'sa volleyball', 'sa football', 'hindi pang aabuso', 'walang pang aabuso',
      'balita', 'news$', 'pelikula', 'teleserye', 'nanaginip', 'napanaginipan', 'managinip', 'sa panaginip', 'bangungot'],
    joke: ['biro', 'joke', 'haha', 'naglalaro', 'sa laro'],
    past: [
      // an emergency handled: stable, out of danger (again or now after it still alarms)
      'stable na', 'stable na siya', 'stable na sya', 'stable na ang kalagayan', 'stable na ang lagay', 'ligtas na sa panganib', 'wala nang panganib', 'wala na sa panganib',
      
      // a handrail asked for after a fall (fall prevention)
      'magpalagay ng handrail', 'magpakabit ng handrail', 'tulong para sa handrail', 'para sa handrail', 'hawakan sa hagdan',
      'noong 20', 'noong 19', 'noong isang taon', 'dati', 'taon na ang nakalipas', 'nakaraang taon', 'noong bata',
      'nanaginip', 'napanaginipan', 'sa panaginip', 'bangungot',
      'nung 20', 'nung 19', 'mula noon', 'okay na sya', 'okay na siya', 'okay na ako', 'okay naman', 'matagal na', 'noong isang linggo', 'nung isang linggo',
      // an emergency over: out of hospital already (again or now after it still alarms: see `framed`)
      'nakalabas na sa ospital', 'nakalabas na siya', 'nakalabas na sya', 'lumabas na sa ospital', 'labas na sa ospital', 'nakauwi na galing ospital', 'nakauwi na mula sa ospital', 'nakauwi na siya galing', 'nakauwi na sya galing', 'discharged na', 'na discharge na', 'nadischarge na', 'nadischarged na'],
  },
  idioms: [
    // violent scenes of a film; a prevention class; a risk assessment (a term of the trade)
    'eksena ng karahasan', 'marahas na eksena', 'mga marahas na eksena', 'pag iwas sa pang aabuso',
    'pag iwas sa pagpapakamatay', 'papatayin ako ng amo', 'papatayin ako ng boss', 'namatay sa tawa', 'namatay kami sa tawa', 'mamamatay na ako sa init', 'patay na patay', 'patayin ang ilaw', 'patay na patay', 'walang karahasan',
    // hyperbole: work beat me up, debt strangles me, stabbed in the back, fainted at the price
    'binugbog ako ng trabaho', 'parang binugbog', 'sinasakal...utang', 'sinaksak ako sa likod', 'sinaksak sa likod', 'hinimatay ako sa presyo', 'mawala sa gc', 'mawala sa group chat',
    'papatayin...nalaman...bagsak', 'papatayin...nalaman...bumagsak', 'papatayin...ipis', 'papatayin...lamok', 'magpapakamatay na ako sa pag aaral', 'pagod na ako sa buhay japan',
    // someone else's suicide; a child's «sana mamatay ka»; denials; no seizures for years
    'pagpapakamatay ng tatay', 'pagpapakamatay ng nanay', 'pagpapakamatay ng kapatid', 'pagpapakamatay ng kaibigan', 'pagpapakamatay ng asawa', 'sana mamatay ka', 'mamatay ka na',
    'hindi niya kami sinasaktan', 'hindi naman niya kami sinasaktan', 'hindi kami sinasaktan', 'hindi naman niya ako sinasaktan', 'hindi namin pinapalo', 'hindi ko pinapalo', 'hindi ako pinagbubuhatan',
    'walang seizure', 'muntik nang maubusan ng dugo', 'di ko maintindihan', 'hindi ko maintindihan', 'pag wala na ako...sino', 'pag wala na ako...paano',
    // only a small blister; a bruise from sport
    'paltos lang', 'maliit na paltos', 'konting paltos', 'kaunting paltos', ...SPORT_BRUISES,
  ],
  idiomPairs: [...DATA_GONE, ...ROLE_FOUND_HARMLESS],
  endingCues: ['lubid', 'gamot', 'tulay', 'sulat', 'patawad sa lahat', 'mawala', 'magpakalayo', 'habambuhay', 'walang saysay', 'mamatay', 'patay', 'paalam', 'walang may pakialam'],
  riskCues: ['mamayang gabi', 'ngayong linggo', 'desidido', 'plano ko', 'pabigat', 'sumuko', 'walang pag asa', 'mabuhay', 'buhay ko', 'impyerno', 'hindi ko na kaya'],
  negation: { before: ['hindi tungkol sa', 'hindi dahil sa', 'hindi problema ang'], after: ['ay okay', 'ay ayos', 'ay hindi problema'] },
  crisisNegation: { before: ['walang', 'hindi', 'wala naman', 'wala namang', 'hindi naman', 'hindi kailanman'], after: [] },
};
