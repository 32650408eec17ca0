import { describe, expect, it } from 'vitest';
import { FakeLine } from './fake-line.ts';

const auth = { authorization: 'Bearer t', 'content-type': 'application/json' };

describe('the stand-in LINE API', () => {
  it('limits each endpoint to its own bucket per second, as LINE does, and refills it over time', async () => {
    let now = 1_000_000;
    const fake = new FakeLine({ rateLimitPerSecond: 2, now: () => now });
    const push = () =>
      fake.app.request('/v2/bot/message/push', {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ to: 'U1', messages: [{ type: 'text', text: 'hi' }] }),
      });
    const profile = () => fake.app.request('/v2/bot/profile/U1', { headers: auth });
    expect([(await push()).status, (await push()).status, (await push()).status]).toEqual([200, 200, 429]);
    // Another endpoint has a bucket of its own.
    expect((await profile()).status).toBe(200);
    now += 500;
    expect((await push()).status).toBe(200);
    expect((await push()).status).toBe(429);
  });
});
