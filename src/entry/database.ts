import { mkdirSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { Database } from '../adapters/db/tables.ts';
import type { Config } from '../config.ts';

/** Opens Postgres when DATABASE_URL is set, else embedded PGlite (loaded only then). */
export async function openDatabase(config: Config): Promise<Kysely<Database>> {
  if (config.database.kind === 'postgres') {
    const { openPostgres } = await import('../adapters/db/postgres.ts');
    // More connections than the processor's lanes in flight (16), so a webhook's insert never
    // waits behind event handling for a connection: the acknowledgement stays fast under load.
    return openPostgres(config.database.url, 24);
  }
  const { dir } = config.database;
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
  const { openPglite } = await import('../adapters/db/pglite.ts');
  return openPglite(dir);
}

/**
 * On Postgres, a small pool for the processor's bookkeeping: lane claims and leases, delivery marks.
 * Its commits do not wait for disk, and it reads the inbox's queue index in order.
 */
export async function openBookkeeping(config: Config): Promise<Kysely<Database> | undefined> {
  if (config.database.kind !== 'postgres') return undefined;
  const { openPostgres } = await import('../adapters/db/postgres.ts');
  return openPostgres(config.database.url, 8, { relaxedCommit: true, orderedScans: true });
}
