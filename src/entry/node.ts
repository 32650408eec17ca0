import { createServer } from 'node:http';
import { readMigrations } from '../adapters/db/migration-files.ts';
import { nodeHttp } from '../adapters/line/node-http.ts';
import { verifySignatureNode } from '../adapters/line/node-signature.ts';
import { buildServices } from '../adapters/services.ts';
import { runRetention } from '../app/retention.ts';
import { type Config, ConfigError, parseConfig } from '../config.ts';
import { newApp } from '../http/app.ts';
import { nodeListener } from '../http/node-front.ts';
import { openBookkeeping, openDatabase } from './database.ts';

function configOrExit(): Config {
  try {
    return parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Cannot start: ${error.message}`);
    process.exit(1);
  }
}

/**
 * Log lines written together once the current callbacks are done: one write for many lines, not a
 * system call each (under load that is thousands a second).
 */
function stdoutLines() {
  let pending: string[] = [];
  const flush = () => {
    if (pending.length > 0) process.stdout.write(`${pending.join('\n')}\n`);
    pending = [];
  };
  const write = (line: string) => {
    if (pending.length === 0) setImmediate(flush);
    pending.push(line);
  };
  return { write, flush };
}

const logLines = stdoutLines();
const config = configOrExit();
const services = await buildServices(config, {
  db: await openDatabase(config),
  bookkeepingDb: await openBookkeeping(config),
  migrations: readMigrations(),
  lineHttp: nodeHttp,
  verifySignature: verifySignatureNode,
  logWrite: logLines.write,
});
const app = newApp(services);
const server = createServer(nodeListener(app, services, () => services.processor.kick()));
server.listen(config.port, '0.0.0.0', () => {
  const address = server.address();
  const info = { port: typeof address === 'object' && address ? address.port : config.port };
  const db =
    config.database.kind === 'postgres'
      ? 'PostgreSQL (DATABASE_URL)'
      : `embedded PGlite (${config.database.dir})`;
  console.log(`Listening on http://localhost:${info.port} with ${db}, directory ${config.directory}.`);
  if (config.line.mode === 'local') {
    console.log(
      `No LINE channel configured: local mode. Open the simulator at http://localhost:${info.port}/simulator`,
    );
  } else {
    console.log(`LINE webhook URL: https://<your host>/webhook (LINE API at ${config.line.apiBaseUrl})`);
  }
});

// Anything a previous run recorded but did not finish is picked up now and then every two seconds.
services.processor.startPolling(2_000);
void services.processor.drain();
void services.processor.sweepOutbox(0);

// Forgetting: what residents wrote that never became a referral goes after RETENTION_DAYS.
const retention = () =>
  runRetention(
    { store: services.store, clock: { now: () => new Date() }, log: services.log },
    config.retentionDays,
  ).catch(() => services.log.error('retention_failed'));
void retention();
setInterval(retention, 6 * 3_600_000).unref();

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing current events, then stopping.`);
  server.close();
  await services.close();
  logLines.flush();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
