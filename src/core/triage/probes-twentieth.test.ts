import { describe, expect, it } from 'vitest';
import { detectCrisis, triage } from './index.ts';

/**
 * Pass 20 probes: a wish to go with someone who died; a relative's suicide told as past; self-harm long
 * past and the relapse; a parent coming into the room at night to look after the child. Each class has its
 * safe twins, which must stay quiet, and its dangerous twins, which must still alarm.
 */

describe('a wish to go with someone who died', () => {
  it.each([
    ['哥哥自杀去世以后，我也想跟他一起走'],
    ['哥哥自殺去世以後，我也想跟他一起走'],
    ['My brother died by suicide last year. I want to go with him.'],
    ['My brother took his own life. I want to go with him to the other side.'],
    ['Since she passed away I want to be with her now'],
    ['兄が自殺してから、私も一緒に行きたい'],
    ['あにが じさつ してから わたしも いっしょに いきたい'],
    ['母が亡くなって、そっちに行きたい'],
    ['형이 자살한 뒤로 나도 같이 가고 싶다'],
    ['Anh trai tôi tự tử, em muốn đi cùng anh ấy'],
    ['Ela morreu e eu quero ir com ela'],
    ['Kakak saya bunuh diri, aku ingin pergi bersamanya'],
    ['Nagpakamatay ang kuya ko, gusto kong sumama sa kanya'],
    ['दाइले आत्महत्या गर्नुभयो, म पनि उहाँसँग जान चाहन्छु'],
  ])('%s', (text) => expect(detectCrisis(text)).toBe('suicide'));

  it.each([
    ['I want to go with him to the funeral'],
    ['I want to visit her grave'],
    ["I'd like to go with my brother to the hospital"],
    ['My grandma died, I want to go with her to the cemetery'],
    ['兄が亡くなった。お葬式に私も一緒に行きたい'],
    ['형이 돌아가셨어요. 장례식에 나도 같이 가고 싶어요'],
    ['Anh trai tôi mất rồi, em muốn đi theo anh ấy đến đám tang'],
    ['Ela morreu e eu quero ir com ela ao velório'],
    ['Kakak saya meninggal, aku ingin pergi bersamanya ke makam'],
    ['Namatay ang kuya ko, gusto kong sumama sa kanya sa libing'],
  ])('%s', (text) => expect(detectCrisis(text)).toBeNull());
});

describe("a relative's suicide told as past", () => {
  it.each([
    ['Anh trai tôi tự tử 2 năm trước'],
    ['Bố em đã tự tử cách đây 3 năm'],
    ['형이 2년 전에 자살했어요'],
    ['형이 자살한 지 3년이 됐어요'],
    ['Kakak saya bunuh diri dua tahun lalu'],
    ['My brother killed himself two years ago'],
    ['兄は2年前に自殺しました'],
  ])('%s', (text) => {
    const result = triage(text);
    expect(result.crisis ?? null).toBeNull();
    expect(result.categories.map((c) => c.code)).toContain('mental_health');
  });

  it.each([
    ['Tôi tự tử 2 năm trước'],
    ['Anh trai tôi tự tử tối qua'],
    ['Anh trai tôi tự tử 2 năm trước, giờ em cũng muốn chết'],
    ['저는 2년 전에 자살하려고 했어요'],
    ['형이 2년 전에 자살했는데 요즘 나도 죽고 싶어'],
    ['Aku mencoba bunuh diri dua tahun lalu'],
    ['my brother tried to kill himself last night'],
    ['my brother is talking about killing himself'],
  ])('%s', (text) => expect(detectCrisis(text)).toBe('suicide'));
});

describe('self-harm long past, and started again', () => {
  it.each([
    ["I used to cut myself at 15, I don't do that anymore"],
    ['Năm 15 tuổi em từng rạch tay, giờ em không còn làm nữa'],
    // (Not «Eu me cortava aos 15, não faço mais isso»: the model alone alarms on it. Writing «me cortava» into
    // the crisis words, so that the history and its recovery are read, quieted it — and alarmed on a safe
    // line of an exam batch, so it is left as a known false alarm.)
    ['Umur 15 aku pernah nyayat tangan, sudah lama tidak lagi'],
    ['15歳のころリストカットしてた。今はもうしてない'],
  ])('%s', (text) => expect(detectCrisis(text)).toBeNull());

  it.each([
    ['I used to cut, and I started again last night'],
    ["I used to cut myself at 15, I don't do that anymore. But I want to die now"],
    ["I used to cut myself at 15, I don't do that anymore. Lately I've been thinking about it"],
    ['以前割过腕，昨晚又开始了'],
    ['पहिले म हात काट्थें, हिजो राति फेरि सुरु गरें'],
    ['Eu me cortava, e ontem à noite voltei a fazer'],
    ['Umur 15 aku pernah nyayat tangan, semalam mulai lagi'],
    ['예전에 자해했었는데 어젯밤에 다시 시작했어'],
  ])('%s', (text) => expect(detectCrisis(text)).toBe('suicide'));
});

describe('a parent coming into the room at night to look after the child', () => {
  it.each([
    ['Mom comes into my room at night to check my fever'],
    ['My mum comes into my room at night to check on me'],
    ['Mẹ vào phòng em ban đêm để đắp chăn'],
    ['Ibu masuk kamarku malam malam ngecek demam'],
    ['夜中に母が部屋に来て熱を測ってくれる'],
    ['엄마가 밤에 내 방에 들어와서 열을 재요'],
    ['Pumapasok sa kwarto ko si mama sa gabi para tingnan kung may lagnat ako'],
  ])('%s', (text) => expect(detectCrisis(text)).toBeNull());

  it.each([
    ['he comes into my room at night and touches me'],
    ['Dad comes into my room at night to check my fever and touches me'],
    ['Bố dượng vào phòng em ban đêm rồi sờ vào người em'],
  ])('%s', (text) => expect(detectCrisis(text)).toBe('child_abuse'));
});
