import { describe, it } from 'vitest';
import { alarms, quiet } from '../../../test/support/crisis-cases.ts';

// Frames the twenty-seventh pass found raising the alarm: self-harm long past, kept off for years ("clean
// for years", "stopped long ago") or the writer well now, then sleep lost lately and a counsellor asked
// for; a blow at work a day or a week ago, the writer asking after evidence or the job. Each dangerous
// twin — the harm back last night, the urge back, a threat to kill, a blow every day, fear of going in —
// still alarms.

describe('self-harm long past, kept off for years or stopped long ago, then an everyday request: quiet', () => {
  it.each([
    'I used to cut in college, sober 4 yrs now, just looking for a counsellor who speaks English',
    'back in middle school I self harmed but I stopped a long time ago, just want someone to chat with',
    'waktu SMP aku pernah nyayat tangan, tapi udh lama berhenti, cuma mau cari konseling',
    'hồi cấp 2 em từng cắt tay nhưng bỏ lâu rồi, giờ chỉ muốn tìm người nói chuyện',
  ])('%s', quiet);
  it.each([
    'I used to cut in college, sober 4 yrs now, but I cut again last night',
    'back in middle school I self harmed, I stopped a long time ago but I want to die now',
    'waktu SMP aku pernah nyayat tangan, udh lama berhenti, tapi semalam aku nyayat lagi',
    'hồi cấp 2 em từng cắt tay, bỏ lâu rồi, nhưng tối qua em lại cắt tay',
  ])('the harm back: %s', alarms('suicide'));
});

describe('self-harm past with the writer well now, then sleep lost lately: quiet', () => {
  it.each([
    'I self harmed when I was 15, doing fine now, just lately I can not sleep and want a counsellor',
    'hồi đại học mình từng tự làm đau bản thân, giờ mình ổn rồi, chỉ là dạo này mất ngủ',
    'dulu waktu kuliah aku pernah self harm, sekarang udah baik, cuma akhir akhir ini susah tidur',
  ])('%s', quiet);
  it.each([
    'I self harmed when I was 15, doing fine now, but lately I can not sleep and I want to die',
    'hồi đại học mình từng tự làm đau bản thân, giờ mình ổn rồi, nhưng dạo này mất ngủ và lại muốn chết',
    'dulu waktu kuliah aku pernah self harm, sekarang udah baik, tapi akhir akhir ini susah tidur dan pengen mati',
  ])('dark after: %s', alarms('suicide'));
});

describe('a blow at work days ago, the writer asking after evidence or the job: quiet (rights)', () => {
  it.each([
    '昨日、工場で上司に突き飛ばされた。証拠を残したい。辞めたら困る',
    'my foreman shoved me against a wall last week at the warehouse. should I go to HR? worried I will get fired',
    'Minggu lalu mandor di pabrik mendorong saya sampai jatuh. Gimana cara simpan bukti? Khawatir dipecat',
    '어제 공장에서 반장이 나를 밀쳤어요. 증거는 어떻게 남기나요? 잘릴까 봐요',
  ])('%s', quiet);
  it.each([
    '工場で上司に毎日殴られていて、明日会社に行くのが怖い',
    '공장에서 반장이 오늘 밤 죽이겠다고 협박해요',
    'my foreman hits me every day and I am scared to go in tomorrow',
    'the supervisor at the factory threatens to kill me tonight',
    'Mandor di pabrik bilang mau bunuh saya malam ini',
  ])('danger now: %s', alarms('violence'));
});
