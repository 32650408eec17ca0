import type { IdiomPair, Lexicon } from './types.ts';

/** A kick or a bruise from taekwondo, silat, boxing or football («anakku kena tendang pas latihan taekwondo, memar»): sport, told sport first. */
// biome-ignore format: the words stay on a few lines, easy to read and extend
const SPORT_BRUISES = ['taekwondo', 'karate', 'silat', 'pencak silat', 'tinju', 'judo', 'muay thai', 'sparring', 'futsal', 'sepak bola', 'main bola', 'bela diri'].flatMap((sport) =>
  ['memar', 'lebam', 'biru biru', 'benjol', 'kena tendang', 'kena pukul'].map((hurt) => `${sport}...${hurt}`),
);

/** "Never", as people type it: «tidak pernah», «gk pernah», «ga pernah», «nggak pernah», «gapernah». */
// biome-ignore format: the words stay on a few lines, easy to read and extend
const NEVER = ['tidak pernah', 'tdk pernah', 'tak pernah', 'gak pernah', 'ga pernah', 'gk pernah', 'g pernah', 'gx pernah', 'nggak pernah', 'ngga pernah', 'ngak pernah', 'enggak pernah', 'engga pernah', 'ndak pernah', 'nda pernah', 'belum pernah', 'blm pernah', 'gapernah', 'gakpernah', 'gkpernah', 'nggakpernah'];

/** A blow or harm denied with "never" («suami gk pernah mukul kok»): every way of typing "never" with every blow. */
// biome-ignore format: the words stay on a few lines, easy to read and extend
const NEVER_HIT = NEVER.flatMap((never) =>
  ['mukul', 'mukulin', 'memukul', 'pukul', 'nampar', 'menampar', 'nendang', 'menendang', 'main tangan', 'kasar', 'nyakitin', 'menyakiti', 'nyiksa', 'menyiksa', 'kdrt', 'nonjok', 'ninju', 'nyekik', 'dorong', 'ngedorong'].map((blow) => `${never} ${blow}`),
);

/**
 * A phone that "died", with when and how between («HP saya mati total kemarin»), and chats that vanished
 * («semua chat menghilang», «riwayat chat hilang semua»): a device and its data, not the writer («aku mau
 * menghilang» still alarms). (No «mau mati»: «hp, aku mau mati» reads the same once the comma is folded away.)
 */
// biome-ignore format: the words stay on a few lines, easy to read and extend
const DEVICE_GONE: IdiomPair[] = [
  {
    reach: 1,
    a: ['hp', 'hp saya', 'hp aku', 'hp gue', 'hp gw', 'hpku', 'hape', 'hape saya', 'handphone', 'ponsel', 'laptop', 'laptop saya', 'baterai', 'batre'],
    b: ['', 'tiba tiba ', 'kemarin ', 'tadi ', 'udah ', 'sudah ', 'langsung ', 'tadi malam '].flatMap((when) =>
      ['mati total', 'matot', 'mati mendadak', 'mati kemarin', 'mati tadi', 'rusak', 'ngedrop', 'lowbat', 'habis baterai', 'restart sendiri'].map((w) => `${when}${w}`),
    ),
  },
  {
    reach: 1,
    a: ['chat', 'riwayat chat', 'semua chat', 'chat lama', 'pesan', 'pesan lama', 'semua pesan', 'history', 'histori', 'history chat', 'foto', 'semua foto', 'kontak', 'data', 'file', 'percakapan', 'wa', 'whatsapp', 'line'],
    b: ['', 'semua ', 'juga ', 'lama ', 'tiba tiba '].flatMap((all) =>
      ['hilang', 'hilang semua', 'hilang semuanya', 'menghilang', 'kehapus', 'terhapus', 'kehapus semua', 'terhapus semua', 'lenyap', 'ilang', 'ilang semua'].map((w) => `${all}${w}`),
    ),
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
    a: ['teriakan', 'teriak', 'tangisan', 'menangis', 'nangis', 'jeritan', 'suara pukulan', 'suara ribut', 'keributan'],
    b: ['night terror', 'teror malam', 'autis', 'autisme', 'tantrum', 'latihan menari', 'latihan dance', 'latihan tari', 'tidak ada yang dipukul', 'nggak ada yang dipukul', 'tidak pernah memukul', 'nggak pernah mukul'] },
  // a child's mark, then the doctor's cause
  { reach: 200, acrossSentences: 3,
    a: ['memar', 'lebam', 'biru biru', 'bekas luka'],
    b: ['bintik mongolia', 'karena kelainan darah', 'karena penyakit darah', 'kelainan darah', 'penyakit darah', 'trombosit rendah', 'reaksi vaksin', 'reaksi imunisasi', 'bekas suntikan', 'jatuh dari sepeda', 'main basket', 'main bola'] },
  // a collapse, then the hospital and the patient stable
  { reach: 200, acrossSentences: 3,
    a: ['pingsan', 'jatuh', 'tidak sadar', 'ambulans', 'dilarikan ke'],
    b: ['kondisinya stabil', 'kondisi stabil', 'sudah stabil', 'tidak dalam bahaya', 'sudah melewati masa kritis', 'sudah membaik'] },
  // a question asked ahead for an SOP or a training, on the forms a procedure is written in
  { reach: 160, acrossSentences: 2,
    a: ['pertanyaan umum', 'menyusun sop', 'membuat sop', 'untuk sop', 'buku panduan', 'pedoman', 'pelatihan', 'sosialisasi'],
    b: ['yang bilang ingin bunuh diri', 'yang bilang mau bunuh diri', 'yang mencoba bunuh diri', 'risiko bunuh diri', 'dicurigai mengalami kekerasan', 'curiga ada kekerasan', 'tanda kekerasan', 'tanda tanda kekerasan', 'kekerasan dalam rumah tangga'] },
  // …or told first, the question after
  { reach: 160, acrossSentences: 2,
    a: ['yang bilang ingin bunuh diri', 'yang bilang mau bunuh diri', 'yang mencoba bunuh diri', 'risiko bunuh diri', 'dicurigai mengalami kekerasan', 'curiga ada kekerasan', 'tanda kekerasan', 'tanda tanda kekerasan', 'kekerasan dalam rumah tangga'],
    b: ['tidak ada kasus', 'belum ada kasus', 'menyusun sop', 'pertanyaan umum', 'pelatihan'] },
];

