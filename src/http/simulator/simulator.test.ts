import { http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMigrations } from '../../adapters/db/migration-files.ts';
import { openPglite } from '../../adapters/db/pglite.ts';
import { buildServices, type Services } from '../../adapters/services.ts';
import { parseConfig } from '../../config.ts';
import { newApp } from '../app.ts';

describe('the local simulator', () => {
  let services: Services;
  let app: ReturnType<typeof newApp>;
  const server = setupServer();

  beforeAll(async () => {
    services = await buildServices(
      parseConfig({ LOG_LEVEL: 'silent', PORT: '8787', INBOX_ORDER_WINDOW_MS: '0' }),
      {
        db: openPglite('memory://'),
        migrations: readMigrations(),
      },
    );
    app = newApp(services);
    // In local mode the bot calls its own server as the LINE API; here that server is not listening.
    server.use(http.all('http://127.0.0.1:8787/v2/*', ({ request }) => app.fetch(request)));
    server.listen({ onUnhandledFrame: 'error' });
  });
  afterAll(async () => {
    server.close();
    await services.close();
  });

  const user = `U${'b'.repeat(32)}`;
  async function send(event: unknown) {
    const response = await app.request('/simulator/api/send', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: user, language: 'en', event }),
    });
    expect(response.status).toBe(200);
    await services.processor.drain();
  }
  async function messages(): Promise<{ seq: number; message: { type: string; text?: string } }[]> {
    const response = await app.request(`/simulator/api/messages?userId=${user}`);
    return ((await response.json()) as { messages: never[] }).messages;
  }

  it('serves the chat page', async () => {
    const page = await app.request('/simulator');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('LINE simulator');
  });

  it('goes through the signed webhook, the engine and the LINE client to a reference number', async () => {
    await send({ type: 'follow' });
    expect((await messages())[0]?.message.text).toContain('Thank you for adding us');
    await send({ type: 'text', text: 'I lost my job and cannot pay the rent' });
    await send({ type: 'postback', data: 'offer:yes', displayText: 'Yes, contact me' });
    await send({ type: 'postback', data: 'consent:yes', displayText: 'I agree' });
    await send({ type: 'postback', data: 'contact:visit', displayText: 'I will visit' });
    const texts = (await messages()).map((m) => m.message.text ?? '');
    expect(texts.some((t) => /Your reference number is SMD-[0-9A-Z]{4}-[0-9A-Z]{4}/.test(t))).toBe(true);
  });

  it('answers a sticker kindly, with the buttons again', async () => {
    const before = (await messages()).length;
    await send({ type: 'sticker' });
    const reply = (await messages()).slice(before);
    expect(reply[0]?.message.text).toContain('cannot read stickers');
    expect(JSON.stringify(reply.at(-1)?.message)).toContain('quickReply');
  });

  it('rejects a malformed simulator request with a reason', async () => {
    const response = await app.request('/simulator/api/send', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'nobody', event: { type: 'text' } }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_body' });
  });
});
