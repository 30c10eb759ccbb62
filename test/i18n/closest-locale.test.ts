import { describe, expect, it } from "vitest";
import { closestLocale } from "../../src/i18n/closest-locale";

const SHIPPED = ["en", "de", "pl", "pt_BR"];

describe("closestLocale", () => {
  it("picks the exact locale, then the language, then the fallback", () => {
    expect(closestLocale("pl", SHIPPED)).toBe("pl");
    expect(closestLocale("de-AT", SHIPPED)).toBe("de");
    expect(closestLocale("pt-br", SHIPPED)).toBe("pt_BR");
    expect(closestLocale("pt-PT", SHIPPED)).toBe("en");
    expect(closestLocale("", SHIPPED)).toBe("en");
    expect(closestLocale("xx", SHIPPED, "de")).toBe("de");
  });
});
