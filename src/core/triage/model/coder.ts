/**
 * An entropy coder (rANS, static tables) that writes printable text, for the model's weights in the
 * Worker bundle. A stream's symbols are drawn from numbered tables; the writer counts how often each
 * table gives each symbol, writes those frequencies first, then codes every symbol in about
 * −log₂(its frequency) bits. Static tables rather than adaptive ones, because the reader runs at
 * Worker startup: a table lookup per symbol is several times faster than the bit-by-bit decisions
 * of an adaptive binary coder, which coded the model's weights no smaller (about 40 ms to read them
 * in Node, where the binary coder took 125).
 *
 * The text is base 64 over the base64 characters, which need no escaping in a JSON or JS string.
 * Coded text looks random to gzip, which can then only Huffman-code its characters: over 64 of them
 * that costs just the 6 bits each carries, where over ~90 (log₂ 90 ≈ 6.5 bits) it costs ~1.3% more,
 * Huffman codes being whole bits long.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT_BITS = 6;
const DIGIT = (1 << DIGIT_BITS) - 1;
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/** Frequencies add up to 2¹²; the state stays in [2²³, 2²⁹), small integers in V8, five digits. */
const SCALE_BITS = 12;
const SCALE = 1 << SCALE_BITS;
const LOW = 1 << 23;
const STATE_DIGITS = 5;
/** The largest alphabet a table may have (its symbols are bytes in the reader's lookup). */
const MAX_ALPHABET = 256;
/** The slots of a table the writer never used: all symbol 0, whose frequency of 0 gives it away. */
const NO_SLOTS = new Uint8Array(SCALE);
/**
 * Numbers past a table's last symbol (which says "bigger") follow it as a count of 6-bit chunks and
 * the chunks, with even odds: rare, so plain.
 */
const MAX_CHUNKS = 5;

/**
 * The stream ends with a checksum of every symbol in it (30 bits, as chunks). The reader's state
 * coming back to where the writer's began catches most damage, but not all: a symbol of a table
 * whose frequencies are powers of two, or a chunk, is its bits copied, and takes a change unnoticed.
 */
const CHECK_CHUNKS = 5;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const mix = (check: number, symbol: number): number => Math.imul(check ^ symbol, FNV_PRIME);

export const DAMAGED = 'the triage model is damaged';

/** Collects symbols, then `text()` codes them. `alphabets[t]` is how many symbols table t has. */
export class AnsWriter {
  private readonly alphabets: readonly number[];
  private readonly counts: Float64Array[];
  /** Each symbol as table × MAX_ALPHABET + symbol; a table of −1 is a 6-bit chunk with even odds. */
  private readonly written: number[] = [];

  constructor(alphabets: readonly number[]) {
    if (alphabets.some((a) => !Number.isInteger(a) || a < 1 || a > MAX_ALPHABET))
      throw new Error(`alphabets run from 1 to ${MAX_ALPHABET} symbols`);
    this.alphabets = alphabets;
    this.counts = alphabets.map((a) => new Float64Array(a));
  }

  symbol(table: number, symbol: number): void {
    const counts = this.counts[table];
    if (!counts || !Number.isInteger(symbol) || symbol < 0 || symbol >= counts.length)
      throw new Error(`no symbol ${symbol} in table ${table}`);
    counts[symbol] = (counts[symbol] as number) + 1;
    this.written.push(table * MAX_ALPHABET + symbol);
  }

  /** A whole number ≥ 0: itself if it is below the table's last symbol, else that symbol and the rest. */
  number(table: number, n: number): void {
    const bigger = (this.alphabets[table] as number) - 1;
    if (!Number.isInteger(n) || n < 0 || n - bigger >= 2 ** (DIGIT_BITS * MAX_CHUNKS))
      throw new Error(`cannot code ${n}`);
    if (n < bigger) return this.symbol(table, n);
    this.symbol(table, bigger);
    const rest = n - bigger;
    let chunks = 1;
    while (rest >= 2 ** (DIGIT_BITS * chunks)) chunks++;
    this.written.push(-MAX_ALPHABET + chunks);
    for (let c = chunks - 1; c >= 0; c--)
      this.written.push(-MAX_ALPHABET + (Math.floor(rest / 2 ** (DIGIT_BITS * c)) & DIGIT));
  }

