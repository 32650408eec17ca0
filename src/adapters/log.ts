import type { Logger } from '../app/ports.ts';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 } as const;
export type LogLevel = keyof typeof LEVELS;

type Fields = Record<string, string | number | boolean | null>;

/**
 * JSON lines. Callers pass only our own ids, counts and codes: never message text, names,
 * phone numbers or LINE user ids (the ports' types keep free text out by design).
 */
export function createLogger(level: LogLevel, write: (line: string) => void = (l) => console.log(l)): Logger {
  const at =
    (lvl: Exclude<LogLevel, 'silent'>) =>
    (event: string, fields: Fields = {}) => {
      if (LEVELS[lvl] < LEVELS[level]) return;
      write(JSON.stringify({ t: new Date().toISOString(), level: lvl, event, ...fields }));
    };
  return { info: at('info'), warn: at('warn'), error: at('error') };
}
