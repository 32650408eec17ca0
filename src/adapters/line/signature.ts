const encoder = new TextEncoder();

async function hmacKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
}

function decodeBase64(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  const binary = atob(text);
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

/** LINE's `x-line-signature`: base64 HMAC-SHA256 of the raw body. WebCrypto, so it runs on Workers too. */
export async function signBody(secret: string, body: Uint8Array | string): Promise<string> {
  const bytes = typeof body === 'string' ? encoder.encode(body) : body;
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await hmacKey(secret), bytes as BufferSource));
  return btoa(String.fromCharCode(...mac));
}

/** Checks a signature over the raw bytes; the comparison inside `verify` is constant-time. */
export async function verifySignature(
  secret: string,
  body: Uint8Array,
  signature: string | undefined,
): Promise<boolean> {
  if (!signature) return false;
  const expected = decodeBase64(signature.trim());
  if (expected?.length !== 32) return false;
  return crypto.subtle.verify('HMAC', await hmacKey(secret), expected as BufferSource, body as BufferSource);
}
