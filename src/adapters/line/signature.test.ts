import { describe, expect, it } from 'vitest';
import { verifySignatureNode } from './node-signature.ts';
import { signBody, verifySignature as webCryptoCheck } from './signature.ts';

// LINE's published example (LINE-FACTS.md).
const BODY = '{"destination":"U8e742f61d673b39c7fff3cecb7536ef0","events":[]}';
const SECRET = '8c570fa6dd201bb328f1c1eac23a96d8';
const SIGNATURE = 'GhRKmvmHys4Pi8DxkF4+EayaH0OqtJtaZxgTD9fMDLs=';

const bytes = (text: string) => new TextEncoder().encode(text);

it('signs LINE’s published vector to LINE’s published signature', async () => {
  expect(await signBody(SECRET, BODY)).toBe(SIGNATURE);
  expect(await signBody(SECRET, bytes(BODY))).toBe(SIGNATURE);
});

describe.each([
  ['WebCrypto (Workers)', webCryptoCheck],
  ['node:crypto (Node)', verifySignatureNode],
])('LINE webhook signature, checked with %s', (_, verifySignature) => {
  it('accepts LINE’s published vector', async () => {
    expect(await verifySignature(SECRET, bytes(BODY), SIGNATURE)).toBe(true);
  });

  it('rejects the body with one byte flipped', async () => {
    const tampered = bytes(BODY);
    tampered[20] = (tampered[20] as number) ^ 0x01;
    expect(await verifySignature(SECRET, tampered, SIGNATURE)).toBe(false);
  });

  it('rejects a signature made with another secret', async () => {
    const other = await signBody('8c570fa6dd201bb328f1c1eac23a96d9', BODY);
    expect(other).not.toBe(SIGNATURE);
    expect(await verifySignature(SECRET, bytes(BODY), other)).toBe(false);
    expect(await verifySignature('8c570fa6dd201bb328f1c1eac23a96d9', bytes(BODY), SIGNATURE)).toBe(false);
  });

  it('rejects a missing or empty header', async () => {
    expect(await verifySignature(SECRET, bytes(BODY), undefined)).toBe(false);
    expect(await verifySignature(SECRET, bytes(BODY), '')).toBe(false);
  });

  it('rejects garbage that is not base64, without throwing', async () => {
    for (const garbage of [
      'not a signature',
      '%%%%',
      'GhRKmvmH!s4Pi8DxkF4+EayaH0OqtJtaZxgTD9fMDLs=',
      '====',
    ]) {
      expect(await verifySignature(SECRET, bytes(BODY), garbage)).toBe(false);
    }
  });

  it('rejects a truncated signature, and the right bytes with extra ones after', async () => {
    expect(await verifySignature(SECRET, bytes(BODY), SIGNATURE.slice(0, 40))).toBe(false);
    expect(await verifySignature(SECRET, bytes(BODY), SIGNATURE.slice(0, -4))).toBe(false);
    const longer = btoa(`${atob(SIGNATURE)}\u0000`);
    expect(await verifySignature(SECRET, bytes(BODY), longer)).toBe(false);
  });

  it('verifies a body with emoji and multibyte text over its raw bytes', async () => {
    const body =
      '{"destination":"Ubot","events":[{"type":"message","message":{"type":"text","text":"家賃が払えない😢👨‍👩‍👧 \\ud83d\\ude00 é"}}]}';
    const raw = bytes(body);
    expect(raw.length).toBeGreaterThan(body.length);
    const signature = await signBody(SECRET, raw);
    expect(await signBody(SECRET, body)).toBe(signature);
    expect(await verifySignature(SECRET, raw, signature)).toBe(true);

    // Re-serialising the parsed body (escapes become characters) no longer matches: only raw bytes count.
    const reserialised = bytes(JSON.stringify(JSON.parse(body)));
    expect(reserialised).not.toEqual(raw);
    expect(await verifySignature(SECRET, reserialised, signature)).toBe(false);
    // Reading the bytes as Latin-1 and re-encoding (a classic body-parser slip) does not match either.
    const latin1 = bytes(String.fromCharCode(...raw));
    expect(await verifySignature(SECRET, latin1, signature)).toBe(false);
  });
});
