import { type Kysely, sql } from 'kysely';

export interface Migration {
  /** File name, e.g. `20261122000000_init.sql`; applied in name order. */
  name: string;
  sql: string;
}

/** Splits a migration into statements: each ends with `;` at the end of a line. */
export function statements(text: string): string[] {
  return text
    .split(/;[ \t]*(?:--[^\n]*)?$/m)
    .map((part) => part.replace(/^\s*--.*$/gm, '').trim())
    .filter((part) => part.length > 0);
}

/** Applies migrations not yet applied, each in its own transaction, one migrator at a time. */
export async function migrate(db: Kysely<unknown>, migrations: Migration[]): Promise<string[]> {
  const applied: string[] = [];
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(
    db,
  );
  const ordered = [...migrations].sort((a, b) => a.name.localeCompare(b.name));
  for (const migration of ordered) {
    await db.transaction().execute(async (tx) => {
      await sql`SELECT pg_advisory_xact_lock(7243019)`.execute(tx);
      const done = await sql<{
        name: string;
      }>`SELECT name FROM schema_migrations WHERE name = ${migration.name}`.execute(tx);
      if (done.rows.length > 0) return;
      for (const statement of statements(migration.sql)) await sql.raw(statement).execute(tx);
      await sql`INSERT INTO schema_migrations (name) VALUES (${migration.name})`.execute(tx);
      applied.push(migration.name);
    });
  }
  return applied;
}

/** True when every migration is applied: what /healthz waits for. */
export async function isMigrated(db: Kysely<unknown>, migrations: Migration[]): Promise<boolean> {
  const rows = await sql<{ name: string }>`SELECT name FROM schema_migrations`.execute(db);
  const names = new Set(rows.rows.map((r) => r.name));
  return migrations.every((m) => names.has(m.name));
}
