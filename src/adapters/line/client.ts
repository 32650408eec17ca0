import type { messagingApi } from '@line/bot-sdk';
import { LineApiError, type Messenger } from '../../app/ports.ts';
import { richMenuAlias } from './rich-menu.ts';

/** One HTTP exchange with LINE: how the calls travel (fetch anywhere; a keep-alive agent on Node). */
export type LineHttp = (request: {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
}) => Promise<{ status: number; text: string }>;

export class LineTimeoutError extends Error {
  override name = 'LineTimeoutError';
}

/** Through `fetch`: Workers, and anywhere without a faster way. */
export const fetchHttp: LineHttp = async ({ method, url, headers, body, timeoutMs }) => {
  try {
    const response = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(timeoutMs) });
    return { status: response.status, text: await response.text() };
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError')
      throw new LineTimeoutError(`no answer from LINE in ${timeoutMs} ms`);
    throw error;
  }
};

export interface LineClientConfig {
  channelAccessToken: string;
  baseURL: string;
  timeoutMs?: number;
  http?: LineHttp;
  /** The clock for remembering which menus the channel lacks (tests move it). */
  now?: () => number;
}

/** How long a channel without a locale's rich menu is believed (menus published later show up after this). */
const NO_MENU_RECHECK_MS = 5 * 60_000;

/**
 * The Messenger port: the calls every resident's turn makes (reply, push, profile, rich-menu link),
 * straight over `LineHttp` with @line/bot-sdk's types. LINE's answers other than 2xx become
 * LineApiError (with status); network failures and timeouts stay as they are.
 */
export function createLineMessenger(config: LineClientConfig): Messenger {
  const http = config.http ?? fetchHttp;
  const timeoutMs = config.timeoutMs ?? 5_000;
  const base = config.baseURL.replace(/\/+$/, '');
  const now = config.now ?? Date.now;

  async function call<T>(
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
    extra?: Record<string, string>,
  ) {
    const headers: Record<string, string> = {
      authorization: `Bearer ${config.channelAccessToken}`,
      ...extra,
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const { status, text } = await http({
      method,
      url: `${base}${path}`,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      timeoutMs,
    });
    if (status < 200 || status >= 300) throw new LineApiError(status, messageOf(text));
    return (text ? JSON.parse(text) : {}) as T;
  }

  // Each locale's menu id, found through the alias `npm run richmenu` gave it on the channel.
  const menus = new Map<string, string>();
  // Locales with no menu on the channel, and until when we take that as still true (no lookup per resident).
  const noMenu = new Map<string, number>();
  async function menuIdOf(locale: string): Promise<string | null> {
    if ((noMenu.get(locale) ?? 0) > now()) return null;
    try {
      const alias = await call<messagingApi.RichMenuAliasResponse>(
        'GET',
        `/v2/bot/richmenu/alias/${encodeURIComponent(richMenuAlias(locale))}`,
      );
      menus.set(locale, alias.richMenuId);
      noMenu.delete(locale);
      return alias.richMenuId;
    } catch (error) {
      if (error instanceof LineApiError && (error.status === 400 || error.status === 404)) {
        noMenu.set(locale, now() + NO_MENU_RECHECK_MS);
        return null;
      }
      throw error;
    }
  }

  return {
    async reply(replyToken, messages) {
      const request: messagingApi.ReplyMessageRequest = {
        replyToken,
        messages: messages as messagingApi.Message[],
      };
      await call('POST', '/v2/bot/message/reply', request);
    },
    async push(to, messages, retryKey) {
      const request: messagingApi.PushMessageRequest = { to, messages: messages as messagingApi.Message[] };
      await call('POST', '/v2/bot/message/push', request, { 'x-line-retry-key': retryKey });
    },
    async profileLanguage(userId) {
      try {
        const profile = await call<messagingApi.UserProfileResponse>(
          'GET',
          `/v2/bot/profile/${encodeURIComponent(userId)}`,
        );
        return profile.language ?? null;
      } catch (error) {
        if (error instanceof LineApiError && error.status === 404) return null;
        throw error;
      }
    },
    async showMenu(userId, locale) {
      for (const fresh of [false, true]) {
        const cached = menus.get(locale);
        const id = cached && !fresh ? cached : await menuIdOf(locale);
        if (!id) return false;
        try {
          await call('POST', `/v2/bot/user/${encodeURIComponent(userId)}/richmenu/${encodeURIComponent(id)}`);
          return true;
        } catch (error) {
          // The menu was replaced since we looked (npm run richmenu again): look once more.
          if (!(error instanceof LineApiError && (error.status === 400 || error.status === 404)) || fresh)
            throw error;
        }
      }
      return false;
    },
  };
}

/** LINE's error body `{"message": …}`, or the start of whatever came back. */
function messageOf(text: string): string {
  try {
    const parsed = JSON.parse(text) as { message?: unknown };
    if (typeof parsed.message === 'string') return parsed.message;
  } catch {}
  return text.slice(0, 200);
}
