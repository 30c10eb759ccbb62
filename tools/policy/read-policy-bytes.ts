import { closeSync, openSync, readSync, statSync } from "node:fs";
import { MAX_POLICY_FILE_BYTES } from "./decode-policy-text";

/**
 * A policy file's bytes, read up to MAX_POLICY_FILE_BYTES; or, when it cannot be read, what is wrong
 * with it as the end of a sentence ("does not exist"). For `policy:check` and `explain --policy`.
 */
export function readPolicyBytes(path: string): Uint8Array | string {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return "is a folder, not a file";
    if (!stats.isFile()) return "is not a regular file";
    if (stats.size > MAX_POLICY_FILE_BYTES) {
      return `is ${(stats.size / 1024 / 1024).toFixed(1)} MB; a policy file is a few kilobytes, so it is not read`;
    }
    const size = stats.size;
    const buffer = Buffer.alloc(size);
    const descriptor = openSync(path, "r");
    try {
      let offset = 0;
      while (offset < size) {
        const read = readSync(descriptor, buffer, offset, size - offset, offset);
        if (read === 0) break;
        offset += read;
      }
      return buffer.subarray(0, offset);
    } finally {
      closeSync(descriptor);
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ENOENT") return "does not exist";
    if (code === "EACCES" || code === "EPERM") return "cannot be read (permission denied)";
    return `cannot be read (${code ?? "unknown error"})`;
  }
}
