import { serve } from '@hono/node-server';
import { FakeLine } from '../adapters/line/fake-line.ts';

// A stand-in LINE Messaging API in its own process, for the benchmark and the workerd test.
// Usage: node src/entry/fake-line.ts [port]   (0 picks a free port; the port is printed as JSON)
const port = Number(process.argv[2] ?? process.env.FAKE_LINE_PORT ?? 0);
const rate = Number(process.env.FAKE_LINE_RATE ?? 2000);
const fake = new FakeLine({ control: true, rateLimitPerSecond: rate });
serve({ fetch: fake.app.fetch, port, hostname: '127.0.0.1' }, (info) => {
  console.log(JSON.stringify({ fakeLine: `http://127.0.0.1:${info.port}`, port: info.port }));
});
