import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMigrations } from '../../src/adapters/db/migration-files.ts';
import { openPglite } from '../../src/adapters/db/pglite.ts';
import { signBody } from '../../src/adapters/line/signature.ts';
import { buildServices, type Services } from '../../src/adapters/services.ts';
import { LOCAL_CHANNEL_SECRET, parseConfig } from '../../src/config.ts';
import { newApp } from '../../src/http/app.ts';
import { residentEvents, userId } from '../support/harness.ts';
import { createAccount, PASSWORD } from '../support/staff.ts';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const SHOTS = process.env.SCREENSHOT_DIR ?? join(tmpdir(), 'staff-screenshots');

if (!available) {
  console.warn(`\n*** Browser tests SKIPPED: ${CHROMIUM} not found (apt-get install chromium). ***\n`);
}

it('has Chromium for the browser tests when running in CI', () => {
  if (process.env.CI === 'true') expect(available, `${CHROMIUM} is required in CI`).toBe(true);
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

describe.skipIf(!available)('a window staff member works a referral in Chromium', () => {
  let services: Services;
  let server: ServerType;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // Local mode: the same server is the stand-in LINE API the bot and the staff replies call.
    const config = parseConfig({ PORT: String(port), LOG_LEVEL: 'silent', INBOX_ORDER_WINDOW_MS: '0' });
    services = await buildServices(config, { db: openPglite('memory://'), migrations: readMigrations() });
    server = serve({ fetch: newApp(services).fetch, port, hostname: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    mkdirSync(SHOTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await services?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function webhook(events: unknown[]) {
    const body = JSON.stringify({ destination: 'Ubot', events });
    const response = await fetch(`${base}/webhook`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-line-signature': await signBody(LOCAL_CHANNEL_SECRET, body),
      },
      body,
    });
    expect(response.status).toBe(200);
    await services.processor.drain();
  }

  it('signs in, sees the referral made through the webhook, claims it, replies on LINE and closes it', async () => {
    const fake = services.fakeLine;
    if (!fake) throw new Error('local mode has a fake LINE');
    const user = userId(77);
    const r = residentEvents(fake, user);
    fake.setLanguage(user, 'ja');
    for (const event of [
      r.follow(),
      r.text('母の介護と、家賃の支払いのことで困っています <script>alert(1)</script>'),
      r.postback('offer:yes'),
      r.postback('consent:yes'),
      r.postback('contact:line'),
    ])
      await webhook([event]);
    const referral = await services.staff.store.queue(
      { serviceId: null },
      {
        status: 'all',
        category: null,
        serviceId: null,
        language: null,
        compound: false,
        referenceCode: null,
      },
      null,
      1,
    );
    const made = referral[0];
    if (!made) throw new Error('the webhook made no referral');
    await createAccount(services.staff, 'window@city.example', 'staff', made.serviceId);

    const page = await browser.newPage({ viewport: { width: 1024, height: 768 }, locale: 'ja-JP' });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${base}/staff`);
    expect(new URL(page.url()).pathname).toBe('/staff/login');
    await page.getByLabel('メールアドレス').fill('window@city.example');
    await page.getByLabel('パスワード').fill(PASSWORD);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.waitForURL(`${base}/staff`);
    await expect.poll(() => page.getByRole('link', { name: made.referenceCode }).count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'queue.png'), fullPage: true });

    await page.getByRole('link', { name: made.referenceCode }).click();
    await page.getByRole('button', { name: '担当する' }).click();
    await expect.poll(() => page.locator('h1 .badge').first().textContent()).toBe('担当中');
    await page.getByLabel('本人へのメッセージ').fill('担当の佐藤です。明日の午前にお電話してもよいですか。');
    await page.getByRole('button', { name: 'LINEで送る' }).click();
    await expect
      .poll(
        () =>
          fake
            .messagesTo(user)
            .filter((m) => m.via === 'push' && JSON.stringify(m.message).includes('担当の佐藤です')).length,
      )
      .toBe(1);
    await expect.poll(() => page.locator('.thread li').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'case.png'), fullPage: true });

    await page.getByRole('button', { name: '連絡した' }).click();
    await page.getByLabel('結果').selectOption('resolved');
    await page.getByRole('button', { name: '終了する' }).click();
    await expect.poll(() => page.locator('h1 .badge').first().textContent()).toBe('終了');
    expect(dialogs).toEqual([]);
    expect((await services.staff.store.referral(made.id))?.outcome).toBe('resolved');

    await page.getByRole('link', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1 .badge').first().textContent()).toBe('Closed');
    await page.close();
  });
});
