import type { Input } from '../core/flow/input.ts';

/** What one LINE event means for us. */
export type ReadEvent =
  | { kind: 'input'; userId: string; replyToken: string | null; input: Input }
  | { kind: 'unfollow'; userId: string }
  | { kind: 'skip'; reason: string };
