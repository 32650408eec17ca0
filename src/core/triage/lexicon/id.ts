import type { Lexicon } from './types.ts';

/** Indonesian: plain everyday words ("di-PHK", "pikun", "kesepian"). */
// biome-ignore format: a category's phrases stay together on a few lines, easy to read and extend
export const id: Lexicon = {
  categories: {
    elderly: [
      ['tidak bisa jalan', 1],
      ['pikun', 2], ['demensia', 2], ['sering lupa', 1.5], ['lupa', 1], ['tersesat', 1], ['lansia', 2], ['lanjut usia', 2],
      ['sudah tua', 1.5], ['panti jompo', 2], ['jompo', 2], ['kakek', 0.5], ['nenek', 0.5], ['perawatan', 1],
    ],
    disability: [
      ['tidak bisa jalan', 0.7],
      ['terlambat bicara', 1.5], ['keterlambatan', 1.5], ['terapi', 0.5],['disabilitas', 2], ['cacat', 2], ['difabel', 2], ['autis', 2], ['kursi roda', 2], ['tuli', 2], ['buta', 2], ['berkebutuhan khusus', 2]],
    child: [
      ['anak', 0.7], ['anaknya', 0.7], ['bayi', 1.5], ['hamil', 2], ['kandungan', 2], ['melahirkan', 2], ['penitipan anak', 2],
      ['tk$', 1], ['sekolah', 1], ['tidak mau sekolah', 2], ['bully', 1.5], ['dirundung', 1.5], ['mengasuh', 1],
    ],
    youth: [['anak muda', 2], ['pemuda', 2], ['remaja', 1], ['mahasiswa', 1], ['masa depan', 0.5]],
    women: [
      ['marah marah', 1.5], ['mengambil gaji saya', 1.5], ['mengambil uang saya', 1.5],
      ['kdrt', 2], ['kekerasan dalam rumah tangga', 2], ['suami', 0.5], ['pacar', 1], ['membentak', 2], ['tidak memberi uang', 2],
      ['mengontrol', 1.5], ['pelecehan', 2], ['perempuan', 0.5], ['memukul saya', 1],
    ],
    livelihood: [
      ['biaya hidup', 2], ['kerja sampingan', 1.5], ['cari kerja', 1.5],
      ['gaji belum dibayar', 2], ['belum digaji', 2],
      ['uang', 1], ['tidak bisa bayar', 1.5], ['tidak punya uang', 1.5], ['tidak ada uang', 1.5], ['phk', 2], ['kehilangan pekerjaan', 2], ['pengangguran', 2],
      ['tidak ada penghasilan', 2], ['penghasilan', 1.5], ['gaji', 1], ['utang', 2], ['hutang', 2], ['pinjaman', 1], ['miskin', 2],
      ['makan', 0.5], ['uang belanja', 1],
    ],
    housing: [
      ['kos$', 2], ['kost$', 2], ['uang kos', 2],
      ['sewa', 2], ['kontrakan', 2], ['pemilik apartemen', 2], ['pemilik rumah', 2], ['diusir', 2], ['pindah', 1],
      ['tempat tinggal', 2], ['tidak punya rumah', 2], ['tunawisma', 2], ['apartemen', 0.5],
    ],
    mental_health: [['depresi', 2], ['tidak bisa tidur', 1], ['cemas', 1.5], ['kecemasan', 2], ['stres', 1], ['sedih', 1], ['putus asa', 1.5], ['panik', 1.5], ['jiwa', 1]],
    hikikomori: [['mengurung diri', 2], ['tidak keluar kamar', 2], ['tidak keluar rumah', 2], ['di kamar terus', 2]],
    single_parent: [['orang tua tunggal', 2], ['ibu tunggal', 2], ['single parent', 2], ['janda', 1.5], ['duda', 1.5], ['cerai', 1.5], ['nafkah anak', 2]],
    carer: [
      ['sambil kerja', 1], ['sambil bekerja', 1],['merawat', 1.5], ['mengurus ibu', 1.5], ['mengurus ayah', 1.5], ['capek sekali', 0.5], ['menjaga', 0.5]],
    rights: [['penipuan', 2], ['ditipu', 2], ['tertipu', 2], ['kena tipu', 2], ['perwalian', 2], ['harta', 1.5], ['kontrak', 1], ['diskriminasi', 1.5]],
    isolation: [
      ['pendiam', 1], ['menyendiri', 1.5],['kesepian', 2], ['sendirian', 1], ['tidak ada teman', 2], ['tidak punya teman', 2], ['teman bicara', 2]],
    multicultural: [
      ['bahasa jepang', 2], ['penerjemah', 2], ['visa', 2], ['izin tinggal', 2], ['pekerja magang', 2], ['magang', 1.5],
      ['orang asing', 2], ['kantor kota', 0.5], ['surat dari', 0.5],
    ],
    medical: [['rumah sakit', 1.5], ['periksa kandungan', 1], ['dokter', 1], ['berobat', 1.5], ['sakit', 0.7], ['obat', 1], ['periksa', 0.7], ['demam', 1], ['stroke', 1], ['klinik', 1]],
  },
  crisis: {
    suicide: [
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
      'ayah memukul saya', 'ibu memukul saya', 'orang tua memukul', 'anak ditelantarkan', 'dianiaya ayah', 'dianiaya ibu','menyiksa anak', 'menyiksa anaknya', 'memukul anak', 'kekerasan pada anak', 'kekerasan terhadap anak', 'penelantaran anak', 'anak...disiksa'],
    violence: [
      'mengunci saya', 'dikunci',
      'menjambak', 'menyeret saya', 'mendorong saya', 'mengurung saya', 'menyebarkan foto', 'foto telanjang', 'mengancam akan', 'mencekik',
      'dipukuli', 'ditampar', 'dianiaya', 'diancam dibunuh', 'diancam mau dibunuh', 'diancam pakai', 'ditendang', 'memukul saya', 'dipukul', 'menampar', 'membunuh saya', 'mengancam', 'pisau', 'diperkosa', 'kekerasan', 'dicekik', 'menendang saya'],
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
    report: ['berita', 'koran', 'film', 'sinetron',
      // violence long ago
      'dulu', 'tahun lalu', 'udah lama', 'sudah lama', 'pernah', 'cerai karena'],
    joke: ['bercanda', 'candaan', 'wkwk', 'haha', 'main game', 'dalam game'],
    past: ['tahun lalu', 'dulu', 'tahun yang lalu', 'waktu kecil', 'minggu lalu', 'bulan lalu', 'th lalu', 'thn lalu', 'sejak', 'udah sehat', 'sudah sehat', 'pernah', 'liat video', 'lihat video'],
  },
  idioms: [
    // so hot, cold, sleepy, sick I could die; nearly fainted; appliances «mati»
    'kayak mau mati', 'seperti mau mati', 'banget mau mati', 'sampe mau mati', 'sampai mau mati', 'hampir pingsan', 'pura2 pingsan', 'pura-pura pingsan', 'pernah pingsan',
    'kulkas mati', 'mesin cuci mati', 'ac mati', 'mati itu apa', 'apa itu mati', 'hidup segan mati tak mau', 'aku mati kamu', 'saya mati kamu',
    'bikin sesak napas', 'sirene ambulans', 'termasuk kekerasan', 'termasuk kdrt',
'pencegahan bunuh diri', 'rasanya mau pingsan', 'mau pingsan rasanya', 'bos saya bisa membunuh', 'bos bisa membunuh', 'bos akan membunuh', 'sampai mau pingsan', 'mati matian', 'beban hidup', 'biaya hidup', 'setengah mati', 'mati lampu', 'hidup sendiri', 'hidup di', 'setengah mati', 'tidak ada kekerasan', 'bukan kekerasan'],
  endingCues: ['tali', 'obat tidur', 'jembatan', 'surat wasiat', 'surat perpisahan', 'surat terakhir', 'surat buat', 'maaf untuk semuanya', 'menghilang', 'pergi saja', 'pergi selamanya', 'selamanya', 'tidak ada artinya', 'mati', 'selamat tinggal', 'dari dunia', 'tidak ada yang peduli'],
  riskCues: ['malam ini', 'minggu ini', 'sudah memutuskan', 'merencanakan', 'beban', 'menyerah', 'putus asa', 'tidak ada harapan', 'hidup', 'neraka', 'tidak kuat lagi'],
  negation: {
    before: ['bukan soal', 'bukan masalah', 'bukan karena', 'tidak ada masalah dengan', 'bukan'],
    after: ['tidak masalah', 'aman'],
  },
  crisisNegation: { before: ['tidak ada', 'bukan'], after: [] },
};
