import type { ObjectNode, SchemaNode } from "../../src/settings/schema-types";

type ChromeSchema = Record<string, unknown>;

/**
 * The settings schema as Chrome's `storage.managed_schema` wants it: only the keywords Chrome knows
 * (an unknown one makes Chrome refuse to load the extension).
 *
 * Chrome drops a whole policy key when any value inside it breaks the schema, before the extension
 * sees it. So constraints (enum, pattern, minimum, maximum) are kept only on top-level scalar keys,
 * where dropping the key is all our own validator would do too; inside lists and objects only the
 * types stay, and our validator leaves out the one bad entry and logs why.
 */
export function toChromeManagedSchema(schema: ObjectNode): ChromeSchema {
  const properties: Record<string, ChromeSchema> = {};
  for (const [key, node] of Object.entries(schema.properties ?? {})) properties[key] = convert(node, true);
  return { type: "object", properties };
}

function convert(node: SchemaNode, topLevel: boolean): ChromeSchema {
  const out: ChromeSchema = { type: node.type };
  if (node.title) out.title = node.title;
  if (node.description) out.description = node.description;
  switch (node.type) {
    case "string":
      if (topLevel && node.enum) out.enum = [...node.enum];
      if (topLevel && node.pattern) out.pattern = node.pattern;
      break;
    case "integer":
      if (topLevel) {
        out.minimum = node.minimum;
        out.maximum = node.maximum;
      }
      break;
    case "array":
      out.items = convert(node.items, false);
      break;
    case "object":
      if (node.properties) {
        const properties: Record<string, ChromeSchema> = {};
        for (const [key, child] of Object.entries(node.properties)) properties[key] = convert(child, false);
        out.properties = properties;
      }
      if (node.additionalProperties) out.additionalProperties = convert(node.additionalProperties, false);
      break;
    case "boolean":
      break;
  }
  return out;
}

/** The file's exact text: generated, so two spaces and a final newline, never hand-edited. */
export function chromeManagedSchemaText(schema: ObjectNode): string {
  return `${JSON.stringify(toChromeManagedSchema(schema), null, 2)}\n`;
}
