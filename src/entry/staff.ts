import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { readMigrations } from '../adapters/db/migration-files.ts';
import { migrate } from '../adapters/db/migrator.ts';
import { newPgStaffStore } from '../adapters/db/staff-store.ts';
import { loadDirectory } from '../adapters/directory/load.ts';
import { argon2Hasher } from '../adapters/staff/password.ts';
import { MIN_PASSWORD_LENGTH, randomToken } from '../app/staff/auth.ts';
import { ROLES } from '../app/staff/ports.ts';
import { ConfigError, parseConfig } from '../config.ts';
import { openDatabase } from './database.ts';

// npm run staff -- create --email <e> --role staff|coordinator|admin [--org <window id>] [--password-stdin]
const systemIds = {
  uuid: () => crypto.randomUUID(),
  randomBytes: (n: number) => crypto.getRandomValues(new Uint8Array(n)),
};

const USAGE =
  'usage: npm run staff -- create --email <email> --role staff|coordinator|admin [--org <window id>] [--password-stdin]';

const Args = z.object({
  email: z.email(),
  role: z.enum(ROLES),
  org: z.string().optional(),
  'password-stdin': z.boolean().optional(),
});

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: 'string' },
    role: { type: 'string' },
    org: { type: 'string' },
    'password-stdin': { type: 'boolean' },
  },
});
if (positionals[0] !== 'create') fail(USAGE);
const args = Args.safeParse(values);
if (!args.success)
  fail(`${args.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n')}\n${USAGE}`);
const { email, role, org } = args.data;

let config: ReturnType<typeof parseConfig>;
try {
  config = parseConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) fail(`Cannot start: ${error.message}`);
  throw error;
}
const windows = loadDirectory(config.directory).services.map((s) => s.id);
if (role === 'staff' && !org) fail('--org is required for role staff (a window id of the directory)');
if (org && !windows.includes(org)) fail(`--org: unknown window "${org}". Windows: ${windows.join(', ')}`);

const password = args.data['password-stdin'] ? await readStdin() : randomToken(systemIds, 15);
if (password.length < MIN_PASSWORD_LENGTH)
  fail(`the password must be at least ${MIN_PASSWORD_LENGTH} characters`);

const db = await openDatabase(config);
try {
  await migrate(db as Kysely<unknown>, readMigrations());
  const store = newPgStaffStore(db, systemIds);
  const account = await store.createAccount({
    email,
    passwordHash: await argon2Hasher(systemIds.randomBytes).hash(password),
    role,
    orgId: org ?? null,
    mustChangePassword: !args.data['password-stdin'],
  });
  console.log(
    `created ${account.role} ${account.email}${account.orgId ? ` for ${account.orgId}` : ''} (${account.id})`,
  );
  if (!args.data['password-stdin'])
    console.log(`one-time password (shown once; a new one is chosen at first sign-in): ${password}`);
} catch (error) {
  if (error instanceof Error && /staff_accounts_email/.test(error.message))
    fail(`an account for ${email} exists`);
  throw error;
} finally {
  await db.destroy();
}
