import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CATALOG_COUNTS_COMMAND,
  CATALOG_DOC,
  type CatalogInput,
  catalogInput,
  renderCatalogCounts,
  updatedCatalogDoc,
} from "../../../tools/docs/catalog-counts";
import { readGeneratedBlock, replaceGeneratedBlock, startMarker } from "../../../tools/docs/generated-block";

const INPUT: CatalogInput = {
  portals: [
    {
      id: "alpha",
      name: "Alpha portal",
      hosts: ["alpha.example"],
      rules: [
        { id: "alpha.bills", verdict: "partner" },
        { id: "alpha.users", verdict: "self-serve" },
        { id: "alpha.groups", verdict: "self-serve" },
      ],
    },
    {
      id: "beta",
      name: "Beta portal",
      hosts: ["beta.example"],
      rules: [
        { id: "beta.health", verdict: "info" },
        { id: "beta.help", verdict: "support" },
      ],
    },
  ],
  examples: [
    { rule: "alpha.bills", kind: "real", page: "https://learn.example/a" },
    { rule: "alpha.bills", kind: "real", page: "https://learn.example/b" },
    { rule: "alpha.users", kind: "observed" },
    { rule: "beta.health", kind: "real", page: "https://learn.example/a" },
    { rule: "beta.help", kind: "synthetic" },
    { rule: "beta.help", kind: "synthetic" },
  ],
};

const rowsOf = (markdown: string, first: string): string[][] =>
  markdown
    .split("\n")
    .filter((line) => line.startsWith(`| ${first}`))
    .map((line) =>
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );

describe("renderCatalogCounts", () => {
  const markdown = renderCatalogCounts(INPUT);

  it("counts rules per verdict for each portal and in all, with a column per verdict in use", () => {
    expect(rowsOf(markdown, "Portal ")[0]).toEqual([
      "Portal",
      "Rules",
      "`partner`",
      "`self-serve`",
      "`info`",
      "`support`",
    ]);
    expect(rowsOf(markdown, "Alpha portal")[0]).toEqual(["Alpha portal (`alpha`)", "3", "1", "2", "0", "0"]);
    expect(rowsOf(markdown, "Beta portal")[0]).toEqual(["Beta portal (`beta`)", "2", "0", "0", "1", "1"]);
    expect(rowsOf(markdown, "All portals")[0]).toEqual(["All portals", "5", "1", "2", "1", "1"]);
  });

  it("counts example URLs by source and the rules a documented URL covers", () => {
    expect(rowsOf(markdown, "Portal ")[1]).toEqual([
      "Portal",
      "Example URLs",
      "Documented",
      "Observed",
      "Written by us",
      "Rules with a documented URL",
    ]);
    expect(rowsOf(markdown, "Alpha portal")[1]).toEqual([
      "Alpha portal (`alpha`)",
      "3",
      "2",
      "1",
      "0",
      "1 of 3",
    ]);
    expect(rowsOf(markdown, "Beta portal")[1]).toEqual([
      "Beta portal (`beta`)",
      "3",
      "1",
      "0",
      "2",
      "1 of 2",
    ]);
    expect(rowsOf(markdown, "All portals")[1]).toEqual(["All portals", "6", "3", "1", "2", "2 of 5"]);
    expect(markdown).toContain("The documented URLs come from 2 pages of Microsoft documentation.");
  });

  it("lists the rules with no example, and those no documented URL covers yet", () => {
    expect(markdown).toContain("Rules with no example URL at all:\n\n- Alpha portal: `alpha.groups`.");
    expect(markdown).toContain(
      "Rules no documented URL covers yet:\n\n- Alpha portal: `alpha.users`.\n- Beta portal: `beta.help`.",
    );
  });

  it("takes new verdicts, kinds of example and fields in its stride, and names examples of no rule", () => {
    const grown = renderCatalogCounts({
      portals: [
        {
          ...INPUT.portals[0]!,
          rules: [
            ...INPUT.portals[0]!.rules,
            { id: "alpha.sign-in", verdict: "none", patterns: ["login"] } as never,
          ],
        },
      ],
      examples: [...INPUT.examples, { rule: "alpha.sign-in", kind: "beside-the-rule" }],
    });
    expect(rowsOf(grown, "Portal ")[0]).toContain("`none`");
    expect(rowsOf(grown, "Portal ")[1]).toContain("beside-the-rule");
    expect(rowsOf(grown, "Alpha portal")[0]).toEqual(["Alpha portal (`alpha`)", "4", "1", "2", "1"]);
    // One portal: no "All portals" row; beta's examples now name no rule of the catalog.
    expect(rowsOf(grown, "All portals")).toEqual([]);
    expect(grown).toContain("Examples that name no catalog rule: `beta.health`, `beta.help`.");
  });
});

describe("the generated block", () => {
  const command = "npm run docs:example";
  const doc = `# Title\n\nBy hand.\n\n${startMarker(command)}\nold\n<!-- end generated -->\n\nAlso by hand.\n`;

  it("replaces only what is between its markers", () => {
    const updated = replaceGeneratedBlock(doc, command, "new\nlines\n");
    expect(updated).toBe(
      `# Title\n\nBy hand.\n\n${startMarker(command)}\nnew\nlines\n<!-- end generated -->\n\nAlso by hand.\n`,
    );
    expect(readGeneratedBlock(updated, command)).toBe("new\nlines\n");
  });

  it("refuses a file without the block, with two of them, or with no end", () => {
    expect(() => replaceGeneratedBlock("# Title\n", command, "x\n", "a.md")).toThrow(/a\.md has no/);
    expect(() => replaceGeneratedBlock(doc + doc, command, "x\n")).toThrow(/more than one/);
    expect(() => replaceGeneratedBlock(`${startMarker(command)}\nold\n`, command, "x\n")).toThrow(
      /no "<!-- end/,
    );
  });
});

describe("docs/catalog.md", () => {
  it(`shows the catalog's counts as they are (run \`${CATALOG_COUNTS_COMMAND}\` after changing the catalog)`, () => {
    const current = readFileSync(CATALOG_DOC, "utf8");
    expect(readGeneratedBlock(current, CATALOG_COUNTS_COMMAND, "docs/catalog.md")).toBe(
      renderCatalogCounts(catalogInput()),
    );
    expect(updatedCatalogDoc(current)).toBe(current);
  });

  it("reads every rule of the catalog and every example URL the cross-matrix test checks", () => {
    const { portals, examples } = catalogInput();
    expect(portals.map((portal) => portal.id)).toEqual(["m365-admin", "azure-portal"]);
    expect(portals.every((portal) => portal.rules.length > 0)).toBe(true);
    expect(new Set(examples.map((example) => example.kind))).toEqual(
      new Set(["real", "observed", "synthetic"]),
    );
    expect(examples.filter((example) => example.kind === "real").every((example) => example.page)).toBe(true);
  });
});
