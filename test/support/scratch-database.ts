import { type Kysely, sql } from 'kysely';
import { openPostgres } from '../../src/adapters/db/postgres.ts';
import type { Database } from '../../src/adapters/db/tables.ts';

export interface ScratchDatabase {
  url: string;
  db: Kysely<Database>;
  /** Drops the database; `db` is closed first unless its owner already closed it. */
  drop(options?: { dbClosed?: boolean }): Promise<void>;
}

/** A database of its own on the Postgres at DATABASE_URL, dropped afterwards. */
export async function scratchDatabase(prefix: string, poolSize: number): Promise<ScratchDatabase> {
  const admin = openPostgres(process.env.DATABASE_URL as string, 1);
  const name = `${prefix}_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await sql`CREATE DATABASE ${sql.id(name)}`.execute(admin);
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString(), poolSize);
  return {
    url: url.toString(),
    db,
    async drop({ dbClosed = false } = {}) {
      if (!dbClosed) await db.destroy();
      await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(admin);
      await admin.destroy();
    },
  };
}
