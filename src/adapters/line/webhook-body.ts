import { z } from 'zod';

/** The envelope LINE sends. Events are read one by one later; unknown fields pass through. */
export const WebhookBodySchema = z.looseObject({
  destination: z.string(),
  events: z.array(z.unknown()),
});

/** What every event needs before it can be recorded: an id, a time and whose it is. */
export const RecordableEventSchema = z.looseObject({
  type: z.string().min(1),
  webhookEventId: z.string().min(1).max(64),
  timestamp: z.number().int().nonnegative(),
  mode: z.string().optional(),
  source: z
    .looseObject({
      type: z.string(),
      userId: z.string().optional(),
      groupId: z.string().optional(),
      roomId: z.string().optional(),
    })
    .optional(),
});

export type RecordableEvent = z.infer<typeof RecordableEventSchema>;

/** Events of one chat share a lane so they are handled in order. */
export function laneOfEvent(event: RecordableEvent): string {
  const source = event.source;
  if (source?.type === 'user' && source.userId) return `user:${source.userId}`;
  if (source?.groupId) return `group:${source.groupId}`;
  if (source?.roomId) return `room:${source.roomId}`;
  return `event:${event.webhookEventId}`;
}
