import { describeValue, joinPath, quote } from "./describe-value";
import { findInvisibleCharacter } from "./invisible-characters";
import type { ArrayNode, IntegerNode, ObjectNode, SchemaNode, StringNode } from "./schema-types";
import { SETTINGS_SCHEMA, type SettingKey, type SettingValues } from "./settings-schema";
import { runCheck } from "./value-checks";

/** One value that was left out, and why: where it is, what it was, what was expected. */
export interface SettingProblem {
  /** e.g. `partnerWebsite`, `customRules[2].verdict`, `customMessages.partner.en`. */
  readonly path: string;
  readonly message: string;
}

export interface ValidatedSettings {
  /** Only the keys that were present and valid (tidied: trimmed, `mailto:` removed, …). */
  readonly values: SettingValues;
  readonly problems: readonly SettingProblem[];
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const MAX_KEY_SUGGESTION_DISTANCE = 3;

/**
 * The most problems one check lists; past it they are only counted, and one last line says how many
 * more there were. A policy of 200,000 unknown keys (Firefox does not apply the schema, so such a
 * policy reaches the extension there) then costs a few lines, not megabytes of log and stored record.
 */
export const MAX_PROBLEMS = 50;

/** Problems as they are found: the first MAX_PROBLEMS kept, the rest counted. */
class ProblemList {
  readonly listed: SettingProblem[] = [];
  private omitted = 0;

  /** Full: a problem found now is counted, not worded, so wording costs nothing any more. */
  get full(): boolean {
    return this.listed.length >= MAX_PROBLEMS;
  }

  push(problem: SettingProblem): void {
    if (this.full) this.omitted += 1;
    else this.listed.push(problem);
  }

