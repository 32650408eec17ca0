// opentype.js ships no types; the rich menu test only asks a font whether it has a character.
declare module 'opentype.js' {
  interface Font {
    charToGlyphIndex(char: string): number;
  }
  function parse(buffer: ArrayBuffer, options?: { lowMemory?: boolean }): Font;
  const opentype: { parse: typeof parse };
  export default opentype;
}
