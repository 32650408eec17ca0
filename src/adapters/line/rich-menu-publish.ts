import { HTTPFetchError, messagingApi } from '@line/bot-sdk';
import { richMenuAlias, richMenuRequest } from './rich-menu.ts';

type T = (locale: string, key: string) => string;

export interface PublishOptions {
  channelAccessToken: string;
  /** Where the Messaging API is (LINE_API_BASE_URL). */
  baseURL: string;
  locales: readonly string[];
  t: T;
  /** The PNG for a locale's menu. */
  image(locale: string): Buffer;
  /** Whose menu a resident sees before the bot knows their language. */
  defaultLocale: string;
  /** Delete the menus the aliases pointed to before (their residents fall back to the default). */
  deleteReplaced?: boolean;
}

export interface Published {
  locale: string;
  alias: string;
  richMenuId: string;
  imageBytes: number;
  replaced: string | null;
}

/** LINE's own API serves images from another host; a stand-in serves both. */
export function dataApiBaseUrl(baseURL: string): string {
  return new URL(baseURL).origin === 'https://api.line.me' ? 'https://api-data.line.me' : baseURL;
}

const notFound = (error: unknown) =>
  error instanceof HTTPFetchError && (error.status === 400 || error.status === 404);

/**
 * Creates one rich menu per locale (menu, picture, alias `lfd-<locale>`), points each alias at its
 * new menu, and makes the default locale's menu the channel default. Safe to run again.
 */
export async function publishRichMenus(o: PublishOptions): Promise<Published[]> {
  const api = new messagingApi.MessagingApiClient({
    channelAccessToken: o.channelAccessToken,
    baseURL: o.baseURL,
  });
  const blobs = new messagingApi.MessagingApiBlobClient({
    channelAccessToken: o.channelAccessToken,
    baseURL: dataApiBaseUrl(o.baseURL),
  });
  const published: Published[] = [];
  for (const locale of o.locales) {
    const { richMenuId } = await api.createRichMenu(richMenuRequest(locale, o.t));
    const png = o.image(locale);
    await blobs.setRichMenuImage(richMenuId, new Blob([new Uint8Array(png)], { type: 'image/png' }));
    const alias = richMenuAlias(locale);
    const replaced = await api.getRichMenuAlias(alias).then(
      (a) => a.richMenuId,
      (error: unknown) => {
        if (notFound(error)) return null;
        throw error;
      },
    );
    if (replaced) await api.updateRichMenuAlias(alias, { richMenuId });
    else await api.createRichMenuAlias({ richMenuAliasId: alias, richMenuId });
    published.push({ locale, alias, richMenuId, imageBytes: png.length, replaced });
  }
  const fallback = published.find((p) => p.locale === o.defaultLocale);
  if (fallback) await api.setDefaultRichMenu(fallback.richMenuId);
  if (o.deleteReplaced) {
    for (const { replaced } of published) if (replaced) await api.deleteRichMenu(replaced);
  }
  return published;
}
