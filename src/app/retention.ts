import type { Clock, Logger, PurgeCounts, Store } from './ports.ts';

const DAY_MS = 86_400_000;

export interface RetentionServices {
  store: Pick<Store, 'purgeExpired'>;
  clock: Clock;
  log: Logger;
}

/** Deletes conversation text that never became a referral once `days` have passed since its last touch. */
export async function runRetention(s: RetentionServices, days: number): Promise<PurgeCounts> {
  const before = new Date(s.clock.now().getTime() - days * DAY_MS);
  const purged = await s.store.purgeExpired(before);
  s.log.info('retention_purged', { days, ...purged });
  return purged;
}
