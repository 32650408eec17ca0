import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { verifySignatureNode as verifySignature } from '../src/adapters/line/node-signature.ts';

// The ceiling: the cheapest correct webhook (check the signature, answer 200) on the same HTTP stack.
// Usage: node bench/ceiling.ts <secret>   (prints {"ceiling":"http://127.0.0.1:PORT/"})
const secret = process.argv[2] ?? '';
const app = new Hono();
app.post('/webhook', async (c) => {
  const raw = new Uint8Array(await c.req.arrayBuffer());
  if (!(await verifySignature(secret, raw, c.req.header('x-line-signature')))) return c.json({}, 401);
  return c.json({});
});
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  console.log(JSON.stringify({ ceiling: `http://127.0.0.1:${info.port}/` }));
});
