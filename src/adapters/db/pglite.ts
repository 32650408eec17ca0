import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect } from 'kysely';
import type { Database } from './tables.ts';

/** Kysely over embedded PGlite: a real Postgres in WASM, on disk or in memory (`memory://`). */
export function openPglite(dataDir: string): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PGliteDialect({ pglite: () => PGlite.create(dataDir) }) });
}
