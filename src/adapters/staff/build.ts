import type { Kysely } from 'kysely';
import ja from '../../../locales/ja.json' with { type: 'json' };
import { deliver } from '../../app/deliver.ts';
import type { Clock, Ids, Logger, Messenger, Store } from '../../app/ports.ts';
import type { RetryPolicy } from '../../app/retry.ts';
import type { Notifier } from '../../app/staff/notifier.ts';
import type { StaffServices } from '../../app/staff/services.ts';
import type { Directory } from '../../core/directory/schema.ts';
import { newPgStaffStore } from '../db/staff-store.ts';
import type { Database } from '../db/tables.ts';
import { clamp, LIMITS } from '../line/limits.ts';
import { lineGroupNotifier } from '../line/staff-notifier.ts';
import { argon2Hasher, sha256Hex } from './password.ts';

export interface StaffBuildOptions {
  db: Kysely<Database>;
  store: Store;
  messenger: Messenger;
  clock: Clock;
  ids: Ids;
  log: Logger;
  retry: RetryPolicy;
  directory: Directory;
  locales: readonly string[];
  staffLineGroups: Record<string, string>;
}

/** Staff accounts, queue and case actions, and the new-referral notifier, over the same database. */
export function buildStaff(o: StaffBuildOptions): { staff: StaffServices; notifier: Notifier } {
  const store = newPgStaffStore(o.db, o.ids);
  const windows = o.directory.services.map((s) => ({ id: s.id, name: s.name as Record<string, string> }));
  const nameIn = (id: string, locale: string) => {
    const name = windows.find((w) => w.id === id)?.name;
    return name?.[locale] ?? name?.ja ?? id;
  };
  const categories = ja.categories as Record<string, string>;
  const notifier = lineGroupNotifier(
    o.staffLineGroups,
    (id) => nameIn(id, 'ja'),
    (c) => categories[c] ?? c,
  );
  const staff: StaffServices = {
    store,
    windows,
    languages: o.locales,
    log: o.log,
    now: () => o.clock.now(),
    auth: {
      store,
      hasher: argon2Hasher(o.ids.randomBytes),
      now: () => o.clock.now(),
      randomBytes: o.ids.randomBytes,
      sha256: sha256Hex,
    },
    cases: {
      store,
      log: o.log,
      serviceIds: new Set(windows.map((w) => w.id)),
      deliver: (message) =>
        deliver(
          { store: o.store, messenger: o.messenger, clock: o.clock, log: o.log, retry: o.retry },
          message,
        ),
      // The resident sees which window writes, in their language where the directory has it.
      lineMessages: (serviceId, locale, body) => [
        { type: 'text', text: clamp(`【${nameIn(serviceId, locale)}】\n${body}`, LIMITS.text) },
      ],
    },
  };
  return { staff, notifier };
}
