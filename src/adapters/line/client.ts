import { HTTPFetchError, messagingApi } from '@line/bot-sdk';
import { LineApiError, type Messenger } from '../../app/ports.ts';
import { richMenuAlias } from './rich-menu.ts';

export interface LineClientConfig {
  channelAccessToken: string;
  baseURL: string;
  timeoutMs?: number;
}

class LineTimeoutError extends Error {
  override name = 'LineTimeoutError';
}

function withTimeout<T>(call: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LineTimeoutError(`no answer from LINE in ${ms} ms`)), ms);
  });
  return Promise.race([call, timeout]).finally(() => clearTimeout(timer));
}

/** LINE's answers become LineApiError (with status); network failures stay as they are. */
async function call<T>(work: () => Promise<T>, timeoutMs: number): Promise<T> {
  try {
    return await withTimeout(work(), timeoutMs);
  } catch (error) {
    if (error instanceof HTTPFetchError) throw new LineApiError(error.status, error.statusText);
    throw error;
  }
}

/** The Messenger port over @line/bot-sdk, aimed at LINE_API_BASE_URL. */
export function createLineMessenger(config: LineClientConfig): Messenger {
  const client = new messagingApi.MessagingApiClient({
    channelAccessToken: config.channelAccessToken,
    baseURL: config.baseURL,
  });
  const timeoutMs = config.timeoutMs ?? 5_000;
  // Each locale's menu id, found through the alias `npm run richmenu` gave it on the channel.
  const menus = new Map<string, string>();
  async function menuIdOf(locale: string): Promise<string | null> {
    try {
      const alias = await call(() => client.getRichMenuAlias(richMenuAlias(locale)), timeoutMs);
      menus.set(locale, alias.richMenuId);
      return alias.richMenuId;
    } catch (error) {
      if (error instanceof LineApiError && (error.status === 400 || error.status === 404)) return null;
      throw error;
    }
  }
  return {
    async reply(replyToken, messages) {
      await call(
        () => client.replyMessage({ replyToken, messages: messages as messagingApi.Message[] }),
        timeoutMs,
      );
    },
    async push(to, messages, retryKey) {
      await call(
        () => client.pushMessage({ to, messages: messages as messagingApi.Message[] }, retryKey),
        timeoutMs,
      );
    },
    async profileLanguage(userId) {
      try {
        const profile = await call(() => client.getProfile(userId), timeoutMs);
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
          await call(() => client.linkRichMenuIdToUser(userId, id), timeoutMs);
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