/** Indonesian: plain everyday words ("di-PHK", "pikun", "kesepian"). */
// biome-ignore format: a category's phrases stay together on a few lines, easy to read and extend
export const id: Lexicon = {
  categories: {
    elderly: [
      ['bapak tua', 1.5], ['ibu tua', 1.5], ['kakek tua', 1.5], ['nenek tua', 1.5],
      ['70 tahun$', 1], ['71 tahun$', 1], ['72 tahun$', 1], ['73 tahun$', 1], ['74 tahun$', 1], ['75 tahun$', 1], ['76 tahun$', 1], ['77 tahun$', 1], ['78 tahun$', 1], ['79 tahun$', 1], ['80 tahun$', 1], ['81 tahun$', 1], ['82 tahun$', 1], ['83 tahun$', 1], ['84 tahun$', 1], ['85 tahun$', 1], ['86 tahun$', 1], ['87 tahun$', 1], ['88 tahun$', 1], ['89 tahun$', 1], ['90 tahun$', 1], ['91 tahun$', 1], ['92 tahun$', 1], ['93 tahun$', 1], ['94 tahun$', 1], ['95 tahun$', 1], ['96 tahun$', 1], ['97 tahun$', 1], ['98 tahun$', 1], ['99 tahun$', 1],
      ['umur 70$', 1], ['umur 71$', 1], ['umur 72$', 1], ['umur 73$', 1], ['umur 74$', 1], ['umur 75$', 1], ['umur 76$', 1], ['umur 77$', 1], ['umur 78$', 1], ['umur 79$', 1], ['umur 80$', 1], ['umur 81$', 1], ['umur 82$', 1], ['umur 83$', 1], ['umur 84$', 1], ['umur 85$', 1], ['umur 86$', 1], ['umur 87$', 1], ['umur 88$', 1], ['umur 89$', 1], ['umur 90$', 1], ['umur 91$', 1], ['umur 92$', 1], ['umur 93$', 1], ['umur 94$', 1], ['umur 95$', 1], ['umur 96$', 1], ['umur 97$', 1], ['umur 98$', 1], ['umur 99$', 1],
      ['usia 70$', 1], ['usia 71$', 1], ['usia 72$', 1], ['usia 73$', 1], ['usia 74$', 1], ['usia 75$', 1], ['usia 76$', 1], ['usia 77$', 1], ['usia 78$', 1], ['usia 79$', 1], ['usia 80$', 1], ['usia 81$', 1], ['usia 82$', 1], ['usia 83$', 1], ['usia 84$', 1], ['usia 85$', 1], ['usia 86$', 1], ['usia 87$', 1], ['usia 88$', 1], ['usia 89$', 1], ['usia 90$', 1], ['usia 91$', 1], ['usia 92$', 1], ['usia 93$', 1], ['usia 94$', 1], ['usia 95$', 1], ['usia 96$', 1], ['usia 97$', 1], ['usia 98$', 1], ['usia 99$', 1],
      ['70 an$', 1], ['71 an$', 1], ['72 an$', 1], ['73 an$', 1], ['74 an$', 1], ['75 an$', 1], ['76 an$', 1], ['77 an$', 1], ['78 an$', 1], ['79 an$', 1], ['80 an$', 1], ['81 an$', 1], ['82 an$', 1], ['83 an$', 1], ['84 an$', 1], ['85 an$', 1], ['86 an$', 1], ['87 an$', 1], ['88 an$', 1], ['89 an$', 1], ['90 an$', 1], ['91 an$', 1], ['92 an$', 1], ['93 an$', 1], ['94 an$', 1], ['95 an$', 1], ['96 an$', 1], ['97 an$', 1], ['98 an$', 1], ['99 an$', 1],
      ['70an$', 1], ['71an$', 1], ['72an$', 1], ['73an$', 1], ['74an$', 1], ['75an$', 1], ['76an$', 1], ['77an$', 1], ['78an$', 1], ['79an$', 1], ['80an$', 1], ['81an$', 1], ['82an$', 1], ['83an$', 1], ['84an$', 1], ['85an$', 1], ['86an$', 1], ['87an$', 1], ['88an$', 1], ['89an$', 1], ['90an$', 1], ['91an$', 1], ['92an$', 1], ['93an$', 1], ['94an$', 1], ['95an$', 1], ['96an$', 1], ['97an$', 1], ['98an$', 1], ['99an$', 1],
      ['udah tua', 1.5], ['makin tua', 1], ['usia lanjut', 2], ['manula', 2], ['sepuh', 1.5], ['mbah', 1], ['eyang', 1], ['daya ingat', 1.5], ['ingatannya', 1], ['linglung', 1.5], ['nyasar', 1], ['tinggal sendiri', 0.5], ['hidup sendiri', 0.5], ['panti$', 0.3], ['jatuh', 0.3], ['lupa terus', 1.5], ['pikunnya', 2],
      ['tidak bisa jalan', 1],
      // a parent, a spouse or oneself named with an age: «ayah (74)», «bapak 69», «aku 72»
      ...['ayah', 'bapak', 'ayahku', 'ibuku', 'bapakku', 'mama', 'papa', 'mertua', 'nenek', 'kakek', 'mbah', 'aku', 'saya', 'suami', 'istri'].flatMap((k) =>
        Array.from({ length: 35 }, (_, i) => [`${k} ${i + 65}$`, 1] as const),
      ),
      ['pikun', 2], ['demensia', 2], ['sering lupa', 1.5], ['lupa', 0.5], ['mulai lupa', 1.5], ['suka lupa', 1.5], ['gampang lupa', 1.5], ['pelupa', 1.5], ['tersesat', 1], ['lansia', 2], ['lanjut usia', 2],
      ['sudah tua', 1.5], ['panti jompo', 2], ['jompo', 2], ['kakek', 0.5], ['nenek', 0.5], ['perawatan', 1],
      ...Array.from({ length: 30 }, (_, i) => [`${i + 70} th$`, 1] as const), ['mertua', 0.5], ['obaachan', 1.5], ['ojiichan', 1.5], ['obaasan', 1], ['ojiisan', 1], ['kaigo hoken', 2], ['day service', 2], ['dei sabisu', 2], ['care manager', 2], ['kea mane', 2], ['hal yang sama', 1], ['gak mau mandi', 1.5], ['tidak mau mandi', 1.5], ['susah jalan', 1.5], ['sering jatuh', 1.5], ['jatuh di kamar mandi', 1.5], ['pincang', 0.5], ['pegangan tangan', 1.5], ['tongkat', 0.5], ['alat bantu dengar', 0.7], ['pelupa', 1.5], ['pensiunan', 1], ['sakit-sakitan', 1], ['sakit2an', 1], ['dipapah', 1.5], ['pensiun kecil', 1], ['pensiunnya kecil', 1],
    ],
    disability: [
      // paralysis after a stroke or accident
      ['lumpuh', 1], ['separuh badan', 1.5],
      // sign language and its interpreters
      ['bahasa isyarat', 2.5], ['juru bahasa isyarat', 2.5], ['penerjemah isyarat', 2.5],
      ['kruk', 1], ['alat bantu dengar', 1], ['anjing pemandu', 2], ['asperger', 2],
      ['glaukoma', 1.5], ['penglihatan...kabur', 1], ['telat bicara', 2], ['speech delay', 2],
      // Dyslexia.
      ['disleksia', 2],
      ['shougai', 1.5], ['shogai', 1.5],
      // fingers or a hand that no longer move after an injury
      ['jari...tidak bisa gerak', 1.5], ['tangan...tidak bisa gerak', 1.5], ['kaki...tidak bisa gerak', 1.5], ['jari...gak bisa gerak', 1.5], ['tangan...gak bisa gerak', 1.5], ['jari...tidak bisa digerakkan', 1.5], ['jarinya putus', 2], ['jari putus', 2],
      ['tidak bisa jalan', 0.7], ['stoma$', 2], ['kolostomi', 2], ['ileostomi', 2], ['amputasi', 1.5], ['diamputasi', 1.5], ['kaki palsu', 1.5],
      ['terlambat bicara', 1.5], ['belum bisa ngomong', 1.5], ['blm bisa ngomong', 1.5], ['belum bisa bicara', 1.5], ['blm bisa bicara', 1.5], ['keterlambatan', 1.5], ['terapi', 0.5],['disabilitas', 2], ['cacat', 2], ['difabel', 2], ['autis', 2], ['kursi roda', 2], ['tuli', 2], ['buta', 2], ['berkebutuhan khusus', 2], ['tuna netra', 2], ['tunanetra', 2], ['tuna rungu', 2], ['tunarungu', 2], ['tidak bisa melihat$', 0.9], ['tidak dapat melihat$', 0.9], ['gak bisa lihat$', 0.9], ['ga bisa liat$', 0.9], ['tidak bisa mendengar$', 0.9], ['gak bisa denger$', 0.9], ['mata...tidak bisa melihat$', 2], ['mata...gak bisa lihat$', 2], ['telinga...tidak bisa mendengar$', 2], ['kuping...gak bisa denger$', 2], ['penglihatan', 1], ['pendengaran', 1], ['low vision', 2], ['down syndrome', 2], ['perkembangan', 1], ['tokubetsu shien', 2], ['alat bantu dengar', 1]],
    child: [
      // a pupil's own life under parents' rules (pass K2, 17th session): the school report, marks falling, pocket money, a phone taken by a parent, cram school, a pupil's year
      ['rapor', 1.5], ['raport', 1.5], ['nilai gw anjlok', 1.5], ['nilai anjlok', 1.5], ['nilai jelek', 1], ['nilai turun', 1], ['uang jajan', 1.5], ['hp disita', 1.5], ['hp gw disita', 1.5], ['hp aku disita', 1.5], ['ngancem jual hp', 1.5], ['anak smp', 1.5], ['kelas 7$', 1.5], ['kelas 8$', 1.5], ['kelas 9$', 1.5], ['kelas 3 smp', 1.5], ['pelajaran olahraga', 1],
      // pregnancy and birth care: labour, morning sickness, a midwife
      ['kontraksi', 1.5], ['mual hamil', 2], ['bidan', 2], ['nifas', 2], ['hpl$', 1.5],
      // a pupil's own school day: classmates, class teacher, school years; mocked with fake accounts; extra lessons
      ['sekelas', 1], ['wali kelas', 1.5], ['ngejek', 1], ['smp$', 1.5], ['kyushoku', 1.5], ['study tour', 1], ['les gratis', 1.5], ['bimbel', 1.5],
     
      // first years: twins, weaning, teething, check-ups
      ['kembar', 1.5], ['mpasi', 2], ['tumbuh gigi', 1.5], ['posyandu', 2], ['buku ibu dan anak', 2],
      ['hoikuen', 2],
      ['gak sekolah', 1.5], ['ga sekolah', 1.5], ['nggak sekolah', 1.5], ['enggak sekolah', 1.5], ['tidak sekolah', 1.5], ['gak mau sekolah', 2], ['ga mau sekolah', 2],
      ['母子手帳', 2], ['boshi techo', 2], ['児童手当', 2], // Japanese words residents type as they are
      ['anak', 0.7], ['anaknya', 0.7], ['bayi', 1.5], ['hamil', 2], ['kandungan', 2], ['melahirkan', 2], ['penitipan anak', 2],
      ['tk$', 1], ['sekolah', 1], ['pindah sekolah', 1.5], ['keponakan', 0.5], ['tidak mau sekolah', 2], ['bully', 1.5], ['dirundung', 1.5], ['mengasuh', 1],
      ['dua anak', 0.8], ['2 anak', 0.8], ['tiga anak', 0.8], ['3 anak', 0.8], ['anak kecil', 1], ['anak2 masih kecil', 1.5], ['anak masih kecil', 1.5], ['anak anak', 1], ['anak2', 1], ['seragam', 1], ['shuugaku enjo', 1.5], ['shugaku enjo', 1.5],
      // the writer a child: «umurku 12», «aku baru 13»
      ...['umurku', 'aku baru', 'aku masih'].flatMap((k) => Array.from({ length: 10 }, (_, i) => [`${k} ${i + 6}$`, 1] as const)),
      // a small child's age: «anakku 3 thn», «anak saya 5 tahun»
      ...['anakku', 'anak saya', 'anak aku', 'anakku umur', 'anak umur'].flatMap((k) => Array.from({ length: 12 }, (_, i) => [[`${k} ${i + 1} thn`, 1.5], [`${k} ${i + 1} tahun`, 1.5]] as const).flat()),
    ],
    youth: [
      ['panti asuhan', 1.5], ['keluar dari panti', 2],
      // still students (a pregnancy or money trouble while at school or university)
      ['masih mahasiswa', 1], ['masih kuliah', 1], ['sama-sama mahasiswa', 1],
      ['umur 18$', 1], ['umur 19$', 1], ['umur 20$', 1], ['umur 21$', 1], ['umur 22$', 1], ['umur 23$', 1], ['umur 24$', 1], ['umur 25$', 1], ['umur 26$', 1], ['umur 27$', 1], ['umur 28$', 1], ['umur 29$', 1],
      ['usia 18$', 1], ['usia 19$', 1], ['usia 20$', 1], ['usia 21$', 1], ['usia 22$', 1], ['usia 23$', 1], ['usia 24$', 1], ['usia 25$', 1], ['usia 26$', 1], ['usia 27$', 1], ['usia 28$', 1], ['usia 29$', 1],
      ['aku 18 tahun', 1], ['aku 19 tahun', 1], ['aku 20 tahun', 1], ['aku 21 tahun', 1], ['aku 22 tahun', 1], ['aku 23 tahun', 1], ['aku 24 tahun', 1], ['aku 25 tahun', 1], ['aku 26 tahun', 1], ['aku 27 tahun', 1], ['aku 28 tahun', 1], ['aku 29 tahun', 1],
      ['saya 18 tahun', 0.7], ['saya 19 tahun', 0.7], ['saya 20 tahun', 0.7], ['saya 21 tahun', 0.7], ['saya 22 tahun', 0.7], ['saya 23 tahun', 0.7], ['saya 24 tahun', 0.7], ['saya 25 tahun', 0.7], ['saya 26 tahun', 0.7], ['saya 27 tahun', 0.7], ['saya 28 tahun', 0.7], ['saya 29 tahun', 0.7],
      ['umurku 18$', 1], ['umurku 19$', 1], ['umurku 20$', 1], ['umurku 21$', 1], ['umurku 22$', 1], ['umurku 23$', 1], ['umurku 24$', 1], ['umurku 25$', 1], ['umurku 26$', 1], ['umurku 27$', 1], ['umurku 28$', 1], ['umurku 29$', 1],
      ['kuliah', 1], ['ryugakusei', 1.5], ['ryuugakusei', 1.5], ['pelajar', 0.5], ['sekolah bahasa', 1], ['senmon', 1], ['shuukatsu', 1.5], ['shukatsu', 1.5], ['baito', 0.7], ['arubaito', 0.7], ['baru lulus', 1.5], ['fresh graduate', 1.5], ['ijazah', 1], ['putus sekolah', 1.5], ['putus kuliah', 1.5], ['berhenti sekolah', 0.5], ['berhenti sma', 1.5], ['tujuan hidup', 1.5], ['kerja pertama', 1.5], ['pertama kali kerja', 1.5], ['ortu', 0.5], ['kerja tetap', 1], ['ngelamar', 0.7], ['melamar kerja', 1], ['universitas', 1], ['kampus', 1], ['anak kos', 1], ['lulus sma', 1.5], ['lulus smk', 1.5], ['gap year', 1.5],
      ['anak muda', 2], ['pemuda', 2], ['remaja', 1], ['mahasiswa', 1], ['masa depan', 0.5],
      ['naitei', 2], ['mahasiswi', 1], ['visa pelajar', 1.5], ['kabur dari rumah ortu', 1.5], ['lulus kuliah', 1.5], ['skripsi', 1.5], ['tesis', 1], ['mahasiswa s2', 1.5], ['mahasiswa s1', 1.5], ['kuliah s2', 1.5], ['kuliah s3', 1.5], ['di-do', 1.5], ['drop out', 1.5],
      ...['aku', 'saya'].flatMap((k) => Array.from({ length: 12 }, (_, i) => [`${k} ${i + 18}$`, 1] as const)),
    ],
    women: [
      // followed home by a man
      ['diikuti cowok', 2], ['diikuti laki', 2], ['diikuti pria', 2], ['diikuti orang', 1.5], ['diikutin', 1.5], ['dibuntuti', 2], ['dibuntutin', 2], ['diuntit', 2], ['dikuntitin', 2], ['diikuti...sampai', 1.5], ['diikuti...sampe', 1.5],
      // a partner's control of money, and a boss's hands
      ['suami...ambil...gaji', 2], ['suami...ambil semua uang', 2], ['gajiku diambil suami', 2], ['pegang pegang badan', 1.5], ['suka pegang pegang', 1.5], ['raba raba', 1.5],
      // threats to spread a girl's chats or pictures
      ['ngancem...sebar', 1.5], ['ancam...sebar', 1.5], ['foto2 aneh', 1],
     
      // A father beating the mother; a controlling partner.
      ['mukulin nyokap', 2], ['mukul nyokap', 2], ['mukulin ibu', 1.5], ['cek hp gw', 1.5], ['ngecek hp gw', 1.5],
      // a woman shouted at or put down by her husband's mother
      ['mertua...bentak', 1.5], ['mertua...maki', 1.5], ['mertua...hina', 1.5], ['mertua...teriak', 1.5],
      ['marah marah', 1.5], ['mengambil gaji saya', 1.5], ['ambil semua gaji', 2], ['ambil gajiku', 2], ['ambil gaji aku', 2], ['gajiku diambil', 2], ['gaji saya diambil', 2], ['suami ambil', 1.5], ['suami pegang semua uang', 2], ['tunjukin struk', 1.5], ['nunjukin struk', 1.5], ['minta izin suami', 1], ['mengambil uang saya', 1.5],
      ['kdrt', 2], ['suami...ngamuk', 1.5], ['nyekik aku', 2], ['nyekik saya', 2], ['mencekik aku', 2], ['mencekik saya', 2], ['kekerasan dalam rumah tangga', 2], ['suami', 0.3], ['pacar', 1], ['membentak', 2], ['tidak memberi uang', 2],
      ['mengontrol', 1.5], ['pelecehan', 2], ['perempuan', 0.5], ['memukul saya', 1],
      ['dilecehkan', 2], ['dipegang pegang', 2], ['dipegang pegang', 2], ['colek', 1.5], ['pegang pinggang', 1.5], ['pegang pundak', 1.5], ['pegang badan', 1.5], ['ngomongin badan', 1.5], ['ngomong jorok', 1.5], ['cabul', 1.5], ['nguntit', 2], ['menguntit', 2], ['dikuntit', 2], ['ngikutin', 1.5], ['stalker', 2], ['mantan pacar', 1.5], ['diancam', 0.7], ['ngancem', 0.5], ['foto...disebar', 2], ['disebar', 0.5], ['nyebarin', 1.5], ['sebar screenshot', 1.5], ['foto pribadi', 1.5], ['pelit', 1], ['dijatah', 1.5], ['dipegang suami', 2], ['dia yang pegang', 1.5], ['dia yang simpan', 1.5], ['ngatur semua', 1.5], ['ngelarang', 1], ['melarang', 1], ['ngatain', 1], ['bentak', 1], ['dibentak', 1.5], ['nyindir', 1], ['merendahkan', 1.5], ['ngurung aku', 1.5], ['ngurung saya', 1.5], ['mukul aku', 1.5], ['mukul saya', 1.5], ['dipukul suami', 2], ['dipukul mantan', 2], ['dipukul pacar', 2], ['shelter', 1.5], ['nikah siri', 1], ['aib', 1], ['pisah dari suami', 1.5], ['ninggalin suami', 1.5], ['lepas dari suami', 1.5], ['kabur dari suami', 2],
    ],
    livelihood: [
      // a household with no income at all
      ['nggak ada pemasukan', 1.5], ['tidak ada pemasukan', 1.5], ['gak ada pemasukan', 1.5], ['tanpa pemasukan', 1.5], ['tidak ada penghasilan', 1.5], ['nggak ada penghasilan', 1.5], ['gak ada penghasilan', 1.5],
      // money gone at once (gambling, a bad bet), arrears, pay not received
      ['uang habis', 1], ['habis semua', 1], ['ludes', 1.5], ['kalah judi', 1.5], ['utang judi', 2], ['hutang judi', 2], ['tunggakan', 1.5], ['penagih', 1.5], ['debt collector', 1.5],
      // money after an accident at work
      ['tunjangan rousai', 2], ['klaim rousai', 2], ['santunan kecelakaan kerja', 1.5],
      ['gk punya hoken', 1.5], ['ga punya hoken', 1.5], ['tidak punya hoken', 1.5], ['gk ada hoken', 1.5], ['tidak punya asuransi', 1.5], ['gk punya asuransi', 1.5], ['ga punya asuransi', 1.5], ['takut mahal', 1], ['seikatsu hogo', 2],
      ['nunggak', 1.5], ['pindah kerja', 1.5], ['ganti kerja', 1.5], ['ganti pekerjaan', 1.5], ['pindah kerjaan', 1.5], ['cari kerja baru', 1.5], ['gak cukup', 1], ['tidak cukup', 1], ['kurang mampu', 2], ['gak mampu', 1], ['tidak mampu', 1], ['tabungan', 1], ['tabungan...tipis', 1.5], ['tabungan...habis', 1.5], ['duit', 1], ['gak ada duit', 2], ['dipecat', 1], ['mecat', 1], ['terancam dipecat', 1.5], ['ngancam mecat', 1.5], ['berhenti kerja', 1], ['pabrik tutup', 1.5], ['bangkrut', 1.5], ['pinjol', 2], ['tagihan', 1], ['listrik', 1], ['diputus', 1], ['cicil', 1], ['kulkas kosong', 1.5], ['beras', 1], ['gak bisa makan', 1.5], ['kerja baru', 1], ['cari kerja', 1.5], ['nyari kerja', 1.5], ['gaji kecil', 1.5], ['penghasilan kecil', 2], ['uang kuliah', 1], ['bantuan', 0.3], ['tunjangan', 1], ['gak punya uang', 1.5], ['pensiun', 0.3],
      ['biaya hidup', 2], ['kerja sampingan', 1.5], ['nganggur', 2], ['ngganggur', 2], ['lagi nganggur', 2], ['belum dapet kerja', 1.5], ['belum dapat kerja', 1.5], ['cari kerja', 1.5],
      ['gaji belum dibayar', 2], ['belum digaji', 2],
      ['lembur...gak dibayar', 1], ['lembur...gak pernah dibayar', 1], ['lembur...tidak dibayar', 1], ['lembur...tidak pernah dibayar', 1], ['lembur...belum dibayar', 1], ['lembur...ga dibayar', 1],
      ['uang', 1], ['tidak bisa bayar', 1.5], ['tidak punya uang', 1.5], ['tidak ada uang', 1.5], ['phk', 2], ['kehilangan pekerjaan', 2], ['pengangguran', 2],
      ['tidak ada penghasilan', 2], ['penghasilan', 1.5], ['gaji', 1], ['utang', 2], ['hutang', 2], ['pinjaman', 1], ['miskin', 2],
      ['makan', 0.5], ['uang belanja', 1],
      ['surat merah', 1], ['juuminzei', 1], ['beras abis', 2], ['beras habis', 2], ['sampe gajian', 1.5], ['gajian', 0.7], ['butuh kerja', 2], ['cari kerjaan', 1.5], ['gak ada kerjaan', 2], ['tidak ada pekerjaan', 2], ['gak kerja sama sekali', 1.5], ['gak dapet uang', 1.5], ['gak dapat uang', 1.5], ['kontrak...gak diperpanjang', 2], ['kontrak...tidak diperpanjang', 2], ['kontraknya gak diperpanjang', 2], ['haken', 1], ['pesangon', 1.5], ['kiriman berhenti', 1.5], ['gak bisa kirim uang', 1.5], ['kartu kredit', 0.5], ['minus', 1], ['sepeser', 1.5], ['seikatsu hogo', 2], ['seikatsuhogo', 2], ['bantuan hidup', 2], ['food bank', 2], ['sembako', 1.5], ['pensiun kecil', 2], ['pensiunnya kecil', 2], ['telat bayar', 1], ['belum kebayar', 1.5], ['gak kebayar', 1.5], ['gak bisa bayar', 1.5], ['sarakin', 1.5], ['utang numpuk', 2], ['tutup bulan depan', 1.5], ['tiba2 tutup', 1.5], ['tiba-tiba tutup', 1.5], ['gaji berhenti', 2], ['gaji telat', 1.5], ['gaji turun', 1.5], ['kehilangan kerja', 1], ['gak sanggup beli', 1.5], ['nggak sanggup beli', 1.5], ['tidak sanggup beli', 1.5], ['mau kerja tapi', 1], ['pengen kerja tapi', 1], ['gak bisa kerja', 1], ['tidak bisa kerja', 1],
      ['gaji telat', 2], ['gaji belum masuk', 2], ['laper', 0.5], ['kelaparan', 2], ['tagihan rumah sakit', 1.5], ['biaya rumah sakit', 1.5], ['biaya berobat', 1.5], ['biaya pengobatan', 1.5], ['biayanya besar', 1.5], ['biayanya mahal', 1.5], ['biaya...besar sekali', 2], ['biaya...mahal sekali', 2], ['biaya...mahal banget', 2], ['tidak sanggup bayar', 2], ['gak sanggup bayar', 2], ['ga sanggup bayar', 2], ['nggak sanggup bayar', 2], ['tidak mampu bayar', 2], ['gak mampu bayar', 2], ['makannya cuma', 1.5], ['cuma makan roti', 1.5], ['hemat', 0.7], ['gak punya penghasilan', 2], ['tidak punya penghasilan', 2], ['utang', 1.5], ['hutang', 1.5],
    ],
    housing: [
      // noise until late, the building's rules
      ['berisik sampai', 1.5], ['ribut sampai', 1.5], ['bising', 1], ['aturan...apartemen', 1],
      ['kunci kamar', 1], ['kembalikan kunci', 1], ['dikembalikan kunci', 1],
      ['tidur di taman', 2], ['tidur di stasiun', 2], ['tidur di jalan', 2], ['tidur di emperan', 2], ['gelandangan', 2], ['tunawisma', 2], ['hunian sementara', 2],
      // noisy neighbours
      ['tetangga...berisik', 1.5], ['berisik...tetangga', 1.5], ['keluhan suara', 1.5], ['tetangga atas', 1],
      ['tinggal di mobil', 1.5], ['tidur di mobil', 1.5],
      ['mau tinggal di mana', 1.5], ['harus tinggal di mana', 1.5],
      ['shiei jutaku', 2], ['toei jutaku', 2], ['kenei jutaku', 2],
      ['家賃', 2], ['yachin', 2], // Japanese words residents type as they are
      // a dormitory or room that must be vacated
      ['dikosongkan', 1.5], ['mengosongkan', 1.5], ['dikosongin', 1.5], ['keluar dari asrama', 1.5], ['diusir dari asrama', 2], ['keluar dari apato', 1.5],
      ['apato', 0.5], ['apatonya', 0.5], ['oyasan', 2], ['pengelola', 1], ['nunggak sewa', 2], ['sewanya', 2], ['nyewa', 1.5], ['menyewa', 1.5], ['asrama', 0.3], ['numpang', 1.5], ['tempat tidur', 0.3], ['gak ada tempat tinggal', 2], ['cari rumah', 2], ['cari apato', 2], ['pindah rumah', 1.5], ['penjamin', 2], ['rumah umum', 2], ['dibongkar', 1], ['dirobohkan', 1], ['disuruh keluar', 1.5], ['mau diusir', 2], ['usir', 1.5], ['kecoa', 1], ['bocor', 0.7], ['jamur', 0.5],
      ['kos$', 0.7], ['kost$', 2], ['uang kos', 2],
      ['sewa', 2], ['kontrakan', 2], ['pemilik apartemen', 2], ['pemilik rumah', 2], ['diusir', 2], ['pindah', 0.5],
      ['tempat tinggal', 2], ['tidak punya rumah', 2], ['tunawisma', 2], ['apartemen', 0.5],
      ['yachin', 2], ['hoshounin', 2], ['hoshou gaisha', 2], ['agen properti', 1.5], ['gaikokujin ng', 1.5], ['apato murah', 2], ['keluar dari rumah', 1], ['keluar dari apato', 1.5], ['harus keluar', 1], ['manga kissa', 2], ['net cafe', 2], ['warnet', 1.5], ['tidur di rumah temen', 2], ['tidur di rumah teman', 2], ['numpang di rumah', 2], ['tidur di karaoke', 2], ['tidur di jalan', 2], ['gak ada tempat tidur', 2], ['group home', 1.5], ['gak ada lift', 1], ['tanpa lift', 1], ['deposit', 0.5], ['shikikin', 2], ['reikin', 2], ['pemilik apato', 2], ['pemilik kos', 2], ['apato atas nama', 1.5], ['rumah atas nama', 1.5], ['kebakaran', 0.5], ['sempit', 0.7], ['berisik', 1],
      ['bayar kos', 2], ['gak ada tempat tidur', 2], ['gak ada tempat tinggal', 2], ['tidur di lantai', 1], ['numpang tidur', 2],
    ],
    mental_health: [
      // a family member's suicide told as past: bereavement («Kakak saya bunuh diri dua tahun lalu»)
      ['bunuh diri', 1.5],
      ['menggambar kuburan', 1.5], ['gambar kuburan', 1.5], ['merasa hampa', 1.5],
      // Slang for a low mood and eating disorders.
      ['galau', 1], ['mental breakdown', 2], ['muntah setelah makan', 2], ['sengaja muntah', 2],
      ['mimpi buruk', 1.5], ['kasino', 1], ['slot online', 2], ['judol', 2], ['bisikan', 1.5], ['halusinasi', 2], ['gampang nangis', 1.5], ['gampang marah', 1], ['udah gak kuat', 1], ['tidak kuat lagi', 1], ['berat banget', 0.7], ['deg2an', 1], ['kepikiran terus', 1], ['kepikiran', 0.5], ['gak tenang', 1], ['tidak tenang', 1], ['hampa', 1.5], ['kosong rasanya', 1], ['benci diri', 1.5], ['gelisah', 1.5], ['murung', 1.5],
      ['nangis', 0.5], ['gemeter', 0.7], ['keringet dingin', 0.5], ['deg degan', 1], ['gak berguna', 0.7], ['tidak berguna', 1], ['gak semangat', 1], ['tidak semangat', 1], ['susah tidur', 1], ['gak bisa tidur', 1], ['psikolog', 1.5], ['psikiater', 1.5], ['konselor', 1], ['konseling', 1], ['judi', 1.5], ['kecanduan', 1.5], ['ketagihan', 1.5], ['halusinasi', 2], ['gangguan jiwa', 2], ['kesehatan mental', 2], ['mental', 1], ['tertekan', 1.5], ['tekanan', 0.3], ['stress', 1], ['trauma', 1.5], ['overthinking', 1.5], ['minder', 1], ['gak bisa terima', 1], ['kangen rumah', 1], ['homesick', 1], ['burnout', 1], ['capek mental', 2], ['putus asa', 1.5],
      ['depresi', 2], ['tidak bisa tidur', 1], ['cemas', 1.5], ['kecemasan', 2], ['stres', 1], ['sedih', 1], ['putus asa', 1.5], ['panik', 1.5], ['jiwa', 1],
      ['gak bisa fokus', 1.5], ['tidak bisa fokus', 1.5], ['susah fokus', 1.5], ['ngerasa kosong', 1.5], ['merasa kosong', 1.5], ['gak mau bangun', 1], ['bengong', 1], ['pura2 baik', 1.5], ['pura-pura baik', 1.5], ['pura pura baik', 1.5], ['gak punya perasaan', 1.5], ['kayak robot', 1], ['takut ketemu orang', 1.5], ['takut sama diri sendiri', 1.5], ['cuci tangan puluhan', 1.5], ['judi online', 2], ['narkoba', 1], ['bipolar', 2], ['skizofrenia', 2], ['minum terus', 1], ['minum tiap malam', 1.5], ['tiap malam minum', 1.5], ['mabuk tiap', 1.5], ['alkohol', 1], ['culture shock', 1.5], ['ibu yang buruk', 1.5], ['ibu yang jahat', 1.5], ['baby blues', 2], ['gak ngerasa sayang', 1.5], ['ngomong sendiri', 0.7], ['ngawasin', 1], ['nangis terus', 1], ['tiap hari nangis', 1.5], ['takut masuk kerja', 1.5], ['lemes terus', 1], ['gak ada tenaga', 1],
      ['minum alkohol', 1.5], ['mabuk terus', 1.5], ['minum terus', 1], ['biar bisa tidur', 1], ['nangis terus', 1.5], ['sering nangis', 1.5], ['nangis tiap', 1.5], ['tiap hari...nangis', 1.5], ['bipolar', 2], ['skizofrenia', 2],
      // Habits that took over: card games and betting, slots and lotteries, drinking alone, quitting, shopping that will not stop.
      ['main kartu', 1], ['taruhan', 1.5], ['togel', 1.5], ['main slot', 2], ['slot$', 0.7], ['kasino', 1.5], ['casino', 1.5], ['lotre', 1], ['gacha', 1.5], ['top up game', 1], ['utang judi', 2], ['candu', 1.5],
      ['minum sendiri', 1], ['mulai minum alkohol', 1.5], ['mulai minum sake', 1.5], ['berhenti minum alkohol', 2], ['berhenti minum bir', 2], ['berhenti mabuk', 2], ['berhenti judi', 2], ['berhenti main', 1], ['pemabuk', 2], ['mabuk mabukan', 1.5], ['minum tiap hari', 1], ['gila belanja', 1.5], ['belanja online terus', 1.5], ['berhenti merokok', 1],
    ],
    hikikomori: [
      ['gak keluar', 1.5], ['nggak keluar', 1.5], ['ga keluar', 1.5], ['tidak keluar', 1.5], ['gak pernah keluar', 2], ['tidak pernah keluar', 2], ['jarang keluar', 1], ['ngurung diri', 2], ['mengurung', 2], ['di kamar doang', 2], ['di kamar aja', 1.5], ['di kamar saja', 1.5], ['di kamar terus', 2], ['di rumah aja', 1], ['di rumah saja', 1], ['gak mau keluar', 2], ['tidak mau keluar', 2], ['takut keluar', 1.5], ['keluar kamar', 1.5], ['keluar dari kamar', 1.5], ['gak ketemu siapa', 1], ['main game', 0.5], ['gak kerja', 0.5], ['tidak bekerja', 0.7], ['gak mau kerja', 1], ['siang tidur', 1],
      ['mengurung diri', 2], ['tidak keluar kamar', 2], ['nggak pernah keluar rumah', 2], ['gak pernah keluar rumah', 2], ['ga pernah keluar rumah', 2], ['tidak pernah keluar rumah', 2], ['nggak keluar rumah', 1.5], ['gak keluar rumah', 1.5], ['nggak keluar kamar', 2], ['gak keluar kamar', 2], ['nggak pernah keluar kamar', 2], ['tidak keluar rumah', 2], ['di kamar terus', 2]],
    single_parent: [
      // pregnant and left by the partner: to give birth and raise the child alone
      ['melahirkan sendiri', 1.5], ['membesarkan sendiri', 1.5], ['besarin sendiri', 1.5], ['ngebesarin sendiri', 1.5],
      ['orang tua tunggal', 2], ['ibu tunggal', 2], ['single parent', 2], ['janda', 1.5], ['duda', 1.5], ['cerai', 0.4], ['nafkah anak', 2], ['ditinggal suami', 2], ['ditinggal pacar', 1.5], ['pacar kabur', 1.5], ['suami kabur', 1.5], ['gak kirim uang', 1],
      ['ayah tunggal', 2], ['bapak tunggal', 2], ['ortu tunggal', 2], ['single mom', 2], ['single mother', 2], ['single dad', 2], ['hitori oya', 2], ['jido fuyo', 2], ['jidou fuyou', 2], ['jido teate', 1], ['biaya anak', 1.5], ['nafkah', 1.5], ['mantan suami', 0.7], ['hak asuh', 2], ['ngurus anak sendiri', 2], ['ngurus anak sendirian', 2], ['sendirian ngurus...anak', 2], ['sendiri ngurus...anak', 2], ['ngurus 2 anak sendiri', 2], ['ngurus bayi sendiri', 2], ['ayah sekaligus ibu', 2], ['istri pulang', 1], ['gak balik lagi', 1], ['pisah rumah', 1], ['balikin anak', 1],
    ],
    carer: [
      // nobody at home to care for a parent
      ['gak ada yg...rawat', 1.5], ['gak ada yang...rawat', 1.5], ['tidak ada yang...merawat', 1.5], ['nggak ada yang...rawat', 1.5],
      // a child interpreting for or taking a family member to hospital
      ['jadi penerjemah', 1], ['nemenin ke rumah sakit', 1.5], ['aku yg nemenin', 1],
     
      ['tidak kuat mengurus', 2], ['tidak sanggup mengurus', 2], ['capek mengurus', 2], ['mengurusnya', 1], ['merawatnya', 1],
      // Caring for a parent after work.
      ['ngerawat bokap', 2], ['ngerawat nyokap', 2], ['ngurus bokap', 1.5], ['ngurus nyokap', 1.5], ['sepulang kerja...ngerawat', 1],
      // a carer who works and has nobody to take over; caring alone
      ['gk ada yg gantiin', 1.5], ['ga ada yg gantiin', 1.5], ['gak ada yang gantiin', 1.5], ['tidak ada yang menggantikan', 1.5], ['gk ada yg jagain', 1.5], ['ga ada yang jagain', 1.5], ['tidak ada yang menjaga', 1.5], ['rawat sendiri', 1.5], ['merawat sendiri', 1.5], ['ngurus sendiri', 1], ['sy rawat', 1.5], ['saya rawat', 1.5], ['kerja sambil ngurus', 2], ['kerja sambil merawat', 2],
      ['mertua...tinggal bareng', 1], ['tinggal bareng mertua', 1], ['tinggal serumah dengan mertua', 1],
      ['ngerawat', 1.5], ['ngurus semua', 1], ['yang ngurus', 1], ['saya yang urus', 1], ['aku yang urus', 1], ['dijagain', 1], ['mandiin', 1], ['dimandiin', 1], ['nyuapin', 0.7], ['ganti popok', 0.5], ['rawat kakek', 1.5], ['rawat nenek', 1.5], ['rawat ibu', 1.5], ['rawat bapak', 1.5], ['rawat suami', 1.5], ['rawat istri', 1.5], ['rawat mertua', 1.5], ['ngurus anak autis', 1.5], ['ngurus anak', 0.2], ['ngurus', 0.5], ['tempat curhat', 0.5],
      ['ngurus ibu', 1.5], ['ngurus bapak', 1.5], ['ngurus ayah', 1.5], ['ngurus mertua', 1.5], ['ngurus nenek', 1.5], ['ngurus kakek', 1.5], ['ngurus suami', 1.5], ['ngurus istri', 1.5], ['ngurus ortu', 1.5], ['ngurus orang tua', 1.5], ['ngurus keluarga', 1.5], ['ngurus anak disabilitas', 1.5], ['ngurus dua', 1], ['ngurus semuanya', 1], ['buat ngurus', 1],
      ['mengurus mertua', 1.5], ['mengurus orang tua', 1.5], ['mengurus suami', 1.5], ['mengurus istri', 1.5], ['mengurus nenek', 1.5], ['mengurus kakek', 1.5], ['mengurus bapak', 1.5], ['mengurus keluarga', 1.5], ['merawat ibu', 2], ['merawat bapak', 2], ['merawat suami', 2], ['merawat istri', 2], ['merawat orang tua', 2], ['merawat mertua', 2],
      ['jagain', 1], ['jaga suami', 1.5], ['jaga istri', 1.5], ['jaga ibu', 1.5], ['jaga bapak', 1.5], ['jaga nenek', 1.5], ['jaga kakek', 1.5], ['gantian jaga', 1.5], ['anter ayah', 1.5], ['anter ibu', 1.5], ['anter bapak', 1.5], ['antar ayah', 1.5], ['antar ibu', 1.5], ['antar bapak', 1.5], ['aku yg anter', 1.5], ['aku yang anter', 1.5], ['harus antar', 1], ['harus anter', 1], ['capek ngurus', 2], ['cuti merawat', 2], ['gak ada jeda', 0.5], ['penerjemah saya', 1],
      ['sambil kerja', 1], ['sambil bekerja', 1],['merawat', 1.5], ['mengurus ibu', 1.5], ['mengurus ayah', 1.5], ['capek sekali', 0.5], ['menjaga', 0.5],
      ['ngurusin', 1.5], ['yang saya rawat', 2], ['yang aku rawat', 2], ['aku rawat', 1.5], ['saya rawat', 1.5], ['gantiin popok', 1.5], ['gantian', 1], ['nganter ibu', 1.5], ['nganter bapak', 1.5], ['nganter ayah', 1.5], ['gak sanggup', 0.5], ['sendirian ngurus', 1.5], ['pikul sendiri', 1.5], ['short stay', 0.3], ['young carer', 2], ['kasih obat', 0.5], ['semua urusan', 1], ['ganti baju', 0.5], ['jaga ayah', 1.5], ['jaga mertua', 1.5], ['ngurus mertua', 1.5], ['ngurus bapak mertua', 1.5],
    ],
    rights: [
      // refusing a shift, night shifts without end (pass K, 17th session)
      ['nolak shift', 1.5], ['menolak shift', 1.5], ['tolak shift', 1.5], ['boleh nolak', 1], ['boleh menolak', 1], ['dipaksa shift', 1.5], ['shift malam terus', 1],
      // a relative taking or using a parent's money, account, pension or property, or making them sign
      ['suruh ibu tanda tangan', 1.5], ['jual rumah ibu', 1.5], ['pakai uang ibu tanpa', 1.5],
      ['rebutan warisan', 2], ['sengketa warisan', 2],
      ['rekening pribadi', 1.5],
      // a boss or senior touching a worker (sexual harm at work: women, and rights)
      ['atasan...pegang pegang', 2], ['atasan...pegang badan', 2], ['atasan...raba', 2], ['bos...pegang pegang', 2], ['bos...raba', 2], ['mandor...pegang pegang', 2], ['mandor...raba', 2], ['senior...pegang pegang', 1.5], ['pelecehan seksual', 1],
      // is it allowed; too few days off; labour law
      ['legal gak', 1.5], ['legal nggak', 1.5], ['legal ga$', 1.5], ['ini legal', 1.5], ['gak ada libur', 1], ['gak pernah libur', 1], ['ketenagakerjaan', 2], ['belum bayar gaji', 2], ['tidak bayar gaji', 1.5], ['nggak bayar gaji', 1.5], ['kecelakaannya di rumah', 2], ['bilang ke dokter...di rumah', 2], ['nggak boleh...rosai', 2], 
      // interest beyond the law and the pay-first scams
      ['pinjol ilegal', 2], ['bunga...legal', 2], ['bunga...ilegal', 2], ['menang undian', 1.5], ['dapat hadiah', 1], ['voucher google', 2], ['barang tidak dikirim', 1.5], ['barang nggak dikirim', 1.5], ['barang gak dikirim', 1.5], ['tidak pernah beli', 1.5], ['nggak pernah beli', 1.5], ['gak pernah beli', 1.5],
      ['uangnya diambil', 1.5], ['melindungi uang', 1.5],
      // wages not paid (a rights matter beside the money)
      ['gaji...belum dibayar', 1.5], ['gaji...tidak dibayar', 1.5], ['gaji...gak dibayar', 1.5], ['gaji...nggak dibayar', 1.5], ['belum digaji', 1.5],
      // paid online and the goods never came
      ['barangnya gk dtg', 1.5], ['barang gk dtg', 1.5], ['barangnya ga dateng', 1.5], ['barang tidak datang', 1.5], ['barangnya tidak datang', 1.5], ['penjualnya ngilang', 1.5], ['penjual ngilang', 1.5], ['penjualnya hilang', 1.5], ['penipuan online', 2],
      ['upah lembur', 2], ['gaji lembur', 1.5], ['uang lembur', 1.5], ['dibayar gak sesuai', 1.5], ['dibayar tidak sesuai', 1.5], ['hak pekerja', 2],
      ['有給', 1.5], ['yukyu', 1.5], ['yuukyuu', 1.5], // Japanese words residents type as they are
      ['wasiat', 0.5], ['warisan', 0.3], ['ngatur uang', 1.5], ['mengatur uang', 1.5], ['atas nama saya', 1], ['ditagih', 0.3], ['dibohongin', 1.5], ['dibohongi', 1.5], ['dipinjam', 0.7], ['dipinjem', 0.7], ['klik link', 1.5], ['data kartu', 1.5], ['deposit dulu', 1.5], ['gak bayar gaji', 1.5], ['gaji...gak dibayar', 1], ['jangan lapor', 1], ['gak adil', 1], ['tidak adil', 1], ['orang gak dikenal', 1], ['orang tidak dikenal', 1], ['minta uang', 1], ['ditahan', 0.5], ['dipulangin', 0.5], ['dipulangkan paksa', 1.5],
      ['ketipu', 2], ['tipu', 1.5], ['penipu', 2], ['dipotong', 0.3], ['denda', 0.5], ['nahan paspor', 2], ['menahan paspor', 2], ['paspor...ditahan', 1.5], ['paspor...disita', 1.5], ['gak dibayar', 1.5], ['tidak dibayar', 1.5], ['lembur', 0.5], ['hukum', 0.3], ['melanggar', 1], ['pengadilan', 1], ['pengacara', 1], ['broker', 1], ['calo', 1.5], ['lpk$', 0.3], ['rentenir', 1.5], ['dipaksa', 1.5], ['maksa', 0.5], ['memaksa', 1], ['tanda tangan', 0.7], ['batal', 0.5], ['membatalkan', 1], ['kartu atm', 1], ['buku tabungan', 1], ['rekening', 0.3], ['ngatur keuangan', 1.5], ['mengatur keuangan', 1.5], ['mengelola keuangan', 1.5], ['uang pensiunnya', 1], ['pensiunnya...diambil', 1.5], ['diambil orang', 1.5], ['kripto', 1], ['investasi', 1], ['barang gak dateng', 1.5], ['barang tidak datang', 1.5], ['sales', 1], ['pelecehan di tempat kerja', 2], ['kecelakaan kerja', 0.5], ['hak saya', 1], ['hak pekerja', 2], ['dimarahi atasan', 1.5], ['dimarahin atasan', 1.5], ['dimarahin bos', 1.5], ['dimarahi bos', 1.5], ['tanpa persetujuan', 1.5], ['uangnya dipake', 1.5], ['uangnya dipakai', 1.5], ['teman online', 1.5], ['kenalan online', 1.5], ['pengembalian uang', 1.5], ['ambil semua uang', 1.5], ['ngambil uang', 1], ['tokutei shoutorihiki', 2], ['eksploitasi', 1.5], ['dianiaya', 1], ['gaji...tidak sesuai', 1.5], ['janji gaji', 1.5],
      ['penipuan', 2], ['ditipu', 2], ['tertipu', 2], ['kena tipu', 2], ['scam', 2], ['investasi bodong', 2], ['perwalian', 2], ['harta', 0.5], ['kontrak', 0.5], ['diskriminasi', 1.5],
      ['power hara', 2], ['pawahara', 2], ['ngaku polisi', 2], ['ngaku dari', 1.5], ['mengaku dari', 1.5], ['rekening...dipakai', 1.5], ['jual rekening', 2], ['beli rekening', 2], ['akun palsu', 1.5], ['potong gaji', 1.5], ['gaji dipotong', 1.5], ['gaji...dipotong', 1], ['cuti tahunan', 1.5], ['yuukyuu', 1.5], ['keselamatan kerja', 1.5], ['rousai', 2], ['dikurung', 1], ['agen ilegal', 2], ['ditahan orang', 1.5], ['gak bayar gaji', 1.5], ['disuruh tanda tangan', 1.5], ['suplemen', 1], ['ganti rugi', 1],
      // a boss, a supervisor, a senior or a lecturer who scolds, insults, touches or hits someone at work or school
      ...['senpai', 'atasan', 'bos', 'boss', 'mandor', 'manager', 'tenchou', 'kachou', 'leader', 'supervisor', 'shachou', 'sacho', 'dosen', 'majikan'].flatMap((who) => ['dimarahin', 'dimarahi', 'marahin', 'ngatain', 'dibentak', 'bentak', 'mukul', 'dipukul', 'ditampar', 'nampar', 'lempar', 'dilempar', 'dihina', 'ngehina', 'pegang2', 'dipegang', 'megang', 'ngancem', 'diancam', 'dibully', 'nendang', 'ditendang', 'dimaki', 'maki', 'pelecehan', 'teriak'].flatMap((what) => [[`${who}...${what}`, 1.5], [`${what}...${who}`, 1.5]] as const)),
      ['perbaikan atap', 1.5], ['dateng tiba2', 1], ['datang tiba tiba', 1], ['dateng tiba tiba', 1], ['karena hamil...dipecat', 1.5], ['hamil...dipecat', 1.5], ['dipecat...hamil', 1.5], ['dipulangkan', 1], ['disuruh pulang ke indonesia', 1.5], ['harus pulang ke indonesia', 1], ['kecelakaan di rumah', 1], ['gak boleh ke dokter', 1.5], ['tidak boleh ke dokter', 1.5], ['jam kerja gak masuk akal', 1.5],
    ],
    isolation: [
      ['ajak bicara', 1.5], ['diajak bicara', 1.5], ['ajak ngobrol', 1.5],
      ['penuh sampah', 1.5], ['sampah menumpuk', 1.5], ['klub lansia', 2], ['teman mengobrol', 1.5], ['senam pagi', 1],
      // Bored alone in a boarding room, somewhere to hang out.
      ['bosen di kos', 1.5], ['tempat nongkrong anak muda', 1.5],
      ['gk ada tmn cerita', 2], ['ga ada temen cerita', 2], ['gak ada temen cerita', 2], ['tidak ada teman cerita', 2], ['gk ada tmn curhat', 2], ['ga ada temen curhat', 2], ['tidak ada teman curhat', 2], ['gk ada tmn', 1.5], ['ga punya temen', 1.5], ['gk punya tmn', 1.5],
      ['punya teman', 1], ['sepi', 1], ['sepi banget', 1.5], ['ngajak ngobrol', 1.5], ['yang ngajak', 1], ['tempat main', 1], ['cuma duduk', 0.7], ['gak ada yang diajak', 1.5],
      ['kenal siapa', 1.5], ['gak kenal siapa', 2], ['punya kenalan', 1.5], ['ada kenalan', 1.5], ['gak punya kenalan', 2], ['ga punya kenalan', 2], ['tidak punya kenalan', 2], ['tidak kenal siapa', 2], ['pengen kenal', 1.5], ['ngobrol sama siapa', 1.5], ['diajak ngobrol', 1.5], ['teman ngobrol', 2], ['temen ngobrol', 2], ['buat ngobrol', 1], ['punya temen', 1], ['gak punya temen', 2], ['tidak punya teman', 2], ['gak ada temen', 2], ['ketemu orang', 1], ['komunitas', 1], ['komunitas pasien', 2], ['sesama pasien', 1.5], ['sesama penderita', 1.5], ['sesama penyintas', 1.5], ['perkumpulan', 1.5], ['kegiatan', 0.7], ['relawan', 0.5], ['jenguk', 0.5], ['sendiri di rumah', 0.7], ['makan sendiri', 1], ['ngerasa sendiri', 1], ['merasa sendiri', 1.5], ['kafe', 0.5], ['tempat kumpul', 1.5], ['ruang kumpul', 1.5], ['pengajian', 0.7],
      ['pendiam', 1], ['menyendiri', 1.5],['kesepian', 2], ['sendirian', 0.7], ['tidak ada teman', 2], ['tidak punya teman', 2], ['teman bicara', 2],
      ['gak punya siapa', 2], ['tidak punya siapa', 2], ['gak ada siapa', 1.5], ['cari temen', 1.5], ['cari teman', 1.5], ['pengen punya temen', 2], ['gak ada yang nyapa', 1.5], ['gak ada yang jenguk', 1.5], ['gak pernah ada yang', 1], ['gak ada yang nanya', 1.5], ['gak pernah ngobrol', 1.5], ['gak ngobrol', 1], ['kafe lansia', 2], ['salon lansia', 2], ['chonaikai', 1], ['tempat nongkrong', 1], ['kangen ngobrol', 1.5], ['pada pulang', 0.7], ['pulang semua', 0.7], ['tinggal saya sendiri', 1.5], ['sendirian terus', 1.5], ['seharian sendiri', 1.5], ['ngomong sama siapa', 1.5], ['gak punya keluarga', 1.5], ['tidak punya keluarga', 1.5], ['gak ada saudara', 1.5], ['main sendiri', 0.7], ['senyum2 doang', 1],
      ['tinggal sendiri', 1], ['tinggal sendirian', 1], ['hidup sendiri', 1], ['ada yg ngecek', 1.5], ['ada yang ngecek', 1.5], ['jauh dari keluarga', 1.5], ['gak ada keluarga', 1.5], ['tidak ada keluarga', 1.5], ['gak ada yg ngerti', 1.5], ['gak ada yang ngerti', 1.5], ['tidak ada yang mengerti', 1.5], ['tidak ada yang mengurus', 1.5], ['gak ada yg ngurus', 1.5], ['gak ada yang ngurus', 1.5], ['gak ada yg peduli', 1.5], ['gak ada yang peduli', 1.5],
    ],
    multicultural: [
      // a body sent home; Eid and the sacrifice (qurban) in Japan (pass K, 17th session)
      ['pulangin jenazah', 2], ['pulangkan jenazah', 2], ['memulangkan jenazah', 2], ['qurban', 1.5], ['kurban', 1.5], ['idul adha', 1.5], ['nyembelih', 1], ['menyembelih', 1],
      // a mosque, fellow Indonesians
      ['masjid', 1], ['mushola', 1], ['musholla', 1], ['komunitas indonesia', 1.5], ['orang indonesia', 1], ['sesama indonesia', 1.5], ['teman indonesia', 1],
      ['wna$', 1.5], ['warga negara asing', 1.5],
      // mocked for an accent
      ['logat', 1.5], ['abu jenazah', 1.5], ['jenazah...pulang', 2], ['pemulangan jenazah', 2], 
      // Japanese lessons
      ['les bahasa jepang', 2], ['kursus bahasa jepang', 2], ['kelas bahasa jepang', 2],
      // marrying a Japanese partner, a spouse visa
      ['orang jepang...nikah', 2], ['nikah...orang jepang', 2], ['jepang...menikah', 1.5], ['menikah...jepang', 1.5], ['visa pasangan', 2],
      ['baru datang ke jepang', 2], ['baru dateng ke jepang', 2], ['baru sampai di jepang', 2], ['baru tiba di jepang', 2], ['監理団体', 2], ['kanri dantai', 2], // new to Japan
      // a trainee asking about insurance on board
      ['pemagang di kapal', 1.5],
      ['dlm bhs indonesia', 2], ['dalam bahasa indonesia', 2], ['bhs indonesia', 1.5], ['info bencana', 1.5], ['informasi bencana', 1.5],
      ['pemagang', 1.5], ['jilbab', 0.7], ['yang orang asing', 1.5], ['bagi orang asing', 1.5], ['menyusul ke jepang', 1.5], ['nyusul ke jepang', 1.5],
      ['kbri', 2], ['paspor', 0.7], ['jlpt', 0.5], ['kelas bahasa jepang', 2], ['bahasa indonesia', 0.7], ['orang indonesia', 0.5], ['dari indonesia', 0.5], ['di indonesia', 0.2], ['pulang ke indonesia', 0.5], ['gak bisa bahasa', 0.7], ['tidak bisa bahasa', 1.5], ['gak ngerti bahasa', 1.5], ['gak bisa baca', 0.7], ['kanji', 1.5], ['bhs jepang', 2], ['bahasa jepangnya', 2], ['bhs indo', 1], ['bahasa indo', 1], ['gak ngerti bacanya', 1.5], ['gak bisa baca suratnya', 1.5], ['terjemahin', 1.5], ['diterjemahkan', 1.5], ['terjemahan', 1.5], ['imigrasi', 2], ['dideportasi', 2], ['deportasi', 2], ['kumiai', 1], ['tokutei ginou', 2], ['ginou jisshu', 2], ['orang jepang', 0.3], ['suami jepang', 0.5], ['warga asing', 2], ['pekerja asing', 2], ['baru pindah ke jepang', 2], ['datang ke jepang', 0.5], ['hukum jepang', 1], ['perpanjang visa', 2], ['status tinggal', 2], ['zairyu', 2],
      ['bahasa jepang', 2], ['penerjemah', 2], ['visa', 2], ['izin tinggal', 2], ['pekerja magang', 2], ['magang', 1.5],
      ['orang asing', 0.7], ['buat orang asing', 1.5], ['untuk orang asing', 1.5], ['orang asing juga', 1.5], ['bagi orang asing', 1.5], ['kantor kota', 0.5], ['surat dari', 0.5],
      ['kuyakusho', 0.7], ['kuyakusyo', 0.7], ['shiyakusho', 0.7], ['dattai', 2], ['tennyu', 2], ['kokumin hoken', 0.5], ['gaikokujin', 2], ['ke orang asing', 1], ['buat orang asing', 1], ['untuk orang asing', 1], ['halal', 1], ['sholat', 0.7], ['salat', 0.7], ['ramadan', 0.5], ['bahasa inggris', 0.7], ['bahasa sendiri', 1], ['ngerti bahasanya', 1.5], ['diterjemahin', 1.5], ['konsulat', 2], ['kjri', 2], ['suami orang jepang', 1], ['istri orang jepang', 1], ['sekolah indonesia', 1.5], ['jisshusei', 2], ['tokutei', 1], ['zairyuu', 2], ['visanya', 2],
      ['krn orang asing', 1.5], ['karena orang asing', 1.5], ['karena saya orang asing', 1.5], ['karena aku orang asing', 1.5], ['gara2 orang asing', 1.5], ['krn bahasa', 1.5], ['karena bahasa', 1.5], ['gak ngerti prosedur', 1.5], ['gak ngerti urusan', 1.5], ['tidak mengerti prosedur', 1.5], ['paguyuban', 1.5], ['dari indo', 0.7], ['dateng dari indo', 1.5], ['datang dari indonesia', 1.5], ['gak ngerti harus ngomong', 1.5], ['gak bisa bahasa jepang', 2], ['tidak bisa bahasa jepang', 2],
    ],
    medical: [
      ['paliatif', 2], ['kanwa care', 2], ['kanwa kea', 2], ['tidak mau diresusitasi', 2], ['resusitasi', 1.5], ['hospis', 2], ['stadium akhir', 1.5],
      ['dokter...datang ke rumah', 2], ['perawat...datang ke rumah', 2], ['dokter kunjungan', 2], ['poli apa', 1.5], ['dokter spesialis apa', 1.5], ['sakit perut', 1], ['nggak sembuh', 1], ['tidak sembuh', 1], ['gak sembuh', 1], ['sakit punggung', 1], ['punggung pegel', 1], ['nyeri kronis', 1.5], ['sengatan panas', 1.5], ['vaksin flu', 2], ['kenshin', 1.5], ['kenkou shindan', 1.5], ['byoin', 1.5], ['periksa gigi', 1.5], ['保険証', 1], ['rumah sakit', 1.5], ['periksa kandungan', 1], ['dokter', 1], ['berobat', 1.5], ['sakit', 0.7], ['obat', 1], ['periksa', 0.7], ['demam', 1], ['stroke', 1], ['klinik', 1],
      ['kanker', 1.5], ['kemo', 1.5], ['kemoterapi', 2], ['dirawat di', 1], ['operasi', 1.5], ['tbc$', 1.5], ['asma', 1.5], ['diabetes', 1], ['gula darah', 1.5], ['penyakit jantung', 1.5], ['cedera', 1.5], ['patah tulang', 2], ['tangan patah', 1.5], ['kaki patah', 1.5], ['byouin', 1.5], ['cuci darah', 1], ['maag', 1.5], ['batuk', 1], ['dokter gigi', 2], ['sakit gigi', 2], ['obat generik', 2], ['resep', 1], ['rawat inap', 2], ['rawat jalan', 2],],
  },
  crisis: {
    suicide: [
      // burning oneself on purpose (self-harm)
      'sengaja bakar tangan', 'sengaja membakar tangan', 'sengaja nyundut', 'nyundut tangan sendiri', 'nyundut diri sendiri', 'sundut tangan sendiri', 'sundut diri sendiri', 'menyundut tangan sendiri', 'bakar tangan sendiri', 'membakar tangan sendiri',
      'pesan terakhir', 'saat kamu membaca ini',
      'lebih baik...tidak ada', 'tidak ada di dunia ini',
      'ingin...mati$', 'mau...mati$', 'pengen...mati$', 'ingin...menghilang', 'ingin...mengakhiri', 'mau...mengakhiri', 'memikirkan kematian', 'berpikir...mati$',
      'mengakhiri semua', 'penderitaan ini untuk selamanya',
      'alasan untuk hidup', 'alasan hidup', 'meninggalkan dunia', 'pergi dari dunia',
      'menyesal dilahirkan', 'tidak pernah lahir', 'hidup tidak berguna',
      'kalau saya mati', 'jika saya mati', 'saya mati saja', 'lebih baik saya mati',
      'melukai diri', 'menyayat',
      'surat perpisahan', 'tidak ada yang butuh saya', 'kalau saya tidak ada', 'kalau saya sudah tiada', 'ingin tidur selamanya', 'tidak ingin bangun', 'mengakhiri semuanya', 'beli tali', 'lompat dari',
      'hidup seperti neraka', 'hidup ini neraka',
      'tidur dan tidak bangun', 'tidak bangun lagi', 'tanpa saya', 'minum semua obat', 'tidak ada jalan keluar',
      'capek hidup', 'lelah hidup', 'tidak kuat hidup', 'mau mengakhiri', 'lebih baik tidak ada', 'pergi selamanya', 'menyakiti diri', 'tidak ingin hidup lagi', 'ingin mati saja', 'tidak mau hidup lagi', 'gantung diri', 'minum racun',
      'bunuh diri', 'ingin mati', 'mau mati', 'pengen mati', 'tidak ingin hidup', 'tidak mau hidup', 'hidup tidak ada artinya',
      'tidak ada artinya lagi', 'ingin menghilang', 'mengakhiri hidup', 'lebih baik mati',
    ],
    child_abuse: [
      'ayah tiri', 'menyundut',
      'memar di badan', 'lebam', 'anak kelaparan', 'dicabuli', 'mencabuli',
      'ayah memukul saya', 'ibu memukul saya', 'orang tua memukul', 'anak ditelantarkan', 'dianiaya ayah', 'dianiaya ibu','menyiksa anak', 'menyiksa anaknya', 'memukul anak', 'memukul adikku', 'memukul adik saya', 'memukul adik aku', 'mukul adikku', 'mukulin adikku', 'mukulin adik', 'kekerasan pada anak', 'kekerasan terhadap anak', 'penelantaran anak', 'anak...disiksa'],
    violence: [
      'mengunci saya', 'dikunci',
      'menjambak', 'menyeret saya', 'mendorong saya', 'mengurung saya', 'menyebarkan foto', 'foto telanjang', 'mengancam akan', 'mencekik',
      'dipukuli', 'ditampar', 'dianiaya', 'diancam dibunuh', 'diancam mau dibunuh', 'diancam pakai', 'ditendang', 'memukul saya', 'dipukul', 'menampar', 'membunuh saya', 'mengancam', 'diperkosa', 'kekerasan', 'dicekik', 'menendang saya',
      // in chat: «tadi dia mukul aku», «nampar gw»
      ...['mukul', 'mukulin', 'nampar', 'namparin', 'nendang', 'nendangin', 'nyekik', 'hajar', 'ngehajar', 'gebukin', 'nonjok'].flatMap((blow) => ['aku$', 'gue$', 'gw$', 'saya$'].map((me) => `${blow} ${me}`))],
    emergency: [
      'tidak sadarkan diri', 'tidak bergerak', 'berdarah banyak', 'serangan jantung', 'sesak nafas','pingsan', 'tidak bernapas', 'tidak bernafas', 'sesak napas', 'tidak sadar', 'kejang', 'pendarahan', 'ambulans'],
  },
  pairs: [
    // Being at a height or by water now.
    { signal: 'suicide', ordered: true, reach: 12,
      a: ['sedang berdiri di', 'sedang duduk di', 'saya di atas', 'saya sedang di', 'aku di atas', 'berdiri di atas', 'di atas'],
      b: ['atap', 'jembatan', 'gedung', 'rel', 'tebing', 'sungai', 'loteng'] },
    // A letter and an apology; sleep without waking.
    { signal: 'suicide', reach: 48, acrossSentences: true, a: ['menulis surat', 'surat untuk', 'sudah menulis'], b: ['sampaikan maaf', 'maafkan', 'minta maaf', 'selamat tinggal', 'untuk ibu', 'untuk keluarga'] },
    { signal: 'suicide', ordered: true, reach: 24, a: ['tidur', 'istirahat'], b: ['tidak usah bangun', 'tidak bangun lagi', 'tidak perlu bangun', 'selamanya'] },
    // A child left alone without food.
    { signal: 'child_abuse', reach: 40, a: ['anak', 'keponakan', 'bayi', 'adik', 'cucu'], b: ['dibiarkan sendirian', 'ditinggal sendirian', 'tanpa makanan', 'berhari hari', 'tidak diberi makan', 'diikat'] },
    // Stroke signs; a swallowed object with trouble breathing.
    { signal: 'emergency', reach: 32, a: ['bicara pelo', 'bicaranya pelo', 'pelo$', 'mulut mencong', 'wajah mencong'], b: ['lemas', 'tiba tiba', 'tangan', 'kaki', 'sebelah'] },
    { signal: 'emergency', ordered: true, reach: 16, a: ['menelan', 'tertelan', 'meminum', 'minum'], b: ['koin', 'baterai', 'kancing', 'bensin', 'minyak tanah', 'racun tikus'] },
    { signal: 'emergency', ordered: true, reach: 8, a: ['susah', 'sulit', 'tidak bisa'], b: ['bernapas', 'bernafas'] },
    // A near time or intent with an ending: "malam ini saya akan menyelesaikan semuanya".
    { signal: 'suicide', ordered: true,
      a: ['malam ini', 'minggu ini', 'besok', 'mulai besok', 'akan', 'sudah memutuskan'],
      b: ['menyelesaikan semuanya', 'mengakhiri semuanya', 'pergi untuk selamanya', 'pergi selamanya', 'tidak merepotkan', 'tidak akan merepotkan', 'berpamitan', 'pamit untuk selamanya', 'tidur selamanya'] },
    // Me gone, and others relieved; a farewell; giving things away.
    { signal: 'suicide', reach: 40,
      a: ['kalau saya pergi', 'kalau saya tidak ada', 'kalau saya mati', 'tanpa saya', 'kalau aku pergi', 'kalau aku tidak ada', 'kalau saya sudah tidak ada'],
      b: ['lebih tenang', 'lebih bahagia', 'lebih baik', 'lebih ringan', 'lega'] },
    { signal: 'suicide', acrossSentences: true, reach: 48,
      a: ['terima kasih untuk semuanya', 'terima kasih atas semuanya', 'maaf untuk semuanya', 'selamat tinggal semua', 'selamat tinggal'],
      b: ['tidak akan', 'merepotkan', 'terakhir', 'selamanya', 'malam ini', 'mulai besok'] },
    { signal: 'suicide', acrossSentences: true, reach: 48,
      a: ['sudah saya berikan', 'saya berikan', 'sudah saya kasih', 'saya bagikan', 'saya titipkan'],
      b: ['tidak butuh lagi', 'tidak perlu lagi', 'tidak saya perlukan', 'tidak dipakai lagi'] },
    // A child with marks or afraid to go home; someone in the child's room with a demand for secrecy.
    { signal: 'child_abuse', reach: 40,
      a: ['anak', 'bocah', 'keponakan', 'cucu', 'murid', 'bayi', 'adik'],
      b: ['bekas luka', 'memar', 'lebam', 'luka bakar', 'bekas sundutan', 'takut pulang', 'tidak mau pulang', 'dikurung', 'tidak diberi makan', 'kelaparan'] },
    { signal: 'child_abuse', acrossSentences: true, reach: 48,
      a: ['masuk ke kamar', 'masuk kamar', 'meraba', 'menyentuh', 'tidur di ranjang'],
      b: ['menyuruh saya diam', 'suruh diam', 'jangan bilang', 'jangan cerita', 'rahasia', 'tidak boleh bilang'] },
    // Kept in; hands on the throat; slammed into a wall.
    { signal: 'violence', reach: 40,
      a: ['mengambil paspor', 'menyembunyikan paspor', 'menahan paspor', 'mengambil hp', 'mengambil ponsel', 'mengunci pintu', 'mengunci saya', 'mengurung'],
      b: ['tidak membolehkan saya', 'tidak boleh keluar', 'tidak bisa keluar', 'melarang saya keluar', 'keluar rumah'] },
    { signal: 'violence', ordered: true, reach: 8, a: ['mencengkeram', 'mencekik', 'memegang', 'meremas'], b: ['leher'] },
    { signal: 'violence', ordered: true, reach: 24, a: ['membenturkan', 'membanting', 'mendorong'], b: ['tembok', 'dinding', 'lantai', 'tangga'] },
    // A collapse or a call with no answer; lips turning blue, a limp baby; something swallowed.
    { signal: 'emergency', acrossSentences: true, reach: 40,
      a: ['jatuh', 'ambruk', 'roboh', 'tergeletak', 'dipanggil', 'dibangunkan', 'digoyang'],
      b: ['tidak menjawab', 'tidak menyahut', 'tidak merespons', 'tidak bangun', 'tidak bergerak', 'tidak sadar', 'tidak bernapas'] },
    { signal: 'emergency', reach: 16, a: ['bibir', 'wajah', 'kulit', 'bayi'], b: ['membiru', 'biru', 'pucat pasi', 'lemas', 'keunguan'] },
    { signal: 'emergency', ordered: true, reach: 24,
      a: ['menelan', 'meminum', 'minum'],
      b: ['satu strip', 'satu botol', 'satu kotak', 'semua obat', 'baterai', 'pemutih', 'racun', 'obat nyamuk', 'cairan pembersih'] },
  ],
  framing: {
    report: [
      // a case handled and over: the one who hurt arrested, an order granted, the case closed
      // (now, yesterday, "still" or a "but" after it still alarm: see `ongoing` and `framed` in engine.ts)
      'sudah ditangani polisi', 'sudah ditangkap', 'suaminya ditangkap', 'suaminya ditahan', 'suaminya sudah ditahan', 'pelaku ditahan', 'pelakunya ditahan', 'sudah ditahan polisi', 'kasusnya sudah selesai', 'kasus sudah selesai', 'kasusnya sudah ditutup', 'tinggal di shelter dengan aman',
      // a mark a doctor put down to an illness, a birthmark or a vaccine, said as its cause; abuse ruled out
      'bintik mongolia', 'reaksi vaksin', 'reaksi imunisasi', 'bekas suntikan', 'karena kelainan darah', 'karena penyakit darah', 'kelainan darah', 'trombosit rendah',
      'berita', 'koran', 'film', 'sinetron',
      // violence long ago
      'dulu', 'tahun lalu', 'udah lama', 'sudah lama', 'pernah dengar', 'pernah denger', 'pernah baca', 'pernah lihat', 'pernah liat', 'pernah nonton', 'cerai karena'],
    joke: ['bercanda', 'candaan', 'wkwk', 'haha', 'main game', 'dalam game'],
    past: [
      // an emergency handled: stable, out of danger (again or now after it still alarms)
      'kondisinya stabil', 'kondisi stabil', 'kondisinya sudah stabil', 'sudah stabil', 'udah stabil', 'tidak dalam bahaya', 'sudah melewati masa kritis',
      
      // a handrail asked for after a fall (fall prevention); some months ago
      'bantuan pasang pegangan', 'mau pasang pegangan', 'ingin pasang pegangan', 'bantuan pegangan', 'mencegah jatuh', 'beberapa bulan lalu', 'beberapa waktu lalu',
      'tahun lalu', 'dulu', 'tahun yang lalu', 'waktu kecil', 'minggu lalu', 'bulan lalu', 'th lalu', 'thn lalu', 'sejak kecil', 'sejak lahir', 'sejak bayi', 'sejak tahun', 'udah sehat', 'sudah sehat', 'pernah', 'liat video', 'lihat video',
      // an emergency over: out of hospital already (again or now after it still alarms: see `framed`)
      'keluar dari rs', 'keluar rs', 'udah keluar dari rumah sakit', 'udah keluar rs', 'sudah keluar rs', 'dah keluar rs', 'udah pulang dari rs', 'sudah pulang dari rs', 'udah pulang dari rumah sakit', 'udah boleh pulang', 'sudah boleh pulang', 'sudah diizinkan pulang', 'udah dipulangkan', 'sudah dipulangkan'],
  },
  idioms: [
    // violent scenes of a film; a prevention class; a risk assessment (a term of the trade)
    'adegan kekerasan', 'pencegahan bunuh diri', 'mencegah bunuh diri', 'pencegahan kekerasan',
    
    // so hot, cold, sleepy, sick I could die; nearly fainted; appliances «mati»
    'kayak mau mati', 'seperti mau mati', 'banget mau mati', 'sampe mau mati', 'sampai mau mati', 'hampir pingsan', 'pura2 pingsan', 'pura-pura pingsan', 'pernah pingsan',
    'kulkas mati', 'mesin cuci mati', 'ac mati', 'mati itu apa', 'apa itu mati', 'hidup segan mati tak mau', 'aku mati kamu', 'saya mati kamu',
    'bikin sesak napas', 'sirene ambulans', 'termasuk kekerasan', 'termasuk kdrt',
'pencegahan bunuh diri', 'rasanya mau pingsan', 'mau pingsan rasanya', 'bos saya bisa membunuh', 'bos bisa membunuh', 'bos akan membunuh', 'sampai mau pingsan', 'mati matian', 'beban hidup', 'biaya hidup', 'setengah mati', 'mati lampu', 'hidup sendiri', 'hidup di', 'setengah mati', 'tidak ada kekerasan', 'bukan kekerasan',
    // only a small blister; a bruise from sport
    'cuma melepuh', 'hanya melepuh', 'melepuh sedikit', 'melepuh dikit', 'sedikit melepuh', 'cuma lepuh', ...SPORT_BRUISES,
    // a blow denied, as typed in chat: «suami gk pernah mukul kok»
    ...NEVER_HIT,
    // not on purpose: a burn by accident
    'gak sengaja', 'ga sengaja', 'gk sengaja', 'nggak sengaja', 'ngga sengaja', 'tidak sengaja', 'tdk sengaja', 'tak sengaja', 'enggak sengaja',
  ],
  idiomPairs: [...DEVICE_GONE, ...ROLE_FOUND_HARMLESS],
  endingCues: ['tali', 'obat tidur', 'jembatan', 'surat wasiat', 'surat perpisahan', 'surat terakhir', 'surat buat', 'maaf untuk semuanya', 'menghilang', 'pergi saja', 'pergi selamanya', 'selamanya', 'tidak ada artinya', 'mati', 'selamat tinggal', 'dari dunia', 'tidak ada yang peduli'],
  riskCues: ['malam ini', 'minggu ini', 'sudah memutuskan', 'merencanakan', 'beban', 'menyerah', 'putus asa', 'tidak ada harapan', 'hidup', 'neraka', 'tidak kuat lagi'],
  negation: {
    before: ['bukan soal', 'bukan masalah', 'bukan karena', 'tidak ada masalah dengan', 'bukan'],
    after: ['tidak masalah', 'aman'],
  },
  crisisNegation: { before: ['tidak ada', 'bukan', ...NEVER], after: [] },
};
