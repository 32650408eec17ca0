// SQL files imported by the Worker arrive as text (wrangler.toml `rules`; vitest.config.ts for tests).
declare module '*.sql' {
  const text: string;
  export default text;
}
