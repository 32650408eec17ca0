import { describe, expect, it } from 'vitest';
import type { ClaimedLane } from './ports.ts';
import { DEFAULT_PROCESSOR, InboxProcessor } from './processor.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The processor's workers against a stand-in inbox: `claimBatch` hands out one lane while any are
 * waiting, and a batch takes a few milliseconds. Counts how many batches are in hand at once.
 */
function rig() {
  const state = { waiting: 0, inHand: 0, most: 0, handled: 0, claims: 0, batchMs: 8 };
  const lane = (n: number): ClaimedLane => ({
    lane: `user:U${n}`,
    events: [],
    conversation: null,
    staffThread: false,
  });
  const services = {
    store: {
      inbox: {
        claimBatch: async () => {
          state.claims++;
          await sleep(1);
          if (state.waiting === 0) return [];
          state.waiting--;
          return [lane(state.waiting)];
        },
      },
    },
    log: { info() {}, warn() {}, error() {} },
  };
  const processor = new InboxProcessor(services as never, {
    ...DEFAULT_PROCESSOR,
    batchesInFlight: 2,
    orderWindowMs: 0,
    owner: 'test',
  });
  // The batch itself is not what is tested here: it takes a little while and handles its one event.
  (processor as unknown as { handleBatch: () => Promise<number> }).handleBatch = async () => {
    state.inHand++;
    state.most = Math.max(state.most, state.inHand);
    await sleep(state.batchMs);
    state.inHand--;
    state.handled++;
    return 1;
  };
  return { processor, state };
}

describe('InboxProcessor workers', () => {
  it('settles once everything ready is handled', async () => {
    const { processor, state } = rig();
    state.waiting = 5;
    await processor.drain();
    expect(state.handled).toBe(5);
    expect(state.waiting).toBe(0);
  });

  it('tops the workers up when work arrives while one is still busy (a backlog is not left to one)', async () => {
    const { processor, state } = rig();
    state.waiting = 1;
    state.batchMs = 200;
    const first = processor.drain();
    // One worker has the lone event in hand; the other found nothing and stopped.
    while (!(state.inHand === 1 && state.claims >= 2)) await sleep(1);
    state.batchMs = 8;
    state.most = 0;
    // A burst arrives, and the webhook asks for a drain (as kick() does after the order window).
    state.waiting = 40;
    const second = processor.drain();
    await Promise.all([first, second]);
    expect(state.handled).toBe(41);
    expect(state.most).toBe(2);
  });

  it('stops: no worker starts after stop()', async () => {
    const { processor, state } = rig();
    await processor.stop();
    state.waiting = 3;
    await processor.drain();
    expect(state.handled).toBe(0);
  });
});
