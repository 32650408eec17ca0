import { Hono } from 'hono';
import { z } from 'zod';
import type { FakeLine } from '../../adapters/line/fake-line.ts';
import { signBody } from '../../adapters/line/signature.ts';
import { errorResponse } from '../errors.ts';
import { simulatorPage } from './page.ts';

const SimEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('follow') }),
  z.object({ type: z.literal('unfollow') }),
  z.object({ type: z.literal('text'), text: z.string().max(5000) }),
  z.object({
    type: z.literal('postback'),
    data: z.string().max(300),
    displayText: z.string().max(300).optional(),
  }),
  z.object({
    type: z.literal('location'),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    title: z.string().max(100).optional(),
    address: z.string().max(100).optional(),
  }),
  z.object({ type: z.literal('sticker') }),
  z.object({ type: z.literal('image') }),
]);

const SendBody = z.object({
  userId: z.string().regex(/^U[0-9a-f]{32}$/),
  language: z.string().max(20).optional(),
  event: SimEvent,
});

/** Sample points to share as a location (approximate; for trying the simulator only). */
const SAMPLE_LOCATIONS = [
  {
    label: '墨田区役所のあたり (sample)',
    latitude: 35.7106,
    longitude: 139.8016,
    address: '墨田区吾妻橋1丁目',
  },
  { label: '京島のあたり (sample)', latitude: 35.7178, longitude: 139.8236, address: '墨田区京島3丁目' },
  {
    label: '荒川区役所のあたり (sample)',
    latitude: 35.7361,
    longitude: 139.7834,
    address: '荒川区荒川2丁目',
  },
];

let counter = 0;
function eventId(): string {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const time = Date.now().toString(32).toUpperCase().padStart(10, '0');
  const rand = Array.from(crypto.getRandomValues(new Uint8Array(14)), (b) => alphabet[b % 32]).join('');
  return `${time}${rand}${(counter++ % 100).toString().padStart(2, '0')}`.slice(0, 26);
}

function lineEvent(
  userId: string,
  replyToken: string | null,
  event: z.infer<typeof SimEvent>,
): Record<string, unknown> {
  const base = {
    webhookEventId: eventId(),
    timestamp: Date.now(),
    mode: 'active',
    source: { type: 'user', userId },
    deliveryContext: { isRedelivery: false },
    ...(replyToken ? { replyToken } : {}),
  };
  const id = String(Date.now());
  switch (event.type) {
    case 'follow':
      return { ...base, type: 'follow', follow: { isUnblocked: false } };
    case 'unfollow':
      return { ...base, type: 'unfollow' };
    case 'postback':
      return { ...base, type: 'postback', postback: { data: event.data } };
    case 'text':
      return { ...base, type: 'message', message: { id, type: 'text', text: event.text, quoteToken: 'q' } };
    case 'location': {
      const { type: _t, ...place } = event;
      return { ...base, type: 'message', message: { id, type: 'location', ...place } };
    }
    case 'sticker':
      return {
        ...base,
        type: 'message',
        message: { id, type: 'sticker', packageId: '446', stickerId: '1988', stickerResourceType: 'STATIC' },
      };
    case 'image':
      return { ...base, type: 'message', message: { id, type: 'image', contentProvider: { type: 'line' } } };
  }
}

/**
 * The local simulator: a chat page that sends signed webhook events to our own /webhook
 * (the same path LINE uses) and shows what the bot sent to the stand-in LINE API.
 */
export function simulatorRoutes(
  fake: FakeLine,
  channelSecret: string,
  dispatch: (req: Request) => Promise<Response>,
) {
  const app = new Hono();
  app.get('/', (c) => c.html(simulatorPage()));
  app.get('/api/samples', (c) => c.json({ locations: SAMPLE_LOCATIONS }));
  app.get('/api/messages', (c) => {
    const userId = c.req.query('userId') ?? '';
    const after = Number(c.req.query('after') ?? 0) || 0;
    return c.json({
      messages: fake.messagesTo(userId, after).map(({ seq, at, message }) => ({ seq, at, message })),
    });
  });
  app.post('/api/send', async (c) => {
    const parsed = SendBody.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success)
      return errorResponse(c, 'invalid_body', parsed.error.issues[0]?.message ?? 'invalid');
    const { userId, language, event } = parsed.data;
    fake.setLanguage(userId, language ?? null);
    const replyToken = event.type === 'unfollow' ? null : fake.issueReplyToken(userId);
    const body = JSON.stringify({
      destination: 'Usimulator',
      events: [lineEvent(userId, replyToken, event)],
    });
    const response = await dispatch(
      new Request('http://simulator.local/webhook', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-line-signature': await signBody(channelSecret, body),
        },
        body,
      }),
    );
    if (!response.ok) return c.json({ error: `webhook answered ${response.status}` }, 502);
    return c.json({ ok: true });
  });
  return app;
}
