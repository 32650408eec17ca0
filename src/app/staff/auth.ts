import type { Account, StaffStore } from './ports.ts';

/** How passwords are hashed and checked (argon2id in production). */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, hash: string): Promise<boolean>;
}

export interface AuthServices {
  store: StaffStore;
  hasher: PasswordHasher;
  now(): Date;
  randomBytes(n: number): Uint8Array;
  sha256(text: string): Promise<string>;
}

export const SESSION_HOURS = 8;
/** Failed sign-ins allowed per email (and per client) in the window before sign-in is refused. */
export const LOGIN_LIMIT = { failures: 5, windowMinutes: 15 } as const;

export type LoginResult =
  | { type: 'ok'; token: string; account: Account; expiresAt: Date }
  | { type: 'invalid' }
  | { type: 'limited' };

export function randomToken(s: Pick<AuthServices, 'randomBytes'>, bytes = 32): string {
  const binary = String.fromCharCode(...s.randomBytes(bytes));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Checks a password, counting failures in the database so the limit holds across processes. */
export async function login(
  s: AuthServices,
  email: string,
  password: string,
  client: string | null,
): Promise<LoginResult> {
  const keys = [`email:${email.trim().toLowerCase()}`, ...(client ? [`client:${client}`] : [])];
  const since = new Date(s.now().getTime() - LOGIN_LIMIT.windowMinutes * 60_000);
  for (const key of keys) {
    if ((await s.store.loginFailures(key, since)) >= LOGIN_LIMIT.failures) return { type: 'limited' };
  }
  const account = await s.store.accountByEmail(email.trim());
  // A missing account costs the same hashing time as a wrong password.
  let ok = false;
  if (account) ok = await s.hasher.verify(password, account.passwordHash);
  else await s.hasher.hash(password);
  if (!account || !ok) {
    for (const key of keys) await s.store.recordLoginFailure(key);
    return { type: 'invalid' };
  }
  const token = randomToken(s);
  const expiresAt = new Date(s.now().getTime() + SESSION_HOURS * 3_600_000);
  await s.store.createSession({
    tokenHash: await s.sha256(token),
    accountId: account.id,
    csrfToken: randomToken(s),
    expiresAt,
  });
  const { passwordHash: _, ...plain } = account;
  return { type: 'ok', token, account: plain, expiresAt };
}

export async function sessionFor(
  s: AuthServices,
  token: string,
): Promise<{ account: Account; csrfToken: string } | null> {
  return s.store.session(await s.sha256(token), s.now());
}

export const MIN_PASSWORD_LENGTH = 12;

export type PasswordChange =
  | { type: 'ok' }
  | { type: 'wrong_current' }
  | { type: 'too_short' }
  | { type: 'same' };

/** Replaces a password after checking the current one; clears the one-time flag. */
export async function changePassword(
  s: AuthServices,
  account: Account,
  current: string,
  next: string,
): Promise<PasswordChange> {
  const stored = await s.store.accountByEmail(account.email);
  if (!stored || !(await s.hasher.verify(current, stored.passwordHash))) return { type: 'wrong_current' };
  if (next.length < MIN_PASSWORD_LENGTH) return { type: 'too_short' };
  if (next === current) return { type: 'same' };
  await s.store.setPassword(account.id, await s.hasher.hash(next));
  return { type: 'ok' };
}

export async function logout(s: AuthServices, token: string): Promise<void> {
  await s.store.deleteSession(await s.sha256(token));
}
