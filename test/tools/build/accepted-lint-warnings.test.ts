import { describe, expect, it } from "vitest";
import { type LintContext, type LintFinding, whyAccepted } from "../../../tools/build/accepted-lint-warnings";

// A minified bundle line as Vite writes it, with Preact's renderer in the middle.
const BUNDLE = "(function(){var a=1;f?(s||(e.innerHTML=f.__html),t.__k=[]):0;node.innerHTML=userText})();";
const PREACT_COLUMN = BUNDLE.indexOf("e.innerHTML") + 1;
const OUR_COLUMN = BUNDLE.indexOf("node.innerHTML") + 1;

const innerHtmlWarning = (column: number): LintFinding => ({
  code: "UNSAFE_VAR_ASSIGNMENT",
  message: "Unsafe assignment to innerHTML",
  file: "content-scripts/portal-guide.js",
  line: 1,
  column,
});

const context = (sourcesWithProp: string[] = []): LintContext => ({
  readBuilt: (file) => {
    if (file !== "content-scripts/portal-guide.js") throw new Error(`unexpected ${file}`);
    return BUNDLE;
  },
  sourcesContaining: (needle) => (needle === "dangerouslySetInnerHTML" ? sourcesWithProp : []),
});

describe("whyAccepted", () => {
  it("accepts Preact's own innerHTML assignment", () => {
    expect(whyAccepted(innerHtmlWarning(PREACT_COLUMN), context())).toMatch(/Preact/);
  });

  it("refuses an innerHTML assignment of our own in the same bundle", () => {
    expect(whyAccepted(innerHtmlWarning(OUR_COLUMN), context())).toBeNull();
  });

  it("refuses Preact's assignment once a source file passes dangerouslySetInnerHTML", () => {
    expect(whyAccepted(innerHtmlWarning(PREACT_COLUMN), context(["src/banner/Banner.tsx"]))).toBeNull();
  });

  it("refuses a finding without a position and any other kind of warning", () => {
    expect(whyAccepted({ ...innerHtmlWarning(PREACT_COLUMN), column: undefined }, context())).toBeNull();
    expect(
      whyAccepted({ ...innerHtmlWarning(PREACT_COLUMN), code: "MANIFEST_PERMISSIONS" }, context()),
    ).toBeNull();
  });
});
