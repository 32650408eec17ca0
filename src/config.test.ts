import { describe, expect, it } from 'vitest';
import { ConfigError, LOCAL_CHANNEL_SECRET, parseConfig } from './config.ts';

describe('configuration', () => {
  it('defaults to local mode on embedded PGlite with the Sumida directory', () => {
    const config = parseConfig({});
    expect(config.port).toBe(8787);
    expect(config.database).toEqual({ kind: 'pglite', dir: '.data/pglite' });
    expect(config.line.mode).toBe('local');
    expect(config.line.channelSecret).toBe(LOCAL_CHANNEL_SECRET);
    expect(config.line.apiBaseUrl).toBe('http://127.0.0.1:8787');
    expect(config.directory).toBe('sumida');
  });

  it('connects a LINE channel and Postgres when both secrets and DATABASE_URL are given', () => {
    const config = parseConfig({
      PORT: '9000',
      DATABASE_URL: 'postgres://u@db:5432/front',
      LINE_CHANNEL_SECRET: 's',
      LINE_CHANNEL_ACCESS_TOKEN: 't',
      LINE_API_BASE_URL: 'http://127.0.0.1:4010',
      DIRECTORY: 'arakawa',
      PGLITE_DIR: 'memory://',
    });
    expect(config.port).toBe(9000);
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@db:5432/front' });
    expect(config.line).toMatchObject({
      mode: 'live',
      channelSecret: 's',
      apiBaseUrl: 'http://127.0.0.1:4010',
    });
    expect(config.directory).toBe('arakawa');
  });

  it.each([
    [{ LINE_CHANNEL_SECRET: 's' }, /both LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN/],
    [{ LINE_CHANNEL_ACCESS_TOKEN: 't' }, /both LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN/],
    [{ PORT: 'eighty' }, /PORT/],
    [{ DIRECTORY: 'atlantis' }, /DIRECTORY/],
    [{ LINE_API_BASE_URL: 'https://api.line.me/v2' }, /origin/],
  ])('refuses to start with a clear message: %o', (env, message) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(message);
  });

  it('treats empty variables as unset', () => {
    expect(
      parseConfig({ DATABASE_URL: '', LINE_CHANNEL_SECRET: '', LINE_CHANNEL_ACCESS_TOKEN: '' }).line.mode,
    ).toBe('local');
  });
});
