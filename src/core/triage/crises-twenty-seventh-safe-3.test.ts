import { describe } from 'vitest';
import { alarmCases as alarms, quietCases as quiet } from '../../../test/support/crisis-cases.ts';

// Pass 27 (safe, helper 3): a drowning played by the pretend victim of a first-aid class; a room "hot as hell"
// with a broken air conditioner; resignation said as "all I can do is laugh"; someone who "went underwater"
// (ghosted) over the rent — each safe class beside the same words where the danger is real.

describe('a drowning played by the pretend victim of a first-aid or CPR class', () => {
  quiet([
    'Nag-lifeguard training kami kahapon, kunwaring nalulunod yung instructor sa pool. Saan pwede mag-enroll sa CPR?',
    'In our CPR course the trainer pretended to drown in the pool and we pulled him out, everyone was laughing',
    'Di lớp sơ cứu, thầy giả vờ đuối nước để bọn em tập kéo lên bờ. Có lớp nào miễn phí không?',
    'No curso de salva-vidas o professor fingiu se afogar e a gente treinou o resgate kkk',
    'Di pelatihan P3K pelatihnya pura-pura tenggelam di kolam, lucu banget. Ada kelas lagi bulan depan?',
    '救命講習で先生が溺れる役をやって、みんなで引き上げる練習をした',
    '急救课上老师假装溺水，我们练习把他拉上岸',
    '수영장 안전교육에서 강사님이 물에 빠진 척해서 구조 연습을 했어요',
  ]);
  alarms('emergency', [
    'Tulong! May nalulunod sa dagat ngayon, hindi na lumalabas ang ulo niya',
    'someone is drowning at the beach right now, he went under and is not coming up',
    'Có người đang đuối nước ở biển, cứu với',
    'Tem uma criança se afogando na piscina agora, socorro',
    'Anak saya tenggelam di kolam, sekarang tidak bernapas',
    '子どもが海で溺れてる、助けて',
  ]);
});

describe('a room hot as hell, said of the weather and a broken air conditioner', () => {
  quiet([
    'AC kosan mati, panasnya kayak neraka, rasanya bisa mati terpanggang wkwk. Pemilik kos harus benerin gak sih?',
    'Kamarku panas seperti neraka sejak AC rusak. Siapa yang wajib memperbaiki?',
  ]);
  alarms('suicide', [
    'Hidupku kayak neraka, aku pengen mati aja',
    'AC rusak, panas, tapi bukan itu masalahnya. Aku pengen bunuh diri',
  ]);
});

describe('resignation said as “all I can do is laugh”', () => {
  quiet([
    'カードの請求が100万超えて、もう笑うしかない',
    'the credit card bill hit five figures, all I can do is laugh at this point',
    '信用卡账单又多了一万，只能苦笑了',
    '카드값이 너무 많이 나와서 웃음밖에 안 나와요',
    'Nợ thẻ tín dụng tăng gấp đôi, chỉ biết cười trừ thôi',
    'Dívida do cartão dobrou, só me resta rir',
  ]);
  alarms('suicide', [
    '借金が膨らんでもう笑うしかない。死にたい',
    'all I can do is laugh, and I want to kill myself tonight',
  ]);
  alarms('emergency', ['I laughed, then took all the pills in the cabinet', '笑ってから薬を全部飲んだ']);
});

describe('someone who “went underwater” or ghosted: cut contact over the rent', () => {
  quiet([
    '룸메이트가 관리비를 안 내고 잠수 타버렸어요. 보증금은 어떻게 되나요?',
    'my flatmate skipped out on the rent and ghosted me, does the landlord make me pay her half?',
    'Bạn cùng phòng bùng tiền nhà rồi lặn mất tăm, chủ nhà bắt em trả hết',
    'Teman sekamar kabur gak bayar sewa, terus ghosting. Apa saya wajib bayar semua?',
  ]);
  alarms('emergency', [
    '친구가 바다에서 잠수하다가 안 올라와요, 도와주세요',
    '동생이 계곡에서 물에 빠져서 안 올라와요',
  ]);
  alarms('suicide', [
    '친구가 유서를 남기고 잠수탔어요. 죽고 싶다고 했어요',
    '친구가 "그동안 고마웠어, 잘 지내" 하고 잠수탔어요. 전화도 안 받아요',
    '朋友在群里发了「谢谢大家这几年的照顾，以后保重」，然后就玩失踪了，电话也不接',
  ]);
});
