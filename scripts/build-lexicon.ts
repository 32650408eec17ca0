// Compiles the triage lexicons (src/core/triage/lexicon/*.ts) into src/core/triage/lexicon/packed.ts,
// which the engine reads at startup. Run it after changing a lexicon file: a test fails until you do.
import { renameSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { packLexicons } from '../src/core/triage/compiled.ts';
import { compiledFromSources, packedModule } from '../src/core/triage/lexicon/build.ts';

const OUT = new URL('../src/core/triage/lexicon/packed.ts', import.meta.url);
const started = performance.now();
const text = packedModule(packLexicons(compiledFromSources()));
// Written whole, then renamed over the old file: a test run or a second build never reads half of it.
const partial = new URL(`packed.ts.${process.pid}.tmp`, OUT);
writeFileSync(partial, text);
renameSync(partial, OUT);
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
console.log(
  `src/core/triage/lexicon/packed.ts: ${kib(Buffer.byteLength(text))}, ${kib(gzipSync(text).length)} gzipped, ` +
    `${text.split('\n').length} lines, in ${Math.round(performance.now() - started)} ms`,
);
