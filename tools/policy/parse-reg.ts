/**
 * Reads a regedit file (.reg, "Windows Registry Editor Version 5.00" or "REGEDIT4") into the keys
 * and values it leaves in the registry when imported, deletions applied in order. Never throws.
 */

export type RegData =
  | { kind: "REG_SZ"; value: string }
  | { kind: "REG_DWORD"; value: number }
  | { kind: "unsupported"; type: string };

export interface RegKey {
  /** As written in the file (the first time), without brackets. */
  readonly path: string;
  /** Lowercase value name → name as written and data. */
  readonly values: Map<string, { name: string; data: RegData }>;
}

export interface RegFile {
  /** Lowercase key path → key. */
  readonly keys: Map<string, RegKey>;
  /** Lines that could not be read, with line numbers. */
  readonly problems: { line: number; message: string }[];
}

const HIVE_ALIASES: Record<string, string> = {
  hklm: "HKEY_LOCAL_MACHINE",
  hkcu: "HKEY_CURRENT_USER",
};

export function normaliseKeyPath(path: string): string {
  const trimmed = path.trim().replace(/\\+$/, "");
  const [hive = "", ...rest] = trimmed.split("\\");
  const full = HIVE_ALIASES[hive.toLowerCase()] ?? hive;
  return [full, ...rest].join("\\");
}

function unquote(text: string): string | null {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return null;
  let out = "";
  for (let index = 1; index < text.length - 1; index += 1) {
    const character = text[index]!;
    if (character === "\\") {
      const next = text[index + 1];
      if (next === "\\" || next === '"') {
        out += next;
        index += 1;
        continue;
      }
    } else if (character === '"') return null;
    out += character;
  }
  return out;
}

function parseData(raw: string): RegData | null {
  const text = raw.trim();
  if (text.startsWith('"')) {
    const value = unquote(text);
    return value === null ? null : { kind: "REG_SZ", value };
  }
  const dword = /^dword:([0-9a-fA-F]{1,8})$/.exec(text);
  if (dword) return { kind: "REG_DWORD", value: Number.parseInt(dword[1]!, 16) | 0 };
  const hex = /^hex(?:\(([0-9a-fA-F]+)\))?:([0-9a-fA-F,\s]*)$/.exec(text);
  if (hex) {
    const type = hex[1]?.toLowerCase() ?? "3";
    if (type === "2" || type === "1") {
      const bytes = hex[2]!
        .split(",")
        .map((byte) => Number.parseInt(byte.trim(), 16))
        .filter(Number.isFinite);
      let value = "";
      for (let index = 0; index + 1 < bytes.length; index += 2) {
        const code = bytes[index]! | (bytes[index + 1]! << 8);
        if (code === 0) break;
        value += String.fromCharCode(code);
      }
      return { kind: "REG_SZ", value };
    }
    const names: Record<string, string> = {
      "0": "REG_NONE",
      "3": "REG_BINARY",
      "4": "REG_DWORD (as hex)",
      "7": "REG_MULTI_SZ",
      b: "REG_QWORD",
    };
    return { kind: "unsupported", type: names[type] ?? `hex(${type})` };
  }
  return null;
}

export function parseReg(text: string): RegFile | { error: string } {
  const lines = text.split(/\r\n|\n|\r/);
  const header = (lines[0] ?? "").replace(/^\ufeff/, "").trim();
  if (header !== "Windows Registry Editor Version 5.00" && header !== "REGEDIT4") {
    return { error: 'not a .reg file: the first line must be "Windows Registry Editor Version 5.00"' };
  }
  const keys = new Map<string, RegKey>();
  const problems: { line: number; message: string }[] = [];
  let current: RegKey | null = null;
  for (let index = 1; index < lines.length; index += 1) {
    let line = lines[index]!.trim();
    const lineNumber = index + 1;
    // Long hex values continue on the next line after a trailing backslash.
    while (line.endsWith("\\") && /^(".*"|@)=hex/.test(line) && index + 1 < lines.length) {
      index += 1;
      line = `${line.slice(0, -1)}${lines[index]!.trim()}`;
    }
    if (line === "" || line.startsWith(";")) continue;
    if (line.startsWith("[")) {
      if (!line.endsWith("]")) {
        problems.push({ line: lineNumber, message: "a key line must end with ]" });
        current = null;
        continue;
      }
      const inner = line.slice(1, -1);
      if (inner.startsWith("-")) {
        const doomed = normaliseKeyPath(inner.slice(1)).toLowerCase();
        for (const key of [...keys.keys()]) {
          if (key === doomed || key.startsWith(`${doomed}\\`)) keys.delete(key);
        }
        current = null;
        continue;
      }
      const path = normaliseKeyPath(inner);
      const lower = path.toLowerCase();
      current = keys.get(lower) ?? { path, values: new Map() };
      keys.set(lower, current);
      // Importing a key creates its parents too.
      const parts = path.split("\\");
      for (let depth = 1; depth < parts.length; depth += 1) {
        const parent = parts.slice(0, depth).join("\\");
        if (!keys.has(parent.toLowerCase()))
          keys.set(parent.toLowerCase(), { path: parent, values: new Map() });
      }
      continue;
    }
    const match = /^("(?:[^"\\]|\\.)*"|@)\s*=\s*(.*)$/.exec(line);
    if (!match) {
      problems.push({ line: lineNumber, message: 'neither a [key], a "name"=value line nor a ; comment' });
      continue;
    }
    if (!current) {
      problems.push({ line: lineNumber, message: "a value before any [key]" });
      continue;
    }
    const name = match[1] === "@" ? "" : unquote(match[1]!);
    if (name === null) {
      problems.push({ line: lineNumber, message: "the value name is not a properly quoted string" });
      continue;
    }
    if (match[2]!.trim() === "-") {
      current.values.delete(name.toLowerCase());
      continue;
    }
    const data = parseData(match[2]!);
    if (!data) {
      problems.push({
        line: lineNumber,
        message: `cannot read the data of "${name.slice(0, 60)}" (expected "text" or dword:0000000a)`,
      });
      continue;
    }
    current.values.set(name.toLowerCase(), { name, data });
  }
  return { keys, problems };
}

/** The keys at and under `root`, as a tree: what Chrome's RegistryDict holds for a policy key. */
export interface RegTree {
  readonly values: Map<string, { name: string; data: RegData }>;
  readonly subkeys: Map<string, { name: string; tree: RegTree }>;
}

export function subtree(file: RegFile, root: string): RegTree {
  const lowerRoot = root.toLowerCase();
  const tree: RegTree = { values: new Map(file.keys.get(lowerRoot)?.values ?? []), subkeys: new Map() };
  for (const [lower, key] of file.keys) {
    if (!lower.startsWith(`${lowerRoot}\\`)) continue;
    const parts = key.path.slice(root.length + 1).split("\\");
    let node = tree;
    for (const part of parts) {
      const existing = node.subkeys.get(part.toLowerCase());
      if (existing) node = existing.tree;
      else {
        const child: RegTree = { values: new Map(), subkeys: new Map() };
        node.subkeys.set(part.toLowerCase(), { name: part, tree: child });
        node = child;
      }
    }
    for (const [name, value] of key.values) node.values.set(name, value);
  }
  return tree;
}
