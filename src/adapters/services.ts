import type { Kysely } from 'kysely';
import flowFile from '../../flows/intake.json' with { type: 'json' };
import { batchedInbox } from '../app/batched-inbox.ts';
import type { Clock, Ids, Logger, Messenger, Renderer, Store } from '../app/ports.ts';
import { DEFAULT_PROCESSOR, InboxProcessor } from '../app/processor.ts';
import { DEFAULT_RETRY, type RetryPolicy } from '../app/retry.ts';
import type { StaffServices } from '../app/staff/services.ts';
import type { Config } from '../config.ts';
import { areaNamed } from '../core/directory/areas.ts';
import { nearbyPlaces, openingOf } from '../core/directory/nearby.ts';
import { route } from '../core/directory/routing.ts';
import type { Directory } from '../core/directory/schema.ts';
import { loadFlow } from '../core/flow/load.ts';
import type { Flow } from '../core/flow/schema.ts';
import { detectCrisis, triage } from '../core/triage/index.ts';
import { isMigrated, type Migration, migrate } from './db/migrator.ts';
import { newPgStore } from './db/store.ts';
import type { Database } from './db/tables.ts';
import { loadDirectory, loadHotlines } from './directory/load.ts';
import { createTexts } from './i18n/texts.ts';
import { createLineMessenger, type LineHttp } from './line/client.ts';
import { FakeLine } from './line/fake-line.ts';
import { readLineEvent } from './line/read-event.ts';
import { createLineRenderer } from './line/render.ts';
import { type SignatureCheck, verifySignature } from './line/signature.ts';
import { createLogger } from './log.ts';
import { buildStaff } from './staff/build.ts';

export interface Services {
  config: Config;
  store: Store;
  processor: InboxProcessor;
  log: Logger;
  flow: Flow;
  directory: Directory;
  /** How webhook signatures are checked (WebCrypto; Node passes node:crypto's faster check). */
  verifySignature: SignatureCheck;
  /** The stand-in LINE API the simulator talks to; present only in local mode. */
  fakeLine: FakeLine | null;
  /** The staff UI's accounts, queue and case actions. */
  staff: StaffServices;
  /** Answers once migrations are applied and the database answers. */
  healthy(): Promise<boolean>;
  close(): Promise<void>;
}

export interface BuildOptions {
  db: Kysely<Database>;
  /** A second pool for bookkeeping writes that may commit without waiting for disk (Postgres). */
  bookkeepingDb?: Kysely<Database>;
  migrations: Migration[];
  /** Apply pending migrations first (Node does; a Worker expects them applied). */
  applyMigrations?: boolean;
  clock?: Clock;
  retry?: RetryPolicy;
  owner?: string;
  logWrite?: (line: string) => void;
  messenger?: Messenger;
  /** How calls to LINE travel (fetch when absent; Node passes its keep-alive client). */
  lineHttp?: LineHttp;
  verifySignature?: SignatureCheck;
  /** Built once and reused (a Worker keeps it for the isolate's life); built here when absent. */
  knowledge?: Knowledge;
}

/** What the bot knows from its data files: pure, no IO, safe to share across requests. */
export interface Knowledge {
  flow: Flow;
  directory: Directory;
  renderer: Renderer;
}

export function buildKnowledge(config: Config): Knowledge {
  const flow = loadFlow(flowFile);
  const directory = loadDirectory(config.directory);
  const renderer = createLineRenderer(createTexts(), directory, loadHotlines());
  // The lexicons and the model are made ready now, not on a resident's first words.
  triage('');
  return { flow, directory, renderer };
}

export const systemIds: Ids = {
  uuid: () => crypto.randomUUID(),
  randomBytes: (n) => crypto.getRandomValues(new Uint8Array(n)),
};

/** The one place adapters are built from config. */
export async function buildServices(config: Config, options: BuildOptions): Promise<Services> {
  const log = createLogger(config.logLevel, options.logWrite);
  if (options.applyMigrations ?? true) {
    const applied = await migrate(options.db as Kysely<unknown>, options.migrations);
    if (applied.length > 0) log.info('migrations_applied', { count: applied.length });
  }
  const clock = options.clock ?? { now: () => new Date() };
  const pg = newPgStore(options.db, systemIds, options.bookkeepingDb);
  // Concurrent webhooks share one insert and one commit.
  const store: Store = { ...pg, inbox: batchedInbox(pg.inbox) };
  const { flow, directory, renderer } = options.knowledge ?? buildKnowledge(config);
  const messenger =
    options.messenger ??
    createLineMessenger({
      channelAccessToken: config.line.channelAccessToken,
      baseURL: config.line.apiBaseUrl,
      ...(options.lineHttp ? { http: options.lineHttp } : {}),
    });
  const { staff, notifier } = buildStaff({
    db: options.db,
    store,
    messenger,
    clock,
    ids: systemIds,
    log,
    retry: options.retry ?? DEFAULT_RETRY,
    directory,
    locales: renderer.locales,
    staffLineGroups: config.staffLineGroups,
  });
  const processor = new InboxProcessor(
    {
      notifier,
      store,
      messenger,
      renderer,
      clock,
      ids: systemIds,
      log,
      flow,
      knowledge: {
        detectCrisis,
        triage,
        route: (categories, compound) => route(directory, categories, compound),
        places: (query, now) => nearbyPlaces(directory, query, now),
        opening: (serviceId, now) => openingOf(directory, serviceId, now),
        areaNamed: (text) => areaNamed(directory, text),
      },
      referencePrefix: directory.referencePrefix,
      readEvent: readLineEvent,
      retry: options.retry ?? DEFAULT_RETRY,
    },
    {
      ...DEFAULT_PROCESSOR,
      orderWindowMs: config.orderWindowMs,
      leaseMs: config.leaseMs,
      owner: options.owner ?? systemIds.uuid(),
    },
  );
  return {
    config,
    store,
    processor,
    log,
    flow,
    directory,
    verifySignature: options.verifySignature ?? verifySignature,
    fakeLine: config.line.mode === 'local' ? new FakeLine() : null,
    staff,
    async healthy() {
      try {
        await store.ping();
        return await isMigrated(options.db as Kysely<unknown>, options.migrations);
      } catch {
        return false;
      }
    },
    async close() {
      await processor.stop();
      await store.close();
    },
  };
}
