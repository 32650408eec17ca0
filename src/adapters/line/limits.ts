/** LINE's size limits (LINE-FACTS.md): builders clamp or refuse, never send what LINE would reject. */
export const LIMITS = {
  messagesPerCall: 5,
  text: 5000,
  quickReplyItems: 13,
  quickReplyLabel: 20,
  flexButtonLabel: 40,
  postbackData: 300,
  displayText: 300,
  altText: 1500,
  carouselBubbles: 12,
  uri: 1000,
} as const;

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair, marking the cut with … */
export function clamp(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

export class MessageLimitError extends Error {}

export function requireWithin(value: string, max: number, what: string): string {
  if (value.length > max) throw new MessageLimitError(`${what} is ${value.length} long; LINE allows ${max}`);
  return value;
}
