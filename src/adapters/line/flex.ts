import { clamp, LIMITS, requireWithin } from './limits.ts';

/** Small builders for the Flex components our cards use. */
export type Flex = Record<string, unknown>;

export const text = (value: string, extra: Flex = {}): Flex => ({
  type: 'text',
  text: value || ' ',
  wrap: true,
  ...extra,
});

export const box = (contents: Flex[], extra: Flex = {}): Flex => ({
  type: 'box',
  layout: 'vertical',
  contents,
  ...extra,
});

export const separator = (): Flex => ({ type: 'separator', margin: 'md' });

export function postbackAction(label: string, data: string, max: number = LIMITS.flexButtonLabel): Flex {
  const shown = clamp(label, max);
  return {
    type: 'postback',
    label: shown,
    data: requireWithin(data, LIMITS.postbackData, 'postback data'),
    displayText: clamp(label, LIMITS.displayText),
  };
}

export function telAction(label: string, phone: string): Flex {
  return {
    type: 'uri',
    label: clamp(label, LIMITS.flexButtonLabel),
    uri: `tel:${encodeURIComponent(phone.replace(/-/g, ''))}`,
  };
}

export const button = (action: Flex, style: 'primary' | 'secondary' | 'link' = 'secondary'): Flex => ({
  type: 'button',
  action,
  style,
  height: 'sm',
  margin: 'sm',
});

export const bubble = (body: Flex[], footer?: Flex[]): Flex => ({
  type: 'bubble',
  body: box(body, { spacing: 'sm' }),
  ...(footer && footer.length > 0 ? { footer: box(footer, { spacing: 'sm' }) } : {}),
});

export function flexMessage(altText: string, contents: Flex): Flex {
  return { type: 'flex', altText: clamp(altText, LIMITS.altText), contents };
}

export function carousel(bubbles: Flex[]): Flex {
  return { type: 'carousel', contents: bubbles.slice(0, LIMITS.carouselBubbles) };
}
