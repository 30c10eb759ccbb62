import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { MessagesFile } from "./locale-completeness";

// French sets a narrow no-break space (U+202F, « espace fine insécable ») before : ; ? ! and inside « »,
// so the sign never wraps to a line of its own. An ordinary space lets it wrap; U+00A0 does not wrap
// but is a full word space, wider than French typography wants.
const NARROW = "\u202f";
const SIGNS = ":;?!";
// Code and addresses keep their colons and question marks as typed: https://, mailto:, npm run policy:check.
const TECHNICAL = /https?:\/\/\S*|mailto:|npm run [\w:-]+/g;

function describeSpace(char: string | undefined): string {
  if (char === undefined) return "nothing";
  if (char === " ") return "an ordinary space";
  if (char === "\u00a0") return "a no-break space U+00A0";
  if (/\s/.test(char)) return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  return "no space";
}

/** Where `message` breaks French spacing: one line per sign that lacks its narrow no-break space. */
function frenchSpacingProblems(message: string): string[] {
  // Blank out technical tokens with letters, so positions and neighbours stay as they are.
  const text = message.replace(TECHNICAL, (token) => "x".repeat(token.length));
  const problems: string[] = [];
  const report = (at: number, what: string, found: string | undefined): void => {
    const excerpt = message.slice(Math.max(0, at - 12), at + 3);
    problems.push(`${JSON.stringify(excerpt)}: ${describeSpace(found)} ${what}, not U+202F`);
  };
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    const before = text[at - 1];
    const after = text[at + 1];
    if (SIGNS.includes(char)) {
      if (before !== undefined && SIGNS.includes(before)) continue; // "?!" after its first sign's space
      if (char === ":" && /\d/.test(before ?? "") && /\d/.test(after ?? "")) continue; // 16:9
      if (before !== NARROW) report(at, `before "${char}"`, before);
      else if (at < 2 || /\s/.test(text[at - 2]!)) report(at, `before "${char}"`, text[at - 2] ?? " ");
    } else if (char === "«" && after !== NARROW) {
      report(at, "after «", after);
    } else if (char === "»" && before !== NARROW) {
      report(at, "before »", before);
    }
  }
  return problems;
}

describe("frenchSpacingProblems", () => {
  it("accepts a narrow no-break space before each of : ; ? ! and inside « »", () => {
    for (const fine of [
      `Pourquoi${NARROW}?`,
      `Verdict${NARROW}: partenaire${NARROW}; règle${NARROW}: aucune`,
      `Attention${NARROW}!`,
      `Vraiment${NARROW}?!`,
      `le bouton «${NARROW}Masquer${NARROW}»`,
      "Rien à signaler.",
    ]) {
      expect(frenchSpacingProblems(fine), fine).toEqual([]);
    }
  });

  it("leaves addresses and commands alone", () => {
    expect(
      frenchSpacingProblems(
        `Portail (https:// ou mailto:)${NARROW}: vérifiez avec npm run policy:check, voir https://example.com/?q=1!`,
      ),
    ).toEqual([]);
    expect(frenchSpacingProblems("Format 16:9")).toEqual([]);
  });

  it("reports an ordinary space, a full no-break space or no space before each sign", () => {
    expect(frenchSpacingProblems("Pourquoi ?")).toEqual([
      '"Pourquoi ?": an ordinary space before "?", not U+202F',
    ]);
    expect(frenchSpacingProblems("Verdict\u00a0: partenaire")).toEqual([
      '"Verdict\u00a0: p": a no-break space U+00A0 before ":", not U+202F',
    ]);
    expect(frenchSpacingProblems("Pourquoi?")).toEqual(['"Pourquoi?": no space before "?", not U+202F']);
    expect(frenchSpacingProblems("Attention !")).toHaveLength(1);
    expect(frenchSpacingProblems("a ; b")).toHaveLength(1);
    expect(frenchSpacingProblems(`Pourquoi ${NARROW}?`)).toHaveLength(1);
  });

  it("reports guillemets without narrow spaces inside", () => {
    expect(frenchSpacingProblems("le bouton « Masquer »")).toHaveLength(2);
    expect(frenchSpacingProblems("le bouton «Masquer»")).toHaveLength(2);
    expect(frenchSpacingProblems(`le bouton «\u00a0Masquer${NARROW}»`)).toHaveLength(1);
  });
});

describe("public/_locales/fr", () => {
  const messages = JSON.parse(
    readFileSync(resolve(import.meta.dirname, "../../public/_locales/fr/messages.json"), "utf8"),
  ) as MessagesFile;

  it("puts a narrow no-break space before : ; ? ! and inside « » in every message", () => {
    const problems = Object.entries(messages).flatMap(([key, entry]) =>
      frenchSpacingProblems(String(entry.message)).map((problem) => `${key}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it("has signs to check (the test above is not vacuous)", () => {
    const signs = Object.values(messages)
      .map((entry) => String(entry.message))
      .join("")
      .match(/[:;?!]/g);
    expect(signs?.length).toBeGreaterThan(20);
  });
});
