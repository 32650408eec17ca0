import { z } from 'zod';
import type { ReadEvent } from '../../app/read-event.ts';
import { commandFromChoice, type MediaKind } from '../../core/flow/input.ts';

const Source = z.looseObject({ type: z.string(), userId: z.string().optional() });

const Event = z.looseObject({
  type: z.string(),
  mode: z.string().optional(),
  replyToken: z.string().optional(),
  source: Source.optional(),
  follow: z.looseObject({ isUnblocked: z.boolean().optional() }).optional(),
  postback: z.looseObject({ data: z.string() }).optional(),
  message: z
    .looseObject({
      type: z.string(),
      text: z.string().optional(),
      latitude: z.number().optional(),
      longitude: z.number().optional(),
      title: z.string().optional(),
      address: z.string().optional(),
    })
    .optional(),
});

const MEDIA: readonly string[] = ['sticker', 'image', 'video', 'audio', 'file'] satisfies MediaKind[];

/** What a LINE webhook event means for the conversation; every type has an outcome. */
export function readLineEvent(payload: unknown): ReadEvent {
  const parsed = Event.safeParse(payload);
  if (!parsed.success) return { kind: 'skip', reason: 'unreadable' };
  const event = parsed.data;
  if (event.mode === 'standby') return { kind: 'skip', reason: 'standby' };
  if (event.source?.type !== 'user' || !event.source.userId) {
    return { kind: 'skip', reason: `source_${event.source?.type ?? 'none'}` };
  }
  const userId = event.source.userId;
  const replyToken = event.replyToken ?? null;
  const input = (i: Extract<ReadEvent, { kind: 'input' }>['input']): ReadEvent => ({
    kind: 'input',
    userId,
    replyToken,
    input: i,
  });
  switch (event.type) {
    case 'follow':
      return input({ type: 'follow', unblocked: event.follow?.isUnblocked === true });
    case 'unfollow':
      return { kind: 'unfollow', userId };
    case 'postback': {
      const data = event.postback?.data ?? '';
      const command = commandFromChoice(data);
      return input(command ? { type: 'command', name: command } : { type: 'choice', value: data });
    }
    case 'message':
      return readMessage(event.message, input);
    default:
      return { kind: 'skip', reason: `type_${event.type.slice(0, 32)}` };
  }
}

function readMessage(
  message: z.infer<typeof Event>['message'],
  input: (i: Extract<ReadEvent, { kind: 'input' }>['input']) => ReadEvent,
): ReadEvent {
  if (!message) return { kind: 'skip', reason: 'message_missing' };
  if (message.type === 'text') return input({ type: 'text', text: message.text ?? '' });
  if (message.type === 'location' && message.latitude !== undefined && message.longitude !== undefined) {
    return input({
      type: 'location',
      latitude: message.latitude,
      longitude: message.longitude,
      ...(message.title ? { title: message.title } : {}),
      ...(message.address ? { address: message.address } : {}),
    });
  }
  if (MEDIA.includes(message.type)) return input({ type: 'media', kind: message.type as MediaKind });
  // A message type LINE adds later still gets a kind answer rather than silence.
  return input({ type: 'media', kind: 'file' });
}
