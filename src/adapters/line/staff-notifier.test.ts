import { describe, expect, it } from 'vitest';
import type { NewReferralNotice } from '../../app/staff/notifier.ts';
import { lineGroupNotifier } from './staff-notifier.ts';

const notice: NewReferralNotice = {
  referenceCode: 'SMD-AAAA-BBBB',
  serviceId: 'window-a',
  coordinatorServiceId: null,
  categories: ['livelihood'],
  compound: false,
  urgent: false,
};

describe('the staff LINE group notice', () => {
  const notifier = lineGroupNotifier(
    { 'window-a': 'Cgroupa', coordinators: 'Ccoord', 'window-b': 'Cgroupa' },
    (id) => `name of ${id}`,
    (c) => `category ${c}`,
  );

  it("goes to the window's group only, for a single-window referral", async () => {
    const sent = notifier.referralCreated(notice, new Date());
    expect(sent.map((m) => m.to)).toEqual(['Cgroupa']);
    expect(JSON.stringify(sent[0]?.messages)).toContain('SMD-AAAA-BBBB');
  });

  it('also goes to the coordinators for a compound case, once per group', async () => {
    const sent = notifier.referralCreated(
      { ...notice, compound: true, coordinatorServiceId: 'coordinators' },
      new Date(),
    );
    expect(sent.map((m) => m.to)).toEqual(['Cgroupa', 'Ccoord']);
    expect(JSON.stringify(sent[1]?.messages)).toContain('【複合】');
  });

  it('sends nothing for a window without a group', async () => {
    const sent = notifier.referralCreated({ ...notice, serviceId: 'window-z' }, new Date());
    expect(sent).toEqual([]);
  });
});
