import type { Kysely } from 'kysely';
import { readMigrations } from '../adapters/db/migration-files.ts';
import { migrate } from '../adapters/db/migrator.ts';
import { parseConfig } from '../config.ts';
import { openDatabase } from './database.ts';

const config = parseConfig(process.env);
const db = await openDatabase(config);
const applied = await migrate(db as Kysely<unknown>, readMigrations());
console.log(
  applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'Nothing to apply: the database is up to date.',
);
await db.destroy();
