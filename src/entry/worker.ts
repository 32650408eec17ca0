import type { ExecutionContext } from 'hono';
import { openPostgres } from '../adapters/db/postgres.ts';
import { buildKnowledge, buildServices, type Knowledge, type Services } from '../adapters/services.ts';
import { runRetention } from '../app/retention.ts';
import { sleep } from '../app/retry.ts';
import { type Config, ConfigError } from '../config.ts';
import { triage } from '../core/triage/index.ts';
import { newApp } from '../http/app.ts';
import { type WorkerBindings, workerConfig } from './worker-config.ts';
import { WORKER_MIGRATIONS } from './worker-migrations.ts';

/** Must match the retention cron in wrangler.toml; every other cron drains the inbox. */
const RETENTION_CRON = '17 */6 * * *';

// Workers may not share IO objects between requests: the flow, directory, texts and renderer are
// pure and live as long as the isolate; the database connection is opened per request or cron run.
const knowledgeByDirectory = new Map<Config['directory'], Knowledge>();

// The triage model is decoded while the isolate starts (startup has a 1-second limit of its own),
// not in a resident's first request, which on the Free plan has 10 ms of CPU.
triage('');

function knowledgeFor(config: Config): Knowledge {
  let knowledge = knowledgeByDirectory.get(config.directory);
  if (!knowledge) {
    knowledge = buildKnowledge(config);
    knowledgeByDirectory.set(config.directory, knowledge);
  }
  return knowledge;
}

function servicesFor(config: Config): Promise<Services> {
  if (config.database.kind !== 'postgres') throw new ConfigError('The Worker needs Postgres (Hyperdrive).');
  // Hyperdrive pools the real connections; a Worker may hold six sockets at once.
  return buildServices(config, {
    db: openPostgres(config.database.url, 4),
    migrations: WORKER_MIGRATIONS,
    applyMigrations: false,
    knowledge: knowledgeFor(config),
  });
}

function misconfigured(error: unknown): Response {
  if (!(error instanceof ConfigError)) throw error;
  return Response.json(
    { error: 'internal', reason: `worker misconfigured: ${error.message}` },
    { status: 500 },
  );
}

export default {
  async fetch(request: Request, env: WorkerBindings, ctx: ExecutionContext): Promise<Response> {
    let services: Services;
    try {
      services = await servicesFor(workerConfig(env));
    } catch (error) {
      return misconfigured(error);
    }
    const { processor } = services;
    // Events are recorded before the 200; processing runs after it, still inside this invocation.
    // Were the Worker evicted first, the inbox keeps the events for the next cron run.
    let processing: Promise<void> = Promise.resolve();
    const app = newApp(services, {
      staffPages: false,
      onRecorded: () => {
        processing = sleep(services.config.orderWindowMs + 20).then(() => processor.drain());
      },
    });
    try {
      return await app.fetch(request, env, ctx);
    } finally {
      ctx.waitUntil(processing.finally(() => services.close()));
    }
  },

  /** Cron Triggers (wrangler.toml): pick up what an evicted or failed invocation left; forget old text. */
  async scheduled(controller: { cron: string }, env: WorkerBindings, ctx: ExecutionContext): Promise<void> {
    const services = await servicesFor(workerConfig(env));
    const { processor, store, log, config } = services;
    ctx.waitUntil(
      (async () => {
        try {
          if (controller.cron === RETENTION_CRON) {
            await runRetention({ store, clock: { now: () => new Date() }, log }, config.retentionDays);
          } else {
            await processor.drain();
            await processor.sweepOutbox();
          }
        } finally {
          await services.close();
        }
      })(),
    );
  },
};
