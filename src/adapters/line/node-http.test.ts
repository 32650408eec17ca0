import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LineTimeoutError } from './client.ts';
import { nodeHttp } from './node-http.ts';

// The Node server's way to LINE, against a real HTTP server (msw sees node:http and fetch, not undici;
// the process tests in test/faults.processes.test.ts drive it end to end against the fake LINE).
describe('nodeHttp', () => {
  let server: Server;
  let base: string;
  const seen: { method: string; url: string; auth: string; body: string }[] = [];
  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      let body = '';
      req.on('data', (c: Buffer) => {
        body += c.toString('utf8');
      });
      req.on('end', () => {
        seen.push({
          method: req.method ?? '',
          url: req.url ?? '',
          auth: req.headers.authorization ?? '',
          body,
        });
        if (req.url?.startsWith('/slow')) return; // never answers
        if (req.url?.startsWith('/busy')) {
          res.writeHead(429, { 'content-type': 'application/json' });
          res.end('{"message":"Too many requests"}');
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"sentMessages":[{"id":"1"}]}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends the method, path, headers and body, and returns the status and text', async () => {
    const body = JSON.stringify({ replyToken: 't', messages: [{ type: 'text', text: 'こんにちは 👋' }] });
    const answer = await nodeHttp({
      method: 'POST',
      url: `${base}/v2/bot/message/reply?x=1`,
      headers: { authorization: 'Bearer token', 'content-type': 'application/json' },
      body,
      timeoutMs: 2_000,
    });
    expect(answer).toEqual({ status: 200, text: '{"sentMessages":[{"id":"1"}]}' });
    expect(seen.at(-1)).toEqual({
      method: 'POST',
      url: '/v2/bot/message/reply?x=1',
      auth: 'Bearer token',
      body,
    });
  });

  it('returns LINE’s refusals as they are, for the client to read', async () => {
    const answer = await nodeHttp({ method: 'GET', url: `${base}/busy`, headers: {}, timeoutMs: 2_000 });
    expect(answer.status).toBe(429);
    expect(JSON.parse(answer.text)).toEqual({ message: 'Too many requests' });
  });

  it('gives up on a silent LINE with a LineTimeoutError', async () => {
    await expect(
      nodeHttp({ method: 'POST', url: `${base}/slow`, headers: {}, body: '{}', timeoutMs: 150 }),
    ).rejects.toBeInstanceOf(LineTimeoutError);
  });

  it('fails a call nobody can take (connection refused) with a network error, which is retried', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const call = nodeHttp({
      method: 'GET',
      url: `http://127.0.0.1:${port}/x`,
      headers: {},
      timeoutMs: 1_000,
    });
    await expect(call).rejects.toBeInstanceOf(Error);
    await expect(call).rejects.not.toBeInstanceOf(LineTimeoutError);
  });
});
