import { argon2id, argon2Verify } from 'hash-wasm';
import type { PasswordHasher } from '../../app/staff/auth.ts';

/** OWASP's argon2id baseline (19 MiB, 2 passes); the encoded hash carries its own parameters. */
export const ARGON2_PARAMS = { memorySize: 19_456, iterations: 2, parallelism: 1, hashLength: 32 } as const;

export function argon2Hasher(randomBytes: (n: number) => Uint8Array): PasswordHasher {
  return {
    hash: (password) =>
      argon2id({ password, salt: randomBytes(16), ...ARGON2_PARAMS, outputType: 'encoded' }),
    async verify(password, hash) {
      try {
        return await argon2Verify({ password, hash });
      } catch {
        return false;
      }
    },
  };
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
