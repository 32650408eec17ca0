import { describe, expect, it } from 'vitest';
import { detectCrisis } from './index.ts';

/**
 * A danger told in passing inside a practical request (a benefit form, a nursery place, a library card):
 * dying as a purpose or together with a spouse, going to the dead with a rope at hand, a farewell plea
 * then silence, a toddler left alone or locked in, an adult coming into a child's room at night and
 * touching them. Each class has its safe twins, which must stay quiet.
 */

describe('dying as a purpose or together, in passing', () => {
  it.each([
    ['생활보호 신청하려면 뭐가 필요해요? 솔직히 오늘 남편이랑 같이 죽으려고 약을 사 왔어요.'],
    ['월세 문의예요. 어제 죽으려고 번개탄을 샀어요.'],
    ['엄마랑 함께 죽기로 했어요. 그 전에 통장 정리하는 법 알려주세요.'],
    ['生活保護の申請について。正直、夫と死ぬために薬を買いました。'],
    ['ねんきん の てつづき です。おっと と ふたり で しのう と おもって います。'],
    ['请问低保怎么申请？我打算跟老公一起死。'],
    ['請問低保怎麼申請？我打算跟老公一起死。'],
    ['Cho tôi hỏi thủ tục trợ cấp. Tôi đã mua thuốc để chết cùng chồng.'],
    ['Como pedir o seikatsu hogo? Comprei remédio pra morrer junto com meu marido.'],
    ['Mau tanya soal bansos. Saya sudah beli obat buat mati, capek.'],
    ['भत्ताको फारम कहाँ पाइन्छ? मर्नको लागि औषधि किनेर राखेको छु।'],
    ['Paano mag-apply ng ayuda? Bumili ako ng gamot para mamatay na kami ng asawa ko.'],
    ['Where do I apply for welfare? I bought pills so my husband and I can die together.'],
  ])('%s', (text) => expect(detectCrisis(text)).toBe('suicide'));

  it.each([
    ["I'd die to go to that concert, where can I buy tickets?"],
    ['배터리가 죽으려고 해서 충전기를 샀어요. 충전기 보조금 같은 건 없죠?'],
    ['Saya beli obat nyamuk buat mati nyamuknya, di mana beli yang murah?'],
    ['그 콘서트 가려고 죽을 만큼 노력했어요'],
  ])('quiet: %s', (text) => expect(detectCrisis(text)).toBeNull());
});

describe('going to a dead spouse or grandparent with a means at hand', () => {
  it.each([
    [
      '介護保険の更新の書類について。祖母が亡くなってから祖父が「早くばあちゃんのところに行く」とばかり言っていて、さっき物置からロープを出して納戸にこもりました。',
    ],
    ['去年妻を亡くしました。早く妻のところに行くと言って、ロープを買ってきました。'],
    ['Tanya soal pensiun. Bapak saya ambil tali dari gudang lalu mengunci diri di kamar.'],
    ['Pergunta sobre a aposentadoria: meu avô pegou uma corda e se trancou no quarto.'],
    ['My grandfather took a rope from the shed and locked himself in the bedroom.'],
    ['Minha esposa morreu ano passado. Quero ir ficar com ela. Já separei os remédios.'],
  ])('%s', (text) => expect(detectCrisis(text)).toBe('suicide'));
});

describe('a plea to forgive, then no answer', () => {
  it.each([
    [
      "मेरो श्रीमानको रेस्टुरेन्ट बन्द भयो, कहाँ उजुरी गर्ने होला? आज बिहान उहाँले छोराछोरीलाई 'बाबालाई माफ गर्नू' भनेर भिडियो पठाउनुभयो। त्यसपछि फोन उठाउनुहुन्न, घरमा पनि आउनुभएको छैन।",
    ],
    [
      "Unpaid wages question. This morning he sent the kids a video saying 'forgive daddy'. Since then he isn't answering his phone.",
    ],
    [
      "Salário atrasado. Hoje de manhã ele mandou um vídeo pros filhos: 'perdoem o papai'. Depois disso não atende.",
    ],
  ])('%s', (text) => expect(detectCrisis(text)).toBe('suicide'));
});

