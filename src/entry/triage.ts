import { createInterface } from 'node:readline';
import { z } from 'zod';
import { triage } from '../core/triage/index.ts';

/**
 * `npm run --silent triage -- --jsonl`: one JSON line `{"id","text"}` in, one line
 * `{"id","categories","crisis"}` out, categories best first (`other` when nothing fits).
 */
const Line = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });

if (!process.argv.includes('--jsonl')) {
  process.stderr.write('usage: npm run --silent triage -- --jsonl < concerns.jsonl\n');
  process.exit(2);
}

let failed = false;
for await (const raw of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
  if (raw.trim() === '') continue;
  let parsed: z.infer<typeof Line>;
  try {
    parsed = Line.parse(JSON.parse(raw));
  } catch {
    // The input line is not echoed: it may hold a resident's words.
    process.stderr.write('skipped a line that is not {"id","text"} JSON\n');
    failed = true;
    continue;
  }
  const result = triage(parsed.text);
  const categories = result.categories.length > 0 ? result.categories.map((c) => c.code) : ['other'];
  process.stdout.write(`${JSON.stringify({ id: parsed.id, categories, crisis: result.crisis })}\n`);
}
if (failed) process.exitCode = 1;
