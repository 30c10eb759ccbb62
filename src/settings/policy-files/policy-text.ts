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