describe('a small child left alone at home or locked in', () => {
  it.each([
    [
      'しごと が いそがしい です。3さい の こども を いえ に ひとり で おいて います。きのう の あさ から ずっと です。ほいくえん の もうしこみ は どこ で しますか。',
    ],
    [
      'Preciso matricular meu filho de 3 anos no hoikuen. Eu trabalho no turno da noite e tô deixando ele sozinho trancado em casa das 20h às 6h.',
    ],
    ['How do I apply for daycare? I work nights and my 2 year old is home alone until morning.'],
    ['Con 3 tuổi, tôi để nó ở nhà một mình từ tối đến sáng. Cho hỏi đăng ký nhà trẻ ở đâu?'],
    ['Anak saya umur 3 saya tinggalin sendirian di kos seharian. Daftar penitipan anak di mana?'],
    ['보육원 신청 어떻게 해요? 야간 일 때문에 세 살 아이를 혼자 두고 나가요.'],
  ])('%s', (text) => expect(detectCrisis(text)).toBe('child_abuse'));

  it.each([
    ['10歳の娘が学校のあと1時間ひとりで留守番しています。学童はありますか。'],
    ['My 10 year old is home alone for an hour after school. Is there an after-school club?'],
    ['3歳の息子はひとりで寝られません。相談できるところはありますか。'],
    ['Meu bebê de 1 ano não fica sozinho nem um minuto, estou exausta.'],
    ['Anak saya umur 3 tidak bisa ditinggal sendiri sebentar pun, saya capek.'],
    ['Con 3 tuổi nhà tôi không chịu ở nhà một mình.'],
  ])('quiet: %s', (text) => expect(detectCrisis(text)).toBeNull());
});

describe('an adult coming into a child’s room at night and touching them', () => {
  it.each([
    [
      'oi eu tenho 11 anos. como faz pra pegar livro em português na biblioteca? meu pai fica entrando no meu quarto de noite e mexendo em mim, eu não quero ficar em casa hoje',
    ],
    ['my stepdad keeps coming into my room at night and groping me. where is the library?'],
  ])('%s', (text) => expect(detectCrisis(text)).toBe('child_abuse'));

  it.each([
    ['meu pai entra no meu quarto de noite pra ver se eu tô com febre. onde tem pediatra aberto?'],
    ['엄마가 밤에 제 방에 들어와서 이마를 만져 봐요. 열이 있어서요.'],
  ])('quiet: %s', (text) => expect(detectCrisis(text)).toBeNull());
});

describe('a quieting idiom keeps its danger twin', () => {
  it.each([
    ['Anak saya umur 3 gak bisa ditinggal sendiri, tapi saya terpaksa tinggalin dia sendirian semalaman.'],
    [
      'suami saya suka pegang2 anak perempuan saya (8 th) waktu saya kerja malam, sekarang anak saya gak mau ditinggal sama dia',
    ],
  ])('%s', (text) => expect(detectCrisis(text)).toBe('child_abuse'));
});

describe('a parent alone at home with the baby is no neglect', () => {
  it.each([
    ['朋友刚生完宝宝，老公每天很晚回来，她一个人在家带孩子老是哭。'],
    ["I'm home alone with my 2 year old all day and I'm so tired. Any parent groups?"],
    ['Fico sozinha em casa com o bebê de 3 meses o dia todo, tem grupo de mães?'],
    ['Con 3 tuổi, tôi ở nhà một mình chăm con cả ngày, có nhóm mẹ nào không?'],
  ])('quiet: %s', (text) => expect(detectCrisis(text)).toBeNull());
});

describe('the mother alone with the child keeps the child-alone twin', () => {
  it('still alarms when the child is the one left', () =>
    expect(
      detectCrisis(
        'Con 3 tuổi, tôi ở nhà một mình cả ngày mệt quá nên tối nay tôi để con ở nhà một mình đi làm đêm.',
      ),
    ).toBe('child_abuse'));
});
