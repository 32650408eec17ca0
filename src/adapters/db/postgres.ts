import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './tables.ts';

// Postgres int8 and numeric come back as strings by default; our counts and timestamps fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export interface PoolOptions {
  /**
   * Commit without waiting for the WAL to reach disk. Only for bookkeeping a replay repairs (lane
   * leases, delivery marks): a database crash may forget the last fraction of a second of it, never
   * an acknowledged event or a referral, which always commit synchronously on the main pool.
   */
  relaxedCommit?: boolean;
  /**
   * Read indexes in order, never as a bitmap. The claim walks the inbox's pending index oldest first:
   * an ordered scan marks the entries of events already handled as dead, so the next claim steps over
   * them without touching the table; a bitmap scan visits every one of them on the heap, each time,
   * until a vacuum (19 ms a claim after 65,000 events on a database whose autovacuum is off).
   */
  orderedScans?: boolean;
}

/** Kysely over a pg pool. */
export function openPostgres(url: string, max = 10, options: PoolOptions = {}): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: 5_000,
    options:
      [
        options.relaxedCommit ? '-c synchronous_commit=off' : '',
        options.orderedScans ? '-c enable_bitmapscan=off' : '',
      ]
        .filter(Boolean)
        .join(' ') || undefined,
  });
  // An idle client losing its server (a restart) must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  // A client checked out when the server goes away emits 'error' too; unheard, it would kill the
  // process. Its query fails instead (the webhook answers 503) and the pool drops it.
  pool.on('connect', (client) => client.on('error', () => {}));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
