/**
 * The JSON-schema dialect the settings schema is written in: the subset Chrome accepts in an
 * extension's `storage.managed_schema` (type, properties, items, additionalProperties, enum, pattern,
 * minimum, maximum, title, description), plus a few keywords only our own validator reads. Those are
 * stripped when public/managed_schema.json is written (see toChromeManagedSchema).
 */

/** Named checks that a pattern cannot express; implemented in value-checks.ts. */
export type CheckName =
  | "https-url"
  | "support-url"
  | "request-url"
  | "email"
  | "phone"
  | "tenant"
  | "customer-tenant"
  | "custom-rule";

interface NodeBase {
  readonly title?: string;
  readonly description?: string;
}

export interface StringNode extends NodeBase {
  readonly type: "string";
  readonly enum?: readonly string[];
  /** Written so that it means the same in RE2 (Chrome) and in JavaScript. */
  readonly pattern?: string;
  /** Ours only: the longest value accepted, in UTF-16 code units. */
  readonly maxLength: number;
  /** Ours only. */
  readonly check?: CheckName;
  /** Ours only: what the message says was expected when `pattern` fails. */
  readonly patternMeans?: string;
}

export interface IntegerNode extends NodeBase {
  readonly type: "integer";
  readonly minimum: number;
  readonly maximum: number;
}

export interface BooleanNode extends NodeBase {
  readonly type: "boolean";
}

export interface ArrayNode extends NodeBase {
  readonly type: "array";
  readonly items: SchemaNode;
  /** Ours only. */
  readonly maxItems: number;
  /** Ours only: a property of the (object) items that must be unique across the list. */
  readonly uniqueBy?: string;
}

export interface ObjectNode extends NodeBase {
  readonly type: "object";
  readonly properties?: { readonly [key: string]: SchemaNode };
  readonly additionalProperties?: SchemaNode;
  /** Ours only: properties that must be present. */
  readonly required?: readonly string[];
  /** Ours only: what the keys of `additionalProperties` must look like. */
  readonly keyPattern?: string;
  readonly keyPatternMeans?: string;
  /** Ours only. */
  readonly maxProperties?: number;
  /** Ours only. */
  readonly check?: CheckName;
}

export type SchemaNode = StringNode | IntegerNode | BooleanNode | ArrayNode | ObjectNode;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

type ObjectFromSchema<S> = S extends { readonly properties: infer P }
  ? Simplify<
      {
        -readonly [K in keyof P as K extends RequiredKeys<S> ? K : never]-?: FromSchema<P[K]>;
      } & {
        -readonly [K in keyof P as K extends RequiredKeys<S> ? never : K]?: FromSchema<P[K]>;
      }
    >
  : S extends { readonly additionalProperties: infer A }
    ? Record<string, FromSchema<A>>
    : Record<string, never>;

type RequiredKeys<S> = S extends { readonly required: readonly (infer R)[] } ? R : never;

/** The TypeScript type of a value that a schema node accepts. */
export type FromSchema<S> = S extends { readonly type: "string"; readonly enum: readonly (infer E)[] }
  ? E
  : S extends { readonly type: "string" }
    ? string
    : S extends { readonly type: "integer" }
      ? number
      : S extends { readonly type: "boolean" }
        ? boolean
        : S extends { readonly type: "array"; readonly items: infer I }
          ? FromSchema<I>[]
          : S extends { readonly type: "object" }
            ? ObjectFromSchema<S>
            : never;