  text(): string {
    const tables = this.counts.map(normalise);
    let check = FNV_OFFSET;
    for (const w of this.written) check = mix(check, w - Math.floor(w / MAX_ALPHABET) * MAX_ALPHABET);
    const checksum = Array.from(
      { length: CHECK_CHUNKS },
      (_, c) => -MAX_ALPHABET + ((check >>> (DIGIT_BITS * (CHECK_CHUNKS - 1 - c))) & DIGIT),
    );
    return tables.map(writeTable).join('') + stream([...this.written, ...checksum], tables);
  }
}

/** rANS codes last symbol first, so that the reader reads first symbol first. */
function stream(written: readonly number[], tables: Uint16Array[]): string {
  const starts = tables.map(cumulative);
  const digits: number[] = [];
  let state = LOW;
  for (let i = written.length - 1; i >= 0; i--) {
    const w = written[i] as number;
    const table = Math.floor(w / MAX_ALPHABET);
    const symbol = w - table * MAX_ALPHABET;
    const frequency = table < 0 ? SCALE >> DIGIT_BITS : ((tables[table] as Uint16Array)[symbol] as number);
    const start =
      table < 0 ? symbol << (SCALE_BITS - DIGIT_BITS) : ((starts[table] as Uint16Array)[symbol] as number);
    const limit = (LOW >> SCALE_BITS) * frequency * (1 << DIGIT_BITS);
    while (state >= limit) {
      digits.push(state & DIGIT);
      state >>= DIGIT_BITS;
    }
    state = Math.floor(state / frequency) * SCALE + (state % frequency) + start;
  }
  for (let i = 0; i < STATE_DIGITS; i++) {
    digits.push(state & DIGIT);
    state >>= DIGIT_BITS;
  }
  return digits
    .reverse()
    .map((d) => ALPHABET[d])
    .join('');
}

/** Reads back an `AnsWriter`'s text, asked for the same tables in the same order. */
export class AnsReader {
  private readonly text: string;
  private at = 0;
  private state = 0;
  private check = FNV_OFFSET;
  private readonly alphabets: readonly number[];
  private readonly frequencies: Uint16Array[];
  private readonly starts: Uint16Array[];
  /** Per table, the symbol at each of the 2¹² slots (one lookup; more per slot fell out of cache). */
  private readonly symbols: Uint8Array[];

  constructor(text: string, alphabets: readonly number[]) {
    this.text = text;
    this.alphabets = alphabets;
    this.frequencies = alphabets.map((a) => this.readTable(a));
    this.starts = this.frequencies.map(cumulative);
    this.symbols = this.frequencies.map(slotsOf);
    for (let i = 0; i < STATE_DIGITS; i++) this.state = (this.state << DIGIT_BITS) | this.digit();
    if (this.state < LOW || this.state >= LOW << DIGIT_BITS) throw new Error(DAMAGED);
  }

  symbol(table: number): number {
    const slot = this.state & (SCALE - 1);
    const symbol = (this.symbols[table] as Uint8Array)[slot] as number;
    const frequency = (this.frequencies[table] as Uint16Array)[symbol] as number;
    // Only damage asks a table the writer never used for a symbol.
    if (frequency === 0) throw new Error(DAMAGED);
    this.state =
      frequency * (this.state >> SCALE_BITS) + slot - ((this.starts[table] as Uint16Array)[symbol] as number);
    while (this.state < LOW) this.state = (this.state << DIGIT_BITS) | this.digit();
    this.check = mix(this.check, symbol);
    return symbol;
  }

