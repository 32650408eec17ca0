/** The q-quantile (0..1) of some numbers, nearest-rank; NaN when there are none. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

export const round = (n: number, digits = 1) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : null);

/** A plain text table, columns padded to their widest cell. */
export function table(rows: Record<string, string | number | null>[]): string {
  const first = rows[0];
  if (!first) return '';
  const columns = Object.keys(first);
  const cell = (v: string | number | null) => (v === null ? '-' : String(v));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c] ?? null).length)));
  const line = (values: string[]) => values.map((v, i) => v.padStart(widths[i] ?? 0)).join('  ');
  return [
    line(columns),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(columns.map((c) => cell(r[c] ?? null)))),
  ].join('\n');
}

export interface Receipt {
  to: string;
  via: 'reply' | 'push';
  at: number;
  key: string | null;
}

export interface Acked {
  user: string;
  sentAt: number;
}

/**
 * Pairs each resident's acknowledged events with what LINE received for them, in order (each step of
 * the walk answers with exactly one reply call): unpaired events are lost, unpaired receipts duplicates.
 */
export function pairUp(events: Acked[], receipts: Receipt[]) {
  const byUser = new Map<string, { events: Acked[]; receipts: Receipt[] }>();
  const slot = (user: string) => {
    const found = byUser.get(user);
    if (found) return found;
    const fresh = { events: [] as Acked[], receipts: [] as Receipt[] };
    byUser.set(user, fresh);
    return fresh;
  };
  for (const e of events) slot(e.user).events.push(e);
  for (const r of receipts) slot(r.to).receipts.push(r);
  const latencies: number[] = [];
  const deliveredAt: number[] = [];
  let lost = 0;
  let duplicated = 0;
  let pushed = 0;
  let lastAt = 0;
  for (const { events: es, receipts: rs } of byUser.values()) {
    es.sort((a, b) => a.sentAt - b.sentAt);
    rs.sort((a, b) => a.at - b.at);
    const n = Math.min(es.length, rs.length);
    for (let i = 0; i < n; i++) {
      const r = rs[i] as Receipt;
      latencies.push(r.at - (es[i] as Acked).sentAt);
      deliveredAt.push(r.at);
      if (r.via === 'push') pushed++;
      lastAt = Math.max(lastAt, r.at);
    }
    lost += Math.max(0, es.length - rs.length);
    duplicated += Math.max(0, rs.length - es.length);
  }
  return { latencies, deliveredAt, lost, duplicated, pushed, lastAt };
}
