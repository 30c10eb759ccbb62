/**
 * A small reader for XML property lists (.plist, .mobileconfig): dict, array, string, integer, real,
 * true, false, data, date. Enough for configuration profiles; bounded in depth; never throws.
 *
 * policy:check reads untrusted files with it rather than with the `plist` package (which writes the
 * profiles, in macos-profile-format.ts): the package reads `<integer>0x1E</integer>` as 0 and
 * `<integer>14 days</integer>` as 14 where macOS reads 30 and refuses the profile, accepts a key
 * without a value, markup in a string, `<null/>` and two top-level objects, refuses a `__proto__` key
 * outright, logs XML errors to stderr, and recurses without bound (a few megabytes of nesting run
 * for seconds, then overflow the stack). test/tools/policy/parse-plist.test.ts holds each case.
 */

export type PlistValue = string | number | boolean | PlistValue[] | { [key: string]: PlistValue };

const MAX_DEPTH = 64;

export function parsePlist(text: string): { value: PlistValue } | { error: string } {
  try {
    const parser = new PlistParser(text);
    const value = parser.document();
    return { value };
  } catch (error) {
    return { error: error instanceof PlistError ? error.message : "not a readable property list" };
  }
}

class PlistError extends Error {}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, entity: string) => {
    if (entity.startsWith("#x")) return safeCodePoint(Number.parseInt(entity.slice(2), 16)) ?? whole;
    if (entity.startsWith("#")) return safeCodePoint(Number.parseInt(entity.slice(1), 10)) ?? whole;
    return ENTITIES[entity] ?? whole;
  });
}

function safeCodePoint(code: number): string | null {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}

class PlistParser {
  private position = 0;
  constructor(private readonly text: string) {}

  document(): PlistValue {
    this.skipProlog();
    const open = this.tag();
    if (open.name !== "plist") throw new PlistError("not a property list: no <plist> element");
    if (open.selfClosing) throw new PlistError("the <plist> element is empty");
    const value = this.value(0);
    const close = this.tag();
    if (close.name !== "/plist") throw new PlistError(`expected </plist>, found <${close.name}>`);
    return value;
  }

  private skipProlog(): void {
    for (;;) {
      this.skipSpace();
      if (this.text.startsWith("<?", this.position)) this.skipPast("?>");
      else if (this.text.startsWith("<!--", this.position)) this.skipPast("-->");
      else if (this.text.startsWith("<!", this.position)) this.skipPast(">");
      else return;
    }
  }

  private skipSpace(): void {
    while (this.position < this.text.length && /\s/.test(this.text[this.position]!)) this.position += 1;
  }

  private skipPast(marker: string): void {
    const end = this.text.indexOf(marker, this.position);
    if (end === -1) throw new PlistError(`unterminated ${marker === "-->" ? "comment" : "declaration"}`);
    this.position = end + marker.length;
  }

  private tag(): { name: string; selfClosing: boolean } {
    for (;;) {
      this.skipSpace();
      if (this.text.startsWith("<!--", this.position)) this.skipPast("-->");
      else break;
    }
    if (this.text[this.position] !== "<") {
      throw new PlistError(`expected an element at character ${this.position}, found text`);
    }
    const end = this.text.indexOf(">", this.position);
    if (end === -1) throw new PlistError("an element is not closed with >");
    const inner = this.text.slice(this.position + 1, end).trim();
    this.position = end + 1;
    const selfClosing = inner.endsWith("/");
    const name = (selfClosing ? inner.slice(0, -1) : inner).trim().split(/\s+/)[0] ?? "";
    return { name, selfClosing };
  }

  private textUntil(name: string): string {
    const close = `</${name}>`;
    const end = this.text.indexOf(close, this.position);
    if (end === -1) throw new PlistError(`<${name}> is not closed`);
    const raw = this.text.slice(this.position, end);
    if (raw.includes("<")) throw new PlistError(`<${name}> contains markup`);
    this.position = end + close.length;
    return decodeEntities(raw);
  }

  private value(depth: number): PlistValue {
    if (depth > MAX_DEPTH) throw new PlistError(`nested deeper than ${MAX_DEPTH} levels`);
    const { name, selfClosing } = this.tag();
    switch (name) {
      case "true":
      case "false":
        if (!selfClosing) this.expectClose(name);
        return name === "true";
      case "string":
      case "date":
      case "data":
        return selfClosing ? "" : this.textUntil(name).replace(name === "data" ? /\s/g : /$^/, "");
      case "integer":
      case "real": {
        const text = selfClosing ? "" : this.textUntil(name).trim();
        const number = Number(text);
        if (text === "" || !Number.isFinite(number))
          throw new PlistError(`<${name}> holds "${text.slice(0, 40)}"`);
        return number;
      }
      case "array": {
        const items: PlistValue[] = [];
        if (selfClosing) return items;
        for (;;) {
          const mark = this.position;
          const next = this.tag();
          if (next.name === "/array") return items;
          this.position = mark;
          items.push(this.value(depth + 1));
        }
      }
      case "dict": {
        const entries: { [key: string]: PlistValue } = {};
        if (selfClosing) return entries;
        for (;;) {
          const next = this.tag();
          if (next.name === "/dict") return entries;
          if (next.name !== "key") throw new PlistError(`expected <key> in a <dict>, found <${next.name}>`);
          const key = next.selfClosing ? "" : this.textUntil("key");
          const value = this.value(depth + 1);
          Object.defineProperty(entries, key, {
            value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
      }
      default:
        throw new PlistError(`unknown element <${name.slice(0, 40)}>`);
    }
  }

  private expectClose(name: string): void {
    const close = this.tag();
    if (close.name !== `/${name}`) throw new PlistError(`expected </${name}>`);
  }
}
