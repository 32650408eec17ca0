import type { Kysely } from 'kysely';
import { readMigrations } from '../adapters/db/migration-files.ts';
import { migrate } from '../adapters/db/migrator.ts';
import { newPgStore } from '../adapters/db/store.ts';
import { createLogger } from '../adapters/log.ts';
import { systemIds } from '../adapters/services.ts';
import { runRetention } from '../app/retention.ts';
import { parseConfig } from '../config.ts';
import { openDatabase } from './database.ts';

// npm run retention: one pass of the retention job (the server also runs it every few hours).
const config = parseConfig(process.env);
const db = await openDatabase(config);
await migrate(db as Kysely<unknown>, readMigrations());
const purged = await runRetention(
  { store: newPgStore(db, systemIds), clock: { now: () => new Date() }, log: createLogger(config.logLevel) },
  config.retentionDays,
);
console.log(
  `Deleted what was older than ${config.retentionDays} days: ${purged.conversations} conversations, ` +
    `${purged.inboxEvents} inbox events, ${purged.outbox} outgoing messages.`,
);
await db.destroy();
