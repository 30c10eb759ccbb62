import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findRule, PORTAL_DEFINITIONS, PORTALS } from "../../src/portals";
import { compileRouteGlob } from "../../src/portals/route-glob";
import { VERDICTS } from "../../src/verdict";

const messages = JSON.parse(
  readFileSync(new URL("../../public/_locales/en/messages.json", import.meta.url), "utf8"),
);
const manifest = JSON.parse(readFileSync(new URL("../../manifest.json", import.meta.url), "utf8"));
const RULES = PORTAL_DEFINITIONS.flatMap((portal) =>
  portal.rules.map((entry) => ({ ...entry, portal: portal.id })),
);

describe("page catalog", () => {
  it("has unique rule ids, prefixed by their portal", () => {
    const ids = RULES.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of RULES)
      expect(entry.id).toMatch(entry.portal === "m365-admin" ? /^m365\./ : /^azure\./);
  });

  it("keeps notes short, since they ship in the content script", () => {
    for (const entry of RULES) expect(entry.why.length, entry.id).toBeLessThanOrEqual(80);
  });

  it("uses verdicts the banner knows and message keys that exist", () => {
    for (const entry of RULES) {
      expect(VERDICTS).toContain(entry.verdict);
      expect(entry.verdict).not.toBe("none");
      expect(messages[entry.message], `${entry.id}: ${entry.message}`).toBeDefined();
    }
  });

  it("has only patterns that compile", () => {
    for (const entry of RULES)
      for (const pattern of entry.patterns) expect(typeof compileRouteGlob(pattern)).toBe("object");
  });

  it("lists the portals and hosts the manifest injects into", () => {
    const matches: string[] = manifest.content_scripts.flatMap(
      (script: { matches: string[] }) => script.matches,
    );
    const hosts = PORTALS.flatMap((portal) => portal.hosts);
    expect(hosts.map((host) => `https://${host}/*`).sort()).toEqual([...matches].sort());
    expect(PORTALS.map((portal) => portal.name)).toEqual(["Microsoft 365 admin center", "Azure portal"]);
  });

  it("finds a rule by id", () => {
    expect(findRule("m365.billing.bills")).toMatchObject({ verdict: "partner", portal: "m365-admin" });
    expect(findRule("nope")).toBeUndefined();
  });
});
