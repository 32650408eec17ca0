import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config.ts';
import { workerConfig } from './worker-config.ts';

const secrets = { LINE_CHANNEL_SECRET: 's', LINE_CHANNEL_ACCESS_TOKEN: 't' };
const HYPERDRIVE = { connectionString: 'postgres://u:p@abc.hyperdrive.local:5432/db' };

describe('the Worker reads its bindings as config', () => {
  it('takes the database from Hyperdrive and vars and secrets as they are', () => {
    const config = workerConfig({
      HYPERDRIVE,
      ...secrets,
      LINE_API_BASE_URL: 'http://127.0.0.1:9999',
      DIRECTORY: 'arakawa',
    });
    expect(config.database).toEqual({ kind: 'postgres', url: HYPERDRIVE.connectionString });
    expect(config.line).toMatchObject({ mode: 'live', apiBaseUrl: 'http://127.0.0.1:9999' });
    expect(config.directory).toBe('arakawa');
  });

  it('refuses to run without a LINE channel: a Worker has no simulator', () => {
    expect(() => workerConfig({ HYPERDRIVE })).toThrow(ConfigError);
  });

  it('refuses to run without the Hyperdrive binding', () => {
    expect(() => workerConfig({ ...secrets })).toThrow(/HYPERDRIVE/);
  });
});
