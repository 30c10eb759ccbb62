/** A generated policy file: where it goes in policies/, its text, and how it is encoded on disk. */
export interface PolicyFile {
  readonly path: string;
  readonly text: string;
  /** regedit wants UTF-16LE with a byte-order mark for text beyond ASCII; everything else is UTF-8. */
  readonly encoding: "utf8" | "utf16le-bom";
}

export function encodePolicyFile(file: PolicyFile): Uint8Array {
  if (file.encoding === "utf8") return new TextEncoder().encode(file.text);
  const bytes = new Uint8Array(2 + file.text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let index = 0; index < file.text.length; index += 1) {
    const code = file.text.charCodeAt(index);
    bytes[2 + index * 2] = code & 0xff;
    bytes[3 + index * 2] = code >> 8;
  }
  return bytes;
}

/** JSON with every character beyond ASCII escaped: safe in a file of any encoding (PowerShell 5.1). */
export function asciiJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(
    /[\u007f-\uffff]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

const LINE_WIDTH = 110;

/**
 * JSON laid out as the repository's formatter (Biome) lays it out, so generated files pass `npm run
 * lint` untouched: objects one property per line; a list of plain values on one line when it fits.
 */
export function formatJson(value: unknown): string {
  return `${layout(value, "", 0)}\n`;
}

function layout(value: unknown, indent: string, used: number): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const plain = value.every((item) => item === null || typeof item !== "object");
    const inline = `[${value.map((item) => JSON.stringify(item)).join(", ")}]`;
    if (plain && used + inline.length + 1 <= LINE_WIDTH) return inline;
    const inner = `${indent}  `;
    return `[\n${value.map((item) => `${inner}${layout(item, inner, inner.length)}`).join(",\n")}\n${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const inner = `${indent}  `;
    const lines = entries.map(([key, item]) => {
      const head = `${inner}${JSON.stringify(key)}: `;
      return `${head}${layout(item, inner, head.length)}`;
    });
    return `{\n${lines.join(",\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}
