import { describe, expect, it } from 'vitest';
import { detectCrisis, triage } from './index.ts';

// Money trouble (crisis-32): a wish to die told as past with the money settled, a child on water alone for
// want of food, a guarantor's question asked ahead, a household's relief — each class on new sentences,
// with its look-alikes.
describe('a wish to die told as past, the debt settled, work found or the money got back', () => {
  it.each([
    '前は借金で死にたいと思ってた。今は完済して、貯金の相談がしたい',
    '兄は去年「もう死ぬしかない」と言ってたけど、詐欺のお金が少し返ってきたそうです',
    '那年欠了网贷一度想死，现在找到工作了，想问怎么修复信用',
    '之前因为赌债曾经想过自杀，还清了以后想帮帮别人',
    'Back then I wanted to kill myself over the card debt, but I got a new job and it is all paid off',
    '빚 때문에 한때 죽으려고 했어요. 지금은 새 직장 다니고 있어요. 신용회복 상담 받고 싶어요',
    'Hồi đó em từng muốn tự tử vì nợ, giờ em đã có việc làm rồi, muốn hỏi về bảo hiểm',
    'Dati naisip kong magpakamatay dahil sa utang, may trabaho na ako ngayon',
    'Cheguei a pensar em me matar pelas dívidas, mas consegui um emprego e quero organizar as contas',
    'Tahun lalu saya sempat mau bunuh diri karena pinjol, sekarang sudah dapat kerja',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    // the wish of now, beside a settled debt
    '借金は完済したけど、今も死にたい',
    'The debt is paid off but I want to die',
    'Utangnya sudah lunas tapi saya ingin bunuh diri',
    // the wish of then, nothing settled
    '以前借金で死にたいと思った。今も毎日取り立てが来て死にたい',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('suicide');
  });
});

describe('no food to give a child, the child on water alone', () => {
  it.each([
    'Uang habis, nggak bisa beli makanan buat anakku, dia dua hari ini cuma minum air',
    'I cant buy food for my son, he has had only water since Sunday',
    'お金がなくて子どもに食べさせるものがない。2日水だけです',
    'Não consigo comprar comida pro meu filho, ele está só bebendo água',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('child_abuse');
  });

  it.each([
    // a sick child who only drinks water; an adult's own hunger
    'My son has a fever and only drinks water, which clinic is open?',
    'Saya tidak bisa beli makanan, cuma minum air sampai gajian',
    '子どもが熱で水だけ飲んでいます。夜間の病院はどこですか',
  ])('%s', (text) => {
    expect(detectCrisis(text)).not.toBe('child_abuse');
  });
});

describe('a question about standing guarantor, asked before signing', () => {
  it.each([
    '如果我替表哥当了担保人，他不还钱的话我要负责吗？还没签，先问问',
    '友だちに連帯保証人を頼まれて、まだサインしていません。返せなくなったら全部払うんですか',
    'My friend asked me to be a guarantor for his apartment. If he stops paying do I owe everything? Havent signed yet',
    'Meu amigo quer que eu seja fiador do aluguel dele. Se ele sumir eu pago tudo? Ainda não assinei',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });

  it.each([
    // a guarantor left with the debt and a wish to die
    '保证人替朋友还了三百万，还没签离婚协议，我想死',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('suicide');
  });
});

describe('relief said for a household: we can breathe again', () => {
  it.each([
    'Salamat po, naibalik na ang kuryente namin. Nakahinga na rin kami',
    'Thank you, the power is back and the loan came through. We can breathe again',
    'Obrigada! Religaram a luz e o gás, agora respiramos aliviados',
  ])('%s', (text) => {
    expect(triage(text).crisis).toBeNull();
  });
});
