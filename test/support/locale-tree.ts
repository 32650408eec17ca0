/** Every leaf of a locale file as `dotted.key → text`. */
export function leaves(tree: Record<string, unknown>, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [name, value] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of leaves(value as Record<string, unknown>, key)) found.set(k, v);
    } else {
      found.set(key, String(value));
    }
  }
  return found;
}

/** The `{{placeholders}}` of a text, sorted. */
export const placeholders = (value: string): string[] =>
  [...value.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] as string).sort();
