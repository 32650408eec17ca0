import { type Kysely, sql } from 'kysely';
import type { Database } from '../../src/adapters/db/tables.ts';
import type { QueueFilters } from '../../src/app/staff/ports.ts';

/** The 16 windows seeded referrals are spread over. */
export const SEED_WINDOWS = Array.from({ length: 16 }, (_, i) => `window-${i}`);

/** The queue as staff first see it: every open referral, no other filter. */
export const OPEN_QUEUE: QueueFilters = {
  status: 'open',
  category: null,
  serviceId: null,
  language: null,
  compound: false,
  referenceCode: null,
};

/**
 * Writes `count` referrals in one statement: spread over 16 windows, a year of dates, mostly closed
 * (as a queue looks after months of work), a few urgent and compound.
 */
export async function seedReferrals(db: Kysely<Database>, count: number, windows: string[]): Promise<void> {
  await sql`
    INSERT INTO referrals (reference_code, categories, words, service_id, compound, crisis, contact_method,
      consent_text_version, consent_language, consented_at, locale, status, created_at, updated_at)
    SELECT 'SED-' || lpad(to_hex(i), 8, '0'),
           ARRAY[(ARRAY['elderly','livelihood','child','housing','disability'])[1 + i % 5]],
           'seeded', (${sql.val(windows)}::text[])[1 + i % ${windows.length}], i % 7 = 0,
           CASE WHEN i % 97 = 0 THEN 'suicide' END, 'phone', 'seed', 'ja',
           now() - (i || ' minutes')::interval, CASE WHEN i % 9 = 0 THEN 'en' ELSE 'ja' END,
           CASE WHEN i % 10 < 8 THEN 'closed' WHEN i % 10 = 8 THEN 'claimed' ELSE 'new' END,
           now() - (i || ' minutes')::interval, now()
    FROM generate_series(1, ${count}) AS i`.execute(db);
  await sql`ANALYZE referrals`.execute(db);
}
