/**
 * Evidence for telling Latin-script languages apart in short messages: common function words
 * (folded: no diacritics, lower case) and letters only one language uses.
 */
const words = (list: string): readonly string[] => list.split(' ');

export const FUNCTION_WORDS: Readonly<
  Record<'en' | 'tl' | 'pt' | 'id' | 'vi' | 'ne' | 'ja', readonly string[]>
> = {
  en: words(
    'i my me the and is to of he she we our it in at on you this that what how need help cant ' +
      'dont im have has not with for his her they was are be but so just been keeps since about ' +
      'who where get',
  ),
  tl: words(
    'ang ng ko ako mga sa ay hindi wala nang kami namin siya po lang naman akong kong ba yung ' +
      'mo kasi at ito niya nila kayo gusto alam kung saan ano paano na pa din rin ni si may ' +
      "walang anong meron mayroon naman nasa kanya ako'y ngayon dahil pero lahat wala pano mag",
  ),
  pt: words(
    'o a de que em me meu seu nao meu minha eu um uma para pra com do da e tenho estou mas no ' +
      'na por os as se sou ele ela muito tem esta ta mais sem onde quero preciso filho filha mae ' +
      'pai aqui nada nenhum nenhuma ninguem faz vou vai isso quando tambem como gravida ' +
      // Text-speak («n consigo dormir», «vc», «pq», «tb», «hj»): shortenings only Portuguese uses.
      'consigo vc pq tb tbm hj mt mto msm ngm oq',
  ),
  id: words(
    'saya tidak dan yang di ke dari ini itu ada aku tapi untuk dengan sudah bisa mau kami anak ' +
      'karena apa belum sekali kena juga sering harus butuh ingin punya sangat lagi bagaimana dia ' +
      'ibu bapak gak ga nggak enggak aja kayak buat tiap gimana dimana kemana udah banget kalau ' +
      'kalo tolong mohon tanya boleh sendiri sendirian suami istri bayar kerja dapat dapet uang ' +
      'masih sekarang takut atau kita mereka teman bulan tahun rumah sakit obat terus tanpa susah ' +
      'cara ganti alamat gmn gimana jadwal sampah',
  ),
  vi: words(
    'toi khong co la cua va nhung duoc nguoi tien con me bi muon gi lam rat qua nha em anh chi ' +
      'ban cho mot nay roi ai hay phai dang se den voi ve nhieu biet can giup ngay benh vien ' +
      'viec thang tuoi chong cung minh nhat truoc sau nua thi hoi gio thay nen ' +
      'thuoc met buon cac troi dau bung bo vay luon nhu vang cam xin loi nhe hieu gui nhan goi dien ' +
      'giai thich hen thoi sao ky tro bac tam ly tieng kham rac thu van du tra ben canh chay keu ' +
      'danh chan mau luong chet ong trong phong mang thua kien vao lich tinh sai mat ' +
      // Text-speak («ko dc», «ngu ko dc may dem roi», «ck», «vk»): shortenings only Vietnamese uses.
      'dc ngu dem ck vk ntn lm mk bme',
  ),
  // Nepali typed in Latin letters, as most phones write it (words no other list here shares).
  ne: words(
    'cha chha xa chhaina chaina chhu chu malai mero meri hamro tapai tapaai garna garnu garera ' +
      'garchu garchhu gareko garnuhos kasari ahile hijo bholi lagyo sakdina sakdaina bhaneko bhanyo ' +
      'bhanchha huncha hunchha thiyo pani ghar ani sanga lai le hajur hoina chhora chhori kaam ' +
      'paisa dherai ekdam bhayo bhako bhayeko parcha parchha garne garnu garchan kati kehi kei ' +
      'aayo aako aayeko didaina dinchha dinu sakiyo sakchhu sakdaina bhanne bhanthe haru lagdaina ' +
      'dekhi mahina barsa matra yaha tyo feri aile aajkal pahila bujhena paiyena paincha ' +
      'aama buwa bhai didi dai bahini birami talab kharcha jagir nindra chhodnu chhodera ' +
      'khanchan khana pardaina hunna bhanera garo dukhyo dukhchha ma lagi kata kina paucha paune ' +
      'huncha garda bhetna aauda sadhai kasko kasle sakchha sakdina bhaye bhane rakhchan garcha ' +
      'chaldaina lageko jasto aba pachi mathi tala chan sabai usko gardaina aaucha bhari chahincha ' +
      'chahiyo sathi chhimeki ramro bina bhancha koi tirna sakina mageko ki kun kaha hola janu jaanu ' +
      'jane milcha milchha birse birsiye birsiyo',
  ),
  // Japanese typed in Latin letters (romaji): polite endings and words no other list here shares.
  ja: words(
    'desu masu shimasu kudasai onegai imasen arimasen masen watashi boku ashita kyou mou kara ' +
      'dakedo kedo dekimasu wakarimasen sumimasen arigatou gozaimasu ' +
      // The object particle, verb endings and family words a romaji message is made of («kare ga
      // houchou wo motte kuru», «musuko ga chichi wo nagutteru»): Indonesian's «ga» ("not") must not
      // take a Japanese sentence for its own.
      'wo desuka mashita deshita shite shiteru teru kuru iru nai shitai tasukete kowai kare kanojo ' +
      'otto musuko musume chichi okaasan otousan ojiisan obaasan nande doushite zenzen dakara nanka',
  ),
};

/** Letters that settle a Latin-script language on their own (checked before folding). */
export const TELLTALE_LETTERS: ReadonlyArray<readonly [RegExp, 'vi' | 'pt']> = [
  [/[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i, 'vi'],
  [/[ãõç]/i, 'pt'],
];

/** Kanji Japanese writes but Chinese does not, so kanji-only text like 「生活保護申請」 is Japanese. */
export const JAPANESE_ONLY_KANJI =
  '働込気変図様険齢帰払売続戻歳駅読経覚転価辺児縁渋沢浜権総労営単検験薬圧団広恵拡隣鉄届渉' +
  '乗寝暦摂焼畳穏騒択鋳庁聴徴逓伝闘弐悩廃髪抜晩仏併歩豊毎満黙訳揺謡頼覧両猟緑涙塁霊録';
