import type { SchemaNode } from "../../src/settings/schema-types";
import type { RegData, RegTree } from "./parse-reg";

/**
 * What Chrome makes of a registry policy key, following its own rules (RegistryDict::ConvertToJSON in
 * components/policy/core/common/registry_dict.cc): the schema decides. Objects are subkeys; lists
 * are subkeys whose numbered values or subkeys are the items, in Chrome's case-insensitive name order
 * (so "10" before "2"); a boolean is a DWORD or a numeric string; an integer may be a numeric string;
 * an object or list may also be one string of JSON. A value Chrome could not convert is passed on as
 * it is, so the validator names what is wrong with it.
 */

export interface ConversionNote {
  readonly path: string;
  readonly message: string;
}

const INTEGER = /^-?\d+$/;

function toInt(text: string): number | null {
  if (!INTEGER.test(text)) return null;
  const value = Number(text);
  return Number.isSafeInteger(value) && value >= -2147483648 && value <= 2147483647 ? value : null;
}

function convertValue(
  data: RegData,
  node: SchemaNode | undefined,
  path: string,
  notes: ConversionNote[],
): unknown {
  if (data.kind === "unsupported") {
    notes.push({
      path,
      message: `is a ${data.type} value, which the browser cannot read (use a string, a DWORD, or numbered values under a subkey for a list)`,
    });
    return undefined;
  }
  const raw = data.value;
  if (!node) return raw;
  switch (node.type) {
    case "string":
      return raw;
    case "integer":
      return typeof raw === "string" ? (toInt(raw) ?? raw) : raw;
    case "boolean":
      if (typeof raw === "number") return raw !== 0;
      return toInt(raw) === null ? raw : toInt(raw) !== 0;
    case "array":
    case "object": {
      if (typeof raw !== "string") return raw;
      try {
        const parsed: unknown = JSON.parse(raw);
        const matches = node.type === "array" ? Array.isArray(parsed) : isObject(parsed);
        return matches ? parsed : raw;
      } catch {
        return raw;
      }
    }
  }
}

function isObject(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function childSchema(node: SchemaNode | undefined, name: string): SchemaNode | undefined {
  if (node?.type !== "object") return undefined;
  const declared =
    node.properties && Object.hasOwn(node.properties, name) ? node.properties[name] : undefined;
  return declared ?? node.additionalProperties;
}

const caseInsensitive = (a: string, b: string): number => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
};

export function registryToJson(
  tree: RegTree,
  node: SchemaNode | undefined,
  path: string,
  notes: ConversionNote[],
  depth = 0,
): unknown {
  if (depth > 32) {
    notes.push({ path, message: "is nested more than 32 keys deep; not read further" });
    return undefined;
  }
  const join = (name: string) => (path ? `${path}\\${name}` : name);
  if (node?.type === "array") {
    const items: unknown[] = [];
    const subkeys = [...tree.subkeys.values()].sort((a, b) => caseInsensitive(a.name, b.name));
    for (const { name, tree: child } of subkeys) {
      if (toInt(name) === null) continue;
      const item = registryToJson(child, node.items, join(name), notes, depth + 1);
      if (item !== undefined) items.push(item);
    }
    const values = [...tree.values.values()].sort((a, b) => caseInsensitive(a.name, b.name));
    for (const { name, data } of values) {
      if (toInt(name) === null) {
        notes.push({
          path: join(name),
          message: "is not a numbered value, so the browser skips it in a list",
        });
        continue;
      }
      const item = convertValue(data, node.items, join(name), notes);
      if (item !== undefined) items.push(item);
    }
    return items;
  }
  if (node && node.type !== "object") {
    notes.push({
      path,
      message: `is a key, but ${node.type === "integer" ? "an integer" : `a ${node.type}`} goes in a value`,
    });
    return undefined;
  }
  const result: Record<string, unknown> = {};
  for (const { name, data } of tree.values.values()) {
    const converted = convertValue(data, childSchema(node, name), join(name), notes);
    if (converted !== undefined)
      Object.defineProperty(result, name, {
        value: converted,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  for (const { name, tree: child } of tree.subkeys.values()) {
    const converted = registryToJson(child, childSchema(node, name), join(name), notes, depth + 1);
    if (converted !== undefined)
      Object.defineProperty(result, name, {
        value: converted,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return result;
}