  number(table: number): number {
    const bigger = (this.alphabets[table] as number) - 1;
    const n = this.symbol(table);
    if (n < bigger) return n;
    const chunks = this.chunk();
    if (chunks < 1 || chunks > MAX_CHUNKS) throw new Error(DAMAGED);
    let rest = 0;
    for (let c = 0; c < chunks; c++) rest = rest * (1 << DIGIT_BITS) + this.chunk();
    return bigger + rest;
  }

  /** Throws unless the checksum holds, the text was read to its end, and the state is back where the writer began. */
  end(): void {
    const expected = this.check & (2 ** (DIGIT_BITS * CHECK_CHUNKS) - 1);
    let checksum = 0;
    for (let c = 0; c < CHECK_CHUNKS; c++) checksum = checksum * (1 << DIGIT_BITS) + this.chunk();
    if (checksum !== expected || this.at !== this.text.length || this.state !== LOW) throw new Error(DAMAGED);
  }

  private chunk(): number {
    const symbol = (this.state & (SCALE - 1)) >> (SCALE_BITS - DIGIT_BITS);
    this.state =
      (SCALE >> DIGIT_BITS) * (this.state >> SCALE_BITS) + (this.state & ((SCALE >> DIGIT_BITS) - 1));
    while (this.state < LOW) this.state = (this.state << DIGIT_BITS) | this.digit();
    this.check = mix(this.check, symbol);
    return symbol;
  }

  private readTable(alphabet: number): Uint16Array {
    const frequencies = new Uint16Array(alphabet);
    const used = this.header();
    if (used > alphabet) throw new Error(DAMAGED);
    let total = 0;
    for (let s = 0; s < used; s++) total += frequencies[s] = this.header();
    if (total !== 0 && total !== SCALE) throw new Error(DAMAGED);
    return frequencies;
  }

  /** A header number: base-32 digits, least significant first, a digit ≥ 32 saying more follow. */
  private header(): number {
    let n = 0;
    for (let scale = 1; scale < SCALE * 32; scale *= 32) {
      const d = this.digit();
      n += (d & 31) * scale;
      if (d < 32) return n;
    }
    throw new Error(DAMAGED);
  }

  private digit(): number {
    const v = VALUE[this.text.charCodeAt(this.at++)] ?? -1;
    if (v < 0) throw new Error(DAMAGED);
    return v;
  }
}

/** Counts → frequencies adding up to 2¹², every symbol seen keeping at least 1. */
function normalise(counts: Float64Array): Uint16Array {
  const frequencies = new Uint16Array(counts.length);
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return frequencies;
  let sum = 0;
  let largest = 0;
  counts.forEach((count, s) => {
    if (count === 0) return;
    frequencies[s] = Math.max(1, Math.round((count * SCALE) / total));
    sum += frequencies[s] as number;
    if (count > (counts[largest] as number)) largest = s;
  });
  frequencies[largest] = (frequencies[largest] as number) + SCALE - sum;
  if ((frequencies[largest] as number) < 1) throw new Error('too many rare symbols for one table');
  return frequencies;
}

function writeTable(frequencies: Uint16Array): string {
  let used = frequencies.length;
  while (used > 0 && frequencies[used - 1] === 0) used--;
  return [used, ...frequencies.subarray(0, used)].map(headerNumber).join('');
}

function headerNumber(n: number): string {
  let out = '';
  for (; n >= 32; n = Math.floor(n / 32)) out += ALPHABET[32 + (n % 32)];
  return out + ALPHABET[n];
}

function cumulative(frequencies: Uint16Array): Uint16Array {
  const starts = new Uint16Array(frequencies.length);
  for (let s = 1; s < frequencies.length; s++)
    starts[s] = (starts[s - 1] as number) + (frequencies[s - 1] as number);
  return starts;
}

/** A table's 2¹² slots, each holding its symbol (every slot of an unused table holds 0). */
function slotsOf(frequencies: Uint16Array): Uint8Array {
  if (!frequencies.some((f) => f > 0)) return NO_SLOTS;
  const symbols = new Uint8Array(SCALE);
  let slot = 0;
  frequencies.forEach((f, s) => {
    symbols.fill(s, slot, slot + f);
    slot += f;
  });
  return symbols;
}
