import { z } from 'zod';

/** The secret the local simulator signs with; only ever used when no LINE channel is configured. */
export const LOCAL_CHANNEL_SECRET = 'local-simulator-secret';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  DATABASE_URL: z.string().min(1).optional(),
  PGLITE_DIR: z.string().min(1).default('.data/pglite'),
  LINE_CHANNEL_SECRET: z.string().min(1).optional(),
  LINE_CHANNEL_ACCESS_TOKEN: z.string().min(1).optional(),
  LINE_API_BASE_URL: z
    .url()
    .refine((u) => new URL(u).pathname === '/', 'must be an origin such as https://api.line.me (no path)')
    .default('https://api.line.me'),
  DIRECTORY: z.enum(['sumida', 'arakawa']).default('sumida'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  WEBHOOK_MAX_BYTES: z.coerce.number().int().positive().default(1_000_000),
  INBOX_ORDER_WINDOW_MS: z.coerce.number().int().min(0).max(2_000).default(80),
  RETENTION_DAYS: z.coerce.number().int().min(1).max(3_650).default(30),
  INBOX_LEASE_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
  STAFF_LINE_GROUPS: z.string().optional(),
});

/** `{"<service id>":"C…"}`: the staff LINE group told about each window's new referrals. */
const StaffLineGroupsSchema = z.record(z.string().regex(/^[a-z0-9-]+$/), z.string().regex(/^C[0-9a-f]{32}$/));

function parseStaffLineGroups(raw: string | undefined): Record<string, string> {
  if (!raw) return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new ConfigError('STAFF_LINE_GROUPS: must be JSON such as {"<service id>":"C…"}');
  }
  const parsed = StaffLineGroupsSchema.safeParse(value);
  if (!parsed.success) {
    throw new ConfigError(
      `STAFF_LINE_GROUPS: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}

export type LineMode =
  | { mode: 'live'; channelSecret: string; channelAccessToken: string; apiBaseUrl: string }
  | { mode: 'local'; channelSecret: string; channelAccessToken: string; apiBaseUrl: string };

export interface Config {
  port: number;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dir: string };
  line: LineMode;
  directory: 'sumida' | 'arakawa';
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  webhookMaxBytes: number;
  orderWindowMs: number;
  /** Conversation text that never became a referral is deleted this many days after it was last touched. */
  retentionDays: number;
  /** How long a crashed process keeps a resident's lane before another process takes it over. */
  leaseMs: number;
  /** Staff LINE group per window id, told about new referrals. */
  staffLineGroups: Record<string, string>;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the environment once; nothing else reads process.env. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const blanksRemoved = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = EnvSchema.safeParse(blanksRemoved);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  }
  const e = parsed.data;
  if (Boolean(e.LINE_CHANNEL_SECRET) !== Boolean(e.LINE_CHANNEL_ACCESS_TOKEN)) {
    throw new ConfigError(
      'Set both LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN to connect a LINE channel, or neither to run the local simulator.',
    );
  }
  const line: LineMode =
    e.LINE_CHANNEL_SECRET && e.LINE_CHANNEL_ACCESS_TOKEN
      ? {
          mode: 'live',
          channelSecret: e.LINE_CHANNEL_SECRET,
          channelAccessToken: e.LINE_CHANNEL_ACCESS_TOKEN,
          apiBaseUrl: e.LINE_API_BASE_URL,
        }
      : {
          mode: 'local',
          channelSecret: LOCAL_CHANNEL_SECRET,
          channelAccessToken: 'local-simulator',
          apiBaseUrl: `http://127.0.0.1:${e.PORT}`,
        };
  return {
    port: e.PORT,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dir: e.PGLITE_DIR },
    line,
    directory: e.DIRECTORY,
    logLevel: e.LOG_LEVEL,
    webhookMaxBytes: e.WEBHOOK_MAX_BYTES,
    orderWindowMs: e.INBOX_ORDER_WINDOW_MS,
    retentionDays: e.RETENTION_DAYS,
    leaseMs: e.INBOX_LEASE_MS,
    staffLineGroups: parseStaffLineGroups(e.STAFF_LINE_GROUPS),
  };
}
