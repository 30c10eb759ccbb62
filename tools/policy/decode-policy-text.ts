/** Policy files are a few kilobytes; anything this big is not one, and is not read further. */
export const MAX_POLICY_FILE_BYTES = 5 * 1024 * 1024;

/** How the bytes were written: tools differ in what they accept (regedit, PowerShell 5.1, JSON readers). */
export type TextEncoding =
  | "UTF-8"
  | "UTF-8 with BOM"
  | "UTF-16LE with BOM"
  | "UTF-16BE with BOM"
  | "UTF-16LE";

export type DecodedText = { ok: true; text: string; encoding: TextEncoding } | { ok: false; reason: string };

/**
 * Bytes to text the way the tools that read policy files do: UTF-8 (with or without BOM), or
 * UTF-16 with a BOM (regedit's own export format), or UTF-16LE without one. Never throws.
 */
export function decodePolicyText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { ok: false, reason: "the file is empty" };
  if (bytes.length > MAX_POLICY_FILE_BYTES) {
    return {
      ok: false,
      reason: `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; a policy file is a few kilobytes, so it is not read`,
    };
  }
  let text: string;
  let encoding: TextEncoding;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      text = new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2));
      encoding = "UTF-16LE with BOM";
    } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      text = new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2));
      encoding = "UTF-16BE with BOM";
    } else if (looksLikeUtf16le(bytes)) {
      text = new TextDecoder("utf-16le", { fatal: true }).decode(bytes);
      encoding = "UTF-16LE";
    } else {
      if (bytes.includes(0)) return { ok: false, reason: "the file holds binary data, not a policy" };
      const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      text = new TextDecoder("utf-8", { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
      encoding = bom ? "UTF-8 with BOM" : "UTF-8";
    }
  } catch {
    return { ok: false, reason: "the file is not UTF-8 or UTF-16 text (policy files are; save it as UTF-8)" };
  }
  if (isBinary(text)) return { ok: false, reason: "the file holds binary data, not a policy" };
  return { ok: true, text, encoding };
}

function looksLikeUtf16le(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return false;
  let zeros = 0;
  const sample = Math.min(bytes.length, 512);
  for (let index = 1; index < sample; index += 2) if (bytes[index] === 0) zeros += 1;
  return zeros > sample / 4;
}

function isBinary(text: string): boolean {
  let control = 0;
  const sample = Math.min(text.length, 4096);
  for (let index = 0; index < sample; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0) return true;
    if (code < 32 && code !== 9 && code !== 10 && code !== 13) control += 1;
  }
  return control > sample / 20;
}
