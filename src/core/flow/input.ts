/** What a resident did, after the LINE event has been read. */
export type Input =
  | { type: 'follow'; unblocked: boolean }
  | { type: 'text'; text: string }
  | { type: 'choice'; value: string }
  | { type: 'command'; name: CommandName }
  | { type: 'location'; latitude: number; longitude: number; title?: string; address?: string }
  | { type: 'media'; kind: MediaKind };

export type MediaKind = 'sticker' | 'image' | 'video' | 'audio' | 'file';

/** Commands that work from every state. */
export const COMMANDS = ['menu', 'restart', 'language', 'delete', 'withdraw', 'emergency'] as const;
export type CommandName = (typeof COMMANDS)[number];

export function commandFromChoice(value: string): CommandName | undefined {
  const name = value.startsWith('cmd:') ? value.slice(4) : undefined;
  return (COMMANDS as readonly string[]).includes(name ?? '') ? (name as CommandName) : undefined;
}
