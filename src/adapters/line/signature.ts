const encoder = new TextEncoder();

/** Checks LINE's `x-line-signature` over the raw body bytes. */
export type SignatureCheck = (
  secret: string,
  body: Uint8Array,
  signature: string | undefined,
) => Promise<boolean>;

/** Imported once per secret: importing costs more than the HMAC itself. */
const keys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
    keys.set(secret, key);
  }
  return key;
}

/** The 32 bytes a well-formed signature decodes to, or null. */
export function signatureBytes(signature: string | undefined): Uint8Array | null {
  const text = signature?.trim() ?? '';
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  const binary = atob(text);
  return binary.length === 32 ? Uint8Array.from(binary, (ch) => ch.charCodeAt(0)) : null;
}

/** LINE's `x-line-signature`: base64 HMAC-SHA256 of the raw body. WebCrypto, so it runs on Workers too. */
export async function signBody(secret: string, body: Uint8Array | string): Promise<string> {
  const bytes = typeof body === 'string' ? encoder.encode(body) : body;
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(secret), bytes as BufferSource));
  return btoa(String.fromCharCode(...mac));
}

/** WebCrypto's check (Workers); the comparison inside `verify` is constant-time. */
export const verifySignature: SignatureCheck = async (secret, body, signature) => {
  const expected = signatureBytes(signature);
  if (!expected) return false;
  return crypto.subtle.verify('HMAC', await hmacKey(secret), expected as BufferSource, body as BufferSource);
};
