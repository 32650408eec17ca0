import { describe, expect, it } from 'vitest';
import { readMigrations } from '../src/adapters/db/migration-files.ts';
import { migrate } from '../src/adapters/db/migrator.ts';
import { openPglite } from '../src/adapters/db/pglite.ts';
import { buildServices } from '../src/adapters/services.ts';
import { parseConfig } from '../src/config.ts';
import { newApp } from '../src/http/app.ts';

describe('GET /healthz', () => {
  it('answers 503 until migrations are applied, then 200; a Worker-style app serves no staff pages', async () => {
    const db = openPglite('memory://');
    const services = await buildServices(parseConfig({ LOG_LEVEL: 'silent' }), {
      db,
      migrations: readMigrations(),
      applyMigrations: false,
    });
    const app = newApp(services);
    try {
      const before = await app.request('/healthz');
      expect(before.status).toBe(503);
      expect(await before.json()).toMatchObject({ error: 'unavailable' });
      expect(await migrate(db as never, readMigrations())).toHaveLength(readMigrations().length);
      const after = await app.request('/healthz');
      expect(after.status).toBe(200);
      expect(await migrate(db as never, readMigrations())).toEqual([]);
      const workerLike = newApp(services, { staffPages: false });
      const staff = await workerLike.request('/staff/login');
      expect(staff.status).toBe(404);
      expect(await staff.json()).toMatchObject({ error: 'not_found' });
      expect((await app.request('/staff/login')).status).toBe(200);
    } finally {
      await services.close();
    }
  });
});
