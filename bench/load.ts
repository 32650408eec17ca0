import { createHmac } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import { z } from 'zod';

// Virtual residents, in their own process so the load does not share an event loop with the server.
// Usage: node bench/load.ts '<json options>'   (prints one JSON line of results; events go to `out`)

const OptionsSchema = z.object({
  target: z.url(),
  fake: z.url(),
  secret: z.string(),
  /** walk: residents walk the intake at `rate` events/s; flood: `concurrency` senders as fast as they can. */
  mode: z.enum(['walk', 'flood']),
  rate: z.number().positive().default(100),
  seconds: z.number().positive(),
  concurrency: z.number().int().positive().default(64),
  /** Between one resident's taps: longer than the reply target, as a person reads before tapping. */
  thinkMs: z.number().int().nonnegative().default(1_000),
  stage: z.string(),
  out: z.string().optional(),
});
type Options = z.infer<typeof OptionsSchema>;

/**
 * What residents write, one each in turn: different words, so the server triages every message (the
 * same text for all would be answered from triage's one-message cache) — each plain enough to be
 * answered at once, as the walk below expects.
 */
const CONCERNS = [
  '家賃が払えなくて、仕事もなくなりました 🙏',
  '母が同じことを何度も聞くようになって、介護と仕事の両立がもう限界です',
  '子どもが学校に行かなくなって三か月になります。どこに相談したらいいですか',
  '借金の返済が苦しくて、生活費が足りません',
  'アパートの更新ができず、来月には出ていかなければなりません',
  '夫からの暴言がひどく、お金も自由に使わせてもらえません',
  '日本語がよくわからなくて、区役所の手続きができません',
  '最近眠れなくて、気分が落ち込む日が続いています',
  '一人暮らしで話す人がいなくて寂しいです',
  '父の物忘れがひどくなり、介護保険の申請をしたいです',
];

/** One resident's walk from friend-add to a referral with contact over LINE. */
const WALK = [
  { type: 'follow' },
  { type: 'text' },
  { type: 'postback', data: 'offer:yes' },
  { type: 'postback', data: 'consent:yes' },
  { type: 'postback', data: 'contact:line' },
] as const;

export interface SentEvent {
  id: string;
  user: string;
  token: string;
  sentAt: number;
  ackMs: number;
  status: number;
  tries: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });

function post(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const request = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    request.setTimeout(10_000, () => request.destroy(new Error('timeout')));
    request.on('error', () => resolve({ status: 0, body: '' }));
    request.end(body);
  });
}

function eventFor(
  step: (typeof WALK)[number],
  id: string,
  user: string,
  token: string,
  at: number,
  resident: number,
) {
  const base = {
    mode: 'active',
    timestamp: at,
    webhookEventId: id,
    deliveryContext: { isRedelivery: false },
    source: { type: 'user', userId: user },
    replyToken: token,
  };
  switch (step.type) {
    case 'follow':
      return { ...base, type: 'follow', follow: { isUnblocked: false } };
    case 'text':
      return {
        ...base,
        type: 'message',
        message: {
          id: id.slice(-12),
          type: 'text',
          text: CONCERNS[resident % CONCERNS.length],
          quoteToken: 'q',
        },
      };
    case 'postback':
      return { ...base, type: 'postback', postback: { data: step.data } };
  }
}

async function tokensFor(o: Options, users: string[]): Promise<string[]> {
  if (users.length === 0) return [];
  const answer = await post(`${o.fake}__fake/reply-tokens`, JSON.stringify({ userIds: users }), {});
  return (JSON.parse(answer.body) as { replyTokens: string[] }).replyTokens;
}

/** Sends one event like LINE: signed; a non-200 is redelivered (same id) a little later, up to three times. */
async function send(o: Options, event: ReturnType<typeof eventFor>, record: SentEvent): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const body = JSON.stringify({ destination: 'Ubench', events: [event] });
    const signature = createHmac('sha256', o.secret).update(body).digest('base64');
    const started = performance.now();
    const { status } = await post(`${o.target}webhook`, body, { 'x-line-signature': signature });
    record.tries = attempt;
    record.status = status;
    if (attempt === 1) record.ackMs = performance.now() - started;
    if (status === 200) return;
    event.deliveryContext = { isRedelivery: true };
    await new Promise((r) => setTimeout(r, 500 * attempt));
  }
}

const pid = process.pid.toString(16);
const userOf = (stage: string, n: number) =>
  `U${`${pid}${stage.replace(/\W/g, '')}`.slice(0, 12).padEnd(12, '0')}${n.toString(16).padStart(20, '0')}`;

async function walk(o: Options): Promise<SentEvent[]> {
  const residents = Math.max(1, Math.round((o.rate * o.seconds) / WALK.length));
  const arrivalGapMs = (1000 * WALK.length) / o.rate;
  const schedule: { at: number; user: string; step: number; resident: number }[] = [];
  for (let r = 0; r < residents; r++) {
    const user = userOf(o.stage, r);
    for (let s = 0; s < WALK.length; s++)
      schedule.push({ at: r * arrivalGapMs + s * o.thinkMs, user, step: s, resident: r });
  }
  schedule.sort((a, b) => a.at - b.at);
  const records: SentEvent[] = [];
  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  const wall = Date.now();
  let next = 0;
  let seq = 0;
  while (next < schedule.length) {
    const elapsed = performance.now() - start;
    const due: typeof schedule = [];
    while (next < schedule.length && (schedule[next]?.at ?? Infinity) <= elapsed)
      due.push(schedule[next++] as never);
    if (due.length > 0) {
      const tokens = await tokensFor(
        o,
        due.map((d) => d.user),
      );
      due.forEach((d, i) => {
        const id = `01B${o.stage}${pid}${String(++seq).padStart(12, '0')}`;
        const token = tokens[i] as string;
        const at = Math.round(wall + d.at); // LINE's timestamps are whole milliseconds
        const record: SentEvent = {
          id,
          user: d.user,
          token,
          sentAt: Date.now(),
          ackMs: 0,
          status: 0,
          tries: 0,
        };
        records.push(record);
        inFlight.push(
          send(o, eventFor(WALK[d.step] as (typeof WALK)[number], id, d.user, token, at, d.resident), record),
        );
      });
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  await Promise.all(inFlight);
  return records;
}

async function flood(o: Options): Promise<SentEvent[]> {
  const records: SentEvent[] = [];
  const until = performance.now() + o.seconds * 1000;
  let seq = 0;
  const worker = async (w: number) => {
    while (performance.now() < until) {
      const user = userOf(`${o.stage}${w}`, ++seq);
      const id = `01F${o.stage}${pid}${String(seq).padStart(12, '0')}`;
      const record: SentEvent = {
        id,
        user,
        token: 'ceiling',
        sentAt: Date.now(),
        ackMs: 0,
        status: 0,
        tries: 0,
      };
      records.push(record);
      await send(o, eventFor(WALK[1], id, user, 'ceiling', Date.now(), seq), record);
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, (_, w) => worker(w)));
  return records;
}

const options = OptionsSchema.parse(JSON.parse(process.argv[2] ?? '{}'));
const began = Date.now();
const cpuAtStart = process.cpuUsage();
const records = options.mode === 'walk' ? await walk(options) : await flood(options);
const ended = Date.now();
if (options.out) writeFileSync(options.out, JSON.stringify(records));
const { user, system } = process.cpuUsage(cpuAtStart);
console.log(JSON.stringify({ began, ended, sent: records.length, cpuMs: (user + system) / 1000 }));
agent.destroy();
