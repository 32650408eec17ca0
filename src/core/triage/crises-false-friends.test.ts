import { describe, expect, it } from 'vitest';
import { detectCrisis } from './index.ts';

// Crises the twenty-second session found silenced by a word read in the wrong language or the wrong sense.
describe('a cut or paint is no cat once the marks are folded away', () => {
  // Vietnamese «cắt» (cut) and Indonesian "cat" (paint) fold to English "cat": the bleeding was read as
  // a pet's, the vet's, and no alarm was raised.
  it.each([
    ['Tay em bị dao cắt, chảy máu nhiều quá không cầm được', 'emergency'],
    ['Đồng nghiệp ở xưởng bị máy cắt đứt ngón tay, máu chảy không cầm được', 'emergency'],
    ['Bố em cắt cỏ bị lưỡi máy cắt vào chân, máu phun ra, bố ngất rồi', 'emergency'],
    ['Anak saya minum cat tembok, sekarang muntah terus dan lemas', 'emergency'],
  ])('%s', (text, signal) => {
    expect(detectCrisis(text)).toBe(signal);
  });

  it.each([
    // a pet's trouble is still the vet's, in those languages and in English
    'Con mèo nhà em bị ngã, chảy máu nhiều, đang đưa đi bác sĩ thú y',
    'Kucing saya keracunan, sudah dibawa ke klinik hewan',
    'my cat collapsed, taking her to the vet now',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('a blow made light of, or a wife’s own «em», is still a blow', () => {
  it.each([
    // "my husband hits me, actually it's not that serious": the harm made light of, not denied
    '我老公打我，其實沒有那麼嚴重，只是想問問',
    '老公打我，其实没有那么严重',
    // «Chồng em đánh em»: the wife's «em» between husband and verb, and "I never dared tell anyone" after
    'Chồng em đánh em, nhưng chưa bao giờ em dám nói với ai',
    'Chồng mình đánh mình suốt, mình sợ lắm',
    'Bạn trai em đánh em chảy máu mũi tối qua',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBe('violence');
  });

  it.each([
    // plain denials stay denials
    '我老公没有打我，只是经常吵架',
    'Chồng em chưa bao giờ đánh em, chỉ hay cằn nhằn thôi',
    'Chồng mình không đánh mình đâu, chỉ là không đưa tiền',
  ])('%s', (text) => {
    expect(detectCrisis(text)).toBeNull();
  });
});

describe('self-harm told in Taglish', () => {
  it.each(['nagcu-cutting ako ulit kagabi', 'Nag-self harm ako kagabi, ang dami ng dugo'])('%s', (text) => {
    expect(detectCrisis(text)).toBe('suicide');
  });

  it('a haircut is no cut', () => {
    expect(detectCrisis('nag cut ako ng buhok kahapon haha')).toBeNull();
  });
});
