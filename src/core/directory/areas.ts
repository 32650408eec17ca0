import type { Directory } from './schema.ts';

// How residents name a place loosely: "京島", "京島の近く", "Kyojima area".
const AROUND = /(の?(近く|ちかく|周辺|しゅうへん|あたり|辺り|付近)|area|near|の方|のほう)$/u;

function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s。、．，.,!！?？「」]/gu, '');
}

/** The area a resident typed instead of tapping, e.g. "京島の近く" → kyojima; null when none fits. */
export function areaNamed(directory: Directory, typed: string): string | null {
  const words = fold(typed).replace(AROUND, '');
  if (!words) return null;
  const found = directory.areas.find((area) => Object.values(area.name).some((name) => fold(name) === words));
  return found?.id ?? null;
}