  finish(): SettingProblem[] {
    if (this.omitted === 0) return this.listed;
    const more = `${this.omitted} more problem${this.omitted === 1 ? " is" : "s are"} not listed`;
    return [...this.listed, { path: "(settings)", message: more }];
  }
}

const DROPPED = Symbol("dropped");
type Outcome = unknown;

/**
 * Checks `input` (what `storage.managed` or `storage.sync` returned, or a policy file's content)
 * against SETTINGS_SCHEMA. Never throws and never lets one bad value spoil the rest: each invalid
 * value is left out with a problem saying why, and everything else is kept. The work is bounded by
 * the schema, not by the input: no recursion follows the input deeper than the schema goes, and
 * lists and maps are cut at their schema's limits.
 */
export function validateSettings(input: unknown): ValidatedSettings {
  const problems = new ProblemList();
  const values: Record<string, unknown> = {};
  try {
    if (input === undefined || input === null) return { values, problems: problems.finish() };
    if (!isPlainObject(input)) {
      problems.push({
        path: "(settings)",
        message: `expected an object of settings, got ${describeValue(input)}`,
      });
      return { values, problems: problems.finish() };
    }
    const known = SETTINGS_SCHEMA.properties as Readonly<Record<string, SchemaNode>>;
    for (const key of Object.keys(input)) {
      const node = Object.hasOwn(known, key) ? known[key] : undefined;
      if (!node) {
        problems.push({ path: joinPath("", key), message: unknownKeyMessage(key, known, problems) });
        continue;
      }
      const outcome = validateNode(node, (input as Record<string, unknown>)[key], key, problems);
      if (outcome !== DROPPED) values[key] = outcome;
    }
  } catch (error) {
    // A defect of ours must not take the user's page down: report it like any other problem.
    problems.push({ path: "(settings)", message: `could not be checked (${String(error)})` });
    return { values: {}, problems: problems.finish() };
  }
  return { values: values as SettingValues, problems: problems.finish() };
}

/** Checks the value of a single setting, e.g. one field of the options page. */
export function validateSetting(key: SettingKey, value: unknown): ValidatedSettings {
  return validateSettings({ [key]: value });
}

function validateNode(node: SchemaNode, value: unknown, path: string, problems: ProblemList): Outcome {
  switch (node.type) {
    case "string":
      return validateString(node, value, path, problems);
    case "integer":
      return validateInteger(node, value, path, problems);
    case "boolean":
      if (typeof value === "boolean") return value;
      return reject(problems, path, "true or false", value);
    case "array":
      return validateArray(node, value, path, problems);
    case "object":
      return validateObject(node, value, path, problems);
  }
}

function validateString(node: StringNode, value: unknown, path: string, problems: ProblemList): Outcome {
  const expected = node.enum ? `one of ${node.enum.map((option) => quote(option)).join(", ")}` : "a string";
  if (typeof value !== "string") return reject(problems, path, expected, value);
  if (value.length > node.maxLength) {
    return reject(problems, path, `a string of at most ${node.maxLength} characters`, value);
  }
  const invisible = findInvisibleCharacter(value);
  if (invisible || LONE_SURROGATE.test(value)) {
    const detail = invisible
      ? `${invisible.codePoint} at ${invisible.index} is not visible text`
      : "a lone surrogate";
    return reject(problems, path, "text without control or text-direction characters", value, detail);
  }
  const text = value.trim();
  if (node.enum && !node.enum.includes(text)) return reject(problems, path, expected, value);
  if (node.pattern && !new RegExp(node.pattern).test(text)) {
    return reject(problems, path, node.patternMeans ?? `text matching ${node.pattern}`, value);
  }
  if (node.check) {
    const checked = runCheck(node.check, text);
    if (!checked.ok) return reject(problems, path, checked.expected, value, checked.detail);
    return checked.value;
  }
  return text;
}

function validateInteger(node: IntegerNode, value: unknown, path: string, problems: ProblemList): Outcome {
  const expected = `a whole number from ${node.minimum} to ${node.maximum}`;
  if (typeof value !== "number" || !Number.isInteger(value)) return reject(problems, path, expected, value);
  if (value < node.minimum || value > node.maximum) return reject(problems, path, expected, value);
  // -0 is stored as 0 (JSON has no -0), so what is kept is what comes back.
  return value === 0 ? 0 : value;
}

function validateArray(node: ArrayNode, value: unknown, path: string, problems: ProblemList): Outcome {
  if (!Array.isArray(value)) return reject(problems, path, "a list", value);
  if (value.length > node.maxItems) {
    problems.push({
      path,
      message: `has ${value.length} items; only the first ${node.maxItems} are used`,
    });
  }
  const kept: unknown[] = [];
  const seen = new Set<unknown>();
  for (let index = 0; index < Math.min(value.length, node.maxItems); index += 1) {
    const itemPath = joinPath(path, index);
    const item = validateNode(node.items, value[index], itemPath, problems);
    if (item === DROPPED) continue;
    const identity = node.uniqueBy ? (item as Record<string, unknown>)[node.uniqueBy] : item;
    if (seen.has(identity)) {
      problems.push({
        path: itemPath,
        message: node.uniqueBy
          ? `${node.uniqueBy} ${describeValue(identity)} is used by an earlier item; this one is left out`
          : `repeats an earlier item (${describeValue(identity)}); left out`,
      });
      continue;
    }
    seen.add(identity);
    kept.push(item);
  }
  return kept;
}

function validateObject(node: ObjectNode, value: unknown, path: string, problems: ProblemList): Outcome {
  if (!isPlainObject(value)) return reject(problems, path, "an object", value);
  const source = value as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  const keys = Object.keys(source);
  const limit = node.maxProperties ?? Number.POSITIVE_INFINITY;
  if (keys.length > limit) {
    problems.push({ path, message: `has ${keys.length} entries; only the first ${limit} are used` });
  }
  const properties = node.properties ?? {};
  const keyPattern = node.keyPattern ? new RegExp(node.keyPattern) : null;
  let droppedRequired = false;
  for (const key of keys.slice(0, limit)) {
    const keyPath = joinPath(path, key);
    const declared = Object.hasOwn(properties, key) ? properties[key] : undefined;
    const child = declared ?? node.additionalProperties;
    if (!child) {
      problems.push({ path: keyPath, message: unknownKeyMessage(key, properties, problems) });
      continue;
    }
    if (!declared && keyPattern && !keyPattern.test(key)) {
      problems.push({
        path: keyPath,
        message: `expected a key that is ${node.keyPatternMeans ?? `matching ${node.keyPattern}`}; left out`,
      });
      continue;
    }
    const outcome = validateNode(child, source[key], keyPath, problems);
    if (outcome === DROPPED) {
      if (node.required?.includes(key)) droppedRequired = true;
      continue;
    }
    // defineProperty: a key like "__proto__" stays a plain key and never touches the prototype.
    Object.defineProperty(result, key, {
      value: outcome,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  const missing = (node.required ?? []).filter((key) => !Object.hasOwn(source, key));
  if (missing.length > 0) {
    problems.push({
      path,
      message: `is missing ${missing.join(", ")}; left out`,
    });
    return DROPPED;
  }
  if (droppedRequired) {
    problems.push({ path, message: "left out: a required part of it is invalid (see above)" });
    return DROPPED;
  }
  if (node.check) {
    const checked = runCheck(node.check, result);
    if (!checked.ok) {
      problems.push({ path, message: `${checked.detail ?? `expected ${checked.expected}`}; left out` });
      return DROPPED;
    }
  }
  return result;
}

function reject(
  problems: ProblemList,
  path: string,
  expected: string,
  value: unknown,
  detail?: string,
): typeof DROPPED {
  problems.push({
    path,
    message: `expected ${expected}, got ${describeValue(value)}${detail ? ` (${detail})` : ""}; left out`,
  });
  return DROPPED;
}

function isPlainObject(value: unknown): value is object {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function unknownKeyMessage(key: string, known: object, problems: ProblemList): string {
  if (problems.full) return "is not a setting of this extension; left out";
  const names = Object.keys(known);
  const suggestion = closest(key, names);
  return suggestion
    ? `is not a setting of this extension (did you mean ${suggestion}?); left out`
    : `is not a setting of this extension (known: ${names.join(", ")}); left out`;
}

function closest(key: string, candidates: readonly string[]): string | null {
  if (key.length > 100) return null;
  let best: string | null = null;
  let bestDistance = MAX_KEY_SUGGESTION_DISTANCE + 1;
  for (const candidate of candidates) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}
