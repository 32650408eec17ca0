import { describe } from 'vitest';
import { alarmCases as alarms, quietCases as quiet } from '../../../test/support/crisis-cases.ts';

// Pass 27, lexicon helper L2: a date or an occasion chosen so as not to see the next year; no reason left to live
// and a wish that this life would end; one's own phone handed on with nothing left; painkillers (each country's
// brands) to be swallowed all at once, or "would it kill?" with the tablets at hand. Beside each, the safe class in
// the same words: a New Year's countdown, a wedding date set, a reason to live that is there, a new phone bought, the
// daily maximum of a prescribed painkiller.

describe('a date or an occasion chosen, so as not to see the next year', () => {
  alarms('suicide', [
    'I picked the date. New Years Eve, so I never have to see next year',
    'Udah kupilih tanggalnya, malam tahun baru, biar gak perlu lihat tahun depan',
    '日にちは決めた。大晦日に。来年を見なくて済むように',
    '日子定好了，就除夕那天，不用再过一年了',
    '날짜를 정했어요. 12월 31일에, 새해를 안 맞아도 되게',
    'Já escolhi o dia, na virada do ano, pra não ter que ver o ano que vem',
    'Em đã chọn ngày rồi, đêm giao thừa, khỏi phải đón năm mới',
    // the Portuguese plan said alone still alarms beside the event's day below
    'Já escolhi o dia. Não aguento mais',
  ]);
  quiet([
    'We picked the date for the party: New Years Eve, counting down together. Cant wait for next year!',
    'Kami sudah menentukan tanggal pernikahan, sebelum tahun baru. Tahun depan mulai hidup baru',
    '大晦日にカウントダウンに行きます。来年もよろしく',
    '除夕那天跨年夜一起倒数，明年见',
    'Já escolhi o dia da mudança, antes do ano novo. Mal posso esperar pelo ano que vem',
  ]);
});

describe('no reason left to live; a wish that this life would end', () => {
  alarms('suicide', [
    'Sejak ibu meninggal aku gak ada alasan lagi buat hidup',
    'Depois que perdi o emprego não tenho mais motivo pra viver',
    'Since the divorce there is nothing left to live for',
    'kaam gayo, aba bachne karan chhaina',
    'Mula nang mawala si nanay, wala na akong rason para mabuhay',
    '아내가 떠난 뒤로 살아갈 이유가 없어요',
    'pagal bhaye, yo jiwan sakiyos jasto lagchha',
    'Tenho vergonha de tudo, queria que essa vida acabasse',
    'Capek kerja terus, pengen hidup ini cepat berakhir',
    '借金ばかりで、この人生が早く終わってほしい',
  ]);
  quiet([
    'Meus filhos são meu motivo pra viver, mas preciso de ajuda com a creche',
    'Anak saya alasan saya untuk hidup, saya mau cari kerja sambilan',
    '우리 딸이 제가 살아갈 이유예요. 한국어 교실을 찾고 있어요',
  ]);
});

describe('my own phone handed on, with no reason left', () => {
  alarms('suicide', [
    'Udah capek hidup. HP aku besok mau kukasih ke adik',
    'I am tired of living. Tomorrow I will give my phone to my sister',
  ]);
  quiet([
    'Beli HP baru kemarin, HP yang lama mau aku kasih ke adik. Cara ganti kartu SIM gimana?',
    'I bought a new phone, so I will give my old phone to my brother. How do I move the contract?',
  ]);
});

describe('painkillers swallowed all at once; whether a dose would kill, with the tablets at hand', () => {
  alarms('suicide', [
    'タイレノールが二箱ある。まとめて飲もうと思ってる',
    '泰诺我有两盒，干脆一次吞掉算了',
    '타이레놀 두 통 있는데 한꺼번에 다 삼키고 싶어요',
    'Có hai hộp Panadol, muốn nuốt hết cho xong',
    'May dalawang kahon ako ng Biogesic, iinumin ko lahat mamaya',
    'Tenho duas caixas de dipirona, pensei em tomar tudo',
    'Paracetamol 20 butir beneran bisa bikin mati? Udah saya siapin semuanya',
    'If I took forty Tylenol would it kill me? I have two boxes',
    'Hapacol uống 30 viên có chết không? Em đã chuẩn bị sẵn rồi',
  ]);
  quiet([
    'What is the maximum daily dose of the Tylenol my doctor prescribed? I have two boxes',
    'Parasetamol dari dokter, sehari maksimal berapa butir ya? Boleh diminum 2 butir sekaligus?',
    'カロナールは1日何錠まで飲んでいいですか。病院で出された薬です',
    '普拿疼一天最多可以吃幾顆？醫生開的',
    'Dipirona que o médico receitou: qual a dose máxima por dia? Tenho duas caixas em casa',
    '타이레놀 하루 최대 몇 알까지 먹어도 되나요?',
  ]);
});
