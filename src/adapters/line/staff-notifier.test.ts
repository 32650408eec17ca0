import { describe, expect, it } from 'vitest';
import type { OutboxMessage, Tx } from '../../app/ports.ts';
import type { NewReferralNotice } from '../../app/staff/notifier.ts';
import { lineGroupNotifier } from './staff-notifier.ts';

function recordingTx(): { tx: Tx; sent: Omit<OutboxMessage, 'id' | 'attempts'>[] } {
  const sent: Omit<OutboxMessage, 'id' | 'attempts'>[] = [];
  const tx = {
    enqueue: async (message: Omit<OutboxMessage, 'id' | 'attempts'>) => {
      sent.push(message);
      return { id: `o${sent.length}`, attempts: 0, ...message };
    },
  } as unknown as Tx;
  return { tx, sent };
}

const notice: NewReferralNotice = {
  referralId: 'r1',
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
    const { tx, sent } = recordingTx();
    await notifier.referralCreated(tx, notice, new Date());
    expect(sent.map((m) => m.to)).toEqual(['Cgroupa']);
    expect(JSON.stringify(sent[0]?.messages)).toContain('SMD-AAAA-BBBB');
  });

  it('also goes to the coordinators for a compound case, once per group', async () => {
    const { tx, sent } = recordingTx();
    await notifier.referralCreated(
      tx,
      { ...notice, compound: true, coordinatorServiceId: 'coordinators' },
      new Date(),
    );
    expect(sent.map((m) => m.to)).toEqual(['Cgroupa', 'Ccoord']);
    expect(JSON.stringify(sent[1]?.messages)).toContain('【複合】');
  });

  it('sends nothing for a window without a group', async () => {
    const { tx, sent } = recordingTx();
    await notifier.referralCreated(tx, { ...notice, serviceId: 'window-z' }, new Date());
    expect(sent).toEqual([]);
  });
});
