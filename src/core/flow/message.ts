/** Messages as the engine speaks them: text keys and card kinds, rendered to LINE by an adapter. */
export type Vars = Record<string, string | number>;

export type OutMessage =
  | { type: 'text'; key: string; vars?: Vars }
  | { type: 'window'; serviceId: string }
  | { type: 'route'; serviceIds: string[] }
  | { type: 'categories' }
  | { type: 'hotlines' }
  | { type: 'consent' }
  | { type: 'places' };

export type Button =
  | { type: 'choice'; label: string; value: string; lng?: string }
  | { type: 'location'; label: string };

/** One turn's reply: messages, with quick-reply buttons on the last one. */
export interface Reply {
  messages: OutMessage[];
  buttons: Button[];
}
