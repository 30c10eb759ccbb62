/**
 * Text for a terminal: every control character (C0 including tab and line breaks, DEL, C1 with its
 * one-byte CSI), every character a reader cannot see (bidi controls, zero-width and tag characters,
 * line separators) and lone surrogates written as `\uXXXX`, and `\` as `\\`, so nothing printed can
 * move the cursor, set the window title or reorder a line, and every escape reads one way back. The
 * same escapes `--json` gets from JSON.stringify.
 */
const NOT_FOR_A_TERMINAL =
  /[\\\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}]|\p{Surrogate}/gu;

export function terminalText(text: string): string {
  return text.replace(NOT_FOR_A_TERMINAL, (character) =>
    character === "\\"
      ? "\\\\"
      : Array.from(
          { length: character.length },
          (_, unit) => `\\u${character.charCodeAt(unit).toString(16).padStart(4, "0")}`,
        ).join(""),
  );
}
