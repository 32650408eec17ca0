import type { CrisisSignal } from '../categories.ts';
import type { Hotline, Hotlines } from './schema.ts';

/** The lines a crisis card shows, most fitting first: 189 for child abuse, いのちの電話 for suicide… */
export function hotlinesFor(file: Hotlines, signal: CrisisSignal | null): Hotline[] {
  const byId = new Map(file.hotlines.map((h) => [h.id, h]));
  return file.order[signal ?? 'any'].flatMap((id) => byId.get(id) ?? []);
}
