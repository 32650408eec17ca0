import { type Config, ConfigError, parseConfig } from '../config.ts';

/** What wrangler.toml binds: Hyperdrive, vars and secrets. */
export interface WorkerBindings {
  HYPERDRIVE?: { connectionString: string };
  [name: string]: unknown;
}

/**
 * The Worker's bindings as the plain record parseConfig reads: every string var or secret as is,
 * Hyperdrive as DATABASE_URL. A Worker has no simulator to fall back on, so it needs a LINE channel.
 */
export function workerConfig(bindings: WorkerBindings): Config {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(bindings)) if (typeof value === 'string') env[name] = value;
  const database = bindings.HYPERDRIVE?.connectionString;
  if (!database) throw new ConfigError('Bind Hyperdrive as HYPERDRIVE in wrangler.toml.');
  const config = parseConfig({ ...env, DATABASE_URL: database });
  if (config.line.mode !== 'live') {
    throw new ConfigError(
      'Set LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN as Worker secrets (wrangler secret put).',
    );
  }
  return config;
}
