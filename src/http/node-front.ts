import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import type { Services } from '../adapters/services.ts';
import { webhookDeps } from './app.ts';
import { errorAnswer, type PlainAnswer } from './errors.ts';
import { receiveWebhook, tooLargeAnswer } from './webhook.ts';

/** Writes a JSON answer on Node's response (this front, and the benchmark's stand-in LINE API). */
export function sendJson(
  response: ServerResponse,
  answer: { status: number; json: unknown; headers?: Record<string, string> },
): void {
  const body = JSON.stringify(answer.json);
  response.writeHead(answer.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    ...answer.headers,
  });
  response.end(body);
}

/** A request header's first value. */
export const header = (request: IncomingMessage, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** An oversized body is not read: the answer closes the connection. */
const refuse = (response: ServerResponse, answer: PlainAnswer) =>
  sendJson(response, { ...answer, headers: { connection: 'close' } });

/**
 * The Node server's request listener. LINE's webhook calls — nearly all the traffic under load — are
 * read straight off Node's request and answered by the same `receiveWebhook` the Hono route uses
 * (Workers and tests go through Hono): the web Request and Response that Hono's Node adapter builds
 * cost the server ~6% of its CPU at 2,000 events/s. Everything else goes to the Hono app.
 */
export function nodeListener(app: Hono, services: Services, onRecorded: () => void) {
  const deps = webhookDeps(services);
  const viaHono = getRequestListener(app.fetch);
  const tooLarge = tooLargeAnswer(deps.maxBytes);
  return (request: IncomingMessage, response: ServerResponse): void => {
    const path = request.url?.split('?', 1)[0];
    if (request.method !== 'POST' || path !== '/webhook') return void viaHono(request, response);
    // A declared length is checked before anything is read; a chunked body is counted as it streams.
    // Either way a body over the limit is not read: the answer closes the connection.
    const declared = header(request, 'content-length');
    if (declared !== undefined && !header(request, 'transfer-encoding') && Number(declared) > deps.maxBytes)
      return refuse(response, tooLarge);
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    request.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > deps.maxBytes) {
        refused = true;
        refuse(response, tooLarge);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (refused) return;
      receiveWebhook(deps, Buffer.concat(chunks, size), header(request, 'x-line-signature')).then(
        ({ answer, recorded }) => {
          sendJson(response, answer);
          if (recorded) onRecorded();
        },
        (error: unknown) => {
          deps.log.error('http_error', {
            path: '/webhook',
            error: error instanceof Error ? error.name : 'unknown',
          });
          sendJson(response, errorAnswer('internal', 'something went wrong on our side'));
        },
      );
    });
    request.on('error', () => {
      if (!response.headersSent) response.destroy();
    });
  };
}
