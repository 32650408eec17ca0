import arakawa from '../../../directories/arakawa.json' with { type: 'json' };
import hotlines from '../../../directories/hotlines.json' with { type: 'json' };
import sumida from '../../../directories/sumida.json' with { type: 'json' };
import {
  type Directory,
  DirectorySchema,
  type Hotlines,
  HotlinesSchema,
} from '../../core/directory/schema.ts';

const DIRECTORIES = { sumida, arakawa } as const;
export type DirectoryId = keyof typeof DIRECTORIES;

function parse<T>(
  what: string,
  schema: {
    safeParse(
      v: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  raw: unknown,
): T {
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw new Error(
      `${what}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return result.data;
}

/** A municipality's windows and places, validated. */
export function loadDirectory(id: DirectoryId): Directory {
  return parse(`directories/${id}.json`, DirectorySchema, DIRECTORIES[id]);
}

/** The national and Tokyo-wide lines, with which to show first for each crisis signal. */
export function loadHotlines(): Hotlines {
  return parse('directories/hotlines.json', HotlinesSchema, hotlines);
}
