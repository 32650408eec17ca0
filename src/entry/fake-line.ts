import http from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { FakeLine, PUSH, REPLY } from '../adapters/line/fake-line.ts';
import { header, sendJson } from '../http/node-front.ts';

// A stand-in LINE Messaging API in its own process, for the benchmark and the workerd test.
// Usage: node src/entry/fake-line.ts [port]   (0 picks a free port; the port is printed as JSON)
const port = Number(process.argv[2] ?? process.env.FAKE_LINE_PORT ?? 0);
const rate = Number(process.env.FAKE_LINE_RATE ?? 2000);
const fake = new FakeLine({ control: true, rateLimitPerSecond: rate });
const viaHono = getRequestListener(fake.app.fetch);

// Replies and pushes (one or more per resident's turn) are read straight off Node's request, with the
// same rules as the Hono routes: under load the fake shares the benchmark's two cores with the server,
// and the web Request/Response objects cost it about as much CPU as the rules themselves.
const server = http.createServer((request, response) => {
  const path = request.url;
  if (request.method !== 'POST' || (path !== REPLY && path !== PUSH)) return void viaHono(request, response);
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return sendJson(response, { status: 400, json: { message: 'The request body has 1 error(s)' } });
    }
    sendJson(
      response,
      fake.message(path, header(request, 'authorization'), header(request, 'x-line-retry-key'), body),
    );
  });
});
server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  console.log(JSON.stringify({ fakeLine: `http://127.0.0.1:${bound}`, port: bound }));
});
