const PREVIEW_LENGTH = 60;

/**
 * A short, safe description of a value for a problem message: its type and a preview. The preview
 * is JSON-escaped and cut, so a hostile value (control characters, bidi overrides, megabytes of text)
 * cannot forge or flood a log line.
 */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? "" : "s"}`;
  switch (typeof value) {
    case "string":
      return value.length > PREVIEW_LENGTH
        ? `a string of ${value.length} characters starting ${quote(value.slice(0, PREVIEW_LENGTH))}…`
        : `the string ${quote(value)}`;
    case "number":
      return Number.isFinite(value) ? `the number ${value}` : `the number ${String(value)}`;
    case "boolean":
      return `the boolean ${value}`;
    case "object":
      return "an object";
    default:
      return `a ${typeof value}`;
  }
}

// What JSON leaves alone but a reader cannot see: bidi marks and controls, zero-width and tag
// characters, variation selectors, line and paragraph separators, C1 controls, noncharacters.
const INVISIBLE_IN_JSON =
  /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}]/gu;

/** JSON quoting, plus escapes for the characters JSON leaves alone that can reorder or hide text. */
export function quote(text: string): string {
  return JSON.stringify(text).replace(INVISIBLE_IN_JSON, (character) =>
    Array.from({ length: character.length }, (_, unit) => {
      const code = character.charCodeAt(unit).toString(16).padStart(4, "0");
      return `\\u${code}`;
    }).join(""),
  );
}

/** A key as part of a path: `a.b` when plain, `a["odd key"]` otherwise. */
export function joinPath(parent: string, key: string | number): string {
  if (typeof key === "number") return `${parent}[${key}]`;
  if (/^[A-Za-z_$][\w$-]*$/.test(key) && key.length <= 80) return parent ? `${parent}.${key}` : key;
  const shown = key.length > PREVIEW_LENGTH ? `${key.slice(0, PREVIEW_LENGTH)}…` : key;
  return `${parent}[${quote(shown)}]`;
}
